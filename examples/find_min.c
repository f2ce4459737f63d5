/* find_min: the smallest element of an array and where it is, as in the
 * CoBBl benchmark of the same name. Prints both and returns the index. */
#include <stdio.h>

#define N 64

static long values[N];

static long find_min(const long *a, int n, int *where) {
  long best = a[0];
  *where = 0;
  for (int i = 1; i < n; ++i)
    if (a[i] < best) {
      best = a[i];
      *where = i;
    }
  return best;
}

int main(void) {
  unsigned long x = 12345;
  for (int i = 0; i < N; ++i) {
    x = x * 6364136223846793005UL + 1442695040888963407UL;
    values[i] = (long)(x >> 40) - 8000000;
  }
  int where;
  long min = find_min(values, N, &where);
  printf("min %ld at %d\n", min, where);
  return where;
}
