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
// Calls with many arguments (more than the argument registers): mixed widths, pointers, structs, through pointers and recursion.
#include <stdio.h>
#include <stdint.h>

struct small { int a, b; };

__attribute__((noinline)) static long twelve(long a, long b, long c, long d, long e, long f,
                                             long g, long h, long i, long j, long k, long l) {
  return a - b + c * 2 - d + e * 3 - f + g * 4 - h + i * 5 - j + k * 6 - l;
}

__attribute__((noinline)) static int64_t mixed(int8_t a, uint8_t b, int16_t c, uint16_t d,
                                               int32_t e, uint32_t f, int64_t g, uint64_t h,
                                               int8_t i, uint16_t j, int32_t k, const int *p) {
  return a + b + c + d + e + (int64_t)f + g + (int64_t)h + i + j + k + *p;
}

__attribute__((noinline)) static long with_structs(struct small s1, long x, struct small s2,
                                                   long y, struct small s3, long z,
                                                   struct small s4, long w, struct small s5) {
  return s1.a * s1.b + x + s2.a * s2.b + y + s3.a * s3.b + z + s4.a * s4.b + w + s5.a - s5.b;
}

/* Recursion where every call passes ten arguments. */
static long spin(int n, long a, long b, long c, long d, long e, long f, long g, long h, long i) {
  if (n == 0)
    return a + b + c + d + e + f + g + h + i;
  return spin(n - 1, b, c, d, e, f, g, h, i, a + n);
}

typedef long (*fn12)(long, long, long, long, long, long, long, long, long, long, long, long);

int main(void) {
  printf("twelve: %ld\n", twelve(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  fn12 f = twelve;
  printf("through pointer: %ld\n", f(-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, 1000000000000L));
  int z = 1000;
  printf("mixed: %lld\n", (long long)mixed(-100, 200, -30000, 60000, -2000000000, 4000000000u,
                                           -5000000000LL, 6000000000ULL, -1, 65535, 7, &z));
  struct small s[5] = {{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}};
  printf("with_structs: %ld\n", with_structs(s[0], 100, s[1], 200, s[2], 300, s[3], 400, s[4]));
  printf("spin: %ld\n", spin(500, 1, 2, 3, 4, 5, 6, 7, 8, 9));
  return 19;
}
