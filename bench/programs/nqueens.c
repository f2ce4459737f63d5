/* nqueens: counts all solutions of the 9-queens problem by array backtracking, and mixes a hash of each solution's columns. */
#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>

#define N 9

static int col[N];
static bool used[N], diag1[2 * N], diag2[2 * N];
static long solutions;
static uint32_t hash;

static void place(int row) {
  if (row == N) {
    ++solutions;
    uint32_t h = 0;
    for (int i = 0; i < N; ++i) h = h * 10u + (uint32_t)col[i];
    hash ^= h + 0x9e3779b9u + (hash << 6) + (hash >> 2);
    return;
  }
  for (int c = 0; c < N; ++c) {
    if (used[c] || diag1[row + c] || diag2[row - c + N]) continue;
    used[c] = diag1[row + c] = diag2[row - c + N] = true;
    col[row] = c;
    place(row + 1);
    used[c] = diag1[row + c] = diag2[row - c + N] = false;
  }
}

int main(void) {
  place(0);
  printf("nqueens %d solutions %ld hash %08x\n", N, solutions, hash);
  return 0;
}
