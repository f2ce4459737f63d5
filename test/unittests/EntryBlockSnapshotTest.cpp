//===- EntryBlockSnapshotTest.cpp - putting back what stack colouring did -===//
//
// Stack colouring, merging two allocas' slots, moves one alloca before the
// other and gives it the other's uses (LLVM's StackColoring.cpp). Here the
// test does that to the IR by hand, as a second candidate's compile would
// find it, and checks that the snapshot puts back the text, the entry
// block's order and the order of every value's uses.
//
//===----------------------------------------------------------------------===//

#include "EntryBlockSnapshot.h"
#include "llvm/AsmParser/Parser.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/SourceMgr.h"

#include <gtest/gtest.h>

using namespace llvm;

namespace {

constexpr const char *TwoBuffers = R"(
declare void @use(ptr, ptr)
define void @f() {
  %x = alloca [4 x i64]
  %y = alloca [8 x i64]
  call void @use(ptr %y, ptr %x)
  call void @use(ptr %x, ptr %y)
  %g = getelementptr i8, ptr %y, i64 8
  call void @use(ptr %g, ptr %y)
  ret void
}
)";

std::unique_ptr<Module> parse(LLVMContext &Ctx, const char *Text) {
  SMDiagnostic Err;
  std::unique_ptr<Module> M = parseAssemblyString(Text, Err, Ctx);
  EXPECT_TRUE(M) << Err.getMessage().str();
  return M;
}

AllocaInst *allocaNamed(Function &F, StringRef Name) {
  for (Instruction &I : F.getEntryBlock())
    if (I.getName() == Name)
      return cast<AllocaInst>(&I);
  return nullptr;
}

// What stack colouring does when it gives y's slot to x.
void mergeLikeStackColouring(AllocaInst *From, AllocaInst *To) {
  if (From->comesBefore(To))
    To->moveBefore(From->getIterator());
  From->replaceAllUsesWith(To);
}

TEST(EntryBlockSnapshot, PutsBackUsesOrderAndText) {
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parse(Ctx, TwoBuffers);
  ASSERT_TRUE(M);
  Function &F = *M->getFunction("f");
  std::string Before = circ::printFunctions(*M);
  circ::EntryBlockSnapshot Snapshot(*M);

  AllocaInst *X = allocaNamed(F, "x"), *Y = allocaNamed(F, "y");
  mergeLikeStackColouring(X, Y); // y before x now, with all of x's uses
  ASSERT_TRUE(X->use_empty());
  ASSERT_NE(circ::printFunctions(*M), Before);

  Snapshot.restore();
  EXPECT_EQ(circ::printFunctions(*M), Before);
  EXPECT_TRUE(X->comesBefore(Y));
  EXPECT_EQ(X->getNumUses(), 2u);
}

TEST(EntryBlockSnapshot, SeesAChangedUseOrder) {
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parse(Ctx, TwoBuffers);
  ASSERT_TRUE(M);
  std::string Before = circ::printFunctions(*M);
  AllocaInst *Y = allocaNamed(*M->getFunction("f"), "y");
  // The same uses in another order: the text alone would not tell.
  Y->reverseUseList();
  EXPECT_NE(circ::printFunctions(*M), Before);
}

TEST(EntryBlockSnapshot, ErasesWhatWasAddedToTheEntryBlock) {
  LLVMContext Ctx;
  std::unique_ptr<Module> M = parse(Ctx, TwoBuffers);
  ASSERT_TRUE(M);
  std::string Before = circ::printFunctions(*M);
  circ::EntryBlockSnapshot Snapshot(*M);
  Function &F = *M->getFunction("f");
  AllocaInst *X = allocaNamed(F, "x");
  // A cast in front of the merged alloca, as stack colouring inserts when
  // the two types differ, taking the other's uses.
  auto *Cast = new BitCastInst(X, X->getType(), "cast");
  Cast->insertAfter(X->getIterator());
  allocaNamed(F, "y")->replaceAllUsesWith(Cast);

  Snapshot.restore();
  EXPECT_EQ(circ::printFunctions(*M), Before);
}

} // namespace
