//===- CircMCAsmInfo.h - circ assembly dialect ------------------*- C++ -*-===//
#ifndef CIRC_MCTARGETDESC_CIRCMCASMINFO_H
#define CIRC_MCTARGETDESC_CIRCMCASMINFO_H

#include "llvm/MC/MCAsmInfoELF.h"

namespace llvm {
class Triple;

class CircMCAsmInfo : public MCAsmInfoELF {
public:
  explicit CircMCAsmInfo(const Triple &TT);
};
} // namespace llvm

#endif
