# Many conditional exits in one block (a select chain over eight targets), a
# call after conditional exits (%rp selected too), and a conditional branch
# that a non-transfer follows (a constraint block the machine does not see).
# Every execution's witness must check.
# RUN: circ-r1cs --check %s | FileCheck %s
# CHECK: r1cs-check: program exit code 7; 11 of 11 executions checked
# CHECK: r1cs-check: blocks=11 executions=11 constraints={{[0-9]+}} violations=0
	.iowidth 8
main:
	push %rp
	frame
	li %r4, 7
	seqi %r5, %r4, 1
	bnz %r5, .L1
	seqi %r5, %r4, 2
	bnz %r5, .L2
	seqi %r5, %r4, 3
	bnz %r5, .L3
	seqi %r5, %r4, 4
	bnz %r5, .L4
	seqi %r5, %r4, 5
	bnz %r5, .L5
	seqi %r5, %r4, 6
	bnz %r5, .L6
	seqi %r5, %r4, 7
	bnz %r5, .L7
	bz %r4, .L1
	bz %r4, .L2
	bz %r4, .L3
	bz %r4, .L4
	bz %r4, .L5
	bz %r4, .L6
	jmp .L4
.L1:
.L2:
.L3:
.L4:
.L5:
.L6:
	trap
.L7:
	mov %r0, %r4
	bz %r0, .Lzero
	call twice
	subi %r0, %r0, 7
	bnz %r0, .Lzero
	call twice
.Lzero:
	ldf %rp, -1
	popf
	li %r0, 7
	ret
twice:
	add %r0, %r0, %r0
	ret
