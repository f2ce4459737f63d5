# __circ_exit ends the program at once, from any call depth, with exit code
# %r0 & 0xff; output written before it is flushed.
# RUN: %expect-exit 7 circ-sim %s | FileCheck %s --match-full-lines
# RUN: %expect-exit 7 circ-sim --report %s 2>&1 >/dev/null | FileCheck %s --check-prefix=REP

# CHECK: bye
# CHECK-NOT: {{.}}
# main: 3, inner: 2 + 4 x 2 + 2
# REP: instructions: 15
# REP: calls: 6

main:
	push %rp
	frame
	call inner
	li %r0, 88                # never reached
	call __circ_putchar
	ldf %rp, -1
	popf
	li %r0, 0
	ret
inner:
	push %rp
	frame
	li %r0, 98
	call __circ_putchar
	li %r0, 121
	call __circ_putchar
	li %r0, 101
	call __circ_putchar
	li %r0, 10
	call __circ_putchar
	li %r0, 0x307
	call __circ_exit
	ldf %rp, -1
	popf
	ret
