//===- CircMaterializeUndef.cpp - undefined values become 0 ---------------===//
//
// An undefined value (LLVM's undef or poison, an IMPLICIT_DEF after
// instruction selection) has no instruction that writes it, so its register
// holds whatever the machine left there, which on the circ machine may be
// poison: a register above the io width after a transition, one a call
// clobbered, one never written. A correct program may still carry such a
// value where it is never used to decide anything, for example through a
// phi (a variable left uninitialised on one path) into a `sel` that picks
// it. circ-sim faults on such a read, so undefined values are given one: 0.
// This runs before register allocation, while IMPLICIT_DEFs still stand for
// every undefined value; each becomes `li %rN, 0`, one free wire in a block's
// constraint system (docs/r1cs.md).
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircInstrInfo.h"
#include "CircSubtarget.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/InitializePasses.h"

using namespace llvm;

namespace {
class CircMaterializeUndef : public MachineFunctionPass {
public:
  static char ID;
  CircMaterializeUndef() : MachineFunctionPass(ID) {}
  StringRef getPassName() const override {
    return "circ materialize undefined values";
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};
} // namespace

char CircMaterializeUndef::ID = 0;
INITIALIZE_PASS(CircMaterializeUndef, "circ-materialize-undef",
                "circ: undefined values become 0", false, false)

bool CircMaterializeUndef::runOnMachineFunction(MachineFunction &MF) {
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  MachineRegisterInfo &MRI = MF.getRegInfo();
  bool Changed = false;
  for (MachineBasicBlock &MBB : MF)
    for (MachineInstr &MI : llvm::make_early_inc_range(MBB)) {
      if (!MI.isImplicitDef() || !MI.getOperand(0).getReg().isVirtual())
        continue;
      Register R = MI.getOperand(0).getReg();
      if (!Circ::GPRRegClass.hasSubClassEq(MRI.getRegClass(R)))
        continue;
      BuildMI(MBB, MI, MI.getDebugLoc(), TII.get(Circ::LI), R).addImm(0);
      MI.eraseFromParent();
      Changed = true;
    }
  return Changed;
}

FunctionPass *llvm::createCircMaterializeUndefPass() {
  return new CircMaterializeUndef();
}
