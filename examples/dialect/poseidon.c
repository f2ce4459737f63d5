/* poseidon: a toy Poseidon permutation over the prime p = 2^31 - 1 (width 3,
 * x^5 S-box, 8 full and 6 partial rounds, round constants from a 31-bit LCG,
 * a small fixed mixing matrix), used as a sponge of rate 2 over 8 inputs.
 * Products are reduced mod p with a prover-supplied quotient (a witness). */
#include <stdio.h>
#include <stdlib.h>

#define P 2147483647LL
#define RF 8
#define RP 6
#define ROUNDS (RF + RP)

static const long long mds[9] = {2, 1, 1, 1, 2, 1, 1, 1, 3};
static const long long inputs[8] = {1, 2, 3, 4, 5, 6, 7, 8};
static long long rc[3 * ROUNDS];
static long long st[3];
static long long tmp[3];

static void check(int cond, const char *msg) {
  if (!cond) {
    printf("assertion failed: %s\n", msg);
    exit(134);
  }
}

/* a * b mod p for a, b in [0, p): the quotient is a witness, checked. */
static long long mulmod(long long a, long long b) {
  long long ab = a * b;
  long long q = ab / P; /* the witness; its hint */
  long long r = ab - q * P;
  check(r >= 0, "remainder in range");
  check(r < P, "remainder in range");
  return r;
}

static long long pow5(long long x) {
  long long x2 = mulmod(x, x);
  long long x4 = mulmod(x2, x2);
  return mulmod(x4, x);
}

static void permute(void) {
  for (long long r = 0; r < ROUNDS; ++r) {
    for (long long i = 0; i < 3; ++i)
      st[i] = (st[i] + rc[3 * r + i]) % P;
    long long full = 0;
    if (r < RF / 2)
      full = 1;
    if (r >= RF / 2 + RP)
      full = 1;
    if (full == 1) {
      for (long long i = 0; i < 3; ++i)
        st[i] = pow5(st[i]);
    } else {
      st[0] = pow5(st[0]);
    }
    for (long long i = 0; i < 3; ++i) {
      long long s = 0;
      for (long long j = 0; j < 3; ++j)
        s = s + mds[3 * i + j] * st[j];
      tmp[i] = s % P;
    }
    for (long long i = 0; i < 3; ++i)
      st[i] = tmp[i];
  }
}

int main(void) {
  long long x = 42;
  for (long long i = 0; i < 3 * ROUNDS; ++i) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    rc[i] = x % P;
  }
  for (long long k = 0; k < 4; ++k) {
    st[0] = (st[0] + inputs[2 * k]) % P;
    st[1] = (st[1] + inputs[2 * k + 1]) % P;
    permute();
    printf("%lld\n", (long long)st[0]);
  }
  printf("%lld\n", (long long)st[1]);
  printf("%lld\n", (long long)st[2]);
  return 0;
}
