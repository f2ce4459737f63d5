/* iden3.h: block instances and witnesses in the iden3 binary formats that
 * snarkjs and circom read (.r1cs version 1, .wtns version 2). Field elements
 * are written canonical little-endian, 32 bytes. The public wires are the
 * valid bit and the input and output slots (wires 1 .. 2S+1). */
#ifndef CIRC_IDEN3_H
#define CIRC_IDEN3_H

#include "r1cs.h"

/* Return 0 on success; on failure print "circ-r1cs: error: cannot write
 * PATH: reason" and return -1. */
int iden3_write_r1cs(const char *path, const R1cs *R, const R1csBlock *b);
int iden3_write_wtns(const char *path, const Fe *w, uint32_t nwires);

#endif
