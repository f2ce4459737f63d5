/* build.h: the constraint builder that r1cs.c drives and gadgets.c uses, one
 * block at a time. Private to the circ-machine library.
 *
 * Values are linear combinations (LC) of wires, so a move, a constant or a
 * renamed register costs nothing. A value may also know its 64 bits as bit
 * wires; decomposing a value is how it is range-checked, and the bits are
 * kept so that later bitwise operations, shifts by constants, sign tests and
 * sub-word stores reuse them. LCs of one block live in an arena freed when
 * the block is done; what the instance keeps is copied into its pools. */
#ifndef CIRC_BUILD_H
#define CIRC_BUILD_H

#include "r1cs.h"

typedef struct {
  Term *t;
  uint32_t n;
} LC;

enum { BIT_0, BIT_1, BIT_W, BIT_NOT };
typedef struct {
  uint32_t wire;
  uint8_t kind; /* BIT_W: the wire; BIT_NOT: 1 - the wire */
} Bit;

typedef struct {
  LC lc;
  Bit *bits;   /* 64 entries, or NULL when not decomposed yet */
  int poison;  /* never written in this block and not an input */
} Val;

typedef struct Chunk Chunk;

typedef struct {
  const Program *P;
  R1cs *R;
  R1csBlock *blk;
  int keep;
  Chunk *arena;
  uint32_t pc; /* instruction being encoded */
  uint32_t next_wire;
  Val reg[NUM_REGS];
  /* Kept pools of the block under construction. */
  Constraint *cons;
  size_t ncons, capcons;
  Term *terms;
  size_t nterms, capterms;
  Hint *hints;
  size_t nhints, caphints;
  Access *acc;
  uint32_t nacc, nstack_used, nram_used;
  /* Conditional exits so far: taken predicate, target, rp at the exit. */
  struct CondExit {
    LC taken;
    LC target;
    LC rp;
  } *exits;
  int nexits, capexits;
  LC next;  /* the next block number, set by the block's last transfer */
  int continuation; /* starts after a conditional branch (BS_CONSTRAINT) */
  int failed;
} Builder;

/* ---- linear combinations (r1cs.c) ---- */
LC lc_const(Builder *B, Fe k);
LC lc_u64(Builder *B, uint64_t k);
LC lc_wire(Builder *B, uint32_t w);
LC lc_axpy(Builder *B, LC a, Fe k, LC b); /* a + k * b */
LC lc_add(Builder *B, LC a, LC b);
LC lc_sub(Builder *B, LC a, LC b);
LC lc_scale(Builder *B, LC a, Fe k);
LC lc_add_u64(Builder *B, LC a, uint64_t k);
int lc_is_const(LC a, Fe *k);
int lc_is_u64(LC a, uint64_t *k); /* constant below 2^64 */
int lc_equal(LC a, LC b);
LC lc_of_bit(Builder *B, Bit b);

/* ---- wires, constraints, hints (r1cs.c) ---- */
uint32_t new_wires(Builder *B, uint32_t n);
void enforce(Builder *B, LC a, LC b, LC c);
void enforce_eq(Builder *B, LC a, LC c);
void enforce_bool(Builder *B, uint32_t w);
void add_hint(Builder *B, int kind, uint32_t out, uint16_t nbits, LC a, LC b,
              uint32_t mem);
/* A fresh wire computed by hint kind from a (and b) with no constraint. */
uint32_t hinted_wire(Builder *B, int kind, LC a, LC b);
void *arena_alloc(Builder *B, size_t n);
void build_error(Builder *B, const char *fmt, ...);

/* ---- range checks and values (r1cs.c) ---- */
/* nbits fresh bit wires holding the integer that hint kind computes from a
 * and b (mem for the memory hints), each constrained boolean. Returns the
 * array of nbits bits. */
Bit *bit_wires(Builder *B, int kind, LC a, LC b, uint32_t mem, int nbits);
/* The sum of bits[from..from+n-1] * 2^(i-from+shift). */
LC lc_of_bits(Builder *B, const Bit *bits, int from, int n, int shift);
/* Decomposes the integer value of x (< 2^nbits) into nbits bits, with the
 * linear constraint x = sum of bits. */
Bit *decompose(Builder *B, LC x, int nbits);
/* A value from an LC whose bits are bits[0..63] (bits may be NULL). */
Val val_of(LC lc, Bit *bits);
/* The 64 bits of a register value, decomposing it the first time. */
const Bit *bits_of(Builder *B, Val *v);
/* a * b as an LC: a scaled constant when one side is constant, else a
 * product wire with its constraint. */
LC mul_lc(Builder *B, LC a, LC b);
/* 1 if x = 0 else 0, with its two constraints (free when x is constant). */
LC is_zero(Builder *B, LC x);

/* ---- gadgets (gadgets.c) ---- */
/* Encodes instruction pc into B's register state; returns 1 if the
 * instruction ends the block (a transfer), 0 otherwise. */
int encode_insn(Builder *B, uint32_t pc);

#endif
