; circ-ts colours states with the fixed registers the calling convention
; gives values (parameters copied out of %r0 %r1 %r4, results copied into
; %r0) as preferences, and gives values that cross no call caller-saved
; registers: max3 needs no move before its first branch and no save of a
; callee-saved register (before, it saved %r2 and ran four moves there).
; RUN: circ-llc -regalloc=circ-ts -circ-io-width=16 -verify-machineinstrs %s -o %t.s
; RUN: FileCheck %s < %t.s
; 9 + 12 + 30 = 51 (lli agrees)
; RUN: %expect-exit 51 circ-sim %t.s
; The same without a budget.
; RUN: circ-llc -regalloc=circ-ts -verify-machineinstrs %s -o %t.u.s
; RUN: FileCheck %s < %t.u.s
; RUN: %expect-exit 51 circ-sim %t.u.s

; CHECK-LABEL: max3:
; CHECK-NOT:   {{frame|push|mov}}
; CHECK:       sle {{%r[0-9]+}}, %r1, %r0
; CHECK-NEXT:  bnz
; CHECK-NOT:   {{frame|push|ldf|popf}}
; CHECK:       .Lfunc_end0:
define i64 @max3(i64 %a, i64 %b, i64 %c) {
entry:
  %c1 = icmp sle i64 %b, %a
  br i1 %c1, label %j, label %m2
m2:
  br label %j
j:
  %m = phi i64 [ %a, %entry ], [ %b, %m2 ]
  %c2 = icmp sle i64 %c, %m
  br i1 %c2, label %r1, label %r2
r1:
  ret i64 %m
r2:
  ret i64 %c
}

define i64 @main() {
  %x = call i64 @max3(i64 4, i64 9, i64 7)
  %y = call i64 @max3(i64 12, i64 3, i64 5)
  %z = call i64 @max3(i64 1, i64 2, i64 30)
  %s1 = add i64 %x, %y
  %s = add i64 %s1, %z
  ret i64 %s
}
