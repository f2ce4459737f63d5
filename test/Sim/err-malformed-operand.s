# Malformed operands: wrong count, wrong kind, bad registers, bad memory
# operands, bad and out-of-range integers (a sign only on decimals),
# non-label branch targets, bad data values. Every line is reported.
# RUN: %expect-exit 1 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      {{.*}}.s:[[@LINE+19]]: error: 'add' takes 3 operands (rd, ra, rb), got 2
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: operand 3 of 'add' must be a register, got '5'
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: bad register '%r64'
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: bad register '%r07'
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: operand 2 of 'ld64' must be a memory operand OFF(%rA), got '%r1'
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: malformed offset 'x' in operand 2 of 'st8'
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: malformed immediate '12abc' in operand 2 of 'li'
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: out-of-range immediate '18446744073709551616' in operand 2 of 'li'
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: malformed immediate 'foo*2' in operand 3 of 'addi'
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: operand 1 of 'jmp' must be a label, got '12'
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: 'ret' takes 0 operands (nothing), got 1
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: empty operand
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: malformed stack offset '1.5' in operand 2 of 'ldf'
# CHECK-NEXT: {{.*}}.s:[[@LINE+19]]: error: malformed immediate '-0x10' in operand 2 of 'li'
# CHECK-NEXT: {{.*}}.s:[[@LINE+20]]: error: value '256' does not fit in 1 byte
# CHECK-NEXT: {{.*}}.s:[[@LINE+20]]: error: unknown escape '\q' in string
# CHECK-NOT:  error

main:
	add %r0, %r1
	add %r0, %r1, 5
	mov %r64, %r1
	mov %r1, %r07
	ld64 %r0, %r1
	st8 %r0, x(%r1)
	li %r0, 12abc
	li %r0, 18446744073709551616
	addi %r0, %r0, foo*2
	jmp 12
	ret %r0
	sub %r0, , %r1
	ldf %r0, 1.5
	li %r0, -0x10             # the sign is for decimals only
	.data
	.byte 256
	.ascii "\q"
