//===- ParallelMoveTest.cpp - the exit move's sequencing ------------------===//

#include "RegAlloc/ParallelMove.h"

#include <gtest/gtest.h>

#include <map>

using namespace llvm;

namespace {

MCRegister reg(unsigned N) { return MCRegister(100 + N); }

// Runs the sequence on a register file and returns what each destination
// holds, as the parallel move would leave it.
std::map<unsigned, unsigned> run(const SmallVector<MoveStep, 16> &Seq) {
  std::map<unsigned, unsigned> File; // register -> the value it holds
  for (unsigned R = 100; R < 120; ++R)
    File[R] = R;
  for (const MoveStep &S : Seq) {
    if (S.Exchange)
      std::swap(File[S.From.id()], File[S.To.id()]);
    else
      File[S.To.id()] = File[S.From.id()];
  }
  return File;
}

MCRegister noScratch(ArrayRef<RegMove>) { return MCRegister(); }

TEST(ParallelMove, ChainsGoInAnOrderThatReadsBeforeItWrites) {
  // r1 -> r2 -> r3: r3 must be written before r2 is.
  SmallVector<RegMove, 16> Moves = {{reg(1), reg(2)}, {reg(2), reg(3)}};
  auto Seq = sequenceParallelMove(Moves, noScratch);
  auto File = run(Seq);
  EXPECT_EQ(File[reg(2).id()], reg(1).id());
  EXPECT_EQ(File[reg(3).id()], reg(2).id());
  EXPECT_EQ(Seq.size(), 2u);
}

TEST(ParallelMove, ACycleBreaksThroughTheScratchRegister) {
  // A swap, r1 <-> r2: one copy to the scratch register first.
  SmallVector<RegMove, 16> Moves = {{reg(1), reg(2)}, {reg(2), reg(1)}};
  auto Seq =
      sequenceParallelMove(Moves, [](ArrayRef<RegMove>) { return reg(9); });
  auto File = run(Seq);
  EXPECT_EQ(File[reg(1).id()], reg(2).id());
  EXPECT_EQ(File[reg(2).id()], reg(1).id());
  EXPECT_EQ(Seq.size(), 3u);
}

TEST(ParallelMove, ACycleWithoutAScratchRegisterGoesByExchanges) {
  // r1 -> r2 -> r3 -> r1 with every register taken: two exchanges.
  SmallVector<RegMove, 16> Moves = {
      {reg(1), reg(2)}, {reg(2), reg(3)}, {reg(3), reg(1)}};
  auto Seq = sequenceParallelMove(Moves, noScratch);
  auto File = run(Seq);
  EXPECT_EQ(File[reg(2).id()], reg(1).id());
  EXPECT_EQ(File[reg(3).id()], reg(2).id());
  EXPECT_EQ(File[reg(1).id()], reg(3).id());
  EXPECT_EQ(Seq.size(), 2u);
  for (const MoveStep &S : Seq)
    EXPECT_TRUE(S.Exchange);
}

TEST(ParallelMove, ASwapWithoutAScratchRegisterIsOneExchange) {
  SmallVector<RegMove, 16> Moves = {{reg(1), reg(2)}, {reg(2), reg(1)}};
  auto Seq = sequenceParallelMove(Moves, noScratch);
  ASSERT_EQ(Seq.size(), 1u);
  EXPECT_TRUE(Seq[0].Exchange);
  auto File = run(Seq);
  EXPECT_EQ(File[reg(1).id()], reg(2).id());
  EXPECT_EQ(File[reg(2).id()], reg(1).id());
}

TEST(ParallelMove, ExchangesKeepACycleWithAChainAndAFanOut) {
  // r1 -> r2 -> r1 (a cycle), r2 -> r3 (r2's value also to r3), r4 -> r5.
  SmallVector<RegMove, 16> Moves = {
      {reg(1), reg(2)}, {reg(2), reg(1)}, {reg(2), reg(3)}, {reg(4), reg(5)}};
  auto File = run(sequenceParallelMove(Moves, noScratch));
  EXPECT_EQ(File[reg(2).id()], reg(1).id());
  EXPECT_EQ(File[reg(1).id()], reg(2).id());
  EXPECT_EQ(File[reg(3).id()], reg(2).id());
  EXPECT_EQ(File[reg(5).id()], reg(4).id());
}

TEST(ParallelMove, OneSourceToTwoDestinations) {
  SmallVector<RegMove, 16> Moves = {
      {reg(1), reg(2)}, {reg(1), reg(3)}, {reg(2), reg(4)}};
  auto Seq = sequenceParallelMove(Moves, noScratch);
  auto File = run(Seq);
  EXPECT_EQ(File[reg(2).id()], reg(1).id());
  EXPECT_EQ(File[reg(3).id()], reg(1).id());
  EXPECT_EQ(File[reg(4).id()], reg(2).id());
}

} // namespace
