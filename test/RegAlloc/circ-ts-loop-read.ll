; A value the loop reads but never writes is a spill candidate at the loop
; too: pushed in the loop's frame at the end of the preheader, and read from
; the frame (`ldf`) just before each instruction that needs it, so it leaves
; the loop's transition states without going to RAM. At io width 4 the loop
; below keeps %i, %acc and %n in registers and reads %k1..%k4 from its frame.
; RUN: circ-llc -regalloc=circ-ts -circ-io-width=4 -circ-ra-report -verify-machineinstrs %s -o %t.s 2> %t.rep
; RUN: FileCheck %s --check-prefix=REP < %t.rep
; RUN: FileCheck %s < %t.s
; RUN: FileCheck %s --check-prefix=RP < %t.s
; lli returns 175.
; RUN: %expect-exit 175 circ-sim %t.s
; RUN: %expect-exit 175 circ-sim --report %t.s 2>&1 >/dev/null | FileCheck %s --check-prefix=SIM

; REP: ra-report: func=mix allocator=circ-ts width=4 lower-bound=4
; CHECK-LABEL: mix:
; CHECK:      frame
; CHECK:      frame
; CHECK-COUNT-4: push
; CHECK:      .LBB0_1:
; CHECK-NOT:  {{ld64|st64|push|popf}}
; CHECK:      ldf
; CHECK-NOT:  {{ld64|st64|push|popf}}
; CHECK:      bnz {{.*}}, .LBB0_1
; CHECK-NEXT: .LBB0_2:
; CHECK-NEXT: .irblock
; CHECK-NEXT: popf
; Four reads per iteration (30 iterations), and no RAM traffic beyond the
; fifth argument's and the caller-side copies of the stack arguments.
; %rp is saved only where there is a call: in main, not in the leaf mix.
; RP-LABEL: mix:
; RP-NOT:   %rp
; RP-LABEL: main:
; RP:       push %rp
; RP:       call mix
; RP:       ldf %rp
; SIM: io-width: 4
; SIM: stack-reads: {{1[2-9][0-9]}}
; SIM: ram-writes: 3
; SIM: ram-reads: 3
define i64 @mix(i64 %k1, i64 %k2, i64 %k3, i64 %k4, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc4, %loop ]
  %m = mul i64 %i, %k1
  %acc1 = add i64 %acc, %m
  %acc2 = xor i64 %acc1, %k2
  %acc3 = add i64 %acc2, %k3
  %acc4 = sub i64 %acc3, %k4
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  %r = and i64 %acc4, 255
  ret i64 %r
}

define i64 @main() {
  %r = call i64 @mix(i64 3, i64 5, i64 7, i64 2, i64 30)
  ret i64 %r
}
