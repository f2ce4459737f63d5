# With io width 4, %r4..%r63 are block-local: a value left in %r5 is poisoned
# by the transition to the next block, and reading it there faults. With
# --io-width=8 the same value survives.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines
# RUN: %expect-exit 6 circ-sim --io-width=8 %s

# CHECK:      circ-sim: fault: read of poisoned register %r5
# CHECK-NEXT:   at {{.*}}fault-poison-transition.s:[[@LINE+10]]: addi %r0, %r5, 1
# CHECK-NEXT:   in function main, block .LBB0_1

	.iowidth 4
	.text
main:
	li %r5, 5
	li %r0, 1                 # below W: carried
	jmp .LBB0_1
.LBB0_1:
	addi %r0, %r5, 1
	ret
