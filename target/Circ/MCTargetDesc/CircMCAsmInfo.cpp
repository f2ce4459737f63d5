//===- CircMCAsmInfo.cpp - circ assembly dialect --------------------------===//
//
// Only what circ-sim reads (docs/machine.md, "Directives"): no debug info, no
// CFI, ELF-style sections and data directives.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/CircMCAsmInfo.h"

using namespace llvm;

CircMCAsmInfo::CircMCAsmInfo(const Triple &) {
  CodePointerSize = 8;
  CalleeSaveStackSlotSize = 8;
  IsLittleEndian = true;
  CommentString = "#";
  PrivateGlobalPrefix = ".L";
  PrivateLabelPrefix = ".L";
  Data8bitsDirective = "\t.byte\t";
  Data16bitsDirective = "\t.short\t";
  Data32bitsDirective = "\t.long\t";
  Data64bitsDirective = "\t.quad\t";
  ZeroDirective = "\t.zero\t";
  AlignmentIsInBytes = false;
  SupportsDebugInformation = false;
  ExceptionsType = ExceptionHandling::None;
  UsesELFSectionDirectiveForBSS = true;
  HasIdentDirective = false;
}
