# bad-inputs.txt: no main.
f:
	ret
