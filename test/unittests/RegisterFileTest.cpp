//===- RegisterFileTest.cpp - register-file facts and convention width ----===//

#include "CircRegisterInfo.h"
#include "RegAlloc/CircPhysTransitions.h"

#include <gtest/gtest.h>

using namespace llvm;

namespace {

uint64_t regs(std::initializer_list<unsigned> Indices) {
  uint64_t M = 0;
  for (unsigned I : Indices)
    M |= uint64_t(1) << I;
  return M;
}

TEST(RegisterFile, CalleeSavedSetComesFromTableGen) {
  EXPECT_EQ(CircRegisterInfo::NumGeneralRegs, 64u);
  unsigned Saved = 0;
  for (unsigned I = 0; I < CircRegisterInfo::NumGeneralRegs; ++I)
    Saved += CircRegisterInfo::isCalleeSavedIndex(I);
  EXPECT_EQ(Saved, 32u);
  // Both kinds among the first four registers, for every io width >= 4.
  EXPECT_FALSE(CircRegisterInfo::isCalleeSavedIndex(0));
  EXPECT_FALSE(CircRegisterInfo::isCalleeSavedIndex(1));
  EXPECT_TRUE(CircRegisterInfo::isCalleeSavedIndex(2));
  EXPECT_TRUE(CircRegisterInfo::isCalleeSavedIndex(3));
  EXPECT_FALSE(CircRegisterInfo::isCalleeSavedIndex(64));
}

TEST(ConventionWidth, FreeValuesNeedOneRegisterEach) {
  EXPECT_EQ(conventionWidth(0, 0, 0), 0u);
  EXPECT_EQ(conventionWidth(regs({7, 9, 20}), 0, 0), 3u);
}

TEST(ConventionWidth, PinnedRegistersSetTheWidth) {
  // A third argument in %r4: the width is 5 whatever else is live.
  EXPECT_EQ(conventionWidth(regs({0, 1, 4}), regs({0, 1, 4}), 0), 5u);
}

TEST(ConventionWidth, ValuesKeptAcrossACallNeedCalleeSavedRegisters) {
  // One preserved value: the first callee-saved register is %r2.
  EXPECT_EQ(conventionWidth(regs({10}), 0, regs({10})), 3u);
  // Three: %r2, %r3, then %r6.
  EXPECT_EQ(conventionWidth(regs({10, 11, 14}), 0, regs({10, 11, 14})), 7u);
  // A result in %r0 beside one preserved value: %r0 and %r2.
  EXPECT_EQ(conventionWidth(regs({0, 10}), regs({0}), regs({10})), 3u);
}

} // namespace
