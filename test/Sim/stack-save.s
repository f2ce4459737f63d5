# The write-once stack: push of any register (reserved ones and poisoned ones
# too), frame/popf nesting, ldf with negative and positive offsets, and poison
# saved and restored without being a use.
# RUN: circ-sim --report %s %S/Inputs/print-dec.s 2>%t.err | FileCheck %s --match-full-lines
# RUN: FileCheck %s --check-prefix=REP < %t.err

	.text
main:
	push %rp                  # cell 0
	frame                     # cell 1 = old %bp (0); %bp = 1
	push %r2                  # cell 2 = poison (main's caller's %r2)
	push %r3                  # cell 3 = poison
	li %r2, 100
	li %r3, 200
	push %r3                  # cell 4 = 200
	frame                     # cell 5 = 1; %bp = 5
	push %r2                  # cell 6 = 100
	push %bp                  # cell 7 = 5
	push %sp                  # cell 8 = 8 (the value before the push)
	li %r2, 0
# CHECK: 100
	ldf %r0, 1
	call print_dec
# CHECK-NEXT: 5
	ldf %r0, 2
	call print_dec
# CHECK-NEXT: 8
	ldf %r0, 3
	call print_dec
# CHECK-NEXT: 1
	ldf %r0, 0
	call print_dec
# CHECK-NEXT: 200
	ldf %r0, -1
	call print_dec
	popf                      # %bp = 1 again
# CHECK-NEXT: 1
	mov %r0, %bp
	call print_dec
# popf does not move %sp: 9 cells of main plus 3 per print_dec or print_u
# frame so far (6 print_dec, 10 print_u) = 9 + 48
# CHECK-NEXT: 57
	mov %r0, %sp
	call print_dec
	ldf %r3, 2                # restore poison: not a fault
	ldf %r2, 1
	ldf %rp, -1
	popf
	li %r0, 0
	ret

# print_dec/print_u use frames of their own; they are below.
# 9 pushes in main, 3 per frame of print_dec/print_u: 7 + 12 frames = 57
# REP: pushes: 66
# REP: pops: 21
# REP: stack-writes: 66
# REP: stack-reads: 67

# print_dec and print_u come from Inputs/print-dec.s.
