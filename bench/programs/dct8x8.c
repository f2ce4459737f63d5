/* dct8x8: fixed-point 2-D 8x8 DCT-II and inverse over 48 blocks of a generated image; prints coefficient checksum and round-trip error. */
#include <stdint.h>
#include <stdio.h>

#define BLOCKS 48

/* C[u][x] = round(4096 * c(u) * cos((2x+1) u pi / 16)), c(0) = sqrt(1/8), c(u) = 1/2 */
static const int32_t C[8][8] = {
    {1448, 1448, 1448, 1448, 1448, 1448, 1448, 1448},
    {2009, 1703, 1138, 400, -400, -1138, -1703, -2009},
    {1892, 784, -784, -1892, -1892, -784, 784, 1892},
    {1703, -400, -2009, -1138, 1138, 2009, 400, -1703},
    {1448, -1448, -1448, 1448, 1448, -1448, -1448, 1448},
    {1138, -2009, 400, 1703, -1703, -400, 2009, -1138},
    {784, -1892, 1892, -784, -784, 1892, -1892, 784},
    {400, -1138, 1703, -2009, 2009, -1703, 1138, -400}};

static int32_t round_shift(int64_t v, int s) { /* round to nearest, ties away from zero */
  int64_t half = (int64_t)1 << (s - 1);
  return (int32_t)(v >= 0 ? (v + half) >> s : -((-v + half) >> s));
}

static void fdct(const int32_t in[8][8], int32_t out[8][8]) {
  int32_t tmp[8][8];
  for (int y = 0; y < 8; ++y)
    for (int u = 0; u < 8; ++u) {
      int64_t s = 0;
      for (int x = 0; x < 8; ++x) s += (int64_t)C[u][x] * in[y][x];
      tmp[y][u] = round_shift(s, 9); /* keep 3 extra fraction bits */
    }
  for (int u = 0; u < 8; ++u)
    for (int v = 0; v < 8; ++v) {
      int64_t s = 0;
      for (int y = 0; y < 8; ++y) s += (int64_t)C[v][y] * tmp[y][u];
      out[v][u] = round_shift(s, 15);
    }
}

static void idct(const int32_t in[8][8], int32_t out[8][8]) {
  int32_t tmp[8][8];
  for (int v = 0; v < 8; ++v)
    for (int x = 0; x < 8; ++x) {
      int64_t s = 0;
      for (int u = 0; u < 8; ++u) s += (int64_t)C[u][x] * in[v][u];
      tmp[v][x] = round_shift(s, 9);
    }
  for (int y = 0; y < 8; ++y)
    for (int x = 0; x < 8; ++x) {
      int64_t s = 0;
      for (int v = 0; v < 8; ++v) s += (int64_t)C[v][y] * tmp[v][x];
      out[y][x] = round_shift(s, 15);
    }
}

int main(void) {
  int32_t block[8][8], coef[8][8], back[8][8];
  uint32_t h = 0, seed = 5;
  int32_t maxerr = 0;
  int64_t dc = 0;
  for (int b = 0; b < BLOCKS; ++b) {
    for (int y = 0; y < 8; ++y)
      for (int x = 0; x < 8; ++x) {
        seed = seed * 1103515245u + 12345u;
        /* a smooth gradient plus noise, centred on 0 like JPEG input */
        block[y][x] = (int32_t)((b * 5 + x * 9 + y * 7) % 200) - 100 + (int32_t)((seed >> 16) % 21) - 10;
      }
    fdct(block, coef);
    idct(coef, back);
    dc += coef[0][0];
    for (int y = 0; y < 8; ++y)
      for (int x = 0; x < 8; ++x) {
        h = h * 33u + (uint32_t)coef[y][x];
        int32_t e = back[y][x] - block[y][x];
        if (e < 0) e = -e;
        if (e > maxerr) maxerr = e;
      }
  }
  printf("dct8x8 dc %ld hash %08x maxerr %d\n", (long)dc, h, maxerr);
  return 0;
}
