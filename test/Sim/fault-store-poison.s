# A store uses the stored register: storing a poisoned value to RAM faults
# (only push may save poison, on the write-once stack).
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: read of poisoned register %r2
# CHECK-NEXT:   at {{.*}}fault-store-poison.s:[[@LINE+5]]: st64 %r2, -8(%ap)
# CHECK-NEXT:   in function main, block main

main:
	push %r2                  # saving main's caller's poisoned %r2: fine
	st64 %r2, -8(%ap)         # spilling it to RAM: a use
	ret
