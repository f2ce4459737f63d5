/* witness.h: the witness of one block execution, computed by running the
 * block's hints in order, and the check of its constraints. */
#ifndef CIRC_WITNESS_H
#define CIRC_WITNESS_H

#include "r1cs.h"

/* The wires of one execution, and the scratch space that computing them
 * needs; reused from one execution to the next. */
typedef struct {
  Fe *w; /* the wires of the last fill */
  uint32_t cap;
  /* inverse wires, computed last with one inversion */
  uint32_t *inv_out;
  Fe *inv_val, *inv_pre;
  size_t ninv, capinv;
} Witness;

void witness_free(Witness *W);

/* Fills W->w[0 .. b->nwires-1]. slots: the S input slot values; entry: all
 * registers at the block's entry (for registers that do not cross and are
 * read before written: free wires, given the machine's stale value); mem:
 * the values of the block's memory accesses in order. */
void witness_fill(Witness *W, const R1cs *R, const R1csBlock *b,
                  const uint64_t *slots, const uint64_t *entry,
                  const uint64_t *mem);

/* The first constraint at or after index from that w violates, or
 * b->ncons if none does. */
uint32_t witness_first_violation(const R1csBlock *b, const Fe *w,
                                 uint32_t from);

/* The value of a kept linear combination. */
Fe witness_eval(const R1csBlock *b, PLC lc, const Fe *w);

#endif
