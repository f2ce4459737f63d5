//===- CircRematerializeConstants.cpp - constants do not cross blocks -----===//
//
// A constant (`li` of a number or a symbol's address) is free inside a
// block: its wire is a multiple of the valid bit, no constraint
// (docs/r1cs.md). Carried across a transition it takes an io slot on every
// boundary it crosses, and across a call a callee-saved register or a push.
// Machine loop-invariant code motion hoists constants out of loops for
// other machines' sake, which on circ widens every state of the loop.
// So, before register allocation and for every allocator, each block that
// uses a constant defined in another block defines it again itself, just
// before its first use (or before its terminators when only a phi of a
// successor takes it on the edge from this block), and the uses in that
// block take the new register. Register pressure at no point grows: each
// copy lives only inside its block, where the original was live too.
//
// Invariant: on SSA machine code (before phi elimination); a constant is an
// instruction the target calls trivially rematerialisable with no register
// operand but its one definition, so a copy computes the same value
// anywhere.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/InitializePasses.h"

using namespace llvm;

namespace {
class CircRematerializeConstants : public MachineFunctionPass {
public:
  static char ID;
  CircRematerializeConstants() : MachineFunctionPass(ID) {}
  StringRef getPassName() const override {
    return "circ rematerialize constants in the blocks that use them";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  const TargetInstrInfo *TII = nullptr;
  MachineRegisterInfo *MRI = nullptr;
  bool isConstant(const MachineInstr &MI) const;
  bool spreadConstant(MachineInstr &Def);
};
} // namespace

char CircRematerializeConstants::ID = 0;
INITIALIZE_PASS(CircRematerializeConstants, "circ-rematerialize-constants",
                "circ: constants are defined again in each block that uses "
                "them",
                false, false)

bool CircRematerializeConstants::isConstant(const MachineInstr &MI) const {
  if (MI.getNumExplicitDefs() != 1 || !TII->isTriviallyReMaterializable(MI))
    return false;
  for (const MachineOperand &MO : MI.operands())
    if (MO.isReg() && (MO.isUse() || MO.isImplicit()))
      return false;
  Register R = MI.getOperand(0).getReg();
  return R.isVirtual() && !MI.getOperand(0).getSubReg();
}

// The block a use reads its register in: a phi reads on the edge, at the end
// of the incoming block.
static MachineBasicBlock *readingBlock(MachineOperand &MO) {
  MachineInstr &UseMI = *MO.getParent();
  if (!UseMI.isPHI())
    return UseMI.getParent();
  return UseMI.getOperand(MO.getOperandNo() + 1).getMBB();
}

// Where a block's copy goes: before the first instruction that reads \p R,
// else (only a successor's phi takes it) before the terminators.
static MachineBasicBlock::iterator copyPoint(MachineBasicBlock &MBB,
                                             Register R) {
  for (auto I = MBB.getFirstNonPHI(), E = MBB.getFirstTerminator(); I != E; ++I)
    if (I->readsRegister(R, /*TRI=*/nullptr))
      return I;
  return MBB.getFirstTerminator();
}

bool CircRematerializeConstants::spreadConstant(MachineInstr &Def) {
  Register R = Def.getOperand(0).getReg();
  MachineBasicBlock *Home = Def.getParent();
  // The uses outside the defining block, by block, in a stable order.
  MapVector<MachineBasicBlock *, SmallVector<MachineOperand *, 4>> Away;
  for (MachineOperand &MO : MRI->use_nodbg_operands(R))
    if (MachineBasicBlock *B = readingBlock(MO); B != Home)
      Away[B].push_back(&MO);
  if (Away.empty())
    return false;
  const TargetRegisterClass *RC = MRI->getRegClass(R);
  for (auto &[MBB, Uses] : Away) {
    Register Copy = MRI->createVirtualRegister(RC);
    MachineBasicBlock::iterator At = copyPoint(*MBB, R);
    MachineInstr *NewMI = MBB->getParent()->CloneMachineInstr(&Def);
    NewMI->getOperand(0).setReg(Copy);
    MBB->insert(At, NewMI);
    for (MachineOperand *MO : Uses)
      MO->setReg(Copy);
  }
  if (MRI->use_nodbg_empty(R)) {
    for (MachineOperand &MO : make_early_inc_range(MRI->reg_operands(R)))
      if (MO.isUse()) // a debug use: the value is gone
        MO.setReg(Register());
    Def.eraseFromParent();
  }
  return true;
}

bool CircRematerializeConstants::runOnMachineFunction(MachineFunction &MF) {
  TII = MF.getSubtarget().getInstrInfo();
  MRI = &MF.getRegInfo();
  SmallVector<MachineInstr *, 32> Constants;
  for (MachineBasicBlock &MBB : MF)
    for (MachineInstr &MI : MBB)
      if (isConstant(MI))
        Constants.push_back(&MI);
  bool Changed = false;
  for (MachineInstr *Def : Constants)
    Changed |= spreadConstant(*Def);
  return Changed;
}

FunctionPass *llvm::createCircRematerializeConstantsPass() {
  return new CircRematerializeConstants();
}
