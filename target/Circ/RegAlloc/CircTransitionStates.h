//===- CircTransitionStates.h - transition states of a function -*- C++ -*-===//
//
// Seed 002's transition states on machine code. Every block has an entry and
// an exit; each edge B -> S joins B's exit to S's entry. A transition state is
// a connected component: all edges into a block share one value-to-register
// map, and so do all exits into a shared successor. A state's live set is the
// union of the values live out of its exits and into its entries.
//
// Calls are transitions too, but inside a block; CircBlockAllocator handles
// them (callee-saved registers or write-once frames).
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_CIRCTRANSITIONSTATES_H
#define CIRC_REGALLOC_CIRCTRANSITIONSTATES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/CodeGen/Register.h"

#include <vector>

namespace llvm {
class LiveIntervals;
class MachineBlockFrequencyInfo;
class MachineFunction;
class MachineRegisterInfo;

class CircTransitionStates {
public:
  CircTransitionStates(const MachineFunction &MF, const LiveIntervals &LIS);

  unsigned numStates() const { return Live.size(); }
  /// The state of the edges into block \p Num.
  unsigned entryState(unsigned Num) const { return EntryState[Num]; }
  /// The state of the edges out of block \p Num (meaningless without
  /// successors).
  unsigned exitState(unsigned Num) const { return ExitState[Num]; }
  /// Values live in a state, in increasing register number.
  ArrayRef<Register> live(unsigned State) const { return Live[State]; }
  /// Values live into / out of block \p Num.
  ArrayRef<Register> liveIn(unsigned Num) const { return LiveIn[Num]; }
  ArrayRef<Register> liveOut(unsigned Num) const { return LiveOut[Num]; }
  /// The live sets of the state's boundaries (block entries and exits): two
  /// values need different registers in the state only if some boundary
  /// holds both.
  ArrayRef<ArrayRef<Register>> boundaries(unsigned State) const {
    return Boundaries[State];
  }
  const std::vector<SmallVector<ArrayRef<Register>, 4>> &allBoundaries() const {
    return Boundaries;
  }
  /// The largest live set of any state.
  unsigned largestState() const;

private:
  std::vector<unsigned> EntryState, ExitState;
  std::vector<SmallVector<Register, 8>> LiveIn, LiveOut, Live;
  std::vector<SmallVector<ArrayRef<Register>, 4>> Boundaries;
};

/// The boundaries of each state (live sets), as the spill choices see them.
using StateBoundaries = std::vector<SmallVector<ArrayRef<Register>, 4>>;

/// Seed 002's ranking: while some state has a boundary with more than
/// \p Capacity values not yet chosen, choose the value that appears in the
/// most such states. Returns the chosen values. Ties go to the value that is
/// cheapest to keep in memory (\p Cost), then to the lowest register number,
/// so the choice is deterministic.
DenseSet<Register> rankSpills(const StateBoundaries &States, unsigned Capacity,
                              function_ref<uint64_t(Register)> Cost);

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

} // namespace llvm

#endif
