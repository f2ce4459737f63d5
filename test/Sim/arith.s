# Every binary operation, register and immediate forms, with the edge cases of
# mulhs/mulhu, division and shifts.
# RUN: circ-sim %s %S/Inputs/print-dec.s | FileCheck %s --match-full-lines

	.text
main:
	push %rp
	frame
# CHECK: 12
	li %r4, 5
	li %r5, 7
	add %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: -2
	li %r4, 5
	subi %r0, %r4, 7
	call print_dec
# wrap-around: INT64_MAX + 1
# CHECK-NEXT: -9223372036854775808
	li %r4, 0x7fffffffffffffff
	addi %r0, %r4, 1
	call print_dec
# CHECK-NEXT: -35
	li %r4, 5
	muli %r0, %r4, -7
	call print_dec
# mulhs(-1, 1) = -1; mulhu(-1, 2) = 1; mulhu(2^63, 4) = 2
# CHECK-NEXT: -1
	li %r4, -1
	li %r5, 1
	mulhs %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 1
	li %r4, -1
	mulhui %r0, %r4, 2
	call print_dec
# CHECK-NEXT: 2
	li %r4, 0x8000000000000000
	mulhu %r0, %r4, %r4
	shri %r0, %r0, 61
	call print_dec
# mulhs(INT64_MIN, INT64_MIN) = 2^62; mulhs(INT64_MIN, -1) = 0
# CHECK-NEXT: 4611686018427387904
	li %r4, 0x8000000000000000
	mulhs %r0, %r4, %r4
	call print_dec
# CHECK-NEXT: 0
	li %r4, 0x8000000000000000
	mulhsi %r0, %r4, -1
	call print_dec
# mulhs(-3, 5) = -1 (the product -15 is negative)
# CHECK-NEXT: -1
	li %r4, -3
	mulhsi %r0, %r4, 5
	call print_dec
# division rounds toward zero
# CHECK-NEXT: -3
	li %r4, -7
	divsi %r0, %r4, 2
	call print_dec
# CHECK-NEXT: -1
	li %r4, -7
	remsi %r0, %r4, 2
	call print_dec
# CHECK-NEXT: 1
	li %r4, 7
	li %r5, -2
	rems %r0, %r4, %r5
	call print_dec
# INT64_MIN divs -1 is INT64_MIN, rems gives 0
# CHECK-NEXT: -9223372036854775808
	li %r4, 0x8000000000000000
	li %r5, -1
	divs %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 0
	li %r4, 0x8000000000000000
	remsi %r0, %r4, -1
	call print_dec
# unsigned: -1 divu 2 = 2^63-1; -1 remu 10 = 5
# CHECK-NEXT: 9223372036854775807
	li %r4, -1
	li %r5, 2
	divu %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 5
	li %r4, -1
	remui %r0, %r4, 10
	call print_dec
# bitwise
# CHECK-NEXT: 8
	li %r4, 12
	andi %r0, %r4, 10
	call print_dec
# CHECK-NEXT: 14
	li %r4, 12
	li %r5, 10
	or %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 6
	li %r4, 12
	xori %r0, %r4, 10
	call print_dec
# shifts: the amount is taken modulo 64
# CHECK-NEXT: 8
	li %r4, 1
	shli %r0, %r4, 67
	call print_dec
# CHECK-NEXT: 1
	li %r4, -1
	li %r5, 63
	shr %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: -4
	li %r4, -16
	srai %r0, %r4, 66
	call print_dec
# CHECK-NEXT: 4
	li %r4, 16
	li %r5, 2
	sra %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: -1
	li %r4, 0x8000000000000000
	srai %r0, %r4, 63
	call print_dec
# comparisons: -1 against 1, signed and unsigned
# CHECK-NEXT: 0
	li %r4, -1
	seqi %r0, %r4, 1
	call print_dec
# CHECK-NEXT: 1
	li %r4, 3
	li %r5, 3
	seq %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 1
	li %r4, -1
	snei %r0, %r4, 1
	call print_dec
# CHECK-NEXT: 0
	li %r4, 3
	sne %r0, %r4, %r4
	call print_dec
# CHECK-NEXT: 1
	li %r4, -1
	slti %r0, %r4, 1
	call print_dec
# CHECK-NEXT: 0
	li %r4, -1
	sltui %r0, %r4, 1
	call print_dec
# CHECK-NEXT: 1
	li %r4, 1
	li %r5, 1
	sle %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 0
	li %r4, -1
	sleui %r0, %r4, 1
	call print_dec
# CHECK-NEXT: 0
	li %r4, -1
	sgti %r0, %r4, 1
	call print_dec
# CHECK-NEXT: 1
	li %r4, -1
	li %r5, 1
	sgtu %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 1
	li %r4, -5
	sgei %r0, %r4, -5
	call print_dec
# CHECK-NEXT: 0
	li %r4, 1
	li %r5, -1
	sgeu %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 1
	li %r4, 2
	slt %r0, %r4, %r4
	xori %r0, %r0, 1
	call print_dec
# CHECK-NEXT: 1
	li %r4, 2
	slei %r0, %r4, 2
	call print_dec
# CHECK-NEXT: 1
	li %r4, 3
	li %r5, 2
	sgt %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 0
	li %r4, 1
	li %r5, 2
	sge %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 1
	li %r4, 1
	li %r5, -1
	sltu %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 1
	li %r4, 7
	li %r5, 7
	sleu %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 1
	li %r4, -1
	sgtui %r0, %r4, 5
	call print_dec
# CHECK-NEXT: 1
	li %r4, 5
	sgeui %r0, %r4, 5
	call print_dec
# register-register forms of the rest
# CHECK-NEXT: -2
	li %r4, 5
	li %r5, 7
	sub %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 42
	li %r4, 6
	li %r5, 7
	mul %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: -5
	li %r4, 10
	li %r5, -2
	divs %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 3
	li %r4, 10
	li %r5, 3
	divui %r0, %r4, 3
	remu %r4, %r4, %r5
	add %r0, %r0, %r4
	subi %r0, %r0, 1
	call print_dec
# CHECK-NEXT: 64
	li %r4, 1
	li %r5, 6
	shl %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 8
	li %r4, 12
	li %r5, 10
	and %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 14
	li %r4, 12
	ori %r0, %r4, 10
	call print_dec
# CHECK-NEXT: 6
	li %r4, 12
	li %r5, 10
	xor %r0, %r4, %r5
	call print_dec
# CHECK-NEXT: 4
	li %r4, 16
	shri %r0, %r4, 2
	call print_dec
# mov, li with a large value, sel both ways
# CHECK-NEXT: 18446744073709551615
	li %r4, 18446744073709551615
	mov %r0, %r4
	call print_u
	li %r0, 10
	call __circ_putchar
# CHECK-NEXT: 11
	li %r4, 1
	li %r5, 11
	li %r8, 22
	sel %r0, %r4, %r5, %r8
	call print_dec
# CHECK-NEXT: 22
	li %r4, 0
	li %r5, 11
	li %r8, 22
	sel %r0, %r4, %r5, %r8
	call print_dec
	li %r0, 0
	ldf %rp, -1
	popf
	ret

# print_dec and print_u come from Inputs/print-dec.s.
