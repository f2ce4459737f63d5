# Command line: --help, --version, unknown options, bad values, missing
# files, --trace and --io-width in the report.
# RUN: circ-sim --help | FileCheck %s --check-prefix=HELP
# RUN: circ-sim --version | FileCheck %s --check-prefix=VERSION
# RUN: %expect-exit 1 circ-sim --frobnicate %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
# RUN: %expect-exit 1 circ-sim %t.does-not-exist.s 2>&1 | FileCheck %s --check-prefix=MISSING
# RUN: %expect-exit 1 circ-sim 2>&1 | FileCheck %s --check-prefix=NOFILE
# RUN: %expect-exit 1 circ-sim --max-steps=12x %s 2>&1 | FileCheck %s --check-prefix=BADSTEPS
# RUN: %expect-exit 1 circ-sim --max-steps %s 2>&1 | FileCheck %s --check-prefix=NOVALUE
# RUN: circ-sim --trace %s 2>&1 >/dev/null | FileCheck %s --check-prefix=TRACE
# RUN: circ-sim --io-width=7 --report %s 2>&1 | FileCheck %s --check-prefix=IOW

# HELP: usage: circ-sim [options] file.s [file.s ...]
# HELP-DAG: docs/machine.md
# HELP-DAG: --report
# HELP-DAG: --max-steps=N
# HELP-DAG: --io-width=N
# HELP-DAG: --trace
# HELP-DAG: --help
# HELP-DAG: --version
# HELP-DAG: 0..255
# HELP-DAG: bad input
# HELP-DAG: 70 {{.*}}fault
# VERSION: circ-sim {{[0-9]+\.[0-9]+}}
# UNKNOWN: circ-sim: error: unknown option '--frobnicate'
# MISSING: circ-sim: error: cannot open '{{.*}}does-not-exist.s': No such file or directory
# NOFILE: circ-sim: error: no input files
# BADSTEPS: circ-sim: error: bad --max-steps value '12x'
# NOVALUE: circ-sim: error: option '--max-steps' needs a value: --max-steps=N
# TRACE:      trace: 0 {{.*}}options.s:[[@LINE+8]]: li %r0, 0
# TRACE-NEXT: trace: 1 {{.*}}options.s:[[@LINE+8]]: ret
# TRACE-NOT:  trace
# IOW: io-width: 7
# 1 block x pow2ceil(14) + 2 instructions
# IOW: prover-work: 18

main:
	li %r0, 0
	ret
