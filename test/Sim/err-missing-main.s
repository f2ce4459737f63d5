# A program without main is bad input, reported at the end of the last file.
# RUN: %expect-exit 1 circ-sim %s 2>&1 | FileCheck %s --match-full-lines
# An empty file has no main either:
# RUN: rm -f %t.empty && touch %t.empty
# RUN: %expect-exit 1 circ-sim %t.empty 2>&1 | FileCheck %s --check-prefix=EMPTY --match-full-lines

# CHECK: {{.*}}err-missing-main.s:[[@LINE+5]]: error: no 'main' function defined
# EMPTY: {{.*}}.empty:1: error: no 'main' function defined

start:
	li %r0, 0
	ret
