; Six values live around a loop need six registers or more; with io width 4 circ-ts
; moves the values found in the most over-width transition states (ranking by
; states relieved) to RAM homes until every state fits, and the code still runs.
; RUN: circ-llc -regalloc=circ-ts -circ-ra-report -verify-machineinstrs %s -o %t.free.s 2> %t.free.rep
; RUN: FileCheck %s --check-prefix=FREE < %t.free.rep
; RUN: circ-llc -regalloc=circ-ts -circ-io-width=4 -circ-ra-report -verify-machineinstrs %s -o %t.w4.s 2> %t.w4.rep
; RUN: FileCheck %s --check-prefix=W4 < %t.w4.rep
; RUN: %expect-exit 147 circ-sim %t.free.s
; RUN: %expect-exit 147 circ-sim %t.w4.s
; RUN: %expect-exit 147 circ-sim --report %t.w4.s 2>&1 >/dev/null | FileCheck %s --check-prefix=SIM

; FREE: ra-report: func=mix allocator=circ-ts width={{[0-9]+}} lower-bound={{[0-9]+}} spills=0 reloads=0
; W4: ra-report: func=mix allocator=circ-ts width={{[1-4]}} lower-bound={{[1-4]}} spills={{[1-9][0-9]*}} reloads={{[1-9][0-9]*}}
; SIM: io-width: 4

; Five accumulators and a counter, all carried around the loop.
define i64 @mix(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %a = phi i64 [ 1, %entry ], [ %a1, %loop ]
  %b = phi i64 [ 2, %entry ], [ %b1, %loop ]
  %c = phi i64 [ 3, %entry ], [ %c1, %loop ]
  %d = phi i64 [ 4, %entry ], [ %d1, %loop ]
  %a1 = add i64 %a, %b
  %b1 = xor i64 %b, %c
  %c1 = add i64 %c, %d
  %d1 = mul i64 %d, 3
  %i1 = add i64 %i, 1
  %cmp = icmp ult i64 %i1, %n
  br i1 %cmp, label %loop, label %exit
exit:
  %s1 = add i64 %a1, %b1
  %s2 = add i64 %s1, %c1
  %s3 = add i64 %s2, %d1
  %r = and i64 %s3, 255
  ret i64 %r
}

define i64 @main() {
  %r = call i64 @mix(i64 9)
  ret i64 %r
}
