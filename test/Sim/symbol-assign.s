# Symbol assignments, as circ-llc prints them for __attribute__((alias)):
# NAME = SYMBOL[+N], .set and .equ; the symbol may be defined later, chains
# are followed, and an alias of a code label is callable.
# RUN: %expect-exit 45 circ-sim %s
# RUN: echo "main: ret" > %t.bad.s
# RUN: echo "x = nowhere" >> %t.bad.s
# RUN: echo "p = q" >> %t.bad.s
# RUN: echo "q = p" >> %t.bad.s
# RUN: echo "r = 1 +" >> %t.bad.s
# RUN: %expect-exit 1 circ-sim %t.bad.s 2>&1 | FileCheck %s
# CHECK-DAG: bad.s:2: error: 'x' is assigned 'nowhere', which is undefined (or an assignment cycle)
# CHECK-DAG: bad.s:3: error: 'p' is assigned 'q', which is undefined (or an assignment cycle)
# CHECK-DAG: bad.s:5: error: malformed symbol assignment

	.text
main:
	push %rp
	frame
	li %r4, alias_b
	ld64 %r0, 0(%r4)          # 40, through the alias of table
	addi %r8, %r4, ENTRY2     # a .set offset: table[1] = 2
	ld64 %r5, 0(%r8)
	add %r0, %r0, %r5
	call inc_again            # an alias of an alias of a code label
	addi %r0, %r0, BIAS       # .equ constant: 2
	ldf %rp, -1
	popf
	ret
inc:
	addi %r0, %r0, 1
	ret

inc_alias = inc
inc_again = inc_alias
	.set ENTRY2, 8
	.equ BIAS, 2

	.data
table:
	.quad 40, 2
alias_b = table
