//===- MLIRToLLVMIR.h - a circ .mlir file to an LLVM module -----*- C++ -*-===//

#ifndef CIRC_CONVERSION_MLIRTOLLVMIR_H
#define CIRC_CONVERSION_MLIRTOLLVMIR_H

#include "llvm/ADT/StringRef.h"
#include <memory>

namespace llvm {
class LLVMContext;
class Module;
} // namespace llvm

namespace circ {

/// Parses the circ program in Path (structured or block form), runs
/// -circ-to-llvm-pipeline and translates the result into Ctx. Diagnostics go
/// to stderr with file:line:col; returns null on any error.
std::unique_ptr<llvm::Module> lowerMLIRFile(llvm::StringRef Path,
                                            llvm::LLVMContext &Ctx);

} // namespace circ

#endif // CIRC_CONVERSION_MLIRTOLLVMIR_H
