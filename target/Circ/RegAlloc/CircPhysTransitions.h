//===- CircPhysTransitions.h - transitions after allocation -----*- C++ -*-===//
//
// Which general registers carry a value across a transition in allocated
// code. A transition is a block entry, a call (into the callee and back) or a
// return. One analysis serves the io-width directive, -circ-ra-report and
// every allocator, LLVM's included.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_REGALLOC_CIRCPHYSTRANSITIONS_H
#define CIRC_REGALLOC_CIRCPHYSTRANSITIONS_H

#include <cstdint>
#include <vector>

namespace llvm {
class MachineFunction;

struct PhysTransitionSummary {
  /// One more than the highest general register live at some transition: the
  /// io width the code needs.
  unsigned Width = 0;
  /// The smallest width any allocation of the same transitions could have:
  /// at each transition, the number of live values, raised where the calling
  /// convention pins registers (arguments, results, parameters) or needs
  /// callee-saved ones (values kept in registers across a call).
  unsigned LowerBound = 0;
  /// Union of the registers live at some transition (bit i = %ri).
  uint64_t Carried = 0;
};

/// The smallest io width that holds the registers \p Live at one transition
/// when the calling convention pins those in \p Fixed and the values in
/// \p Preserved (kept across a call) need callee-saved registers. Bit i is
/// %ri.
unsigned conventionWidth(uint64_t Live, uint64_t Fixed, uint64_t Preserved);

/// Summarises the transitions of \p MF, which must be register-allocated.
/// Prologue and epilogue saves and restores are not uses: they move the
/// caller's values, which the caller's own transitions already count.
PhysTransitionSummary summarizePhysTransitions(const MachineFunction &MF);

/// The general registers live into each block of \p MF (allocated), by
/// block number (bit i = %ri).
std::vector<uint64_t> physLiveIns(const MachineFunction &MF);

} // namespace llvm

#endif
