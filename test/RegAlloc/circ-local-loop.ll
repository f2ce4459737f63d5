; Live-across-call comes from LiveIntervals, so it holds across blocks and
; loops: %i crosses the call inside a loop and lives from one iteration to the
; next. Values used in several blocks live in RAM homes at block boundaries.
; With the preference %i stays in a callee-saved register across the call
; (saved once by the prologue); without it %i is in a caller-saved register,
; dropped at the call and reloaded from its RAM home afterwards: one more RAM
; read per iteration, two fewer prologue pushes.
; RUN: circ-llc -regalloc=circ-local -circ-ra-report -verify-machineinstrs %s -o %t.on.s 2> %t.on.rep
; RUN: FileCheck %s --check-prefix=ON < %t.on.s
; RUN: circ-llc -regalloc=circ-local -circ-prefer-callee-saved=false -verify-machineinstrs %s -o %t.off.s
; RUN: FileCheck %s --check-prefix=OFF < %t.off.s
; sum of sq(i) for i < 10 = 285; exit code 285 & 0xff = 29.
; RUN: %expect-exit 29 circ-sim %t.on.s
; RUN: %expect-exit 29 circ-sim %t.off.s
; RUN: %expect-exit 29 circ-sim --report %t.on.s 2>&1 >/dev/null | FileCheck %s --check-prefix=ONSIM
; RUN: %expect-exit 29 circ-sim --report %t.off.s 2>&1 >/dev/null | FileCheck %s --check-prefix=OFFSIM

define i64 @sq(i64 %x) {
  %r = mul i64 %x, %x
  ret i64 %r
}

; ON-LABEL: sum:
; ON:      frame
; ON-NEXT: push %rp
; ON-NEXT: push %r2
; ON:      .LBB1_1:
; ON:      ld64 [[I:%r[0-9]+]], 16(%ap)
; ON:      call sq
; ON-NOT:  16(%ap)
; ON:      addi %r{{[0-9]+}}, [[I]], 1
; ON:      bnz
; OFF-LABEL: sum:
; OFF:      call sq
; OFF:      ld64 %r{{[0-9]+}}, 16(%ap)
; OFF:      bnz
define i64 @sum(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]
  %s = call i64 @sq(i64 %i)
  %acc1 = add i64 %acc, %s
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i64 %acc1
}

define i64 @main() {
  %r = call i64 @sum(i64 10)
  ret i64 %r
}

; Ten iterations: the preference trades 10 RAM reads for 2 prologue pushes.
; ONSIM: pushes: 6
; ONSIM: ram-reads: 31
; OFFSIM: pushes: 4
; OFFSIM: ram-reads: 41
