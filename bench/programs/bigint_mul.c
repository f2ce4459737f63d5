/* bigint_mul: schoolbook multiplication of 32-bit-limb big integers: computes 150! and 3^700, prints limb checksums and the low decimal digits. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define LIMBS 64

typedef struct {
  uint32_t d[LIMBS];
  int n; /* used limbs */
} big;

static void big_set(big *a, uint32_t v) {
  memset(a, 0, sizeof *a);
  a->d[0] = v;
  a->n = 1;
}

/* r = a * b (r must not alias a or b); truncated to LIMBS limbs */
static void big_mul(big *r, const big *a, const big *b) {
  uint32_t t[LIMBS] = {0};
  for (int i = 0; i < a->n; ++i) {
    uint64_t carry = 0;
    for (int j = 0; j < b->n && i + j < LIMBS; ++j) {
      uint64_t cur = (uint64_t)a->d[i] * b->d[j] + t[i + j] + carry;
      t[i + j] = (uint32_t)cur;
      carry = cur >> 32;
    }
    if (i + b->n < LIMBS) t[i + b->n] = (uint32_t)carry;
  }
  int n = LIMBS;
  while (n > 1 && t[n - 1] == 0) --n;
  memcpy(r->d, t, sizeof t);
  r->n = n;
}

/* remainder of a divided by a small divisor */
static uint32_t big_mod_small(const big *a, uint32_t m) {
  uint64_t r = 0;
  for (int i = a->n - 1; i >= 0; --i) r = ((r << 32) | a->d[i]) % m;
  return (uint32_t)r;
}

static uint32_t big_hash(const big *a) {
  uint32_t h = 2166136261u;
  for (int i = 0; i < a->n; ++i) h = (h ^ a->d[i]) * 16777619u;
  return h;
}

int main(void) {
  big f, k, tmp;
  big_set(&f, 1);
  for (uint32_t i = 2; i <= 150; ++i) {
    big_set(&k, i);
    big_mul(&tmp, &f, &k);
    f = tmp;
  }
  big p, base;
  big_set(&p, 1);
  big_set(&base, 3);
  for (int e = 700; e > 0; e >>= 1) { /* square and multiply */
    if (e & 1) {
      big_mul(&tmp, &p, &base);
      p = tmp;
    }
    big_mul(&tmp, &base, &base);
    base = tmp;
  }
  big sq;
  big_mul(&sq, &p, &p); /* truncated to 2048 bits */
  printf("fact150 limbs %d hash %08x mod1e9+7 %u\n", f.n, big_hash(&f), big_mod_small(&f, 1000000007u));
  printf("pow3_700 limbs %d hash %08x mod1e9 %u sq %08x\n", p.n, big_hash(&p), big_mod_small(&p, 1000000000u),
         big_hash(&sq));
  return 0;
}
