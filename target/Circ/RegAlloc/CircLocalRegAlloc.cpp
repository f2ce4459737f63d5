//===- CircLocalRegAlloc.cpp - circ-local: a local register allocator -----===//
//
// A per-block allocator in the spirit of RegAllocSimple, with the
// callee-saved preference. Invariants:
//
//  1. At every block boundary no virtual register lives in a physical register.
//     A value used outside the block that computed it (a "global" value) has a
//     RAM home slot: it is stored there right after each definition and
//     reloaded at its first use in a block. RAM is read-write, so this is valid
//     on the write-once machine, and no allocator value crosses a block
//     transition in a register.
//  2. Inside a block, CircBlockAllocator assigns registers and saves values
//     around calls in fresh write-once frames (see CircBlockAllocator.h); the
//     frame opens and closes next to the call, so pushes and pops nest on
//     every path.
//  3. Register choice: with the preference (the default) a value that is live
//     across any call, by LiveIntervals and so across blocks and loops, tries
//     the callee-saved registers below the io width first; the callee's
//     prologue saves those once. Every other value, and every value without
//     the preference, tries the caller-saved registers first.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircMachineFunctionInfo.h"
#include "CircSubtarget.h"
#include "RegAlloc/CircAllocatorPass.h"
#include "RegAlloc/CircBlockAllocator.h"
#include "RegAlloc/MachineTransitionStates.h"
#include "RegAlloc/SpillPlan.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/RegAllocRegistry.h"
#include "llvm/InitializePasses.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

#define DEBUG_TYPE "circ-local"

// Shared with circ-ts, which applies the preference too.
cl::opt<bool> circ::PreferCalleeSaved(
    "circ-prefer-callee-saved",
    cl::desc("circ-local and circ-ts: put values live across a call in "
             "callee-saved registers first (the callee-saved preference; "
             "false = baseline)"),
    cl::init(true));

static cl::opt<unsigned> RegisterBudget(
    "circ-local-regs", cl::Hidden,
    cl::desc("circ-local: use only the first N general registers (testing "
             "the eviction path; 0 = all)"),
    cl::init(0));

namespace {
class CircLocalRegAlloc : public CircAllocatorPass {
public:
  static char ID;
  CircLocalRegAlloc() : CircAllocatorPass(ID) {}

  StringRef getPassName() const override {
    return "circ-local register allocator";
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};
} // namespace

char CircLocalRegAlloc::ID = 0;
INITIALIZE_PASS_BEGIN(CircLocalRegAlloc, DEBUG_TYPE,
                      "circ-local register allocator", false, false)
INITIALIZE_PASS_DEPENDENCY(SlotIndexesWrapperPass)
INITIALIZE_PASS_DEPENDENCY(LiveIntervalsWrapperPass)
INITIALIZE_PASS_DEPENDENCY(MachineLoopInfoWrapperPass)
INITIALIZE_PASS_END(CircLocalRegAlloc, DEBUG_TYPE,
                    "circ-local register allocator", false, false)

FunctionPass *llvm::createCircLocalRegAlloc() {
  return new CircLocalRegAlloc();
}

static RegisterRegAlloc
    CircLocalRegistration("circ-local",
                          "circ-local: per-block allocation with the "
                          "callee-saved preference",
                          createCircLocalRegAlloc);

bool CircLocalRegAlloc::runOnMachineFunction(MachineFunction &MF) {
  LiveIntervals &LIS = getAnalysis<LiveIntervalsWrapperPass>().getLIS();
  MF.getInfo<CircMachineFunctionInfo>()->AllocatorName =
      circ::PreferCalleeSaved ? "circ-local" : "circ-local-nopref";

  // A value live into or out of some block lives in a RAM home there. The
  // transition-state analysis knows every block's live-in and live-out sets.
  MachineTransitionStates States(MF, LIS);
  SetVector<Register> Homes;
  for (const MachineBasicBlock &MBB : MF) {
    Homes.insert_range(States.liveIn(MBB.getNumber()));
    Homes.insert_range(States.liveOut(MBB.getNumber()));
  }
  SpillPlan Plan(MF, LIS, Homes);

  BlockAllocatorOptions Options;
  Options.PreferCalleeSaved = circ::PreferCalleeSaved;
  Options.RegisterBudget = RegisterBudget;
  Options.TransitionLimit =
      MF.getSubtarget<CircSubtarget>().transitionRegisterLimit();
  CircBlockAllocator Engine(MF, Plan, Options);
  RegMap None;
  for (MachineBasicBlock &MBB : MF)
    Engine.allocateBlock(MBB, None, None);
  Engine.finish();
  return true;
}
