# .iowidth must be 1..64 and agree wherever it appears; --io-width must be
# 1..64 too.
# RUN: %expect-exit 1 circ-sim %s 2>&1 | FileCheck %s --match-full-lines
# RUN: %expect-exit 1 circ-sim --io-width=65 %s 2>&1 | FileCheck %s --check-prefix=OPT

# CHECK:      {{.*}}err-iowidth.s:[[@LINE+8]]: error: '.iowidth 16' disagrees with '.iowidth 8' at {{.*}}err-iowidth.s:[[@LINE+6]]
# CHECK-NEXT: {{.*}}err-iowidth.s:[[@LINE+8]]: error: operand 1 of '.iowidth' must be an integer in 1..64, got '0'
# CHECK-NEXT: {{.*}}err-iowidth.s:[[@LINE+8]]: error: operand 1 of '.iowidth' must be an integer in 1..64, got '65'
# CHECK-NOT:  error
# OPT: circ-sim: error: bad --io-width value '65' (must be 1..64)

	.iowidth 8
	.iowidth 8
	.iowidth 16
	.iowidth 0
	.iowidth 65
main:
	ret
