# Data directives: every width, .p2align, strings with escapes, .zero/.space
# (with fill), .comm/.lcomm with alignment, symbol+N and symbol-N values, and
# layout from 0x1000 upward in order of appearance across sections.
# RUN: circ-sim %s %S/Inputs/print-dec.s | FileCheck %s --match-full-lines

	.text
main:
	push %rp
	frame
# CHECK: 4096
	li %r0, d_bytes
	call print_dec
# CHECK-NEXT: 1 255 255 127
	li %r0, d_bytes
	li %r1, 4
	call dump
# CHECK-NEXT: 52 18 254 255 7 0 8 0
	li %r0, d_short
	li %r1, 8
	call dump
# .p2align 3 skipped 4 bytes
# CHECK-NEXT: 4112
	li %r0, d_long
	call print_dec
# CHECK-NEXT: 239 190 173 222 255 255 255 255 5 0 0 0 6 0 0 0
	li %r0, d_long
	li %r1, 16
	call dump
# CHECK-NEXT: -9
	li %r4, d_quad
	ld64 %r0, 0(%r4)
	call print_dec
# CHECK-NEXT: -9223372036854775808
	li %r4, d_quad
	ld64 %r0, 8(%r4)
	call print_dec
# .8byte d_str+2 points at the 'b' of "a\tb"
# CHECK-NEXT: 4154
	li %r4, d_quad
	ld64 %r0, 16(%r4)
	call print_dec
# CHECK-NEXT: 98
	li %r4, d_quad
	ld64 %r4, 16(%r4)
	ld8u %r0, 0(%r4)
	call print_dec
# the strings: "a\tb", "q\"\\\n\101\x42\0z" + NUL, "end" + NUL, "\b\f\r\7\377"
# CHECK-NEXT: 97 9 98 113 34 92 10 65 66 0 122 0 101 110 100 0 8 12 13 7 255
	li %r0, d_str
	li %r1, 21
	call dump
# .zero 3, .space 2, .zero 4,0x41
# CHECK-NEXT: 0 0 0 0 0 65 65 65 65
	li %r0, d_zero
	li %r1, 9
	call dump
# .comm c_sym,16,16 is aligned to 16, .lcomm l_sym,8 follows it
# CHECK-NEXT: 4192
	li %r0, c_sym
	call print_dec
# CHECK-NEXT: 4208
	li %r0, l_sym
	call print_dec
# .quad c_sym+8, l_sym-8, main; .long d_str
# CHECK-NEXT: 4200
	li %r4, d_ptrs
	ld64 %r0, 0(%r4)
	call print_dec
# CHECK-NEXT: 4200
	li %r4, d_ptrs
	ld64 %r0, 8(%r4)
	call print_dec
# CHECK-NEXT: 0
	li %r4, d_ptrs
	ld64 %r0, 16(%r4)
	call print_dec
# CHECK-NEXT: 4152
	li %r4, d_ptrs
	ld32u %r0, 24(%r4)
	call print_dec
# a .byte after a text section switch continues the data
# CHECK-NEXT: 4244 77
	li %r0, d_last
	call print_u
	li %r0, 32
	call __circ_putchar
	li %r4, d_last
	ld8u %r0, 0(%r4)
	call print_dec
# symbol-N as an immediate
# CHECK-NEXT: 4095
	li %r0, d_bytes-1
	call print_dec

	li %r0, 0
	ldf %rp, -1
	popf
	ret

	.data
d_bytes: .byte 1, 255, -1, 0x7f
d_short:
	.short 0x1234, -2
	.2byte 7
	.hword 8
	.p2align 3
d_long:
	.long 0xdeadbeef, -1
	.4byte 5
	.word 6
	.section .rodata,"a",@progbits
d_quad:
	.quad -9, 0x8000000000000000
	.8byte d_str+2
	.section .rodata.str1.1,"aMS",@progbits,1
d_str:
	.ascii "a\tb"
	.asciz "q\"\\\n\101\x42\0z"
	.string "end"
	.ascii "\b\f\r\7\377"
	.bss
d_zero:
	.zero 3
	.space 2
	.data
	.zero 4, 0x41
	.comm c_sym,16,16
	.lcomm l_sym,8
	.section .data.rel.ro,"aw",@progbits
d_ptrs:
	.quad c_sym+8
	.quad l_sym - 8
	.quad main
	.long d_str
	.text
	.rodata
d_last: .byte 77

	.text
# dump: prints %r1 bytes from address %r0 as "b0 b1 ...\n".
dump:
	push %rp
	frame
	push %r2
	push %r3
	mov %r2, %r0
	mov %r3, %r1
.Ldump_loop:
	bz %r3, .Ldump_end
	ld8u %r0, 0(%r2)
	call print_u
	li %r0, 32
	call __circ_putchar
	addi %r2, %r2, 1
	subi %r3, %r3, 1
	jmp .Ldump_loop
.Ldump_end:
	li %r0, 10
	call __circ_putchar
	ldf %r3, 2
	ldf %r2, 1
	ldf %rp, -1
	popf
	ret

# print_dec and print_u come from Inputs/print-dec.s.
