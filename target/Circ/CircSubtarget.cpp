//===- CircSubtarget.cpp - circ subtarget ---------------------------------===//

#include "CircSubtarget.h"
#include "Circ.h"

using namespace llvm;

#define GET_SUBTARGETINFO_TARGET_DESC
#define GET_SUBTARGETINFO_CTOR
#include "CircGenSubtargetInfo.inc"

CircSubtarget::CircSubtarget(const Triple &TT, StringRef CPU, StringRef FS,
                             const TargetMachine &TM, unsigned IOWidth)
    : CircGenSubtargetInfo(TT, CPU.empty() ? "generic" : CPU,
                           CPU.empty() ? "generic" : CPU, FS),
      IOWidth(IOWidth), RegInfo(), InstrInfo(*this, RegInfo), FrameLowering(),
      TLInfo(TM, *this) {}
