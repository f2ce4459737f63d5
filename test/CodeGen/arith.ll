; Every binary operation in register and immediate form, comparisons,
; select, and the expansions of what the machine lacks.
; RUN: circ-llc -regalloc=greedy -verify-machineinstrs %s -o - | FileCheck %s

; CHECK-LABEL: ops:
; CHECK-DAG: add %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: sub %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: mul %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: divs %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: divu %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: rems %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: remu %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: and %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: or %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: xor %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: shl %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: shr %r{{[0-9]+}}, %r0, %r1
; CHECK-DAG: sra %r{{[0-9]+}}, %r0, %r1
define i64 @ops(i64 %a, i64 %b) {
  %1 = add i64 %a, %b
  %2 = sub i64 %a, %b
  %3 = mul i64 %a, %b
  %4 = sdiv i64 %a, %b
  %5 = udiv i64 %a, %b
  %6 = srem i64 %a, %b
  %7 = urem i64 %a, %b
  %8 = and i64 %a, %b
  %9 = or i64 %a, %b
  %10 = xor i64 %a, %b
  %11 = shl i64 %a, %b
  %12 = lshr i64 %a, %b
  %13 = ashr i64 %a, %b
  %s1 = xor i64 %1, %2
  %s2 = xor i64 %s1, %3
  %s3 = xor i64 %s2, %4
  %s4 = xor i64 %s3, %5
  %s5 = xor i64 %s4, %6
  %s6 = xor i64 %s5, %7
  %s7 = xor i64 %s6, %8
  %s8 = xor i64 %s7, %9
  %s9 = xor i64 %s8, %10
  %s10 = xor i64 %s9, %11
  %s11 = xor i64 %s10, %12
  %s12 = xor i64 %s11, %13
  ret i64 %s12
}

; Full 64-bit immediates need no splitting.
; CHECK-LABEL: imms:
; CHECK: addi %r0, %r0, 81985529216486895
define i64 @imms(i64 %a) {
  %r = add i64 %a, 81985529216486895
  ret i64 %r
}

; CHECK-LABEL: cmps:
; CHECK-DAG: slt {{.*}}
; CHECK-DAG: sltu {{.*}}
; CHECK-DAG: seq {{.*}}
; CHECK: sel %r0,
define i64 @cmps(i64 %a, i64 %b, i64 %x, i64 %y) {
  %c1 = icmp slt i64 %a, %b
  %c2 = icmp ult i64 %x, %y
  %c3 = icmp eq i64 %a, %x
  %c4 = and i1 %c1, %c2
  %c5 = xor i1 %c4, %c3
  %r = select i1 %c5, i64 %a, i64 %y
  ret i64 %r
}

; Division by a constant uses the high half of a product.
; CHECK-LABEL: divconst:
; CHECK: mulhui {{.*}}
define i64 @divconst(i64 %a) {
  %r = udiv i64 %a, 10
  ret i64 %r
}

; Narrow types are widened: i32 sign extension is a shift pair.
; CHECK-LABEL: sext32:
; CHECK:      shli [[R:%r[0-9]+]], %r0, 32
; CHECK-NEXT: srai %r0, [[R]], 32
define i64 @sext32(i32 %a) {
  %r = sext i32 %a to i64
  ret i64 %r
}

; Operations without an instruction are expanded (no calls).
; CHECK-LABEL: bits:
; CHECK-NOT: call
; CHECK: ret
define i64 @bits(i64 %x, i64 %y, i64 %z) {
  %a = call i64 @llvm.ctpop.i64(i64 %x)
  %b = call i64 @llvm.bswap.i64(i64 %y)
  %c = call i64 @llvm.ctlz.i64(i64 %z, i1 false)
  %d = call i64 @llvm.fshl.i64(i64 %x, i64 %y, i64 13)
  %e = call i64 @llvm.smax.i64(i64 %x, i64 %z)
  %f = call i64 @llvm.abs.i64(i64 %y, i1 false)
  %1 = add i64 %a, %b
  %2 = add i64 %1, %c
  %3 = add i64 %2, %d
  %4 = add i64 %3, %e
  %5 = add i64 %4, %f
  ret i64 %5
}
declare i64 @llvm.ctpop.i64(i64)
declare i64 @llvm.bswap.i64(i64)
declare i64 @llvm.ctlz.i64(i64, i1)
declare i64 @llvm.fshl.i64(i64, i64, i64)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.abs.i64(i64, i1)

; 128-bit arithmetic is split into 64-bit halves.
; CHECK-LABEL: wide:
; CHECK: mulhu
define i128 @wide(i128 %a, i128 %b) {
  %r = mul i128 %a, %b
  ret i128 %r
}
