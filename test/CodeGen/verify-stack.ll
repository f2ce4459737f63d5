; -circ-verify-stack (on by default) proves on the final code that write-once
; frames nest on every path. Correct code passes with every allocator; code
; with a frame left open is rejected with the function and block.
; RUN: circ-llc -regalloc=greedy %s -o /dev/null
; RUN: circ-llc -regalloc=circ-local -circ-prefer-callee-saved=false %s -o /dev/null
; RUN: circ-llc -regalloc=circ-ts -circ-io-width=4 %s -o /dev/null
; RUN: not circ-llc -regalloc=greedy -circ-verify-stack-drop-popf %s -o /dev/null 2>&1 | FileCheck %s
; CHECK: circ-llc: error: circ-verify-stack: in function loop, block %bb.{{[0-9]+}}{{.*}}: returns with frames [{{[0-9]+}}] still open

declare i64 @f(i64)

; A call in a loop: without the preference circ-local opens a frame around
; the call in every iteration, closed before the back edge.
define i64 @loop(i64 %n) {
entry:
  br label %body
body:
  %i = phi i64 [ 0, %entry ], [ %i1, %body ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %body ]
  %r = call i64 @f(i64 %i)
  %acc1 = add i64 %acc, %r
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %body, label %exit
exit:
  ret i64 %acc1
}
