; After circ's allocators the branch folder is off, so CircMergeBlocks puts
; branches in canonical form and removes boundaries nothing needs; block
; placement then copies the loop's test into the latch, and each iteration
; is one block instead of two (64 iterations: 66 blocks instead of 131).
; RUN: circ-llc -regalloc=circ-ts -verify-machineinstrs %s -o %t.s
; RUN: FileCheck %s < %t.s
; RUN: %expect-exit 224 circ-sim --report %t.s 2>&1 >/dev/null | FileCheck %s --check-prefix=SIM
; RUN: circ-llc -regalloc=circ-ts -circ-merge-blocks=false %s -o %t.off.s
; RUN: %expect-exit 224 circ-sim --report %t.off.s 2>&1 >/dev/null | FileCheck %s --check-prefix=OFF
; sum of 0..63 = 2016 -> 2016 & 0xff = 224, both ways (the exit code).
; The same with circ-local.
; RUN: circ-llc -regalloc=circ-local %s -o %t.local.s
; RUN: %expect-exit 224 circ-sim %t.local.s

; CHECK-LABEL: main:
; CHECK:       sgti [[C:%r[0-9]+]], %r{{[0-9]+}}, 63
; CHECK-NEXT:  bnz [[C]], .LBB0_[[EXIT:[0-9]+]]
; CHECK-NEXT:  .LBB0_[[BODY:[0-9]+]]:
; CHECK-NEXT:  .irblock 2, 4
; CHECK-NEXT:  add
; CHECK-NEXT:  addi
; CHECK-NEXT:  sgti [[C2:%r[0-9]+]], %r{{[0-9]+}}, 63
; CHECK-NEXT:  bz [[C2]], .LBB0_[[BODY]]
; CHECK-NEXT:  .LBB0_[[EXIT]]:
; SIM: blocks: 66
; OFF: blocks: 131
define i64 @main() {
entry:
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %i1, %body ]
  %s = phi i64 [ 0, %entry ], [ %s1, %body ]
  %c = icmp sgt i64 %i, 63
  br i1 %c, label %exit, label %body
body:
  %s1 = add i64 %s, %i
  %i1 = add i64 %i, 1
  br label %head
exit:
  %r = and i64 %s, 255
  ret i64 %r
}
