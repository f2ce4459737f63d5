# bad-inputs.txt: a register that does not exist.
main:
	addi %r0, %r99, 1
	ret
