# Loads of every width with zero and sign extension, stores of every width
# (only the low bytes are written), little-endian byte order, unaligned and
# negative-offset accesses, the ends of valid RAM, and the argv block.
# RUN: circ-sim %s %S/Inputs/print-dec.s | FileCheck %s --match-full-lines

	.text
main:
	ld64 %r4, 0(%r1)          # argv[0] (read before the first call poisons %r1)
	push %r4
	push %rp
	frame
# CHECK: 112
	ldf %r4, -2
	ld8u %r0, 0(%r4)          # 'p' of "prog"
	call print_dec
# CHECK-NEXT: 0
	ldf %r4, -2
	ld8u %r0, 4(%r4)          # its NUL
	call print_dec

	li %r4, buf
	li %r5, -2
	st64 %r5, 0(%r4)
# CHECK-NEXT: 254
	li %r4, buf
	ld8u %r0, 0(%r4)
	call print_dec
# CHECK-NEXT: -2
	li %r4, buf
	ld8s %r0, 0(%r4)
	call print_dec
# CHECK-NEXT: 65534
	li %r4, buf
	ld16u %r0, 0(%r4)
	call print_dec
# CHECK-NEXT: -2
	li %r4, buf
	ld16s %r0, 0(%r4)
	call print_dec
# CHECK-NEXT: 4294967294
	li %r4, buf
	ld32u %r0, 0(%r4)
	call print_dec
# CHECK-NEXT: -2
	li %r4, buf
	ld32s %r0, 0(%r4)
	call print_dec
# CHECK-NEXT: -2
	li %r4, buf
	ld64 %r0, 0(%r4)
	call print_dec
# positive values do not get sign-extended
# CHECK-NEXT: 127
	li %r4, buf
	li %r5, 0x7f
	st8 %r5, 0(%r4)
	ld8s %r0, 0(%r4)
	call print_dec

# st8/st16/st32 write only the low bytes:
# 0x1122334455667788 -> 0x11223344_bbcc_77aa -> 0xdeadbeef_bbcc_77aa
	li %r4, buf
	li %r5, 0x1122334455667788
	st64 %r5, 8(%r4)
	li %r5, 0x123456aa
	st8 %r5, 8(%r4)
	li %r5, 0x1234bbcc
	st16 %r5, 10(%r4)
# CHECK-NEXT: 1234605618154469290
	ld64 %r0, 8(%r4)
	call print_dec
	li %r4, buf
	li %r5, 0x77deadbeef
	st32 %r5, 12(%r4)
# CHECK-NEXT: -2401053089461405782
	ld64 %r0, 8(%r4)
	call print_dec
# little-endian: the lowest byte first
# CHECK-NEXT: 170
	li %r4, buf
	ld8u %r0, 8(%r4)
	call print_dec
# CHECK-NEXT: 222
	li %r4, buf
	ld8u %r0, 15(%r4)
	call print_dec
# unaligned access and a negative offset
# CHECK-NEXT: 305419896
	li %r4, buf+17
	li %r5, 0x12345678
	st32 %r5, 0(%r4)
	li %r4, buf+20
	ld32u %r0, -3(%r4)
	call print_dec
# the lowest and the highest valid bytes of RAM
# CHECK-NEXT: 4660
	li %r4, 0x1000
	li %r5, 0x1234
	st16 %r5, 0(%r4)
	ld16u %r0, 0(%r4)
	call print_dec
# CHECK-NEXT: -1
	li %r4, 0x3fffff8
	li %r5, -1
	st64 %r5, 0(%r4)
	ld8s %r0, 7(%r4)
	call print_dec

	li %r0, 0
	ldf %rp, -1
	popf
	ret

	.bss
	.p2align 3
buf:
	.zero 32

# print_dec and print_u come from Inputs/print-dec.s.
