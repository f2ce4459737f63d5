# call/ret and recursion: factorial(0..20) computed recursively, printed
# digit by digit by a recursive printer. Callee-saved registers are kept on
# the write-once stack across the recursive calls.
# RUN: circ-sim %s %S/Inputs/print-dec.s | FileCheck %s --match-full-lines
# RUN: circ-sim --report %s %S/Inputs/print-dec.s 2>&1 >/dev/null | FileCheck %s --check-prefix=REP

# CHECK: 1
# CHECK-NEXT: 1
# CHECK-NEXT: 2
# CHECK-NEXT: 6
# CHECK-NEXT: 24
# CHECK-NEXT: 120
# CHECK: 3628800
# CHECK: 2432902008176640000
# CHECK-EMPTY:
# REP: calls: {{[0-9]+}}

	.text
	.globl main
main:
	push %rp
	frame
	push %r2
	li %r2, 0
.Lloop:
	mov %r0, %r2
	call fact
	call print_dec
	addi %r2, %r2, 1
	sleui %r0, %r2, 20
	bnz %r0, .Lloop
	ldf %r2, 1
	ldf %rp, -1
	popf
	li %r0, 0
	ret

# fact(n) = n < 2 ? 1 : n * fact(n - 1)
	.globl fact
fact:
	sltui %r1, %r0, 2
	bz %r1, .Lrec
	li %r0, 1
	ret
.Lrec:
	push %rp
	frame
	push %r2
	mov %r2, %r0
	subi %r0, %r0, 1
	call fact
	mul %r0, %r0, %r2
	ldf %r2, 1
	ldf %rp, -1
	popf
	ret

# print_dec and print_u come from Inputs/print-dec.s.
