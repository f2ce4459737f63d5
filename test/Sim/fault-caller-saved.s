# After a call returns, the caller-saved registers other than %r0 and %r1 are
# poisoned even when the callee did not touch them.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: read of poisoned register %r4
# CHECK-NEXT:   at {{.*}}fault-caller-saved.s:[[@LINE+9]]: add %r0, %r0, %r4
# CHECK-NEXT:   in function main, block main

main:
	push %rp
	frame
	li %r4, 5
	li %r0, 1
	call nothing
	add %r0, %r0, %r4         # %r0 survives, %r4 does not
	ldf %rp, -1
	popf
	ret
nothing:
	ret
