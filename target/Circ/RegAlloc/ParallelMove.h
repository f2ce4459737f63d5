//===- ParallelMove.h - a parallel move as a sequence of moves --*- C++ -*-===//
//
// At a block's end every value that leaves in a register moves to the
// register the exit state names, all at once: a parallel move. Run one move
// at a time, a move may go only when no other move still reads its
// destination; what is left then is cycles, each broken by copying one
// source to a free register first, or, when every register is taken (a
// state as wide as the machine), by exchanging two registers. Pure, so that
// it can be tested alone (test/unittests/); CircBlockAllocator emits the
// result.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_PARALLELMOVE_H
#define CIRC_REGALLOC_PARALLELMOVE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/MC/MCRegister.h"

#include <utility>

namespace llvm {

/// A move: source, destination.
using RegMove = std::pair<MCRegister, MCRegister>;

/// One step of a sequenced parallel move: a copy of From into To, or an
/// exchange of the two registers' values.
struct MoveStep {
  MCRegister From, To;
  bool Exchange = false;
};

/// The steps, in an order that runs \p Moves (distinct destinations) as if
/// at once. \p PickScratch, given the moves still to do, returns a register
/// that none of them reads or writes and that is free, to break a cycle
/// through; where it returns none, the cycle is broken by an exchange.
SmallVector<MoveStep, 16>
sequenceParallelMove(SmallVector<RegMove, 16> Moves,
                     function_ref<MCRegister(ArrayRef<RegMove>)> PickScratch);

} // namespace llvm

#endif
