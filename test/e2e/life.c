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
// Conway's game of life on a wrapping 2-D grid: a glider and a blinker, generation counts, rendering.
#include <stdio.h>
#include <string.h>

#define W 20
#define H 12

static unsigned char grid[H][W], next[H][W];

static int neighbours(int y, int x) {
  int n = 0;
  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++)
      if (dy || dx)
        n += grid[(y + dy + H) % H][(x + dx + W) % W];
  return n;
}

static void step(void) {
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++) {
      int n = neighbours(y, x);
      next[y][x] = (unsigned char)(n == 3 || (n == 2 && grid[y][x]));
    }
  memcpy(grid, next, sizeof grid);
}

static int population(void) {
  int p = 0;
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++)
      p += grid[y][x];
  return p;
}

static void render(void) {
  for (int y = 0; y < H; y++) {
    char line[W + 1];
    for (int x = 0; x < W; x++)
      line[x] = grid[y][x] ? '#' : '.';
    line[W] = 0;
    puts(line);
  }
}

int main(void) {
  /* Glider */
  grid[0][1] = grid[1][2] = grid[2][0] = grid[2][1] = grid[2][2] = 1;
  /* Blinker */
  grid[6][10] = grid[6][11] = grid[6][12] = 1;
  /* R-pentomino far away */
  grid[8][15] = grid[8][16] = grid[9][14] = grid[9][15] = grid[10][15] = 1;
  render();
  for (int g = 1; g <= 40; g++) {
    step();
    if (g % 10 == 0)
      printf("generation %d: population %d\n", g, population());
  }
  render();
  return population() % 100;
}
