# RAM is [0x1000, 0x4000000): an 8-byte store that runs past the top faults.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: RAM store of 8 bytes at 0x3fffffc is outside [0x1000, 0x4000000)
# CHECK-NEXT:   at {{.*}}fault-ram-range.s:[[@LINE+6]]: st64 %r0, 4(%r4)
# CHECK-NEXT:   in function main, block main

main:
	li %r4, 0x3fffff8
	st32 %r0, 4(%r4)          # the last 4 bytes are fine
	st64 %r0, 4(%r4)
	ret
