# bad-inputs.txt: an instruction with too few operands.
main:
	add %r0
	ret
