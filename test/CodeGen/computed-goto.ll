; indirectbr (computed goto) is `jr`, a transition to a block whose address
; the function takes; the value live across it stays below the io width.
; RUN: circ-llc -mtriple=circ -regalloc=circ-ts -circ-io-width=8 -verify-machineinstrs %s -o - | FileCheck %s
; RUN: circ-llc -mtriple=circ -regalloc=greedy -verify-machineinstrs %s -o - | FileCheck %s

@targets = internal constant [2 x ptr] [ptr blockaddress(@pick, %one), ptr blockaddress(@pick, %two)]

; CHECK-LABEL: pick:
; CHECK:       ld64 [[T:%r[0-9]+]], 0(
; CHECK:       jr [[T]]
; CHECK:       .quad .Ltmp{{[0-9]+}}
; CHECK-NEXT:  .quad .Ltmp{{[0-9]+}}
define i64 @pick(i64 %k, i64 %x) {
entry:
  %slot = getelementptr [2 x ptr], ptr @targets, i64 0, i64 %k
  %dest = load ptr, ptr %slot
  indirectbr ptr %dest, [label %one, label %two]
one:
  %a = add i64 %x, 1
  ret i64 %a
two:
  %b = mul i64 %x, 3
  ret i64 %b
}
