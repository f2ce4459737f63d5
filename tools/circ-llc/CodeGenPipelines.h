//===- CodeGenPipelines.h - code generation in parts ------------*- C++ -*-===//
//
// From -O1 circ-llc generates code in two pipelines: the IR passes of code
// generation on the whole module, then the rest from instruction selection.
// A width given or chosen compiles alike: the choice prepares the IR once
// and selects a function again only at widths that pass it fewer argument
// registers, and starting a pipeline at selection computes its analyses
// afresh, which one pipeline from the start does not always do (sha256 got
// an `or` for an `add`), so every compile starts there.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_TOOLS_CIRCLLC_CODEGENPIPELINES_H
#define CIRC_TOOLS_CIRCLLC_CODEGENPIPELINES_H

#include "llvm/ADT/StringRef.h"

namespace llvm {
class MachineModuleInfoWrapperPass;
class Module;
class TargetMachine;
class raw_pwrite_stream;
} // namespace llvm

namespace circ {

/// Where the pipelines meet: instruction selection, and the pass before
/// which nothing depends on the io width (circ-keep-selected-code).
inline constexpr llvm::StringLiteral SelectionPass = "circ-isel";
inline constexpr llvm::StringLiteral KeptCodePass = "circ-keep-selected-code";

/// Runs the IR passes of code generation on \p M, up to instruction
/// selection.
void prepareForSelection(llvm::Module &M, llvm::TargetMachine &TM);

/// Selects instructions for the functions of \p M (prepared) and runs the
/// machine passes up to and including circ-keep-selected-code, which keeps
/// copies where the target machine says. A function of available_externally
/// linkage is left alone, as code generation always leaves it.
void selectUpToKeptCode(llvm::Module &M, llvm::TargetMachine &TM);

/// Generates assembly for \p M: at -O0, or when the command line bounds the
/// pipeline itself (-start-before, -stop-after, ...), in one pipeline from
/// the start; else it prepares \p M and then generates from selection.
void generateAssembly(llvm::Module &M, llvm::TargetMachine &TM,
                      llvm::raw_pwrite_stream &OS);

/// Generates assembly from circ-keep-selected-code for \p M (prepared),
/// whose machine functions \p Machine holds already.
void emitFromKeptCode(llvm::Module &M, llvm::TargetMachine &TM,
                      llvm::raw_pwrite_stream &OS,
                      llvm::MachineModuleInfoWrapperPass *Machine);

/// Whether the command line starts or stops the pipeline at a pass.
bool userBoundsPipeline();

} // namespace circ

#endif // CIRC_TOOLS_CIRCLLC_CODEGENPIPELINES_H
