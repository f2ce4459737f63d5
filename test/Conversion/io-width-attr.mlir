// A dialect program's circ.io_width (written by -circ-io-width) reaches the
// backend as the module flag circ.io-width: the assembly is compiled for it
// and says so, and runs as the program compiled without it does.
// RUN: circ-opt %circ-src/examples/dialect/find_min.mlir -circ-blockify -circ-io-width -o %t.mlir | FileCheck %s --check-prefix=OPT
// RUN: circ-llc %t.mlir -circ-ra-report -o %t.s 2> %t.report
// RUN: FileCheck %s --check-prefix=ASM < %t.s
// RUN: FileCheck %s --check-prefix=REPORT < %t.report
// RUN: circ-sim %t.s > %t.out
// RUN: circ-llc %circ-src/examples/dialect/find_min.mlir -o %t.free.s
// RUN: circ-sim %t.free.s | diff - %t.out
// An attribute that is not a width is an error at the module.
// RUN: sed -e 's/circ.io_width = 7 : i64/circ.io_width = 65 : i64/' %t.mlir > %t.bad.mlir
// RUN: %expect-exit 1 circ-llc %t.bad.mlir -o /dev/null 2>&1 | FileCheck %s --check-prefix=BAD

// OPT: io-width module: circ_blocks 7, coloured 7
// ASM: .iowidth 7
// REPORT-NOT: width={{[89]|[1-9][0-9]}}
// REPORT: func=main allocator=circ-ts width=7
// BAD: error: circ.io_width must be an integer from 0 to 64
