/* field.c: Montgomery arithmetic modulo the BN254 scalar field prime with
 * four 64-bit limbs (CIOS multiplication). p < 2^254, so a sum of two reduced
 * values never overflows 256 bits and one conditional subtraction reduces
 * it. */
#include "field.h"

#include <stdio.h>
#include <string.h>

__extension__ typedef unsigned __int128 u128; /* GNU C, as in exec.c */

const uint64_t FE_P[4] = {0x43e1f593f0000001ull, 0x2833e84879b97091ull,
                          0xb85045b68181585dull, 0x30644e72e131a029ull};

Fe FE_ZERO, FE_ONE;
static Fe R2;          /* 2^512 mod p: converts into Montgomery form */
static uint64_t PINV;  /* -p^-1 mod 2^64 */
static int inited;

static int geq_p(const uint64_t a[4]) {
  for (int i = 3; i >= 0; i--) {
    if (a[i] != FE_P[i])
      return a[i] > FE_P[i];
  }
  return 1;
}

static void sub_p(uint64_t a[4]) {
  uint64_t borrow = 0;
  for (int i = 0; i < 4; i++) {
    u128 d = (u128)a[i] - FE_P[i] - borrow;
    a[i] = (uint64_t)d;
    borrow = (uint64_t)(d >> 64) & 1;
  }
}

Fe fe_add(Fe a, Fe b) {
  Fe r;
  uint64_t carry = 0;
  for (int i = 0; i < 4; i++) {
    u128 s = (u128)a.v[i] + b.v[i] + carry;
    r.v[i] = (uint64_t)s;
    carry = (uint64_t)(s >> 64);
  }
  if (geq_p(r.v))
    sub_p(r.v);
  return r;
}

Fe fe_neg(Fe a) {
  if (fe_is_zero(a))
    return a;
  Fe r;
  uint64_t borrow = 0;
  for (int i = 0; i < 4; i++) {
    u128 d = (u128)FE_P[i] - a.v[i] - borrow;
    r.v[i] = (uint64_t)d;
    borrow = (uint64_t)(d >> 64) & 1;
  }
  return r;
}

Fe fe_sub(Fe a, Fe b) { return fe_add(a, fe_neg(b)); }

Fe fe_mul(Fe a, Fe b) {
  uint64_t t[6] = {0, 0, 0, 0, 0, 0};
  for (int i = 0; i < 4; i++) {
    uint64_t c = 0;
    for (int j = 0; j < 4; j++) {
      u128 x = (u128)a.v[j] * b.v[i] + t[j] + c;
      t[j] = (uint64_t)x;
      c = (uint64_t)(x >> 64);
    }
    u128 x = (u128)t[4] + c;
    t[4] = (uint64_t)x;
    t[5] = (uint64_t)(x >> 64);
    uint64_t m = t[0] * PINV;
    x = (u128)m * FE_P[0] + t[0];
    c = (uint64_t)(x >> 64);
    for (int j = 1; j < 4; j++) {
      x = (u128)m * FE_P[j] + t[j] + c;
      t[j - 1] = (uint64_t)x;
      c = (uint64_t)(x >> 64);
    }
    x = (u128)t[4] + c;
    t[3] = (uint64_t)x;
    t[4] = t[5] + (uint64_t)(x >> 64);
  }
  Fe r;
  memcpy(r.v, t, sizeof r.v);
  if (t[4] || geq_p(r.v))
    sub_p(r.v);
  return r;
}

int fe_eq(Fe a, Fe b) { return memcmp(a.v, b.v, sizeof a.v) == 0; }

int fe_is_zero(Fe a) { return !(a.v[0] | a.v[1] | a.v[2] | a.v[3]); }

/* x (canonical, < p) into Montgomery form. */
static Fe to_mont(const uint64_t x[4]) {
  Fe a;
  memcpy(a.v, x, sizeof a.v);
  return fe_mul(a, R2);
}

Fe fe_from_canonical(const uint64_t in[4]) { return to_mont(in); }

void fe_canonical(Fe a, uint64_t out[4]) {
  Fe one = {{1, 0, 0, 0}};
  Fe r = fe_mul(a, one);
  memcpy(out, r.v, sizeof r.v);
}

Fe fe_from_u64(uint64_t x) {
  /* The constraint builder's commonest constants, without a multiplication
   * (the width choice counts every candidate's constraints). */
  if (x <= 1)
    return x ? FE_ONE : FE_ZERO;
  uint64_t c[4] = {x, 0, 0, 0};
  return to_mont(c);
}

Fe fe_from_u128(uint64_t lo, uint64_t hi) {
  uint64_t c[4] = {lo, hi, 0, 0};
  return to_mont(c);
}

Fe fe_from_i64(int64_t x) {
  if (x >= 0)
    return fe_from_u64((uint64_t)x);
  return fe_neg(fe_from_u64((uint64_t)0 - (uint64_t)x));
}

/* Powers of two weigh every bit decomposition: a table, filled by
 * fe_init(), saves a multiplication per bit. */
static Fe POW2[254];

Fe fe_pow2(unsigned k) { return POW2[k]; }

int fe_to_u128(Fe a, uint64_t *lo, uint64_t *hi) {
  uint64_t c[4];
  fe_canonical(a, c);
  *lo = c[0];
  *hi = c[1];
  return !(c[2] | c[3]);
}

static int is_one(const uint64_t a[4]) {
  return a[0] == 1 && !(a[1] | a[2] | a[3]);
}

static int geq(const uint64_t a[4], const uint64_t b[4]) {
  for (int i = 3; i >= 0; i--)
    if (a[i] != b[i])
      return a[i] > b[i];
  return 1;
}

static void sub4(uint64_t a[4], const uint64_t b[4]) {
  uint64_t borrow = 0;
  for (int i = 0; i < 4; i++) {
    u128 d = (u128)a[i] - b[i] - borrow;
    a[i] = (uint64_t)d;
    borrow = (uint64_t)(d >> 64) & 1;
  }
}

static void add4(uint64_t a[4], const uint64_t b[4]) {
  uint64_t carry = 0;
  for (int i = 0; i < 4; i++) {
    u128 s = (u128)a[i] + b[i] + carry;
    a[i] = (uint64_t)s;
    carry = (uint64_t)(s >> 64);
  }
}

static void half4(uint64_t a[4]) {
  for (int i = 0; i < 4; i++)
    a[i] = (a[i] >> 1) | (i < 3 ? a[i + 1] << 63 : 0);
}

/* x / 2 mod p for x < p (x + p < 2^255 never overflows). */
static void half_mod(uint64_t x[4]) {
  if (x[0] & 1)
    add4(x, FE_P);
  half4(x);
}

/* x - y mod p for x, y < p. */
static void sub_mod(uint64_t x[4], const uint64_t y[4]) {
  if (geq(x, y)) {
    sub4(x, y);
  } else {
    add4(x, FE_P);
    sub4(x, y);
  }
}

/* Binary extended Euclid on the canonical value: far cheaper than Fermat's
 * 380 multiplications, and the witness needs one inversion per block
 * execution that tests a value for zero. */
Fe fe_inv(Fe a) {
  if (fe_is_zero(a))
    return a;
  uint64_t u[4], v[4], x1[4] = {1, 0, 0, 0}, x2[4] = {0, 0, 0, 0};
  fe_canonical(a, u);
  memcpy(v, FE_P, sizeof v);
  while (!is_one(u) && !is_one(v)) {
    while (!(u[0] & 1)) {
      half4(u);
      half_mod(x1);
    }
    while (!(v[0] & 1)) {
      half4(v);
      half_mod(x2);
    }
    if (geq(u, v)) {
      sub4(u, v);
      sub_mod(x1, x2);
    } else {
      sub4(v, u);
      sub_mod(x2, x1);
    }
  }
  return fe_from_canonical(is_one(u) ? x1 : x2);
}

const char *fe_str(Fe a, char *buf) {
  uint64_t c[4];
  fe_canonical(a, c);
  char tmp[80];
  int n = 0;
  do { /* divide the 256-bit number by 10 repeatedly */
    uint64_t rem = 0;
    for (int i = 3; i >= 0; i--) {
      u128 cur = ((u128)rem << 64) | c[i];
      c[i] = (uint64_t)(cur / 10);
      rem = (uint64_t)(cur % 10);
    }
    tmp[n++] = (char)('0' + rem);
  } while (c[0] | c[1] | c[2] | c[3]);
  for (int i = 0; i < n; i++)
    buf[i] = tmp[n - 1 - i];
  buf[n] = 0;
  return buf;
}

void fe_init(void) {
  if (inited)
    return;
  inited = 1;
  /* Newton's iteration for p^-1 mod 2^64, then negate. */
  uint64_t inv = 1;
  for (int i = 0; i < 7; i++)
    inv *= 2 - FE_P[0] * inv;
  PINV = (uint64_t)0 - inv;
  /* R2 = 2^512 mod p by doubling 1 (canonical arithmetic: fe_add only adds
   * and reduces, so it works on canonical values too). */
  Fe x = {{1, 0, 0, 0}};
  for (int i = 0; i < 512; i++)
    x = fe_add(x, x);
  R2 = x;
  memset(&FE_ZERO, 0, sizeof FE_ZERO);
  const uint64_t one[4] = {1, 0, 0, 0};
  FE_ONE = to_mont(one); /* not fe_from_u64, which returns FE_ONE for 1 */
  for (unsigned k = 0; k < sizeof POW2 / sizeof POW2[0]; k++) {
    uint64_t c[4] = {0, 0, 0, 0};
    c[k / 64] = UINT64_C(1) << (k % 64);
    POW2[k] = to_mont(c);
  }
}
