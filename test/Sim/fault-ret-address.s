# ret must go to the address that its call wrote into %rp.
# RUN: %expect-exit 70 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      circ-sim: fault: ret to address 4, but the call wrote 3
# CHECK-NEXT:   at {{.*}}fault-ret-address.s:[[@LINE+14]]: ret
# CHECK-NEXT:   in function skip, block skip

main:
	push %rp                  # 0
	frame                     # 1
	call skip                 # 2
	li %r0, 1                 # 3
	li %r0, 2                 # 4
	ldf %rp, -1
	popf
	ret
skip:
	addi %rp, %rp, 1
	ret
