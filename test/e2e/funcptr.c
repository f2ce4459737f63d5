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
// Function pointers: dispatch tables, callbacks, returning function pointers, qsort with comparators.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef long (*binop)(long, long);

static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; }
static long max(long a, long b) { return a > b ? a : b; }

static const binop ops[] = {add, sub, mul, max};
static const char opnames[] = "+-*M";

static long fold(const long *v, int n, binop f, long init) {
  for (int i = 0; i < n; i++)
    init = f(init, v[i]);
  return init;
}

static binop pick(char c) {
  for (int i = 0; i < 4; i++)
    if (opnames[i] == c)
      return ops[i];
  return NULL;
}

static void for_each(int *v, int n, void (*cb)(int *, void *), void *ctx) {
  for (int i = 0; i < n; i++)
    cb(&v[i], ctx);
}
static void accumulate(int *x, void *ctx) { *(long *)ctx += *x; }
static void square(int *x, void *ctx) { (void)ctx; *x = *x * *x; }

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}
struct rec { int key; long payload; };
static int cmp_rec(const void *a, const void *b) {
  const struct rec *x = a, *y = b;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return (x->payload > y->payload) - (x->payload < y->payload);
}

static int apply_n(int (*f)(int), int n, int x) {
  while (n-- > 0)
    x = f(x);
  return x;
}
static int twice_plus_one(int x) { return 2 * x + 1; }

struct shape { const char *name; long (*area)(const struct shape *); long w, h; };
static long rect_area(const struct shape *s) { return s->w * s->h; }
static long tri_area(const struct shape *s) { return s->w * s->h / 2; }

int main(void) {
  long v[] = {3, -1, 4, 1, -5, 9, 2, 6};
  for (int i = 0; i < 4; i++)
    printf("fold %c = %ld\n", opnames[i], fold(v, 8, ops[i], i == 2 ? 1 : 0));
  printf("pick('*')(6, 7) = %ld, pick('?') null: %d\n", pick('*')(6, 7), pick('?') == NULL);

  int w[6] = {1, 2, 3, 4, 5, 6};
  long total = 0;
  for_each(w, 6, square, NULL);
  for_each(w, 6, accumulate, &total);
  printf("sum of squares = %ld\n", total);

  int data[40];
  unsigned seed = 12345;
  for (int i = 0; i < 40; i++) {
    seed = seed * 1103515245u + 12345u;
    data[i] = (int)((seed >> 16) % 1000) - 500;
  }
  qsort(data, 40, sizeof data[0], cmp_int);
  for (int i = 0; i < 40; i += 5)
    printf("%d ", data[i]);
  printf("\n");
  qsort(data, 40, sizeof data[0], cmp_int_desc);
  printf("desc first %d last %d\n", data[0], data[39]);

  const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "date", "kiwi", "grape",
                         "lemon", "mango", "apricot"};
  qsort(words, 11, sizeof words[0], cmp_str);
  for (int i = 0; i < 11; i++)
    printf("%s%c", words[i], i == 10 ? '\n' : ' ');

  struct rec recs[30];
  for (int i = 0; i < 30; i++) {
    recs[i].key = (i * 7) % 5;
    recs[i].payload = 1000 - i * 13;
  }
  qsort(recs, 30, sizeof recs[0], cmp_rec);
  for (int i = 0; i < 30; i += 4)
    printf("(%d,%ld) ", recs[i].key, recs[i].payload);
  printf("\n");

  printf("apply_n = %d\n", apply_n(twice_plus_one, 10, 0));
  struct shape shapes[] = {{"rect", rect_area, 4, 5}, {"tri", tri_area, 7, 3}};
  for (int i = 0; i < 2; i++)
    printf("%s area %ld\n", shapes[i].name, shapes[i].area(&shapes[i]));
  int (*volatile fp)(int) = twice_plus_one;
  printf("through volatile pointer: %d\n", fp(20));
  return 17;
}
