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
// Variable-length arrays (1-D, 2-D, as parameters, in loops, sizeof) and __builtin_alloca.
#include <stdio.h>
#include <string.h>

static long vla_sum(int n) {
  long a[n];
  for (int i = 0; i < n; i++)
    a[i] = (long)i * i;
  long s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

static void fill_matrix(int rows, int cols, int m[rows][cols]) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++)
      m[i][j] = (i + 1) * (j + 2);
}

static long matrix_trace_product(int n) {
  int a[n][n], b[n][n];
  fill_matrix(n, n, a);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      b[i][j] = a[j][i] - i;
  long t = 0;
  for (int i = 0; i < n; i++)
    for (int k = 0; k < n; k++)
      t += (long)a[i][k] * b[k][i];
  return t;
}

static int alloca_concat(const char *x, const char *y) {
  size_t n = strlen(x) + strlen(y) + 1;
  char *buf = __builtin_alloca(n);
  strcpy(buf, x);
  strcat(buf, y);
  printf("alloca: %s (%zu bytes)\n", buf, n);
  return (int)strlen(buf);
}

/* A VLA inside a loop: the stack must be released every iteration. */
static unsigned long loop_vlas(int iterations) {
  unsigned long h = 0;
  for (int it = 1; it <= iterations; it++) {
    unsigned char tmp[it * 16];
    memset(tmp, it & 0xff, sizeof tmp);
    for (size_t i = 0; i < sizeof tmp; i += 16)
      h = h * 131 + tmp[i] + sizeof tmp;
  }
  return h;
}

/* Recursion with a VLA in every frame. */
static int vla_recurse(int depth) {
  int scratch[depth + 1];
  for (int i = 0; i <= depth; i++)
    scratch[i] = depth - i;
  int below = depth > 0 ? vla_recurse(depth - 1) : 0;
  return below + scratch[0] + scratch[depth];
}

int main(void) {
  printf("vla_sum: %ld %ld %ld\n", vla_sum(1), vla_sum(10), vla_sum(1000));
  int rows = 3, cols = 5;
  int m[rows][cols];
  fill_matrix(rows, cols, m);
  printf("sizeof m = %zu, sizeof m[0] = %zu, m[2][4] = %d\n", sizeof m, sizeof m[0], m[2][4]);
  printf("trace products: %ld %ld\n", matrix_trace_product(4), matrix_trace_product(17));
  int len = alloca_concat("variable ", "length");
  printf("loop_vlas: %lu\n", loop_vlas(200));
  printf("vla_recurse: %d\n", vla_recurse(100));
  int n = 7;
  char (*p)[n] = 0;
  printf("pointer to VLA step: %zu\n", sizeof *p);
  return len;
}
