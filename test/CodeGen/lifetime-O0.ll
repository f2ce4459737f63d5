; Regression: at -O0 lifetime markers reach frame lowering, whose frame-index
; rewrite assumed an offset operand after every frame index and read past the
; end of the marker's operands (a crash in prologue/epilogue insertion).
; RUN: circ-llc -O0 -verify-machineinstrs %s -o - | FileCheck %s

; CHECK-LABEL: marked:
; A leaf needs no aligned frame: one byte for the one-byte object.
; CHECK:     addi %ap, %ap, -1
; CHECK:     st8 {{.*}}(%ap)
; CHECK-NOT: LIFETIME
; CHECK:     ret
define i64 @marked() {
  %p = alloca i8, align 1
  call void @llvm.lifetime.start.p0(ptr %p)
  store i8 1, ptr %p
  call void @llvm.lifetime.end.p0(ptr %p)
  ret i64 0
}
declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)
