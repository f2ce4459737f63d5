// Stack-coherent spilling, second worked example: a0 is shadowed by a1 in two
// sibling scopes and each scope calls foo(). While foo runs, a0, a1.loc0 and
// a1.loc1 are live in it (carried), so circ_blocks' rule counts all three; our
// colouring sees that a1.loc0 and a1.loc1 live in different calling contexts
// and counts two. Spilling (a0, loc0) alone does not shrink foo's states,
// because a0 is still carried when foo is called from loc1: a0 is removed
// only when it is spilled at both locations.
// RUN: circ-opt %s -circ-blockify -circ-print-transition-states -o /dev/null | FileCheck %s --check-prefix=TS
// RUN: circ-opt %s -circ-blockify '-circ-spill=width=3 report=1' -circ-verify-stack -circ-io-width | FileCheck %s
// RUN: circ-opt %s -circ-blockify -circ-spill=width=3 -o %t.mlir
// RUN: circ-llc %t.mlir -o %t.s
// RUN: circ-sim %t.s | FileCheck %s --check-prefix=OUT

// TS: state 2 @foo internal: entries [@foo.for.header#2]
// TS-NEXT: live: foo:$i0@1.0 foo:s@0.0
// TS-NEXT: carried in context 0: main:a@0.0 main:a@1.0
// TS-NEXT: carried in context 1: main:a@0.0 main:a@1.1
// TS-NEXT: size 4 (circ_blocks 5, 2 contexts)
// TS: io width: 4 (circ_blocks rule: 5)

// CHECK: circ-spill: choose (main:a@0.0, scope 1 at scope#1), relieves 3 over-width state(s)
// CHECK-NEXT: circ-spill: choose (main:a@0.0, scope 2 at scope#4), relieves 3 over-width state(s)
// CHECK-NEXT: circ-spill: width 3: 2 frame(s), 2 value(s) pushed
// CHECK: io-width @foo: circ_blocks 4, coloured 3
// CHECK: circ.block "scope" in @main scope [0, 1] bound 1 vars []
// CHECK: circ.block "scope.exit" in @main scope [0] bound 1 vars []
// CHECK-NEXT: circ.pop [1] : i64
// CHECK: circ.block "scope" in @main scope [0, 2] bound 1 vars []
// CHECK: circ.block "scope.exit" in @main scope [0] bound 1 vars []
// CHECK-NEXT: circ.pop [1] : i64

// OUT: 85
// OUT-NEXT: 342
// OUT-NEXT: 2

func.func @foo(%x: i64 {circ.name = "x"}) -> i64 {
  %c1 = arith.constant 1 : i64
  %c0 = arith.constant 0 : i64
  %c4 = arith.constant 4 : i64
  %s = circ.var "s" = %x : i64
  scf.for %i = %c0 to %c4 step %c1 : i64 {
    %v = circ.get %s : i64
    %w = arith.muli %v, %c4 : i64
    %y = arith.addi %w, %c1 : i64
    circ.set %s = %y : i64
  }
  %r = circ.get %s : i64
  func.return %r : i64
}
func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %a0 = circ.var "a" = %c2 : i64
  circ.scope {
    %a1 = circ.var "a" = %c0 : i64
    %v = circ.get %a1 : i64
    %r = func.call @foo(%v) : (i64) -> i64
    %w = circ.get %a1 : i64
    %s = arith.addi %r, %w : i64
    circ.set %a1 = %s : i64
    %p = circ.get %a1 : i64
    circ.print %p : i64
  }
  circ.scope {
    %a1 = circ.var "a" = %c1 : i64
    %v = circ.get %a1 : i64
    %r = func.call @foo(%v) : (i64) -> i64
    %w = circ.get %a1 : i64
    %s = arith.addi %r, %w : i64
    circ.set %a1 = %s : i64
    %p = circ.get %a1 : i64
    circ.print %p : i64
  }
  %r = circ.get %a0 : i64
  circ.print %r : i64
  func.return %c0 : i64
}
