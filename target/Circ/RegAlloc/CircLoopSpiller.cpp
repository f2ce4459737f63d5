//===- CircLoopSpiller.cpp - stack-coherent spills around loops -----------===//

#include "RegAlloc/CircLoopSpiller.h"
#include "Circ.h"
#include "CircInstrInfo.h"
#include "CircMachineFunctionInfo.h"
#include "CircSubtarget.h"
#include "RegAlloc/CircTransitionStates.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineBlockFrequencyInfo.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineLoopInfo.h"
#include "llvm/Support/MathExtras.h"

#include <map>
#include <vector>

using namespace llvm;

namespace {
/// A boundary: block entry (2*B) or exit (2*B+1).
using BoundaryId = unsigned;

struct Candidate {
  Register V;
  MachineLoop *L;
  /// The boundaries where V stops occupying a register once spilled.
  std::vector<BoundaryId> Relieved;
  /// Instructions in L that read V: each reads it from L's frame instead.
  SmallVector<MachineInstr *, 4> Uses;
  /// Loops inside L around those reads: they must not open frames of their
  /// own, or the reads would find the wrong innermost frame.
  SmallPtrSet<MachineLoop *, 4> InnerUsed;
  /// How often the spill runs: entries into L, plus the reads.
  uint64_t Cost = 0;
  bool Chosen = false;
};
} // namespace

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

bool llvm::spillAroundLoops(MachineFunction &MF, LiveIntervals &LIS,
                            MachineLoopInfo &MLI,
                            const MachineBlockFrequencyInfo &MBFI,
                            unsigned Capacity) {
  CircTransitionStates States(MF, LIS);
  if (States.largestState() <= Capacity)
    return false;

  // The live set of each boundary, and the state it belongs to.
  unsigned N = MF.getNumBlockIDs();
  std::vector<DenseSet<Register>> Live(2 * N);
  std::vector<unsigned> StateOf(2 * N);
  for (const MachineBasicBlock &MBB : MF) {
    unsigned B = MBB.getNumber();
    Live[2 * B].insert(States.liveIn(B).begin(), States.liveIn(B).end());
    StateOf[2 * B] = States.entryState(B);
    if (!MBB.succ_empty()) {
      Live[2 * B + 1].insert(States.liveOut(B).begin(),
                             States.liveOut(B).end());
      StateOf[2 * B + 1] = States.exitState(B);
    }
  }
  std::vector<std::vector<BoundaryId>> BoundariesOf(States.numStates());
  for (BoundaryId Id = 0; Id < 2 * N; ++Id)
    if (!Live[Id].empty())
      BoundariesOf[StateOf[Id]].push_back(Id);

  // Candidates: values live into a loop's header and not defined in it. One
  // that the loop reads is read from the frame there (`ldf`), just before
  // each instruction that needs it.
  std::vector<Candidate> Candidates;
  MemoryCosts MemCost(MF.getRegInfo(), MBFI);
  auto Freq = [&](const MachineBasicBlock *MBB) {
    return MBFI.getBlockFreq(MBB).getFrequency();
  };
  for (MachineLoop *L : MLI.getLoopsInPreorder()) {
    if (!isSpillableLoop(*L))
      continue;
    DenseSet<Register> Defined;
    DenseMap<Register, SmallVector<MachineInstr *, 4>> ReadBy;
    for (MachineBasicBlock *MBB : L->blocks())
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
    L->getUniqueExitBlocks(Exits);
    for (Register V : States.liveIn(L->getHeader()->getNumber())) {
      if (Defined.count(V))
        continue;
      Candidate C{V, L, {}, ReadBy.lookup(V), {}};
      C.Cost = Freq(L->getLoopPreheader());
      for (MachineInstr *MI : C.Uses) {
        C.Cost = SaturatingAdd(C.Cost, Freq(MI->getParent()));
        for (MachineLoop *X = MLI.getLoopFor(MI->getParent()); X != L;
             X = X->getParentLoop())
          C.InnerUsed.insert(X);
      }
      for (MachineBasicBlock *MBB : L->blocks()) {
        C.Relieved.push_back(2 * MBB->getNumber());
        C.Relieved.push_back(2 * MBB->getNumber() + 1);
      }
      C.Relieved.push_back(2 * L->getLoopPreheader()->getNumber() + 1);
      for (MachineBasicBlock *E : Exits) {
        C.Relieved.push_back(2 * E->getNumber());
        C.Cost = SaturatingAdd(C.Cost, Freq(E));
      }
      // A frame costs a push per entry and a read per exit and per use
      // (2 each); a RAM home a store per definition and a load per use (4
      // each). Where the home is cheaper the value is left to it.
      if (C.Cost / 2 > MemCost(V))
        continue;
      Candidates.push_back(std::move(C));
    }
  }

  auto Size = [&](unsigned S) {
    size_t Max = 0;
    for (BoundaryId Id : BoundariesOf[S])
      Max = std::max(Max, (size_t)Live[Id].size());
    return Max;
  };

  // Seed 002's ranking, one candidate at a time. A value that would still
  // go to a RAM home afterwards (rankSpills on what is left, as circ-ts does
  // next) gains nothing from a frame, which would only cost pushes and
  // reloads on top of the RAM traffic: it is banned and the choice made
  // again.
  const std::vector<DenseSet<Register>> LiveBefore = Live;
  DenseSet<Register> Banned;
  bool Any = false;
  for (;;) {
    Live = LiveBefore;
    Any = false;
    for (Candidate &C : Candidates)
      C.Chosen = false;
    for (;;) {
      DenseSet<unsigned> Over;
      for (unsigned S = 0; S < States.numStates(); ++S)
        if (Size(S) > Capacity)
          Over.insert(S);
      if (Over.empty())
        break;
      // Loops that must stay without a frame, and loops with one.
      SmallPtrSet<MachineLoop *, 8> Frameless, Framed;
      for (Candidate &C : Candidates)
        if (C.Chosen) {
          Frameless.insert(C.InnerUsed.begin(), C.InnerUsed.end());
          Framed.insert(C.L);
        }
      Candidate *Best = nullptr;
      unsigned BestCount = 0;
      for (Candidate &C : Candidates) {
        if (C.Chosen || Banned.count(C.V) || Frameless.count(C.L) ||
            any_of(C.InnerUsed,
                   [&](MachineLoop *X) { return Framed.count(X); }))
          continue;
        DenseSet<unsigned> Relieves;
        for (BoundaryId Id : C.Relieved)
          if (Live[Id].count(C.V) && Over.count(StateOf[Id]))
            Relieves.insert(StateOf[Id]);
        if (Relieves.size() > BestCount ||
            (Relieves.size() == BestCount && Best && C.Cost < Best->Cost)) {
          Best = &C;
          BestCount = Relieves.size();
        }
      }
      if (!Best)
        break; // What is left goes to RAM homes.
      // The same value spilled around a loop inside Best's is now spilled
      // around Best's alone: Best relieves all that one did.
      for (Candidate &C : Candidates)
        if (C.Chosen && C.V == Best->V && C.L != Best->L &&
            Best->L->contains(C.L))
          C.Chosen = false;
      Best->Chosen = true;
      Any = true;
      for (BoundaryId Id : Best->Relieved)
        Live[Id].erase(Best->V);
    }
    if (!Any)
      break;
    std::vector<std::vector<Register>> Sorted(2 * N);
    StateBoundaries Left(States.numStates());
    for (BoundaryId Id = 0; Id < 2 * N; ++Id) {
      if (Live[Id].empty())
        continue;
      Sorted[Id].assign(Live[Id].begin(), Live[Id].end());
      llvm::sort(Sorted[Id]);
      Left[StateOf[Id]].push_back(Sorted[Id]);
    }
    MemoryCosts Cost(MF.getRegInfo(), MBFI);
    DenseSet<Register> ToRAM = rankSpills(Left, Capacity, Cost);
    bool Again = false;
    for (Candidate &C : Candidates)
      if (C.Chosen && ToRAM.count(C.V) && Banned.insert(C.V).second)
        Again = true;
    if (!Again)
      break;
  }
  if (!Any)
    return false;

  // Place the frames: loops innermost first, so that an exit block shared by
  // nested loops closes the inner frame before the outer one.
  std::map<MachineLoop *, SmallVector<Candidate *, 8>> ByLoop;
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

  const CircInstrInfo &TII = *MF.getSubtarget<CircSubtarget>().getInstrInfo();
  auto *FuncInfo = MF.getInfo<CircMachineFunctionInfo>();
  DenseMap<MachineBasicBlock *, MachineBasicBlock::iterator> CloseAt;
  SmallVector<MachineInstr *, 32> Inserted;
  DenseSet<Register> Spilled;
  MachineRegisterInfo &MRI = MF.getRegInfo();
  SmallVector<Register, 16> Reads;
  // Reads first: one placed before a preheader's branch then comes before
  // the frame the preheader opens for an inner loop.
  for (MachineLoop *L : Loops)
    for (unsigned I = 0; I < ByLoop[L].size(); ++I) {
      Candidate &C = *ByLoop[L][I];
      for (MachineInstr *MI : C.Uses) {
        Register T = MRI.createVirtualRegister(MRI.getRegClass(C.V));
        Inserted.push_back(BuildMI(*MI->getParent(), MI->getIterator(),
                                   MI->getDebugLoc(), TII.get(Circ::LDF), T)
                               .addImm(I + 1));
        for (MachineOperand &MO : MI->operands())
          if (MO.isReg() && MO.getReg() == C.V)
            MO.setReg(T);
        Reads.push_back(T);
        ++FuncInfo->Reloads;
      }
    }
  // Closes before frames: a block that is both a loop's exit and another
  // loop's preheader closes the one before it opens the other.
  DebugLoc DL;
  for (MachineLoop *L : Loops) {
    SmallVector<MachineBasicBlock *, 4> Exits;
    L->getUniqueExitBlocks(Exits);
    for (MachineBasicBlock *E : Exits) {
      // Inserting before the block's first original instruction (fixed once
      // per block) puts each loop's close after those of the loops nested in
      // it.
      MachineBasicBlock::iterator At =
          CloseAt.try_emplace(E, E->begin()).first->second;
      for (unsigned I = 0; I < ByLoop[L].size(); ++I) {
        Register V = ByLoop[L][I]->V;
        if (!is_contained(States.liveIn(E->getNumber()), V))
          continue; // Dead on this way out.
        Inserted.push_back(
            BuildMI(*E, At, DL, TII.get(Circ::LDF), V).addImm(I + 1));
        ++FuncInfo->Reloads;
      }
      Inserted.push_back(BuildMI(*E, At, DL, TII.get(Circ::POPF)));
      ++FuncInfo->Pops;
    }
  }
  for (MachineLoop *L : Loops) {
    MachineBasicBlock *Pre = L->getLoopPreheader();
    MachineBasicBlock::iterator Open = Pre->getFirstTerminator();
    Inserted.push_back(BuildMI(*Pre, Open, DL, TII.get(Circ::FRAME)));
    for (Candidate *C : ByLoop[L]) {
      Inserted.push_back(
          BuildMI(*Pre, Open, DL, TII.get(Circ::PUSH)).addReg(C->V));
      Spilled.insert(C->V);
    }
    FuncInfo->Pushes += ByLoop[L].size() + 1;
    FuncInfo->Spills += ByLoop[L].size();
  }

  for (MachineInstr *MI : Inserted)
    LIS.InsertMachineInstrInMaps(*MI);
  for (Register V : Spilled) {
    LIS.removeInterval(V);
    LIS.createAndComputeVirtRegInterval(V);
  }
  for (Register T : Reads)
    LIS.createAndComputeVirtRegInterval(T);
  return true;
}
