# Division by zero faults (signed and unsigned, quotient and remainder).
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines
# RUN: %expect-exit 70 circ-sim %s --max-steps=0 2>&1 | FileCheck %s --check-prefix=ANY

# CHECK:      circ-sim: fault: division by zero
# CHECK-NEXT:   at {{.*}}fault-divzero.s:[[@LINE+8]]: divs %r0, %r4, %r5
# CHECK-NEXT:   in function main, block main
# ANY: division by zero

main:
	li %r4, 7
	li %r5, 0
	remui %r0, %r4, 3
	divs %r0, %r4, %r5
	ret
