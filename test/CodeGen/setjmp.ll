; The asm printer writes __circ_setjmp and __circ_longjmp (CircSetjmp.cpp)
; into a module that calls them, keeping the callee-saved registers below
; the io width, and nothing into one that does not.
; RUN: circ-llc -mtriple=circ -circ-io-width=8 %s -o - | FileCheck %s --check-prefixes=CHECK,W8
; RUN: circ-llc -mtriple=circ -circ-io-width=12 %s -o - | FileCheck %s --check-prefixes=CHECK,W12
; Declared but not called:
; RUN: sed -n '/^declare/p' %s > %t.ll
; RUN: echo 'define i32 @main() { ret i32 0 }' >> %t.ll
; RUN: circ-llc -mtriple=circ -circ-io-width=8 %t.ll -o - | FileCheck %s --check-prefix=NONE

; CHECK-LABEL: catch:
; CHECK:       call __circ_setjmp
; CHECK:       call __circ_longjmp
; CHECK-LABEL: __circ_setjmp:
; CHECK-NEXT:  frame
; CHECK-NEXT:  push %rp
; CHECK-NEXT:  push %ap
; CHECK-NEXT:  push %r2
; CHECK-NEXT:  push %r3
; CHECK-NEXT:  push %r6
; CHECK-NEXT:  push %r7
; W12-NEXT:    push %r10
; W12-NEXT:    push %r11
; CHECK-NEXT:  st64 %bp, 0(%r0)
; CHECK-NEXT:  li %r0, 0
; CHECK-NEXT:  ldf %rp, 1
; CHECK-NEXT:  popf
; CHECK-NEXT:  ret
; CHECK-LABEL: __circ_longjmp:
; CHECK-NEXT:  ld64 %bp, 0(%r0)
; CHECK-NEXT:  mov %r0, %r1
; CHECK-NEXT:  ldf %ap, 2
; CHECK-NEXT:  ldf %r2, 3
; CHECK-NEXT:  ldf %r3, 4
; CHECK-NEXT:  ldf %r6, 5
; CHECK-NEXT:  ldf %r7, 6
; W12-NEXT:    ldf %r10, 7
; W12-NEXT:    ldf %r11, 8
; CHECK-NEXT:  ldf %rp, 1
; CHECK-NEXT:  popf
; CHECK-NEXT:  ret
; W8:          .iowidth 8
; W12:         .iowidth 12
; NONE-NOT:    __circ_setjmp
; NONE-NOT:    __circ_longjmp
; NONE:        .iowidth 8

declare i32 @__circ_setjmp(ptr) returns_twice
declare void @__circ_longjmp(ptr, i64) noreturn

define i32 @catch(ptr %buf, i32 %v) {
entry:
  %r = call i32 @__circ_setjmp(ptr %buf) returns_twice
  %z = icmp eq i32 %r, 0
  br i1 %z, label %throw, label %done
throw:
  %w = sext i32 %v to i64
  call void @__circ_longjmp(ptr %buf, i64 %w)
  unreachable
done:
  ret i32 %r
}
