; Without -regalloc, circ-ts allocates from -O1 up and LLVM's fast at -O0.
; RUN: circ-llc -circ-ra-report %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=OPT
; RUN: circ-llc -O1 -circ-ra-report %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=OPT
; RUN: circ-llc -O0 -circ-ra-report %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=NONE
; OPT: ra-report: func=f allocator=circ-ts
; NONE: ra-report: func=f allocator=fast
define i64 @f(i64 %x) {
  %r = add i64 %x, 1
  ret i64 %r
}
