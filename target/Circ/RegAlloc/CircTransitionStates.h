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
#include "llvm/ADT/SmallVector.h"
#include "llvm/CodeGen/Register.h"

#include <vector>

namespace llvm {
class LiveIntervals;
class MachineFunction;

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
  /// The largest live set of any state.
  unsigned largestState() const;

private:
  std::vector<unsigned> EntryState, ExitState;
  std::vector<SmallVector<Register, 8>> LiveIn, LiveOut, Live;
  std::vector<SmallVector<ArrayRef<Register>, 4>> Boundaries;
};

} // namespace llvm

#endif
