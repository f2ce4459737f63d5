// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-io-width=4
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// Empty inline asm statements as the torture suite and real code use them:
// "+r" and "=r"/"0" keep a value opaque to the optimiser, "+m" and a
// "memory" clobber are barriers. They run nothing; the values survive.
#include <stdio.h>

static int opaque(int x) {
  __asm__("" : "+r"(x));
  return x;
}

static long tied(long a, long b) {
  long r;
  __asm__("" : "=r"(r) : "0"(a * b));
  return r;
}

static int through_memory(int a) {
  int v = a;
  __asm__ __volatile__("" : "+m"(v));
  return v + 1;
}

static int buf[16];

int main(void) {
  long acc = 0;
  for (int i = 0; i < 16; i++) {
    buf[i] = opaque(i) * 3;
    __asm__ __volatile__("" ::: "memory");
    acc += buf[i] + tied(i, 7) + through_memory(i);
  }
  __asm__("");
  printf("%ld %d %d\n", acc, opaque(-5), through_memory(41));
  return 0;
}
