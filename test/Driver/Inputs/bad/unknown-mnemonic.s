# bad-inputs.txt: an instruction that does not exist.
main:
	frob %r0
	ret
