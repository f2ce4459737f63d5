//===- CircLowerAllocaCalls.cpp - calls of alloca() to stack allocation ---===//
//
// circ-cc compiles freestanding (-ffreestanding implies -fno-builtin), so a
// program that calls alloca() without <alloca.h>, as GCC allows, calls an
// external function `alloca` that nobody can write: the memory must live in
// the caller's frame. When the module does not define `alloca`, each call
// becomes what __builtin_alloca is, a dynamic `alloca` instruction in the
// caller, 16-byte aligned like the RAM frames (docs/machine.md).
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/InitializePasses.h"
#include "llvm/Pass.h"

using namespace llvm;

namespace {
class CircLowerAllocaCalls : public FunctionPass {
public:
  static char ID;
  CircLowerAllocaCalls() : FunctionPass(ID) {}
  StringRef getPassName() const override { return "circ lower alloca calls"; }
  bool runOnFunction(Function &F) override;
};
} // namespace

char CircLowerAllocaCalls::ID = 0;
INITIALIZE_PASS(CircLowerAllocaCalls, "circ-lower-alloca-calls",
                "circ: calls of an undefined alloca() to stack allocation",
                false, false)

FunctionPass *llvm::createCircLowerAllocaCallsPass() {
  return new CircLowerAllocaCalls();
}

// A call of the undefined `alloca` with one integer size that returns a
// pointer (`void *alloca(size_t)`) or, implicitly declared in old C, an int.
static bool isAllocaCall(const CallInst &CI) {
  // Not getCalledFunction(): an implicit declaration `int alloca()` is called
  // with a type other than its own.
  const auto *Callee = dyn_cast<Function>(CI.getCalledOperand());
  return Callee && Callee->getName() == "alloca" && Callee->isDeclaration() &&
         CI.arg_size() == 1 && CI.getArgOperand(0)->getType()->isIntegerTy() &&
         (CI.getType()->isPointerTy() || CI.getType()->isIntegerTy());
}

bool CircLowerAllocaCalls::runOnFunction(Function &F) {
  SmallVector<CallInst *, 4> Calls;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (auto *CI = dyn_cast<CallInst>(&I); CI && isAllocaCall(*CI))
        Calls.push_back(CI);
  for (CallInst *CI : Calls) {
    IRBuilder<> B(CI);
    AllocaInst *A = B.CreateAlloca(B.getInt8Ty(), CI->getArgOperand(0));
    A->setAlignment(Align(16));
    Value *Result = A;
    if (CI->getType()->isIntegerTy()) // An implicit declaration's int.
      Result = B.CreatePtrToInt(A, CI->getType());
    Result->takeName(CI);
    CI->replaceAllUsesWith(Result);
    CI->eraseFromParent();
  }
  return !Calls.empty();
}
