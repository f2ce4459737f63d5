/* cost.h: what a block prover in circ_blocks' layout pays for a run, from
 * the exact constraint counts and witness widths of the block instances and
 * the run's counts (docs/r1cs.md, "Prover cost", gives the formula and where
 * each term comes from in circ_blocks). */
#ifndef CIRC_COST_H
#define CIRC_COST_H

#include "r1cs.h"

typedef struct {
  uint64_t executions;      /* block executions, builtins included */
  uint64_t stack_accesses;  /* push, frame, ldf, popf */
  uint64_t ram_accesses;    /* loads and stores */
  uint64_t ram_init_words;  /* 8-byte words of data and bss */
} RunCounts;

typedef struct {
  uint64_t constraints; /* sum over executions of the block's constraints */
  uint64_t blocks, transitions, stack, ram, total;
} ProverCost;

/* block_execs: executions by block number (ncode + 3 entries). */
void prover_cost(const R1cs *R, const uint64_t *block_execs,
                 const RunCounts *run, ProverCost *out);

uint64_t pow2ceil64(uint64_t x);

#endif
