# callr through a table of function pointers in .data (code addresses are
# instruction indices), including a pointer to the __circ_putchar builtin.
# RUN: circ-sim %s %S/Inputs/print-dec.s | FileCheck %s --match-full-lines

# CHECK: 10
# CHECK-NEXT: 21
# CHECK-NEXT: 49
# CHECK-NEXT: !
# CHECK-NEXT: 3

	.text
main:
	push %rp
	frame
	push %r2
	push %r3
	li %r2, 0                 # index into the table
.Lloop:
	li %r4, table
	shli %r5, %r2, 3
	add %r4, %r4, %r5
	ld64 %r4, 0(%r4)
	li %r0, 7
	callr %r4
	call print_dec
	addi %r2, %r2, 1
	slti %r0, %r2, 3
	bnz %r0, .Lloop
# the builtin through a pointer
	li %r4, table
	ld64 %r4, 24(%r4)
	li %r0, 33
	callr %r4
	li %r0, 10
	call __circ_putchar
# a code address in a register without a table
	li %r3, three
	callr %r3
	call print_dec
	ldf %r3, 2
	ldf %r2, 1
	ldf %rp, -1
	popf
	li %r0, 0
	ret

add3:
	addi %r0, %r0, 3
	ret
times3:
	muli %r0, %r0, 3
	ret
square:
	mul %r0, %r0, %r0
	ret
three:
	li %r0, 3
	ret

	.data
	.p2align 3
table:
	.quad add3, times3, square
	.quad __circ_putchar

# print_dec and print_u come from Inputs/print-dec.s.
