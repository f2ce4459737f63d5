//===- RankByStatesRelieved.h - the greedy choice of spills -----*- C++ -*-===//
//
// Ranking by states relieved: while some transition state needs more slots
// than the io width gives, spill the candidate that takes a value out of the
// most over-width states, and repeat. The dialect's -circ-spill and the
// machine-code allocators (RAM homes in circ-ts, frames around loops) all
// choose this way; only what a candidate is, what a state is and what
// choosing does differ, so they come in as functions. The rule comes from the
// design note on stack-coherent spilling (docs/regalloc.md, "Where the rules
// come from").
//
//===----------------------------------------------------------------------===//

#ifndef CIRC_SUPPORT_RANKBYSTATESRELIEVED_H
#define CIRC_SUPPORT_RANKBYSTATESRELIEVED_H

#include <optional>
#include <utility>
#include <vector>

namespace circ {

/// A candidate and the number of over-width states it relieves now.
template <typename Candidate>
using RankedCandidates = std::vector<std::pair<Candidate, unsigned>>;

/// Runs the ranking. Each round, \p NextRound returns std::nullopt when no
/// state is over width any more, or the eligible candidates with the number
/// of over-width states each relieves. The one relieving the most is passed
/// to \p Choose; among equals the earliest wins unless \p Before(A, B) says
/// that A goes before B. Candidates relieving nothing are never chosen.
/// Returns true when every state fits, false when states are left over width
/// and no candidate relieves them.
template <typename Candidate, typename RoundFn, typename BeforeFn,
          typename ChooseFn>
bool rankByStatesRelieved(RoundFn NextRound, BeforeFn Before, ChooseFn Choose) {
  for (;;) {
    std::optional<RankedCandidates<Candidate>> Round = NextRound();
    if (!Round)
      return true;
    const std::pair<Candidate, unsigned> *Best = nullptr;
    for (const auto &Entry : *Round) {
      if (Entry.second == 0)
        continue;
      if (!Best || Entry.second > Best->second ||
          (Entry.second == Best->second && Before(Entry.first, Best->first)))
        Best = &Entry;
    }
    if (!Best)
      return false;
    Choose(Best->first);
  }
}

} // namespace circ

#endif // CIRC_SUPPORT_RANKBYSTATESRELIEVED_H
