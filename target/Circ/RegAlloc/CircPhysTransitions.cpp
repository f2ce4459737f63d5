//===- CircPhysTransitions.cpp - transitions after allocation -------------===//
//
// Liveness of the general registers as 64-bit masks: a backward dataflow over
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
#include "llvm/CodeGen/TargetFrameLowering.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"

#include <vector>

using namespace llvm;

static constexpr unsigned NumRegs = CircRegisterInfo::NumGeneralRegs;
static_assert(NumRegs <= 64, "register sets are 64-bit masks");

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
      for (unsigned I = 0; I < NumRegs; ++I)
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

// The smallest io width that holds Live at one transition when the calling
// convention pins the registers in Fixed and the values in Preserved must be
// in callee-saved registers: the transition's share of the lower bound.
// Without constraints it is the number of live values.
unsigned llvm::conventionWidth(uint64_t Live, uint64_t Fixed,
                               uint64_t Preserved) {
  unsigned NeedSaved = llvm::popcount(Preserved & ~Fixed);
  unsigned NeedAny = llvm::popcount(Live & ~Fixed & ~Preserved) + NeedSaved;
  unsigned MinW = Fixed ? 64 - llvm::countl_zero(Fixed) : 0; // Highest + 1.
  if (MinW == 0 && NeedAny == 0)
    return 0; // nothing crosses
  unsigned FreeSaved = 0, FreeAny = 0;
  for (unsigned W = 1; W <= NumRegs; ++W) {
    unsigned I = W - 1; // the position W adds
    if (!(Fixed >> I & 1)) {
      ++FreeAny;
      FreeSaved += CircRegisterInfo::isCalleeSavedIndex(I);
    }
    if (W >= MinW && FreeSaved >= NeedSaved && FreeAny >= NeedAny)
      return W;
  }
  return llvm::popcount(Live);
}

namespace {
/// Which general registers are live into each block (bit i = %ri).
struct PhysLiveness {
  std::vector<uint64_t> LiveIn;
  uint64_t liveOut(const MachineBasicBlock &MBB) const {
    uint64_t Out = 0;
    for (const MachineBasicBlock *Succ : MBB.successors())
      Out |= LiveIn[Succ->getNumber()];
    return Out;
  }
};
} // namespace

// A backward dataflow to a fixpoint; post-order visits successors first,
// which makes it quick.
static PhysLiveness computeLiveness(const MachineFunction &MF) {
  unsigned N = MF.getNumBlockIDs();
  std::vector<uint64_t> Gen(N), Kill(N);
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
  PhysLiveness L{std::vector<uint64_t>(N, 0)};
  ReversePostOrderTraversal<const MachineFunction *> RPOT(&MF);
  std::vector<const MachineBasicBlock *> Order(RPOT.begin(), RPOT.end());
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (auto It = Order.rbegin(); It != Order.rend(); ++It) {
      unsigned B = (*It)->getNumber();
      uint64_t In = Gen[B] | (L.liveOut(**It) & ~Kill[B]);
      if (In != L.LiveIn[B]) {
        L.LiveIn[B] = In;
        Changed = true;
      }
    }
  }
  return L;
}

std::vector<uint64_t> llvm::physLiveIns(const MachineFunction &MF) {
  return computeLiveness(MF).LiveIn;
}

PhysTransitionSummary
llvm::summarizePhysTransitions(const MachineFunction &MF) {
  PhysLiveness L = computeLiveness(MF);
  PhysTransitionSummary S;
  // With a RAM frame pointer (variable-sized allocas) %r3 holds it, pinned
  // by the frame layout (docs/machine.md) wherever it is live.
  uint64_t Pinned =
      MF.getSubtarget().getFrameLowering()->hasFP(MF) ? uint64_t(1) << 3 : 0;
  // Fixed: registers the convention pins (arguments, results, parameters);
  // Preserved: values kept in registers across a call, which must sit in
  // callee-saved ones; the rest of Live may go anywhere.
  auto Record = [&S, Pinned](uint64_t Live, uint64_t Fixed = 0,
                             uint64_t Preserved = 0) {
    S.Carried |= Live;
    S.LowerBound =
        std::max(S.LowerBound,
                 conventionWidth(Live, (Fixed | Pinned) & Live, Preserved));
  };
  for (const MachineBasicBlock &MBB : MF) {
    // The entry's live-ins are the parameters, in their argument registers.
    uint64_t In = L.LiveIn[MBB.getNumber()];
    Record(In, &MBB == &MF.front() ? In : 0);
    // A branch's exit carries what any successor needs: all of it is live
    // at the one transition, whichever way it goes.
    uint64_t Live = L.liveOut(MBB);
    Record(Live);
    for (auto It = MBB.rbegin(); It != MBB.rend(); ++It) {
      const MachineInstr &MI = *It;
      RegEffects E = effectsOf(MI);
      if (MI.isCall()) {
        uint64_t Preserved = Live & ~E.Defs;
        // Back from the callee: results and preserved values.
        Record(Live, Live & E.Defs, Preserved);
        // Into the callee: its arguments and the preserved values. The
        // register holding an indirect callee's address is read by the call
        // itself and travels nowhere.
        Record(Preserved | E.UsesPastTarget, E.UsesPastTarget, Preserved);
      } else if (MI.isReturn()) {
        Record(E.Uses, E.Uses); // Back to the caller: the results.
      }
      Live = (Live & ~E.Defs) | E.Uses;
    }
  }
  S.Width = S.Carried ? 64 - llvm::countl_zero(S.Carried) : 0;
  return S;
}
