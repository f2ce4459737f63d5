//===- RankByStatesRelieved.h - the greedy choice of spills -----*- C++ -*-===//
//
// Ranking by states relieved: while some transition state needs more slots
// than the io width gives, spill the candidate that takes a value out of the
// most over-width states, and repeat. Ranking by cost per state relieved
// (-circ-spill-rank=cost) spills instead the candidate whose predicted cost
// divided by the over-width states it relieves is least: the greedy rule for
// covering every over-width state at least cost. The dialect's -circ-spill and
// the machine-code allocators (RAM homes in circ-ts, frames around loops) all
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
/// How a round's winner is chosen.
enum class SpillRanking {
  StatesRelieved, ///< most over-width states relieved
  CostPerState    ///< least cost per over-width state relieved
};

/// Runs the ranking. Each round, \p NextRound returns std::nullopt when no
/// state is over width any more, or the eligible candidates with the number
/// of over-width states each relieves. The winner under \p Rank (costs from
/// \p Cost) is passed to \p Choose; among equals the earliest wins unless
/// \p Before(A, B) says that A goes before B. Candidates relieving nothing
/// are never chosen. Returns true when every state fits, false when states
/// are left over width and no candidate relieves them.
template <typename Candidate, typename RoundFn, typename CostFn,
          typename BeforeFn, typename ChooseFn>
bool rankSpills(SpillRanking Rank, RoundFn NextRound, CostFn Cost,
                BeforeFn Before, ChooseFn Choose) {
  // A beats B: more states, or (by cost) less cost per state; cross
  // products in long double so that saturated costs still compare.
  auto Beats = [&](const std::pair<Candidate, unsigned> &A,
                   const std::pair<Candidate, unsigned> &B) {
    if (Rank == SpillRanking::CostPerState) {
      long double CA = (long double)Cost(A.first) * B.second,
                  CB = (long double)Cost(B.first) * A.second;
      if (CA != CB)
        return CA < CB;
    } else if (A.second != B.second) {
      return A.second > B.second;
    }
    return Before(A.first, B.first);
  };
  for (;;) {
    std::optional<RankedCandidates<Candidate>> Round = NextRound();
    if (!Round)
      return true;
    const std::pair<Candidate, unsigned> *Best = nullptr;
    for (const auto &Entry : *Round)
      if (Entry.second != 0 && (!Best || Beats(Entry, *Best)))
        Best = &Entry;
    if (!Best)
      return false;
    Choose(Best->first);
  }
}

/// Ranking by states relieved alone.
template <typename Candidate, typename RoundFn, typename BeforeFn,
          typename ChooseFn>
bool rankByStatesRelieved(RoundFn NextRound, BeforeFn Before, ChooseFn Choose) {
  return rankSpills<Candidate>(
      SpillRanking::StatesRelieved, NextRound,
      [](const Candidate &) { return 0; }, Before, Choose);
}

} // namespace circ

#endif // CIRC_SUPPORT_RANKBYSTATESRELIEVED_H
