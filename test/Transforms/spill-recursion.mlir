// circ_blocks cannot carry values through a recursive call, so -circ-spill
// pushes what is live across one at any width, and the result still runs.
// RUN: circ-opt %s -circ-blockify '-circ-spill=report=1' -circ-verify-stack | FileCheck %s
// RUN: circ-opt %s -circ-blockify -circ-spill -o %t.mlir
// RUN: circ-llc %t.mlir -o %t.s
// RUN: circ-sim %t.s | FileCheck %s --check-prefix=OUT

// CHECK: circ-spill: candidate (fact:n@0.0, call @fact in if.else#2)
// CHECK-SAME: always spilled (recursive call)
// CHECK: circ-spill: width 0: 1 frame(s), 1 value(s) pushed
// CHECK: circ.push %{{.*}} : i64
// CHECK-NEXT: call @fact
// CHECK: circ.block "call.fact.ret"
// CHECK-NEXT: circ.pop [1] : i64
// OUT: 120

func.func @fact(%n: i64 {circ.name = "n"}) -> i64 {
  %c1 = arith.constant 1 : i64
  %acc = circ.var "acc" = %c1 : i64
  %small = arith.cmpi sle, %n, %c1 : i64
  scf.if %small {
  } else {
    %m = arith.subi %n, %c1 : i64
    %f = func.call @fact(%m) : (i64) -> i64
    %p = arith.muli %f, %n : i64
    circ.set %acc = %p : i64
  }
  %r = circ.get %acc : i64
  func.return %r : i64
}
func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c5 = arith.constant 5 : i64
  %f = func.call @fact(%c5) : (i64) -> i64
  circ.print %f : i64
  func.return %c0 : i64
}
