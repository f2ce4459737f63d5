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
// Variadic functions with stdarg.h: va_arg of int, long, long long, pointers, va_copy, forwarding a va_list.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int sum_ints(int count, ...) {
  va_list ap;
  va_start(ap, count);
  int s = 0;
  for (int i = 0; i < count; i++)
    s += va_arg(ap, int);
  va_end(ap);
  return s;
}

static long sum_longs(int count, ...) {
  va_list ap;
  va_start(ap, count);
  long s = 0;
  for (int i = 0; i < count; i++)
    s += va_arg(ap, long);
  va_end(ap);
  return s;
}

/* A NULL-terminated list of strings. */
static size_t total_length(const char *first, ...) {
  va_list ap;
  va_start(ap, first);
  size_t n = 0;
  for (const char *s = first; s; s = va_arg(ap, const char *))
    n += strlen(s);
  va_end(ap);
  return n;
}

/* A type-tagged list: i = int, l = long, L = long long, s = string, p = int pointer, c = char. */
static void show(const char *types, ...) {
  va_list ap;
  va_start(ap, types);
  for (const char *t = types; *t; t++) {
    switch (*t) {
    case 'i': printf("int %d; ", va_arg(ap, int)); break;
    case 'l': printf("long %ld; ", va_arg(ap, long)); break;
    case 'L': printf("llong %lld; ", va_arg(ap, long long)); break;
    case 's': printf("str %s; ", va_arg(ap, const char *)); break;
    case 'p': { int *p = va_arg(ap, int *); printf("ptr->%d; ", *p); *p += 1; break; }
    case 'c': printf("char %c; ", va_arg(ap, int)); break;
    case 'u': printf("unsigned %u; ", va_arg(ap, unsigned)); break;
    }
  }
  va_end(ap);
  printf("\n");
}

/* va_copy: walk the arguments twice. */
static long max_minus_min(int count, ...) {
  va_list ap, again;
  va_start(ap, count);
  va_copy(again, ap);
  long mx = va_arg(ap, long);
  for (int i = 1; i < count; i++) {
    long v = va_arg(ap, long);
    if (v > mx) mx = v;
  }
  long mn = va_arg(again, long);
  for (int i = 1; i < count; i++) {
    long v = va_arg(again, long);
    if (v < mn) mn = v;
  }
  va_end(again);
  va_end(ap);
  return mx - mn;
}

/* Forwarding a va_list to vsnprintf and vprintf. */
static int log_line(char *buf, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}
static void say(const char *prefix, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  printf("%s: ", prefix);
  vprintf(fmt, ap);
  va_end(ap);
}

/* Many fixed arguments before the variadic part. */
static long many_fixed(long a, long b, long c, long d, long e, long f, long g, long h, long i,
                       int count, ...) {
  va_list ap;
  va_start(ap, count);
  long s = a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i;
  for (int k = 0; k < count; k++)
    s = s * 10 + va_arg(ap, int);
  va_end(ap);
  return s;
}

int main(void) {
  printf("sum_ints: %d %d %d\n", sum_ints(0), sum_ints(3, 1, 2, 3),
         sum_ints(10, 1, -2, 3, -4, 5, -6, 7, -8, 9, -10));
  printf("sum_longs: %ld\n", sum_longs(4, 10000000000L, -3L, 7L, 9000000000000000000L));
  printf("total_length: %zu %zu\n", total_length("abc", "de", "", "fghij", (char *)NULL),
         total_length((char *)NULL));
  int counter = 41;
  show("ilLspcu", -7, 1234567890123L, -9000000000000000000LL, "hello", &counter, 'Z', 4000000000u);
  printf("counter now %d\n", counter);
  printf("max-min: %ld\n", max_minus_min(6, 5L, -20L, 17L, 3L, 99L, -1L));
  char buf[64];
  int r = log_line(buf, sizeof buf, "%s=%d [%5.2s] %#x", "answer", 42, "xyz", 255u);
  printf("log_line (%d): %s\n", r, buf);
  r = log_line(buf, 8, "%ld", 123456789012L);
  printf("truncated (%d): %s\n", r, buf);
  say("note", "%d + %d = %d, %s\n", 2, 3, 5, "ok");
  printf("many_fixed: %ld\n", many_fixed(1, 2, 3, 4, 5, 6, 7, 8, 9, 4, 1, 2, 3, 4));
  return 8;
}
