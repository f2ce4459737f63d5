; Argument registers %r0 %r1 %r4 %r5 %r8 %r9 %r12 %r13, then 8-byte slots at
; 0(%ap), 8(%ap)...; %rp saved in the write-once frame of a function that calls.
; RUN: circ-llc -regalloc=greedy -verify-machineinstrs %s -o - | FileCheck %s
; With io width 4 only %r0 and %r1 carry arguments; the rest go to RAM.
; RUN: circ-llc -regalloc=greedy -verify-machineinstrs -circ-io-width=4 %s -o - | FileCheck %s --check-prefix=W4

declare void @many(i64, i64, i64, i64, i64, i64, i64, i64, i64, i64)

; CHECK-LABEL: callmany:
; CHECK:      frame
; CHECK-NEXT: push %rp
; CHECK-NEXT: addi %ap, %ap, -16
; CHECK-DAG:  st64 %r{{[0-9]+}}, 8(%ap)
; CHECK-DAG:  st64 %r{{[0-9]+}}, 0(%ap)
; CHECK-DAG:  li %r0, 1
; CHECK-DAG:  li %r1, 2
; CHECK-DAG:  li %r4, 3
; CHECK-DAG:  li %r5, 4
; CHECK-DAG:  li %r8, 5
; CHECK-DAG:  li %r9, 6
; CHECK-DAG:  li %r12, 7
; CHECK-DAG:  li %r13, 8
; CHECK:      call many
; CHECK-NEXT: addi %ap, %ap, 16
; CHECK-NEXT: ldf %rp, 1
; CHECK-NEXT: popf
; CHECK-NEXT: ret
; W4-LABEL: callmany:
; W4:       addi %ap, %ap, -64
; W4:       st64 %r{{[0-9]+}}, 56(%ap)
; W4-NOT:   li %r4,
; W4:       call many
define void @callmany() {
  call void @many(i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10)
  ret void
}

; A leaf that calls nothing and saves nothing opens no frame.
; CHECK-LABEL: sum10:
; CHECK-NOT:  frame
; CHECK:      ld64 %r[[J:[0-9]+]], 8(%ap)
; CHECK:      add %r0, %r0, %r[[J]]
; CHECK:      ld64 %r[[I:[0-9]+]], 0(%ap)
; CHECK:      ret
define i64 @sum10(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, i64 %j) {
  %1 = add i64 %a, %j
  %2 = add i64 %1, %i
  ret i64 %2
}

; Recursion: the value live across the call sits in a callee-saved register
; (%r2), pushed once by the prologue and read back relative to %bp.
; CHECK-LABEL: fact:
; CHECK:      frame
; CHECK-NEXT: push %rp
; CHECK-NEXT: push %r2
; CHECK:      mov %r2, %r0
; CHECK:      call fact
; CHECK:      mul %r0, %r0, %r2
; CHECK:      ldf %r2, 2
; CHECK-NEXT: ldf %rp, 1
; CHECK-NEXT: popf
; CHECK-NEXT: ret
define i64 @fact(i64 %n) {
entry:
  %c = icmp sle i64 %n, 1
  br i1 %c, label %base, label %rec
base:
  ret i64 1
rec:
  %m = sub i64 %n, 1
  %r = call i64 @fact(i64 %m)
  %p = mul i64 %r, %n
  ret i64 %p
}

; Indirect calls go through callr.
; CHECK-LABEL: indirect:
; CHECK: callr %r{{[0-9]+}}
define i64 @indirect(ptr %f) {
  %r = call i64 %f(i64 3)
  ret i64 %r
}

; Two-part results come back in %r0 and %r1.
; CHECK-LABEL: pair:
; CHECK-DAG: li %r0, 1
; CHECK-DAG: li %r1, 2
; CHECK:     ret
define { i64, i64 } @pair() {
  ret { i64, i64 } { i64 1, i64 2 }
}
