//===- LoopSpiller.cpp - stack-coherent spills around loops ---------------===//

#include "RegAlloc/LoopSpiller.h"
#include "CircInstrInfo.h"
#include "CircSubtarget.h"
#include "RegAlloc/SpillPlan.h"
#include "circ/Support/RankByStatesRelieved.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineBlockFrequencyInfo.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineLoopInfo.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;

using MTS = MachineTransitionStates;

static bool isStackInstr(const MachineInstr &MI) {
  switch (MI.getOpcode()) {
  case Circ::FRAME:
  case Circ::PUSH:
  case Circ::LDF:
  case Circ::POPF:
    return true;
  default:
    return false;
  }
}

// A loop whose frame can open in one place and close on every way out, and
// stay the innermost frame inside the loop: the program opens none there
// (circ.push / circ.pop from the dialect, the __circ_* builtins).
static bool isSpillableLoop(MachineLoop &L) {
  MachineBasicBlock *Pre = L.getLoopPreheader();
  if (!Pre || !L.hasDedicatedExits())
    return false;
  SmallVector<MachineBasicBlock *, 4> Exits;
  L.getUniqueExitBlocks(Exits);
  for (MachineBasicBlock *E : Exits)
    if (E->isEHPad())
      return false;
  for (MachineBasicBlock *MBB : L.blocks())
    if (any_of(*MBB, isStackInstr))
      return false;
  return true;
}

uint64_t LoopSpiller::freq(const MachineBasicBlock *MBB) const {
  return MBFI.getBlockFreq(MBB).getFrequency();
}

bool LoopSpiller::run(unsigned Capacity) {
  MTS States(MF, LIS);
  if (States.largestState() <= Capacity)
    return false;
  Live.assign(States.numBoundaries(), {});
  for (unsigned Id = 0; Id < States.numBoundaries(); ++Id)
    Live[Id].insert(States.liveAt(Id).begin(), States.liveAt(Id).end());
  collectCandidates(States);
  if (!choose(States, Capacity))
    return false;
  place(States);
  updateIntervals();
  return true;
}

void LoopSpiller::collectCandidates(const MTS &States) {
  for (MachineLoop *L : MLI.getLoopsInPreorder())
    if (isSpillableLoop(*L))
      collectLoopCandidates(States, *L);
}

// Values live into the loop's header and not defined in it. One that the loop
// reads is read from the frame there (`ldf`), just before each instruction
// that needs it.
void LoopSpiller::collectLoopCandidates(const MTS &States, MachineLoop &L) {
  DenseSet<Register> Defined;
  DenseMap<Register, SmallVector<MachineInstr *, 4>> ReadBy;
  for (MachineBasicBlock *MBB : L.blocks())
    for (MachineInstr &MI : *MBB)
      for (MachineOperand &MO : MI.operands()) {
        if (!MO.isReg() || !MO.getReg().isVirtual() || MI.isDebugInstr())
          continue;
        if (MO.isDef())
          Defined.insert(MO.getReg());
        else if (ReadBy[MO.getReg()].empty() ||
                 ReadBy[MO.getReg()].back() != &MI)
          ReadBy[MO.getReg()].push_back(&MI);
      }
  SmallVector<MachineBasicBlock *, 4> Exits;
  L.getUniqueExitBlocks(Exits);
  MemoryCosts MemCost(MF.getRegInfo(), MBFI);
  for (Register V : States.liveIn(L.getHeader()->getNumber())) {
    if (Defined.count(V))
      continue;
    Candidate C{V, &L, {}, ReadBy.lookup(V), {}};
    C.Cost = freq(L.getLoopPreheader());
    for (MachineInstr *MI : C.Uses) {
      C.Cost = SaturatingAdd(C.Cost, freq(MI->getParent()));
      for (MachineLoop *X = MLI.getLoopFor(MI->getParent()); X != &L;
           X = X->getParentLoop())
        C.InnerUsed.insert(X);
    }
    for (MachineBasicBlock *MBB : L.blocks()) {
      C.Relieved.push_back(MTS::entryOf(MBB->getNumber()));
      C.Relieved.push_back(MTS::exitOf(MBB->getNumber()));
    }
    C.Relieved.push_back(MTS::exitOf(L.getLoopPreheader()->getNumber()));
    for (MachineBasicBlock *E : Exits) {
      C.Relieved.push_back(MTS::entryOf(E->getNumber()));
      C.Cost = SaturatingAdd(C.Cost, freq(E));
    }
    // A frame costs a push per entry and a read per exit and per use; a RAM
    // home a store per definition and a load per use. Where the home is
    // cheaper the value is left to it.
    if (C.weightedCost(Options.Weights) / Options.Weights.RAMAccess >
        MemCost(V))
      continue;
    Candidates.push_back(std::move(C));
  }
}

// A value that would still go to a RAM home after the frames (the RAM-home
// ranking on what is left, as circ-ts does next) gains nothing from a frame,
// which would only cost pushes and reloads on top of the RAM traffic: it is
// banned and the choice made again.
bool LoopSpiller::choose(const MTS &States, unsigned Capacity) {
  const std::vector<DenseSet<Register>> LiveBefore = Live;
  DenseSet<Register> Banned;
  for (;;) {
    Live = LiveBefore;
    for (Candidate &C : Candidates)
      C.Chosen = false;
    if (!chooseFrames(States, Capacity, Banned))
      return false;
    bool Again = false;
    for (Register V : leftForRAM(States, Capacity))
      for (Candidate &C : Candidates)
        if (C.Chosen && C.V == V && Banned.insert(V).second)
          Again = true;
    if (!Again)
      return true;
  }
}

bool LoopSpiller::chooseFrames(const MTS &States, unsigned Capacity,
                               const DenseSet<Register> &Banned) {
  bool Any = false;
  circ::rankSpills<Candidate *>(
      Options.Rank, [&] { return nextRound(States, Capacity, Banned); },
      [&](Candidate *C) { return C->weightedCost(Options.Weights); },
      [](Candidate *A, Candidate *B) { return A->Cost < B->Cost; },
      [&](Candidate *Best) {
        take(*Best);
        Any = true;
      });
  return Any;
}

// The candidates that may still be chosen and the over-width states each
// relieves; std::nullopt once every state fits.
std::optional<std::vector<std::pair<LoopSpiller::Candidate *, unsigned>>>
LoopSpiller::nextRound(const MTS &States, unsigned Capacity,
                       const DenseSet<Register> &Banned) {
  DenseSet<unsigned> Over;
  for (unsigned S = 0; S < States.numStates(); ++S)
    for (unsigned Id : States.boundariesOf(S))
      if (Live[Id].size() > Capacity) {
        Over.insert(S);
        break;
      }
  if (Over.empty())
    return std::nullopt;
  // Loops that must stay without a frame, and loops with one.
  SmallPtrSet<MachineLoop *, 8> Frameless, Framed;
  for (Candidate &C : Candidates)
    if (C.Chosen) {
      Frameless.insert(C.InnerUsed.begin(), C.InnerUsed.end());
      Framed.insert(C.L);
    }
  std::vector<std::pair<Candidate *, unsigned>> Round;
  for (Candidate &C : Candidates) {
    if (C.Chosen || Banned.count(C.V) || Frameless.count(C.L) ||
        any_of(C.InnerUsed, [&](MachineLoop *X) { return Framed.count(X); }))
      continue;
    DenseSet<unsigned> Relieves;
    for (unsigned Id : C.Relieved)
      if (Live[Id].count(C.V) && Over.count(States.stateOf(Id)))
        Relieves.insert(States.stateOf(Id));
    Round.push_back({&C, Relieves.size()});
  }
  return Round;
}

// The same value spilled around a loop inside Best's is now spilled around
// Best's alone: Best relieves all that one did.
void LoopSpiller::take(Candidate &Best) {
  for (Candidate &C : Candidates)
    if (C.Chosen && C.V == Best.V && C.L != Best.L && Best.L->contains(C.L))
      C.Chosen = false;
  Best.Chosen = true;
  for (unsigned Id : Best.Relieved)
    Live[Id].erase(Best.V);
}

DenseSet<Register> LoopSpiller::leftForRAM(const MTS &States,
                                           unsigned Capacity) const {
  std::vector<std::vector<Register>> Sorted(Live.size());
  StateBoundaries Left(States.numStates());
  for (unsigned Id = 0; Id < Live.size(); ++Id) {
    if (Live[Id].empty())
      continue;
    Sorted[Id].assign(Live[Id].begin(), Live[Id].end());
    llvm::sort(Sorted[Id]);
    Left[States.stateOf(Id)].push_back(Sorted[Id]);
  }
  MemoryCosts Cost(MF.getRegInfo(), MBFI);
  return chooseRAMHomes(Left, Capacity, weightedRAMCost(Cost, Options.Weights),
                        Options.Rank);
}

// Loops innermost first, so that an exit block shared by nested loops closes
// the inner frame before the outer one.
void LoopSpiller::place(const MTS &States) {
  LoopFrames ByLoop;
  for (Candidate &C : Candidates)
    if (C.Chosen)
      ByLoop[C.L].push_back(&C);
  std::vector<MachineLoop *> Loops;
  for (auto &[L, Cs] : ByLoop)
    Loops.push_back(L);
  llvm::sort(Loops, [](MachineLoop *A, MachineLoop *B) {
    if (A->getLoopDepth() != B->getLoopDepth())
      return A->getLoopDepth() > B->getLoopDepth();
    return A->getHeader()->getNumber() < B->getHeader()->getNumber();
  });
  // Reads first: one placed before a preheader's branch then comes before the
  // frame the preheader opens for an inner loop. Closes before frames: a
  // block that is both a loop's exit and another loop's preheader closes the
  // one before it opens the other.
  placeReads(ByLoop, Loops);
  placeCloses(States, ByLoop, Loops);
  placeOpens(ByLoop, Loops);
}

void LoopSpiller::placeReads(const LoopFrames &ByLoop,
                             ArrayRef<MachineLoop *> Loops) {
  const CircInstrInfo &TII = *MF.getSubtarget<CircSubtarget>().getInstrInfo();
  MachineRegisterInfo &MRI = MF.getRegInfo();
  for (MachineLoop *L : Loops) {
    const auto &Frame = ByLoop.at(L);
    for (unsigned I = 0; I < Frame.size(); ++I)
      for (MachineInstr *MI : Frame[I]->Uses) {
        Register V = Frame[I]->V;
        Register T = MRI.createVirtualRegister(MRI.getRegClass(V));
        Inserted.push_back(BuildMI(*MI->getParent(), MI->getIterator(),
                                   MI->getDebugLoc(), TII.get(Circ::LDF), T)
                               .addImm(I + 1));
        for (MachineOperand &MO : MI->operands())
          if (MO.isReg() && MO.getReg() == V)
            MO.setReg(T);
        Reads.push_back(T);
      }
  }
}

void LoopSpiller::placeCloses(const MTS &States, const LoopFrames &ByLoop,
                              ArrayRef<MachineLoop *> Loops) {
  const CircInstrInfo &TII = *MF.getSubtarget<CircSubtarget>().getInstrInfo();
  DenseMap<MachineBasicBlock *, MachineBasicBlock::iterator> CloseAt;
  for (MachineLoop *L : Loops) {
    SmallVector<MachineBasicBlock *, 4> Exits;
    L->getUniqueExitBlocks(Exits);
    const auto &Frame = ByLoop.at(L);
    for (MachineBasicBlock *E : Exits) {
      // Inserting before the block's first original instruction (fixed once
      // per block) puts each loop's close after those of the loops nested in
      // it.
      MachineBasicBlock::iterator At =
          CloseAt.try_emplace(E, E->begin()).first->second;
      for (unsigned I = 0; I < Frame.size(); ++I) {
        Register V = Frame[I]->V;
        if (!is_contained(States.liveIn(E->getNumber()), V))
          continue; // Dead on this way out.
        Inserted.push_back(
            BuildMI(*E, At, DebugLoc(), TII.get(Circ::LDF), V).addImm(I + 1));
      }
      Inserted.push_back(BuildMI(*E, At, DebugLoc(), TII.get(Circ::POPF)));
    }
  }
}

void LoopSpiller::placeOpens(const LoopFrames &ByLoop,
                             ArrayRef<MachineLoop *> Loops) {
  const CircInstrInfo &TII = *MF.getSubtarget<CircSubtarget>().getInstrInfo();
  for (MachineLoop *L : Loops) {
    MachineBasicBlock *Pre = L->getLoopPreheader();
    MachineBasicBlock::iterator Open = Pre->getFirstTerminator();
    Inserted.push_back(BuildMI(*Pre, Open, DebugLoc(), TII.get(Circ::FRAME)));
    for (Candidate *C : ByLoop.at(L)) {
      Inserted.push_back(
          BuildMI(*Pre, Open, DebugLoc(), TII.get(Circ::PUSH)).addReg(C->V));
      Spilled.insert(C->V);
    }
  }
}

void LoopSpiller::updateIntervals() {
  for (MachineInstr *MI : Inserted)
    LIS.InsertMachineInstrInMaps(*MI);
  for (Register V : Spilled) {
    LIS.removeInterval(V);
    LIS.createAndComputeVirtRegInterval(V);
  }
  for (Register T : Reads)
    LIS.createAndComputeVirtRegInterval(T);
}
