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
// 64-bit multiply/divide of large values: high-half products by hand, mulmod, powmod, Miller-Rabin, long division.
#include <stdio.h>
#include <stdint.h>

/* High 64 bits of the 128-bit product, from 32-bit halves. */
static uint64_t mulhi_u64(uint64_t a, uint64_t b) {
  uint64_t al = a & 0xffffffffu, ah = a >> 32, bl = b & 0xffffffffu, bh = b >> 32;
  uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
  return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

/* (a * b) mod m without overflow, by doubling. */
static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) {
  uint64_t r = 0;
  a %= m;
  while (b) {
    if (b & 1)
      r = r >= m - a ? r - (m - a) : r + a;
    a = a >= m - a ? a - (m - a) : a + a;
    b >>= 1;
  }
  return r;
}

static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) {
  uint64_t r = 1 % m;
  b %= m;
  while (e) {
    if (e & 1)
      r = mulmod(r, b, m);
    b = mulmod(b, b, m);
    e >>= 1;
  }
  return r;
}

static int is_prime(uint64_t n) {
  if (n < 2) return 0;
  static const uint64_t small[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
  for (int i = 0; i < 12; i++) {
    if (n == small[i]) return 1;
    if (n % small[i] == 0) return 0;
  }
  uint64_t d = n - 1;
  int s = 0;
  while (!(d & 1)) { d >>= 1; s++; }
  for (int i = 0; i < 7; i++) { /* bases 2..17 */
    uint64_t x = powmod(small[i], d, n);
    if (x == 1 || x == n - 1) continue;
    int composite = 1;
    for (int r = 1; r < s; r++) {
      x = mulmod(x, x, n);
      if (x == n - 1) { composite = 0; break; }
    }
    if (composite) return 0;
  }
  return 1;
}

int main(void) {
  uint64_t a = 0xfedcba9876543210ULL, b = 0x0123456789abcdefULL;
  printf("lo %016llx hi %016llx\n", (unsigned long long)(a * b), (unsigned long long)mulhi_u64(a, b));
  printf("hi(max*max) %016llx\n", (unsigned long long)mulhi_u64(UINT64_MAX, UINT64_MAX));
  int64_t x = 3037000499LL; /* floor(sqrt(INT64_MAX)) */
  printf("x*x = %lld, x*-x = %lld\n", (long long)(x * x), (long long)(x * -x));
  int64_t big = 9000000000000000000LL;
  printf("big/7 = %lld, big%%7 = %lld, big/-1000000007 = %lld, -big%%1000000007 = %lld\n",
         (long long)(big / 7), (long long)(big % 7), (long long)(big / -1000000007LL),
         (long long)(-big % 1000000007LL));
  uint64_t ub = 18000000000000000000ULL;
  printf("ub/3 = %llu, ub%%1000 = %llu, ub/ub-1 = %llu\n", (unsigned long long)(ub / 3),
         (unsigned long long)(ub % 1000), (unsigned long long)(ub / (ub - 1)));
  printf("mulmod: %llu %llu\n", (unsigned long long)mulmod(a, b, 1000000007ULL),
         (unsigned long long)mulmod(UINT64_MAX - 1, UINT64_MAX - 2, UINT64_MAX));
  printf("powmod: 2^64 mod 1e9+7 = %llu, 3^(p-1) mod p = %llu\n",
         (unsigned long long)powmod(2, 64, 1000000007ULL),
         (unsigned long long)powmod(3, 998244352ULL, 998244353ULL));
  uint64_t cands[] = {1, 2, 97, 561, 1000000007ULL, 998244353ULL, 4294967291ULL, 4294967297ULL,
                      1000000000000000003ULL, 18446744073709551557ULL, 18446744073709551615ULL};
  for (int i = 0; i < 11; i++)
    printf("%llu:%d ", (unsigned long long)cands[i], is_prime(cands[i]));
  printf("\n");
  /* Convert to decimal by repeated division, compare with printf. */
  uint64_t v = 12345678901234567890ULL;
  char digits[21];
  int n = 0;
  for (uint64_t t = v; t; t /= 10)
    digits[n++] = (char)('0' + t % 10);
  printf("manual ");
  while (n)
    putchar(digits[--n]);
  printf(" printf %llu\n", (unsigned long long)v);
  int64_t acc = 1;
  for (int i = 1; i <= 20; i++)
    acc *= i;
  printf("20! = %lld, 20!/19! = %lld\n", (long long)acc, (long long)(acc / 121645100408832000LL));
  return 0;
}
