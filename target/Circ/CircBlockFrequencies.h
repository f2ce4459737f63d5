//===- CircBlockFrequencies.h - what a compile says about block counts ----===//
//
// A driver choosing the io width compiles the program at a few widths and
// predicts each result's prover cost from how often its blocks run. The
// pass that records this (CircRecordBlockFrequencies.cpp) runs last before
// the printer, so every block here is a block of the printed assembly, named
// by its label: the function's own name for the entry block.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_CIRCBLOCKFREQUENCIES_H
#define CIRC_CIRCBLOCKFREQUENCIES_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/Function.h"

#include <string>
#include <vector>

namespace circ {

/// The index of each IR block in its function: how the assembly's
/// `.irblock` directives and profiles name blocks.
inline llvm::DenseMap<const llvm::BasicBlock *, unsigned>
irBlockIndices(const llvm::Function &F) {
  llvm::DenseMap<const llvm::BasicBlock *, unsigned> Index;
  unsigned Next = 0;
  for (const llvm::BasicBlock &BB : F)
    Index[&BB] = Next++;
  return Index;
}

struct BlockFrequency {
  std::string Label;
  /// Executions per entry of the function (MachineBlockFrequencyInfo).
  double PerEntry = 0;
  /// Index of the IR block it came from in its function, or -1.
  int IRBlock = -1;
  /// Functions it calls, by symbol name, once per call.
  std::vector<std::string> Callees;
};

struct FunctionFrequencies {
  std::string Name;
  /// Blocks in layout order; the first is the entry.
  std::vector<BlockFrequency> Blocks;
  /// Number of IR blocks of the function (a profile must agree).
  unsigned NumIRBlocks = 0;
};

using ModuleFrequencies = std::vector<FunctionFrequencies>;

} // namespace circ

#endif // CIRC_CIRCBLOCKFREQUENCIES_H
