/* report.h: the cost report of docs/machine.md, "Cost report". */
#ifndef CIRC_SIM_REPORT_H
#define CIRC_SIM_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "cost.h"
#include "r1cs.h"

typedef struct {
  uint64_t instructions;
  uint64_t blocks;
  uint64_t calls;
  uint64_t pushes;      /* push and frame; each writes one stack cell */
  uint64_t pops;        /* popf */
  uint64_t stack_reads; /* ldf and popf */
  uint64_t ram_writes;
  uint64_t ram_reads;
  int iowidth;
  double seconds;       /* time spent executing, for mips */
  /* The prover cost comes from the block instances (counts only) and the
   * executions per block number; without them the report has none. */
  const R1cs *r1cs;
  const uint64_t *block_execs;
  int json;
} Stats;

void report_print(FILE *f, const Stats *st);

/* The prover cost of the run so far (st->r1cs and st->block_execs set),
 * with the run's own access counts, which include the builtins' and the
 * frame set-up's, rather than the blocks' static ones. */
void report_prover_cost(const Stats *st, ProverCost *pc);

#endif
