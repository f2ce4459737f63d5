// A shadowed variable spilled in an if arm: the frame is pushed at the start
// of the arm's first block (the branch into it is conditional) and popped at
// the end of the arm (the join is also reached from the other arm), so both
// paths leave the stack as they found it.
// RUN: circ-opt %s -circ-blockify '-circ-spill=width=3 report=1' -circ-verify-stack | FileCheck %s
// RUN: circ-opt %s -circ-blockify -circ-spill=width=3 -o %t.mlir
// RUN: circ-llc %t.mlir -o %t.s
// RUN: circ-sim %t.s | FileCheck %s --check-prefix=OUT

// CHECK: circ-spill: choose (main:a@0.0, scope 1 at if.then#1)
// CHECK: circ.block "if.then" in @main scope [0, 1] bound 1 vars ["main:a@0.0", "main:b@0.0"]
// CHECK-NEXT: circ.push %{{.*}} : i64
// CHECK: circ.block "for.tail" in @main scope [0, 1]
// CHECK: %[[A:.*]] = circ.pop [1] : i64
// CHECK-NEXT: cf.br ^{{.*}}(%[[A]], %{{.*}} : i64, i64)
// CHECK: circ.block "if.else"
// CHECK-NOT: circ.pop
// CHECK: circ.block "if.join"

// OUT: 18
// OUT-NEXT: 7
func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c3 = arith.constant 3 : i64
  %c5 = arith.constant 5 : i64
  %c10 = arith.constant 10 : i64
  %a = circ.var "a" = %c1 : i64
  %b = circ.var "b" = %c5 : i64
  %go = arith.cmpi slt, %c1, %c3 : i64
  scf.if %go {
    %a1 = circ.var "a" = %c10 : i64
    scf.for %i = %c0 to %c3 step %c1 : i64 {
      %v = circ.get %a1 : i64
      %w = arith.addi %v, %i : i64
      circ.set %a1 = %w : i64
    }
    %v = circ.get %a1 : i64
    %bv = circ.get %b : i64
    %s = arith.addi %v, %bv : i64
    circ.set %b = %s : i64
    circ.print %s : i64
  } else {
    %bv = circ.get %b : i64
    circ.print %bv : i64
  }
  %av = circ.get %a : i64
  %bv = circ.get %b : i64
  %r = arith.subi %bv, %av : i64
  %q = arith.subi %r, %c10 : i64
  circ.print %q : i64
  func.return %c0 : i64
}
