# trap faults (__builtin_trap, unreachable).
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: trap
# CHECK-NEXT:   at {{.*}}fault-trap.s:[[@LINE+9]]: trap
# CHECK-NEXT:   in function helper, block .LBB1_2

main:
	call helper
	ret
helper:
	jmp .LBB1_2
.LBB1_2:
	trap
