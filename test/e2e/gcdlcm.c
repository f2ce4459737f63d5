// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=basic -circ-io-width=4
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-io-width=4 -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-prefer-callee-saved=false
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=16
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=8
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// RUN: %e2e-check %s -O3 -cg-O3 -regalloc=circ-ts -circ-io-width=16 -verify-machineinstrs
// RUN: %e2e-check %s -O3 -cg-O3 -regalloc=circ-ts -circ-io-width=4
// GCD/LCM: Euclid (iterative, recursive), binary GCD, extended Euclid, modular inverse, LCM of 1..40.
#include <stdio.h>
#include <stdint.h>

static uint64_t gcd_iter(uint64_t a, uint64_t b) {
  while (b) {
    uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}
static long gcd_rec(long a, long b) { return b == 0 ? (a < 0 ? -a : a) : gcd_rec(b, a % b); }
static uint64_t gcd_binary(uint64_t a, uint64_t b) {
  if (a == 0) return b;
  if (b == 0) return a;
  int shift = __builtin_ctzll(a | b);
  a >>= __builtin_ctzll(a);
  do {
    b >>= __builtin_ctzll(b);
    if (a > b) { uint64_t t = a; a = b; b = t; }
    b -= a;
  } while (b);
  return a << shift;
}
static long ext_gcd(long a, long b, long *x, long *y) {
  if (b == 0) { *x = 1; *y = 0; return a; }
  long x1, y1;
  long g = ext_gcd(b, a % b, &x1, &y1);
  *x = y1;
  *y = x1 - (a / b) * y1;
  return g;
}
static long mod_inverse(long a, long m) {
  long x, y;
  if (ext_gcd(a, m, &x, &y) != 1) return -1;
  return ((x % m) + m) % m;
}

int main(void) {
  uint64_t pairs[][2] = {{48, 18}, {17, 5}, {0, 9}, {1071, 462}, {1ULL << 40, 6ULL << 20},
                         {12345678901234ULL, 9876543210ULL}, {18446744073709551615ULL, 4294967295ULL},
                         {832040, 514229}};
  for (int i = 0; i < 8; i++) {
    uint64_t a = pairs[i][0], b = pairs[i][1];
    printf("gcd(%llu, %llu) = %llu %llu\n", (unsigned long long)a, (unsigned long long)b,
           (unsigned long long)gcd_iter(a, b), (unsigned long long)gcd_binary(a, b));
  }
  printf("gcd_rec: %ld %ld %ld\n", gcd_rec(-48, 18), gcd_rec(48, -18), gcd_rec(-7, -21));
  uint64_t l = 1;
  for (uint64_t k = 1; k <= 40; k++)
    l = l / gcd_iter(l, k) * k;
  printf("lcm(1..40) = %llu\n", (unsigned long long)l);
  long x, y;
  long g = ext_gcd(240, 46, &x, &y);
  printf("ext_gcd(240, 46) = %ld: 240*%ld + 46*%ld = %ld\n", g, x, y, 240 * x + 46 * y);
  printf("inverses mod 1000000007: %ld %ld %ld\n", mod_inverse(2, 1000000007),
         mod_inverse(3, 1000000007), mod_inverse(123456789, 1000000007));
  printf("inverse of 6 mod 9: %ld\n", mod_inverse(6, 9));
  int coprime = 0;
  for (int a = 1; a <= 100; a++)
    for (int b = 1; b <= 100; b++)
      coprime += gcd_iter((uint64_t)a, (uint64_t)b) == 1;
  printf("coprime pairs in 1..100: %d\n", coprime);
  long phi = 0;
  for (int k = 1; k <= 1000; k++)
    phi += gcd_rec(k, 1000) == 1;
  printf("phi(1000) = %ld\n", phi);
  return 10;
}
