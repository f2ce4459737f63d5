/* check.h: circ-r1cs --check. Runs the program and, for each execution of
 * each block (or the first N of each), builds the witness from the run and
 * checks every constraint, the output slots against the state the next block
 * receives, and the memory tuples against the accesses the machine made;
 * then, for each block that ran, that the all-zero padding witness
 * (valid = 0) satisfies it. */
#ifndef CIRC_CHECK_H
#define CIRC_CHECK_H

#include "exec.h"
#include "r1cs.h"

typedef struct {
  uint64_t sample;      /* 0: every execution; else the first N per block */
  const char *wtns_dir; /* write each checked witness as DIR/bID.K.wtns */
  int max_messages;     /* violations printed in full (all are counted) */
} CheckOptions;

typedef struct {
  uint64_t blocks;      /* distinct blocks executed */
  uint64_t executions;  /* block executions (builtins included) */
  uint64_t checked;     /* executions whose witness was checked */
  uint64_t constraints; /* constraints checked */
  uint64_t violations;
  int write_failed;
  double seconds;       /* witness building and checking */
} CheckResult;

/* Returns the program's exit code (a fault exits the process with 70). */
int r1cs_check_run(const R1cs *R, const ExecOptions *eo, const CheckOptions *co,
                   CheckResult *res);

/* The S slot values of a block boundary: block number id, timestamp ts, and
 * the registers regs. */
void r1cs_slots(const R1cs *R, uint64_t id, uint64_t ts, const uint64_t *regs,
                uint64_t *slots);

/* Name of a slot for messages ("%r3", "%sp", "block", "timestamp"). */
const char *r1cs_slot_name(const R1cs *R, int s, char *buf);

#endif
