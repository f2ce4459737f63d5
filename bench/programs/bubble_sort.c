/* bubble_sort: bubble sort with early exit of 360 pseudo-random 32-bit ints; prints swaps, passes and a checksum. */
#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>

#define N 360

static uint32_t a[N];

static long bubble(uint32_t *v, int n, int *passes) {
  long swaps = 0;
  *passes = 0;
  for (int end = n - 1; end > 0; --end) {
    bool swapped = false;
    ++*passes;
    for (int i = 0; i < end; ++i)
      if (v[i] > v[i + 1]) {
        uint32_t t = v[i];
        v[i] = v[i + 1];
        v[i + 1] = t;
        swapped = true;
        ++swaps;
      }
    if (!swapped) break;
  }
  return swaps;
}

int main(void) {
  uint32_t x = 2024;
  for (int i = 0; i < N; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    a[i] = x;
  }
  int passes;
  long swaps = bubble(a, N, &passes);
  uint32_t h = 0;
  for (int i = 0; i < N; ++i) h = h * 31u + a[i];
  printf("bubble swaps %ld passes %d min %u hash %08x\n", swaps, passes, a[0], h);
  return 0;
}
