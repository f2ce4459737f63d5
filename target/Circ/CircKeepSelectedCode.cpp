//===- CircKeepSelectedCode.cpp - the code every io width starts from -----===//
//
// -circ-io-width=auto compiles the program at several io widths. Up to this
// point (instruction selection, the SSA optimisations, undefined values
// made 0, constants defined again in their blocks) nothing depends on the
// width, so the first candidate's compile keeps a copy of each function
// here, and the others start from a copy of that
// (-start-before=circ-keep-selected-code) instead of selecting again.
// In those, the pass marks where they start and does nothing.
//
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
      Keeper->insertFunction(
          MF.getFunction(),
          copyMachineFunction(MF, MF.getSubtarget(), Keeper->getContext()));
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
