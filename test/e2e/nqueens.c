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
// Backtracking: N-queens with bit masks and arrays, permutations, subset sums.
#include <stdio.h>

static int solve_bits(int n, int row, unsigned cols, unsigned d1, unsigned d2) {
  if (row == n)
    return 1;
  int count = 0;
  unsigned avail = ~(cols | d1 | d2) & ((1u << n) - 1);
  while (avail) {
    unsigned bit = avail & (0u - avail);
    avail ^= bit;
    count += solve_bits(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
  }
  return count;
}

static int queens[12];
static int first_solution[12];
static int found;
static int safe(int row, int col) {
  for (int r = 0; r < row; r++) {
    int c = queens[r];
    if (c == col || c - col == r - row || c - col == row - r)
      return 0;
  }
  return 1;
}
static int solve_array(int n, int row) {
  if (row == n) {
    if (!found++)
      for (int i = 0; i < n; i++)
        first_solution[i] = queens[i];
    return 1;
  }
  int count = 0;
  for (int col = 0; col < n; col++)
    if (safe(row, col)) {
      queens[row] = col;
      count += solve_array(n, row + 1);
    }
  return count;
}

static int perm_count, perm_checksum;
static void permute(int *a, int k, int n) {
  if (k == n) {
    perm_count++;
    int v = 0;
    for (int i = 0; i < n; i++)
      v = v * 10 + a[i];
    perm_checksum = (perm_checksum * 31 + v) % 1000003;
    return;
  }
  for (int i = k; i < n; i++) {
    int t = a[k]; a[k] = a[i]; a[i] = t;
    permute(a, k + 1, n);
    t = a[k]; a[k] = a[i]; a[i] = t;
  }
}

static int subset_sums(const int *v, int n, int target) {
  if (target == 0)
    return 1;
  if (n == 0 || target < 0)
    return 0;
  return subset_sums(v + 1, n - 1, target - v[0]) + subset_sums(v + 1, n - 1, target);
}

int main(void) {
  for (int n = 1; n <= 9; n++)
    printf("queens(%d) = %d\n", n, solve_bits(n, 0, 0, 0, 0));
  int eight = solve_array(8, 0);
  printf("array solver: %d, first:", eight);
  for (int i = 0; i < 8; i++)
    printf(" %d", first_solution[i]);
  printf("\n");
  int a[7] = {1, 2, 3, 4, 5, 6, 7};
  permute(a, 0, 7);
  printf("permutations %d checksum %d\n", perm_count, perm_checksum);
  int v[] = {3, 34, 4, 12, 5, 2, 7, 8, 11, 15, 1, 9};
  printf("subsets summing to 30: %d\n", subset_sums(v, 12, 30));
  return eight;
}
