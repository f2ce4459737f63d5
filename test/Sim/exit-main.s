# The exit code is %r0 & 0xff when main returns to the sentinel; output
# written before is flushed.
# RUN: %expect-exit 42 circ-sim %s | FileCheck %s

# CHECK: ok

main:
	push %rp
	frame
	li %r0, 111
	call __circ_putchar
	li %r0, 107
	call __circ_putchar
	li %r0, 10
	call __circ_putchar
	li %r0, 0x12a            # 298 & 0xff = 42
	ldf %rp, -1
	popf
	ret
