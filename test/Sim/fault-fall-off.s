# Running past the last instruction faults; it is reported at the last one.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: execution ran past the last instruction
# CHECK-NEXT:   at {{.*}}fault-fall-off.s:[[@LINE+5]]: li %r0, 0
# CHECK-NEXT:   in function main, block .Lend

main:
.Lend:
	li %r0, 0
