//===- MachineTransitionStates.h - states of a function ---------*- C++ -*-===//
//
// Transition states on machine code, the one model circ's allocators share.
// Every block has two boundaries, its entry and its exit, numbered
// entryOf(B) = 2B and exitOf(B) = 2B+1; each edge B -> S joins B's exit to
// S's entry. A transition state is a connected component: all edges into a
// block share one value-to-register map, and so do all exits into a shared
// successor. A boundary's live set is the values live into the block (entry)
// or out of it (exit); a state's, the union over its boundaries. Two values
// need different registers in a state only if some boundary holds both.
//
// Calls are transitions too, but inside a block; CircBlockAllocator handles
// them (callee-saved registers or write-once frames).
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_MACHINETRANSITIONSTATES_H
#define CIRC_REGALLOC_MACHINETRANSITIONSTATES_H

#include "circ/Support/BoundaryClasses.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/CodeGen/Register.h"

#include <vector>

namespace llvm {
class LiveIntervals;
class MachineFunction;

/// The boundaries of each state, as lists of live values: what the spill
/// choices rank.
using StateBoundaries = std::vector<SmallVector<ArrayRef<Register>, 4>>;

class MachineTransitionStates {
public:
  /// The states of \p MF's control-flow graph, with live sets from \p LIS.
  MachineTransitionStates(const MachineFunction &MF, const LiveIntervals &LIS);
  // Boundaries holds ArrayRefs into LiveAt: a copy would point into the
  // original.
  MachineTransitionStates(const MachineTransitionStates &) = delete;
  MachineTransitionStates &operator=(const MachineTransitionStates &) = delete;

  static unsigned entryOf(unsigned Block) {
    return circ::BoundaryClasses::entryOf(Block);
  }
  static unsigned exitOf(unsigned Block) {
    return circ::BoundaryClasses::exitOf(Block);
  }
  static unsigned blockOf(unsigned Boundary) {
    return circ::BoundaryClasses::blockOf(Boundary);
  }
  unsigned numBoundaries() const { return StateOfBoundary.size(); }
  unsigned numStates() const { return Live.size(); }

  /// The state boundary \p Id belongs to.
  unsigned stateOf(unsigned Id) const { return StateOfBoundary[Id]; }
  unsigned entryState(unsigned Block) const { return stateOf(entryOf(Block)); }
  /// Meaningless for a block without successors.
  unsigned exitState(unsigned Block) const { return stateOf(exitOf(Block)); }

  /// Values live at boundary \p Id, in increasing register number (empty for
  /// the exit of a block without successors: it leaves through a return).
  ArrayRef<Register> liveAt(unsigned Id) const { return LiveAt[Id]; }
  ArrayRef<Register> liveIn(unsigned Block) const {
    return liveAt(entryOf(Block));
  }
  /// Values live out of \p Block (also for a block without successors).
  ArrayRef<Register> liveOut(unsigned Block) const { return LiveOut[Block]; }
  /// Values live in a state, in increasing register number.
  ArrayRef<Register> live(unsigned State) const { return Live[State]; }
  /// The state's boundaries with a non-empty live set, in increasing id.
  ArrayRef<unsigned> boundariesOf(unsigned State) const {
    return BoundaryIds[State];
  }
  /// Their live sets.
  ArrayRef<ArrayRef<Register>> boundaries(unsigned State) const {
    return Boundaries[State];
  }
  const StateBoundaries &allBoundaries() const { return Boundaries; }
  /// The largest live set of any boundary.
  unsigned largestState() const;

private:
  void computeLiveSets(const MachineFunction &MF, const LiveIntervals &LIS);
  void computeStates(const MachineFunction &MF);

  std::vector<unsigned> StateOfBoundary;
  std::vector<SmallVector<Register, 8>> LiveAt, LiveOut, Live;
  std::vector<SmallVector<unsigned, 4>> BoundaryIds;
  StateBoundaries Boundaries;
};

} // namespace llvm

#endif
