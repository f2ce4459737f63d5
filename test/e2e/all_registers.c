// Sixty-four values live around a loop whose body calls a function: at
// unbounded width circ-ts's states take all but one register, so a value that
// enters a block in an argument register has no free register to move to (it
// waits in RAM instead), and the loop's branch condition has none of its own
// (it waits in RAM across the exit move and is reloaded into a register the
// move vacates). Both stopped compilation before.
// RUN: %e2e-check %s -O2
// RUN: %e2e-check %s -O2 -circ-io-width=16
// RUN: %e2e-check %s -O2 -regalloc=circ-local
#include <stdio.h>

#define V8(X, P) X(P##0) X(P##1) X(P##2) X(P##3) X(P##4) X(P##5) X(P##6) X(P##7)
#define V64(X) V8(X, a) V8(X, b) V8(X, c) V8(X, d) V8(X, e) V8(X, f) V8(X, g) V8(X, h)

volatile long src[64];
volatile long sink[64];

__attribute__((noinline)) long step(long x, long y) { return x * 3 + y; }

#define DECLARE(N) long N;
#define LOAD(N) N = src[k++];
#define UPDATE(N) N = step(N, src[k++ & 63]);
#define STORE(N) sink[k++] = N;
#define SUM(N) total += N;

int main(void) {
  for (int i = 0; i < 64; ++i)
    src[i] = i * 7 - 100;
  V64(DECLARE)
  int k = 0;
  V64(LOAD)
  for (int n = 0; n < 3; ++n) {
    k = n;
    V64(UPDATE)
  }
  k = 0;
  V64(STORE)
  long total = 0;
  V64(SUM)
  printf("%ld %ld %ld\n", total, sink[0], sink[63]);
  return 0;
}
