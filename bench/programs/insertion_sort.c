/* insertion_sort: insertion sort of 500 records (key, payload) by key, stable; prints shifts and a checksum of the payload order. */
#include <stdint.h>
#include <stdio.h>

#define N 500

typedef struct {
  int32_t key;
  uint16_t id;
} rec;

static rec r[N];

static long insertion_sort(rec *v, int n) {
  long shifts = 0;
  for (int i = 1; i < n; ++i) {
    rec x = v[i];
    int j = i - 1;
    while (j >= 0 && v[j].key > x.key) {
      v[j + 1] = v[j];
      --j;
      ++shifts;
    }
    v[j + 1] = x;
  }
  return shifts;
}

int main(void) {
  uint32_t x = 77;
  for (int i = 0; i < N; ++i) {
    x = x * 1103515245u + 12345u;
    r[i].key = (int32_t)((x >> 16) % 1000) - 500; /* many equal keys: stability matters */
    r[i].id = (uint16_t)i;
  }
  long shifts = insertion_sort(r, N);
  uint32_t h = 0;
  int ok = 1;
  for (int i = 0; i < N; ++i) {
    h = h * 131u + r[i].id;
    if (i > 0 && (r[i - 1].key > r[i].key || (r[i - 1].key == r[i].key && r[i - 1].id > r[i].id))) ok = 0;
  }
  printf("insertion shifts %ld stable-sorted %d hash %08x\n", shifts, ok, h);
  return 0;
}
