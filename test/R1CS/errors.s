# circ-r1cs on bad input: a clear message and exit code 1, never a crash.
# RUN: %expect-exit 1 circ-r1cs --frobnicate %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
# RUN: %expect-exit 1 circ-r1cs 2>&1 | FileCheck %s --check-prefix=NOFILE
# RUN: %expect-exit 1 circ-r1cs --io-width=65 %s 2>&1 | FileCheck %s --check-prefix=WIDTH
# RUN: %expect-exit 1 circ-r1cs --sample=x %s 2>&1 | FileCheck %s --check-prefix=SAMPLE
# RUN: %expect-exit 1 circ-r1cs --check --emit-wtns=%t.w %s 2>&1 | FileCheck %s --check-prefix=WTNS
# RUN: %expect-exit 1 circ-r1cs --emit-r1cs= %s 2>&1 | FileCheck %s --check-prefix=NODIR
# An output directory that cannot be made (its parent is a file).
# RUN: rm -rf %t.f && touch %t.f
# RUN: %expect-exit 1 circ-r1cs --emit-r1cs=%t.f/sub %s 2>&1 | FileCheck %s --check-prefix=MKDIR
# RUN: %expect-exit 1 circ-r1cs --emit-r1cs=%t.f %s 2>&1 | FileCheck %s --check-prefix=NOTDIR
# A malformed program: the assembler's file:line error.
# RUN: echo "main: frob %%r0" > %t.bad.s
# RUN: %expect-exit 1 circ-r1cs %t.bad.s 2>&1 | FileCheck %s --check-prefix=ASM
# A register that does not cross (W = 4) read after a conditional branch:
# the constraint block starts at the instruction after the branch.
# RUN: %expect-exit 1 circ-r1cs --io-width=4 %s 2>&1 | FileCheck %s --check-prefix=SPLIT
# RUN: %expect-exit 1 circ-sim --io-width=4 --report %s 2>&1 | FileCheck %s --check-prefix=SIM
# RUN: circ-r1cs --help | FileCheck %s --check-prefix=HELP

# UNKNOWN: circ-r1cs: error: unknown option '--frobnicate' (see circ-r1cs --help)
# NOFILE: circ-r1cs: error: no input files
# WIDTH: circ-r1cs: error: bad --io-width value '65' (must be 1..64)
# SAMPLE: circ-r1cs: error: bad --sample value 'x'
# WTNS: circ-r1cs: error: --emit-wtns needs --check and --sample=N
# NODIR: circ-r1cs: error: --emit-r1cs needs a directory
# MKDIR: circ-r1cs: error: cannot create directory {{.*}}.f/sub: Not a directory
# NOTDIR: circ-r1cs: error: {{.*}}.f is not a directory
# ASM: {{.*}}.bad.s:1: error: unknown mnemonic 'frob'
# SPLIT: errors.s:[[@LINE+9]]: error: %r40 is read after a conditional branch without being written since; {{.*}} only %r0..%r3 cross
# SPLIT-NEXT: in function main, block main: add %r0, %r40, %r0
# SIM: errors.s:[[@LINE+7]]: error: %r40 is read
# SIM: circ-sim: error: no prover cost for this program (see above); run without --report
# HELP: usage: circ-r1cs [options] file.s
main:
	li %r40, 5
	li %r0, 1
	bz %r0, .Lout
	add %r0, %r40, %r0
.Lout:
	ret
