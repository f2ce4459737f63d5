# A stack cell may be written once: moving %sp back and pushing again faults.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: second write to stack cell 1
# CHECK-NEXT:   at {{.*}}fault-stack-double-write.s:[[@LINE+8]]: push %r0
# CHECK-NEXT:   in function main, block main

main:
	push %rp
	push %r0
	push %r0
	subi %sp, %sp, 2
	push %r0                  # cell 1 again
	ret
