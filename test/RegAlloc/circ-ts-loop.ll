; circ-ts gives each transition state its own map: the loop below has three
; values (%i, %acc, %n) live around the back edge, so the width is 3, the
; lower bound, and nothing goes to memory inside the loop.
; RUN: circ-llc -regalloc=circ-ts -circ-ra-report -verify-machineinstrs %s -o %t.s 2> %t.rep
; RUN: FileCheck %s --check-prefix=REP < %t.rep
; RUN: FileCheck %s < %t.s
; sum of i*i for i < 10 = 285 -> 285 & 0xff = 29
; RUN: %expect-exit 29 circ-sim %t.s
; RUN: %expect-exit 29 circ-sim --report %t.s 2>&1 >/dev/null | FileCheck %s --check-prefix=SIM

; REP: ra-report: func=sumsq allocator=circ-ts width=3 lower-bound=3 spills=0 reloads=0 pushes=0 pops=0
; The third state register is %r2, callee-saved: saved once by the prologue,
; never inside the loop.
; CHECK-LABEL: sumsq:
; CHECK:       push %r2
; CHECK:       .LBB0_1:
; CHECK-NOT:   {{ld64|st64|push|ldf|frame}}
; CHECK:       bnz
; CHECK:       ret
; SIM: io-width: 3
; SIM: ram-writes: 0
; SIM: ram-reads: 0
define i64 @sumsq(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]
  %sq = mul i64 %i, %i
  %acc1 = add i64 %acc, %sq
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i64 %acc1
}

define i64 @main() {
  %r = call i64 @sumsq(i64 10)
  ret i64 %r
}
