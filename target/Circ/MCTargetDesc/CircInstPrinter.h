//===- CircInstPrinter.h - print circ MCInsts -------------------*- C++ -*-===//
#ifndef CIRC_MCTARGETDESC_CIRCINSTPRINTER_H
#define CIRC_MCTARGETDESC_CIRCINSTPRINTER_H

#include "llvm/MC/MCInstPrinter.h"

namespace llvm {

class CircInstPrinter : public MCInstPrinter {
public:
  CircInstPrinter(const MCAsmInfo &MAI, const MCInstrInfo &MII,
                  const MCRegisterInfo &MRI)
      : MCInstPrinter(MAI, MII, MRI) {}

  void printInst(const MCInst *MI, uint64_t Address, StringRef Annot,
                 const MCSubtargetInfo &STI, raw_ostream &O) override;
  void printRegName(raw_ostream &O, MCRegister Reg) override;

  // Used by the generated printer.
  std::pair<const char *, uint64_t>
  getMnemonic(const MCInst &MI) const override;
  void printInstruction(const MCInst *MI, uint64_t Address, raw_ostream &O);
  static const char *getRegisterName(MCRegister Reg);
  void printOperand(const MCInst *MI, unsigned OpNo, raw_ostream &O);
  void printMemOperand(const MCInst *MI, unsigned OpNo, raw_ostream &O);
};

} // namespace llvm

#endif
