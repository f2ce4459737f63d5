// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// GNU vector division and remainder by constant vectors, uniform and mixed,
// signed and unsigned (a regression test: sdiv by {1, 4, 2, 8} once came out
// as the dividend in every lane, found by the GCC torture test pr53645).
#include <stdio.h>

typedef unsigned int uv4 __attribute__((vector_size(16)));
typedef int sv4 __attribute__((vector_size(16)));

#define DIVIDE(name, a, b, c, d)                                               \
  __attribute__((noinline)) static void name(uv4 *uq, uv4 *ur, sv4 *sq,      \
                                             sv4 *sr, const uv4 *u,          \
                                             const sv4 *s) {                 \
    *uq = *u / ((uv4){a, b, c, d});                                          \
    *ur = *u % ((uv4){a, b, c, d});                                          \
    *sq = *s / ((sv4){a, b, c, d});                                          \
    *sr = *s % ((sv4){a, b, c, d});                                          \
  }
DIVIDE(by_4444, 4, 4, 4, 4)
DIVIDE(by_1428, 1, 4, 2, 8)
DIVIDE(by_3333, 3, 3, 3, 3)
DIVIDE(by_6565, 6, 5, 6, 5)
DIVIDE(by_1e6, 14, 14, 14, 6)
DIVIDE(by_1m1, 1, -1, 16, -16)

static const uv4 us[2] = {{73u, 65531u, 0u, 174u}, {1u, 8173u, ~0u, ~0u - 63}};
static const sv4 ss[2] = {{73, -9123, 32761, 8191}, {9903, -1, -7323, 0}};

static void show(const char *what, uv4 uq, uv4 ur, sv4 sq, sv4 sr) {
  printf("%s:", what);
  for (int k = 0; k < 4; k++)
    printf(" %u/%u/%d/%d", uq[k], ur[k], sq[k], sr[k]);
  printf("\n");
}

int main(void) {
  for (int i = 0; i < 2; i++) {
    uv4 uq, ur;
    sv4 sq, sr;
    by_4444(&uq, &ur, &sq, &sr, &us[i], &ss[i]); show("4444", uq, ur, sq, sr);
    by_1428(&uq, &ur, &sq, &sr, &us[i], &ss[i]); show("1428", uq, ur, sq, sr);
    by_3333(&uq, &ur, &sq, &sr, &us[i], &ss[i]); show("3333", uq, ur, sq, sr);
    by_6565(&uq, &ur, &sq, &sr, &us[i], &ss[i]); show("6565", uq, ur, sq, sr);
    by_1e6(&uq, &ur, &sq, &sr, &us[i], &ss[i]); show("14146", uq, ur, sq, sr);
    by_1m1(&uq, &ur, &sq, &sr, &us[i], &ss[i]); show("1m1", uq, ur, sq, sr);
  }
  return 0;
}
