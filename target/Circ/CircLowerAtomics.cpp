//===- CircLowerAtomics.cpp - atomics on a single-threaded machine --------===//
//
// The circ machine runs one thread, so every atomic operation is an ordinary
// one: atomic loads and stores lose their ordering, read-modify-write and
// compare-and-swap become load/compute/store, fences disappear.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/InitializePasses.h"
#include "llvm/Pass.h"
#include "llvm/Transforms/Utils/LowerAtomic.h"

using namespace llvm;

namespace {
class CircLowerAtomics : public FunctionPass {
public:
  static char ID;
  CircLowerAtomics() : FunctionPass(ID) {}
  StringRef getPassName() const override {
    return "circ lower atomics (single-threaded)";
  }
  bool runOnFunction(Function &F) override;
};
} // namespace

char CircLowerAtomics::ID = 0;
INITIALIZE_PASS(CircLowerAtomics, "circ-lower-atomics",
                "circ: lower atomics to plain memory operations", false, false)

bool CircLowerAtomics::runOnFunction(Function &F) {
  SmallVector<Instruction *, 8> Work;
  for (Instruction &I : instructions(F))
    if (I.isAtomic())
      Work.push_back(&I);
  for (Instruction *I : Work) {
    if (auto *RMW = dyn_cast<AtomicRMWInst>(I))
      lowerAtomicRMWInst(RMW);
    else if (auto *CX = dyn_cast<AtomicCmpXchgInst>(I))
      lowerAtomicCmpXchgInst(CX);
    else if (auto *LI = dyn_cast<LoadInst>(I))
      LI->setAtomic(AtomicOrdering::NotAtomic);
    else if (auto *SI = dyn_cast<StoreInst>(I))
      SI->setAtomic(AtomicOrdering::NotAtomic);
    else if (isa<FenceInst>(I))
      I->eraseFromParent();
  }
  return !Work.empty();
}

FunctionPass *llvm::createCircLowerAtomicsPass() {
  return new CircLowerAtomics();
}
