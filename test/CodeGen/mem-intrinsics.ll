; How memcpy and memset are lowered (CircTargetTransformInfo.h): a copy or
; fill of known size up to 512 bytes and at most 128 stores is written out
; in one block; a longer one, or one of unknown length, is a loop of the
; widest access both alignments allow, not of bytes.
; RUN: circ-llc -O2 %s -o - | FileCheck %s

; 260 bytes, 4-aligned: 65 word loads and stores, no loop, no call.
; CHECK-LABEL: copy260:
; CHECK-NOT:   {{^\.LBB|call}}
; CHECK-COUNT-65: st32
; CHECK-NOT:   {{^\.LBB|call}}
; CHECK:       ret

; 1000 bytes, 8-aligned: a loop of 64-bit words (125 iterations).
; CHECK-LABEL: copy1000:
; CHECK:       .LBB1_1:
; CHECK:       ld64
; CHECK-NEXT:  st64
; CHECK:       addi {{%r[0-9]+}}, {{%r[0-9]+}}, 8
; CHECK:       bnz {{%r[0-9]+}}, .LBB1_1

; Unknown length, 4-aligned: 32-bit words, then the bytes left over.
; CHECK-LABEL: copyn:
; CHECK:       ld32u
; CHECK-NEXT:  st32
; CHECK:       ld8u
; CHECK-NEXT:  st8
; CHECK-NOT:   call

; 300 bytes of zeros, 8-aligned: 37 words and a 4-byte tail, written out.
; CHECK-LABEL: fill300:
; CHECK-NOT:   {{^\.LBB|call}}
; CHECK:       st32 {{%r[0-9]+}}, 296(
; CHECK-COUNT-37: st64
; CHECK-NOT:   {{^\.LBB|call}}
; CHECK:       ret

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n64-S128"
target triple = "circ"

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define void @copy260(ptr align 4 %d, ptr align 4 %s) {
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %d, ptr align 4 %s, i64 260, i1 false)
  ret void
}

define void @copy1000(ptr align 8 %d, ptr align 8 %s) {
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %d, ptr align 8 %s, i64 1000, i1 false)
  ret void
}

define void @copyn(ptr align 4 %d, ptr align 4 %s, i64 %n) {
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %d, ptr align 4 %s, i64 %n, i1 false)
  ret void
}

define void @fill300(ptr align 8 %d) {
  call void @llvm.memset.p0.i64(ptr align 8 %d, i8 0, i64 300, i1 false)
  ret void
}
