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
// Pointers: arithmetic, differences, pointers to pointers, pointers to arrays, out-parameters, walking buffers.
#include <stdio.h>
#include <stddef.h>

static void minmax(const int *begin, const int *end, int *lo, int *hi) {
  *lo = *hi = *begin;
  for (const int *p = begin + 1; p != end; ++p) {
    if (*p < *lo) *lo = *p;
    if (*p > *hi) *hi = *p;
  }
}

static void swap_ptrs(int **a, int **b) {
  int *t = *a;
  *a = *b;
  *b = t;
}

static void reverse(char *s) {
  char *e = s;
  while (*e) e++;
  for (--e; s < e; ++s, --e) {
    char t = *s;
    *s = *e;
    *e = t;
  }
}

static int count_char(const char *s, char c) {
  int n = 0;
  for (; *s; s++)
    n += *s == c;
  return n;
}

/* Pointers to rows of a 2-D array. */
static void rows_demo(void) {
  int m[3][4];
  for (int (*rowp)[4] = m; rowp < m + 3; rowp++)
    for (int *cell = *rowp; cell < *rowp + 4; cell++)
      *cell = (int)((rowp - m) * 4 + (cell - *rowp)) * 3;
  int (*r)[4] = m;
  printf("m[2][1] = %d, r[1][3] = %d, r[2][2] = %d, (*(r + 1))[1] = %d\n", m[2][1], r[1][3],
         r[2][2], (*(r + 1))[1]);
}

struct node { int value; struct node *next; };

int main(void) {
  int a[10] = {5, -3, 8, 12, -7, 0, 4, 4, 9, -1};
  int lo, hi;
  minmax(a, a + 10, &lo, &hi);
  printf("min %d max %d\n", lo, hi);

  int *p = &a[2], *q = &a[8];
  printf("q - p = %td, *(p + 3) = %d, p[-2] = %d, q > p: %d\n", q - p, *(p + 3), p[-2], q > p);
  swap_ptrs(&p, &q);
  printf("after swap: *p = %d, *q = %d\n", *p, *q);

  int **pp = &p;
  **pp = 100;
  printf("a[8] via **pp = %d\n", a[8]);

  int (*row)[10] = &a;
  (*row)[0] = -50;
  printf("(*row)[0] = %d, sizeof *row = %zu\n", a[0], sizeof *row);

  rows_demo();

  char s[] = "pointer arithmetic";
  reverse(s);
  printf("reversed: %s, count('i') = %d\n", s, count_char(s, 'i'));

  const char *words[] = {"one", "three", "five"};
  const char **w = words;
  printf("%s %c %c\n", *(w + 1), *(*(w + 2) + 1), w[0][2]);

  struct node nodes[5];
  for (int i = 0; i < 5; i++) {
    nodes[i].value = i * i;
    nodes[i].next = i < 4 ? &nodes[i + 1] : NULL;
  }
  int total = 0;
  for (struct node *n = nodes; n; n = n->next)
    total += n->value;
  printf("list total = %d\n", total);

  long buf[8];
  long *end = buf + 8;
  long v = 1;
  for (long *it = buf; it < end; it++, v *= -3)
    *it = v;
  printf("buf: %ld %ld, end - buf = %td\n", buf[7], *(end - 2), end - buf);

  unsigned char bytes[8];
  unsigned long word = 0x0807060504030201UL;
  unsigned char *bp = (unsigned char *)&word;
  for (int i = 0; i < 8; i++)
    bytes[i] = bp[i];
  printf("little-endian bytes: %d %d %d\n", bytes[0], bytes[3], bytes[7]);

  void *vp = &a[5];
  int *ip = (int *)vp + 1;
  printf("via void*: %d\n", *ip);
  ptrdiff_t d = (char *)&a[9] - (char *)&a[1];
  printf("byte distance = %td\n", d);
  return 1;
}
