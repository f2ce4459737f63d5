/* hashtable: open-addressing (linear probing, tombstones) hash map from 64-bit keys to counts: 6000 inserts/updates, 3000 deletes, 6000 lookups. */
#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>

#define CAP 8192 /* power of two */
#define EMPTY 0
#define TOMB 1   /* keys 0 and 1 are reserved */

static uint64_t keys[CAP];
static uint32_t vals[CAP];
static int live, probes;

static uint32_t hash64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdu;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53u;
  k ^= k >> 33;
  return (uint32_t)k;
}

static void put_add(uint64_t k, uint32_t v) {
  uint32_t i = hash64(k) & (CAP - 1);
  int64_t tomb = -1;
  for (;;) {
    ++probes;
    if (keys[i] == EMPTY) break;
    if (keys[i] == TOMB) {
      if (tomb < 0) tomb = i;
    } else if (keys[i] == k) {
      vals[i] += v;
      return;
    }
    i = (i + 1) & (CAP - 1);
  }
  if (tomb >= 0) i = (uint32_t)tomb;
  keys[i] = k;
  vals[i] = v;
  ++live;
}

static bool get(uint64_t k, uint32_t *v) {
  uint32_t i = hash64(k) & (CAP - 1);
  for (;;) {
    ++probes;
    if (keys[i] == EMPTY) return false;
    if (keys[i] == k) {
      *v = vals[i];
      return true;
    }
    i = (i + 1) & (CAP - 1);
  }
}

static bool del(uint64_t k) {
  uint32_t i = hash64(k) & (CAP - 1);
  for (;;) {
    ++probes;
    if (keys[i] == EMPTY) return false;
    if (keys[i] == k) {
      keys[i] = TOMB;
      --live;
      return true;
    }
    i = (i + 1) & (CAP - 1);
  }
}

static uint64_t key_of(uint32_t n) { return (uint64_t)(n % 4000u) * 0x9e3779b97f4a7c15u + 2; }

int main(void) {
  uint32_t x = 4242;
  for (int i = 0; i < 6000; ++i) {
    x = x * 1664525u + 1013904223u;
    put_add(key_of(x >> 8), i & 15);
  }
  int removed = 0;
  for (uint32_t n = 0; n < 3000; ++n)
    removed += del(key_of(n * 7u));
  uint32_t found = 0, sum = 0, v;
  for (uint32_t n = 0; n < 6000; ++n)
    if (get(key_of(n), &v)) {
      ++found;
      sum = sum * 31u + v;
    }
  printf("hashtable live %d removed %d found %u sum %08x probes %d\n", live, removed, found, sum, probes);
  return 0;
}
