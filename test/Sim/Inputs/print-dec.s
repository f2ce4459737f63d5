# Shared by the simulator tests: decimal printing through __circ_putchar.
	.text
# print_dec: prints %r0 as a signed decimal number and a newline.
print_dec:
	push %rp
	frame
	push %r2
	mov %r2, %r0
	slti %r0, %r2, 0
	bz %r0, .Lpd_pos
	li %r0, 45
	call __circ_putchar
	li %r0, 0
	sub %r2, %r0, %r2
.Lpd_pos:
	mov %r0, %r2
	call print_u
	li %r0, 10
	call __circ_putchar
	ldf %r2, 1
	ldf %rp, -1
	popf
	ret

# print_u: prints %r0 as an unsigned decimal number.
print_u:
	push %rp
	frame
	push %r2
	mov %r2, %r0
	sltui %r0, %r2, 10
	bnz %r0, .Lpu_digit
	divui %r0, %r2, 10
	call print_u
.Lpu_digit:
	remui %r0, %r2, 10
	addi %r0, %r0, 48
	call __circ_putchar
	ldf %r2, 1
	ldf %rp, -1
	popf
	ret
