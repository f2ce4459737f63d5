//===- Circ.td - The circ target ---------------------------*- tablegen -*-===//
//
// Top-level description of the circ machine: a 64-bit register machine for
// block-based proof systems. See docs/machine.md for the machine model.
//
//===----------------------------------------------------------------------===//

include "llvm/Target/Target.td"

include "CircRegisterInfo.td"
include "CircCallingConv.td"
include "CircInstrInfo.td"

def CircInstrInfo : InstrInfo;

def : ProcessorModel<"generic", NoSchedModel, []>;

def CircAsmWriter : AsmWriter {
  string AsmWriterClassName = "InstPrinter";
  bit isMCAsmWriter = 1;
}

def Circ : Target {
  let InstructionSet = CircInstrInfo;
  let AssemblyWriters = [CircAsmWriter];
}
