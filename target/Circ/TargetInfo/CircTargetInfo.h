//===- CircTargetInfo.h - the circ Target object ----------------*- C++ -*-===//
#ifndef CIRC_TARGETINFO_CIRCTARGETINFO_H
#define CIRC_TARGETINFO_CIRCTARGETINFO_H

namespace llvm {
class Target;
Target &getTheCircTarget();
} // namespace llvm

extern "C" void LLVMInitializeCircTargetInfo();

#endif
