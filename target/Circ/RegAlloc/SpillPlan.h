//===- SpillPlan.h - where values live between blocks -----------*- C++ -*-===//
//
// The spill decisions of one function, made before any block is allocated and
// then fixed: the values that live in a RAM home at block boundaries (stored
// after each definition, reloaded where used) and the values live across a
// call. CircBlockAllocator takes the plan as const, so allocating a block can
// never change where another block expects a value.
//
// Frames around loops (LoopSpiller) are planned before the plan is made: they
// rewrite the code, and the states are computed again afterwards.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_SPILLPLAN_H
#define CIRC_REGALLOC_SPILLPLAN_H

#include "RegAlloc/MachineTransitionStates.h"
#include "circ/Support/RankByStatesRelieved.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/MathExtras.h"

#include <functional>

namespace llvm {
class LiveIntervals;
class MachineBlockFrequencyInfo;
class MachineFunction;
class MachineRegisterInfo;

/// What keeping a value in memory would cost: its definitions and uses, each
/// weighted by how often its block runs. Remembered per value: make a new
/// one after the code changes.
class MemoryCosts {
public:
  MemoryCosts(const MachineRegisterInfo &MRI,
              const MachineBlockFrequencyInfo &MBFI)
      : MRI(MRI), MBFI(MBFI) {}
  uint64_t operator()(Register V);

private:
  const MachineRegisterInfo &MRI;
  const MachineBlockFrequencyInfo &MBFI;
  DenseMap<Register, uint64_t> Known;
};

/// What one access of a spill costs, by kind: the write-once stack (a
/// frame's push, its reads) and RAM (a home's stores and loads).
struct SpillWeights {
  uint64_t StackAccess = 2, RAMAccess = 4;
};

/// Keeping a value in RAM, in the prover's terms.
inline std::function<uint64_t(Register)>
weightedRAMCost(MemoryCosts &Cost, const SpillWeights &W) {
  return [&Cost, W](Register V) {
    return SaturatingMultiply(Cost(V), W.RAMAccess);
  };
}

/// How circ-ts ranks spills, and by what weights.
struct SpillRankOptions {
  circ::SpillRanking Rank = circ::SpillRanking::StatesRelieved;
  SpillWeights Weights;
};

/// The options -circ-spill-rank asks for at io width \p Width: by states
/// relieved with the old hand-set weights 2 and 4 (the rule as it was), or
/// by cost per state with what the prover cost model (cost.c) charges for
/// one stack and one RAM access with Width's slots.
SpillRankOptions spillRankOptionsFor(circ::SpillRanking Rank, unsigned Width);

/// RAM homes: while some state has a boundary with more than \p Capacity
/// values not yet chosen, choose a value found in such states, by \p Rank
/// (\p Cost: the weighted cost of keeping a value in memory). Ties go to
/// the cheaper value, then to the lowest register number, so the choice is
/// deterministic.
DenseSet<Register> chooseRAMHomes(const StateBoundaries &States,
                                  unsigned Capacity,
                                  function_ref<uint64_t(Register)> Cost,
                                  circ::SpillRanking Rank);

/// Values live across some call: a call's slot lies inside their live
/// interval (exact across blocks and loops).
DenseSet<Register> valuesLiveAcrossCalls(const MachineFunction &MF,
                                         const LiveIntervals &LIS);

class SpillPlan {
public:
  /// A plan that gives each value of \p Homes a RAM home (a spill slot, made
  /// in the order given).
  template <typename Range>
  SpillPlan(MachineFunction &MF, const LiveIntervals &LIS, const Range &Homes)
      : LiveAcrossCall(valuesLiveAcrossCalls(MF, LIS)) {
    for (Register V : Homes)
      addHome(MF, V);
  }

  bool hasHome(Register V) const { return Home.count(V); }
  /// The spill slot of \p V's RAM home; \p V must have one.
  int homeOf(Register V) const;
  const DenseSet<Register> &liveAcrossCall() const { return LiveAcrossCall; }

private:
  void addHome(MachineFunction &MF, Register V);

  DenseMap<Register, int> Home;
  DenseSet<Register> LiveAcrossCall;
};

} // namespace llvm

#endif
