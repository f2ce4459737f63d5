; float and double have no registers: they are softened to integers and each
; operation calls the runtime's routine (runtime/src/softfloat.c, math.c),
; which circ-llc links in from the runtime because the module computes with
; floating point.
; RUN: circ-llc -runtime=%circ-build/lib/circ/runtime.bc %s -o %t.s
; RUN: FileCheck %s < %t.s
; RUN: FileCheck %s --check-prefix=DEFS < %t.s
; RUN: %expect-exit 7 circ-sim %t.s

; CHECK-LABEL: ops:
; CHECK-DAG: call __adddf3
; CHECK-DAG: call __muldf3
; CHECK-DAG: call __ltdf2
; CHECK-DAG: call __fixdfdi
; CHECK-DAG: call sqrt
; CHECK-DAG: call __truncdfsf2
; CHECK-DAG: call __extendsfdf2
; CHECK-DAG: call __floatsidf
; CHECK-LABEL: main:
define i64 @ops(double %a, double %b, i32 %n) {
  %s = fadd double %a, %b
  %p = fmul double %s, %b
  %lt = fcmp olt double %p, %a
  %i = fptosi double %p to i64
  %r = call double @llvm.sqrt.f64(double %s)
  %f = fptrunc double %r to float
  %e = fpext float %f to double
  %k = sitofp i32 %n to double
  %t = fadd double %e, %k
  %ti = fptosi double %t to i64
  %sum = add i64 %i, %ti
  %sel = select i1 %lt, i64 %sum, i64 0
  ret i64 %sel
}
declare double @llvm.sqrt.f64(double)

; The routines themselves are in the output, defined.
; DEFS-DAG: {{^}}__adddf3:
; DEFS-DAG: {{^}}sqrt:

; ops(1.5, 2.0, 3): s = 3.5, p = 7, not < 1.5: 0. main returns 7 + 0.
define i64 @main() {
  %v = call i64 @ops(double 1.5, double 2.0, i32 3)
  %w = fptosi double 7.9 to i64
  %r = add i64 %v, %w
  ret i64 %r
}
