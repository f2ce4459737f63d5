//===- EntryBlockSnapshot.cpp - undo what codegen does to allocas ---------===//

#include "EntryBlockSnapshot.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace circ;

EntryBlockSnapshot::EntryBlockSnapshot(Module &M) {
  for (Function &F : M) {
    if (F.isDeclaration())
      continue;
    EntryBlock &B = Blocks.emplace_back();
    for (Instruction &I : F.getEntryBlock()) {
      B.Order.push_back(&I);
      auto *A = dyn_cast<AllocaInst>(&I);
      if (!A)
        continue;
      AllocaUses &Recorded = B.Allocas.emplace_back();
      Recorded.Alloca = A;
      for (Use &U : A->uses())
        Recorded.Uses.push_back({U.getUser(), U.getOperandNo()});
    }
  }
}

// Moves every instruction of \p Order back into place, if any moved, and
// erases what is not in it (unused once the uses are back).
static void restoreOrder(const std::vector<Instruction *> &Order) {
  if (Order.empty())
    return;
  BasicBlock &BB = *Order.front()->getParent();
  bool Same = BB.size() == Order.size();
  auto It = BB.begin();
  for (size_t I = 0; Same && I < Order.size(); ++I, ++It)
    Same = &*It == Order[I];
  if (Same)
    return;
  SmallPtrSet<Instruction *, 32> Known(Order.begin(), Order.end());
  for (Instruction &I : make_early_inc_range(BB)) {
    if (Known.count(&I))
      continue;
    if (!I.use_empty())
      report_fatal_error("circ: internal error: code generation added '" +
                         I.getName() + "' to an entry block, still in use");
    I.eraseFromParent();
  }
  for (Instruction *I : Order)
    I->moveBefore(BB, BB.end());
}

// Gives \p A its recorded uses back, in their recorded order: code
// generation follows the order of a value's uses.
static void restoreUses(AllocaInst &A,
                        ArrayRef<std::pair<User *, unsigned>> Uses) {
  bool Moved = false;
  for (auto &[U, OperandNo] : Uses)
    if (U->getOperand(OperandNo) != &A) {
      U->setOperand(OperandNo, &A);
      Moved = true;
    }
  if (!Moved)
    return;
  DenseMap<std::pair<const User *, unsigned>, unsigned> Rank;
  for (auto [I, Recorded] : enumerate(Uses))
    Rank[Recorded] = I;
  auto RankOf = [&](const Use &U) {
    auto It = Rank.find({U.getUser(), U.getOperandNo()});
    if (It == Rank.end())
      report_fatal_error("circ: internal error: '" + A.getName() +
                         "' gained a use in code generation");
    return It->second;
  };
  A.sortUseList(
      [&](const Use &L, const Use &R) { return RankOf(L) < RankOf(R); });
}

void EntryBlockSnapshot::restore() {
  for (EntryBlock &B : Blocks) {
    for (AllocaUses &A : B.Allocas)
      restoreUses(*A.Alloca, A.Uses);
    restoreOrder(B.Order);
  }
}

// The order of each instruction's uses within \p F, which the text leaves
// out: "value: user.operand ..." by the instructions' positions.
static void printUseOrders(const Function &F, raw_ostream &OS) {
  DenseMap<const Value *, unsigned> Position;
  for (const Instruction &I : instructions(F))
    Position[&I] = Position.size();
  for (const Instruction &I : instructions(F)) {
    if (!I.hasNUsesOrMore(2))
      continue;
    OS << Position[&I] << ':';
    for (const Use &U : I.uses())
      OS << ' ' << Position.lookup(U.getUser()) << '.' << U.getOperandNo();
    OS << '\n';
  }
}

std::string circ::printFunctions(const Module &M) {
  std::string Text;
  raw_string_ostream OS(Text);
  for (const Function &F : M) {
    F.print(OS);
    printUseOrders(F, OS);
  }
  return Text;
}
