//===- CircCallingConv.h - circ argument assignment -------------*- C++ -*-===//
#ifndef CIRC_CIRCCALLINGCONV_H
#define CIRC_CIRCCALLINGCONV_H

#include "llvm/CodeGen/CallingConvLower.h"

namespace llvm {
/// Arguments: the argument registers below the io width, then 8-byte RAM
/// stack slots; variadic arguments always on the RAM stack.
bool CC_Circ(unsigned ValNo, MVT ValVT, MVT LocVT, CCValAssign::LocInfo LocInfo,
             ISD::ArgFlagsTy ArgFlags, Type *OrigTy, CCState &State);
/// How many argument registers CC_Circ may use when \p Limit registers
/// cross a transition: the calling convention, so instruction selection,
/// is the same at two io widths with the same count.
unsigned argumentRegisterCount(unsigned Limit);
/// Results: %r0, %r1.
bool RetCC_Circ(unsigned ValNo, MVT ValVT, MVT LocVT,
                CCValAssign::LocInfo LocInfo, ISD::ArgFlagsTy ArgFlags,
                Type *OrigTy, CCState &State);
} // namespace llvm

#endif
