# main's result is its exit code: returning with %r0 poisoned faults.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: read of poisoned register %r0 (the exit code returned by main)
# CHECK-NEXT:   at {{.*}}fault-main-result.s:[[@LINE+5]]: ret
# CHECK-NEXT:   in function main, block main

main:
	mov %r0, %r9              # copying poison is fine ...
	ret                       # ... using it as the exit code is not
