# The cost report: every key, in order, with exact counts for a small
# program (worked out by hand below).
# RUN: %expect-exit 4 circ-sim --report %s 2>%t.err | FileCheck %s --check-prefix=OUT
# RUN: FileCheck %s --check-prefix=REP --match-full-lines < %t.err
# Without --report nothing is printed to stderr.
# RUN: %expect-exit 4 circ-sim %s 2>&1 >/dev/null | count 0

# OUT: A

# Executed: main 1-10, twice 14-15, main 11-13 = 15 instructions.
# Blocks: main, after the putchar call, twice, after the call of twice = 4.
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
# The constraint systems (circ-r1cs prints them; W = 4, S = 10 slots) run
# five blocks once each: b0 (main, 154 constraints, 163 wires, 2 stack and 2
# RAM accesses), b8 (12, 22), b10 (14, 26, 2 stack), b13 (twice: 78, 87) and
# the builtin __circ_putchar (77, 86): 154+12+14+78+77 = 335 constraints.
# REP-NEXT: constraints: 335
# prover-cost-blocks, per block pow2(rows) + pow2(wires) + pow2(2(S+1) +
# 2 stack + 4 RAM) + 16, rows = constraints + (2S+3) + (2 stack+3) + (4 RAM+3):
# b0 256+256+64+16, b8 64+32+32+16, b10 64+32+32+16, b13 128+128+32+16,
# putchar 128+128+32+16 = 1488. The pairwise circuits have
# max(32, pow2(2(S+1)+5)) = 32 rows. transitions: pow2(5 executions) x
# (32 + 2 pow2(2(S+1)) + 16) = 8 x 112 = 896. stack: 4 accesses x (2 x 32 +
# 40) = 416. RAM: 2 x (2 x 32 + 40 + 32) + 1 data word x (32 + 32) = 336.
# REP-NEXT: prover-cost: 3136
# REP-NEXT: prover-cost-blocks: 1488
# REP-NEXT: prover-cost-transitions: 896
# REP-NEXT: prover-cost-stack: 416
# REP-NEXT: prover-cost-ram: 336
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
