# bad-inputs.txt: a directive that does not exist.
main:
	ret
	.frob 1
