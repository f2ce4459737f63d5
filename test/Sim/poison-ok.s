# What is not a use of a poisoned register: mov (copies the poison), push
# (saves it), the unchosen operand of sel, ldf of a saved poison (restores it),
# frame with a poisoned %bp; writing a register makes it valid again. Callee-
# saved registers restored as poison satisfy the return check. W = 2 here.
# RUN: %expect-exit 9 circ-sim %s

	.iowidth 2
main:
	push %rp
	frame
	push %r2                  # poison (and block-local: W = 2)
	mov %r40, %r41
	mov %r3, %r40
	push %r3
	li %r4, 1
	sel %r5, %r4, %r4, %r41
	call f
	mov %r1, %bp              # keep the real %bp (%r1 survives calls)
	mov %bp, %r50             # %bp poisoned by a copy ...
	frame                     # ... saved by frame; %bp is valid again
	popf                      # brings the poison back
	mov %bp, %r1              # the real one again
	ldf %rp, -1
	popf
	li %r0, 9
	jmp .Lout
.Lout:
	ret
f:
	ret
