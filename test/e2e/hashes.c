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
// Hashes: FNV-1a (32 and 64 bit), CRC32 (bitwise and table-driven), djb2, Adler-32, a 64-bit mixer.
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t fnv1a32(const unsigned char *p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 16777619u;
  }
  return h;
}

static uint64_t fnv1a64(const unsigned char *p, size_t n) {
  uint64_t h = 14695981039346656037ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

static uint32_t crc32_bitwise(const unsigned char *p, size_t n) {
  uint32_t crc = 0xffffffffu;
  for (size_t i = 0; i < n; i++) {
    crc ^= p[i];
    for (int k = 0; k < 8; k++)
      crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
  }
  return ~crc;
}

static uint32_t crc_table[256];
static void crc_init(void) {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++)
      c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    crc_table[i] = c;
  }
}
static uint32_t crc32_table(const unsigned char *p, size_t n) {
  uint32_t crc = 0xffffffffu;
  for (size_t i = 0; i < n; i++)
    crc = crc_table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
  return crc ^ 0xffffffffu;
}

static unsigned long djb2(const char *s) {
  unsigned long h = 5381;
  int c;
  while ((c = (unsigned char)*s++) != 0)
    h = h * 33 + (unsigned long)c;
  return h;
}

static uint32_t adler32(const unsigned char *p, size_t n) {
  uint32_t a = 1, b = 0;
  for (size_t i = 0; i < n; i++) {
    a = (a + p[i]) % 65521;
    b = (b + a) % 65521;
  }
  return (b << 16) | a;
}

static uint64_t mix64(uint64_t x) { /* splitmix64 finaliser */
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

int main(void) {
  const char *inputs[] = {"", "a", "abc", "hello, world", "The quick brown fox jumps over the lazy dog",
                          "123456789"};
  crc_init();
  for (int i = 0; i < 6; i++) {
    const unsigned char *p = (const unsigned char *)inputs[i];
    size_t n = strlen(inputs[i]);
    printf("\"%s\": fnv32 %08x fnv64 %016llx crc %08x/%08x djb2 %lu adler %08x\n", inputs[i],
           fnv1a32(p, n), (unsigned long long)fnv1a64(p, n), crc32_bitwise(p, n),
           crc32_table(p, n), djb2(inputs[i]), adler32(p, n));
  }
  unsigned char block[1024];
  for (int i = 0; i < 1024; i++)
    block[i] = (unsigned char)(i * 7 + (i >> 3));
  printf("block: fnv32 %08x crc %08x adler %08x\n", fnv1a32(block, sizeof block),
         crc32_table(block, sizeof block), adler32(block, sizeof block));
  uint64_t x = 0;
  for (int i = 0; i < 5; i++) {
    x = mix64(x + 0x9e3779b97f4a7c15ULL);
    printf("mix64 %d: %016llx\n", i, (unsigned long long)x);
  }
  /* A tiny open-addressing hash set. */
  static long keys[64];
  static unsigned char used[64];
  int inserted = 0, collisions = 0;
  for (long k = 1; k <= 40; k++) {
    long key = k * k * 7919;
    unsigned slot = (unsigned)(mix64((uint64_t)key) & 63);
    while (used[slot] && keys[slot] != key) {
      slot = (slot + 1) & 63;
      collisions++;
    }
    if (!used[slot]) {
      used[slot] = 1;
      keys[slot] = key;
      inserted++;
    }
  }
  printf("hash set: %d inserted, %d collisions\n", inserted, collisions);
  return 0;
}
