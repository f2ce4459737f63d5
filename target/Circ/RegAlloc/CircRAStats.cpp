//===- CircRAStats.cpp - count what an allocator inserted -----------------===//
//
// The allocator statistics of -circ-ra-report, counted on the code and only
// here, for every allocator alike. The pass runs twice: before allocation it
// records the program's own stack instructions and moves (a dialect program
// pushes and pops itself), after allocation it counts again and keeps the
// difference, what the allocator added:
//   spills  = stores to spill slots + pushes of values
//   reloads = loads from spill slots + reads from frames (ldf)
//   pushes  = frames opened + values pushed;  pops = frames closed
//   copies  = register moves (mov, and copies between different registers)
// Pushes and pops are "not applicable" (-1) for LLVM's allocators, which
// spill only to RAM.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircInstrInfo.h"
#include "CircMachineFunctionInfo.h"
#include "CircTargetMachine.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/InitializePasses.h"

using namespace llvm;

#define DEBUG_TYPE "circ-ra-stats"

namespace {
class CircRAStats : public MachineFunctionPass {
  bool AfterAllocation;

public:
  static char ID;
  explicit CircRAStats(bool AfterAllocation = true)
      : MachineFunctionPass(ID), AfterAllocation(AfterAllocation) {}
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
                false, false)

FunctionPass *llvm::createCircRAStatsPass(bool AfterAllocation) {
  return new CircRAStats(AfterAllocation);
}

static CircRACounts countStackAndMoves(const MachineFunction &MF) {
  const auto &TII =
      *static_cast<const CircInstrInfo *>(MF.getSubtarget().getInstrInfo());
  CircRACounts C;
  for (const MachineBasicBlock &MBB : MF)
    for (const MachineInstr &MI : MBB) {
      switch (MI.getOpcode()) {
      case Circ::FRAME:
        ++C.Pushes;
        continue;
      case Circ::PUSH:
        ++C.Pushes, ++C.Spills;
        continue;
      case Circ::LDF:
        ++C.Reloads;
        continue;
      case Circ::POPF:
        ++C.Pops;
        continue;
      case Circ::MOV:
        ++C.Copies;
        continue;
      default:
        break;
      }
      if (TII.isSpillSlotStore(MI))
        ++C.Spills;
      else if (TII.isSpillSlotLoad(MI))
        ++C.Reloads;
      else if (MI.isCopy() && MI.getOperand(0).getReg().isPhysical() &&
               MI.getOperand(1).getReg().isPhysical() &&
               MI.getOperand(0).getReg() != MI.getOperand(1).getReg())
        ++C.Copies;
    }
  return C;
}

bool CircRAStats::runOnMachineFunction(MachineFunction &MF) {
  auto *FI = MF.getInfo<CircMachineFunctionInfo>();
  if (!AfterAllocation) {
    FI->ProgramCounts = countStackAndMoves(MF);
    return false;
  }
  const auto &TM = static_cast<const CircTargetMachine &>(MF.getTarget());
  if (FI->AllocatorName.empty())
    FI->AllocatorName = TM.allocatorName();
  CircRACounts After = countStackAndMoves(MF), &Before = FI->ProgramCounts;
  FI->Spills = After.Spills - Before.Spills;
  FI->Reloads = After.Reloads - Before.Reloads;
  FI->Copies = After.Copies - Before.Copies;
  if (circ::isCircAllocator(FI->AllocatorName)) {
    FI->Pushes = After.Pushes - Before.Pushes;
    FI->Pops = After.Pops - Before.Pops;
  }
  return false;
}
