# sel reads its condition and the chosen operand: the unchosen one may be
# poisoned, the chosen one may not.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: read of poisoned register %r9
# CHECK-NEXT:   at {{.*}}fault-sel-poison.s:[[@LINE+8]]: sel %r0, %r4, %r9, %r5
# CHECK-NEXT:   in function main, block main

main:
	li %r4, 0
	li %r5, 7
	sel %r0, %r4, %r9, %r5    # picks %r5: fine
	li %r4, 1
	sel %r0, %r4, %r9, %r5    # picks %r9: poisoned
	ret
