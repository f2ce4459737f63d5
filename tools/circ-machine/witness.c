/* witness.c: evaluating hints and constraints. The evaluation of a linear
 * combination skips the multiplication for wires that are 0 or 1, which
 * most wires (bits) are; that is what makes checking fast. */
#include "witness.h"

#include <stdlib.h>
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
static void defer_inverse(Witness *W, uint32_t out, Fe x) {
  if (W->ninv == W->capinv) {
    W->capinv = W->capinv ? 2 * W->capinv : 256;
    W->inv_out = xrealloc(W->inv_out, W->capinv * sizeof *W->inv_out);
    W->inv_val = xrealloc(W->inv_val, W->capinv * sizeof *W->inv_val);
    W->inv_pre = xrealloc(W->inv_pre, W->capinv * sizeof *W->inv_pre);
  }
  W->inv_out[W->ninv] = out;
  W->inv_val[W->ninv++] = x;
}

static void finish_inverses(Witness *W) {
  if (!W->ninv)
    return;
  Fe acc = FE_ONE;
  for (size_t i = 0; i < W->ninv; i++) {
    W->inv_pre[i] = acc; /* product of the nonzero values before i */
    if (!fe_is_zero(W->inv_val[i]))
      acc = fe_mul(acc, W->inv_val[i]);
  }
  Fe inv = fe_inv(acc);
  for (size_t i = W->ninv; i-- > 0;) {
    if (fe_is_zero(W->inv_val[i])) {
      W->w[W->inv_out[i]] = FE_ZERO;
      continue;
    }
    W->w[W->inv_out[i]] = fe_mul(inv, W->inv_pre[i]);
    inv = fe_mul(inv, W->inv_val[i]);
  }
  W->ninv = 0;
}

void witness_free(Witness *W) {
  free(W->w);
  free(W->inv_out);
  free(W->inv_val);
  free(W->inv_pre);
  memset(W, 0, sizeof *W);
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

static void run_hint(Witness *W, const R1csBlock *b, const Hint *h,
                     const uint64_t *entry, const uint64_t *mem) {
  Fe *w = W->w;
  Fe a = FE_ZERO, c = FE_ZERO;
  if (h->a.n)
    a = witness_eval(b, h->a, w);
  if (h->b.n)
    c = witness_eval(b, h->b, w);
  switch (h->kind) {
  case H_LC: w[h->out] = a; break;
  case H_PROD: w[h->out] = fe_mul(a, c); break;
  case H_INV: defer_inverse(W, h->out, a); break;
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

void witness_fill(Witness *W, const R1cs *R, const R1csBlock *b,
                  const uint64_t *slots, const uint64_t *entry,
                  const uint64_t *mem) {
  if (b->nwires > W->cap) {
    W->cap = b->nwires;
    W->w = xrealloc(W->w, (size_t)W->cap * sizeof *W->w);
  }
  memset(W->w, 0, (size_t)b->nwires * sizeof *W->w);
  W->w[WIRE_ONE] = FE_ONE;
  W->w[WIRE_VALID] = FE_ONE;
  for (int s = 0; s < R->nslots; s++)
    W->w[r1cs_in_wire(R, s)] = fe_from_u64(slots[s]);
  for (uint32_t i = 0; i < b->nhints; i++)
    run_hint(W, b, &b->hints[i], entry, mem);
  finish_inverses(W);
}

uint32_t witness_first_violation(const R1csBlock *b, const Fe *w,
                                 uint32_t from) {
  /* The fast paths take the constant column (the valid bit) to be 1. */
  int valid = fe_eq(w[WIRE_VALID], FE_ONE);
  for (uint32_t i = from; i < b->ncons; i++) {
    const Constraint *k = &b->cons[i];
    if (k->kind == CK_BOOL && valid) {
      Fe x = w[b->terms[k->a.off].wire];
      if (fe_is_zero(x) || fe_eq(x, FE_ONE))
        continue;
      return i;
    }
    Fe a = witness_eval(b, k->a, w), c = witness_eval(b, k->c, w);
    if (k->kind == CK_LINEAR && valid) {
      if (!fe_eq(a, c))
        return i;
      continue;
    }
    if (!fe_eq(fe_mul(a, witness_eval(b, k->b, w)), c))
      return i;
  }
  return b->ncons;
}
