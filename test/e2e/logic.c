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
// Short-circuit evaluation, ternaries, comma operator, compound assignments, pre/post increment, enums, goto cleanup.
#include <stdio.h>

static int trace_len;
static char trace[256];
static int t(char c, int v) {
  trace[trace_len++] = c;
  return v;
}

enum color { RED = 1, GREEN = 2, BLUE = 4, WHITE = RED | GREEN | BLUE };

static int process(int steps) {
  int result = 0;
  if (steps < 0)
    goto fail;
  for (int i = 0; i < steps; i++) {
    result += i;
    if (result > 50)
      goto too_big;
  }
  return result;
too_big:
  result = -result;
fail:
  return result - 1;
}

int main(void) {
  int r = t('a', 0) && t('b', 1);
  r += t('c', 1) || t('d', 1);
  r += (t('e', 1) && t('f', 0)) || (t('g', 1) && t('h', 2));
  r += t('i', 0) ? t('j', 5) : t('k', 7);
  r += (t('l', 1), t('m', 2), t('n', 3));
  trace[trace_len] = 0;
  printf("short-circuit trace %s, r = %d\n", trace, r);

  int x = 5;
  int y = x++ + 10;
  int z = ++x * 2;
  x += 3;
  x -= 1;
  x *= 7;
  x /= 3;
  x %= 10;
  x <<= 4;
  x >>= 2;
  x |= 0x100;
  x &= 0x1f0;
  x ^= 0x55;
  printf("x %d y %d z %d\n", x, y, z);

  int a[5] = {10, 20, 30, 40, 50};
  int *p = a;
  int v1 = *p++;
  int v2 = *++p;
  int v3 = ++*p;
  int v4 = (*p)++;
  printf("%d %d %d %d a[2] %d\n", v1, v2, v3, v4, a[2]);

  enum color c = WHITE;
  printf("enum %d %d %d\n", c, c & ~GREEN, (int)sizeof(enum color));
  for (int i = -3; i <= 3; i++)
    printf("%s ", i < 0 ? "neg" : i == 0 ? "zero" : i % 2 ? "odd" : "even");
  printf("\n");
  printf("process: %d %d %d\n", process(5), process(20), process(-1));
  int n = 0, m = 0;
  for (int i = 0; i < 10; i++)
    *(i & 1 ? &n : &m) += i; /* a conditional choice of lvalue */
  printf("n %d m %d\n", n, m);
  unsigned flags = 0;
  flags |= 1u << 3;
  flags |= 1u << 7;
  printf("flags %u has3 %d has4 %d !flags %d !!flags %d\n", flags, !!(flags & 8), !!(flags & 16), !flags,
         !!flags);
  return 23;
}
