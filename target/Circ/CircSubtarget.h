//===- CircSubtarget.h - circ subtarget -------------------------*- C++ -*-===//
#ifndef CIRC_CIRCSUBTARGET_H
#define CIRC_CIRCSUBTARGET_H

#include "CircFrameLowering.h"
#include "CircISelLowering.h"
#include "CircInstrInfo.h"
#include "CircRegisterInfo.h"
#include "llvm/CodeGen/SelectionDAGTargetInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"

#define GET_SUBTARGETINFO_HEADER
#include "CircGenSubtargetInfo.inc"

namespace llvm {

class CircSubtarget : public CircGenSubtargetInfo {
  // The instruction info takes the register info: declare it first.
  CircRegisterInfo RegInfo;
  CircInstrInfo InstrInfo;
  CircFrameLowering FrameLowering;
  CircTargetLowering TLInfo;
  SelectionDAGTargetInfo TSInfo;

public:
  CircSubtarget(const Triple &TT, StringRef CPU, StringRef FS,
                const TargetMachine &TM);

  void ParseSubtargetFeatures(StringRef CPU, StringRef TuneCPU, StringRef FS);

  const CircInstrInfo *getInstrInfo() const override { return &InstrInfo; }
  const CircRegisterInfo *getRegisterInfo() const override { return &RegInfo; }
  const CircFrameLowering *getFrameLowering() const override {
    return &FrameLowering;
  }
  const CircTargetLowering *getTargetLowering() const override {
    return &TLInfo;
  }
  const SelectionDAGTargetInfo *getSelectionDAGInfo() const override {
    return &TSInfo;
  }
};

} // namespace llvm

#endif
