# %ap (and %bp) are callee-saved too: a function that allocates RAM stack
# and returns without giving it back faults at its ret.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: callee-saved register %ap differs at return from its value at the call (was 67108800, now 67108784)
# CHECK-NEXT:   at {{.*}}fault-callee-saved-ap.s:[[@LINE+14]]: ret
# CHECK-NEXT:   in function leaky, block leaky

main:
	push %rp
	frame
	call leaky
	ldf %rp, -1
	popf
	li %r0, 0
	ret
leaky:
	subi %ap, %ap, 16
	st64 %r0, 0(%ap)
	ret
