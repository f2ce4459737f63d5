//===- CircTransitionStates.cpp - transition states of a function ---------===//

#include "RegAlloc/CircTransitionStates.h"
#include "llvm/ADT/EquivalenceClasses.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineBlockFrequencyInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/SlotIndexes.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>

using namespace llvm;

CircTransitionStates::CircTransitionStates(const MachineFunction &MF,
                                           const LiveIntervals &LIS) {
  unsigned N = MF.getNumBlockIDs();
  LiveIn.assign(N, {});
  LiveOut.assign(N, {});

  // Live-in and live-out sets from each interval's segments: walk the blocks
  // (in layout order, which is slot index order) that each segment spans.
  const SlotIndexes &Indexes = *LIS.getSlotIndexes();
  const MachineRegisterInfo &MRI = MF.getRegInfo();
  for (unsigned I = 0, E = MRI.getNumVirtRegs(); I != E; ++I) {
    Register V = Register::index2VirtReg(I);
    if (MRI.reg_nodbg_empty(V) || !LIS.hasInterval(V))
      continue;
    SmallVector<unsigned, 8> In, Out;
    for (const LiveRange::Segment &S : LIS.getInterval(V).segments) {
      const MachineBasicBlock *MBB = Indexes.getMBBFromIndex(S.start);
      for (auto It = MBB->getIterator(); It != MF.end(); ++It) {
        SlotIndex Start = Indexes.getMBBStartIdx(&*It);
        SlotIndex End = Indexes.getMBBEndIdx(&*It);
        if (Start >= S.end)
          break;
        if (S.contains(Start))
          In.push_back(It->getNumber());
        if (S.contains(End.getPrevSlot()))
          Out.push_back(It->getNumber());
      }
    }
    for (unsigned B : In)
      if (LiveIn[B].empty() || LiveIn[B].back() != V)
        LiveIn[B].push_back(V);
    for (unsigned B : Out)
      if (LiveOut[B].empty() || LiveOut[B].back() != V)
        LiveOut[B].push_back(V);
  }

  // Entries are 2*B, exits 2*B+1; an edge joins an exit to an entry.
  EquivalenceClasses<unsigned> Classes;
  for (unsigned B = 0; B < N; ++B) {
    Classes.insert(2 * B);
    Classes.insert(2 * B + 1);
  }
  for (const MachineBasicBlock &MBB : MF)
    for (const MachineBasicBlock *Succ : MBB.successors())
      Classes.unionSets(2 * MBB.getNumber() + 1, 2 * Succ->getNumber());

  DenseMap<unsigned, unsigned> StateOfLeader;
  auto StateOf = [&](unsigned Node) {
    unsigned Leader = Classes.getLeaderValue(Node);
    auto [It, New] = StateOfLeader.try_emplace(Leader, StateOfLeader.size());
    if (New)
      Live.emplace_back();
    return It->second;
  };
  EntryState.assign(N, 0);
  ExitState.assign(N, 0);
  for (unsigned B = 0; B < N; ++B) {
    EntryState[B] = StateOf(2 * B);
    ExitState[B] = StateOf(2 * B + 1);
  }
  Boundaries.assign(Live.size(), {});
  for (const MachineBasicBlock &MBB : MF) {
    unsigned B = MBB.getNumber();
    auto &In = Live[EntryState[B]];
    In.append(LiveIn[B].begin(), LiveIn[B].end());
    if (!LiveIn[B].empty())
      Boundaries[EntryState[B]].push_back(LiveIn[B]);
    if (!MBB.succ_empty()) {
      auto &Out = Live[ExitState[B]];
      Out.append(LiveOut[B].begin(), LiveOut[B].end());
      if (!LiveOut[B].empty())
        Boundaries[ExitState[B]].push_back(LiveOut[B]);
    }
  }
  for (auto &L : Live) {
    llvm::sort(L);
    L.erase(std::unique(L.begin(), L.end()), L.end());
  }
}

unsigned CircTransitionStates::largestState() const {
  unsigned Max = 0;
  for (const auto &Bs : Boundaries)
    for (ArrayRef<Register> B : Bs)
      Max = std::max<unsigned>(Max, B.size());
  return Max;
}

DenseSet<Register> llvm::rankSpills(const StateBoundaries &States,
                                    unsigned Capacity,
                                    function_ref<uint64_t(Register)> Cost) {
  DenseSet<Register> Chosen;
  auto Fits = [&](ArrayRef<ArrayRef<Register>> Bounds) {
    for (ArrayRef<Register> B : Bounds)
      if (count_if(B, [&](Register V) { return !Chosen.count(V); }) >
          (long)Capacity)
        return false;
    return true;
  };
  for (;;) {
    DenseMap<Register, unsigned> OverWidthCount;
    for (const auto &Bounds : States) {
      if (Fits(Bounds))
        continue;
      DenseSet<Register> InState;
      for (ArrayRef<Register> B : Bounds)
        for (Register V : B)
          if (!Chosen.count(V) && InState.insert(V).second)
            ++OverWidthCount[V];
    }
    if (OverWidthCount.empty())
      return Chosen;
    Register Best;
    unsigned BestCount = 0;
    uint64_t BestCost = 0;
    for (auto &[V, Count] : OverWidthCount) {
      if (Count < BestCount)
        continue;
      uint64_t C = Cost(V);
      if (Count > BestCount || C < BestCost || (C == BestCost && V < Best)) {
        Best = V;
        BestCount = Count;
        BestCost = C;
      }
    }
    Chosen.insert(Best);
  }
}

uint64_t MemoryCosts::operator()(Register V) {
  auto It = Known.find(V);
  if (It != Known.end())
    return It->second;
  uint64_t Cost = 0;
  for (const MachineOperand &MO : MRI.reg_nodbg_operands(V))
    Cost = SaturatingAdd(
        Cost, MBFI.getBlockFreq(MO.getParent()->getParent()).getFrequency());
  return Known[V] = Cost;
}
