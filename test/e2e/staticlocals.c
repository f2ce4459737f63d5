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
// static locals: call counters, memoisation tables, static buffers returned to callers, one-time initialisation.
#include <stdio.h>
#include <string.h>

static int next_id(void) {
  static int id = 100;
  return id++;
}

static long fib_cached(int n) {
  static long cache[93];
  static int calls;
  if (n < 0)
    return calls; /* query mode: how many calls so far */
  calls++;
  if (n < 2)
    return n;
  if (cache[n])
    return cache[n];
  return cache[n] = fib_cached(n - 1) + fib_cached(n - 2);
}
static int fib_calls(void) {
  /* Each function has its own static locals, even with the same name. */
  static int calls;
  return ++calls;
}

static const char *number_name(int n) {
  static char buf[32];
  static const char *const small[] = {"zero", "one", "two", "three", "four", "five"};
  if (n >= 0 && n <= 5)
    return small[n];
  buf[0] = 0;
  strcat(buf, n < 0 ? "minus-" : "big-");
  strcat(buf, n % 2 ? "odd" : "even");
  return buf;
}

static int lazy_table(int i) {
  static int table[64];
  static int initialised = 0;
  if (!initialised) {
    for (int k = 0; k < 64; k++)
      table[k] = k * k % 17;
    initialised = 1;
    printf("(table initialised)\n");
  }
  return table[i & 63];
}

static unsigned long running_hash(const char *s) {
  static unsigned long h = 5381;
  for (; *s; s++)
    h = h * 33 ^ (unsigned char)*s;
  return h;
}

int main(void) {
  for (int i = 0; i < 3; i++)
    printf("id %d\n", next_id());
  printf("fib(92) = %ld\n", fib_cached(92));
  long f50 = fib_cached(50); /* sequenced before the query below */
  printf("fib(50) = %ld (cached), %ld calls\n", f50, fib_cached(-1));
  /* Sequenced: argument evaluation order is unspecified in C. */
  int probe1 = fib_calls();
  int probe2 = fib_calls();
  printf("probes %d %d\n", probe1, probe2);
  for (int i = -2; i <= 8; i += 2)
    printf("%s ", number_name(i));
  printf("\n");
  int s = 0;
  for (int i = 0; i < 200; i += 7)
    s += lazy_table(i);
  printf("lazy sum %d\n", s);
  printf("hash %lu\n", running_hash("abc"));
  printf("hash %lu\n", running_hash("abc"));
  printf("next id %d\n", next_id());
  return 4;
}
