//===- CircMCTargetDesc.h - circ MC layer -----------------------*- C++ -*-===//
#ifndef CIRC_MCTARGETDESC_CIRCMCTARGETDESC_H
#define CIRC_MCTARGETDESC_CIRCMCTARGETDESC_H

// The generated enums: Circ::R0.., Circ::ADDrr.., Circ::GPRRegClassID.
#define GET_REGINFO_ENUM
#include "CircGenRegisterInfo.inc"

#define GET_INSTRINFO_ENUM
#define GET_INSTRINFO_MC_HELPER_DECLS
#include "CircGenInstrInfo.inc"

#define GET_SUBTARGETINFO_ENUM
#include "CircGenSubtargetInfo.inc"

extern "C" void LLVMInitializeCircTargetMC();

#endif
