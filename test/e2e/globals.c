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
// Globals: initialised, zero-initialised, const tables, arrays of pointers to strings, pointers in initialisers.
#include <stdio.h>
#include <stdint.h>

int counter = 5;
long zero_long;
int zero_array[64];
static short static_init = -1234;
const unsigned char squares[16] = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225};
const char *const weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                "Friday", "Saturday", "Sunday"};
char message[] = "mutable global string";
const char *names[] = {"alpha", "beta", "gamma", 0};
int *ptr_to_global = &counter;
int *ptr_into_array = &zero_array[10];
const char *ptr_into_string = message + 8;
struct point { int x, y; const char *label; };
struct point points[3] = {{1, 2, "first"}, {-3, 4, "second"}, {5, -6, 0}};
struct point *last_point = &points[2];
int64_t big_values[4] = {INT64_MIN, -1, 0, INT64_MAX};
uint64_t big_unsigned = 0xfedcba9876543210ULL;
int (*const matrix_ptr)[3];
const int matrix[2][3] = {{1, 2, 3}, {4, 5, 6}};
const int (*const matrix_rows)[3] = matrix;
static const struct { const char *key; int value; } table[] = {
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}};

static int lookup(const char *key) {
  for (unsigned i = 0; i < sizeof table / sizeof table[0]; i++) {
    const char *a = table[i].key, *b = key;
    while (*a && *a == *b) { a++; b++; }
    if (*a == *b)
      return table[i].value;
  }
  return -1;
}

static void touch(void) {
  counter += 10;
  zero_long -= 3;
  zero_array[63] = 7;
  *ptr_into_array = 99;
  static_init++;
}

int main(void) {
  int zeros = 0;
  for (int i = 0; i < 64; i++)
    zeros += zero_array[i] == 0;
  printf("before: counter=%d zero_long=%ld zeros=%d static_init=%d\n", counter, zero_long,
         zeros, static_init);
  touch();
  touch();
  printf("after: counter=%d zero_long=%ld [10]=%d [63]=%d static_init=%d\n", counter,
         zero_long, zero_array[10], zero_array[63], static_init);
  printf("*ptr_to_global=%d\n", *ptr_to_global);
  int s = 0;
  for (int i = 0; i < 16; i++)
    s += squares[i];
  printf("sum of squares table = %d\n", s);
  for (int i = 0; i < 7; i += 2)
    printf("%s ", weekdays[i]);
  printf("\n");
  message[0] = 'M';
  printf("%s / %s\n", message, ptr_into_string);
  for (const char **n = names; *n; n++)
    printf("[%s]", *n);
  printf("\n");
  for (int i = 0; i < 3; i++)
    printf("(%d,%d,%s) ", points[i].x, points[i].y, points[i].label ? points[i].label : "none");
  printf("\nlast_point->x = %d\n", last_point->x);
  printf("big: %lld %lld %lld %lld %llx\n", (long long)big_values[0], (long long)big_values[1],
         (long long)big_values[2], (long long)big_values[3], (unsigned long long)big_unsigned);
  printf("matrix_ptr null: %d, matrix_rows[1][2] = %d\n", matrix_ptr == 0, matrix_rows[1][2]);
  printf("lookup: %d %d %d\n", lookup("three"), lookup("five"), lookup("six"));
  return 9;
}
