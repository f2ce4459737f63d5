/* exec.h: the interpreter for a pre-decoded program. */
#ifndef CIRC_SIM_EXEC_H
#define CIRC_SIM_EXEC_H

#include <setjmp.h>

#include "costprofile.h"
#include "isa.h"
#include "r1cs.h"
#include "report.h"

/* Sees a run as the constraint systems do (circ-r1cs --check): each block
 * execution starts with the register file as the block receives it (for a
 * builtin, at its address), then each memory access in order; end gets the
 * final registers. Values are the machine's raw ones: a poisoned register
 * still holds its last value, which is what a prover would put on the wire.
 * Observing is a separate instantiation of the loop, so a plain run pays
 * nothing for it. */
typedef struct {
  void *ctx;
  void (*block)(void *ctx, uint64_t id, const uint64_t *R);
  void (*access)(void *ctx, uint64_t addr, uint64_t value);
  void (*end)(void *ctx, const uint64_t *R);
} ExecObserver;

typedef struct {
  uint64_t max_steps; /* 0: unlimited */
  int iowidth;        /* the effective io width W, 1..64 */
  int trace;          /* print every executed instruction to stderr */
  int report;         /* print the cost report (also after a fault) */
  const ExecObserver *observer; /* NULL: none */
  /* If set (ncode + 3 entries): executions per block, by block number (its
   * first instruction; builtins at their addresses). */
  uint64_t *block_execs;
  /* For the report's prover cost (with block_execs): the block instances,
   * counts only. NULL: the report has no prover cost. */
  const R1cs *cost_model;
  int report_json; /* the report as one JSON object */
  /* If set (with block_execs): the calling contexts and blocks of the run
   * are charged with what they cost (circ-sim --profile-cost). */
  CostProfile *cost_profile;
  /* If set: called after a fault's message (and report), before the exit
   * or the longjmp, with the run's counts so far. */
  void (*at_fault)(void *ctx, const Stats *st);
  void *at_fault_ctx;
  /* If set, a fault (after its message) frees the run and longjmps here
   * with value 1 instead of exiting (the fuzz harness, test/fuzz/). */
  jmp_buf *fault_jump;
} ExecOptions;

/* Runs P from main and returns its exit code (0..255) with *st filled in.
 * A fault prints its message (and the report if asked) and exits with 70
 * (or longjmps to opt->fault_jump). */
int execute(const Program *P, const ExecOptions *opt, Stats *st);

#endif
