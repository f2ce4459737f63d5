; Globals, constant data and function addresses as data directives circ-sim
; reads; a symbol's address is an `li` immediate.
; RUN: circ-llc -regalloc=greedy -verify-machineinstrs %s -o - | FileCheck %s

@counter = global i64 7
@zeros = global [16 x i32] zeroinitializer
@msg = constant [4 x i8] c"hi!\00"
@table = constant [2 x ptr] [ptr @f, ptr getelementptr (i8, ptr @msg, i64 1)]

define i64 @f() {
  ret i64 1
}

; CHECK-LABEL: get:
; CHECK: li [[R:%r[0-9]+]], counter
; CHECK: ld64 %r0, 0([[R]])
define i64 @get() {
  %v = load i64, ptr @counter
  ret i64 %v
}

; CHECK-LABEL: elem:
; CHECK: li [[R:%r[0-9]+]], zeros+12
define i32 @elem() {
  %p = getelementptr [16 x i32], ptr @zeros, i64 0, i64 3
  %v = load i32, ptr %p
  ret i32 %v
}

; CHECK-LABEL: counter:
; CHECK-NEXT: .quad 7
; CHECK-LABEL: zeros:
; CHECK-NEXT: .zero 64
; CHECK-LABEL: msg:
; CHECK-NEXT: .asciz "hi!"
; CHECK-LABEL: table:
; CHECK-NEXT: .quad f
; CHECK-NEXT: .quad msg+1
; The io width directive closes the file.
; CHECK: .iowidth 1
