//===- SpillPlan.cpp - where values live between blocks -------------------===//

#include "RegAlloc/SpillPlan.h"
#include "circ/Support/RankByStatesRelieved.h"
#include "llvm/CodeGen/LiveIntervals.h"
#include "llvm/CodeGen/MachineBlockFrequencyInfo.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/Support/MathExtras.h"

extern "C" {
#include "cost.h"
#include "r1cs.h"
}

using namespace llvm;

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

SpillRankOptions llvm::spillRankOptionsFor(circ::SpillRanking Rank,
                                           unsigned Width) {
  SpillRankOptions O;
  O.Rank = Rank;
  if (Rank == circ::SpillRanking::CostPerState) {
    uint64_t Slots = Width + NUM_RESERVED_SLOTS;
    O.Weights.StackAccess = stack_access_cost(Slots);
    O.Weights.RAMAccess = ram_access_cost(Slots);
  }
  return O;
}

DenseSet<Register> llvm::chooseRAMHomes(const StateBoundaries &States,
                                        unsigned Capacity,
                                        function_ref<uint64_t(Register)> Cost,
                                        circ::SpillRanking Rank) {
  DenseSet<Register> Chosen;
  auto Fits = [&](ArrayRef<ArrayRef<Register>> Bounds) {
    for (ArrayRef<Register> B : Bounds)
      if (count_if(B, [&](Register V) { return !Chosen.count(V); }) >
          (long)Capacity)
        return false;
    return true;
  };
  // A candidate is a value; it relieves each over-width state it is in.
  auto NextRound = [&]() -> std::optional<circ::RankedCandidates<Register>> {
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
      return std::nullopt;
    return circ::RankedCandidates<Register>(OverWidthCount.begin(),
                                            OverWidthCount.end());
  };
  auto Before = [&](Register A, Register B) {
    uint64_t CA = Cost(A), CB = Cost(B);
    return CA != CB ? CA < CB : A < B;
  };
  circ::rankSpills<Register>(Rank, NextRound, Cost, Before,
                             [&](Register V) { Chosen.insert(V); });
  return Chosen;
}

DenseSet<Register> llvm::valuesLiveAcrossCalls(const MachineFunction &MF,
                                               const LiveIntervals &LIS) {
  DenseSet<Register> Across;
  const MachineRegisterInfo &MRI = MF.getRegInfo();
  ArrayRef<SlotIndex> Calls = LIS.getRegMaskSlots();
  for (unsigned I = 0, E = MRI.getNumVirtRegs(); I != E; ++I) {
    Register V = Register::index2VirtReg(I);
    if (MRI.reg_nodbg_empty(V))
      continue;
    for (const LiveRange::Segment &S : LIS.getInterval(V).segments) {
      auto It = std::upper_bound(Calls.begin(), Calls.end(), S.start);
      if (It != Calls.end() && *It < S.end) {
        Across.insert(V);
        break;
      }
    }
  }
  return Across;
}

void SpillPlan::addHome(MachineFunction &MF, Register V) {
  auto [It, New] = Home.try_emplace(V, 0);
  if (New)
    It->second = MF.getFrameInfo().CreateSpillStackObject(8, Align(8));
}

int SpillPlan::homeOf(Register V) const {
  auto It = Home.find(V);
  assert(It != Home.end() && "the value has no RAM home");
  return It->second;
}
