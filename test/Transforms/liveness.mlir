// -circ-liveness drops block arguments nothing reads and records each
// block's transition states; -circ-print-transition-states prints them.
// RUN: circ-opt %s -circ-liveness | FileCheck %s
// RUN: circ-opt %s -circ-print-transition-states -o /dev/null | FileCheck %s --check-prefix=TS

// The dead argument %unused goes, with its name and its branch operand.
// CHECK: circ.block "entry" in @f scope [0] bound 1 vars ["f:n@0.0"] {in_state = 0 : i64, out_state = 1 : i64}
// CHECK: cf.br ^bb1(%arg0 : i64)
// CHECK: ^bb1(%[[N:.*]]: i64):
// CHECK-NEXT: circ.block "loop" in @f scope [0, 1] vars ["f:n@0.0"] {in_state = 1 : i64, out_state = 1 : i64}
// CHECK: circ.block "done" in @f scope [0] bound 1 vars ["f:n@0.0"] {in_state = 1 : i64, out_state = 2 : i64}
func.func @f(%n: i64) -> i64 {
  circ.block "entry" in @f scope [0] bound 1 vars ["f:n@0.0"]
  %c0 = arith.constant 0 : i64
  cf.br ^bb1(%n, %c0 : i64, i64)
^bb1(%m: i64, %unused: i64):
  circ.block "loop" in @f scope [0, 1] vars ["f:n@0.0", "f:u@1.0"]
  %c1 = arith.constant 1 : i64
  %d = arith.subi %m, %c1 : i64
  %go = arith.cmpi sgt, %d, %c0 : i64
  cf.cond_br %go, ^bb1(%d, %unused : i64, i64), ^bb2(%d : i64)
^bb2(%r: i64):
  circ.block "done" in @f scope [0] bound 1 vars ["f:n@0.0"]
  func.return %r : i64
}

// The loop's exit and its own entry join: one state holds the loop and the
// exit into done.
// TS: state 0 @f entry: entries [@f.entry#0] exits []
// TS-NEXT: live: f:n@0.0
// TS: state 1 @f internal: entries [@f.loop#1 @f.done#2] exits [@f.entry#0 @f.loop#1]
// TS-NEXT: live: f:n@0.0 f:u@1.0
// TS-NEXT: size 2 (circ_blocks 2, 1 context)
// TS: state 2 @f return: entries [] exits [@f.done#2]
// TS-NEXT: live: f:$ret0@0.0
// TS: io width: 2 (circ_blocks rule: 2)
