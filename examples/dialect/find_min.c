/* find_min: the smallest of 96 pseudo-random values (a 31-bit LCG) by a linear
 * scan; the prover supplies the index of the minimum as a witness and the
 * program checks it against every element. Then the minima of eight windows
 * of 12 (found in a nested scope that shadows `best`): their sum and maximum. */
#include <stdio.h>
#include <stdlib.h>

#define N 96

static long long vals[N];

static void check(int cond, const char *msg) {
  if (!cond) {
    printf("assertion failed: %s\n", msg);
    exit(134);
  }
}

/* Index of the first smallest element of vals[lo..hi). */
static long long argmin(long long lo, long long hi) {
  long long best = vals[lo];
  long long where = lo;
  for (long long i = lo + 1; i < hi; ++i) {
    long long v = vals[i];
    if (v < best) {
      best = v;
      where = i;
    }
  }
  return where;
}

int main(void) {
  long long x = 2024;
  for (long long i = 0; i < N; ++i) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    vals[i] = (x >> 8) % 100000 - 50000;
  }

  long long w = argmin(0, N); /* the witness: its hint is argmin's answer */
  check(w >= 0, "witness in range");
  check(w < N, "witness in range");
  long long m = vals[w];
  for (long long i = 0; i < N; ++i)
    check(m <= vals[i], "witness is a minimum");
  printf("%lld\n", (long long)w);
  printf("%lld\n", (long long)m);

  long long best = -1000000; /* the largest window minimum */
  long long sum = 0;
  for (long long k = 0; k < 8; ++k) {
    long long where = argmin(k * 12, k * 12 + 12);
    {
      long long best = vals[where]; /* shadows the outer best */
      sum = sum + best;
      where = best;
    }
    if (where > best)
      best = where;
  }
  printf("%lld\n", (long long)sum);
  printf("%lld\n", (long long)best);
  return 0;
}
