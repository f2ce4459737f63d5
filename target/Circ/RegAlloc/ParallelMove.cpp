//===- ParallelMove.cpp - a parallel move as a sequence of moves ----------===//

#include "RegAlloc/ParallelMove.h"
#include "llvm/ADT/STLExtras.h"

using namespace llvm;

std::optional<SmallVector<RegMove, 16>> llvm::sequenceParallelMove(
    SmallVector<RegMove, 16> Moves,
    function_ref<MCRegister(ArrayRef<RegMove>)> PickScratch) {
  SmallVector<RegMove, 16> Sequence;
  while (!Moves.empty()) {
    // A move whose destination no other move still reads can go now.
    auto Ready = find_if(Moves, [&](const RegMove &M) {
      return none_of(Moves, [&](const RegMove &O) {
        return &O != &M && O.first == M.second;
      });
    });
    if (Ready != Moves.end()) {
      Sequence.push_back(*Ready);
      Moves.erase(Ready);
      continue;
    }
    // Only cycles are left: break one through a free register.
    MCRegister Scratch = PickScratch(ArrayRef<RegMove>(Moves));
    if (!Scratch)
      return std::nullopt;
    MCRegister From = Moves.front().first;
    Sequence.push_back({From, Scratch});
    for (RegMove &M : Moves)
      if (M.first == From)
        M.first = Scratch;
  }
  return Sequence;
}
