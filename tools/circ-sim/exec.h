/* exec.h: the interpreter for a pre-decoded program. */
#ifndef CIRC_SIM_EXEC_H
#define CIRC_SIM_EXEC_H

#include "isa.h"
#include "report.h"

typedef struct {
  uint64_t max_steps; /* 0: unlimited */
  int iowidth;        /* the effective io width W, 1..64 */
  int trace;          /* print every executed instruction to stderr */
  int report;         /* print the cost report (also after a fault) */
} ExecOptions;

/* Runs P from main and returns its exit code (0..255) with *st filled in.
 * A fault prints its message (and the report if asked) and exits with 70. */
int execute(const Program *P, const ExecOptions *opt, Stats *st);

#endif
