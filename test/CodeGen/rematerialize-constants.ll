; circ-rematerialize-constants: a constant used in another block than its
; own is defined again there, so it crosses no transition. Machine LICM
; hoists the address of @table out of the loop; carried in a register it
; would cross the loop's transitions and the call (width 3, %r2 saved by the
; prologue); rematerialised in the loop's block the width is 2.
; RUN: circ-llc -O2 %s -stop-after=circ-rematerialize-constants -o - \
; RUN:   | FileCheck %s --check-prefix=MIR
; RUN: circ-llc -O2 %s -circ-ra-report -o %t.s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=REPORT
; RUN: FileCheck %s < %t.s
; RUN: circ-llc -O2 %s -circ-ra-report -circ-rematerialize-constants=0 -o /dev/null \
; RUN:   2>&1 | FileCheck %s --check-prefix=OFF

; MIR:      bb.0.entry:
; MIR-NOT:  LI @table
; MIR:      bb.1.loop:
; MIR:      CALL @h
; MIR:      [[T:%[0-9]+]]:gpr = LI @table
; MIR-NEXT: ADDrr killed %{{[0-9]+}}, [[T]]

; CHECK:      count:
; CHECK-NOT:  li %r{{[0-9]+}}, table
; CHECK:      .LBB0_1:
; CHECK:      call h
; CHECK:      li [[R:%r[0-9]+]], table
; CHECK-NEXT: add %r{{[0-9]+}}, %r{{[0-9]+}}, [[R]]
; REPORT: ra-report: func=count allocator=circ-ts width=2 lower-bound=2
; OFF: ra-report: func=count allocator=circ-ts width=3 lower-bound=3

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n64-S128"
target triple = "circ"

@table = global [8 x i64] zeroinitializer

declare i64 @h(i64)

define void @count(i64 %n) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %k = call i64 @h(i64 %i)
  %p = getelementptr [8 x i64], ptr @table, i64 0, i64 %k
  %v = load i64, ptr %p
  %v1 = add i64 %v, 1
  store i64 %v1, ptr %p
  %i.next = add i64 %i, 1
  %c = icmp ult i64 %i.next, %n
  br i1 %c, label %loop, label %exit

exit:
  ret void
}
