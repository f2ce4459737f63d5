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
// Sorting: insertion sort, quicksort, merge sort and heap sort on pseudo-random data, checked against each other.
#include <stdio.h>
#include <string.h>

#define N 300

static unsigned long lcg_state = 42;
static long next_value(void) {
  lcg_state = lcg_state * 6364136223846793005UL + 1442695040888963407UL;
  return (long)(lcg_state >> 40) - (1L << 23);
}

static void insertion_sort(long *a, int n) {
  for (int i = 1; i < n; i++) {
    long v = a[i];
    int j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

static void quicksort(long *a, int lo, int hi) {
  if (lo >= hi)
    return;
  long pivot = a[lo + (hi - lo) / 2];
  int i = lo, j = hi;
  while (i <= j) {
    while (a[i] < pivot) i++;
    while (a[j] > pivot) j--;
    if (i <= j) {
      long t = a[i];
      a[i] = a[j];
      a[j] = t;
      i++;
      j--;
    }
  }
  quicksort(a, lo, j);
  quicksort(a, i, hi);
}

static void merge_sort(long *a, long *tmp, int n) {
  if (n < 2)
    return;
  int h = n / 2;
  merge_sort(a, tmp, h);
  merge_sort(a + h, tmp, n - h);
  int i = 0, j = h, k = 0;
  while (i < h && j < n)
    tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < h) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  memcpy(a, tmp, (size_t)n * sizeof *a);
}

static void sift_down(long *a, int root, int n) {
  for (;;) {
    int child = 2 * root + 1;
    if (child >= n)
      return;
    if (child + 1 < n && a[child + 1] > a[child])
      child++;
    if (a[root] >= a[child])
      return;
    long t = a[root];
    a[root] = a[child];
    a[child] = t;
    root = child;
  }
}
static void heap_sort(long *a, int n) {
  for (int i = n / 2 - 1; i >= 0; i--)
    sift_down(a, i, n);
  for (int end = n - 1; end > 0; end--) {
    long t = a[0];
    a[0] = a[end];
    a[end] = t;
    sift_down(a, 0, end);
  }
}

static int is_sorted(const long *a, int n) {
  for (int i = 1; i < n; i++)
    if (a[i - 1] > a[i])
      return 0;
  return 1;
}

static unsigned long checksum(const long *a, int n) {
  unsigned long h = 1469598103934665603UL;
  for (int i = 0; i < n; i++)
    h = (h ^ (unsigned long)a[i]) * 1099511628211UL;
  return h;
}

int main(void) {
  static long orig[N], a[N], b[N], c[N], d[N], tmp[N];
  for (int i = 0; i < N; i++)
    orig[i] = next_value();
  orig[10] = orig[20] = orig[30]; /* duplicates */
  memcpy(a, orig, sizeof a);
  memcpy(b, orig, sizeof b);
  memcpy(c, orig, sizeof c);
  memcpy(d, orig, sizeof d);
  insertion_sort(a, N);
  quicksort(b, 0, N - 1);
  merge_sort(c, tmp, N);
  heap_sort(d, N);
  printf("sorted: %d %d %d %d\n", is_sorted(a, N), is_sorted(b, N), is_sorted(c, N),
         is_sorted(d, N));
  printf("agree: %d %d %d\n", memcmp(a, b, sizeof a) == 0, memcmp(a, c, sizeof a) == 0,
         memcmp(a, d, sizeof a) == 0);
  printf("min %ld max %ld median %ld\n", a[0], a[N - 1], a[N / 2]);
  printf("checksum %lx (unsorted %lx)\n", checksum(a, N), checksum(orig, N));
  for (int i = 0; i < N; i += 37)
    printf("%ld ", a[i]);
  printf("\n");
  /* Already sorted and reverse-sorted inputs. */
  for (int i = 0; i < N; i++)
    b[i] = N - i;
  quicksort(b, 0, N - 1);
  merge_sort(b, tmp, N);
  insertion_sort(b, N);
  heap_sort(b, N);
  printf("reverse input sorted: %d first %ld last %ld\n", is_sorted(b, N), b[0], b[N - 1]);
  return 4;
}
