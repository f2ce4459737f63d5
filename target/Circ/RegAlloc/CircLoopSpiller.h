//===- CircLoopSpiller.h - stack-coherent spills around loops ---*- C++ -*-===//
//
// Seed 002's spilling on machine code, with loops as the locations. A value
// live through a loop but never used inside it is a spill candidate
// (value, loop): spilled, it is pushed in a fresh write-once frame at the end
// of the loop's preheader and read back, with the frame closed, at the start
// of each exit block. So the frame opens once per entry into the loop and
// closes on every way out; loop frames nest like the loops (shared exits close
// the innermost first) and around the frames circ's allocators open at calls.
// While some transition state needs more registers than the io width allows,
// the candidate present in the most over-width states is spilled (seed 002's
// ranking).
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_CIRCLOOPSPILLER_H
#define CIRC_REGALLOC_CIRCLOOPSPILLER_H

namespace llvm {
class LiveIntervals;
class MachineBlockFrequencyInfo;
class MachineFunction;
class MachineLoopInfo;

/// Spills around loops until every transition state fits in \p Capacity
/// registers or no candidate helps. Updates the code, the live intervals and
/// the allocator statistics of \p MF; returns whether it changed anything.
/// Among candidates that relieve as many states, the loop entered least
/// often (\p MBFI) wins.
bool spillAroundLoops(MachineFunction &MF, LiveIntervals &LIS,
                      MachineLoopInfo &MLI,
                      const MachineBlockFrequencyInfo &MBFI, unsigned Capacity);

} // namespace llvm

#endif
