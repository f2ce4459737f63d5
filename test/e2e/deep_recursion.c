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
// Deep recursion (depth 10000) with address-taken locals in every frame.
#include <stdio.h>

static long sum_to(long n) { return n == 0 ? 0 : n + sum_to(n - 1); }

/* Every frame keeps a local array alive across the recursive call. */
static unsigned long chain(int depth, unsigned long acc) {
  unsigned long local[4];
  for (int i = 0; i < 4; i++)
    local[i] = acc * 31 + (unsigned long)(depth * 4 + i);
  if (depth == 0)
    return local[3];
  unsigned long below = chain(depth - 1, local[depth % 4]);
  return below ^ local[0] ^ (local[1] << 1);
}

/* Recursion through a pointer argument to the caller's frame. */
static void fill(int depth, int *parent, int *count) {
  int mine = parent ? *parent + 1 : 0;
  (*count)++;
  if (depth > 0)
    fill(depth - 1, &mine, count);
  if (mine != (parent ? *parent + 1 : 0))
    printf("frame corrupted at depth %d\n", depth);
}

static int depth_of(int n) { return n <= 1 ? 0 : 1 + depth_of(n - 1); }

int main(void) {
  printf("sum_to(10000) = %ld\n", sum_to(10000));
  printf("chain(10000) = %lu\n", chain(10000, 7));
  int count = 0;
  fill(9999, 0, &count);
  printf("fill visited %d frames\n", count);
  printf("depth_of(12000) = %d\n", depth_of(12000));
  return 7;
}
