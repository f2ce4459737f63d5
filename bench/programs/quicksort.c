/* quicksort: recursive median-of-three quicksort (insertion sort below 12) of 6000 pseudo-random ints; checks order, prints a checksum. */
#include <stdint.h>
#include <stdio.h>

#define N 6000

static int32_t a[N];

static void swap(int32_t *x, int32_t *y) {
  int32_t t = *x;
  *x = *y;
  *y = t;
}

static void insertion(int32_t *v, int lo, int hi) {
  for (int i = lo + 1; i <= hi; ++i) {
    int32_t x = v[i];
    int j = i - 1;
    while (j >= lo && v[j] > x) {
      v[j + 1] = v[j];
      --j;
    }
    v[j + 1] = x;
  }
}

static void quicksort(int32_t *v, int lo, int hi) {
  while (hi - lo >= 12) {
    int mid = lo + (hi - lo) / 2;
    if (v[mid] < v[lo]) swap(&v[mid], &v[lo]);
    if (v[hi] < v[lo]) swap(&v[hi], &v[lo]);
    if (v[hi] < v[mid]) swap(&v[hi], &v[mid]);
    int32_t pivot = v[mid];
    int i = lo, j = hi;
    while (i <= j) {
      while (v[i] < pivot) ++i;
      while (v[j] > pivot) --j;
      if (i <= j) {
        swap(&v[i], &v[j]);
        ++i;
        --j;
      }
    }
    /* recurse into the smaller half, loop on the larger */
    if (j - lo < hi - i) {
      quicksort(v, lo, j);
      lo = i;
    } else {
      quicksort(v, i, hi);
      hi = j;
    }
  }
  insertion(v, lo, hi);
}

int main(void) {
  uint32_t x = 1;
  for (int i = 0; i < N; ++i) {
    x = x * 1103515245u + 12345u;
    a[i] = (int32_t)((x >> 8) % 200000u) - 100000;
  }
  quicksort(a, 0, N - 1);
  int sorted = 1;
  uint32_t h = 0;
  for (int i = 0; i < N; ++i) {
    if (i > 0 && a[i - 1] > a[i]) sorted = 0;
    h = h * 31u + (uint32_t)a[i];
  }
  printf("quicksort sorted=%d min %d max %d hash %08x\n", sorted, a[0], a[N - 1], h);
  return 0;
}
