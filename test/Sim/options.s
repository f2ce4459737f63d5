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
# HELP-DAG: --report=json
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
# TRACE:      trace: 0 {{.*}}options.s:[[@LINE+19]]: li %r0, 0
# TRACE-NEXT: trace: 1 {{.*}}options.s:[[@LINE+19]]: ret
# TRACE-NOT:  trace
# IOW: io-width: 7
# One block, li and ret: 2 + S = 15 constraints at S = 7 + 6 slots. Its rows
# 15 + (2S+3) + 3 + 3 = 50 pad to 64, its 28 wires to 32, its W2 of 2(S+1)
# to 32, plus 16; one execution in the transition check:
# max(32, pow2(2(S+1)+5)) = 64 rows + 2 x 32 + 16.
# IOW: constraints: 15
# IOW: prover-cost: 288
# IOW: prover-cost-blocks: 144
# IOW: prover-cost-transitions: 144
# IOW: prover-cost-stack: 0
# IOW: prover-cost-ram: 0
# The same report as one JSON object.
# RUN: circ-sim --io-width=7 --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
# JSON: {"instructions": 2, "blocks": 1, "calls": 0, "io-width": 7, {{.*}}, "constraints": 15, "prover-cost": 288, {{.*}}, "mips": {{[0-9.]+}}}

main:
	li %r0, 0
	ret
