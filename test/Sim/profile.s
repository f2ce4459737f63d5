# --profile writes how often each IR block was entered, by function (0 for
# one never entered, nothing for one the code does not have: block 3 of
# count): an IR block that became several machine blocks counts its most
# frequent one, then each of them in the order of the code
# (.Lloop is entered 4 times, .Lsplit twice).
# RUN: circ-sim --profile=%t.prof %s
# RUN: FileCheck %s --match-full-lines < %t.prof
# CHECK:      # circ-sim profile: 'function NAME IR-BLOCKS', then 'IR-BLOCK ENTRIES' for each IR block the code has (with the entries of each of its machine blocks after, if it has several)
# CHECK-NEXT: function count 5
# CHECK-NEXT: 0 1
# CHECK-NEXT: 1 4 4 2
# CHECK-NEXT: 2 1
# CHECK-NEXT: 4 0
# CHECK-NEXT: function main 1
# CHECK-NEXT: 0 1
# CHECK-EMPTY:

# Bad directives and options.
# RUN: printf 'main:\n\t.irblock 3, 3\n\tret\n\t.irblock 1\n' > %t.bad.s
# RUN: %expect-exit 1 circ-sim %t.bad.s 2>&1 | FileCheck %s --check-prefix=BAD
# BAD: {{.*}}bad.s:2: error: operand 1 of '.irblock' must be an integer in 0..2, got '3'
# BAD: {{.*}}bad.s:4: error: '.irblock' takes 2 operands (index, count), got 1
# RUN: %expect-exit 1 circ-sim --profile= %s 2>&1 | FileCheck %s --check-prefix=EMPTY
# EMPTY: circ-sim: error: --profile needs a file: --profile=FILE
# RUN: %expect-exit 1 circ-sim --profile=%t.nodir/p.prof %s 2>&1 | FileCheck %s --check-prefix=UNWRITABLE
# UNWRITABLE: circ-sim: error: cannot write profile '{{.*}}nodir/p.prof': No such file or directory

count:
	.irblock 0, 5
	li %r1, 0
.Lloop:
	.irblock 1, 5
	addi %r1, %r1, 1
	slti %r5, %r1, 3
	bnz %r5, .Lloop
.Lsplit:
	.irblock 1, 5
	addi %r1, %r1, 1
	slti %r5, %r1, 5
	bnz %r5, .Lloop
.Lout:
	.irblock 2, 5
	mov %r0, %r1
	ret
.Lnever:
	.irblock 4, 5
	li %r0, 0
	ret

main:
	.irblock 0, 1
	frame
	push %rp
	call count
	li %r0, 0
	ldf %rp, 1
	popf
	ret
