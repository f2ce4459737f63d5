# A callee-saved register (here %r6) that differs at return from its value at
# the call is a fault, reported at the callee's ret.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: callee-saved register %r6 differs at return from its value at the call (was 5, now 6)
# CHECK-NEXT:   at {{.*}}fault-callee-saved.s:[[@LINE+17]]: ret
# CHECK-NEXT:   in function clobber, block .LBB1_1

main:
	push %rp
	frame
	push %r6
	li %r6, 5
	call clobber
	ldf %r6, 1
	ldf %rp, -1
	popf
	ret
clobber:
	li %r6, 6                 # not saved and restored
	jmp .LBB1_1
.LBB1_1:
	ret
