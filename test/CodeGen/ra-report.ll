; -circ-ra-report prints one line per function in the documented form.
; RUN: circ-llc -regalloc=greedy -circ-ra-report %s -o /dev/null 2>&1 | FileCheck %s
; RUN: circ-llc -O0 -circ-ra-report %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=FAST
; RUN: circ-llc -regalloc=basic -circ-ra-report %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=BASIC

; %n lives across the call in %r2, beside the argument %r0: two values at the
; call transition, but a value kept across a call needs a callee-saved
; register (index 2 or 3 mod 4), so the convention forces width 3 and the
; lower bound says so.
; CHECK: ra-report: func=fact allocator=greedy width=3 lower-bound=3 spills=0 reloads=0 pushes=- pops=- copies={{[0-9]+}}
; FAST: ra-report: func=fact allocator=fast width={{[0-9]+}} lower-bound={{[0-9]+}} spills={{[1-9][0-9]*}} reloads={{[1-9][0-9]*}} pushes=- pops=- copies={{[0-9]+}}
; BASIC: ra-report: func=fact allocator=basic width=3 lower-bound=3
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

; The register holding an indirect callee's address (%r4 here) is consumed by
; the call: only the argument (%r0) travels into the callee. The entry carries
; both arguments, so width and lower bound are 2; counting %r4 would make the
; width 5.
; CHECK: ra-report: func=indirect allocator=greedy width=2 lower-bound=2
define i64 @indirect(ptr %f, i64 %x) {
  %r = tail call i64 %f(i64 %x)
  ret i64 %r
}
