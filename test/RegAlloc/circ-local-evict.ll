; With only a few registers (-circ-local-regs, a testing hook) circ-local must
; evict: a value without a RAM home gets one, and the code still computes the
; right answer on the machine.
; RUN: circ-llc -regalloc=circ-local -circ-local-regs=4 -circ-ra-report -verify-machineinstrs %s -o %t.s 2> %t.rep
; RUN: FileCheck %s < %t.rep
; 1 + 2*2 + 3*3 + ... + 8*8 = 204
; RUN: %expect-exit 204 circ-sim %t.s
; CHECK: ra-report: func=main allocator=circ-local {{.*}} spills={{[1-9][0-9]*}} reloads={{[1-9][0-9]*}}

; Eight values loaded and then stored back in reverse order, all volatile:
; volatile accesses keep their order, so all eight are live at once.
define i64 @main() {
  %p = alloca [8 x i64]
  %q = alloca [8 x i64]
  %p0 = getelementptr i64, ptr %p, i64 0
  %q0 = getelementptr i64, ptr %q, i64 0
  store volatile i64 1, ptr %p0
  %p1 = getelementptr i64, ptr %p, i64 1
  %q1 = getelementptr i64, ptr %q, i64 1
  store volatile i64 2, ptr %p1
  %p2 = getelementptr i64, ptr %p, i64 2
  %q2 = getelementptr i64, ptr %q, i64 2
  store volatile i64 3, ptr %p2
  %p3 = getelementptr i64, ptr %p, i64 3
  %q3 = getelementptr i64, ptr %q, i64 3
  store volatile i64 4, ptr %p3
  %p4 = getelementptr i64, ptr %p, i64 4
  %q4 = getelementptr i64, ptr %q, i64 4
  store volatile i64 5, ptr %p4
  %p5 = getelementptr i64, ptr %p, i64 5
  %q5 = getelementptr i64, ptr %q, i64 5
  store volatile i64 6, ptr %p5
  %p6 = getelementptr i64, ptr %p, i64 6
  %q6 = getelementptr i64, ptr %q, i64 6
  store volatile i64 7, ptr %p6
  %p7 = getelementptr i64, ptr %p, i64 7
  %q7 = getelementptr i64, ptr %q, i64 7
  store volatile i64 8, ptr %p7
  %v0 = load volatile i64, ptr %p0
  %v1 = load volatile i64, ptr %p1
  %v2 = load volatile i64, ptr %p2
  %v3 = load volatile i64, ptr %p3
  %v4 = load volatile i64, ptr %p4
  %v5 = load volatile i64, ptr %p5
  %v6 = load volatile i64, ptr %p6
  %v7 = load volatile i64, ptr %p7
  store volatile i64 %v7, ptr %q7
  store volatile i64 %v6, ptr %q6
  store volatile i64 %v5, ptr %q5
  store volatile i64 %v4, ptr %q4
  store volatile i64 %v3, ptr %q3
  store volatile i64 %v2, ptr %q2
  store volatile i64 %v1, ptr %q1
  store volatile i64 %v0, ptr %q0
  %s0 = load volatile i64, ptr %q0
  %w1 = load volatile i64, ptr %q1
  %m1 = mul i64 %w1, %w1
  %s1 = add i64 %s0, %m1
  %w2 = load volatile i64, ptr %q2
  %m2 = mul i64 %w2, %w2
  %s2 = add i64 %s1, %m2
  %w3 = load volatile i64, ptr %q3
  %m3 = mul i64 %w3, %w3
  %s3 = add i64 %s2, %m3
  %w4 = load volatile i64, ptr %q4
  %m4 = mul i64 %w4, %w4
  %s4 = add i64 %s3, %m4
  %w5 = load volatile i64, ptr %q5
  %m5 = mul i64 %w5, %w5
  %s5 = add i64 %s4, %m5
  %w6 = load volatile i64, ptr %q6
  %m6 = mul i64 %w6, %w6
  %s6 = add i64 %s5, %m6
  %w7 = load volatile i64, ptr %q7
  %m7 = mul i64 %w7, %w7
  %s7 = add i64 %s6, %m7
  ret i64 %s7
}
