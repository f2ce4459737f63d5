//===- FunctionEntries.h - how often each function is entered ---*- C++ -*-===//
//
// Static block frequencies are per entry of their function; the width choice
// needs them per run, so it needs each function's entries per run, which
// the call sites give.
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_TOOLS_CIRCLLC_FUNCTIONENTRIES_H
#define CIRC_TOOLS_CIRCLLC_FUNCTIONENTRIES_H

#include "CircBlockFrequencies.h"
#include "llvm/ADT/StringMap.h"

namespace circ {

/// Recursion stops at this many entries per entry from outside when the
/// static frequencies do not stop it (quicksort calls itself twice per
/// entry): LLVM's guess for a loop of unknown trip count is about as long.
inline constexpr double RecursionEntriesGuess = 32;

/// Entries of each function per run: main once, a function no call names
/// (reached through a pointer) at least once, and each call site adds its
/// block's executions. Inside a recursive cycle the calls per entry are
/// scaled down, if they must be, so that the cycle is entered at most
/// RecursionEntriesGuess times per entry from outside.
llvm::StringMap<double> staticEntries(const ModuleFrequencies &Freq);

} // namespace circ

#endif
