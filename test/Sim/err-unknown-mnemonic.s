# An unknown mnemonic is bad input: file:line: error: and exit code 1.
# RUN: %expect-exit 1 circ-sim %s 2>&1 | FileCheck %s --match-full-lines

# CHECK: {{.*}}err-unknown-mnemonic.s:[[@LINE+4]]: error: unknown mnemonic 'frobnicate'

main:
	li %r0, 0
	frobnicate %r0, %r1
	ret
