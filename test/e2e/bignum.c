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
// Bignums: 100! and 2^256 in base 10^9 limbs, large Fibonacci numbers, digit sums.
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define LIMBS 64
#define BASE 1000000000u

struct big { uint32_t limb[LIMBS]; int n; }; /* little-endian base 10^9 */

static void big_set(struct big *b, uint32_t v) {
  memset(b, 0, sizeof *b);
  b->limb[0] = v % BASE;
  b->limb[1] = v / BASE;
  b->n = b->limb[1] ? 2 : 1;
}

static void big_mul_small(struct big *b, uint32_t m) {
  uint64_t carry = 0;
  for (int i = 0; i < b->n; i++) {
    uint64_t cur = (uint64_t)b->limb[i] * m + carry;
    b->limb[i] = (uint32_t)(cur % BASE);
    carry = cur / BASE;
  }
  while (carry) {
    b->limb[b->n++] = (uint32_t)(carry % BASE);
    carry /= BASE;
  }
}

static void big_add(struct big *r, const struct big *a, const struct big *b) {
  int n = a->n > b->n ? a->n : b->n;
  uint32_t carry = 0;
  for (int i = 0; i < n; i++) {
    uint32_t s = (i < a->n ? a->limb[i] : 0) + (i < b->n ? b->limb[i] : 0) + carry;
    carry = s >= BASE;
    r->limb[i] = s - (carry ? BASE : 0);
  }
  r->n = n;
  if (carry)
    r->limb[r->n++] = carry;
}

static void big_print(const char *label, const struct big *b) {
  printf("%s = %u", label, b->limb[b->n - 1]);
  for (int i = b->n - 2; i >= 0; i--)
    printf("%09u", b->limb[i]);
  printf("\n");
}

static int big_digit_sum(const struct big *b) {
  int s = 0;
  for (int i = 0; i < b->n; i++)
    for (uint32_t v = b->limb[i]; v; v /= 10)
      s += (int)(v % 10);
  return s;
}

static int big_digits(const struct big *b) {
  int d = 0;
  for (uint32_t v = b->limb[b->n - 1]; v; v /= 10)
    d++;
  return d + 9 * (b->n - 1);
}

/* Schoolbook multiplication of two bignums. */
static void big_mul(struct big *r, const struct big *a, const struct big *b) {
  uint64_t acc[2 * LIMBS] = {0};
  for (int i = 0; i < a->n; i++)
    for (int j = 0; j < b->n; j++) {
      acc[i + j] += (uint64_t)a->limb[i] * b->limb[j];
      acc[i + j + 1] += acc[i + j] / BASE;
      acc[i + j] %= BASE;
    }
  int n = a->n + b->n;
  uint64_t carry = 0;
  for (int i = 0; i < n; i++) {
    acc[i] += carry;
    carry = acc[i] / BASE;
    r->limb[i] = (uint32_t)(acc[i] % BASE);
  }
  r->n = n;
  while (r->n > 1 && r->limb[r->n - 1] == 0)
    r->n--;
}

int main(void) {
  struct big f;
  big_set(&f, 1);
  for (uint32_t i = 2; i <= 100; i++)
    big_mul_small(&f, i);
  big_print("100!", &f);
  printf("100! has %d digits, digit sum %d\n", big_digits(&f), big_digit_sum(&f));

  struct big p;
  big_set(&p, 1);
  for (int i = 0; i < 256; i++)
    big_mul_small(&p, 2);
  big_print("2^256", &p);

  struct big a, b, c;
  big_set(&a, 0);
  big_set(&b, 1);
  for (int i = 2; i <= 300; i++) {
    big_add(&c, &a, &b);
    a = b;
    b = c;
  }
  big_print("fib(300)", &b);

  struct big sq;
  big_mul(&sq, &p, &p);
  big_print("2^512", &sq);
  struct big f2;
  big_mul(&f2, &f, &b);
  printf("100! * fib(300) has %d digits, digit sum %d\n", big_digits(&f2), big_digit_sum(&f2));
  return 0;
}
