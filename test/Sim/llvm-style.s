# Output shaped like LLVM's: ignored directives with any operands, .section
# with flags and quoted names, .p2align with fill in text, .zero N,V (LLVM's
# form for a repeated byte), \b and \f escapes (LLVM prints them), labels on
# their own lines, comments after statements.
# RUN: circ-sim %s | od -An -tu1 | FileCheck %s

# "aaaa" from .zero 4,97, then the escapes, then the newline
# CHECK: 97 97 97 97 8 12 33 10

	.file	"t.c"
	.text
	.globl	main                            # -- Begin function main
	.p2align	4, 0x90
	.type	main,@function
main:                                   # @main
	.cfi_startproc
# %bb.0:                                # %entry
	push	%rp
	frame
	push	%r2
	li	%r2, .L.str
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	ld8u	%r0, 0(%r2)
	bz	%r0, .LBB0_3
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	call	__circ_putchar
	addi	%r2, %r2, 1
	jmp	.LBB0_1
.LBB0_3:
	ldf	%r2, 1
	ldf	%rp, -1
	popf
	li	%r0, 0
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
	.cfi_endproc
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.zero	4,97
	.asciz	"\b\f!\n"
	.size	.L.str, 9

	.ident	"clang version 22.0.0"
	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym __circ_putchar
