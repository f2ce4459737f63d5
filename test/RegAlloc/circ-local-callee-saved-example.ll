; The callee-saved preference's example program, from its design note (opaque
; pointers instead of i64*). The note reports 4 stores + 4 loads around the
; calls without the callee-saved preference and 1 store + 0 loads with it.
; Here, at -O0 as the note ran it (the DAG still folds a_val's last use to the
; constant 10, so three values cross a call, not four):
;   preference off: a_val and c_val saved around the first call, sum1 around
;     the second: 3 pushes of values (+ 2 frames), 3 ldf, 2 popf, nothing in
;     the prologue beyond %rp;
;   preference on: nothing around the calls; a_val, c_val and sum1 live in
;     callee-saved %r2 %r3 %r6, pushed once by the prologue, read back once.
; RUN: circ-llc -O0 -regalloc=circ-local -circ-ra-report -verify-machineinstrs %s -o %t.on.s 2> %t.on.rep
; RUN: FileCheck %s --check-prefix=ON < %t.on.s
; RUN: FileCheck %s --check-prefix=ONREP < %t.on.rep
; RUN: circ-llc -O0 -regalloc=circ-local -circ-prefer-callee-saved=false -circ-ra-report -verify-machineinstrs %s -o %t.off.s 2> %t.off.rep
; RUN: FileCheck %s --check-prefix=OFF < %t.off.s
; RUN: FileCheck %s --check-prefix=OFFREP < %t.off.rep
; Both run, with the same result (exit code 20), and no fault.
; RUN: %expect-exit 20 circ-sim %t.on.s
; RUN: %expect-exit 20 circ-sim %t.off.s

; ONREP: ra-report: func=main allocator=circ-local width=7 lower-bound=4 spills=0 reloads=0 pushes=0 pops=0
; ON-LABEL: main:
; ON:      frame
; ON-NEXT: push %rp
; ON-NEXT: push %r2
; ON-NEXT: push %r3
; ON-NEXT: push %r6
; ON-NOT:  frame
; ON:      call callee_func1
; ON-NOT:  frame
; ON:      call callee_func2
; ON-NOT:  frame
; ON:      ldf %r2, 2
; ON-NEXT: ldf %r3, 3
; ON-NEXT: ldf %r6, 4
; ON-NEXT: ldf %rp, 1
; ON-NEXT: popf
; ON-NEXT: ret

; OFFREP: ra-report: func=main allocator=circ-local-nopref width=2 lower-bound=2 spills=3 reloads=3 pushes=5 pops=2
; OFF-LABEL: main:
; OFF:      frame
; OFF-NEXT: push %rp
; OFF-NOT:  push %r2
; OFF:      frame
; OFF-NEXT: push [[A:%r[0-9]+]]
; OFF-NEXT: push [[C:%r[0-9]+]]
; OFF-NEXT: call callee_func1
; OFF-NEXT: ldf %r{{[0-9]+}}, 1
; OFF-NEXT: ldf %r{{[0-9]+}}, 2
; OFF-NEXT: popf
; OFF:      frame
; OFF-NEXT: push [[S:%r[0-9]+]]
; OFF-NEXT: call callee_func2
; OFF-NEXT: ldf %r{{[0-9]+}}, 1
; OFF-NEXT: popf
; OFF:      ldf %rp, 1
; OFF-NEXT: popf
; OFF-NEXT: ret

define i64 @main() {
entry:
    %a = alloca i64, align 8
    %b = alloca i64, align 8
    %c = alloca i64, align 8
    %d = alloca i64, align 8
    %e = alloca i64, align 8
    store i64 10, ptr %a, align 8
    store i64 20, ptr %b, align 8
    store i64 30, ptr %c, align 8
    store i64 40, ptr %d, align 8
    %a_val = load i64, ptr %a, align 8
    %b_val = load i64, ptr %b, align 8
    %c_val = load i64, ptr %c, align 8
    %sum1 = call i64 @callee_func1(i64 %a_val, i64 %b_val)
    %sum2 = call i64 @callee_func2(i64 %a_val, i64 %c_val)
    %result1 = add i64 %sum1, %sum2
    %result2 = add i64 %result1, %a_val
    store i64 %result2, ptr %e, align 8
    %final_result = load i64, ptr %e, align 8
    ret i64 %final_result
}

define i64 @callee_func1(i64 %x, i64 %y) {
entry:
    %sum = add i64 %x, %y
    ret i64 %sum
}

define i64 @callee_func2(i64 %x, i64 %y) {
entry:
    %sum = sub i64 %x, %y
    ret i64 %sum
}
