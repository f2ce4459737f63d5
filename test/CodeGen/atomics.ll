; The machine runs one thread: atomics become ordinary memory operations and
; fences vanish.
; RUN: circ-llc -regalloc=greedy -verify-machineinstrs %s -o - | FileCheck %s

; CHECK-LABEL: rmw:
; CHECK:     ld64 [[V:%r[0-9]+]], 0(%r0)
; CHECK:     addi [[N:%r[0-9]+]], [[V]], 1
; CHECK:     st64 [[N]], 0(%r0)
; CHECK-NOT: call
; CHECK:     ret
define i64 @rmw(ptr %p) {
  %r = atomicrmw add ptr %p, i64 1 seq_cst
  fence seq_cst
  ret i64 %r
}

; CHECK-LABEL: cas:
; CHECK:     ld64
; CHECK:     seqi
; CHECK:     sel
; CHECK:     st64
define i64 @cas(ptr %p) {
  %c = cmpxchg ptr %p, i64 1, i64 2 seq_cst seq_cst
  %v = extractvalue {i64, i1} %c, 0
  ret i64 %v
}

; __builtin_return_address(0) is %rp as it was on entry.
; CHECK-LABEL: ra:
; CHECK: mov %r0, %rp
define i64 @ra() {
  %a = call ptr @llvm.returnaddress(i32 0)
  %r = ptrtoint ptr %a to i64
  ret i64 %r
}
declare ptr @llvm.returnaddress(i32)
