/* rle: run-length codec (escape-byte format) of 24 KiB of run-heavy generated data: encode, decode, verify round trip, print sizes and an FNV-style hash. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define LEN 24576
#define ESC 0xF5

static uint8_t input[LEN], packed[2 * LEN + 16], output[LEN];

/* Runs of 4..258 bytes, and every literal ESC, become ESC count-4 byte; others are copied. */
static size_t encode(const uint8_t *in, size_t n, uint8_t *out) {
  size_t o = 0, i = 0;
  while (i < n) {
    uint8_t b = in[i];
    size_t run = 1;
    while (i + run < n && in[i + run] == b && run < 258) ++run;
    if (run >= 4 || b == ESC) {
      if (run < 4) run = 1;
      out[o++] = ESC;
      out[o++] = (uint8_t)(run < 4 ? 0xFF : run - 4);
      out[o++] = b;
    } else {
      for (size_t k = 0; k < run; ++k) out[o++] = b;
    }
    i += run;
  }
  return o;
}

static size_t decode(const uint8_t *in, size_t n, uint8_t *out) {
  size_t o = 0, i = 0;
  while (i < n) {
    if (in[i] == ESC) {
      size_t run = in[i + 1] == 0xFF ? 1 : (size_t)in[i + 1] + 4;
      uint8_t b = in[i + 2];
      for (size_t k = 0; k < run; ++k) out[o++] = b;
      i += 3;
    } else {
      out[o++] = in[i++];
    }
  }
  return o;
}

int main(void) {
  uint32_t x = 99991;
  size_t i = 0;
  while (i < LEN) {
    x = x * 1664525u + 1013904223u;
    size_t run = (x >> 28) < 6 ? 1 + ((x >> 20) & 3) : 1 + ((x >> 16) & 63);
    uint8_t b = (uint8_t)(x >> 8);
    if ((x & 0x7000) == 0) b = ESC;
    for (size_t k = 0; k < run && i < LEN; ++k) input[i++] = b;
  }
  size_t plen = encode(input, LEN, packed);
  size_t dlen = decode(packed, plen, output);
  int same = dlen == LEN && memcmp(input, output, LEN) == 0;
  uint32_t h = 0;
  for (size_t k = 0; k < plen; ++k) h = (h ^ packed[k]) * 16777619u;
  printf("rle packed %zu decoded %zu roundtrip %d hash %08x\n", plen, dlen, same, h);
  return 0;
}
