//===- CircBlockAllocator.cpp - per-block register assignment -------------===//
//
// See CircBlockAllocator.h for the invariants. Positions number the block's
// instructions as they were before any allocator code is inserted; a value
// "written at Def and last read at Use" occupies its register in (Def, Use].
//
//===----------------------------------------------------------------------===//

#include "RegAlloc/CircBlockAllocator.h"
#include "Circ.h"
#include "CircInstrInfo.h"
#include "CircMachineFunctionInfo.h"
#include "CircRegisterInfo.h"
#include "CircSubtarget.h"
#include "RegAlloc/FaultInjection.h"
#include "RegAlloc/ParallelMove.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/Support/ErrorHandling.h"

using namespace llvm;

static int generalIndex(Register R) {
  return R.isPhysical() ? CircRegisterInfo::generalIndex(R.asMCReg()) : -1;
}

CircBlockAllocator::CircBlockAllocator(MachineFunction &MF,
                                       const SpillPlan &Plan,
                                       const BlockAllocatorOptions &Options)
    : MF(MF), MRI(MF.getRegInfo()),
      TII(*MF.getSubtarget<CircSubtarget>().getInstrInfo()), Plan(Plan),
      Reserved(MRI.getReservedRegs()),
      Limit(
          std::min(Options.TransitionLimit,
                   MF.getSubtarget<CircSubtarget>().transitionRegisterLimit())),
      PreferCalleeSaved(Options.PreferCalleeSaved),
      RegisterBudget(Options.RegisterBudget) {}

int CircBlockAllocator::slotIn(DenseMap<Register, int> &Slots, Register V) {
  auto [It, New] = Slots.try_emplace(V, 0);
  if (New)
    It->second = MF.getFrameInfo().CreateSpillStackObject(8, Align(8));
  return It->second;
}

int CircBlockAllocator::ramSlot(Register V) {
  return Plan.hasHome(V) ? Plan.homeOf(V) : slotIn(EvictionSlot, V);
}

// Registers for short-lived temporaries: caller-saved ones from the top (free
// to use, far from the transition registers), then the rest.
ArrayRef<unsigned> CircBlockAllocator::scratchOrder() {
  static const std::vector<unsigned> Order = [] {
    std::vector<unsigned> O;
    for (unsigned I = NumRegs; I-- > 0;)
      if (!CircRegisterInfo::isCalleeSavedIndex(I))
        O.push_back(I);
    for (unsigned I = NumRegs; I-- > 0;)
      if (CircRegisterInfo::isCalleeSavedIndex(I))
        O.push_back(I);
    return O;
  }();
  return Order;
}

bool CircBlockAllocator::usable(unsigned Index) const {
  return !Reserved.test(CircRegisterInfo::generalReg(Index).id()) &&
         (RegisterBudget == 0 || Index < RegisterBudget);
}

void CircBlockAllocator::scanBlock(ArrayRef<MachineInstr *> Instrs,
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
bool CircBlockAllocator::conflicts(unsigned Index, int Def, int Use) const {
  for (const PhysRange &P : Busy[Index])
    if (P.Def == Def || (P.Def > Def && P.Def < Use) ||
        (Def > P.Def && Def < P.Use))
      return true;
  return false;
}

MCRegister CircBlockAllocator::choose(Register V, int Def, int Use) {
  // A value that leaves the block in a register starts there if it can: the
  // exit move then has nothing to do for it.
  if (ExitHint) {
    auto It = ExitHint->find(V);
    if (It != ExitHint->end()) {
      unsigned I = CircRegisterInfo::generalIndex(It->second);
      if (usable(I) && !Occupant[I] && !conflicts(I, Def, Use))
        return It->second;
    }
  }
  // Three kinds of register, tried in an order that depends on the value:
  //  0: callee-saved below the transition limit (kept across a call),
  //  1: caller-saved (free to use: nobody saves them),
  //  2: callee-saved at or above the limit (the prologue must save them, and
  //     a call does not keep them).
  auto Kind = [&](unsigned I) {
    if (!CircRegisterInfo::isCalleeSavedIndex(I))
      return 1;
    return I < Limit ? 0 : 2;
  };
  static const int AcrossCallOrder[] = {0, 1, 2};
  static const int LocalOrder[] = {1, 0, 2};
  bool Across = PreferCalleeSaved && Plan.liveAcrossCall().count(V);
  // Registers other values leave the block in are taken last: a value there
  // would keep its owner from being defined straight into it, or sit in the
  // way of the exit move.
  for (bool AvoidExits : {true, false})
    for (int Want : Across ? AcrossCallOrder : LocalOrder)
      for (unsigned I = 0; I < NumRegs; ++I)
        if (Kind(I) == Want && usable(I) && !Occupant[I] &&
            !(AvoidExits && ExitDestination[I]) && !conflicts(I, Def, Use))
          return CircRegisterInfo::generalReg(I);
  return MCRegister();
}

MCRegister CircBlockAllocator::chooseOrEvict(Register V, int Def, int Use,
                                             MachineBasicBlock::iterator At) {
  if (MCRegister R = choose(V, Def, Use))
    return R;
  // Every register is taken: move the occupant of one that is otherwise free
  // to RAM (stored now unless RAM already holds its value). The victim does
  // not get a home: the blocks around expect it where the maps say, so it is
  // reloaded when this block reads it or leaves with it.
  for (unsigned I = 0; I < NumRegs; ++I) {
    if (!usable(I) || !Occupant[I] || Pinned[I] || conflicts(I, Def, Use) ||
        (ExitMoveDone && ExitDestination[I]))
      continue;
    MCRegister R = CircRegisterInfo::generalReg(I);
    Register Victim = Occupant[I];
    if (!inRAM(Victim)) {
      TII.storeRegToStackSlot(*At->getParent(), At, R, false, ramSlot(Victim),
                              &Circ::GPRRegClass, Register());
      Evicted.insert(Victim);
    }
    release(Victim);
    return R;
  }
  report_fatal_error("circ: no register left in " + MF.getName());
}

void CircBlockAllocator::assign(Register V, MCRegister R) {
  Assigned[V] = R;
  Occupant[CircRegisterInfo::generalIndex(R)] = V;
}

void CircBlockAllocator::release(Register V) {
  auto It = Assigned.find(V);
  if (It == Assigned.end())
    return;
  Occupant[CircRegisterInfo::generalIndex(It->second)] = Register();
  Assigned.erase(It);
}

void CircBlockAllocator::saveAroundCall(MachineInstr &Call, int Pos) {
  const uint32_t *Mask = nullptr;
  for (const MachineOperand &MO : Call.operands())
    if (MO.isRegMask())
      Mask = MO.getRegMask();

  SmallVector<std::pair<Register, MCRegister>, 8> Saved;
  for (unsigned I = 0; I < NumRegs; ++I) {
    Register V = Occupant[I];
    if (!V || LastUse.lookup(V) <= Pos)
      continue;
    MCRegister R = CircRegisterInfo::generalReg(I);
    if (I < Limit && Mask && !MachineOperand::clobbersPhysReg(Mask, R))
      continue; // Kept by the callee.
    if (!inRAM(V))
      Saved.push_back({V, R});
    release(V); // Reloaded from RAM, or from the frame below.
  }
  if (Saved.empty())
    return;

  MachineBasicBlock &MBB = *Call.getParent();
  DebugLoc DL = Call.getDebugLoc();
  BuildMI(MBB, Call, DL, TII.get(Circ::FRAME));
  for (auto &[V, R] : Saved)
    BuildMI(MBB, Call, DL, TII.get(Circ::PUSH)).addReg(R);
  if (circ::injectFaultHere(MF, circ::InjectedFault::RewriteCell,
                            "frame around a call in %bb." +
                                Twine(MBB.getNumber()))) {
    TII.addImmediate(MBB, Call, DL, Circ::SP, Circ::SP, -1,
                     MachineInstr::NoFlags);
    BuildMI(MBB, Call, DL, TII.get(Circ::PUSH)).addReg(Saved.back().second);
  }
  MachineBasicBlock::iterator After = std::next(Call.getIterator());
  int Offset = 1;
  for (auto &[V, R] : Saved) {
    MCRegister NewR = chooseOrEvict(V, Pos, LastUse.lookup(V), After);
    BuildMI(MBB, After, DL, TII.get(Circ::LDF), NewR).addImm(Offset++);
    assign(V, NewR);
  }
  BuildMI(MBB, After, DL, TII.get(Circ::POPF));
  if (circ::injectFaultHere(MF, circ::InjectedFault::ExtraPop,
                            "frame around a call in %bb." +
                                Twine(MBB.getNumber())))
    BuildMI(MBB, After, DL, TII.get(Circ::POPF));
}

// Values arrive in the registers the Entry map names. One that the block's own
// instructions need moved (its register is an argument register written before
// the value's last use, say) moves to a free register first, or to RAM when
// none is free.
void CircBlockAllocator::enterBlock(MachineBasicBlock &MBB,
                                    const RegMap &Entry) {
  for (auto &[V, R] : Entry) {
    assign(V, R);
    MBB.addLiveIn(R);
  }
  MBB.sortUniqueLiveIns();
  MachineBasicBlock::iterator Begin = MBB.begin();
  for (auto &[V, R] : Entry) {
    int Use = LastUse.count(V) ? LastUse[V] : -1;
    if (!conflicts(CircRegisterInfo::generalIndex(R), -1, Use))
      continue;
    MCRegister NewR = choose(V, -1, Use);
    if (!NewR) {
      // Every other register is taken (the states may fill all of them when
      // the width is unbounded): the value waits in RAM until it is read,
      // like an eviction, and is reloaded where the block needs it.
      TII.storeRegToStackSlot(MBB, Begin, R, false, ramSlot(V),
                              &Circ::GPRRegClass, Register());
      Evicted.insert(V);
      release(V);
      continue;
    }
    BuildMI(MBB, Begin, DebugLoc(), TII.get(Circ::MOV), NewR).addReg(R);
    release(V);
    assign(V, NewR);
  }
}

void CircBlockAllocator::emitParallelMove(MachineBasicBlock &MBB,
                                          MachineBasicBlock::iterator At,
                                          SmallVectorImpl<RegMove> &Moves,
                                          int Pos) {
  // A cycle breaks through a free register that no move reads or writes and
  // that the terminators do not need; not a destination either, since one
  // that was free before the move may already hold its value.
  auto PickScratch = [&](ArrayRef<RegMove> Left) {
    for (unsigned I : scratchOrder()) {
      MCRegister R = CircRegisterInfo::generalReg(I);
      if (usable(I) && !Occupant[I] && !ExitDestination[I] &&
          none_of(Left,
                  [&](const RegMove &M) {
                    return M.first == R || M.second == R;
                  }) &&
          !conflicts(I, Pos - 1, Pos))
        return R;
    }
    return MCRegister();
  };
  SmallVector<MoveStep, 16> Sequence = sequenceParallelMove(
      SmallVector<RegMove, 16>(Moves.begin(), Moves.end()), PickScratch);
  injectMoveFault(MBB, Sequence);
  for (const MoveStep &S : Sequence)
    emitMoveStep(MBB, At, S);
  Moves.clear();
}

// An exchange needs no third register: a + b, then each value back out by
// a subtraction (mod 2^64).
void CircBlockAllocator::emitMoveStep(MachineBasicBlock &MBB,
                                      MachineBasicBlock::iterator At,
                                      const MoveStep &S) {
  if (!S.Exchange) {
    BuildMI(MBB, At, DebugLoc(), TII.get(Circ::MOV), S.To).addReg(S.From);
    return;
  }
  BuildMI(MBB, At, DebugLoc(), TII.get(Circ::ADDrr), S.From)
      .addReg(S.From)
      .addReg(S.To);
  BuildMI(MBB, At, DebugLoc(), TII.get(Circ::SUBrr), S.To)
      .addReg(S.From)
      .addReg(S.To);
  BuildMI(MBB, At, DebugLoc(), TII.get(Circ::SUBrr), S.From)
      .addReg(S.From)
      .addReg(S.To);
}

// -circ-inject-fault: an exit move that loses one of its moves, or whose
// first two moves trade destinations.
void CircBlockAllocator::injectMoveFault(const MachineBasicBlock &MBB,
                                         SmallVectorImpl<MoveStep> &Sequence) {
  if (!Sequence.empty() &&
      circ::injectFaultHere(MF, circ::InjectedFault::DropMove,
                            "exit move of %bb." + Twine(MBB.getNumber())))
    Sequence.erase(Sequence.begin());
  if (Sequence.size() >= 2 &&
      circ::injectFaultHere(MF, circ::InjectedFault::SwapMoves,
                            "exit move of %bb." + Twine(MBB.getNumber())))
    std::swap(Sequence[0].To, Sequence[1].To);
}

// A free register for a value the terminators read that does not leave: not
// one the exit move writes, and not one the terminators need.
MCRegister
CircBlockAllocator::conditionRegister(Register V, int Pos,
                                      const DenseSet<unsigned> &Destinations) {
  for (unsigned J : scratchOrder())
    if (usable(J) && !Occupant[J] && !Destinations.count(J) &&
        !conflicts(J, Pos - 1, LastUse.lookup(V)))
      return CircRegisterInfo::generalReg(J);
  return MCRegister();
}

// Before the terminators: every value that leaves in a register goes to the
// register the Exit map names, all at once. A value the terminators read but
// that does not leave (a branch condition) must not sit in a register the move
// writes: it moves first to a free register, or, when every register is
// taken, waits in RAM and the terminator reloads it into a register the move
// vacates.
void CircBlockAllocator::leaveBlock(MachineBasicBlock &MBB,
                                    MachineBasicBlock::iterator At,
                                    const RegMap &Exit, int Pos) {
  DenseSet<unsigned> Destinations;
  for (auto &[V, R] : Exit)
    Destinations.insert(CircRegisterInfo::generalIndex(R));
  for (unsigned I = 0; I < NumRegs; ++I) {
    Register V = Occupant[I];
    if (!V || Exit.count(V) || LastUse.lookup(V) < Pos ||
        !Destinations.count(I))
      continue;
    MCRegister Old = CircRegisterInfo::generalReg(I);
    release(V);
    if (MCRegister New = conditionRegister(V, Pos, Destinations)) {
      BuildMI(MBB, At, DebugLoc(), TII.get(Circ::MOV), New).addReg(Old);
      assign(V, New);
      continue;
    }
    TII.storeRegToStackSlot(MBB, At, Old, false, ramSlot(V), &Circ::GPRRegClass,
                            Register());
    Evicted.insert(V);
  }

  SmallVector<RegMove, 16> Moves;
  SmallVector<std::pair<Register, MCRegister>, 16> Reloads;
  for (auto &[V, Dst] : Exit) {
    auto It = Assigned.find(V);
    if (It == Assigned.end())
      Reloads.push_back({V, Dst}); // Evicted inside the block.
    else if (It->second != Dst)
      Moves.push_back({It->second, Dst});
  }
  emitParallelMove(MBB, At, Moves, Pos);
  for (auto &[V, Dst] : Reloads)
    TII.loadRegFromStackSlot(MBB, At, Dst, ramSlot(V), &Circ::GPRRegClass,
                             Register());
  for (auto &[V, Dst] : Exit)
    release(V);
  for (auto &[V, Dst] : Exit)
    assign(V, Dst);
  ExitMoveDone = true;
}

// Scans the block and sets up the exit hints; returns the position of the
// exit move: before the first terminator, since values leaving in a register
// stay in one until then.
int CircBlockAllocator::prepareBlock(ArrayRef<MachineInstr *> Instrs,
                                     MachineBasicBlock &MBB,
                                     const RegMap &Exit) {
  scanBlock(Instrs, MBB);
  Assigned.clear();
  Evicted.clear();
  Occupant.fill(Register());
  int MovePos = Instrs.size();
  for (int Pos = 0, E = Instrs.size(); Pos != E; ++Pos)
    if (Instrs[Pos]->isTerminator()) {
      MovePos = Pos;
      break;
    }
  for (auto &[V, R] : Exit)
    LastUse[V] = std::max(LastUse.count(V) ? LastUse[V] : -1, MovePos);
  ExitHint = &Exit;
  ExitMoveDone = false;
  ExitDestination.fill(false);
  for (auto &[V, R] : Exit)
    ExitDestination[CircRegisterInfo::generalIndex(R)] = true;
  return MovePos;
}

// Uses: in a register already, or reloaded from RAM.
void CircBlockAllocator::assignUses(MachineInstr &MI, int Pos) {
  MachineBasicBlock &MBB = *MI.getParent();
  MachineBasicBlock::iterator Here = MI.getIterator();
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
      if (!inRAM(V))
        report_fatal_error("circ: value used before it is defined in " +
                           MF.getName());
      R = chooseOrEvict(V, Pos - 1, LastUse.lookup(V), Here);
      TII.loadRegFromStackSlot(MBB, Here, R, ramSlot(V), &Circ::GPRRegClass,
                               Register());
      assign(V, R);
    }
    MO.setReg(R);
    MO.setIsKill(false);
    MO.setIsUndef(false);
    Pinned[CircRegisterInfo::generalIndex(R)] = true;
  }
}

// Values read for the last time at Pos free their registers for the defs.
void CircBlockAllocator::releaseReadLast(int Pos) {
  for (unsigned I = 0; I < NumRegs; ++I)
    if (Occupant[I] && LastUse.lookup(Occupant[I]) <= Pos)
      release(Occupant[I]);
}

// Defs: a register for the new value, and a store to its RAM home if it has
// one.
void CircBlockAllocator::assignDefs(MachineInstr &MI, int Pos) {
  MachineBasicBlock &MBB = *MI.getParent();
  MachineBasicBlock::iterator Here = MI.getIterator(), After = std::next(Here);
  for (MachineOperand &MO : MI.operands()) {
    if (!MO.isReg() || !MO.getReg().isVirtual() || !MO.isDef())
      continue;
    Register V = MO.getReg();
    // A redefinition ends the old value (its reads were handled above), and
    // what an eviction stored of it.
    release(V);
    Evicted.erase(V);
    int Use = std::max(Pos, LastUse.lookup(V));
    MCRegister R = chooseOrEvict(V, Pos, Use, Here);
    MO.setReg(R);
    MO.setIsDead(false);
    if (Plan.hasHome(V))
      TII.storeRegToStackSlot(MBB, After, R, false, Plan.homeOf(V),
                              &Circ::GPRRegClass, Register());
    if (Use > Pos)
      assign(V, R);
  }
}

void CircBlockAllocator::allocateBlock(MachineBasicBlock &MBB,
                                       const RegMap &Entry,
                                       const RegMap &Exit) {
  std::vector<MachineInstr *> Instrs;
  for (MachineInstr &MI : MBB)
    if (!MI.isDebugInstr())
      Instrs.push_back(&MI);
  int MovePos = prepareBlock(Instrs, MBB, Exit);
  enterBlock(MBB, Entry);
  for (int Pos = 0, E = Instrs.size(); Pos <= E; ++Pos) {
    if (Pos == MovePos && !Exit.empty())
      leaveBlock(MBB, Pos < E ? Instrs[Pos]->getIterator() : MBB.end(), Exit,
                 Pos);
    if (Pos == E)
      break;
    MachineInstr &MI = *Instrs[Pos];
    Pinned.fill(false);
    assignUses(MI, Pos);
    if (MI.isCall())
      saveAroundCall(MI, Pos);
    releaseReadLast(Pos);
    assignDefs(MI, Pos);
  }
}

void CircBlockAllocator::finish() {
  ExitHint = nullptr;
  ExitDestination.fill(false);
  for (MachineBasicBlock &MBB : MF)
    for (MachineInstr &MI : make_early_inc_range(MBB)) {
      if (MI.isDebugInstr()) {
        for (MachineOperand &MO : MI.operands())
          if (MO.isReg() && MO.getReg().isVirtual())
            MO.setReg(Register());
        continue;
      }
      if (MI.isCopy() && MI.getOperand(0).getReg() == MI.getOperand(1).getReg())
        MI.eraseFromParent();
    }
  MRI.clearVirtRegs();
}
