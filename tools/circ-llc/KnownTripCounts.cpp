//===- KnownTripCounts.cpp - loop trip counts as branch weights -----------===//
//
// The static block frequencies that choose the io width come from branch
// probabilities, and LLVM's guess for a loop's back edge (about 32
// iterations) knows nothing of `for (i = 0; i < 160; ++i)`. Where scalar
// evolution knows a loop's trip count exactly, its latch branch gets that as
// branch weights, which MachineBlockFrequencyInfo then follows. A branch that
// already has weights (__builtin_expect, a profile) keeps them.
//
//===----------------------------------------------------------------------===//

#include "KnownTripCounts.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"

using namespace llvm;

// Weights for the latch of \p L, which runs \p Trips times per entry.
static bool weighLatch(Loop &L, unsigned Trips) {
  BasicBlock *Latch = L.getLoopLatch();
  if (!Latch || !L.isLoopExiting(Latch))
    return false;
  auto *BI = dyn_cast<BranchInst>(Latch->getTerminator());
  if (!BI || !BI->isConditional() || BI->getMetadata(LLVMContext::MD_prof))
    return false;
  uint32_t Back = Trips - 1, Exit = 1;
  bool BackIsFirst = BI->getSuccessor(0) == L.getHeader();
  MDBuilder MDB(BI->getContext());
  BI->setMetadata(LLVMContext::MD_prof,
                  MDB.createBranchWeights(BackIsFirst ? Back : Exit,
                                          BackIsFirst ? Exit : Back));
  return true;
}

unsigned circ::weighKnownTripCounts(Module &M) {
  TargetLibraryInfoImpl TLII(M.getTargetTriple());
  TargetLibraryInfo TLI(TLII);
  unsigned Weighed = 0;
  for (Function &F : M) {
    if (F.isDeclaration())
      continue;
    DominatorTree DT(F);
    LoopInfo LI(DT);
    AssumptionCache AC(F);
    ScalarEvolution SE(F, TLI, AC, DT, LI);
    for (Loop *L : LI.getLoopsInPreorder())
      if (unsigned Trips = SE.getSmallConstantTripCount(L))
        Weighed += weighLatch(*L, Trips);
  }
  return Weighed;
}
