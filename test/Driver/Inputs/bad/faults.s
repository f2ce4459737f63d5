# bad-inputs.txt: a correct file whose run faults (a read of a poisoned register).
main:
	mov %r0, %r5
	ret
