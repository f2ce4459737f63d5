//===- KnownTripCounts.h - loop trip counts as branch weights ---*- C++ -*-===//
#ifndef CIRC_TOOLS_CIRCLLC_KNOWNTRIPCOUNTS_H
#define CIRC_TOOLS_CIRCLLC_KNOWNTRIPCOUNTS_H

namespace llvm {
class Module;
}

namespace circ {
/// Gives the latch branch of every loop whose trip count scalar evolution
/// knows exactly branch weights saying so (unless it has weights already).
/// Returns the number of loops weighed.
unsigned weighKnownTripCounts(llvm::Module &M);
} // namespace circ

#endif
