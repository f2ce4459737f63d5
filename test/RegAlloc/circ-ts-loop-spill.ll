; Values live through a loop but unused inside it are spill candidates (value,
; location) with the loop as the location: with io width 4 circ-ts pushes them
; in a frame opened at the end of the loop's preheader and reads them back,
; closing the frame, where the loop is left. The loop itself keeps its values in registers.
; RUN: circ-llc -regalloc=circ-ts -circ-io-width=4 -circ-ra-report -verify-machineinstrs %s -o %t.s 2> %t.rep
; RUN: FileCheck %s --check-prefix=REP < %t.rep
; RUN: FileCheck %s < %t.s
; x1+x2+x3+x4 = 10+20+30+40 = 100; sum of i for i < 20 = 190; 290 & 255 = 34
; RUN: %expect-exit 34 circ-sim %t.s
; RUN: %expect-exit 34 circ-sim --report %t.s 2>&1 >/dev/null | FileCheck %s --check-prefix=SIM

; REP: ra-report: func=keep allocator=circ-ts width={{[1-4]}} lower-bound={{[1-4]}} spills={{[1-9]}} reloads={{[1-9]}} pushes={{[2-9]}} pops=1
; CHECK-LABEL: keep:
; CHECK:      frame
; CHECK-NEXT: push
; CHECK:      .LBB0_1:
; CHECK-NOT:  {{push|popf|ld64|st64}}
; CHECK:      bnz
; CHECK:      ldf
; CHECK:      popf
; One frame per entry into the loop, not per iteration: main's and keep's
; prologue frames plus this one (3 pops), whatever the trip count. The RAM
; traffic is keep's fifth argument and the arguments beyond %r0 %r1 that io
; width 4 sends to the RAM stack, not spills.
; SIM: io-width: 4
; SIM: pops: 3

define i64 @keep(i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]
  %acc1 = add i64 %acc, %i
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  %s1 = add i64 %x1, %x2
  %s2 = add i64 %s1, %x3
  %s3 = add i64 %s2, %x4
  %s4 = add i64 %s3, %acc1
  %r = and i64 %s4, 255
  ret i64 %r
}

define i64 @main() {
  %r = call i64 @keep(i64 10, i64 20, i64 30, i64 40, i64 20)
  ret i64 %r
}
