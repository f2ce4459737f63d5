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
// Sieve of Eratosthenes (byte and bit sieves), prime counting, twin primes, a segmented range.
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define LIMIT 50000

static unsigned char composite[LIMIT + 1];
static uint64_t bitsieve[LIMIT / 64 + 1];

int main(void) {
  for (long i = 2; i * i <= LIMIT; i++)
    if (!composite[i])
      for (long j = i * i; j <= LIMIT; j += i)
        composite[j] = 1;
  int count = 0, twins = 0, last = 0;
  long sum = 0;
  for (int i = 2; i <= LIMIT; i++)
    if (!composite[i]) {
      count++;
      sum += i;
      if (i >= 5 && !composite[i - 2])
        twins++;
      last = i;
    }
  printf("primes <= %d: %d, sum %ld, twin pairs %d, largest %d\n", LIMIT, count, sum, twins, last);
  int checkpoints[] = {10, 100, 1000, 10000};
  for (int k = 0; k < 4; k++) {
    int c = 0;
    for (int i = 2; i <= checkpoints[k]; i++)
      c += !composite[i];
    printf("pi(%d) = %d\n", checkpoints[k], c);
  }

  /* Odd-only bit sieve: bit k stands for 2k+1. */
  for (uint32_t i = 3; i * i <= LIMIT; i += 2)
    if (!(bitsieve[i / 2 / 64] >> (i / 2 % 64) & 1))
      for (uint32_t j = i * i; j <= LIMIT; j += 2 * i)
        bitsieve[j / 2 / 64] |= 1ULL << (j / 2 % 64);
  int bitcount = 1; /* the prime 2 */
  for (uint32_t k = 1; 2 * k + 1 <= LIMIT; k++)
    bitcount += !(bitsieve[k / 64] >> (k % 64) & 1);
  printf("bit sieve agrees: %d (%d)\n", bitcount == count, bitcount);

  /* Segmented sieve of [1000000, 1001000). */
  unsigned char seg[1000];
  memset(seg, 0, sizeof seg);
  long lo = 1000000;
  for (long p = 2; p * p < lo + 1000; p++) {
    if (p <= LIMIT && composite[p])
      continue;
    long start = (lo + p - 1) / p * p;
    for (long j = start; j < lo + 1000; j += p)
      seg[j - lo] = 1;
  }
  int segcount = 0;
  long first = 0;
  for (int i = 0; i < 1000; i++)
    if (!seg[i]) {
      if (!segcount)
        first = lo + i;
      segcount++;
    }
  printf("primes in [1000000, 1001000): %d, first %ld\n", segcount, first);
  for (int i = 2, shown = 0; shown < 15; i++)
    if (!composite[i])
      printf("%d%s", i, ++shown == 15 ? "\n" : " ");
  return count % 256;
}
