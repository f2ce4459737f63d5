//===- CircKeepSelectedCode.cpp - the code every io width starts from -----===//
//
// -circ-io-width=auto compiles the program at several io widths. Up to this
// point, after instruction selection and the SSA optimisations, code
// generation depends on the width only through the calling convention's
// argument registers, so the width choice selects and optimises each
// function once for each number of them it can be left, and this pass
// keeps a copy of the result; each candidate compiles from copies of that
// (-start-before=circ-keep-selected-code). There the pass marks where the
// compile starts and does nothing.
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircTargetMachine.h"
#include "CopyMachineFunction.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineModuleInfo.h"
#include "llvm/InitializePasses.h"

using namespace llvm;

namespace {
class CircKeepSelectedCode : public MachineFunctionPass {
public:
  static char ID;
  CircKeepSelectedCode() : MachineFunctionPass(ID) {}
  StringRef getPassName() const override {
    return "circ keep the selected code for each io width";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override {
    const auto &TM = static_cast<const CircTargetMachine &>(MF.getTarget());
    if (MachineModuleInfo *Keeper = TM.selectedCodeKeeper())
      Keeper->insertFunction(MF.getFunction(),
                             copyMachineFunction(MF, MF.getSubtarget(),
                                                 Keeper->getContext(),
                                                 MF.getFunctionNumber()));
    return false;
  }
};
} // namespace

char CircKeepSelectedCode::ID = 0;
INITIALIZE_PASS(CircKeepSelectedCode, "circ-keep-selected-code",
                "circ: keep the selected code for each io width", false, false)

FunctionPass *llvm::createCircKeepSelectedCodePass() {
  return new CircKeepSelectedCode();
}
