; Loads and stores of every width, with sign and zero extension.
; RUN: circ-llc -regalloc=greedy -verify-machineinstrs %s -o - | FileCheck %s

; CHECK-LABEL: loads:
; CHECK-DAG: ld8u {{.*}}, 0(%r0)
; CHECK-DAG: ld8s {{.*}}, 1(%r0)
; CHECK-DAG: ld16u {{.*}}, 2(%r0)
; CHECK-DAG: ld16s {{.*}}, 4(%r0)
; CHECK-DAG: ld32u {{.*}}, 8(%r0)
; CHECK-DAG: ld32s {{.*}}, 12(%r0)
; CHECK-DAG: ld64 {{.*}}, 16(%r0)
define i64 @loads(ptr %p) {
  %p1 = getelementptr i8, ptr %p, i64 1
  %p2 = getelementptr i8, ptr %p, i64 2
  %p4 = getelementptr i8, ptr %p, i64 4
  %p8 = getelementptr i8, ptr %p, i64 8
  %p12 = getelementptr i8, ptr %p, i64 12
  %p16 = getelementptr i8, ptr %p, i64 16
  %a = load i8, ptr %p
  %b = load i8, ptr %p1
  %c = load i16, ptr %p2
  %d = load i16, ptr %p4
  %e = load i32, ptr %p8
  %f = load i32, ptr %p12
  %g = load i64, ptr %p16
  %a1 = zext i8 %a to i64
  %b1 = sext i8 %b to i64
  %c1 = zext i16 %c to i64
  %d1 = sext i16 %d to i64
  %e1 = zext i32 %e to i64
  %f1 = sext i32 %f to i64
  %s1 = add i64 %a1, %b1
  %s2 = add i64 %s1, %c1
  %s3 = add i64 %s2, %d1
  %s4 = add i64 %s3, %e1
  %s5 = add i64 %s4, %f1
  %s6 = add i64 %s5, %g
  ret i64 %s6
}

; CHECK-LABEL: stores:
; CHECK-DAG: st8 %r1, 0(%r0)
; CHECK-DAG: st16 %r1, 2(%r0)
; CHECK-DAG: st32 %r1, 4(%r0)
; CHECK-DAG: st64 %r1, -8(%r0)
define void @stores(ptr %p, i64 %v) {
  %t8 = trunc i64 %v to i8
  %t16 = trunc i64 %v to i16
  %t32 = trunc i64 %v to i32
  %p2 = getelementptr i8, ptr %p, i64 2
  %p4 = getelementptr i8, ptr %p, i64 4
  %pm = getelementptr i8, ptr %p, i64 -8
  store i8 %t8, ptr %p
  store i16 %t16, ptr %p2
  store i32 %t32, ptr %p4
  store i64 %v, ptr %pm
  ret void
}

; i1 in memory is a byte.
; CHECK-LABEL: flag:
; CHECK: ld8u
define i1 @flag(ptr %p) {
  %b = load i1, ptr %p
  ret i1 %b
}

; Neither copy calls the runtime (CircTargetTransformInfo.h): one of more
; than 512 bytes is a loop, of bytes here as nothing is known of alignment;
; a small one is written out after it.
; CHECK-LABEL: copies:
; CHECK-NOT: call
; CHECK: [[LOOP:\.LBB[0-9_]+]]:
; CHECK: ld8u
; CHECK-NEXT: st8
; CHECK: sltui {{%r[0-9]+}}, {{%r[0-9]+}}, 4096
; CHECK-NEXT: bnz {{%r[0-9]+}}, [[LOOP]]
; CHECK-NOT: call
; CHECK-COUNT-16: st8
; CHECK-NOT: call
; CHECK: ret
define void @copies(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 4096, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 16, i1 false)
  ret void
}
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
