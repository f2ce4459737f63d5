/* needleman_wunsch: global alignment score (match +2, mismatch -1, gap -2) of two 220-base DNA sequences, with traceback. */
#include <stdint.h>
#include <stdio.h>

#define LA 220
#define LB 210

static char sa[LA], sb[LB];
static int score[LA + 1][LB + 1];

static int max3(int a, int b, int c) {
  int m = a > b ? a : b;
  return m > c ? m : c;
}

int main(void) {
  uint32_t x = 20240601u;
  for (int i = 0; i < LA; ++i) {
    x = x * 1103515245u + 12345u;
    sa[i] = "ACGT"[(x >> 16) & 3];
  }
  /* b is a mutated copy of a: substitutions and deletions */
  int j = 0;
  for (int i = 0; i < LA && j < LB; ++i) {
    x = x * 1103515245u + 12345u;
    unsigned r = (x >> 16) % 20;
    if (r == 0) continue;
    sb[j++] = r == 1 ? "ACGT"[(x >> 8) & 3] : sa[i];
  }
  while (j < LB) sb[j++] = 'A';
  for (int i = 0; i <= LA; ++i) score[i][0] = -2 * i;
  for (int k = 0; k <= LB; ++k) score[0][k] = -2 * k;
  for (int i = 1; i <= LA; ++i)
    for (int k = 1; k <= LB; ++k) {
      int diag = score[i - 1][k - 1] + (sa[i - 1] == sb[k - 1] ? 2 : -1);
      score[i][k] = max3(diag, score[i - 1][k] - 2, score[i][k - 1] - 2);
    }
  /* traceback: count matches, mismatches and gaps on one optimal path */
  int i = LA, k = LB, matches = 0, mism = 0, gaps = 0;
  while (i > 0 || k > 0) {
    if (i > 0 && k > 0 &&
        score[i][k] == score[i - 1][k - 1] + (sa[i - 1] == sb[k - 1] ? 2 : -1)) {
      if (sa[i - 1] == sb[k - 1]) ++matches; else ++mism;
      --i;
      --k;
    } else if (i > 0 && score[i][k] == score[i - 1][k] - 2) {
      ++gaps;
      --i;
    } else {
      ++gaps;
      --k;
    }
  }
  printf("nw score %d matches %d mismatches %d gaps %d\n", score[LA][LB], matches, mism, gaps);
  return 0;
}
