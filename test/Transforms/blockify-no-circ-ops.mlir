// Regression: a program with no circ op at all (only func and arith) is
// blockified too; the pass loads the circ dialect for its labels.
// RUN: circ-opt %s -circ-blockify | FileCheck %s
// RUN: circ-llc %s -o %t.s
// RUN: %expect-exit 7 circ-sim %t.s
// CHECK: circ.block "entry" in @add scope [0] bound 1 vars ["add:arg0@0.0", "add:arg1@0.0"]
// CHECK: circ.block "call.add.ret" in @main scope [0] bound 1 vars ["main:$t0@0.0"]
func.func @add(%a: i64, %b: i64) -> i64 {
  %s = arith.addi %a, %b : i64
  func.return %s : i64
}
func.func @main() -> i64 {
  %c3 = arith.constant 3 : i64
  %c4 = arith.constant 4 : i64
  %r = func.call @add(%c3, %c4) : (i64, i64) -> i64
  func.return %r : i64
}
