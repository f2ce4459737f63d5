//===- CircRAStats.cpp - count what an allocator inserted -----------------===//
//
// Runs right after register allocation, before frame lowering, and counts
// RAM spill stores, reloads and register copies. The circ allocators fill the
// numbers themselves (they also know their pushes and pops); this pass only
// fills them for allocators that did not.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircInstrInfo.h"
#include "CircMachineFunctionInfo.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;

#define DEBUG_TYPE "circ-ra-stats"

namespace {
class CircRAStats : public MachineFunctionPass {
public:
  static char ID;
  CircRAStats() : MachineFunctionPass(ID) {}
  StringRef getPassName() const override {
    return "circ register allocation statistics";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};
} // namespace

char CircRAStats::ID = 0;
INITIALIZE_PASS(CircRAStats, DEBUG_TYPE, "circ register allocation statistics",
                false, true)

FunctionPass *llvm::createCircRAStatsPass() { return new CircRAStats(); }

bool CircRAStats::runOnMachineFunction(MachineFunction &MF) {
  auto *FI = MF.getInfo<CircMachineFunctionInfo>();
  if (!FI->AllocatorName.empty())
    return false; // A circ allocator has reported already.
  FI->AllocatorName = circ::selectedAllocatorName(
      MF.getTarget().getOptLevel() != CodeGenOptLevel::None);
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  const MachineFrameInfo &MFI = MF.getFrameInfo();
  for (const MachineBasicBlock &MBB : MF)
    for (const MachineInstr &MI : MBB) {
      int Slot;
      if (TII.isStoreToStackSlot(MI, Slot) && MFI.isSpillSlotObjectIndex(Slot))
        ++FI->Spills;
      else if (TII.isLoadFromStackSlot(MI, Slot) &&
               MFI.isSpillSlotObjectIndex(Slot))
        ++FI->Reloads;
      else if (MI.isCopy() &&
               MI.getOperand(0).getReg() != MI.getOperand(1).getReg())
        ++FI->Copies;
    }
  return false;
}
