/* A merge loop whose test, i < h && j < n, is one IR block that instruction
 * selection splits into two machine blocks: the second runs as often as the
 * first less the exits through it, which a static share of the IR block's
 * count does not know. */
#include <stdio.h>
#include <string.h>

#define N 700

static unsigned long a[N], t[N];

static void merge_sort(unsigned long *v, unsigned long n) {
  if (n < 2)
    return;
  unsigned long h = n / 2, i = 0, j = h, k = 0;
  merge_sort(v, h);
  merge_sort(v + h, n - h);
  while (i < h && j < n)
    t[k++] = v[j] < v[i] ? v[j++] : v[i++];
  while (i < h)
    t[k++] = v[i++];
  while (j < n)
    t[k++] = v[j++];
  memcpy(v, t, n * sizeof *v);
}

int main(void) {
  unsigned long x = 88172645463325252u, h = 0;
  for (int i = 0; i < N; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    a[i] = x % 1000003u;
  }
  merge_sort(a, N);
  for (int i = 0; i < N; ++i)
    h = h * 131u + a[i];
  printf("%lx\n", h);
  return 0;
}
