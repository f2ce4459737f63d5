; RAM frame for address-taken locals; %r3 as RAM frame pointer with
; variable-sized allocas, itself saved on the write-once stack.
; RUN: circ-llc -regalloc=greedy -verify-machineinstrs %s -o - | FileCheck %s

declare void @use(ptr)

; CHECK-LABEL: local:
; CHECK:      frame
; CHECK-NEXT: push %rp
; CHECK-NEXT: addi %ap, %ap, -16
; CHECK:      st64 %r{{[0-9]+}}, 8(%ap)
; CHECK:      addi %r0, %ap, 8
; CHECK:      call use
; CHECK:      ld64 %r0, 8(%ap)
; CHECK:      addi %ap, %ap, 16
; CHECK-NEXT: ldf %rp, 1
; CHECK-NEXT: popf
define i64 @local() {
  %x = alloca i64
  store i64 5, ptr %x
  call void @use(ptr %x)
  %v = load i64, ptr %x
  ret i64 %v
}

; CHECK-LABEL: dyn:
; CHECK:      frame
; CHECK-NEXT: push %rp
; CHECK-NEXT: push %r2
; CHECK-NEXT: push %r3
; CHECK-NEXT: mov %r3, %ap
; CHECK:      andi %r{{[0-9]+}}, %r{{[0-9]+}}, -16
; CHECK:      sub [[P:%r[0-9]+]], %ap,
; CHECK:      mov %ap, [[P]]
; CHECK:      call use
; CHECK:      mov %ap, %r3
; CHECK-NEXT: ldf %r2, 2
; CHECK-NEXT: ldf %r3, 3
; CHECK-NEXT: ldf %rp, 1
; CHECK-NEXT: popf
; CHECK-NEXT: ret
define i64 @dyn(i64 %n) {
  %p = alloca i8, i64 %n
  store i8 7, ptr %p
  call void @use(ptr %p)
  %v = load i8, ptr %p
  %z = zext i8 %v to i64
  ret i64 %z
}

; va_list is a pointer to the first variadic slot, which is the caller's
; outgoing area (the entry %ap).
; CHECK-LABEL: va:
; CHECK:      addi %ap, %ap, -8
; CHECK-NEXT: addi [[A:%r[0-9]+]], %ap, 8
; CHECK-NEXT: st64 [[A]], 0(%ap)
; CHECK-NEXT: ld64 %r0, 8(%ap)
; CHECK-NEXT: addi %ap, %ap, 8
; CHECK-NEXT: ret
define i64 @va(i32 %n, ...) {
  %ap = alloca ptr
  call void @llvm.va_start(ptr %ap)
  %p = load ptr, ptr %ap
  %v = load i64, ptr %p
  call void @llvm.va_end(ptr %ap)
  ret i64 %v
}
declare void @llvm.va_start(ptr)
declare void @llvm.va_end(ptr)

; Variadic arguments always travel in RAM, even with argument registers free.
; CHECK-LABEL: callva:
; CHECK-DAG: st64 %r{{[0-9]+}}, 8(%ap)
; CHECK-DAG: st64 %r{{[0-9]+}}, 0(%ap)
; CHECK-DAG: li %r0, 1
; CHECK:     call va
define i64 @callva() {
  %r = call i64 (i32, ...) @va(i32 1, i64 42, i32 5)
  ret i64 %r
}
