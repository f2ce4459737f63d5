// circ_blocks' width vs ours. @leaf is called from two places in @main; what
// is live across each call is carried through @leaf. circ_blocks gives each
// distinct name a slot (x, y and z all meet in @leaf's states); our
// colouring sees that x is carried only in context 0 and y, z only in
// context 1.
// RUN: circ-opt %s -circ-blockify -circ-io-width | FileCheck %s

// A call's transitions belong to the callee's states, so @main, whose
// blocks all end in calls, owns only its return state.
// CHECK: io-width @leaf: circ_blocks 4, coloured 3
// CHECK: io-width @fact: circ_blocks 3, coloured 3 (recursive: circ_blocks rejects it)
// CHECK: io-width @main: circ_blocks 1, coloured 1
// CHECK: io-width module: circ_blocks 4, coloured 3
// CHECK: module attributes {circ.io_width = 3 : i64, circ.io_width_circ_blocks = 4 : i64}

func.func @leaf(%a: i64 {circ.name = "a"}) -> i64 {
  %c1 = arith.constant 1 : i64
  %r = arith.addi %a, %c1 : i64
  func.return %r : i64
}
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
  %c2 = arith.constant 2 : i64
  %c5 = arith.constant 5 : i64
  %x = circ.var "x" = %c2 : i64
  %xv = circ.get %x : i64
  %r1 = func.call @leaf(%xv) : (i64) -> i64
  %x1 = circ.get %x : i64
  %s0 = arith.addi %r1, %x1 : i64
  %y = circ.var "y" = %s0 : i64
  %z = circ.var "z" = %c5 : i64
  %yv = circ.get %y : i64
  %r2 = func.call @leaf(%yv) : (i64) -> i64
  %y2 = circ.get %y : i64
  %z2 = circ.get %z : i64
  %s2 = arith.addi %y2, %z2 : i64
  %s3 = arith.addi %s2, %r2 : i64
  %f = func.call @fact(%c5) : (i64) -> i64
  %s4 = arith.addi %s3, %f : i64
  circ.print %s4 : i64
  func.return %s4 : i64
}
