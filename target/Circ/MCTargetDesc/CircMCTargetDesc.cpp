//===- CircMCTargetDesc.cpp - register the circ MC layer ------------------===//

#include "MCTargetDesc/CircMCTargetDesc.h"
#include "MCTargetDesc/CircInstPrinter.h"
#include "MCTargetDesc/CircMCAsmInfo.h"
#include "TargetInfo/CircTargetInfo.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"

using namespace llvm;

#define GET_INSTRINFO_MC_DESC
#define ENABLE_INSTR_PREDICATE_VERIFIER
#include "CircGenInstrInfo.inc"

#define GET_SUBTARGETINFO_MC_DESC
#include "CircGenSubtargetInfo.inc"

#define GET_REGINFO_MC_DESC
#include "CircGenRegisterInfo.inc"

static MCInstrInfo *createCircMCInstrInfo() {
  auto *X = new MCInstrInfo();
  InitCircMCInstrInfo(X);
  return X;
}

static MCRegisterInfo *createCircMCRegisterInfo(const Triple &) {
  auto *X = new MCRegisterInfo();
  InitCircMCRegisterInfo(X, Circ::RP);
  return X;
}

static MCSubtargetInfo *createCircMCSubtargetInfo(const Triple &TT,
                                                  StringRef CPU, StringRef FS) {
  if (CPU.empty())
    CPU = "generic";
  return createCircMCSubtargetInfoImpl(TT, CPU, /*TuneCPU=*/CPU, FS);
}

static MCAsmInfo *createCircMCAsmInfo(const MCRegisterInfo &, const Triple &TT,
                                      const MCTargetOptions &) {
  return new CircMCAsmInfo(TT);
}

static MCInstPrinter *createCircMCInstPrinter(const Triple &, unsigned,
                                              const MCAsmInfo &MAI,
                                              const MCInstrInfo &MII,
                                              const MCRegisterInfo &MRI) {
  return new CircInstPrinter(MAI, MII, MRI);
}

extern "C" void LLVMInitializeCircTargetMC() {
  Target &T = getTheCircTarget();
  TargetRegistry::RegisterMCAsmInfo(T, createCircMCAsmInfo);
  TargetRegistry::RegisterMCInstrInfo(T, createCircMCInstrInfo);
  TargetRegistry::RegisterMCRegInfo(T, createCircMCRegisterInfo);
  TargetRegistry::RegisterMCSubtargetInfo(T, createCircMCSubtargetInfo);
  TargetRegistry::RegisterMCInstPrinter(T, createCircMCInstPrinter);
}
