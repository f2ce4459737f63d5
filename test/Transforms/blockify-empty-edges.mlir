// Regression: a call with no arguments and no results, from a block with no
// live values, makes branches that pass nothing; liveness once crashed on
// their empty operand ranges.
// RUN: circ-opt %s -circ-blockify -circ-liveness | FileCheck %s
// CHECK: circ.block "entry" in @main scope [0] bound 1 vars [] {in_state = 2 : i64, out_state = 0 : i64}
// CHECK: call @tick() : () -> ()
// CHECK-NEXT: cf.br ^bb1{{$}}
// CHECK: circ.block "call.tick.ret" in @main scope [0] bound 1 vars [] {in_state = 1 : i64, out_state = 3 : i64}
circ.ram @count[1]
func.func @tick() {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %v = circ.load @count[%c0]
  %w = arith.addi %v, %c1 : i64
  circ.store @count[%c0] = %w
  func.return
}
func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  func.call @tick() : () -> ()
  %v = circ.load @count[%c0]
  circ.print %v : i64
  func.return %c0 : i64
}
