//===- RunPass.h - circ-llc -run-pass on .mir files -------------*- C++ -*-===//
#ifndef CIRC_TOOLS_CIRCLLC_RUNPASS_H
#define CIRC_TOOLS_CIRCLLC_RUNPASS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace llvm {
class TargetMachine;
}

namespace circ {
/// Runs the machine passes \p PassNames on the .mir file \p InputFile and
/// writes the result as MIR. On failure returns false and sets \p Err.
bool runPassesOnMIR(llvm::TargetMachine &TM, llvm::StringRef InputFile,
                    llvm::ArrayRef<std::string> PassNames,
                    llvm::StringRef OutputFile, std::string &Err);
} // namespace circ

#endif
