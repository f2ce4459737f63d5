# A return from __circ_longjmp is a second return from the __circ_setjmp
# call that filled the buffer (docs/machine.md, "Non-local returns"): the
# calls in between are abandoned and the callee-saved registers are checked
# against that call. The routines are the ones circ-llc writes at width 4.
# RUN: %expect-exit 107 circ-sim %s
# Longjmp after the function that called setjmp has returned:
# RUN: sed 's/^mode:.*/mode: .quad 1/' %s > %t.late.s
# RUN: %expect-exit 70 circ-sim %t.late.s 2>&1 | FileCheck %s --check-prefix=LATE
# LATE: circ-sim: fault: __circ_longjmp returns to {{.*}}, where no __circ_setjmp called by a running function returned with this %bp (longjmp to a function that has returned?)
# A longjmp that forgets a callee-saved register:
# RUN: sed 's/^	ldf %r2, 3$/	li %r2, 99/' %s > %t.lost.s
# RUN: %expect-exit 70 circ-sim %t.lost.s 2>&1 | FileCheck %s --check-prefix=LOST
# LOST: circ-sim: fault: callee-saved register %r2 differs at return from its value at the call (was 100, now 99)
# Any other return to an address its call did not write is still a fault:
# RUN: sed 's/call __circ_longjmp/call not_longjmp/' %s > %t.other.s
# RUN: %expect-exit 70 circ-sim %t.other.s 2>&1 | FileCheck %s --check-prefix=OTHER
# OTHER: circ-sim: fault: ret to address {{[0-9]+}}, but the call wrote {{[0-9]+}}

	.iowidth 4
	.data
buf:	.quad 0
mode:	.quad 0
	.text
main:
	frame
	push %rp
	li %r4, mode
	ld64 %r4, 0(%r4)
	bnz %r4, late
	call f                    # 7 + 100
	ldf %rp, 1
	popf
	ret
late:
	call returns_early
	call g                    # longjmp into returns_early: a fault
	trap

# setjmp(buf) ? val + r2 : g()
f:
	frame
	push %rp
	push %r2
	li %r2, 100
	li %r0, buf
	call __circ_setjmp
	bnz %r0, again
	call g
	trap
again:
	add %r0, %r0, %r2
	ldf %r2, 2
	ldf %rp, 1
	popf
	ret

returns_early:
	frame
	push %rp
	li %r0, buf
	call __circ_setjmp
	ldf %rp, 1
	popf
	ret

# longjmp(buf, 7), deeper down, with %r2 changed
g:
	frame
	push %rp
	call h
	trap
h:
	frame
	push %rp
	li %r2, 55
	li %r0, buf
	li %r1, 7
	call __circ_longjmp
	trap

# The same code, entered by a call of another name.
not_longjmp:
	jmp __circ_longjmp

__circ_setjmp:
	frame
	push %rp
	push %ap
	push %r2
	push %r3
	st64 %bp, 0(%r0)
	li %r0, 0
	ldf %rp, 1
	popf
	ret
__circ_longjmp:
	ld64 %bp, 0(%r0)
	mov %r0, %r1
	ldf %ap, 2
	ldf %r2, 3
	ldf %r3, 4
	ldf %rp, 1
	popf
	ret
