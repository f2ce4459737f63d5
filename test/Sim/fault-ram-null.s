# Addresses below 0x1000 are the null pointer guard.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: RAM load of 4 bytes at 0x10 is outside [0x1000, 0x4000000) (null pointer guard)
# CHECK-NEXT:   at {{.*}}fault-ram-null.s:[[@LINE+5]]: ld32u %r0, 16(%r4)
# CHECK-NEXT:   in function main, block main

main:
	li %r4, 0
	ld32u %r0, 16(%r4)
	ret
