# A jump to a builtin is a tail call: it returns to the caller through %rp,
# with the checks and clobbers of a return.
# RUN: %expect-exit 3 circ-sim %s | FileCheck %s --match-full-lines

# CHECK: xy

main:
	push %rp
	frame
	li %r0, 120
	call emit                 # prints 'x', returns it in %r0
	subi %r0, %r0, 1          # 'x' - 1 + 2 = 'y'
	addi %r0, %r0, 2
	call emit
	li %r0, 10
	call __circ_putchar
	li %r0, 3
	call quit
	trap
emit:
	jmp __circ_putchar
quit:
	bnz %r0, __circ_exit
	trap
