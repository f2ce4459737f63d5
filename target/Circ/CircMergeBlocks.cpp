//===- CircMergeBlocks.cpp - remove block boundaries after circ's allocators //
//
// Every block the program enters costs the prover an I/O segment, so blocks
// that do nothing, and boundaries that nothing needs, are worth removing.
// LLVM's branch folder does this after greedy, but it also hoists code common
// to two successors into their predecessor, which would carry block-local
// registers across a transition; after circ's allocators it is off, and this
// pass does the part of its work that only ever removes boundaries:
//  - a block with nothing but an unconditional branch (or nothing at all) is
//    bypassed: its predecessors branch straight to its successor;
//  - a block with a single predecessor that has no other successor is
//    appended to that predecessor.
// Neither moves an instruction across a boundary that remains, so registers
// and write-once frames are where the allocator left them. Both make a
// fall-through explicit first. Last, every block's branches are put in the
// form the branch folder leaves them in (a conditional branch to the next
// block becomes the reverse branch to the other target): block placement
// then sees blocks as small as they are, and copies a loop's test into the
// latch, saving a block per iteration, as it does after greedy.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/InitializePasses.h"

using namespace llvm;

#define DEBUG_TYPE "circ-merge-blocks"

static cl::opt<bool>
    MergeBlocks("circ-merge-blocks", cl::Hidden, cl::init(true),
                cl::desc("After circ's allocators, remove block boundaries "
                         "nothing needs (default on; off for comparison)"));

namespace {
class CircMergeBlocks : public MachineFunctionPass {
public:
  static char ID;
  CircMergeBlocks() : MachineFunctionPass(ID) {}
  StringRef getPassName() const override {
    return "circ: remove block boundaries nothing needs";
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  const TargetInstrInfo *TII = nullptr;
  bool analyzable(MachineBasicBlock &MBB) const;
  void makeFallThroughExplicit(MachineBasicBlock &MBB) const;
  bool bypass(MachineBasicBlock &MBB);
  bool appendToPredecessor(MachineBasicBlock &MBB);
};
} // namespace

char CircMergeBlocks::ID = 0;
INITIALIZE_PASS(CircMergeBlocks, "circ-merge-blocks",
                "circ: merge blocks without moving code across transitions",
                false, false)
FunctionPass *llvm::createCircMergeBlocksPass() {
  return new CircMergeBlocks();
}

// A block this pass may remove: nothing but branches refers to it.
static bool removable(const MachineBasicBlock &MBB) {
  const MachineFunction &MF = *MBB.getParent();
  return &MBB != &MF.front() && !MBB.isEHPad() && !MBB.hasAddressTaken() &&
         !MBB.isInlineAsmBrIndirectTarget();
}

bool CircMergeBlocks::analyzable(MachineBasicBlock &MBB) const {
  MachineBasicBlock *TBB = nullptr, *FBB = nullptr;
  SmallVector<MachineOperand, 4> Cond;
  return !TII->analyzeBranch(MBB, TBB, FBB, Cond);
}

// Where MBB falls through to its layout successor, branch there instead, so
// that the block can move or lose its neighbour.
void CircMergeBlocks::makeFallThroughExplicit(MachineBasicBlock &MBB) const {
  MachineBasicBlock *FallThrough = MBB.getFallThrough(false);
  if (!FallThrough)
    return;
  MachineBasicBlock *TBB = nullptr, *FBB = nullptr;
  SmallVector<MachineOperand, 4> Cond;
  TII->analyzeBranch(MBB, TBB, FBB, Cond);
  if (Cond.empty()) {
    TII->insertBranch(MBB, FallThrough, nullptr, {}, DebugLoc());
  } else {
    TII->removeBranch(MBB);
    TII->insertBranch(MBB, TBB, FallThrough, Cond, DebugLoc());
  }
}

bool CircMergeBlocks::bypass(MachineBasicBlock &MBB) {
  if (!removable(MBB) || MBB.succ_size() != 1)
    return false;
  MachineBasicBlock *Succ = *MBB.succ_begin();
  if (Succ == &MBB)
    return false;
  for (MachineInstr &MI : MBB)
    if (!MI.isDebugInstr() && !MI.isUnconditionalBranch())
      return false;
  SmallVector<MachineBasicBlock *, 4> Preds(MBB.predecessors());
  for (MachineBasicBlock *P : Preds)
    if (!analyzable(*P))
      return false;
  for (MachineBasicBlock *P : Preds) {
    makeFallThroughExplicit(*P);
    P->ReplaceUsesOfBlockWith(&MBB, Succ);
  }
  MBB.removeSuccessor(Succ);
  MBB.eraseFromParent();
  return true;
}

bool CircMergeBlocks::appendToPredecessor(MachineBasicBlock &MBB) {
  if (!removable(MBB) || MBB.pred_size() != 1)
    return false;
  MachineBasicBlock *Pred = *MBB.pred_begin();
  if (Pred == &MBB || Pred->succ_size() != 1 || !analyzable(*Pred) ||
      !analyzable(MBB))
    return false;
  MachineBasicBlock *TBB = nullptr, *FBB = nullptr;
  SmallVector<MachineOperand, 4> Cond;
  TII->analyzeBranch(*Pred, TBB, FBB, Cond);
  if (!Cond.empty())
    return false;
  makeFallThroughExplicit(MBB);
  TII->removeBranch(*Pred);
  Pred->splice(Pred->end(), &MBB, MBB.begin(), MBB.end());
  Pred->removeSuccessor(&MBB);
  Pred->transferSuccessors(&MBB);
  MBB.eraseFromParent();
  return true;
}

bool CircMergeBlocks::runOnMachineFunction(MachineFunction &MF) {
  if (!MergeBlocks)
    return false;
  TII = MF.getSubtarget().getInstrInfo();
  bool Changed = false;
  for (bool Again = true; Again;) {
    Again = false;
    for (MachineBasicBlock &MBB : make_early_inc_range(MF))
      if (bypass(MBB) || appendToPredecessor(MBB))
        Again = true;
    Changed |= Again;
  }
  for (MachineBasicBlock &MBB : MF)
    if (analyzable(MBB)) {
      MBB.updateTerminator(MBB.getNextNode());
      Changed = true;
    }
  return Changed;
}
