//===- CircInstrInfo.h - circ instruction information -----------*- C++ -*-===//
#ifndef CIRC_CIRCINSTRINFO_H
#define CIRC_CIRCINSTRINFO_H

#include "CircRegisterInfo.h"
#include "llvm/CodeGen/TargetInstrInfo.h"

#define GET_INSTRINFO_HEADER
#include "CircGenInstrInfo.inc"

namespace llvm {
class CircSubtarget;

class CircInstrInfo : public CircGenInstrInfo {
  const CircRegisterInfo &RI;

public:
  CircInstrInfo(const CircSubtarget &STI, const CircRegisterInfo &RI);

  const CircRegisterInfo &getRegisterInfo() const { return RI; }

  void copyPhysReg(MachineBasicBlock &MBB, MachineBasicBlock::iterator MI,
                   const DebugLoc &DL, Register DestReg, Register SrcReg,
                   bool KillSrc, bool RenamableDest = false,
                   bool RenamableSrc = false) const override;

  void storeRegToStackSlot(
      MachineBasicBlock &MBB, MachineBasicBlock::iterator MI, Register SrcReg,
      bool IsKill, int FrameIndex, const TargetRegisterClass *RC, Register VReg,
      MachineInstr::MIFlag Flags = MachineInstr::NoFlags) const override;

  void loadRegFromStackSlot(
      MachineBasicBlock &MBB, MachineBasicBlock::iterator MI, Register DestReg,
      int FrameIndex, const TargetRegisterClass *RC, Register VReg,
      unsigned SubReg = 0,
      MachineInstr::MIFlag Flags = MachineInstr::NoFlags) const override;

  Register isLoadFromStackSlot(const MachineInstr &MI,
                               int &FrameIndex) const override;
  /// A store to or a load from a spill slot: an allocator keeping a value
  /// in RAM (-circ-ra-report's spills and reloads, the state pictures).
  bool isSpillSlotStore(const MachineInstr &MI) const;
  bool isSpillSlotLoad(const MachineInstr &MI) const;
  Register isStoreToStackSlot(const MachineInstr &MI,
                              int &FrameIndex) const override;

  bool analyzeBranch(MachineBasicBlock &MBB, MachineBasicBlock *&TBB,
                     MachineBasicBlock *&FBB,
                     SmallVectorImpl<MachineOperand> &Cond,
                     bool AllowModify = false) const override;
  unsigned removeBranch(MachineBasicBlock &MBB,
                        int *BytesRemoved = nullptr) const override;
  unsigned insertBranch(MachineBasicBlock &MBB, MachineBasicBlock *TBB,
                        MachineBasicBlock *FBB, ArrayRef<MachineOperand> Cond,
                        const DebugLoc &DL,
                        int *BytesAdded = nullptr) const override;
  bool
  reverseBranchCondition(SmallVectorImpl<MachineOperand> &Cond) const override;

  /// Emits `DstReg = SrcReg + Amount` (Amount may be 0: a copy).
  void addImmediate(MachineBasicBlock &MBB, MachineBasicBlock::iterator MI,
                    const DebugLoc &DL, Register DstReg, Register SrcReg,
                    int64_t Amount, MachineInstr::MIFlag Flag) const;
};

} // namespace llvm

#endif
