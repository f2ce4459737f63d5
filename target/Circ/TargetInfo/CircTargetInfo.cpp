//===- CircTargetInfo.cpp - register the circ target ----------------------===//
//
// circ has no Triple::ArchType of its own; it claims the unknown arch, so that
// -mtriple=circ, circ-unknown-elf and -march=circ select it.
//
//===----------------------------------------------------------------------===//

#include "TargetInfo/CircTargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

Target &llvm::getTheCircTarget() {
  static Target TheCircTarget;
  return TheCircTarget;
}

static bool matchesCircArch(Triple::ArchType Arch) {
  return Arch == Triple::UnknownArch;
}

extern "C" void LLVMInitializeCircTargetInfo() {
  TargetRegistry::RegisterTarget(getTheCircTarget(), "circ",
                                 "circ block-based proof machine", "Circ",
                                 &matchesCircArch);
}
