/* find_min: the minimum of a 4096-element array and its first index, over 24 regenerated arrays (the CoBBl find_min benchmark, scaled up). */
#include <stdint.h>
#include <stdio.h>

#define N 4096

static int64_t values[N];

static int64_t find_min(const int64_t *a, int n, int *where) {
  int64_t best = a[0];
  *where = 0;
  for (int i = 1; i < n; ++i)
    if (a[i] < best) {
      best = a[i];
      *where = i;
    }
  return best;
}

int main(void) {
  uint64_t x = 12345;
  int64_t total = 0;
  uint32_t h = 0;
  for (int round = 0; round < 24; ++round) {
    for (int i = 0; i < N; ++i) {
      x = x * 6364136223846793005u + 1442695040888963407u;
      values[i] = (int64_t)(x >> 40) - 8000000;
    }
    int where;
    int64_t m = find_min(values, N, &where);
    total += m;
    h = h * 65599u + (uint32_t)where;
  }
  printf("find_min total %ld where-hash %08x\n", (long)total, h);
  return 0;
}
