# Reading a stack cell that was never written faults (here the cell just
# above the frame base, before anything was pushed there).
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: read of unwritten stack cell 2
# CHECK-NEXT:   at {{.*}}fault-stack-unwritten.s:[[@LINE+6]]: ldf %r0, 1
# CHECK-NEXT:   in function main, block main

main:
	push %rp
	frame
	ldf %r0, 1 # the slot after the frame
	ret
