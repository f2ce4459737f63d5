/* dna_align: Needleman-Wunsch global alignment of two DNA strands (30 and 27
 * bases, ASCII codes) with match +2, mismatch -1, gap -2; the score table in
 * RAM, then a traceback. Prints the score, the sum of the table's cells, and
 * the alignment's matches, mismatches, gaps and length. */
#include <stdio.h>

#define NA 30
#define NB 27
#define W (NB + 1)

static const long long sa[NA] = {71, 65, 84, 84, 65, 67, 65, 71, 67, 84,
                                 84, 65, 67, 71, 71, 65, 84, 67, 67, 65,
                                 71, 84, 65, 67, 71, 84, 84, 65, 71, 67};
static const long long sb[NB] = {71, 65, 84, 67, 65, 67, 65, 71, 84,
                                 84, 65, 67, 71, 71, 84, 84, 67, 67,
                                 65, 71, 65, 67, 71, 84, 65, 71, 67};
static long long H[(NA + 1) * W];
static long long stats[4]; /* matches, mismatches, gaps, length */

static void bump(long long k) { stats[k] = stats[k] + 1; }

static long long score(long long a, long long b) {
  long long s = -1;
  if (a == b)
    s = 2;
  return s;
}

static long long max3(long long a, long long b, long long c) {
  long long m = a;
  if (b > m)
    m = b;
  if (c > m)
    m = c;
  return m;
}

/* Fills H and returns the sum of its inner cells. */
static long long fill(void) {
  for (long long i = 0; i <= NA; ++i)
    H[i * W] = -2 * i;
  for (long long j = 0; j <= NB; ++j)
    H[j] = -2 * j;
  long long sum = 0;
  for (long long i = 1; i <= NA; ++i) {
    for (long long j = 1; j <= NB; ++j) {
      long long d = H[(i - 1) * W + (j - 1)] + score(sa[i - 1], sb[j - 1]);
      long long v = max3(d, H[(i - 1) * W + j] - 2, H[i * W + (j - 1)] - 2);
      H[i * W + j] = v;
      sum = sum + v;
    }
  }
  return sum;
}

static void traceback(void) {
  long long i = NA, j = NB;
  while (i > 0 || j > 0) {
    long long moved = 0;
    if (i > 0 && j > 0) {
      long long s = score(sa[i - 1], sb[j - 1]);
      if (H[i * W + j] == H[(i - 1) * W + (j - 1)] + s) {
        if (s > 0)
          bump(0);
        else
          bump(1);
        i = i - 1;
        j = j - 1;
        moved = 1;
      }
    }
    if (moved == 0) {
      if (i > 0) {
        if (H[i * W + j] == H[(i - 1) * W + j] - 2) {
          bump(2);
          i = i - 1;
          moved = 1;
        }
      }
    }
    if (moved == 0) {
      bump(2);
      j = j - 1;
    }
    bump(3);
  }
}

int main(void) {
  long long sum = fill();
  traceback();
  printf("%lld\n", (long long)H[NA * W + NB]);
  printf("%lld\n", (long long)sum);
  printf("%lld\n", (long long)stats[0]);
  printf("%lld\n", (long long)stats[1]);
  printf("%lld\n", (long long)stats[2]);
  printf("%lld\n", (long long)stats[3]);
  return 0;
}
