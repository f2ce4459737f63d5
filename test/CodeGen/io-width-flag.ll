; The io width is a property of the module: the flag circ.io-width sets it
; with no option, -circ-io-width overrides it, and a bad flag is an error.
; RUN: circ-llc -circ-ra-report %s -o - 2>%t.report | FileCheck %s --check-prefix=FLAG
; RUN: FileCheck %s --check-prefix=FLAG-REPORT < %t.report
; RUN: circ-llc -circ-io-width=8 %s -o - | FileCheck %s --check-prefix=OPTION
; RUN: circ-llc -circ-io-width=0 -circ-ra-report %s -o - 2>&1 | FileCheck %s --check-prefix=UNBOUNDED
; RUN: sed -e 's/i32 4}/i32 3}/' %s > %t.bad.ll
; RUN: %expect-exit 1 circ-llc %t.bad.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=BAD
; RUN: sed -e 's/i32 4}/!"four"}/' %s > %t.str.ll
; RUN: %expect-exit 1 circ-llc %t.str.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=BAD

; Six values live through the loop: at width 4 two of them leave the
; registers (the loop spiller or RAM homes), so the code stays within %r3.
; FLAG-REPORT: ra-report: func=six allocator=circ-ts width={{[1-4]}} lower-bound=
; FLAG: .iowidth 4
; OPTION: .iowidth 8
; The seventh argument arrives in %r12, so unbounded the width is 13.
; UNBOUNDED: ra-report: func=six allocator=circ-ts width=13
; UNBOUNDED: .iowidth 13
; BAD: circ-llc: error: {{.*}}: module flag "circ.io-width" must be an integer: 0 (unbounded) or 4..64

define i64 @six(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %t = mul i64 %s, 3
  %s1 = add i64 %t, %i
  %i1 = add i64 %i, 1
  %done = icmp eq i64 %i1, %n
  br i1 %done, label %exit, label %loop
exit:
  %r1 = add i64 %s1, %a
  %r2 = add i64 %r1, %b
  %r3 = add i64 %r2, %c
  %r4 = add i64 %r3, %d
  %r5 = add i64 %r4, %e
  %r6 = add i64 %r5, %f
  ret i64 %r6
}

!llvm.module.flags = !{!0}
!0 = !{i32 1, !"circ.io-width", i32 4}
