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
// Division and remainder: negative operands, by constants and powers of two, unsigned, 64-bit.
#include <stdio.h>
#include <stdint.h>

__attribute__((noinline)) static int sdiv(int a, int b) { return a / b; }
__attribute__((noinline)) static int srem(int a, int b) { return a % b; }
__attribute__((noinline)) static long ldiv_(long a, long b) { return a / b; }
__attribute__((noinline)) static long lrem(long a, long b) { return a % b; }
__attribute__((noinline)) static unsigned udiv(unsigned a, unsigned b) { return a / b; }
__attribute__((noinline)) static unsigned long ulrem(unsigned long a, unsigned long b) { return a % b; }

/* Floor division and mathematical modulo built from C's truncating ones. */
static long floor_div(long a, long b) {
  long q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;
  return q;
}
static long mod_pos(long a, long b) {
  long r = a % b;
  return r < 0 ? r + (b < 0 ? -b : b) : r;
}

int main(void) {
  int as[] = {17, -17, 7, -7, 0, 1, -1, 2147483647, -2147483647 - 1};
  int bs[] = {5, -5, 3, -3, 1, 2, 7, 10};
  for (unsigned i = 0; i < sizeof as / sizeof as[0]; i++) {
    for (unsigned j = 0; j < sizeof bs / sizeof bs[0]; j++)
      printf("%d/%d=%d,%d ", as[i], bs[j], sdiv(as[i], bs[j]), srem(as[i], bs[j]));
    printf("\n");
  }
  /* By constants: the compiler may use multiplications. */
  for (int x = -25; x <= 25; x += 7)
    printf("x=%d: /2=%d %%2=%d /3=%d %%3=%d /7=%d %%7=%d /-4=%d %%-4=%d /10=%d %%10=%d /16=%d %%16=%d\n",
           x, x / 2, x % 2, x / 3, x % 3, x / 7, x % 7, x / -4, x % -4, x / 10, x % 10, x / 16,
           x % 16);
  long big[] = {9223372036854775807L, -9223372036854775807L - 1, 1000000000000000000L,
                -999999999999999999L, 123456789123L};
  long div64[] = {1, -1, 3, 1000000007L, -4294967296L, 9223372036854775807L};
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 6; j++) {
      if (big[i] == -9223372036854775807L - 1 && div64[j] == -1)
        continue; /* overflow: undefined */
      printf("%ld / %ld = %ld rem %ld\n", big[i], div64[j], ldiv_(big[i], div64[j]),
             lrem(big[i], div64[j]));
    }
  printf("unsigned: %u %u %u\n", udiv(4294967295u, 3), udiv(4294967295u, 65536),
         udiv(2147483648u, 2147483647u));
  printf("unsigned long rem: %lu %lu\n", ulrem(18446744073709551615UL, 1000000007UL),
         ulrem(18446744073709551615UL, 18446744073709551614UL));
  uint64_t u = 18446744073709551615ULL;
  printf("u64 consts: %llu %llu %llu %llu\n", (unsigned long long)(u / 10),
         (unsigned long long)(u % 10), (unsigned long long)(u / 1000000000),
         (unsigned long long)(u / 7));
  for (long a = -7; a <= 7; a += 7)
    for (long b = -3; b <= 3; b += 6)
      printf("floor_div(%ld,%ld)=%ld mod_pos=%ld\n", a, b, floor_div(a, b), mod_pos(a, b));
  int16_t s16 = -32768;
  int8_t s8 = -128;
  printf("narrow: %d %d %d %d\n", s16 / 3, s16 % 3, s8 / -2, s8 % 5);
  /* Identity (a/b)*b + a%b == a over a grid. */
  int bad = 0;
  for (long a = -1000; a <= 1000; a += 13)
    for (long b = -50; b <= 50; b += 7)
      if (b != 0 && (a / b) * b + a % b != a)
        bad++;
  printf("identity violations: %d\n", bad);
  return 2;
}
