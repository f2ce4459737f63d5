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
// Every integer width, signed and unsigned: wrap-around, shifts, sign/zero extension, truncation, mixed arithmetic.
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

/* noinline keeps the conversions from being folded at -O2. */
__attribute__((noinline)) static int8_t trunc8(int64_t v) { return (int8_t)(uint8_t)v; }
__attribute__((noinline)) static int16_t trunc16(int64_t v) { return (int16_t)(uint16_t)v; }
__attribute__((noinline)) static int32_t trunc32(int64_t v) { return (int32_t)(uint32_t)v; }
__attribute__((noinline)) static uint8_t add_u8(uint8_t a, uint8_t b) { return (uint8_t)(a + b); }
__attribute__((noinline)) static uint16_t mul_u16(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * b); }
__attribute__((noinline)) static uint32_t mul_u32(uint32_t a, uint32_t b) { return a * b; }
__attribute__((noinline)) static uint64_t mul_u64(uint64_t a, uint64_t b) { return a * b; }
__attribute__((noinline)) static int64_t widen8(int8_t v) { return v; }
__attribute__((noinline)) static uint64_t widen_u8(uint8_t v) { return v; }
__attribute__((noinline)) static int64_t widen16(int16_t v) { return v; }
__attribute__((noinline)) static int64_t widen32(int32_t v) { return v; }
__attribute__((noinline)) static uint64_t widen_u32(uint32_t v) { return v; }

int main(void) {
  int64_t probes[] = {0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535,
                      -32769, 2147483647, 2147483648LL, -2147483649LL, 0x123456789abcdefLL};
  for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++) {
    int64_t v = probes[i];
    printf("%" PRId64 ": i8 %" PRId8 " i16 %" PRId16 " i32 %" PRId32 " u8 %" PRIu8
           " u16 %" PRIu16 " u32 %" PRIu32 "\n",
           v, trunc8(v), trunc16(v), trunc32(v), (uint8_t)v, (uint16_t)v, (uint32_t)v);
  }
  printf("u8 wrap: %u %u\n", add_u8(200, 100), add_u8(255, 1));
  printf("u16 wrap: %u\n", mul_u16(300, 300));
  printf("u32 wrap: %" PRIu32 " %" PRIu32 "\n", mul_u32(65536, 65536), mul_u32(4000000000u, 3));
  printf("u64 wrap: %" PRIu64 "\n", mul_u64(0xffffffffffffffffULL, 0xffffffffffffffffULL));
  printf("u64 wrap2: %" PRIx64 "\n", mul_u64(0x123456789ULL, 0xabcdef012345ULL));
  printf("widen: %" PRId64 " %" PRIu64 " %" PRId64 " %" PRId64 " %" PRIu64 "\n",
         widen8(-5), widen_u8(250), widen16(-30000), widen32(INT32_MIN), widen_u32(4000000000u));

  uint32_t u = 0;
  u -= 1;
  uint64_t ul = 0;
  ul--;
  printf("unsigned underflow: %" PRIu32 " %" PRIu64 "\n", u, ul);

  /* Shifts of every width, including by width-1. */
  uint8_t b8 = 0x81;
  uint16_t b16 = 0x8001;
  uint32_t b32 = 0x80000001u;
  uint64_t b64 = 0x8000000000000001ULL;
  printf("shl: %x %x %" PRIx32 " %" PRIx64 "\n", (uint8_t)(b8 << 1), (uint16_t)(b16 << 1),
         b32 << 1, b64 << 1);
  printf("shr: %x %x %" PRIx32 " %" PRIx64 "\n", b8 >> 7, b16 >> 15, b32 >> 31, b64 >> 63);
  int32_t neg32 = -256;
  int64_t neg64 = -4096;
  printf("sar: %" PRId32 " %" PRId64 " %" PRId32 " %" PRId64 "\n", neg32 >> 4, neg64 >> 10,
         neg32 >> 31, neg64 >> 63);
  for (int s = 0; s < 64; s += 9)
    printf("1<<%d = %" PRIu64 ", -1>>%d = %" PRIx64 "\n", s, (uint64_t)1 << s, s,
           UINT64_MAX >> s);
  volatile int amount = 40;
  printf("variable shift: %" PRIx64 " %" PRIx64 " %" PRIx32 "\n", b64 >> amount,
         (uint64_t)0xff << amount, 0xffffffffu >> (amount - 20));

  /* Mixed-width arithmetic and the usual arithmetic conversions. */
  int8_t i8 = -100;
  uint8_t u8 = 200;
  int16_t i16 = -30000;
  uint16_t u16 = 60000;
  int32_t i32 = -2000000000;
  uint32_t u32 = 3000000000u;
  printf("i8+u8=%d i16*u16=%lld i32+u32=%u i32 < u32: %d\n", i8 + u8, (long long)i16 * u16,
         i32 + u32, i32 < (int64_t)u32);
  printf("comparisons: %d %d %d\n", (uint32_t)-1 > 0u, (int8_t)-1 < (uint8_t)1,
         (int64_t)-1 < (int64_t)(uint32_t)-1);
  int64_t mix = (int64_t)i8 * u16 + (int64_t)i32 * 3 - u32;
  printf("mix = %" PRId64 "\n", mix);
  uint64_t big = (uint64_t)u32 * u32;
  printf("u32*u32 as u64 = %" PRIu64 "\n", big);

  /* Extremes. */
  printf("limits: %d %d %d %d %" PRId64 " %" PRId64 "\n", INT8_MIN, INT8_MAX, INT16_MIN,
         INT16_MAX, INT64_MIN, INT64_MAX);
  printf("ulimits: %u %u %" PRIu32 " %" PRIu64 "\n", UINT8_MAX, UINT16_MAX, UINT32_MAX,
         UINT64_MAX);
  printf("sizes: %zu %zu %zu %zu %zu %zu %zu\n", sizeof(char), sizeof(short), sizeof(int),
         sizeof(long), sizeof(long long), sizeof(void *), sizeof(intptr_t));

  /* Negation and bitwise ops by width. */
  int16_t n16 = 12345;
  uint16_t c16 = (uint16_t)~n16;
  printf("~: %u %d %" PRIx64 "\n", c16, ~(int8_t)5, ~(uint64_t)0x0f0f);
  uint64_t acc = 0;
  for (int64_t k = -5; k <= 5; k++)
    acc = acc * 31 + (uint64_t)(k * k * k);
  printf("acc = %" PRIu64 "\n", acc);
  return 0;
}
