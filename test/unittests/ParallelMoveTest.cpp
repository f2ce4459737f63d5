//===- ParallelMoveTest.cpp - the exit move's sequencing ------------------===//

#include "RegAlloc/ParallelMove.h"

#include <gtest/gtest.h>

#include <map>

using namespace llvm;

namespace {

MCRegister reg(unsigned N) { return MCRegister(100 + N); }

// Runs the sequence on a register file and returns what each destination
// holds, as the parallel move would leave it.
std::map<unsigned, unsigned> run(const SmallVector<RegMove, 16> &Seq) {
  std::map<unsigned, unsigned> File; // register -> the value it holds
  for (unsigned R = 100; R < 120; ++R)
    File[R] = R;
  for (auto &[From, To] : Seq)
    File[To.id()] = File[From.id()];
  return File;
}

MCRegister noScratch(ArrayRef<RegMove>) { return MCRegister(); }

TEST(ParallelMove, ChainsGoInAnOrderThatReadsBeforeItWrites) {
  // r1 -> r2 -> r3: r3 must be written before r2 is.
  SmallVector<RegMove, 16> Moves = {{reg(1), reg(2)}, {reg(2), reg(3)}};
  auto Seq = sequenceParallelMove(Moves, noScratch);
  ASSERT_TRUE(Seq.has_value());
  auto File = run(*Seq);
  EXPECT_EQ(File[reg(2).id()], reg(1).id());
  EXPECT_EQ(File[reg(3).id()], reg(2).id());
  EXPECT_EQ(Seq->size(), 2u);
}

TEST(ParallelMove, ACycleBreaksThroughTheScratchRegister) {
  // A swap, r1 <-> r2: one copy to the scratch register first.
  SmallVector<RegMove, 16> Moves = {{reg(1), reg(2)}, {reg(2), reg(1)}};
  auto Seq =
      sequenceParallelMove(Moves, [](ArrayRef<RegMove>) { return reg(9); });
  ASSERT_TRUE(Seq.has_value());
  auto File = run(*Seq);
  EXPECT_EQ(File[reg(1).id()], reg(2).id());
  EXPECT_EQ(File[reg(2).id()], reg(1).id());
  EXPECT_EQ(Seq->size(), 3u);
}

TEST(ParallelMove, ACycleWithoutAScratchRegisterFails) {
  SmallVector<RegMove, 16> Moves = {
      {reg(1), reg(2)}, {reg(2), reg(3)}, {reg(3), reg(1)}};
  EXPECT_FALSE(sequenceParallelMove(Moves, noScratch).has_value());
}

TEST(ParallelMove, OneSourceToTwoDestinations) {
  SmallVector<RegMove, 16> Moves = {
      {reg(1), reg(2)}, {reg(1), reg(3)}, {reg(2), reg(4)}};
  auto Seq = sequenceParallelMove(Moves, noScratch);
  ASSERT_TRUE(Seq.has_value());
  auto File = run(*Seq);
  EXPECT_EQ(File[reg(2).id()], reg(1).id());
  EXPECT_EQ(File[reg(3).id()], reg(1).id());
  EXPECT_EQ(File[reg(4).id()], reg(2).id());
}

} // namespace
