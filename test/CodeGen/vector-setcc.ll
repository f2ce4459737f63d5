; A vector compare gives a vector of lanes. With a scalar setcc result the
; combine for sdiv by <1, 4> (divide-by-one lanes chosen by a constant mask)
; selected whole vectors: every lane came out as the dividend, unshifted.
; RUN: circ-llc -regalloc=greedy %s -o - | FileCheck %s

; CHECK-LABEL: f:
; lane 0 (divide by 1) is copied, lane 1 (divide by 4) rounds toward zero
; CHECK: ld32u [[A:%r[0-9]+]], 0(%r1)
; CHECK-NEXT: st32 [[A]], 0(%r0)
; CHECK: ld32s
; CHECK: srai {{%r[0-9]+}}, {{%r[0-9]+}}, 34
; CHECK: st32 {{%r[0-9]+}}, 4(%r0)
define void @f(ptr %x, ptr %y) {
  %a = load <2 x i32>, ptr %y
  %b = sdiv <2 x i32> %a, <i32 1, i32 4>
  store <2 x i32> %b, ptr %x
  ret void
}
