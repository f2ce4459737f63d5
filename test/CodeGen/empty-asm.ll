; Empty inline asm statements (optimisation barriers) compile to nothing: a
; tied output is its input, an untied one an unknown value, memory operands
; and clobbers need nothing. No asm text reaches the output.
; RUN: circ-llc -regalloc=greedy %s -o - | FileCheck %s
; RUN: circ-llc -regalloc=circ-ts %s -o - | FileCheck %s

; CHECK-LABEL: tied:
; CHECK-NOT: APP
; CHECK: ret
define i64 @tied(i64 %x) {
  %r = call i64 asm sideeffect "", "=r,0"(i64 %x)
  %s = add i64 %r, 1
  ret i64 %s
}

; CHECK-LABEL: plus_memory:
; CHECK: ld64
; CHECK: ret
define i64 @plus_memory(ptr %p) {
  call void asm sideeffect "  ", "=*m,*m,~{memory}"(ptr elementtype(i64) %p, ptr elementtype(i64) %p)
  %v = load i64, ptr %p
  ret i64 %v
}

; Two outputs, one tied, one not.
; CHECK-LABEL: two:
; CHECK: ret
define i64 @two(i64 %a) {
  %r = call { i64, i64 } asm "", "=r,=r,1"(i64 %a)
  %x = extractvalue { i64, i64 } %r, 1
  ret i64 %x
}

; CHECK-LABEL: barrier:
; CHECK: ret
define void @barrier() {
  call void asm sideeffect "", "~{memory}"()
  ret void
}
