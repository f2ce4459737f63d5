/* r1cs.h: one rank-1 constraint system per block of a circ program, in
 * circ_blocks' layout (docs/r1cs.md is the reference).
 *
 * Wires of a block instance, in order:
 *   0                     the constant 1 (iden3's convention; no constraint
 *                         uses it)
 *   1                     the valid bit, which is also the constant column:
 *                         every constant in a constraint is a multiple of it
 *   2 .. 2+S-1            input slots
 *   2+S .. 2+2S-1         output slots
 *   then                  stack accesses, (address, value) each
 *   then                  RAM accesses, (address, value, is-store, timestamp)
 *   then                  the block's own wires
 * with S = W + NUM_RESERVED_SLOTS slots: block number, %rp, %sp, %bp, the
 * RAM timestamp, %ap, then %r0..%r{W-1}.
 *
 * Invariants: every linear combination is sorted by wire with no zero
 * coefficient and no repeated wire, and has no term on wire 0 (so the
 * all-zero witness of a padding execution satisfies every constraint); every constraint and every witness hint
 * names the instruction it came from; the hints, run in order, compute every
 * wire that is not an input from wires computed before it. */
#ifndef CIRC_R1CS_H
#define CIRC_R1CS_H

#include <stddef.h>
#include <stdint.h>

#include "field.h"
#include "isa.h"

enum {
  SLOT_BLOCK,
  SLOT_RP,
  SLOT_SP,
  SLOT_BP,
  SLOT_TS,
  SLOT_AP,
  NUM_RESERVED_SLOTS,
  WIRE_ONE = 0,
  WIRE_VALID = 1,
  WIRE_SLOTS = 2
};

typedef struct {
  uint32_t wire;
  Fe coef;
} Term;

/* A linear combination stored in a block's term pool. */
typedef struct {
  uint32_t off, n;
} PLC;

enum ConstraintKind {
  CK_GENERAL, /* a * b = c */
  CK_LINEAR,  /* a * v = c: a = c when the valid bit v is 1 */
  CK_BOOL     /* a single wire w with w * (w - v) = 0 */
};

typedef struct {
  PLC a, b, c;
  uint32_t pc;  /* instruction it enforces (the block's first for io) */
  uint8_t kind;
} Constraint;

/* How the witness computes a wire (or a run of nbits bit wires). */
enum HintKind {
  H_LC,       /* out = a */
  H_PROD,     /* out = a * b (field) */
  H_INV,      /* out = a^-1, or 0 if a = 0 */
  H_ISZERO,   /* out = (a == 0) */
  H_OR,       /* out = a + b - a * b (bits) */
  H_XOR,      /* out = a + b - 2 a * b (bits) */
  H_BITS,     /* out.. = bits of the integer a */
  H_MULBITS,  /* out.. = bits of the integer a * b */
  H_QUOBITS,  /* out.. = bits of floor(a / b) (0 if b = 0) */
  H_REMBITS,  /* out.. = bits of a mod b (a if b = 0) */
  H_MEM,      /* out = the value of the block's access number mem */
  H_ENTRY     /* out = the run's value of register mem at the block's entry:
               * a register that does not cross, read before written */
};

typedef struct {
  PLC a, b;
  uint32_t out, mem;
  uint16_t nbits;
  uint8_t kind;
} Hint;

/* One memory access of a block, in execution order. */
typedef struct {
  uint32_t wire; /* its tuple's first wire (the address) */
  uint32_t pc;
  uint8_t is_ram, is_store;
} Access;

typedef struct {
  uint64_t id;          /* block number: its first instruction, or a builtin's address */
  uint32_t first, last; /* instructions [first, last] */
  const char *func, *label;
  uint32_t nwires, ncons;
  uint32_t nstack, nram;
  uint32_t w_stack, w_ram; /* first tuple wires */
  /* Filled only when the system is kept (R1csOptions.keep). */
  Constraint *cons;
  Term *terms;
  size_t nterms;
  Hint *hints;
  uint32_t nhints;
  Access *acc;
} R1csBlock;

typedef struct {
  int iowidth; /* W, 1..64 */
  int keep;    /* keep constraints and hints (else counts only) */
} R1csOptions;

typedef struct {
  const Program *P;
  int iowidth, nslots;
  R1csBlock *blocks;
  size_t nblocks;
  /* instruction index -> block index, for instructions that start a block;
   * the builtins come last (putchar_block, exit_block; -1 when absent). */
  int64_t *block_at;
  int64_t putchar_block, exit_block;
} R1cs;

/* Builds the instance of every block of P. On an instruction it cannot
 * encode it prints "file:line: error: ..." and returns NULL. */
R1cs *r1cs_build(const Program *P, const R1csOptions *opt);
void r1cs_free(R1cs *R);

/* Index of the block with number id (an instruction index or a builtin's
 * address), or -1. */
int64_t r1cs_block_of(const R1cs *R, uint64_t id);

/* Wire numbers of a block's slots. */
static inline uint32_t r1cs_in_wire(const R1cs *R, int slot) {
  (void)R;
  return WIRE_SLOTS + (uint32_t)slot;
}
static inline uint32_t r1cs_out_wire(const R1cs *R, int slot) {
  return WIRE_SLOTS + (uint32_t)R->nslots + (uint32_t)slot;
}

/* The slot that holds register r (a general one below W or a reserved one),
 * or -1 when r does not cross transitions. */
int r1cs_slot_of_reg(int iowidth, unsigned r);

#endif
