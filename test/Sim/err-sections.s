# Instructions belong in text sections and data directives in data sections;
# strings must be terminated.
# RUN: %expect-exit 1 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK:      {{.*}}.s:[[@LINE+7]]: error: data directive '.quad' in a text section
# CHECK-NEXT: {{.*}}.s:[[@LINE+9]]: error: instruction 'ret' in a data section
# CHECK-NEXT: {{.*}}.s:[[@LINE+9]]: error: unterminated string
# CHECK-NOT:  error

	.text
main:
	.quad 1
	ret
	.data
	ret
	.asciz "abc
