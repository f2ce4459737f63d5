//===- CircLoopSpiller.h - stack-coherent spills around loops ---*- C++ -*-===//
//
// Seed 002's spilling on machine code, with loops as the locations. A value
// live through a loop and not defined in it is a spill candidate
// (value, loop): spilled, it is pushed in a fresh write-once frame at the end
// of the loop's preheader and read back, with the frame closed, at the start
// of each exit block; inside the loop, each instruction that reads it reads
// it from the frame first (`ldf` into a block-local register). So the frame
// opens once per entry into the loop and closes on every way out; loop frames
// nest like the loops (shared exits close the innermost first) and around the
// frames circ's allocators open at calls. A read must find its loop's frame
// innermost, so loops between a read and its frame's loop open no frame.
//
// While some transition state needs more registers than the io width allows,
// the candidate present in the most over-width states is spilled (seed 002's
// ranking; ties go to the cheaper spill). A candidate whose frame would cost
// more than the RAM home the value would get instead is left out, and so is
// a value that would get a RAM home anyway (the ranking of what is left, as
// circ-ts does next).
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
