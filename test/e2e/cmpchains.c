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
// long long comparison chains: signed/unsigned boundaries, min/max/clamp, three-way compares, sorting networks, ternary chains.
#include <stdio.h>
#include <limits.h>

__attribute__((noinline)) static int cmp3(long long a, long long b) { return (a > b) - (a < b); }
__attribute__((noinline)) static int ucmp3(unsigned long long a, unsigned long long b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
static long long clamp(long long v, long long lo, long long hi) { return v < lo ? lo : v > hi ? hi : v; }

static const char *classify(long long v) {
  if (v < -1000000000000LL) return "huge-neg";
  else if (v < -1) return "neg";
  else if (v == -1) return "minus-one";
  else if (v == 0) return "zero";
  else if (v <= 255) return "byte";
  else if (v <= 4294967295LL) return "u32";
  else if (v != LLONG_MAX) return "big";
  return "max";
}

static void sort5(long long *v) { /* a sorting network of compare-exchanges */
  static const int net[9][2] = {{0, 1}, {3, 4}, {2, 4}, {2, 3}, {0, 3}, {0, 2}, {1, 4}, {1, 3}, {1, 2}};
  for (int i = 0; i < 9; i++) {
    long long *a = &v[net[i][0]], *b = &v[net[i][1]];
    if (*a > *b) { long long t = *a; *a = *b; *b = t; }
  }
}

int main(void) {
  long long vals[] = {LLONG_MIN, LLONG_MIN + 1, -4294967296LL, -2147483649LL, -2147483648LL, -1, 0, 1,
                      255, 2147483647LL, 2147483648LL, 4294967295LL, 4294967296LL, LLONG_MAX - 1,
                      LLONG_MAX};
  int n = sizeof vals / sizeof vals[0];
  for (int i = 0; i < n; i++) {
    printf("%20lld:", vals[i]);
    for (int j = 0; j < n; j++)
      printf("%c", "<=>"[cmp3(vals[i], vals[j]) + 1]);
    printf(" ");
    for (int j = 0; j < n; j++)
      printf("%c", "<=>"[ucmp3((unsigned long long)vals[i], (unsigned long long)vals[j]) + 1]);
    printf(" %s\n", classify(vals[i]));
  }
  long long lo = vals[0], hi = vals[0];
  for (int i = 0; i < n; i++) {
    lo = vals[i] < lo ? vals[i] : lo;
    hi = vals[i] > hi ? vals[i] : hi;
  }
  printf("min %lld max %lld\n", lo, hi);
  printf("clamp: %lld %lld %lld\n", clamp(-5, 0, 10), clamp(50, 0, 10), clamp(LLONG_MIN, -3, 3));
  long long v[5] = {4294967296LL, -7, LLONG_MAX, 0, -4294967296LL};
  sort5(v);
  printf("sort5: %lld %lld %lld %lld %lld\n", v[0], v[1], v[2], v[3], v[4]);
  int chains = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      long long a = vals[i], b = vals[j];
      if (a < b && b < LLONG_MAX && !(a >= b) && (a <= b || a == b))
        chains++;
      if ((unsigned long long)a < (unsigned long long)b && a > b)
        chains += 100;
    }
  printf("chains %d\n", chains);
  long long x = 3000000000LL;
  int y = -1;
  unsigned u = 1;
  printf("mixed: %d %d %d %d\n", x > y, (long long)u > y, y < (long long)u, (unsigned long long)y > 0ULL);
  return 0;
}
