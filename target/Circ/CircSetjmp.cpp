//===- CircSetjmp.cpp - the setjmp and longjmp routines -------------------===//
//
// A jmp_buf holds one word: the write-once frame that __circ_setjmp opens.
// Frame cells are never written twice and %sp never moves back, so that
// frame stays readable after __circ_setjmp has returned, and returning from
// it a second time is its own epilogue run again on the same cells:
//
//   __circ_setjmp (%r0 = buf)          __circ_longjmp (%r0 = buf, %r1 = val)
//     frame                              ld64 %bp, 0(%r0)
//     push %rp          bp+1             mov %r0, %r1
//     push %ap          bp+2             ldf %ap, 2
//     push %rK ...      bp+3...          ldf %rK, 3... (same registers)
//     st64 %bp, 0(%r0)                   ldf %rp, 1
//     li %r0, 0                          popf
//     ldf %rp, 1; popf; ret              ret
//
// The registers kept are the callee-saved ones below the io width (the
// others do not survive a call anyway). %bp comes back through popf; frames
// opened since the setjmp are abandoned, as %sp only grows. circ-sim takes
// the second return from the __circ_setjmp call as a return of that call
// (docs/machine.md, "Non-local returns"). val is in %r1: an explicit io
// width is at least 4, and an unbounded one covers the %r1 its callers pass.
//
//===----------------------------------------------------------------------===//

#include "CircSetjmp.h"
#include "CircRegisterInfo.h"
#include "MCTargetDesc/CircMCTargetDesc.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCInstBuilder.h"
#include "llvm/MC/MCStreamer.h"

using namespace llvm;

static constexpr const char *SetjmpName = "__circ_setjmp";
static constexpr const char *LongjmpName = "__circ_longjmp";

bool circ::isSetjmpRoutine(StringRef Name) {
  return Name == SetjmpName || Name == LongjmpName;
}

namespace {
/// The instructions of one routine, printed as they are added.
class RoutineWriter {
  MCStreamer &S;
  const MCSubtargetInfo &STI;

public:
  RoutineWriter(MCStreamer &S, const MCSubtargetInfo &STI) : S(S), STI(STI) {}
  void add(const MCInst &I) { S.emitInstruction(I, STI); }
  void op(unsigned Opc) { add(MCInstBuilder(Opc)); }
  void push(MCRegister R) { add(MCInstBuilder(Circ::PUSH).addReg(R)); }
  void ldf(MCRegister R, int64_t Cell) {
    add(MCInstBuilder(Circ::LDF).addReg(R).addImm(Cell));
  }
  void mem(unsigned Opc, MCRegister R, MCRegister Base, int64_t Off) {
    add(MCInstBuilder(Opc).addReg(R).addReg(Base).addImm(Off));
  }
};
} // namespace

/// The registers a jmp_buf's frame keeps after %rp, from cell 2 on.
static SmallVector<MCRegister, 34> keptRegisters(unsigned Width) {
  SmallVector<MCRegister, 34> Regs{Circ::AP};
  for (unsigned I = 0; I < Width && I < CircRegisterInfo::NumGeneralRegs; ++I)
    if (CircRegisterInfo::isCalleeSavedIndex(I))
      Regs.push_back(CircRegisterInfo::generalReg(I));
  return Regs;
}

static void emitSetjmp(RoutineWriter &W, unsigned Width) {
  W.op(Circ::FRAME);
  W.push(Circ::RP);
  for (MCRegister R : keptRegisters(Width))
    W.push(R);
  W.mem(Circ::ST64, Circ::BP, Circ::R0, 0);
  W.add(MCInstBuilder(Circ::LI).addReg(Circ::R0).addImm(0));
  W.ldf(Circ::RP, 1);
  W.op(Circ::POPF);
  W.op(Circ::RET);
}

static void emitLongjmp(RoutineWriter &W, unsigned Width) {
  W.mem(Circ::LD64, Circ::BP, Circ::R0, 0);
  W.add(MCInstBuilder(Circ::MOV).addReg(Circ::R0).addReg(Circ::R1));
  int64_t Cell = 2;
  for (MCRegister R : keptRegisters(Width))
    W.ldf(R, Cell++);
  W.ldf(Circ::RP, 1);
  W.op(Circ::POPF);
  W.op(Circ::RET);
}

static bool isCalled(const Module &M, StringRef Name) {
  const Function *F = M.getFunction(Name);
  return F && F->isDeclaration() && !F->use_empty();
}

void circ::emitSetjmpRoutines(const Module &M, unsigned Width, MCStreamer &S,
                              const MCSubtargetInfo &STI, MCContext &Ctx) {
  RoutineWriter W(S, STI);
  auto Emit = [&](StringRef Name, void (*Body)(RoutineWriter &, unsigned)) {
    if (!isCalled(M, Name))
      return;
    S.emitLabel(Ctx.getOrCreateSymbol(Name));
    Body(W, Width);
  };
  Emit(SetjmpName, emitSetjmp);
  Emit(LongjmpName, emitLongjmp);
}
