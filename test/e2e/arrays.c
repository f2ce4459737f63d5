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
// Arrays: 1-D and 2-D (and 3-D), passing to functions, transpose, prefix sums, rotation.
#include <stdio.h>

#define N 8

static int sum1(const int *a, int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

static void transpose(int m[N][N]) {
  for (int i = 0; i < N; i++)
    for (int j = i + 1; j < N; j++) {
      int t = m[i][j];
      m[i][j] = m[j][i];
      m[j][i] = t;
    }
}

static long trace(int (*m)[N]) {
  long t = 0;
  for (int i = 0; i < N; i++)
    t += m[i][i];
  return t;
}

static void rotate_left(int *a, int n, int k) {
  for (int r = 0; r < k; r++) {
    int first = a[0];
    for (int i = 0; i + 1 < n; i++)
      a[i] = a[i + 1];
    a[n - 1] = first;
  }
}

int main(void) {
  int a[20];
  for (int i = 0; i < 20; i++)
    a[i] = i * i - 10 * i;
  printf("sum1 = %d\n", sum1(a, 20));
  int prefix[21] = {0};
  for (int i = 0; i < 20; i++)
    prefix[i + 1] = prefix[i] + a[i];
  printf("prefix[5..15] sum = %d\n", prefix[15] - prefix[5]);

  int m[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      m[i][j] = i * N + j;
  transpose(m);
  printf("m[1][6] = %d, m[6][1] = %d, trace = %ld\n", m[1][6], m[6][1], trace(m));
  for (int i = 0; i < N; i += 3) {
    for (int j = 0; j < N; j++)
      printf("%3d", m[i][j]);
    printf("\n");
  }

  short cube[3][4][5];
  int total = 0;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++)
      for (int k = 0; k < 5; k++)
        cube[i][j][k] = (short)(i * 100 + j * 10 + k);
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++)
      for (int k = 0; k < 5; k++)
        total += cube[i][j][k];
  printf("cube total = %d, cube[2][3][4] = %d, sizeof = %zu\n", total, cube[2][3][4],
         sizeof cube);

  int r[7] = {1, 2, 3, 4, 5, 6, 7};
  rotate_left(r, 7, 3);
  for (int i = 0; i < 7; i++)
    printf("%d%s", r[i], i == 6 ? "\n" : ",");

  char grid[5][6] = {"#....", ".#...", "..#..", "...#.", "....#"};
  int hashes = 0;
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 5; j++)
      hashes += grid[i][j] == '#';
  printf("grid diag hashes = %d, row 2 = %s\n", hashes, grid[2]);

  long big[100];
  for (int i = 0; i < 100; i++)
    big[i] = (long)i << 33;
  long acc = 0;
  for (int i = 99; i >= 0; i -= 7)
    acc ^= big[i];
  printf("big acc = %ld, elements = %zu\n", acc, sizeof big / sizeof big[0]);

  int partial[10] = {[2] = 5, [7] = 9};
  printf("designated: %d %d %d %d\n", partial[0], partial[2], partial[7], partial[9]);
  return 12;
}
