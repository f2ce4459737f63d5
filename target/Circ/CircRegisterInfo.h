//===- CircRegisterInfo.h - circ register information -----------*- C++ -*-===//
#ifndef CIRC_CIRCREGISTERINFO_H
#define CIRC_CIRCREGISTERINFO_H

#define GET_REGINFO_HEADER
#include "CircGenRegisterInfo.inc"

namespace llvm {

class CircRegisterInfo : public CircGenRegisterInfo {
public:
  CircRegisterInfo();

  const MCPhysReg *getCalleeSavedRegs(const MachineFunction *MF) const override;
  const uint32_t *getCallPreservedMask(const MachineFunction &MF,
                                       CallingConv::ID CC) const override;
  BitVector getReservedRegs(const MachineFunction &MF) const override;
  bool eliminateFrameIndex(MachineBasicBlock::iterator MI, int SPAdj,
                           unsigned FIOperandNum,
                           RegScavenger *RS = nullptr) const override;
  Register getFrameRegister(const MachineFunction &MF) const override;
  bool requiresRegisterScavenging(const MachineFunction &) const override {
    return false;
  }

  /// Index of a general register (R0 -> 0 ... R63 -> 63), or -1.
  static int generalIndex(MCRegister Reg);
  /// The general register with the given index.
  static MCRegister generalReg(unsigned Index);
  static bool isCalleeSavedIndex(unsigned Index) { return Index % 4 >= 2; }
};

} // namespace llvm

#endif
