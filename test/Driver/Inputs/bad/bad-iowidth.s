# bad-inputs.txt: an io width outside 1..64.
	.iowidth 99
main:
	ret
