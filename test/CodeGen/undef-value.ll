; An undefined value gets 0 before register allocation, so a `sel` that
; picks it (or any other read) never meets a poisoned register.
; RUN: circ-llc -regalloc=circ-ts %s -o - | FileCheck %s
; RUN: circ-llc -regalloc=greedy %s -o - | FileCheck %s
; RUN: circ-llc -O0 -regalloc=fast %s -o - | FileCheck %s

; CHECK-LABEL: pick:
; CHECK: li [[Z:%r[0-9]+]], 0
; CHECK: sel
define i64 @pick(i1 %c, i64 %x) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %b
b:
  %m = phi i64 [ undef, %entry ], [ %x, %a ]
  %r = select i1 %c, i64 %m, i64 7
  ret i64 %r
}
