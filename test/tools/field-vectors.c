/* field-vectors.c: prints "a b a+b a-b a*b 1/a" (canonical, hex) for edge
 * and random field elements, for test/R1CS/field.test to check with
 * Python's integers. */
#include <stdio.h>
#include <stdlib.h>

#include "field.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

static void print(Fe x) {
  uint64_t c[4];
  fe_canonical(x, c);
  printf("%016llx%016llx%016llx%016llx", (unsigned long long)c[3],
         (unsigned long long)c[2], (unsigned long long)c[1],
         (unsigned long long)c[0]);
}

static Fe random_fe(int i) {
  switch (i % 5) {
  case 0: return fe_from_u64(next_rand());
  case 1: return fe_neg(fe_from_u64(next_rand() >> (i % 64)));
  case 2: return fe_pow2((unsigned)(next_rand() % 254));
  }
  uint64_t c[4] = {next_rand(), next_rand(), next_rand(), next_rand() >> 3};
  Fe x = fe_from_u64(0);
  /* c may exceed p: reduce through two in-range halves */
  uint64_t lo[4] = {c[0], c[1], 0, 0}, hi[4] = {c[2], c[3] >> 1, 0, 0};
  x = fe_add(fe_from_canonical(lo), fe_mul(fe_from_canonical(hi), fe_pow2(128)));
  return x;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 1000;
  fe_init();
  Fe edges[] = {FE_ZERO, FE_ONE, fe_neg(FE_ONE), fe_from_u64(2),
                fe_pow2(64), fe_pow2(253), fe_neg(fe_pow2(64))};
  int ne = (int)(sizeof edges / sizeof edges[0]);
  for (int i = 0; i < n + ne * ne; i++) {
    Fe a = i < ne * ne ? edges[i / ne] : random_fe(i);
    Fe b = i < ne * ne ? edges[i % ne] : random_fe(i + 3);
    print(a), putchar(' '), print(b), putchar(' ');
    print(fe_add(a, b)), putchar(' '), print(fe_sub(a, b)), putchar(' ');
    print(fe_mul(a, b)), putchar(' '), print(fe_inv(a)), putchar('\n');
  }
  return 0;
}
