# Several files form one program: globals are shared, .L labels are local to
# their file, data is laid out in the order the files are given, and a symbol
# defined in two files is an error.
# RUN: rm -rf %t && split-file %s %t
# RUN: circ-sim %t/a.s %t/b.s | FileCheck %s --match-full-lines
# RUN: %expect-exit 1 circ-sim %t/a.s %t/b.s %t/dup.s 2>&1 | FileCheck %s --check-prefix=DUP --match-full-lines

# CHECK: abmm
# DUP: {{.*}}dup.s:1: error: symbol 'helper_b' is already defined at {{.*}}b.s:1

#--- a.s
main:
	push %rp
	frame
	call .Lhelper             # a.s's .Lhelper prints 'a'
	call helper_b             # b.s's global, which uses b.s's .Lhelper
	li %r4, msg               # a data symbol of b.s
	ld8u %r0, 0(%r4)
	call __circ_putchar
	li %r4, 0x1001            # a.s's data came first: msg is at 0x1001
	ld8u %r0, 0(%r4)
	call __circ_putchar
	li %r0, 10
	call __circ_putchar
	ldf %rp, -1
	popf
	li %r0, 0
	ret
.Lhelper:
	li %r0, 97
	jmp __circ_putchar
	.data
.Lbyte:
	.byte 1
#--- b.s
helper_b:
	jmp .Lhelper
.Lhelper:
	li %r0, 98
	jmp __circ_putchar
	.data
msg:
	.ascii "m"
#--- dup.s
helper_b:
	ret
