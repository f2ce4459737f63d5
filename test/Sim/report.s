# The cost report: every key, in order, with exact counts for a small
# program (worked out by hand below). W = 4, so pow2ceil(2 x W) = 8.
# RUN: %expect-exit 4 circ-sim --report %s 2>%t.err | FileCheck %s --check-prefix=OUT
# RUN: FileCheck %s --check-prefix=REP --match-full-lines < %t.err
# Without --report nothing is printed to stderr.
# RUN: %expect-exit 4 circ-sim %s 2>&1 >/dev/null | count 0

# OUT: A

# Executed: main 1-10, twice 14-15, main 11-13 = 15 instructions.
# Blocks: main, after the putchar call, twice, after the call of twice = 4.
# prover-work = 4 x 8 + 15 + 2 x (2 + 2) + 4 x (1 + 1) = 63
# REP:      instructions: 15
# REP-NEXT: blocks: 4
# REP-NEXT: calls: 2
# REP-NEXT: io-width: 4
# REP-NEXT: pushes: 2
# REP-NEXT: pops: 1
# REP-NEXT: stack-writes: 2
# REP-NEXT: stack-reads: 2
# REP-NEXT: ram-writes: 1
# REP-NEXT: ram-reads: 1
# REP-NEXT: prover-work: 63
# REP-NEXT: mips: {{[0-9]+\.[0-9]}}
# REP-EMPTY:

	.iowidth 4
	.text
main:
	push %rp                  # 1
	frame                     # 2
	li %r4, val               # 3
	ld64 %r5, 0(%r4)          # 4
	addi %r5, %r5, 1          # 5
	st64 %r5, 0(%r4)          # 6
	li %r0, 65                # 7
	call __circ_putchar       # 8
	li %r0, 2                 # 9
	call twice                # 10
	ldf %rp, -1               # 11
	popf                      # 12
	ret                       # 13: exit code 4
twice:
	add %r0, %r0, %r0         # 14
	ret                       # 15

	.data
val:
	.quad 41
