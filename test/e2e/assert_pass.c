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
// assert.h: assertions that hold do nothing (and are evaluated once); NDEBUG re-inclusion removes them.
#include <assert.h>
#include <stdio.h>

static int evaluations;
static int check(int v) {
  evaluations++;
  return v;
}

static int triangular(int n) {
  assert(check(n >= 0)); /* evaluated exactly once per call */
  int t = n * (n + 1) / 2;
  assert(t >= n);
  return t;
}

#define NDEBUG
#include <assert.h>
static int unchecked(int v) {
  assert(check(v) == -12345); /* removed: neither checked nor evaluated */
  return v * 2;
}

int main(void) {
  int total = 0;
  for (int i = 0; i < 100; i++)
    total += triangular(i);
  printf("sum of triangular numbers: %d\n", total);
  printf("unchecked: %d, evaluations so far %d\n", unchecked(21), evaluations);
  static_assert(sizeof(long) == 8, "LP64");
  printf("done\n");
  return 0;
}
