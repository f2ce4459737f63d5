/* stdlib.c - process control, number parsing, abs, rand and qsort of the
 * circ runtime. The allocator is in malloc.c. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <circ.h>

_Noreturn void exit(int status) {
  /* Output is unbuffered and there is no atexit: nothing to flush or run. */
  __circ_exit(status);
}

_Noreturn void abort(void) {
  /* 134 = 128 + SIGABRT, what a shell reports for a native abort(). */
  __circ_exit(134);
}

_Noreturn void __circ_assert_fail(const char *expr, const char *file,
                                  int line) {
  printf("Assertion failed: %s, file %s, line %d\n", expr, file, line);
  abort();
}

/* Like glibc's strtol(s, NULL, 10): leading white space, a sign, decimal
 * digits; saturates at LONG_MIN / LONG_MAX. */
long atol(const char *s) {
  while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
    s++;
  int neg = 0;
  if (*s == '+' || *s == '-')
    neg = *s++ == '-';
  unsigned long limit = neg ? (unsigned long)__LONG_MAX__ + 1 : __LONG_MAX__;
  unsigned long v = 0;
  int overflow = 0;
  for (; *s >= '0' && *s <= '9'; s++) {
    unsigned d = (unsigned)(*s - '0');
    if (v > (limit - d) / 10)
      overflow = 1;
    else
      v = v * 10 + d;
  }
  if (overflow)
    v = limit;
  return neg ? (long)(0UL - v) : (long)v;
}

/* glibc's atoi is (int)strtol(s, NULL, 10). */
int atoi(const char *s) { return (int)atol(s); }

/* Negating through unsigned keeps abs(INT_MIN) defined (it is INT_MIN). */
int abs(int x) { return x < 0 ? (int)(0U - (unsigned)x) : x; }
long labs(long x) { return x < 0 ? (long)(0UL - (unsigned long)x) : x; }
long long llabs(long long x) {
  return x < 0 ? (long long)(0ULL - (unsigned long long)x) : x;
}

/* A 64-bit LCG (Knuth's MMIX constants); rand returns the top 31 bits. */
static uint64_t rand_state = 1;

void srand(unsigned seed) { rand_state = seed; }

int rand(void) {
  rand_state = rand_state * 6364136223846793005ULL + 1442695040888963407ULL;
  return (int)(rand_state >> 33);
}

/* qsort: quicksort (median of three, Sedgewick's partition, which splits
 * runs of equal keys evenly) down to 8 elements, then insertion sort.
 * Recurses on the smaller part only, so the depth is O(log n). Not stable,
 * like glibc's: programs must not depend on the order of equal elements. */
typedef int (*cmp_fn)(const void *, const void *);

static void swap_bytes(char *a, char *b, size_t size) {
  if (a == b)
    return;
  if (((size | (uintptr_t)a | (uintptr_t)b) & 7) == 0) {
    uint64_t *x = (uint64_t *)(void *)a, *y = (uint64_t *)(void *)b;
    for (size_t i = 0; i < size / 8; i++) {
      uint64_t t = x[i];
      x[i] = y[i];
      y[i] = t;
    }
    return;
  }
  for (size_t i = 0; i < size; i++) {
    char t = a[i];
    a[i] = b[i];
    b[i] = t;
  }
}

static void sort_range(char *base, size_t n, size_t size, cmp_fn cmp) {
  while (n > 8) {
    char *lo = base, *hi = base + (n - 1) * size;
    char *mid = base + (n / 2) * size;
    /* Median of lo, mid, hi into lo: order them, then move mid to lo. */
    if (cmp(mid, lo) < 0) swap_bytes(mid, lo, size);
    if (cmp(hi, mid) < 0) {
      swap_bytes(hi, mid, size);
      if (cmp(mid, lo) < 0) swap_bytes(mid, lo, size);
    }
    swap_bytes(lo, mid, size);
    /* Partition around the pivot *lo. */
    size_t i = 0, j = n;
    for (;;) {
      while (cmp(base + (++i) * size, lo) < 0)
        if (i == n - 1) break;
      while (cmp(lo, base + (--j) * size) < 0)
        if (j == 0) break;
      if (i >= j) break;
      swap_bytes(base + i * size, base + j * size, size);
    }
    swap_bytes(lo, base + j * size, size);
    /* [0, j) <= pivot = [j], (j, n) >= pivot. */
    size_t left = j, right = n - j - 1;
    if (left < right) {
      sort_range(base, left, size, cmp);
      base += (j + 1) * size;
      n = right;
    } else {
      sort_range(base + (j + 1) * size, right, size, cmp);
      n = left;
    }
  }
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0; j--) {
      char *a = base + (j - 1) * size, *b = base + j * size;
      if (cmp(a, b) <= 0)
        break;
      swap_bytes(a, b, size);
    }
}

void qsort(void *base, size_t count, size_t size, cmp_fn cmp) {
  if (count > 1 && size > 0)
    sort_range((char *)base, count, size, cmp);
}
