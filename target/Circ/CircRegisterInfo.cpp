//===- CircRegisterInfo.cpp - circ register information -------------------===//

#include "CircRegisterInfo.h"
#include "Circ.h"
#include "CircFrameLowering.h"
#include "CircSubtarget.h"
#include "CircTargetMachine.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/TargetFrameLowering.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;

#define GET_REGINFO_TARGET_DESC
#include "CircGenRegisterInfo.inc"

CircRegisterInfo::CircRegisterInfo() : CircGenRegisterInfo(Circ::RP) {}

const MCPhysReg *
CircRegisterInfo::getCalleeSavedRegs(const MachineFunction *) const {
  return CSR_SaveList;
}

const uint32_t *CircRegisterInfo::getCallPreservedMask(const MachineFunction &,
                                                       CallingConv::ID) const {
  return CSR_RegMask;
}

int CircRegisterInfo::generalIndex(MCRegister Reg) {
  unsigned R = Reg.id();
  if (R >= Circ::R0 && R <= Circ::R63)
    return static_cast<int>(R - Circ::R0);
  return -1;
}

bool CircRegisterInfo::isCalleeSavedIndex(unsigned Index) {
  static const uint64_t Saved = [] {
    uint64_t Mask = 0;
    for (const MCPhysReg *R = CSR_SaveList; *R; ++R)
      if (int I = generalIndex(*R); I >= 0)
        Mask |= uint64_t(1) << I;
    return Mask;
  }();
  static_assert(NumGeneralRegs <= 64, "the callee-saved set is a 64-bit mask");
  return Index < NumGeneralRegs && (Saved >> Index & 1);
}

MCRegister CircRegisterInfo::generalReg(unsigned Index) {
  assert(Index < NumGeneralRegs && "no such general register");
  return MCRegister(Circ::R0 + Index);
}

BitVector CircRegisterInfo::getReservedRegs(const MachineFunction &MF) const {
  BitVector Reserved(getNumRegs());
  for (MCPhysReg R : {Circ::SP, Circ::BP, Circ::RP, Circ::AP})
    Reserved.set(R);
  // LLVM's allocators know nothing of transitions: with an io width they may
  // only use the registers that survive one. circ's allocators know which
  // values cross a transition and use the others as block-local scratch.
  const auto &TM = static_cast<const CircTargetMachine &>(MF.getTarget());
  if (!TM.usesCircAllocator())
    for (unsigned I =
             MF.getSubtarget<CircSubtarget>().transitionRegisterLimit();
         I < NumGeneralRegs; ++I)
      Reserved.set(generalReg(I).id());
  if (MF.getSubtarget().getFrameLowering()->hasFP(MF))
    Reserved.set(Circ::R3);
  return Reserved;
}

Register CircRegisterInfo::getFrameRegister(const MachineFunction &MF) const {
  return MF.getSubtarget().getFrameLowering()->hasFP(MF) ? Circ::R3 : Circ::AP;
}

// Every frame-index operand is followed by an immediate offset (memsrc and
// ADDri both have that shape), so one rewrite serves loads, stores and
// address computations.
bool CircRegisterInfo::eliminateFrameIndex(MachineBasicBlock::iterator II,
                                           int SPAdj, unsigned FIOperandNum,
                                           RegScavenger *) const {
  MachineInstr &MI = *II;
  MachineFunction &MF = *MI.getMF();
  // Lifetime markers survive to here at -O0; they carry a frame index and
  // nothing else, and mean nothing once frames are laid out.
  if (MI.isLifetimeMarker()) {
    MI.eraseFromParent();
    return true;
  }
  assert(FIOperandNum + 1 < MI.getNumOperands() &&
         MI.getOperand(FIOperandNum + 1).isImm() &&
         "a frame index is always followed by its offset");
  int FI = MI.getOperand(FIOperandNum).getIndex();
  Register FrameReg;
  StackOffset Off =
      MF.getSubtarget().getFrameLowering()->getFrameIndexReference(MF, FI,
                                                                   FrameReg);
  int64_t Offset =
      Off.getFixed() + SPAdj + MI.getOperand(FIOperandNum + 1).getImm();
  MI.getOperand(FIOperandNum).ChangeToRegister(FrameReg, false);
  MI.getOperand(FIOperandNum + 1).ChangeToImmediate(Offset);
  return false;
}
