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
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"

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

/// RAM homes by ranking by states relieved: while some state has a boundary
/// with more than \p Capacity values not yet chosen, choose the value found
/// in the most such states. Ties go to the value cheapest to keep in memory
/// (\p Cost), then to the lowest register number, so the choice is
/// deterministic.
DenseSet<Register> chooseRAMHomes(const StateBoundaries &States,
                                  unsigned Capacity,
                                  function_ref<uint64_t(Register)> Cost);

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
