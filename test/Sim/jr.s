# jr: a jump to the code address in a register (computed goto), a
# transition like any other, only to an instruction that starts a block.
# RUN: %expect-exit 33 circ-sim %s
# RUN: circ-r1cs --check %s 2>&1 | FileCheck %s --check-prefix=R1CS
# R1CS: r1cs-check: blocks={{[0-9]+}} executions={{[0-9]+}} constraints={{[0-9]+}} violations=0
# Into the middle of a block:
# RUN: sed 's/^	li %r4, table$/	li %r4, inside/' %s > %t.mid.s
# RUN: %expect-exit 70 circ-sim %t.mid.s 2>&1 | FileCheck %s --check-prefix=MID
# MID: circ-sim: fault: jr to address {{[0-9]+}}, which does not start a block
# RUN: sed 's/^	ld64 %r5, 8(%r4)$/	jr %r7/' %s > %t.poison.s
# RUN: %expect-exit 70 circ-sim %t.poison.s 2>&1 | FileCheck %s --check-prefix=POISON
# POISON: circ-sim: fault: read of poisoned register %r7
# A distance between a data symbol and a code label is an error:
# RUN: sed 's/add_twenty-add_ten/add_twenty-table/' %s > %t.mixed.s
# RUN: %expect-exit 1 circ-sim %t.mixed.s 2>&1 | FileCheck %s --check-prefix=MIXED
# MIXED: mixed.s:{{[0-9]+}}: error: 'add_twenty-table' subtracts a data symbol from a code label or the other way round

	.iowidth 8
	.data
table:	.quad add_ten, add_twenty
inside:	.quad add_twenty+1, add_twenty+1
offsets: .long 0, add_twenty-add_ten   # distances, as GCC's &&a - &&b
	.text
main:
	li %r0, 3
	li %r4, table
	ld64 %r5, 8(%r4)
	jr %r5                    # to add_twenty
add_ten:
	addi %r0, %r0, 10
	ret
add_twenty:
	addi %r0, %r0, 20
	li %r4, offsets
	ld32s %r5, 4(%r4)
	li %r4, add_twenty
	sub %r5, %r4, %r5         # add_ten
	jr %r5                    # to add_ten: 33
