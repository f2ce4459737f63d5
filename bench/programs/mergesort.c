/* mergesort: top-down merge sort of 6000 pseudo-random 64-bit keys with a scratch buffer; prints order flag and checksum. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define N 6000

static uint64_t a[N], tmp[N];

static void merge_sort(uint64_t *v, uint64_t *t, size_t n) {
  if (n < 2) return;
  size_t h = n / 2;
  merge_sort(v, t, h);
  merge_sort(v + h, t, n - h);
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n) t[k++] = v[j] < v[i] ? v[j++] : v[i++];
  while (i < h) t[k++] = v[i++];
  while (j < n) t[k++] = v[j++];
  memcpy(v, t, n * sizeof *v);
}

int main(void) {
  uint64_t x = 88172645463325252u;
  for (int i = 0; i < N; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    a[i] = x % 1000000007u;
  }
  merge_sort(a, tmp, N);
  int sorted = 1;
  uint64_t h = 0;
  for (int i = 0; i < N; ++i) {
    if (i > 0 && a[i - 1] > a[i]) sorted = 0;
    h = h * 131u + a[i];
  }
  printf("mergesort sorted=%d first %lu median %lu hash %016lx\n", sorted, (unsigned long)a[0],
         (unsigned long)a[N / 2], (unsigned long)h);
  return 0;
}
