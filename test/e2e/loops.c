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
// Loops of every kind: for, while, do-while, nested, break/continue, goto, down-counting unsigned.
#include <stdio.h>

int main(void) {
  int sum = 0;
  for (int i = 0; i < 100; i++)
    sum += i;
  printf("for: %d\n", sum);

  int n = 27, steps = 0;
  while (n != 1) {
    n = n % 2 ? 3 * n + 1 : n / 2;
    steps++;
  }
  printf("while (collatz 27): %d steps\n", steps);

  int k = 0;
  do {
    k += 3;
  } while (k < 10);
  printf("do-while: %d\n", k);
  do {
    k = -1;
  } while (0);
  printf("do-while(0): %d\n", k);

  int count = 0;
  for (int i = 0; i < 10; i++) {
    if (i % 3 == 0)
      continue;
    if (i == 8)
      break;
    count += i;
  }
  printf("break/continue: %d\n", count);

  int triples = 0;
  for (int a = 1; a < 30; a++)
    for (int b = a; b < 30; b++)
      for (int c = b; c < 40; c++)
        if (a * a + b * b == c * c)
          triples++;
  printf("nested: %d pythagorean triples\n", triples);

  unsigned u = 10, down = 0;
  while (u-- > 0)
    down += u;
  printf("unsigned countdown: %u (u wrapped to %u)\n", down, u);

  int g = 0;
again:
  g++;
  if (g < 5)
    goto again;
  printf("goto loop: %d\n", g);

  int found = -1;
  for (int i = 0; i < 10 && found < 0; i++)
    for (int j = 0; j < 10; j++)
      if (i * j == 42) {
        found = i * 10 + j;
        goto done;
      }
done:
  printf("goto out of nested: %d\n", found);

  long evens = 0;
  for (int i = 0, j = 100; i < j; i += 2, j -= 3)
    evens += i * j;
  printf("comma for: %ld\n", evens);

  int inf = 0;
  for (;;) {
    if (++inf == 17)
      break;
  }
  printf("for(;;): %d\n", inf);

  int w = 0;
  while (1) {
    w += 7;
    if (w > 100)
      break;
  }
  printf("while(1): %d\n", w);

  long long acc = 1;
  for (long long i = 1; i <= 20; i++)
    acc = acc * 3 % 1000003;
  printf("long loop var: %lld\n", acc);

  signed char sc = 0;
  int iters = 0;
  for (sc = -100; sc < 100; sc += 7)
    iters++;
  printf("signed char loop: %d iterations, ends at %d\n", iters, sc);
  return 0;
}
