// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-io-width=4
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=8
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// Variables left uninitialised on a path and used only where they were set:
// the IR carries undef through a phi into a select, and the machine must
// not fault on it (a regression test: circ-sim reported a read of a
// poisoned register, found by the GCC torture test 990404-1).
#include <stdio.h>

static int data[12] = {5, 0, 11, 3, 11, 0, 2, 8, 1, 0, 7, 4};

/* pos is set only when an element above top turns up, and read only then */
static int clear_largest_first(void) {
  int passes = 0;
  for (;;) {
    int k, pos, top = 0;
    for (k = 0; k < 12; k++)
      if (data[k] > top) {
        top = data[k];
        pos = k;
      }
    if (top == 0)
      break;
    data[pos] = 0;
    passes++;
  }
  return passes;
}

int main(void) {
  int passes = clear_largest_first();
  printf("%d passes\n", passes);
  for (int k = 0; k < 12; k++)
    data[k] = (k * 7) % 5;
  printf("%d passes\n", clear_largest_first());
  return 0;
}
