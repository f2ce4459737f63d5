// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=basic -circ-io-width=4
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-io-width=4 -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=8
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// RUN: %e2e-check %s -O3 -cg-O3 -regalloc=circ-ts -circ-io-width=16 -verify-machineinstrs
// __int128 division and remainder (the runtime's __udivti3, __umodti3,
// __divti3, __modti3): the 64-bit mulmod of crypto code, signed operands of
// every sign, divisors of every size, edge values.
#include <stdio.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

static unsigned long long mulmod(unsigned long long a, unsigned long long b,
                                 unsigned long long m) {
  return (unsigned long long)((u128)a * b % m);
}

static unsigned long long state = 88172645463325252ULL;
static unsigned long long next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static void print_u128(const char *what, u128 x) {
  printf("%s %016llx%016llx\n", what, (unsigned long long)(x >> 64),
         (unsigned long long)x);
}

int main(void) {
  unsigned long long acc = 1, m = 0xffffffffffffffc5ULL; /* 2^64 - 59 */
  for (int i = 0; i < 200; i++)
    acc = mulmod(acc, next(), m);
  printf("mulmod %llu\n", acc);

  u128 h = 0;
  for (int i = 0; i < 300; i++) {
    u128 n = ((u128)next() << 64) | next();
    int shift = (int)(next() % 128);
    u128 d = (((u128)next() << 64) | next()) >> shift;
    if (d == 0)
      d = 3;
    u128 q = n / d, r = n % d;
    if (q * d + r != n || r >= d)
      printf("unsigned identity broken at %d\n", i);
    h = h * 1000003 + q + (r << 1);
    i128 sn = (i128)n, sd = (i128)d;
    if (i & 1)
      sd = -sd;
    if (sd != 0) {
      i128 sq = sn / sd, sr = sn % sd;
      if (sq * sd + sr != sn)
        printf("signed identity broken at %d\n", i);
      h = h * 31 + (u128)sq + (u128)sr;
    }
  }
  print_u128("hash", h);

  i128 min = (i128)((u128)1 << 127);
  print_u128("min/3", (u128)(min / 3));
  print_u128("min%3", (u128)(min % 3));
  print_u128("max/-7", (u128)((i128)(((u128)1 << 127) - 1) / -7));
  print_u128("-5/3", (u128)((i128)-5 / 3));
  print_u128("-5%3", (u128)((i128)-5 % 3));
  print_u128("5%-3", (u128)((i128)5 % -3));
  print_u128("max/1", ~(u128)0 / 1);
  print_u128("max/max", ~(u128)0 / ~(u128)0);
  print_u128("small", (u128)12345678901234567ULL / 1000);
  return 0;
}
