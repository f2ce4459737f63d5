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

#include "llvm/IR/Constants.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Metadata.h"

#include <optional>

#include <string>
#include <vector>

namespace circ {

/// IR blocks are numbered as the input had them, before code generation's
/// own IR passes split and merge blocks: circ-llc puts each block's number
/// on its terminator and the function's number of blocks on the function.
/// `.irblock` directives and profiles name blocks by these numbers.
inline constexpr const char *IRBlockNumberMD = "circ.irblock";
inline constexpr const char *IRBlockCountMD = "circ.irblocks";

inline void numberIRBlocks(llvm::Function &F) {
  llvm::LLVMContext &Ctx = F.getContext();
  auto Number = [&Ctx](unsigned N) {
    return llvm::MDNode::get(
        Ctx, llvm::ConstantAsMetadata::get(
                 llvm::ConstantInt::get(llvm::Type::getInt32Ty(Ctx), N)));
  };
  unsigned N = 0;
  for (llvm::BasicBlock &BB : F)
    if (llvm::Instruction *T = BB.getTerminator())
      T->setMetadata(IRBlockNumberMD, Number(N++));
  F.setMetadata(IRBlockCountMD, Number(N));
}

inline std::optional<unsigned> numberOf(const llvm::MDNode *MD) {
  if (!MD || MD->getNumOperands() != 1)
    return std::nullopt;
  auto *C = llvm::mdconst::dyn_extract<llvm::ConstantInt>(MD->getOperand(0));
  if (!C)
    return std::nullopt;
  return (unsigned)C->getZExtValue();
}

/// The block's number, if circ-llc numbered it.
inline std::optional<unsigned> irBlockNumber(const llvm::BasicBlock &BB) {
  const llvm::Instruction *T = BB.getTerminator();
  return T ? numberOf(T->getMetadata(IRBlockNumberMD)) : std::nullopt;
}

/// The function's number of numbered blocks, 0 if it was not numbered.
inline unsigned irBlockCount(const llvm::Function &F) {
  return numberOf(F.getMetadata(IRBlockCountMD)).value_or(0);
}

struct BlockFrequency {
  std::string Label;
  /// Executions per entry of the function (MachineBlockFrequencyInfo).
  double PerEntry = 0;
  /// Number of the IR block it came from (irBlockNumber), or -1.
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
