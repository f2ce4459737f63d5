# bad-inputs.txt: a branch to a label never defined.
main:
	jmp nowhere
