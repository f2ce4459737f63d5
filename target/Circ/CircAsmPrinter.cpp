//===- CircAsmPrinter.cpp - print circ assembly ---------------------------===//
//
// Prints a label for every machine basic block (circ-sim starts a block at
// every label, so a block here is a block there) and after it `.irblock K, N`
// when the block came from IR block K of the function's N as circ-llc
// numbered them (so that a profile names blocks the way another compile of
// the program can find them), ends the file with the setjmp routines the
// module calls (CircSetjmp.cpp) and the `.iowidth` directive, and
// prints the -circ-ra-report line of each function from the final code.
//
//===----------------------------------------------------------------------===//

#include "Circ.h"
#include "CircBlockFrequencies.h"
#include "CircMachineFunctionInfo.h"
#include "CircSetjmp.h"
#include "CircTargetMachine.h"
#include "MCTargetDesc/CircInstPrinter.h"
#include "RegAlloc/CircPhysTransitions.h"
#include "TargetInfo/CircTargetInfo.h"
#include "llvm/CodeGen/AsmPrinter.h"
#include "llvm/CodeGen/MachineConstantPool.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

#define DEBUG_TYPE "asm-printer"

namespace {
class CircAsmPrinter : public AsmPrinter {
  /// The widest io width any function of the module needs.
  unsigned ModuleWidth = 0;

public:
  static char ID;
  CircAsmPrinter(TargetMachine &TM, std::unique_ptr<MCStreamer> Streamer)
      : AsmPrinter(TM, std::move(Streamer), ID) {}

  StringRef getPassName() const override { return "circ assembly printer"; }

  bool runOnMachineFunction(MachineFunction &MF) override;
  void emitInstruction(const MachineInstr *MI) override;
  bool
  isBlockOnlyReachableByFallthrough(const MachineBasicBlock *) const override {
    return false;
  }
  void emitEndOfAsmFile(Module &M) override;
  void emitBasicBlockStart(const MachineBasicBlock &MBB) override;

private:
  MCOperand lowerOperand(const MachineOperand &MO) const;
  MCOperand symbolOperand(const MCSymbol *Sym, int64_t Offset) const;
};
} // namespace

char CircAsmPrinter::ID = 0;

static void printRAReport(const MachineFunction &MF,
                          const PhysTransitionSummary &S, raw_ostream &OS) {
  const auto *FI = MF.getInfo<CircMachineFunctionInfo>();
  auto Field = [](int V) {
    return V < 0 ? std::string("-") : std::to_string(V);
  };
  OS << "ra-report: func=" << MF.getName() << " allocator="
     << (FI->AllocatorName.empty() ? "none" : FI->AllocatorName)
     << " width=" << S.Width << " lower-bound=" << S.LowerBound
     << " spills=" << FI->Spills << " reloads=" << FI->Reloads
     << " pushes=" << Field(FI->Pushes) << " pops=" << Field(FI->Pops)
     << " copies=" << FI->Copies << "\n";
}

bool CircAsmPrinter::runOnMachineFunction(MachineFunction &MF) {
  PhysTransitionSummary S = summarizePhysTransitions(MF);
  // circ's allocators promise that only registers below the io width cross a
  // transition; say so here rather than let the simulator find out.
  const auto *FI = MF.getInfo<CircMachineFunctionInfo>();
  unsigned Limit = MF.getSubtarget<CircSubtarget>().transitionRegisterLimit();
  if (circ::isCircAllocator(FI->AllocatorName) && S.Width > Limit)
    report_fatal_error("circ: internal error: " + FI->AllocatorName +
                       " left %r" + Twine(S.Width - 1) +
                       " live across a transition in " + MF.getName() +
                       " (io width " + Twine(Limit) + ")");
  ModuleWidth = std::max(ModuleWidth, S.Width);
  if (circ::raReportEnabled())
    printRAReport(MF, S,
                  static_cast<const CircTargetMachine &>(TM).reportStream());
  return AsmPrinter::runOnMachineFunction(MF);
}

void CircAsmPrinter::emitBasicBlockStart(const MachineBasicBlock &MBB) {
  AsmPrinter::emitBasicBlockStart(MBB);
  const BasicBlock *BB = MBB.getBasicBlock();
  if (!BB)
    return;
  unsigned Count = circ::irBlockCount(MBB.getParent()->getFunction());
  unsigned N = circ::irBlockNumber(*BB).value_or(Count);
  if (N < Count)
    OutStreamer->emitRawText("\t.irblock\t" + Twine(N) + ", " + Twine(Count));
}

void CircAsmPrinter::emitEndOfAsmFile(Module &M) {
  unsigned W = static_cast<const CircTargetMachine &>(TM).ioWidthOf(M);
  if (W == 0)
    W = std::max(ModuleWidth, 1u);
  OutStreamer->switchSection(getObjFileLowering().getTextSection());
  circ::emitSetjmpRoutines(M, W, *OutStreamer, *TM.getMCSubtargetInfo(),
                           OutContext);
  OutStreamer->emitRawText("\t.iowidth\t" + Twine(W));
}

MCOperand CircAsmPrinter::symbolOperand(const MCSymbol *Sym,
                                        int64_t Offset) const {
  const MCExpr *E = MCSymbolRefExpr::create(Sym, OutContext);
  if (Offset)
    E = MCBinaryExpr::createAdd(E, MCConstantExpr::create(Offset, OutContext),
                                OutContext);
  return MCOperand::createExpr(E);
}

MCOperand CircAsmPrinter::lowerOperand(const MachineOperand &MO) const {
  switch (MO.getType()) {
  case MachineOperand::MO_Register:
    return MCOperand::createReg(MO.getReg());
  case MachineOperand::MO_Immediate:
    return MCOperand::createImm(MO.getImm());
  case MachineOperand::MO_MachineBasicBlock:
    return symbolOperand(MO.getMBB()->getSymbol(), 0);
  case MachineOperand::MO_GlobalAddress:
    return symbolOperand(getSymbol(MO.getGlobal()), MO.getOffset());
  case MachineOperand::MO_ExternalSymbol:
    return symbolOperand(GetExternalSymbolSymbol(MO.getSymbolName()),
                         MO.getOffset());
  case MachineOperand::MO_BlockAddress:
    return symbolOperand(GetBlockAddressSymbol(MO.getBlockAddress()),
                         MO.getOffset());
  case MachineOperand::MO_ConstantPoolIndex:
    return symbolOperand(GetCPISymbol(MO.getIndex()), MO.getOffset());
  default:
    report_fatal_error("circ: cannot print this kind of machine operand");
  }
}

void CircAsmPrinter::emitInstruction(const MachineInstr *MI) {
  MCInst Inst;
  Inst.setOpcode(MI->getOpcode());
  for (const MachineOperand &MO : MI->operands()) {
    if (MO.isRegMask() || (MO.isReg() && MO.isImplicit()))
      continue;
    Inst.addOperand(lowerOperand(MO));
  }
  EmitToStreamer(*OutStreamer, Inst);
}

extern "C" LLVM_EXTERNAL_VISIBILITY void LLVMInitializeCircAsmPrinter() {
  RegisterAsmPrinter<CircAsmPrinter> X(getTheCircTarget());
}
