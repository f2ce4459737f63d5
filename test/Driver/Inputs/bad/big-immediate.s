# bad-inputs.txt: an immediate beyond 64 bits.
main:
	li %r0, 99999999999999999999999
	ret
