# A call (or jump) to an address that is not an instruction faults; code
# addresses are instruction indices.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: call to address 12345, which is not an instruction
# CHECK-NEXT:   at {{.*}}fault-bad-address.s:[[@LINE+5]]: callr %r4
# CHECK-NEXT:   in function main, block main

main:
	li %r4, 12345
	callr %r4
	ret
