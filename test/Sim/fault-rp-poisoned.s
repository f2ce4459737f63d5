# %rp is caller-saved: after a call it is poisoned, so a function that calls
# another one and returns without restoring %rp faults at its ret.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: read of poisoned register %rp
# CHECK-NEXT:   at {{.*}}fault-rp-poisoned.s:[[@LINE+6]]: ret
# CHECK-NEXT:   in function main, block main

main:
	li %r0, 0
	call leaf
	ret
leaf:
	ret
