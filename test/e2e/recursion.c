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
// Recursion: factorial, fibonacci, ackermann, mutual recursion, tower of hanoi.
#include <stdio.h>

static unsigned long factorial(unsigned n) {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static long fib_memo(int n, long *memo) {
  if (n < 2)
    return n;
  if (memo[n])
    return memo[n];
  return memo[n] = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
}

static int ackermann(int m, int n) {
  if (m == 0)
    return n + 1;
  if (n == 0)
    return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static long moves;
static void hanoi(int n, char from, char to, char via, int print) {
  if (n == 0)
    return;
  hanoi(n - 1, from, via, to, print);
  moves++;
  if (print)
    printf("move disk %d from %c to %c\n", n, from, to);
  hanoi(n - 1, via, to, from, print);
}

/* Sum of digits, recursively, and a recursive power. */
static int digit_sum(unsigned long v) { return v ? (int)(v % 10) + digit_sum(v / 10) : 0; }
static long ipow(long b, unsigned e) {
  if (e == 0)
    return 1;
  long h = ipow(b, e / 2);
  return e % 2 ? h * h * b : h * h;
}

/* Count the ways to write n as a sum of parts <= k (partitions). */
static long partitions(int n, int k) {
  if (n == 0)
    return 1;
  if (n < 0 || k == 0)
    return 0;
  return partitions(n - k, k) + partitions(n, k - 1);
}

int main(void) {
  for (unsigned i = 0; i <= 20; i += 4)
    printf("%u! = %lu\n", i, factorial(i));
  printf("fib(20) = %d\n", fib(20));
  long memo[91] = {0};
  printf("fib(90) = %ld\n", fib_memo(90, memo));
  for (int m = 0; m <= 2; m++)
    for (int n = 0; n <= 3; n++)
      printf("A(%d,%d)=%d%c", m, n, ackermann(m, n), n == 3 ? '\n' : ' ');
  printf("A(3,3)=%d\n", ackermann(3, 3));
  printf("even(10)=%d odd(7)=%d even(15)=%d odd(100)=%d\n", is_even(10),
         is_odd(7), is_even(15), is_odd(100));
  hanoi(3, 'A', 'C', 'B', 1);
  moves = 0;
  hanoi(12, 'A', 'C', 'B', 0);
  printf("hanoi(12) took %ld moves\n", moves);
  printf("digit_sum(9876543210123) = %d\n", digit_sum(9876543210123UL));
  printf("3^39 = %ld, (-2)^63 + 1 = %ld\n", ipow(3, 39), ipow(-2, 62) * -2 + 1);
  printf("p(25) = %ld\n", partitions(25, 25));
  return 3;
}
