// -circ-spill drops pop slots whose values nobody reads; the frame itself
// stays (the pop still closes it), so the layout is unchanged.
// RUN: circ-opt %s -circ-spill -circ-verify-stack | FileCheck %s
// CHECK: circ.push %arg0, %arg1 : i64, i64
// CHECK-NEXT: %[[B:.*]] = circ.pop [2] : i64
// CHECK-NEXT: return %[[B]] : i64
func.func @f(%x: i64, %y: i64) -> i64 {
  circ.block "entry" in @f scope [0] bound 1 vars ["f:x@0.0", "f:y@0.0"]
  circ.push %x, %y : i64, i64
  %a, %b = circ.pop [1, 2] : i64, i64
  func.return %b : i64
}
