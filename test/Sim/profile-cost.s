# --profile-cost charges every block execution to its calling context and its
# block: main calls f twice, f calls g (a loop) and tail-calls h, main calls
# the putchar builtin. The folded stacks count executions, instructions,
# constraints or prover cost; the instructions and constraints add up to the
# report's, the prover cost with the padding row to the report's.
# RUN: circ-sim --profile-cost=%t.exec --profile-metric=executions %s | FileCheck %s --check-prefix=OUT
# OUT: A
# RUN: FileCheck %s --check-prefix=EXEC --match-full-lines < %t.exec
# EXEC:      main;main 1
# EXEC-NEXT: main;f;f 2
# EXEC-NEXT: main;f;g;g 2
# EXEC-NEXT: main;f;g;.Lg_loop 6
# EXEC-NEXT: main;f;f+3 2
# EXEC-NEXT: main;f;h;h 2
# EXEC-NEXT: main;main+3 1
# EXEC-NEXT: main;main+4 1
# EXEC-NEXT: main;__circ_putchar;__circ_putchar 1
# EXEC-NEXT: main;main+6 1
# EXEC-EMPTY:

# RUN: circ-sim --report --profile-cost=%t.insn --profile-metric=instructions %s 2> %t.insn.err > /dev/null
# RUN: awk '{ s += $NF } END { print "folded instructions: " s }' %t.insn >> %t.insn.err
# RUN: FileCheck %s --check-prefix=INSN < %t.insn.err
# INSN: instructions: [[N:[0-9]+]]
# INSN: folded instructions: [[N]]
# RUN: grep -c . %t.insn | FileCheck %s --check-prefix=NINSN
# (the builtin runs no instruction of the program: no line)
# NINSN: 9

# RUN: circ-sim --report --profile-cost=%t.cons --profile-metric=constraints %s 2> %t.cons.err > /dev/null
# RUN: awk '{ s += $NF } END { print "folded constraints: " s }' %t.cons >> %t.cons.err
# RUN: FileCheck %s --check-prefix=CONS < %t.cons.err
# CONS: constraints: [[C:[0-9]+]]
# CONS: folded constraints: [[C]]

# The table (stderr): functions by prover cost, the padding, then blocks.
# RUN: circ-sim --report --profile-cost=%t.cost %s 2> %t.cost.err > /dev/null
# RUN: awk '{ s += $NF } END { print "folded cost: " s }' %t.cost >> %t.cost.err
# RUN: FileCheck %s --check-prefix=TABLE < %t.cost.err
# TABLE:      prover-cost: [[TOTAL:[0-9]+]]
# TABLE:      cost profile: prover cost [[TOTAL]] at io width 8 (shares are of it)
# TABLE-NEXT:   function executions instructions constraints prover cost share
# TABLE-NEXT:   g 8 22 {{[0-9]+}} {{[0-9]+}} {{[0-9.]+}}%
# TABLE-NEXT:   f 4 12
# TABLE-NEXT:   main 4 10
# TABLE-NEXT:   h 2 4
# TABLE-NEXT:   __circ_putchar 1 0
# TABLE-NEXT:   (padding, initial RAM) [[PAD:[0-9]+]] {{[0-9.]+}}%
# TABLE-NEXT:   function block (the 10 costliest of 10 that ran)
# TABLE-NEXT:   g .Lg_loop 6 20
# TABLE:      folded cost: {{[0-9]+}}
# RUN: sed -n -e 's/^prover-cost: //p' -e 's/.*(padding, initial RAM) *\([0-9]*\).*/\1/p' -e 's/^folded cost: //p' %t.cost.err | awk 'NR == 1 { t = $1 } NR > 1 { s += $1 } END { print (t == s ? "adds up" : "differs") }' | FileCheck %s --check-prefix=ADDS
# ADDS: adds up

# After a fault the profile has the run so far (10 instructions).
# RUN: %expect-exit 70 circ-sim --max-steps=10 --profile-cost=%t.fault --profile-metric=instructions %s 2> %t.fault.err
# RUN: FileCheck %s --check-prefix=FAULT < %t.fault.err
# FAULT: circ-sim: fault: instruction limit of 10 exceeded (--max-steps)
# FAULT: cost profile: prover cost
# RUN: awk '{ s += $NF } END { print s }' %t.fault | FileCheck %s --check-prefix=FAULTSUM
# FAULTSUM: 10

# The flame graph: an SVG document with a box per calling context and block.
# RUN: circ-sim --profile-cost=%t.svg %s > /dev/null 2>&1
# RUN: FileCheck %s --check-prefix=SVG < %t.svg
# SVG: <svg version="1.1" xmlns="http://www.w3.org/2000/svg"
# SVG: circ-sim cost profile: prover cost before padding ([[ALL:[0-9]+]] in all)
# SVG: <g><title>all ([[ALL]] prover cost, 100.00%)</title><rect
# SVG: <title>.Lg_loop ({{[0-9]+}} prover cost, {{[0-9.]+}}%)</title>
# SVG: </svg>
# RUN: python3 -c "import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); print(len(r.findall('{http://www.w3.org/2000/svg}g')), 'boxes')" %t.svg | FileCheck %s --check-prefix=BOXES
# (all, main, f, g, h in f, __circ_putchar in main, and the 10 blocks)
# BOXES: 16 boxes

# Bad options and files.
# RUN: %expect-exit 1 circ-sim --profile-cost= %s 2>&1 | FileCheck %s --check-prefix=EMPTY
# EMPTY: circ-sim: error: --profile-cost needs a file: --profile-cost=FILE
# RUN: %expect-exit 1 circ-sim --profile-cost=%t.p --profile-metric=cycles %s 2>&1 | FileCheck %s --check-prefix=METRIC
# METRIC: circ-sim: error: bad --profile-metric value 'cycles' (must be cost, constraints, instructions or executions)
# RUN: %expect-exit 1 circ-sim --profile-cost=%t.nodir/p.folded %s 2>&1 | FileCheck %s --check-prefix=UNWRITABLE
# UNWRITABLE: circ-sim: error: cannot write cost profile '{{.*}}nodir/p.folded': No such file or directory

	.iowidth 8
	.text
main:
	frame
	push %rp
	call f
	call f
	li %r0, 65
	call __circ_putchar
	li %r0, 0
	ldf %rp, 1
	popf
	ret

f:
	frame
	push %rp
	call g
	ldf %rp, 1
	popf
	jmp h

g:
	li %r4, 0
.Lg_loop:
	addi %r4, %r4, 1
	slti %r5, %r4, 3
	bnz %r5, .Lg_loop
	ret

h:
	li %r0, 1
	ret
