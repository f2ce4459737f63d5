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

/* The prover cost of the same run if its blocks had S io slots instead of
 * R->nslots, their own code unchanged: each slot adds an output constraint
 * and two wires to a block, and the pairwise circuits grow with S. The
 * width choice bounds a narrower width's cost by it (a narrower width runs
 * the same code and its spills). */
void prover_cost_with_slots(const R1cs *R, const uint64_t *block_execs,
                            const RunCounts *run, uint64_t S,
                            ProverCost *out);

/* What one execution of block b adds to the prover cost before padding:
 * its instance, its transition check and its stack and RAM entries (the
 * weights a cost profile shares the prover cost out by). */
uint64_t block_execution_cost(const R1cs *R, const R1csBlock *b);

/* The RunCounts of a run with those block executions: the stack and RAM
 * accesses each executed block makes, and the program's initial RAM. */
void run_counts_of(const R1cs *R, const uint64_t *block_execs, RunCounts *run);

/* The initial RAM: 8-byte words of data and bss. */
uint64_t ram_init_words(const Program *P);

/* The prover cost of a predicted run, in which instruction pc is reached
 * pc_execs[pc] times (static block frequencies or a profile; ncode entries).
 * A block runs as often as its first instruction; a builtin as often as the
 * calls to it. block_execs (ncode + 3 entries) receives the rounded counts. */
void prover_cost_predicted(const R1cs *R, const double *pc_execs,
                           uint64_t *block_execs, ProverCost *out);

/* What each block execution pays in the transition check with S slots: a
 * step function of S, flat between powers of two (the driver's candidate io
 * widths are the widest of each step). */
uint64_t transition_cost_per_execution(uint64_t S);

/* What one more stack or RAM access costs with S slots, padding aside: the
 * weights circ-ts ranks spills by (-circ-spill-rank=cost). */
uint64_t stack_access_cost(uint64_t S);
uint64_t ram_access_cost(uint64_t S);

uint64_t pow2ceil64(uint64_t x);

#endif
