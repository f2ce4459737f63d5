//===- CircCallingConv.td - circ calling convention ---------*- tablegen -*-===//
//
// Callee-saved: general registers whose index is 2 or 3 modulo 4, so that both
// kinds exist among the first W registers for every io width W >= 4. Argument
// assignment depends on the io width and lives in CircCallingConv.cpp.
//
//===----------------------------------------------------------------------===//

def CSR : CalleeSavedRegs<(add
  R2, R3, R6, R7, R10, R11, R14, R15,
  R18, R19, R22, R23, R26, R27, R30, R31,
  R34, R35, R38, R39, R42, R43, R46, R47,
  R50, R51, R54, R55, R58, R59, R62, R63)>;
