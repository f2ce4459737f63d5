/* heapsort: in-place binary max-heap sort of 5000 pseudo-random 64-bit values with sift-down; prints order flag and checksum. */
#include <stdint.h>
#include <stdio.h>

#define N 5000

static uint64_t a[N];

static void sift_down(uint64_t *v, size_t root, size_t n) {
  for (;;) {
    size_t child = 2 * root + 1;
    if (child >= n) return;
    if (child + 1 < n && v[child + 1] > v[child]) ++child;
    if (v[root] >= v[child]) return;
    uint64_t t = v[root];
    v[root] = v[child];
    v[child] = t;
    root = child;
  }
}

static void heap_sort(uint64_t *v, size_t n) {
  for (size_t i = n / 2; i-- > 0;) sift_down(v, i, n);
  for (size_t end = n - 1; end > 0; --end) {
    uint64_t t = v[0];
    v[0] = v[end];
    v[end] = t;
    sift_down(v, 0, end);
  }
}

int main(void) {
  uint64_t x = 0x853c49e6748fea9bu;
  for (int i = 0; i < N; ++i) {
    x = x * 6364136223846793005u + 1442695040888963407u;
    a[i] = x ^ (x >> 29);
  }
  heap_sort(a, N);
  int sorted = 1;
  uint64_t h = 0;
  for (int i = 0; i < N; ++i) {
    if (i > 0 && a[i - 1] > a[i]) sorted = 0;
    h = (h ^ a[i]) * 0x100000001b3u;
  }
  printf("heapsort sorted=%d max %016lx hash %016lx\n", sorted, (unsigned long)a[N - 1], (unsigned long)h);
  return 0;
}
