//===- CircRegisterInfo.h - circ register information -----------*- C++ -*-===//
#ifndef CIRC_CIRCREGISTERINFO_H
#define CIRC_CIRCREGISTERINFO_H

#include "MCTargetDesc/CircMCTargetDesc.h"

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

  /// How many general registers there are (%r0 .. %r63, from TableGen).
  static constexpr unsigned NumGeneralRegs = Circ::R63 - Circ::R0 + 1;

  /// Index of a general register (R0 -> 0 ... R63 -> 63), or -1.
  static int generalIndex(MCRegister Reg);
  /// The general register with the given index.
  static MCRegister generalReg(unsigned Index);
  /// Whether general register \p Index is callee-saved (the CSR list in
  /// CircCallingConv.td).
  static bool isCalleeSavedIndex(unsigned Index);
};

} // namespace llvm

#endif
