//===- CircPhysTransitions.cpp - transitions after allocation -------------===//
//
// Liveness of the 64 general registers as bit masks: a backward dataflow over
// the blocks, then one backward walk per block to read the live set at every
// call and return.
//
//===----------------------------------------------------------------------===//

#include "RegAlloc/CircPhysTransitions.h"
#include "CircRegisterInfo.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/bit.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"

#include <vector>

using namespace llvm;

namespace {
struct RegEffects {
  uint64_t Uses = 0;
  uint64_t UsesPastTarget = 0; // For a call: its arguments (operand 0 is
                               // the callee).
  uint64_t Defs = 0;           // Includes registers a call clobbers.
};
} // namespace

static uint64_t bitOf(Register Reg) {
  if (!Reg.isPhysical())
    return 0;
  int Index = CircRegisterInfo::generalIndex(Reg.asMCReg());
  return Index < 0 ? 0 : uint64_t(1) << Index;
}

static bool isFrameSaveOrRestore(const MachineInstr &MI) {
  return MI.getFlag(MachineInstr::FrameSetup) ||
         MI.getFlag(MachineInstr::FrameDestroy);
}

static RegEffects effectsOf(const MachineInstr &MI) {
  RegEffects E;
  if (isFrameSaveOrRestore(MI) || MI.isDebugInstr())
    return E;
  for (const auto &[Index, MO] : llvm::enumerate(MI.operands())) {
    if (MO.isRegMask()) {
      for (unsigned I = 0; I < 64; ++I)
        if (MO.clobbersPhysReg(CircRegisterInfo::generalReg(I)))
          E.Defs |= uint64_t(1) << I;
      continue;
    }
    if (!MO.isReg())
      continue;
    if (MO.isUse() && !MO.isUndef()) {
      E.Uses |= bitOf(MO.getReg());
      if (Index > 0)
        E.UsesPastTarget |= bitOf(MO.getReg());
    } else if (MO.isDef())
      E.Defs |= bitOf(MO.getReg());
  }
  return E;
}

PhysTransitionSummary
llvm::summarizePhysTransitions(const MachineFunction &MF) {
  unsigned N = MF.getNumBlockIDs();
  std::vector<uint64_t> Gen(N), Kill(N), LiveIn(N);

  for (const MachineBasicBlock &MBB : MF) {
    uint64_t G = 0, K = 0;
    for (const MachineInstr &MI : MBB) {
      RegEffects E = effectsOf(MI);
      G |= E.Uses & ~K;
      K |= E.Defs;
    }
    Gen[MBB.getNumber()] = G;
    Kill[MBB.getNumber()] = K;
  }

  auto LiveOutOf = [&](const MachineBasicBlock &MBB) {
    uint64_t Out = 0;
    for (const MachineBasicBlock *Succ : MBB.successors())
      Out |= LiveIn[Succ->getNumber()];
    return Out;
  };

  // Post-order visits successors first, which makes the fixpoint quick.
  ReversePostOrderTraversal<const MachineFunction *> RPOT(&MF);
  std::vector<const MachineBasicBlock *> Order(RPOT.begin(), RPOT.end());
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (auto It = Order.rbegin(); It != Order.rend(); ++It) {
      const MachineBasicBlock &MBB = **It;
      unsigned B = MBB.getNumber();
      uint64_t In = Gen[B] | (LiveOutOf(MBB) & ~Kill[B]);
      if (In != LiveIn[B]) {
        LiveIn[B] = In;
        Changed = true;
      }
    }
  }

  PhysTransitionSummary S;
  auto Record = [&S](uint64_t Live) {
    S.Carried |= Live;
    S.LowerBound = std::max<unsigned>(S.LowerBound, llvm::popcount(Live));
  };
  for (const MachineBasicBlock &MBB : MF) {
    Record(LiveIn[MBB.getNumber()]);
    uint64_t Live = LiveOutOf(MBB);
    for (auto It = MBB.rbegin(); It != MBB.rend(); ++It) {
      const MachineInstr &MI = *It;
      RegEffects E = effectsOf(MI);
      if (MI.isCall()) {
        Record(Live); // Back from the callee: results and preserved values.
        // Into the callee: its arguments and the preserved values. The
        // register holding an indirect callee's address is read by the call
        // itself and travels nowhere.
        Record((Live & ~E.Defs) | E.UsesPastTarget);
      } else if (MI.isReturn()) {
        Record(E.Uses); // Back to the caller: the results.
      }
      Live = (Live & ~E.Defs) | E.Uses;
    }
  }
  S.Width = S.Carried ? 64 - llvm::countl_zero(S.Carried) : 0;
  return S;
}
