//===- CircLowerEmptyAsm.cpp - empty inline asm statements to nothing -----===//
//
// An inline asm statement whose template is empty (or only white space), the
// usual optimisation barrier `asm("" : "+r"(x))` or `asm volatile("" :::
// "memory")`, runs no instruction, so it changes no register and no memory.
// Its constraints mean something only to the optimiser, which has run by
// now. This pass deletes it and gives each output the value the machine
// would leave: a tied output ("+r", or "=r" matched by an input "0") is its
// input; an output tied to nothing is an unknown value (freeze poison);
// memory operands ("=m", "+m") and clobbers need nothing. circ-llc rejects
// any non-empty template before code generation (the circ assembly has no
// place for foreign instructions).
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/InitializePasses.h"
#include "llvm/Pass.h"

using namespace llvm;

namespace {
class CircLowerEmptyAsm : public FunctionPass {
public:
  static char ID;
  CircLowerEmptyAsm() : FunctionPass(ID) {}
  StringRef getPassName() const override {
    return "circ lower empty inline asm";
  }
  bool runOnFunction(Function &F) override;
};
} // namespace

char CircLowerEmptyAsm::ID = 0;
INITIALIZE_PASS(CircLowerEmptyAsm, "circ-lower-empty-asm",
                "circ: remove empty inline asm statements", false, false)

bool circ::isEmptyInlineAsm(const CallBase &CB) {
  const auto *IA = dyn_cast<InlineAsm>(CB.getCalledOperand());
  return IA && StringRef(IA->getAsmString()).trim().empty();
}

// The value of each direct output, by output number: the input tied to it,
// or null (unknown).
static SmallVector<Value *, 4> outputValues(CallBase &CB) {
  const auto *IA = cast<InlineAsm>(CB.getCalledOperand());
  InlineAsm::ConstraintInfoVector Cons = IA->ParseConstraints();
  // Call argument of each constraint that takes one: inputs and indirect
  // (memory) outputs, in order.
  SmallVector<int, 8> ArgOf(Cons.size(), -1);
  unsigned Arg = 0;
  for (unsigned I = 0; I < Cons.size(); ++I)
    if (Cons[I].Type == InlineAsm::isInput ||
        (Cons[I].Type == InlineAsm::isOutput && Cons[I].isIndirect))
      ArgOf[I] = Arg++;
  SmallVector<Value *, 4> Outs;
  for (unsigned I = 0; I < Cons.size(); ++I) {
    if (Cons[I].Type != InlineAsm::isOutput || Cons[I].isIndirect)
      continue;
    Value *V = nullptr;
    if (Cons[I].hasMatchingInput() && ArgOf[Cons[I].MatchingInput] >= 0)
      V = CB.getArgOperand(ArgOf[Cons[I].MatchingInput]);
    Outs.push_back(V);
  }
  return Outs;
}

static void lowerEmptyAsm(CallBase &CB) {
  IRBuilder<> B(&CB);
  SmallVector<Value *, 4> Outs = outputValues(CB);
  Type *RetTy = CB.getType();
  auto Known = [&](unsigned I, Type *T) -> Value * {
    if (I < Outs.size() && Outs[I] && Outs[I]->getType() == T)
      return Outs[I];
    return B.CreateFreeze(PoisonValue::get(T));
  };
  if (auto *ST = dyn_cast<StructType>(RetTy)) {
    Value *Agg = PoisonValue::get(ST);
    for (unsigned I = 0; I < ST->getNumElements(); ++I)
      Agg = B.CreateInsertValue(Agg, Known(I, ST->getElementType(I)), I);
    CB.replaceAllUsesWith(Agg);
  } else if (!RetTy->isVoidTy()) {
    CB.replaceAllUsesWith(Known(0, RetTy));
  }
  CB.eraseFromParent();
}

bool CircLowerEmptyAsm::runOnFunction(Function &F) {
  SmallVector<CallBase *, 4> Work;
  for (Instruction &I : instructions(F))
    if (auto *CB = dyn_cast<CallBase>(&I))
      if (circ::isEmptyInlineAsm(*CB) && !isa<CallBrInst>(CB))
        Work.push_back(CB);
  for (CallBase *CB : Work)
    lowerEmptyAsm(*CB);
  return !Work.empty();
}

FunctionPass *llvm::createCircLowerEmptyAsmPass() {
  return new CircLowerEmptyAsm();
}
