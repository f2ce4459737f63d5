# --max-steps=N: executing more than N instructions faults at the first one
# beyond the limit; the report (printed after the fault) counts N. The
# program runs exactly 1 + 2 x 10 + 1 = 22 instructions.
# RUN: %expect-exit 70 circ-sim --max-steps=21 --report %s 2>&1 | FileCheck %s --match-full-lines
# RUN: %expect-exit 70 circ-sim --max-steps=4 %s 2>&1 | FileCheck %s --check-prefix=EARLY
# A limit that is reached but not exceeded changes nothing, 0 is no limit:
# RUN: %expect-exit 0 circ-sim --max-steps=22 %s
# RUN: %expect-exit 0 circ-sim --max-steps=0 %s

# CHECK:      circ-sim: fault: instruction limit of 21 exceeded (--max-steps)
# CHECK-NEXT:   at {{.*}}fault-max-steps.s:[[@LINE+13]]: ret
# CHECK-NEXT:   in function main, block .Lloop
# CHECK-NEXT: instructions: 21
# CHECK-NEXT: blocks: 11

# EARLY:      circ-sim: fault: instruction limit of 4 exceeded (--max-steps)
# EARLY-NEXT:   at {{.*}}fault-max-steps.s:[[@LINE+6]]: bnz %r0, .Lloop

main:
	li %r0, 10
.Lloop:
	subi %r0, %r0, 1
	bnz %r0, .Lloop
	ret
