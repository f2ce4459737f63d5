/* kmp_search: Knuth-Morris-Pratt search of two patterns ("abaab", "babbab")
 * in a 240-character text over {a, b} drawn from a 31-bit LCG. For each
 * pattern prints the number of matches, the first and the last match position
 * (-1 if none), then the sum of all match positions of both patterns. */
#include <stdio.h>

#define N 240

static const long long pats[11] = {97, 98, 97, 97, 98, 98, 97, 98, 98, 97, 98};
static long long text[N];
static long long fail[16];
static long long res[3]; /* first and last match position, sum of positions */

/* fail[i] = length of the longest proper border of pattern[0..i]. */
static void build_failure(long long po, long long m) {
  fail[0] = 0;
  long long k = 0;
  for (long long i = 1; i < m; ++i) {
    long long c = pats[po + i];
    while (k > 0 && c != pats[po + k])
      k = fail[k - 1];
    if (c == pats[po + k])
      k = k + 1;
    fail[i] = k;
  }
}

/* Matches of the pattern pats[po..po+m) in text. */
static long long kmp(long long po, long long m) {
  build_failure(po, m);
  long long k = 0, found = 0;
  res[0] = -1;
  res[1] = -1;
  for (long long i = 0; i < N; ++i) {
    long long c = text[i];
    while (k > 0 && c != pats[po + k])
      k = fail[k - 1];
    if (c == pats[po + k])
      k = k + 1;
    if (k == m) {
      long long pos = i - m + 1;
      found = found + 1;
      if (res[0] < 0)
        res[0] = pos;
      res[1] = pos;
      res[2] = res[2] + pos;
      k = fail[k - 1];
    }
  }
  return found;
}

int main(void) {
  long long x = 99;
  for (long long i = 0; i < N; ++i) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    text[i] = 97 + ((x >> 16) & 1);
  }
  long long n1 = kmp(0, 5);
  printf("%lld\n", (long long)n1);
  printf("%lld\n", (long long)res[0]);
  printf("%lld\n", (long long)res[1]);
  long long n2 = kmp(5, 6);
  printf("%lld\n", (long long)n2);
  printf("%lld\n", (long long)res[0]);
  printf("%lld\n", (long long)res[1]);
  printf("%lld\n", (long long)res[2]);
  return 0;
}
