/* r1cs.c: finds the blocks of a program, lays out each block's wires and
 * drives the gadgets over its instructions (docs/r1cs.md). Also holds the
 * builder's primitives: linear combinations, constraints, hints and range
 * checks, which gadgets.c composes. */
#include "build.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* ------------------------------------------------------------------ */
/* Arena                                                               */

struct Chunk {
  Chunk *next;
  size_t used, cap;
  _Alignas(16) unsigned char data[];
};

void *arena_alloc(Builder *B, size_t n) {
  n = (n + 15) & ~(size_t)15;
  Chunk *c = B->arena;
  if (!c || c->used + n > c->cap) {
    size_t cap = n > (1u << 20) ? n : (1u << 20);
    Chunk *nc = xmalloc(sizeof *nc + cap);
    nc->next = c;
    nc->used = 0;
    nc->cap = cap;
    B->arena = c = nc;
  }
  void *p = c->data + c->used;
  c->used += n;
  return p;
}

static void arena_free(Builder *B) {
  for (Chunk *c = B->arena, *n; c; c = n) {
    n = c->next;
    free(c);
  }
  B->arena = NULL;
}

/* Empties the arena for the next block but keeps its newest chunk, rather
 * than a malloc and free of a megabyte per block (pricing aes128's width
 * candidates in circ-llc: 25 ms instead of 27). */
static void arena_reset(Builder *B) {
  Chunk *keep = B->arena;
  if (!keep)
    return;
  B->arena = keep->next;
  arena_free(B);
  keep->next = NULL;
  keep->used = 0;
  B->arena = keep;
}

void build_error(Builder *B, const char *fmt, ...) {
  const SrcInfo *si = &B->P->src[B->pc];
  va_list ap;
  fprintf(stderr, "%s:%d: error: ", si->file, si->line);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\n  in function %s, block %s: %s\n", si->func, si->block,
          si->text);
  B->failed = 1;
}

/* ------------------------------------------------------------------ */
/* Linear combinations                                                 */

static LC lc_alloc(Builder *B, uint32_t n) {
  LC r;
  r.t = n ? arena_alloc(B, n * sizeof *r.t) : NULL;
  r.n = 0;
  return r;
}

/* Constants ride on the valid bit, not on wire 0: every constraint is then
 * homogeneous, so the all-zero witness of a padding execution (valid = 0)
 * satisfies it, as in circ_blocks, where the valid bit is the constant
 * column. In a real execution valid = 1 and nothing changes. */
LC lc_const(Builder *B, Fe k) {
  LC r = lc_alloc(B, 1);
  if (!fe_is_zero(k)) {
    r.t[0].wire = WIRE_VALID;
    r.t[0].coef = k;
    r.n = 1;
  }
  return r;
}

LC lc_u64(Builder *B, uint64_t k) { return lc_const(B, fe_from_u64(k)); }

LC lc_wire(Builder *B, uint32_t w) {
  LC r = lc_alloc(B, 1);
  r.t[0].wire = w;
  r.t[0].coef = FE_ONE;
  r.n = 1;
  return r;
}

/* Merge of two sorted term lists, a + k * b. */
LC lc_axpy(Builder *B, LC a, Fe k, LC b) {
  LC r = lc_alloc(B, a.n + b.n);
  uint32_t i = 0, j = 0;
  /* k = 1 and k = -1 (lc_add, lc_sub) need no multiplication. */
  int k_is_one = fe_eq(k, FE_ONE);
  int k_is_minus_one = !k_is_one && fe_eq(k, fe_neg(FE_ONE));
  while (i < a.n || j < b.n) {
    Term t;
    if (j == b.n || (i < a.n && a.t[i].wire < b.t[j].wire)) {
      t = a.t[i++];
    } else {
      t.wire = b.t[j].wire;
      t.coef = k_is_one         ? b.t[j].coef
               : k_is_minus_one ? fe_neg(b.t[j].coef)
                                : fe_mul(k, b.t[j].coef);
      if (i < a.n && a.t[i].wire == b.t[j].wire)
        t.coef = fe_add(t.coef, a.t[i++].coef);
      j++;
    }
    if (!fe_is_zero(t.coef))
      r.t[r.n++] = t;
  }
  return r;
}

LC lc_add(Builder *B, LC a, LC b) { return lc_axpy(B, a, FE_ONE, b); }

LC lc_sub(Builder *B, LC a, LC b) { return lc_axpy(B, a, fe_neg(FE_ONE), b); }

LC lc_scale(Builder *B, LC a, Fe k) {
  LC none = {NULL, 0};
  return lc_axpy(B, none, k, a);
}

LC lc_add_u64(Builder *B, LC a, uint64_t k) {
  return lc_add(B, a, lc_u64(B, k));
}

int lc_is_const(LC a, Fe *k) {
  if (a.n == 0) {
    *k = FE_ZERO;
    return 1;
  }
  if (a.n == 1 && a.t[0].wire == WIRE_VALID) {
    *k = a.t[0].coef;
    return 1;
  }
  return 0;
}

int lc_is_u64(LC a, uint64_t *k) {
  Fe f;
  uint64_t lo, hi;
  if (!lc_is_const(a, &f) || !fe_to_u128(f, &lo, &hi) || hi)
    return 0;
  *k = lo;
  return 1;
}

int lc_equal(LC a, LC b) {
  if (a.n != b.n)
    return 0;
  for (uint32_t i = 0; i < a.n; i++)
    if (a.t[i].wire != b.t[i].wire || !fe_eq(a.t[i].coef, b.t[i].coef))
      return 0;
  return 1;
}

LC lc_of_bit(Builder *B, Bit b) {
  switch (b.kind) {
  case BIT_0:
    return lc_u64(B, 0);
  case BIT_1:
    return lc_u64(B, 1);
  case BIT_W:
    return lc_wire(B, b.wire);
  default:
    return lc_sub(B, lc_u64(B, 1), lc_wire(B, b.wire));
  }
}

/* ------------------------------------------------------------------ */
/* Wires, constraints, hints                                           */

uint32_t new_wires(Builder *B, uint32_t n) {
  uint32_t w = B->next_wire;
  B->next_wire += n;
  return w;
}

static PLC keep_lc(Builder *B, LC a) {
  PLC p = {(uint32_t)B->nterms, a.n};
  VEC_RESERVE(B->terms, B->capterms, B->nterms + a.n);
  if (a.n)
    memcpy(B->terms + B->nterms, a.t, a.n * sizeof *a.t);
  B->nterms += a.n;
  return p;
}

static void push_constraint(Builder *B, LC a, LC b, LC c, int kind) {
  B->blk->ncons++;
  if (!B->keep)
    return;
  VEC_RESERVE(B->cons, B->capcons, B->ncons + 1);
  Constraint *k = &B->cons[B->ncons++];
  k->a = keep_lc(B, a);
  k->b = keep_lc(B, b);
  k->c = keep_lc(B, c);
  k->pc = B->pc;
  k->kind = (uint8_t)kind;
}

void enforce(Builder *B, LC a, LC b, LC c) {
  Fe ka, kb, kc;
  /* A constraint between constants is settled now: drop it if it holds;
   * keep it (unsatisfiable) if it does not, e.g. a constant zero divisor. */
  if (lc_is_const(a, &ka) && lc_is_const(b, &kb) && lc_is_const(c, &kc) &&
      fe_eq(fe_mul(ka, kb), kc))
    return;
  Fe one;
  if (lc_is_const(b, &one) && fe_eq(one, FE_ONE))
    push_constraint(B, a, b, c, CK_LINEAR);
  else
    push_constraint(B, a, b, c, CK_GENERAL);
}

void enforce_eq(Builder *B, LC a, LC c) { enforce(B, a, lc_u64(B, 1), c); }

void enforce_bool(Builder *B, uint32_t w) {
  /* Counted only (the width choice prices every candidate this way): the
   * constraint is not kept, so its combinations need not be built. */
  if (!B->keep) {
    B->blk->ncons++;
    return;
  }
  LC a = lc_wire(B, w);
  push_constraint(B, a, lc_sub(B, a, lc_u64(B, 1)), lc_u64(B, 0), CK_BOOL);
}

void add_hint(Builder *B, int kind, uint32_t out, uint16_t nbits, LC a, LC b,
              uint32_t mem) {
  if (!B->keep)
    return;
  VEC_RESERVE(B->hints, B->caphints, B->nhints + 1);
  Hint *h = &B->hints[B->nhints++];
  h->kind = (uint8_t)kind;
  h->out = out;
  h->nbits = nbits;
  h->a = keep_lc(B, a);
  h->b = keep_lc(B, b);
  h->mem = mem;
}

uint32_t hinted_wire(Builder *B, int kind, LC a, LC b) {
  uint32_t w = new_wires(B, 1);
  add_hint(B, kind, w, 0, a, b, 0);
  return w;
}

/* ------------------------------------------------------------------ */
/* Range checks and values                                             */

Bit *bit_wires(Builder *B, int kind, LC a, LC b, uint32_t mem, int nbits) {
  uint32_t w = new_wires(B, (uint32_t)nbits);
  add_hint(B, kind, w, (uint16_t)nbits, a, b, mem);
  Bit *bits = arena_alloc(B, (size_t)(nbits > 64 ? nbits : 64) * sizeof *bits);
  for (int i = 0; i < nbits; i++) {
    enforce_bool(B, w + (uint32_t)i);
    bits[i].wire = w + (uint32_t)i;
    bits[i].kind = BIT_W;
  }
  for (int i = nbits; i < 64; i++) {
    bits[i].wire = 0;
    bits[i].kind = BIT_0;
  }
  return bits;
}

static int term_order(const void *x, const void *y) {
  uint32_t a = ((const Term *)x)->wire, b = ((const Term *)y)->wire;
  return (a > b) - (a < b);
}

/* Terms in any order become a linear combination in place: sorted by wire,
 * the coefficients of one wire summed, zero sums dropped (what adding them
 * one by one gives, in n log n instead of n^2: rotations scramble bits). */
static LC lc_sort_terms(LC r) {
  qsort(r.t, r.n, sizeof *r.t, term_order);
  uint32_t n = 0;
  for (uint32_t i = 0; i < r.n;) {
    Term t = r.t[i++];
    while (i < r.n && r.t[i].wire == t.wire)
      t.coef = fe_add(t.coef, r.t[i++].coef);
    if (!fe_is_zero(t.coef))
      r.t[n++] = t;
  }
  r.n = n;
  return r;
}

LC lc_of_bits(Builder *B, const Bit *bits, int from, int n, int shift) {
  LC r = lc_alloc(B, (uint32_t)n + 1);
  Fe k = FE_ZERO;
  /* Terms come out sorted when the bit wires ascend, which is how
   * bit_wires makes them; fall back to merging otherwise. */
  uint32_t last = 0;
  int sorted = 1;
  for (int i = 0; i < n; i++) {
    Bit b = bits[from + i];
    Fe p = fe_pow2((unsigned)(i + shift));
    if (b.kind == BIT_1 || b.kind == BIT_NOT)
      k = fe_add(k, p);
    if (b.kind == BIT_W || b.kind == BIT_NOT) {
      if (r.n && b.wire <= last)
        sorted = 0;
      last = b.wire;
      r.t[r.n].wire = b.wire;
      r.t[r.n].coef = b.kind == BIT_W ? p : fe_neg(p);
      r.n++;
    }
  }
  if (!sorted)
    r = lc_sort_terms(r);
  if (fe_is_zero(k))
    return r;
  if (r.n && r.t[0].wire <= WIRE_VALID)
    return lc_add(B, lc_const(B, k), r);
  /* The constant rides on the valid bit, below every bit's wire: it goes
   * first, in the slot r was allocated with to spare. */
  memmove(r.t + 1, r.t, r.n * sizeof *r.t);
  r.t[0].wire = WIRE_VALID;
  r.t[0].coef = k;
  r.n++;
  return r;
}

Bit *decompose(Builder *B, LC x, int nbits) {
  LC none = {NULL, 0};
  Fe k;
  uint64_t lo, hi;
  if (lc_is_const(x, &k) && fe_to_u128(k, &lo, &hi) &&
      (nbits >= 128 || (nbits <= 64 ? !hi && (nbits == 64 || lo >> nbits == 0)
                                    : hi >> (nbits - 64) == 0))) {
    /* a constant in range: its bits are constants, nothing to check */
    Bit *bits = arena_alloc(B, (size_t)(nbits > 64 ? nbits : 64) * sizeof *bits);
    for (int i = 0; i < (nbits > 64 ? nbits : 64); i++) {
      int v = i < 64 ? (int)((lo >> i) & 1) : (int)((hi >> (i - 64)) & 1);
      bits[i].wire = 0;
      bits[i].kind = i < nbits && v ? BIT_1 : BIT_0;
    }
    return bits;
  }
  Bit *bits = bit_wires(B, H_BITS, x, none, 0, nbits);
  enforce_eq(B, x, lc_of_bits(B, bits, 0, nbits, 0));
  return bits;
}

Val val_of(LC lc, Bit *bits) {
  Val v;
  v.lc = lc;
  v.bits = bits;
  v.poison = 0;
  return v;
}

const Bit *bits_of(Builder *B, Val *v) {
  if (v->bits)
    return v->bits;
  uint64_t k;
  Bit *bits = arena_alloc(B, 64 * sizeof *bits);
  if (lc_is_u64(v->lc, &k)) {
    for (int i = 0; i < 64; i++) {
      bits[i].wire = 0;
      bits[i].kind = (k >> i) & 1 ? BIT_1 : BIT_0;
    }
  } else {
    bits = decompose(B, v->lc, 64);
  }
  v->bits = bits;
  return bits;
}

LC mul_lc(Builder *B, LC a, LC b) {
  Fe k;
  if (lc_is_const(a, &k))
    return lc_scale(B, b, k);
  if (lc_is_const(b, &k))
    return lc_scale(B, a, k);
  LC w = lc_wire(B, hinted_wire(B, H_PROD, a, b));
  enforce(B, a, b, w);
  return w;
}

LC is_zero(Builder *B, LC x) {
  Fe k;
  if (lc_is_const(x, &k))
    return lc_u64(B, fe_is_zero(k));
  LC none = {NULL, 0};
  LC inv = lc_wire(B, hinted_wire(B, H_INV, x, none));
  LC z = lc_wire(B, hinted_wire(B, H_ISZERO, x, none));
  enforce(B, x, inv, lc_sub(B, lc_u64(B, 1), z));
  enforce(B, x, z, lc_u64(B, 0));
  return z;
}

/* ------------------------------------------------------------------ */
/* Blocks                                                              */

int r1cs_slot_of_reg(int iowidth, unsigned r) {
  switch (r) {
  case REG_RP: return SLOT_RP;
  case REG_SP: return SLOT_SP;
  case REG_BP: return SLOT_BP;
  case REG_AP: return SLOT_AP;
  }
  return r < (unsigned)iowidth ? NUM_RESERVED_SLOTS + (int)r : -1;
}

static int is_final_transfer(int op) {
  return op == OP_JMP || op == OP_CALL || op == OP_CALLR || op == OP_RET ||
         op == OP_JR ||
         op == OP_TRAP || op == OP_END;
}

/* The stack and RAM accesses of instructions first..last, counted before
 * encoding so that the tuples can sit before the block's own wires. */
static void count_accesses(const Program *P, R1csBlock *b) {
  for (uint32_t pc = b->first; pc <= b->last && pc < P->ncode; pc++) {
    int op = P->code[pc].op;
    if (op >= OP_LD8U && op <= OP_ST64)
      b->nram++;
    else if (op >= OP_PUSH && op <= OP_POPF)
      b->nstack++;
  }
}

static void start_block(Builder *B) {
  R1csBlock *b = B->blk;
  int S = B->R->nslots;
  b->w_stack = WIRE_SLOTS + 2 * (uint32_t)S;
  b->w_ram = b->w_stack + 2 * b->nstack;
  B->next_wire = b->w_ram + 4 * b->nram;
  for (unsigned r = 0; r < NUM_REGS; r++) {
    int s = r1cs_slot_of_reg(B->R->iowidth, r);
    memset(&B->reg[r], 0, sizeof B->reg[r]);
    if (s >= 0)
      B->reg[r].lc = lc_wire(B, r1cs_in_wire(B->R, s));
    else
      B->reg[r].poison = 1;
  }
  B->nexits = B->capexits = 0;
  B->exits = NULL;
  B->next.n = 0;
  B->pc = b->first;
  B->continuation = b->first < B->P->ncode &&
                    B->P->code[b->first].block_start == BS_CONSTRAINT;
  /* v * v = v: boolean (v * (v - 1) would vanish with constants on v) */
  LC v = lc_wire(B, WIRE_VALID);
  push_constraint(B, v, v, v, CK_GENERAL);
  /* The block number the transition check hands in must be this block. */
  enforce_eq(B, lc_wire(B, r1cs_in_wire(B->R, SLOT_BLOCK)), lc_u64(B, b->id));
}

/* Output slot s gets value x: a wire computed from x, equal to it. */
static void set_output(Builder *B, int s, LC x) {
  uint32_t w = r1cs_out_wire(B->R, s);
  LC none = {NULL, 0};
  add_hint(B, H_LC, w, 0, x, none, 0);
  enforce_eq(B, x, lc_wire(B, w));
}

/* Folds the conditional exits into one next block number (and %rp): the
 * first taken exit wins, so select from the last one backwards. */
static void fold_exits(Builder *B, LC *next, LC *rp) {
  for (int i = B->nexits - 1; i >= 0; i--) {
    struct CondExit *e = &B->exits[i];
    *next = lc_add(B, *next, mul_lc(B, e->taken, lc_sub(B, e->target, *next)));
    if (!lc_equal(e->rp, *rp))
      *rp = lc_add(B, *rp, mul_lc(B, e->taken, lc_sub(B, e->rp, *rp)));
  }
}

static void finish_block(Builder *B) {
  R1csBlock *b = B->blk;
  LC next = B->next, rp = B->reg[REG_RP].lc;
  fold_exits(B, &next, &rp);
  B->pc = b->last < B->P->ncode ? b->last : b->first;
  set_output(B, SLOT_BLOCK, next);
  set_output(B, SLOT_TS, lc_add_u64(B, lc_wire(B, r1cs_in_wire(B->R, SLOT_TS)),
                                    b->nram));
  for (unsigned r = 0; r < NUM_REGS; r++) {
    int s = r1cs_slot_of_reg(B->R->iowidth, r);
    if (s < 0)
      continue;
    set_output(B, s, r == REG_RP ? rp : B->reg[r].lc);
  }
  b->nwires = B->next_wire;
  if (B->keep) {
    b->cons = B->cons;
    b->terms = B->terms;
    b->nterms = B->nterms;
    b->hints = B->hints;
    b->nhints = (uint32_t)B->nhints;
    b->acc = B->acc;
  }
  B->cons = NULL;
  B->terms = NULL;
  B->hints = NULL;
  B->acc = NULL;
  B->ncons = B->nterms = B->nhints = 0;
  B->capcons = B->capterms = B->caphints = 0;
  arena_reset(B);
}

/* A builtin as a block of its own: __circ_putchar leaves the low byte of
 * %r0 in %r0 and returns to %rp; __circ_exit ends the run. */
static void encode_builtin(Builder *B, int is_putchar) {
  B->pc = (uint32_t)B->P->ncode;
  if (is_putchar) {
    const Bit *bits = bits_of(B, &B->reg[0]);
    B->reg[0] = val_of(lc_of_bits(B, bits, 0, 8, 0), NULL);
    B->next = B->reg[REG_RP].lc;
  } else {
    B->next = lc_u64(B, SENTINEL_RETURN);
  }
}

static void encode_block(Builder *B) {
  R1csBlock *b = B->blk;
  start_block(B);
  if (b->id >= B->P->ncode) {
    encode_builtin(B, b->id == B->P->putchar_addr);
  } else {
    int ended = 0;
    for (uint32_t pc = b->first; pc <= b->last && !B->failed && !ended; pc++)
      ended = encode_insn(B, pc);
    if (!ended) /* falls through into the next block */
      B->next = lc_u64(B, (uint64_t)b->last + 1);
  }
  finish_block(B);
}

/* Blocks start at labelled instructions and after calls; a block runs to its
 * first final transfer (what follows it up to the next start is dead). */
static void find_blocks(R1cs *R) {
  const Program *P = R->P;
  size_t n = P->ncode;
  R->block_at = xmalloc((n + 3) * sizeof *R->block_at);
  for (size_t i = 0; i < n + 3; i++)
    R->block_at[i] = -1;
  size_t cap = 0;
  for (size_t pc = 0; pc < n; pc++) {
    if (!P->code[pc].block_start && pc != 0)
      continue;
    VEC_RESERVE(R->blocks, cap, R->nblocks + 1);
    R1csBlock *b = &R->blocks[R->nblocks];
    memset(b, 0, sizeof *b);
    b->id = pc;
    b->first = (uint32_t)pc;
    b->func = P->src[pc].func;
    b->label = P->src[pc].block;
    size_t e = pc;
    while (e + 1 < n && !P->code[e + 1].block_start &&
           !is_final_transfer(P->code[e].op))
      e++;
    b->last = (uint32_t)e;
    R->block_at[pc] = (int64_t)R->nblocks++;
  }
  R->putchar_block = R->exit_block = -1;
  for (int k = 0; k < 2; k++) {
    int present = k == 0 ? P->has_putchar : P->has_exit;
    if (!present)
      continue;
    VEC_RESERVE(R->blocks, cap, R->nblocks + 1);
    R1csBlock *b = &R->blocks[R->nblocks];
    memset(b, 0, sizeof *b);
    b->id = k == 0 ? P->putchar_addr : P->exit_addr;
    b->first = b->last = (uint32_t)n;
    b->func = b->label = k == 0 ? "__circ_putchar" : "__circ_exit";
    R->block_at[b->id] = (int64_t)R->nblocks;
    if (k == 0)
      R->putchar_block = (int64_t)R->nblocks++;
    else
      R->exit_block = (int64_t)R->nblocks++;
  }
}

int64_t r1cs_block_of(const R1cs *R, uint64_t id) {
  if (id >= R->P->ncode + 3)
    return -1;
  return R->block_at[id];
}

R1cs *r1cs_build(const Program *P, const R1csOptions *opt) {
  fe_init();
  R1cs *R = xcalloc(1, sizeof *R);
  R->P = P;
  R->iowidth = opt->iowidth;
  R->nslots = NUM_RESERVED_SLOTS + opt->iowidth;
  find_blocks(R);
  Builder *B = xcalloc(1, sizeof *B);
  B->P = P;
  B->R = R;
  B->keep = opt->keep;
  for (size_t i = 0; i < R->nblocks && !B->failed; i++) {
    B->blk = &R->blocks[i];
    count_accesses(P, B->blk);
    if (B->keep)
      B->acc = xcalloc(B->blk->nstack + B->blk->nram + 1, sizeof *B->acc);
    B->nacc = B->nstack_used = B->nram_used = 0;
    encode_block(B);
  }
  int failed = B->failed;
  arena_free(B);
  free(B);
  if (failed) {
    r1cs_free(R);
    return NULL;
  }
  return R;
}

void r1cs_free(R1cs *R) {
  if (!R)
    return;
  for (size_t i = 0; i < R->nblocks; i++) {
    free(R->blocks[i].cons);
    free(R->blocks[i].terms);
    free(R->blocks[i].hints);
    free(R->blocks[i].acc);
  }
  free(R->blocks);
  free(R->block_at);
  free(R);
}
