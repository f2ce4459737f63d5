# bad-inputs.txt: a correct program, for the option and output cases.
main:
	li %r0, 0
	ret
