# References to undefined symbols are reported at the referencing line, for
# branch targets, immediates and data values alike.
# RUN: %expect-exit 1 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      {{.*}}err-undefined-label.s:[[@LINE+6]]: error: undefined symbol '.Lnowhere'
# CHECK-NEXT: {{.*}}err-undefined-label.s:[[@LINE+6]]: error: undefined symbol 'missing'
# CHECK-NEXT: {{.*}}err-undefined-label.s:[[@LINE+9]]: error: undefined symbol 'gone'
# CHECK-NOT:  error

main:
	bnz %r0, .Lnowhere
	li %r4, missing+8
	li %r0, 0
	ret
	.data
	.quad gone
