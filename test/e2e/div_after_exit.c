// A division by zero that the program never reaches: the loop calls a
// function that exits before the division runs. The division is loop
// invariant, but a zero divisor faults on the machine, so no pass may hoist
// it above the call (machine LICM did; torture pr38819). With the division
// hoisted the program faults ("division by zero") instead of stopping.
// RUN: %e2e-check %s -O2
// RUN: %e2e-check %s -O2 -regalloc=greedy
// RUN: %e2e-check %s -O1 -regalloc=circ-local
#include <stdio.h>

// Declared here without _Noreturn (as <stdlib.h> has it): the compiler must
// assume that stop() may return.
extern void exit(int);

volatile int num = 7, den = 0, flag = 3, total = 5;

__attribute__((noinline)) void stop(int i) {
  printf("stopped at %d\n", i);
  exit(0);
}

int main(void) {
  int x = num, y = den;
  for (int i = 0; i < 50; ++i) {
    stop(i);
    if (flag == 4)
      ++i;
    total += i + x % y;
  }
  printf("%d\n", total);
  return 1;
}
