// Stack-coherent spilling, first worked example: a0 is shadowed by a1 in two
// sibling scopes, and only the first scope's transitions exceed the width (it
// also holds b). The two locations are independent: (a0, loc0) is spilled and
// (a0, loc1) is not. One frame, pushed where scope 1 is entered and popped
// where it is left.
// RUN: circ-opt %s -circ-blockify -circ-io-width -o /dev/null | FileCheck %s --check-prefix=WIDTH
// RUN: circ-opt %s -circ-blockify '-circ-spill=width=3 report=1' -circ-verify-stack -circ-io-width | FileCheck %s
// RUN: circ-opt %s -circ-blockify -circ-spill=width=3 -o %t.mlir
// RUN: circ-llc %t.mlir -o %t.s
// RUN: FileCheck %s --check-prefix=ASM < %t.s
// RUN: circ-sim %t.s | FileCheck %s --check-prefix=OUT

// WIDTH: io-width module: circ_blocks 4, coloured 4

// CHECK: circ-spill: candidate (main:a@0.0, scope 1 at scope#1)
// CHECK: circ-spill: candidate (main:a@0.0, scope 3 at scope#8)
// CHECK: circ-spill: choose (main:a@0.0, scope 1 at scope#1), relieves 3 over-width state(s)
// CHECK-NOT: choose
// CHECK: circ-spill: width 3: 1 frame(s), 1 value(s) pushed
// CHECK: io-width module: circ_blocks 3, coloured 3
// CHECK: circ.block "entry"
// CHECK: circ.push %{{.*}} : i64
// CHECK-NEXT: cf.br ^bb1
// CHECK: circ.block "scope" in @main scope [0, 1] bound 1 vars []
// CHECK: circ.block "scope.exit" in @main scope [0] bound 1 vars []
// CHECK-NEXT: %[[A0:.*]] = circ.pop [1] : i64
// CHECK-NEXT: cf.br ^bb8(%[[A0]] : i64)
// CHECK: circ.block "scope" in @main scope [0, 3] bound 1 vars ["main:a@0.0"]
// CHECK-NOT: circ.push

// The frame reaches the assembly as the machine's frame/push/ldf/popf.
// ASM-LABEL: main:
// ASM: frame
// ASM-NEXT: push %rp
// ASM: frame
// ASM-NOT: popf
// ASM: push %r{{[0-9]+}}
// ASM-NOT: popf
// ASM: ldf %r{{[0-9]+}}, 1
// ASM-NEXT: popf

// OUT: 9
// OUT-NEXT: 8
// OUT-NEXT: 1

func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c3 = arith.constant 3 : i64
  %a0 = circ.var "a" = %c1 : i64
  circ.scope {
    %a1 = circ.var "a" = %c0 : i64
    %b = circ.var "b" = %c3 : i64
    scf.for %i = %c0 to %c3 step %c1 : i64 {
      %v = circ.get %a1 : i64
      %w = circ.get %b : i64
      %s = arith.addi %v, %w : i64
      circ.set %a1 = %s : i64
    }
    %v = circ.get %a1 : i64
    circ.print %v : i64
  }
  circ.scope {
    %a1 = circ.var "a" = %c1 : i64
    scf.for %i = %c0 to %c3 step %c1 : i64 {
      %v = circ.get %a1 : i64
      %s = arith.addi %v, %v : i64
      circ.set %a1 = %s : i64
    }
    %v = circ.get %a1 : i64
    circ.print %v : i64
  }
  %r = circ.get %a0 : i64
  circ.print %r : i64
  func.return %c0 : i64
}
