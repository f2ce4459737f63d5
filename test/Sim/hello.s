# Hello world through the __circ_putchar builtin; exit code 0 from main.
# RUN: circ-sim %s | FileCheck %s --match-full-lines
# RUN: %expect-exit 0 circ-sim %s

# CHECK: Hello, world!
# CHECK-EMPTY:

	.text
	.globl main
	.type main,@function
main:
	push %rp
	frame
	push %r2                # %r2 is callee-saved: keep it for main's caller
	li %r2, .Lstr
.Lloop:
	ld8u %r0, 0(%r2)
	bz %r0, .Ldone
	call __circ_putchar
	addi %r2, %r2, 1
	jmp .Lloop
.Ldone:
	ldf %r2, 1
	ldf %rp, -1
	popf
	li %r0, 0
	ret
.Lfunc_end0:
	.size main, .Lfunc_end0-main

	.section .rodata.str1.1,"aMS",@progbits,1
.Lstr:
	.asciz "Hello, world!\n"
