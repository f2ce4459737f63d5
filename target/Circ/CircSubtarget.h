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
  unsigned IOWidth;
  // The instruction info takes the register info: declare it first.
  CircRegisterInfo RegInfo;
  CircInstrInfo InstrInfo;
  CircFrameLowering FrameLowering;
  CircTargetLowering TLInfo;
  SelectionDAGTargetInfo TSInfo;

public:
  /// \p IOWidth: the module's io width (0 = unbounded).
  CircSubtarget(const Triple &TT, StringRef CPU, StringRef FS,
                const TargetMachine &TM, unsigned IOWidth);

  /// The io width the code is compiled for: 0 when unbounded.
  unsigned ioWidth() const { return IOWidth; }
  /// Number of general registers that may carry a value across a transition
  /// (the io width, or all of them when unbounded).
  unsigned transitionRegisterLimit() const {
    return IOWidth ? IOWidth : CircRegisterInfo::NumGeneralRegs;
  }
  /// Whether the io width keeps some register from crossing a transition.
  bool hasTransitionBudget() const {
    return transitionRegisterLimit() < CircRegisterInfo::NumGeneralRegs;
  }

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
