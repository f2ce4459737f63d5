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
// Matrix multiply: integer matrices, identity and associativity checks, matrix power for Fibonacci mod p.
#include <stdio.h>
#include <stdint.h>

#define N 10

typedef long mat[N][N];

static void matmul(mat r, const mat a, const mat b) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      long s = 0;
      for (int k = 0; k < N; k++)
        s += a[i][k] * b[k][j];
      r[i][j] = s;
    }
}

static int equal(const mat a, const mat b) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      if (a[i][j] != b[i][j])
        return 0;
  return 1;
}

typedef struct { uint64_t m[2][2]; } m2;
static const uint64_t P = 1000000007ULL;
static m2 m2mul(m2 a, m2 b) {
  m2 r;
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++)
      r.m[i][j] = (a.m[i][0] * b.m[0][j] % P + a.m[i][1] * b.m[1][j] % P) % P;
  return r;
}
static uint64_t fib_mod(uint64_t n) {
  m2 result = {{{1, 0}, {0, 1}}}, base = {{{1, 1}, {1, 0}}};
  while (n) {
    if (n & 1)
      result = m2mul(result, base);
    base = m2mul(base, base);
    n >>= 1;
  }
  return result.m[0][1];
}

int main(void) {
  static mat a, b, c, id, ab, abc1, bc, abc2, t;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = (i * 3 + j * 7) % 11 - 5;
      b[i][j] = (i * i + j) % 13 - 6;
      c[i][j] = (i + 2 * j) % 5;
      id[i][j] = i == j;
    }
  matmul(ab, a, b);
  matmul(abc1, ab, c);
  matmul(bc, b, c);
  matmul(abc2, a, bc);
  matmul(t, a, id);
  printf("associative: %d, identity: %d\n", equal(abc1, abc2), equal(t, a));
  for (int i = 0; i < N; i += 3) {
    for (int j = 0; j < N; j++)
      printf("%6ld", ab[i][j]);
    printf("\n");
  }
  long trace = 0;
  for (int i = 0; i < N; i++)
    trace += abc1[i][i];
  printf("trace(abc) = %ld\n", trace);
  /* Powers of a: entries grow, stay within 64 bits. */
  static mat p, q;
  matmul(p, a, a);
  for (int k = 0; k < 4; k++) {
    matmul(q, p, a);
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++)
        p[i][j] = q[i][j];
  }
  printf("a^6[0][0] = %ld, a^6[9][9] = %ld\n", p[0][0], p[9][9]);
  printf("fib mod p: %llu %llu %llu %llu\n", (unsigned long long)fib_mod(10),
         (unsigned long long)fib_mod(90), (unsigned long long)fib_mod(1000),
         (unsigned long long)fib_mod(1000000000000ULL));
  return 0;
}
