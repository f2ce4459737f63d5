/* witness.c: evaluating hints and constraints. The evaluation of a linear
 * combination skips the multiplication for wires that are 0 or 1, which
 * most wires (bits) are; that is what makes checking fast. */
#include "witness.h"

#include <string.h>

#include "util.h"

__extension__ typedef unsigned __int128 u128;

Fe witness_eval(const R1csBlock *b, PLC lc, const Fe *w) {
  Fe acc = FE_ZERO, minus_one = fe_neg(FE_ONE);
  const Term *t = b->terms + lc.off;
  for (uint32_t i = 0; i < lc.n; i++) {
    Fe x = w[t[i].wire];
    if (fe_is_zero(x))
      continue;
    if (fe_eq(x, FE_ONE))
      acc = fe_add(acc, t[i].coef);
    else if (fe_eq(t[i].coef, FE_ONE))
      acc = fe_add(acc, x);
    else if (fe_eq(t[i].coef, minus_one))
      acc = fe_sub(acc, x);
    else
      acc = fe_add(acc, fe_mul(x, t[i].coef));
  }
  return acc;
}

/* Inverse wires feed no other hint (only their own constraint), so they
 * are computed last, all with one field inversion (Montgomery's trick). */
typedef struct {
  uint32_t *out;
  Fe *val, *pre;
  size_t n, cap;
} Inversions;

static Inversions INV;

static void defer_inverse(uint32_t out, Fe x) {
  if (INV.n == INV.cap) {
    INV.cap = INV.cap ? 2 * INV.cap : 256;
    INV.out = xrealloc(INV.out, INV.cap * sizeof *INV.out);
    INV.val = xrealloc(INV.val, INV.cap * sizeof *INV.val);
    INV.pre = xrealloc(INV.pre, INV.cap * sizeof *INV.pre);
  }
  INV.out[INV.n] = out;
  INV.val[INV.n++] = x;
}

static void finish_inverses(Fe *w) {
  if (!INV.n)
    return;
  Fe acc = FE_ONE;
  for (size_t i = 0; i < INV.n; i++) {
    INV.pre[i] = acc; /* product of the nonzero values before i */
    if (!fe_is_zero(INV.val[i]))
      acc = fe_mul(acc, INV.val[i]);
  }
  Fe inv = fe_inv(acc);
  for (size_t i = INV.n; i-- > 0;) {
    if (fe_is_zero(INV.val[i])) {
      w[INV.out[i]] = FE_ZERO;
      continue;
    }
    w[INV.out[i]] = fe_mul(inv, INV.pre[i]);
    inv = fe_mul(inv, INV.val[i]);
  }
  INV.n = 0;
}

/* The integer value of a field element known to be below 2^128; a larger
 * one keeps its low 128 bits, which the constraint check then rejects. */
static u128 int_of(Fe x) {
  uint64_t lo, hi;
  fe_to_u128(x, &lo, &hi);
  return ((u128)hi << 64) | lo;
}

static void set_bits(Fe *w, uint32_t out, int n, u128 v) {
  for (int i = 0; i < n; i++)
    w[out + (uint32_t)i] = (v >> i) & 1 ? FE_ONE : FE_ZERO;
}

static void run_hint(const R1csBlock *b, const Hint *h, const uint64_t *entry,
                     const uint64_t *mem, Fe *w) {
  Fe a = FE_ZERO, c = FE_ZERO;
  if (h->a.n)
    a = witness_eval(b, h->a, w);
  if (h->b.n)
    c = witness_eval(b, h->b, w);
  switch (h->kind) {
  case H_LC: w[h->out] = a; break;
  case H_PROD: w[h->out] = fe_mul(a, c); break;
  case H_INV: defer_inverse(h->out, a); break;
  case H_ISZERO: w[h->out] = fe_is_zero(a) ? FE_ONE : FE_ZERO; break;
  case H_OR: w[h->out] = fe_sub(fe_add(a, c), fe_mul(a, c)); break;
  case H_XOR: {
    Fe p = fe_mul(a, c);
    w[h->out] = fe_sub(fe_add(a, c), fe_add(p, p));
    break;
  }
  case H_BITS: set_bits(w, h->out, h->nbits, int_of(a)); break;
  case H_MULBITS:
    set_bits(w, h->out, h->nbits, (u128)(uint64_t)int_of(a) * (uint64_t)int_of(c));
    break;
  case H_QUOBITS:
  case H_REMBITS: {
    uint64_t x = (uint64_t)int_of(a), y = (uint64_t)int_of(c);
    uint64_t v = h->kind == H_QUOBITS ? (y ? x / y : 0) : (y ? x % y : x);
    set_bits(w, h->out, h->nbits, v);
    break;
  }
  case H_MEM: w[h->out] = fe_from_u64(mem[h->mem]); break;
  default: w[h->out] = fe_from_u64(entry[h->mem]); break; /* H_ENTRY */
  }
}

void witness_fill(const R1cs *R, const R1csBlock *b, const uint64_t *slots,
                  const uint64_t *entry, const uint64_t *mem, Fe *w) {
  memset(w, 0, (size_t)b->nwires * sizeof *w);
  w[WIRE_ONE] = FE_ONE;
  w[WIRE_VALID] = FE_ONE;
  for (int s = 0; s < R->nslots; s++)
    w[r1cs_in_wire(R, s)] = fe_from_u64(slots[s]);
  for (uint32_t i = 0; i < b->nhints; i++)
    run_hint(b, &b->hints[i], entry, mem, w);
  finish_inverses(w);
}

uint32_t witness_first_violation(const R1csBlock *b, const Fe *w,
                                 uint32_t from) {
  for (uint32_t i = from; i < b->ncons; i++) {
    const Constraint *k = &b->cons[i];
    if (k->kind == CK_BOOL) {
      Fe x = w[b->terms[k->a.off].wire];
      if (fe_is_zero(x) || fe_eq(x, FE_ONE))
        continue;
      return i;
    }
    Fe a = witness_eval(b, k->a, w), c = witness_eval(b, k->c, w);
    if (k->kind == CK_LINEAR) {
      if (!fe_eq(a, c))
        return i;
      continue;
    }
    if (!fe_eq(fe_mul(a, witness_eval(b, k->b, w)), c))
      return i;
  }
  return b->ncons;
}
