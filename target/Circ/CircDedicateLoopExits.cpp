//===- CircDedicateLoopExits.cpp - loop exits only the loop enters --------===//
//
// circ-ts spills a value live through a loop on the write-once stack by
// opening a frame in the loop's preheader and closing it at the start of
// each exit block (RegAlloc/LoopSpiller.h), so it can only do so around a
// loop whose exit blocks are entered from the loop alone. Loop
// simplification leaves loops so, but code generation's own passes can
// join an exit with a path from outside (CodeGenPrepare, for one, removes
// blocks that hold only a branch): quicksort's partition loop exits into
// the block its zero-trip path also reaches, so circ-ts could open frames
// only around the two scanning loops inside it, once per outer iteration
// (47,368 pushes at io width 9 where greedy makes 4,650; 8,566 with this
// pass).
//
// So, for circ-ts under an io width budget, before allocation each edge
// from a loop to an exit block that is also entered from outside the loop
// is split: the new block is the loop's own exit. A split block left empty
// is bypassed after allocation (CircMergeBlocks.cpp).
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircSubtarget.h"
#include "CircTargetMachine.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineLoopInfo.h"
#include "llvm/InitializePasses.h"

using namespace llvm;

namespace {
class CircDedicateLoopExits : public MachineFunctionPass {
public:
  static char ID;
  CircDedicateLoopExits() : MachineFunctionPass(ID) {}
  StringRef getPassName() const override { return "circ dedicate loop exits"; }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.addRequired<MachineLoopInfoWrapperPass>();
    AU.addPreserved<MachineLoopInfoWrapperPass>();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  bool dedicateExits(MachineLoop &L, MachineLoopInfo &MLI);
};
} // namespace

char CircDedicateLoopExits::ID = 0;
INITIALIZE_PASS_BEGIN(CircDedicateLoopExits, "circ-dedicate-loop-exits",
                      "circ: loop exits only the loop enters", false, false)
INITIALIZE_PASS_DEPENDENCY(MachineLoopInfoWrapperPass)
INITIALIZE_PASS_END(CircDedicateLoopExits, "circ-dedicate-loop-exits",
                    "circ: loop exits only the loop enters", false, false)

// Splits the edges from L into each exit block that a block outside L also
// enters.
bool CircDedicateLoopExits::dedicateExits(MachineLoop &L,
                                          MachineLoopInfo &MLI) {
  SmallVector<MachineBasicBlock *, 4> Exits;
  L.getUniqueExitBlocks(Exits);
  bool Changed = false;
  for (MachineBasicBlock *Exit : Exits) {
    // Copied: splitting changes Exit's predecessors.
    SmallVector<MachineBasicBlock *, 4> Inside;
    copy_if(Exit->predecessors(), std::back_inserter(Inside),
            [&](MachineBasicBlock *P) { return L.contains(P); });
    if (Exit->isEHPad() || Inside.size() == Exit->pred_size())
      continue;
    for (MachineBasicBlock *P : Inside)
      if (P->canSplitCriticalEdge(Exit, &MLI))
        Changed |= P->SplitCriticalEdge(Exit, *this) != nullptr;
  }
  return Changed;
}

bool CircDedicateLoopExits::runOnMachineFunction(MachineFunction &MF) {
  const auto &TM = static_cast<const CircTargetMachine &>(MF.getTarget());
  if (TM.allocatorName() != "circ-ts" ||
      !MF.getSubtarget<CircSubtarget>().hasTransitionBudget())
    return false;
  MachineLoopInfo &MLI = getAnalysis<MachineLoopInfoWrapperPass>().getLI();
  SmallVector<MachineLoop *, 8> Loops(MLI.getLoopsInPreorder());
  bool Changed = false;
  for (MachineLoop *L : Loops)
    Changed |= dedicateExits(*L, MLI);
  return Changed;
}

FunctionPass *llvm::createCircDedicateLoopExitsPass() {
  return new CircDedicateLoopExits();
}
