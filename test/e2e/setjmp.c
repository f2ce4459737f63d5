// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-io-width=4
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=8
// RUN: %e2e-check %s -O3 -regalloc=circ-ts -circ-io-width=4
// setjmp and longjmp (runtime/include/setjmp.h, target/Circ/CircSetjmp.cpp):
// a longjmp out of recursion, nested jump buffers, a jump back into the same
// setjmp several times, GCC's __builtin_setjmp, and values kept across it in
// callee-saved registers, in RAM (volatile, alloca) and in the frames the
// allocators open.
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

static jmp_buf outer, inner;
static int trail[16], ntrail;

__attribute__((noinline)) static void descend(int n, jmp_buf to) {
  trail[ntrail++] = n;
  if (n == 0)
    longjmp(to, 40 + ntrail);
  descend(n - 1, to);
  printf("not reached %d\n", n);
}

__attribute__((noinline)) static int nested(int k) {
  int r = setjmp(inner);
  if (r == 0) {
    if (k & 1)
      descend(3, inner); // caught here
    descend(2, outer);   // caught by the caller's setjmp
  }
  return r * 100 + k;
}

__attribute__((noinline)) static long work(long a, long b) {
  // Values live across the setjmp, in registers and frames.
  long s = a * 3 + b, t = a ^ (b << 2), u = a - b;
  volatile int round = 0;
  int r = setjmp(outer);
  round++;
  if (r == 0)
    descend(1, outer);
  if (round < 4)
    longjmp(outer, 0); // a zero value comes back as 1
  return r + s + t + u + round;
}

static void *gbuf[5];

__attribute__((noinline)) static void gjump(void) { __builtin_longjmp(gbuf, 1); }

__attribute__((noinline)) static int gcc_builtin(int n) {
  char *p = __builtin_alloca(n);
  strcpy(p, "kept");
  volatile int hits = 0;
  if (__builtin_setjmp(gbuf)) {
    hits++;
    return hits * 10 + (strcmp(p, "kept") == 0);
  }
  gjump();
  return -1;
}

int main(void) {
  printf("work %ld\n", work(7, 5));
  ntrail = 0;
  printf("nested %d\n", nested(1));
  ntrail = 0;
  int r = setjmp(outer);
  if (r == 0)
    printf("nested %d\n", nested(2));
  else
    printf("outer caught %d after", r);
  for (int i = 0; i < ntrail; i++)
    printf(" %d", trail[i]);
  printf("\n");
  printf("builtin %d\n", gcc_builtin(16));
  return 0;
}
