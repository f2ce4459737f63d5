//===- CircLocalRegAlloc.cpp - circ-local: a local register allocator -----===//
//
// A per-block allocator in the spirit of RegAllocSimple, with seed 003's
// callee-saved preference. Invariants:
//
//  1. At every block boundary no virtual register lives in a physical register.
//     A value used outside the block that computed it (a "global" value) has a
//     RAM home slot: it is stored there right after each definition and
//     reloaded at its first use in a block. RAM is read-write, so this is valid
//     on the write-once machine, and no allocator value crosses a block
//     transition in a register.
//  2. Inside a block a value occupies one register from its definition (or
//     reload) to its last use in the block. Registers that instructions name
//     explicitly (arguments, results) are kept out of the way by recording
//     where each is written and read.
//  3. A call is a transition: every register the call does not preserve (the
//     caller-saved ones, and all at or above the io width) is lost. A value
//     still needed after the call that sits in such a register is dropped if
//     its RAM home is current, and otherwise saved in a fresh write-once frame
//     wrapped around the call: `frame; push ...; call; ldf ...; popf`. The
//     frame opens and closes next to the call, so pushes and pops nest on every
//     path.
//  4. Register choice: with the preference (the default) a value that is live
//     across any call, by LiveIntervals and so across blocks and loops, tries
//     the callee-saved registers below the io width first; the callee's
//     prologue saves those once. Every other value, and every value without
//     the preference, tries the caller-saved registers first.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircInstrInfo.h"
#include "CircMachineFunctionInfo.h"
#include "CircRegisterInfo.h"
#include "CircSubtarget.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/RegAllocRegistry.h"
#include "llvm/CodeGen/SlotIndexes.h"
#include "llvm/InitializePasses.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"

#include <array>
#include <vector>

using namespace llvm;

#define DEBUG_TYPE "circ-local"

static cl::opt<bool> PreferCalleeSaved(
    "circ-prefer-callee-saved",
    cl::desc("circ-local: put values live across a call in callee-saved "
             "registers first (seed 003's policy; false = baseline)"),
    cl::init(true));

static cl::opt<unsigned> RegisterBudget(
    "circ-local-regs", cl::Hidden,
    cl::desc("circ-local: use only the first N general registers (testing "
             "the eviction path; 0 = all)"),
    cl::init(0));

namespace {

/// Where a physical register is written and read inside the block being
/// allocated: a value written at position Def and last read at Use (Use ==
/// Def for a value never read).
struct PhysRange {
  int Def, Use;
};

class CircLocalRegAlloc : public MachineFunctionPass {
public:
  static char ID;
  CircLocalRegAlloc() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "circ-local register allocator";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
    AU.addRequired<SlotIndexesWrapperPass>();
    AU.addRequired<LiveIntervalsWrapperPass>();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  MachineFunctionProperties getSetProperties() const override {
    return MachineFunctionProperties().setNoVRegs();
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  MachineFunction *MF = nullptr;
  MachineRegisterInfo *MRI = nullptr;
  const CircInstrInfo *TII = nullptr;
  LiveIntervals *LIS = nullptr;
  CircMachineFunctionInfo *FuncInfo = nullptr;
  BitVector Reserved;
  unsigned Limit = 64; // Registers below this survive a transition.

  DenseMap<Register, int> Home; // Global value -> RAM slot.
  DenseSet<Register> LiveAcrossCall;

  // Per-block state.
  DenseMap<Register, MCRegister> Assigned;
  std::array<Register, 64> Occupant;
  DenseMap<Register, int> LastUse;
  std::array<std::vector<PhysRange>, 64> Busy;
  /// Registers the current instruction reads: never evicted under it.
  std::array<bool, 64> Pinned;

  void findGlobalsAndCallCrossers();
  void allocateBlock(MachineBasicBlock &MBB);
  void scanBlock(ArrayRef<MachineInstr *> Instrs, MachineBasicBlock &MBB);
  bool conflicts(unsigned Index, int Def, int Use) const;
  bool usable(unsigned Index) const {
    return !Reserved.test(CircRegisterInfo::generalReg(Index).id()) &&
           (RegisterBudget == 0 || Index < RegisterBudget);
  }
  MCRegister choose(Register V, int Def, int Use);
  MCRegister chooseOrEvict(Register V, int Def, int Use,
                           MachineBasicBlock::iterator At);
  void release(Register V);
  void assign(Register V, MCRegister R);
  int homeOf(Register V);
  void saveAroundCall(MachineInstr &Call, int Pos);
};

} // namespace

char CircLocalRegAlloc::ID = 0;
INITIALIZE_PASS_BEGIN(CircLocalRegAlloc, DEBUG_TYPE,
                      "circ-local register allocator", false, false)
INITIALIZE_PASS_DEPENDENCY(SlotIndexesWrapperPass)
INITIALIZE_PASS_DEPENDENCY(LiveIntervalsWrapperPass)
INITIALIZE_PASS_END(CircLocalRegAlloc, DEBUG_TYPE,
                    "circ-local register allocator", false, false)

FunctionPass *llvm::createCircLocalRegAlloc() { return new CircLocalRegAlloc(); }

static RegisterRegAlloc
    CircLocalRegistration("circ-local",
                          "circ-local: per-block allocation with the "
                          "callee-saved preference (seed 003)",
                          createCircLocalRegAlloc);

static int generalIndex(Register R) {
  return R.isPhysical() ? CircRegisterInfo::generalIndex(R.asMCReg()) : -1;
}

int CircLocalRegAlloc::homeOf(Register V) {
  auto It = Home.find(V);
  if (It != Home.end())
    return It->second;
  int Slot = MF->getFrameInfo().CreateSpillStackObject(8, Align(8));
  Home[V] = Slot;
  return Slot;
}

// A value is global when it is live into or out of some block; it is live
// across a call when a call's slot lies inside its live interval.
void CircLocalRegAlloc::findGlobalsAndCallCrossers() {
  ArrayRef<SlotIndex> Calls = LIS->getRegMaskSlots();
  for (unsigned I = 0, E = MRI->getNumVirtRegs(); I != E; ++I) {
    Register V = Register::index2VirtReg(I);
    if (MRI->reg_nodbg_empty(V))
      continue;
    const LiveInterval &LI = LIS->getInterval(V);
    for (const MachineBasicBlock &MBB : *MF)
      if (LIS->isLiveInToMBB(LI, &MBB) || LIS->isLiveOutOfMBB(LI, &MBB)) {
        homeOf(V);
        break;
      }
    for (const LiveRange::Segment &S : LI.segments) {
      auto It = std::upper_bound(Calls.begin(), Calls.end(), S.start);
      if (It != Calls.end() && *It < S.end) {
        LiveAcrossCall.insert(V);
        break;
      }
    }
  }
}

bool CircLocalRegAlloc::runOnMachineFunction(MachineFunction &Fn) {
  MF = &Fn;
  MRI = &Fn.getRegInfo();
  TII = Fn.getSubtarget<CircSubtarget>().getInstrInfo();
  LIS = &getAnalysis<LiveIntervalsWrapperPass>().getLIS();
  FuncInfo = Fn.getInfo<CircMachineFunctionInfo>();
  Reserved = MRI->getReservedRegs();
  Limit = circ::transitionRegisterLimit();
  Home.clear();
  LiveAcrossCall.clear();

  FuncInfo->AllocatorName =
      PreferCalleeSaved ? "circ-local" : "circ-local-nopref";
  FuncInfo->Pushes = FuncInfo->Pops = 0;

  findGlobalsAndCallCrossers();
  for (MachineBasicBlock &MBB : Fn)
    allocateBlock(MBB);

  // Identity copies left by the assignment cost nothing; drop them.
  for (MachineBasicBlock &MBB : Fn)
    for (MachineInstr &MI : make_early_inc_range(MBB)) {
      if (MI.isDebugInstr()) {
        for (MachineOperand &MO : MI.operands())
          if (MO.isReg() && MO.getReg().isVirtual())
            MO.setReg(Register());
        continue;
      }
      if (MI.isCopy() && MI.getOperand(0).getReg() == MI.getOperand(1).getReg())
        MI.eraseFromParent();
      else if (MI.isCopy())
        ++FuncInfo->Copies;
    }
  MRI->clearVirtRegs();
  return true;
}

void CircLocalRegAlloc::scanBlock(ArrayRef<MachineInstr *> Instrs,
                                  MachineBasicBlock &MBB) {
  LastUse.clear();
  for (auto &B : Busy)
    B.clear();
  for (const auto &LI : MBB.liveins()) {
    int Index = generalIndex(LI.PhysReg);
    if (Index >= 0)
      Busy[Index].push_back({-1, -1});
  }
  for (int Pos = 0, E = Instrs.size(); Pos != E; ++Pos) {
    for (const MachineOperand &MO : Instrs[Pos]->operands()) {
      if (!MO.isReg() || !MO.getReg())
        continue;
      Register R = MO.getReg();
      if (R.isVirtual()) {
        if (MO.readsReg())
          LastUse[R] = Pos;
        continue;
      }
      int Index = generalIndex(R);
      if (Index < 0 || Reserved.test(R.id()))
        continue;
      if (MO.isUse() && !MO.isUndef()) {
        if (Busy[Index].empty())
          Busy[Index].push_back({-1, Pos}); // Live in from outside the scan.
        else
          Busy[Index].back().Use = Pos;
      }
    }
    for (const MachineOperand &MO : Instrs[Pos]->operands())
      if (MO.isReg() && MO.isDef() && MO.getReg().isPhysical()) {
        int Index = generalIndex(MO.getReg());
        if (Index >= 0 && !Reserved.test(MO.getReg().id()))
          Busy[Index].push_back({Pos, Pos});
      }
  }
}

// Would a value written at Def and last read at Use clash with what the block
// itself puts in register Index? Writes at the same position always clash; a
// write at the position where the other value is last read does not (reads
// come first).
bool CircLocalRegAlloc::conflicts(unsigned Index, int Def, int Use) const {
  for (const PhysRange &P : Busy[Index])
    if (P.Def == Def || (P.Def > Def && P.Def < Use) ||
        (Def > P.Def && Def < P.Use))
      return true;
  return false;
}

MCRegister CircLocalRegAlloc::choose(Register V, int Def, int Use) {
  bool CalleeFirst = PreferCalleeSaved && LiveAcrossCall.count(V);
  for (int Pass = 0; Pass < 2; ++Pass) {
    bool WantCallee = (Pass == 0) == CalleeFirst;
    for (unsigned I = 0; I < 64; ++I) {
      // The callee-saved registers that help are those a transition keeps.
      bool Callee = CircRegisterInfo::isCalleeSavedIndex(I) && I < Limit;
      if (Callee != WantCallee)
        continue;
      MCRegister R = CircRegisterInfo::generalReg(I);
      if (!usable(I) || Occupant[I] || conflicts(I, Def, Use))
        continue;
      return R;
    }
  }
  return MCRegister();
}

MCRegister CircLocalRegAlloc::chooseOrEvict(Register V, int Def, int Use,
                                            MachineBasicBlock::iterator At) {
  if (MCRegister R = choose(V, Def, Use))
    return R;
  // Every register is taken: move the occupant of one that is otherwise free
  // to its RAM home (stored now if it has none yet).
  for (unsigned I = 0; I < 64; ++I) {
    MCRegister R = CircRegisterInfo::generalReg(I);
    if (!usable(I) || !Occupant[I] || Pinned[I] || conflicts(I, Def, Use))
      continue;
    Register Victim = Occupant[I];
    if (!Home.count(Victim)) {
      TII->storeRegToStackSlot(*At->getParent(), At, R, false, homeOf(Victim),
                               &Circ::GPRRegClass, Register());
      ++FuncInfo->Spills;
    }
    release(Victim);
    return R;
  }
  report_fatal_error("circ-local: no register left in " + MF->getName());
}

void CircLocalRegAlloc::assign(Register V, MCRegister R) {
  Assigned[V] = R;
  Occupant[CircRegisterInfo::generalIndex(R)] = V;
}

void CircLocalRegAlloc::release(Register V) {
  auto It = Assigned.find(V);
  if (It == Assigned.end())
    return;
  Occupant[CircRegisterInfo::generalIndex(It->second)] = Register();
  Assigned.erase(It);
}

void CircLocalRegAlloc::saveAroundCall(MachineInstr &Call, int Pos) {
  const uint32_t *Mask = nullptr;
  for (const MachineOperand &MO : Call.operands())
    if (MO.isRegMask())
      Mask = MO.getRegMask();

  SmallVector<std::pair<Register, MCRegister>, 8> Saved;
  for (unsigned I = 0; I < 64; ++I) {
    Register V = Occupant[I];
    if (!V || LastUse.lookup(V) <= Pos)
      continue;
    MCRegister R = CircRegisterInfo::generalReg(I);
    bool Kept = I < Limit && Mask && MachineOperand::clobbersPhysReg(Mask, R) == false;
    if (Kept)
      continue;
    if (!Home.count(V))
      Saved.push_back({V, R});
    release(V); // Reloaded from its home, or from the frame below.
  }
  if (Saved.empty())
    return;

  MachineBasicBlock &MBB = *Call.getParent();
  DebugLoc DL = Call.getDebugLoc();
  BuildMI(MBB, Call, DL, TII->get(Circ::FRAME));
  for (auto &[V, R] : Saved)
    BuildMI(MBB, Call, DL, TII->get(Circ::PUSH)).addReg(R);
  MachineBasicBlock::iterator After = std::next(Call.getIterator());
  int Offset = 1;
  for (auto &[V, R] : Saved) {
    MCRegister NewR = chooseOrEvict(V, Pos, LastUse.lookup(V), After);
    BuildMI(MBB, After, DL, TII->get(Circ::LDF), NewR).addImm(Offset++);
    assign(V, NewR);
  }
  BuildMI(MBB, After, DL, TII->get(Circ::POPF));
  FuncInfo->Pushes += Saved.size() + 1;
  FuncInfo->Pops += 1;
  FuncInfo->Spills += Saved.size();
  FuncInfo->Reloads += Saved.size();
}

void CircLocalRegAlloc::allocateBlock(MachineBasicBlock &MBB) {
  std::vector<MachineInstr *> Instrs;
  for (MachineInstr &MI : MBB)
    if (!MI.isDebugInstr())
      Instrs.push_back(&MI);
  scanBlock(Instrs, MBB);
  Assigned.clear();
  Occupant.fill(Register());

  for (int Pos = 0, E = Instrs.size(); Pos != E; ++Pos) {
    MachineInstr &MI = *Instrs[Pos];
    MachineBasicBlock::iterator Here = MI.getIterator();
    Pinned.fill(false);

    // Uses: in a register already, or reloaded from the RAM home.
    for (MachineOperand &MO : MI.operands()) {
      if (!MO.isReg() || !MO.getReg().isVirtual() || !MO.isUse())
        continue;
      Register V = MO.getReg();
      auto It = Assigned.find(V);
      MCRegister R;
      if (It != Assigned.end()) {
        R = It->second;
      } else if (MO.isUndef()) {
        R = chooseOrEvict(V, Pos - 1, Pos, Here);
      } else {
        if (!Home.count(V))
          report_fatal_error("circ-local: value used before it is defined in " +
                             MF->getName());
        R = chooseOrEvict(V, Pos - 1, LastUse.lookup(V), Here);
        TII->loadRegFromStackSlot(MBB, Here, R, Home[V], &Circ::GPRRegClass,
                                  Register());
        ++FuncInfo->Reloads;
        assign(V, R);
      }
      MO.setReg(R);
      MO.setIsKill(false);
      MO.setIsUndef(false);
      Pinned[CircRegisterInfo::generalIndex(R)] = true;
    }

    if (MI.isCall())
      saveAroundCall(MI, Pos);

    // Values read for the last time here free their registers for the defs.
    for (unsigned I = 0; I < 64; ++I)
      if (Occupant[I] && LastUse.lookup(Occupant[I]) <= Pos)
        release(Occupant[I]);

    // Defs: a register for the new value, and a store to its home if other
    // blocks read it.
    MachineBasicBlock::iterator After = std::next(Here);
    for (MachineOperand &MO : MI.operands()) {
      if (!MO.isReg() || !MO.getReg().isVirtual() || !MO.isDef())
        continue;
      Register V = MO.getReg();
      int Use = std::max(Pos, LastUse.lookup(V));
      MCRegister R = chooseOrEvict(V, Pos, Use, Here);
      MO.setReg(R);
      MO.setIsDead(false);
      if (Home.count(V)) {
        TII->storeRegToStackSlot(MBB, After, R, false, Home[V],
                                 &Circ::GPRRegClass, Register());
        ++FuncInfo->Spills;
      }
      if (Use > Pos)
        assign(V, R);
    }
  }
}
