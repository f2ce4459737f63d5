/* costprofile.h: where a run's proving cost goes (circ-sim --profile-cost).
 * Every block execution is charged, with the instructions it ran, its
 * constraints and its share of the prover cost, to its calling context
 * (main;f;g, from the calls the run made) and to its block. docs/machine.md,
 * "Cost profiles", gives the formats. */
#ifndef CIRC_COSTPROFILE_H
#define CIRC_COSTPROFILE_H

#include <stdint.h>
#include <stdio.h>

#include "cost.h"
#include "r1cs.h"
#include "report.h"

/* What the folded stacks and the flame graph count. */
typedef enum {
  PM_COST,         /* prover cost before padding (block_execution_cost) */
  PM_CONSTRAINTS,  /* constraints of the executed blocks */
  PM_INSTRUCTIONS, /* executed instructions */
  PM_EXECUTIONS    /* block executions */
} ProfileMetric;

typedef struct CostProfile CostProfile;

/* A profile of a run of R->P that starts in main. */
CostProfile *cost_profile_new(const R1cs *R);
void cost_profile_free(CostProfile *cp);

/* The interpreter's hooks. A block (number id, builtins at their address)
 * starts after `before` executed instructions; a call has made `depth`
 * frames (main runs at depth 1) and entered callee; a return, also a
 * non-local one, has left `depth` frames; the run ends after `instructions`. */
void cost_profile_block(CostProfile *cp, uint64_t id, uint64_t before);
void cost_profile_call(CostProfile *cp, uint64_t depth, uint64_t callee);
void cost_profile_return(CostProfile *cp, uint64_t depth);
void cost_profile_end(CostProfile *cp, uint64_t instructions);

/* "cost", "constraints", "instructions" or "executions"; 0 if none. */
int profile_metric_parse(const char *name, ProfileMetric *out);

/* Writes the folded stacks ("main;f;.LBB1_2 COUNT", a line per block in
 * each calling context), or the flame graph of them when path ends in
 * ".svg". Returns 0, or 1 after printing why the file could not be written. */
int cost_profile_write(const CostProfile *cp, const char *path,
                       ProfileMetric metric);

/* The same to an open stream: the folded stacks, or with svg the graph. */
void cost_profile_print(const CostProfile *cp, FILE *out, ProfileMetric metric,
                        int svg);

/* The sorted table: functions, then blocks, by prover cost; shares are of
 * the run's prover cost as its report has it (st: the run's counts, with
 * its cost model), padding and initial RAM a row of their own. */
void cost_profile_print_table(const CostProfile *cp, FILE *out,
                              const Stats *st);

#endif
