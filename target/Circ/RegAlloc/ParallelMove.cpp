//===- ParallelMove.cpp - a parallel move as a sequence of moves ----------===//

#include "RegAlloc/ParallelMove.h"
#include "llvm/ADT/STLExtras.h"

using namespace llvm;

// No register is free: exchanging the first move's source and destination
// completes that move, and the moves that read either register read the
// other from then on (one that is left reading its own destination is done).
static void exchangeFirst(SmallVector<RegMove, 16> &Moves,
                          SmallVector<MoveStep, 16> &Sequence) {
  auto [A, B] = Moves.front();
  Sequence.push_back({A, B, /*Exchange=*/true});
  Moves.erase(Moves.begin());
  for (RegMove &M : Moves)
    M.first = M.first == A ? B : M.first == B ? A : M.first;
  erase_if(Moves, [](const RegMove &M) { return M.first == M.second; });
}

SmallVector<MoveStep, 16> llvm::sequenceParallelMove(
    SmallVector<RegMove, 16> Moves,
    function_ref<MCRegister(ArrayRef<RegMove>)> PickScratch) {
  SmallVector<MoveStep, 16> Sequence;
  while (!Moves.empty()) {
    // A move whose destination no other move still reads can go now.
    auto Ready = find_if(Moves, [&](const RegMove &M) {
      return none_of(Moves, [&](const RegMove &O) {
        return &O != &M && O.first == M.second;
      });
    });
    if (Ready != Moves.end()) {
      Sequence.push_back({Ready->first, Ready->second});
      Moves.erase(Ready);
      continue;
    }
    // Only cycles are left: break one through a free register.
    MCRegister Scratch = PickScratch(ArrayRef<RegMove>(Moves));
    if (!Scratch) {
      exchangeFirst(Moves, Sequence);
      continue;
    }
    MCRegister From = Moves.front().first;
    Sequence.push_back({From, Scratch});
    for (RegMove &M : Moves)
      if (M.first == From)
        M.first = Scratch;
  }
  return Sequence;
}
