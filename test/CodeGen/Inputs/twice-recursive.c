// Sorts by calling itself twice per entry: static frequencies alone say the
// recursion never stops (reduced from bench/programs/quicksort.c).
#include <stdio.h>

static unsigned V[64];

static void sort(int Lo, int Hi) {
  if (Lo >= Hi)
    return;
  unsigned P = V[(Lo + Hi) / 2];
  int I = Lo, J = Hi;
  while (I <= J) {
    while (V[I] < P)
      I++;
    while (V[J] > P)
      J--;
    if (I <= J) {
      unsigned T = V[I];
      V[I++] = V[J];
      V[J--] = T;
    }
  }
  sort(Lo, J);
  sort(I, Hi);
}

int main(void) {
  unsigned X = 12345;
  for (int I = 0; I < 64; I++)
    V[I] = X = X * 1103515245u + 12345u;
  sort(0, 63);
  for (int I = 1; I < 64; I++)
    if (V[I - 1] > V[I])
      return 1;
  printf("%u %u\n", V[0], V[63]);
  return 0;
}
