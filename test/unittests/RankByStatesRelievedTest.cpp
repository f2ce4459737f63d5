//===- RankByStatesRelievedTest.cpp - the shared spill ranking ------------===//

#include "circ/Support/RankByStatesRelieved.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace {

// A toy problem: states are sets of values, a candidate is a value, and
// choosing it removes it from every state.
struct Toy {
  std::vector<std::set<char>> States;
  unsigned Width;
  std::string Chosen;

  std::optional<circ::RankedCandidates<char>> round() const {
    bool Over = false;
    for (const auto &S : States)
      Over |= S.size() > Width;
    if (!Over)
      return std::nullopt;
    circ::RankedCandidates<char> R;
    for (char C : std::string("abcdef")) {
      unsigned N = 0;
      for (const auto &S : States)
        N += S.size() > Width && S.count(C);
      R.push_back({C, N});
    }
    return R;
  }
  bool run(bool (*Before)(char, char)) {
    return circ::rankByStatesRelieved<char>([&] { return round(); }, Before,
                                            [&](char C) { choose(C); });
  }
  // Ranking by cost per state relieved, candidate C costing Cost[C - 'a'].
  bool runByCost(std::vector<unsigned> Cost) {
    return circ::rankSpills<char>(
        circ::SpillRanking::CostPerState, [&] { return round(); },
        [&](char C) { return Cost[C - 'a']; }, never,
        [&](char C) { choose(C); });
  }
  void choose(char C) {
    Chosen += C;
    for (auto &S : States)
      S.erase(C);
  }
  static bool never(char, char) { return false; }
};

bool never(char, char) { return false; }
bool later(char A, char B) { return A > B; }

TEST(RankByStatesRelieved, ChoosesTheValueInMostOverWidthStates) {
  Toy T{{{'a', 'b', 'c', 'd'}, {'b', 'c', 'd', 'e'}, {'b', 'f'}}, 2, ""};
  EXPECT_TRUE(T.run(never));
  // b, c and d are each in both over-width states (b's third state fits and
  // does not count): b, the earliest, goes; then c is in both states still
  // over width, while a and e are in one each.
  EXPECT_EQ(T.Chosen, "bc");
}

TEST(RankByStatesRelieved, TiesGoToTheEarliestUnlessBeforeSaysOtherwise) {
  Toy A{{{'a', 'b', 'c'}}, 2, ""};
  EXPECT_TRUE(A.run(never));
  EXPECT_EQ(A.Chosen, "a");
  Toy B{{{'a', 'b', 'c'}}, 2, ""};
  EXPECT_TRUE(B.run(later));
  EXPECT_EQ(B.Chosen, "c");
}

TEST(RankByStatesRelieved, NothingToDoWhenEveryStateFits) {
  Toy T{{{'a', 'b'}}, 2, ""};
  EXPECT_TRUE(T.run(never));
  EXPECT_EQ(T.Chosen, "");
}

TEST(RankByStatesRelieved, StopsWhenNoCandidateRelievesAState) {
  // 'z' is over width but no candidate holds it.
  Toy T{{{'x', 'y', 'z'}}, 2, ""};
  EXPECT_FALSE(T.run(never));
  EXPECT_EQ(T.Chosen, "");
}

TEST(RankByCostPerState, ChoosesTheLeastCostPerStateRelieved) {
  // b relieves both over-width states at 10 (5 per state); a and e one each
  // at 3: a first (3 per state), then e fits the second one for 3 too.
  Toy T{{{'a', 'b', 'c'}, {'b', 'c', 'e'}}, 2, ""};
  EXPECT_TRUE(T.runByCost({3, 10, 10, 10, 3, 10}));
  EXPECT_EQ(T.Chosen, "ae");
  // With b at 5 it costs 2.5 per state, less than a or e: b alone, where
  // ranking by states relieved would take b too, but for any cost.
  Toy U{{{'a', 'b', 'c'}, {'b', 'c', 'e'}}, 2, ""};
  EXPECT_TRUE(U.runByCost({5, 5, 10, 10, 3, 10}));
  EXPECT_EQ(U.Chosen, "b");
}

} // namespace
