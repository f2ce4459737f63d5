# A symbol defined twice is bad input (labels and .comm share the namespace).
# RUN: %expect-exit 1 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      {{.*}}err-duplicate-label.s:[[@LINE+5]]: error: symbol 'main' is already defined at {{.*}}err-duplicate-label.s:[[@LINE+3]]
# CHECK-NEXT: {{.*}}err-duplicate-label.s:[[@LINE+8]]: error: symbol 'buf' is already defined at {{.*}}err-duplicate-label.s:[[@LINE+7]]

main:
	ret
main:
	ret
	.data
buf: .quad 1
	.comm buf,8,8
