; Under an io width budget circ-ts can open a write-once frame around a loop
; only if every exit block is entered from the loop alone
; (CircDedicateLoopExits.cpp). Here the exit also takes the zero-trip path
; from the entry, so the loop's edge to it gets a block of its own; the phi
; in the exit then takes the loop's value from that block. Unbounded, or
; with another allocator, nothing is split.
; RUN: circ-llc -O2 -regalloc=circ-ts -circ-io-width=6 -stop-after=circ-dedicate-loop-exits %s -o - | FileCheck %s --check-prefix=SPLIT
; RUN: circ-llc -O2 -regalloc=circ-ts -circ-io-width=lower-bound -stop-after=circ-dedicate-loop-exits %s -o - | FileCheck %s --check-prefix=KEEP
; RUN: circ-llc -O2 -regalloc=greedy -circ-io-width=6 -stop-after=circ-dedicate-loop-exits %s -o - | FileCheck %s --check-prefix=KEEP

; SPLIT:      bb.2.loop:
; SPLIT-NEXT:   successors: %bb.2({{.*}}), %bb.[[NEW:[0-9]+]]
; SPLIT:      bb.[[NEW]]:
; SPLIT-NEXT:   successors: %bb.3(
; SPLIT:      bb.3.exit:
; SPLIT-NEXT:   PHI {{.*}}, %bb.4, {{.*}}, %bb.[[NEW]]

; KEEP:       bb.2.loop:
; KEEP-NEXT:    successors: %bb.2({{.*}}), %bb.3(
; KEEP-NOT:   bb.5
; KEEP:       bb.3.exit:
; KEEP-NEXT:    PHI {{.*}}, %bb.4, {{.*}}, %bb.2

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n64-S128"
target triple = "circ"

define i32 @sum(ptr %p, i32 %n) {
entry:
  %c = icmp sgt i32 %n, 0
  br i1 %c, label %loop, label %exit
loop:
  %i = phi i32 [0, %entry], [%i1, %loop]
  %s = phi i32 [0, %entry], [%s1, %loop]
  %g = getelementptr i32, ptr %p, i32 %i
  %v = load i32, ptr %g
  %s1 = add i32 %s, %v
  %i1 = add i32 %i, 1
  %d = icmp slt i32 %i1, %n
  br i1 %d, label %loop, label %exit
exit:
  %r = phi i32 [0, %entry], [%s1, %loop]
  ret i32 %r
}
