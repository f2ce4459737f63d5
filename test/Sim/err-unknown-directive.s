# An unknown directive is bad input.
# RUN: %expect-exit 1 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK: {{.*}}err-unknown-directive.s:[[@LINE+5]]: error: unknown directive '.frob'

main:
	li %r0, 0
	ret
	.frob 1, 2
