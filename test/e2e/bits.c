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
// Bit tricks: popcount loops, __builtin_popcountll/clzll/ctzll/bswap64/bswap32/parityll, rotates, bit reversal.
#include <stdio.h>
#include <stdint.h>

static int popcount_loop(uint64_t x) {
  int n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}

static int popcount_swar(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
  return (int)((x * 0x0101010101010101ULL) >> 56);
}

static uint64_t rotl64(uint64_t x, unsigned r) { return (x << (r & 63)) | (x >> ((64 - r) & 63)); }
static uint64_t rotr64(uint64_t x, unsigned r) { return (x >> (r & 63)) | (x << ((64 - r) & 63)); }
static uint32_t rotl32(uint32_t x, unsigned r) { return (x << (r & 31)) | (x >> ((32 - r) & 31)); }

static uint64_t reverse_bits(uint64_t x) {
  uint64_t r = 0;
  for (int i = 0; i < 64; i++) {
    r = (r << 1) | (x & 1);
    x >>= 1;
  }
  return r;
}

static int clz_loop(uint64_t x) {
  int n = 0;
  for (uint64_t m = 1ULL << 63; m && !(x & m); m >>= 1)
    n++;
  return n;
}

int main(void) {
  volatile uint64_t inputs[] = {1, 2, 3, 0x80, 0xff, 0x8000000000000000ULL, 0xffffffffffffffffULL,
                                0x0123456789abcdefULL, 0xf0f0f0f00f0f0f0fULL, 0x100000000ULL,
                                0x7fffffffffffffffULL, 12345678901234567ULL};
  int n = sizeof inputs / sizeof inputs[0];
  for (int i = 0; i < n; i++) {
    uint64_t x = inputs[i];
    printf("%016llx pop %2d/%2d/%2d clz %2d/%2d ctz %2d par %d bswap %016llx\n",
           (unsigned long long)x, popcount_loop(x), popcount_swar(x), __builtin_popcountll(x),
           __builtin_clzll(x), clz_loop(x), __builtin_ctzll(x), __builtin_parityll(x),
           (unsigned long long)__builtin_bswap64(x));
  }
  volatile uint32_t w = 0x12345678u;
  printf("bswap32 %08x bswap16 %04x pop32 %d clz32 %d ctz32 %d\n", __builtin_bswap32(w),
         __builtin_bswap16((uint16_t)w), __builtin_popcount(w), __builtin_clz(w),
         __builtin_ctz(w));
  uint64_t r = 0x0123456789abcdefULL;
  for (unsigned k = 0; k <= 64; k += 13)
    printf("rotl %2u %016llx rotr %016llx\n", k, (unsigned long long)rotl64(r, k),
           (unsigned long long)rotr64(r, k));
  printf("rotl32 %08x %08x\n", rotl32(0x80000001u, 1), rotl32(0xdeadbeefu, 12));
  printf("reverse %016llx %016llx\n", (unsigned long long)reverse_bits(1),
         (unsigned long long)reverse_bits(0x0123456789abcdefULL));
  /* Classic tricks. */
  uint64_t v = 0xb000;
  printf("lowest set %llx, clear lowest %llx, next pow2 of 1000 = %llu\n",
         (unsigned long long)(v & (0 - v)), (unsigned long long)(v & (v - 1)),
         1ULL << (64 - __builtin_clzll(1000 - 1)));
  int64_t s = -12345;
  int64_t mask = s >> 63;
  printf("branchless abs %lld, sign %lld, is_pow2(4096) %d is_pow2(4095) %d\n",
         (long long)((s ^ mask) - mask), (long long)mask, (4096 & 4095) == 0, (4095 & 4094) == 0);
  unsigned total = 0;
  for (uint32_t i = 0; i < 1024; i++)
    total += (unsigned)__builtin_popcount(i ^ (i >> 1)); /* Gray code */
  printf("gray popcount total %u\n", total);
  uint64_t gather = 0;
  for (int i = 0; i < 64; i += 3)
    gather |= ((0xa5a5a5a5a5a5a5a5ULL >> i) & 1) << (i / 3);
  printf("gather %llx\n", (unsigned long long)gather);
  return 33;
}
