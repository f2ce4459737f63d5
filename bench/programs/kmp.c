/* kmp: Knuth-Morris-Pratt search of 6 patterns in a 16 KiB text over a 4-letter alphabet; prints match counts and a position hash. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define TEXT 16384

static char text[TEXT + 1];
static int fail[64];

static void build(const char *p, int m) {
  fail[0] = 0;
  int k = 0;
  for (int i = 1; i < m; ++i) {
    while (k > 0 && p[i] != p[k]) k = fail[k - 1];
    if (p[i] == p[k]) ++k;
    fail[i] = k;
  }
}

static int search(const char *t, int n, const char *p, int m, uint32_t *hash) {
  int count = 0, k = 0;
  for (int i = 0; i < n; ++i) {
    while (k > 0 && t[i] != p[k]) k = fail[k - 1];
    if (t[i] == p[k]) ++k;
    if (k == m) {
      ++count;
      *hash = *hash * 16777619u ^ (uint32_t)(i - m + 1);
      k = fail[k - 1];
    }
  }
  return count;
}

int main(void) {
  static const char *patterns[] = {"acgt", "aaaa", "gatc", "acacac", "tgcat", "ccgg"};
  uint32_t x = 7;
  for (int i = 0; i < TEXT; ++i) {
    x = x * 1664525u + 1013904223u;
    text[i] = "acgt"[x >> 30];
  }
  text[TEXT] = 0;
  uint32_t hash = 2166136261u;
  printf("kmp");
  for (size_t p = 0; p < sizeof patterns / sizeof *patterns; ++p) {
    int m = (int)strlen(patterns[p]);
    build(patterns[p], m);
    printf(" %d", search(text, TEXT, patterns[p], m, &hash));
  }
  printf(" hash %08x\n", hash);
  return 0;
}
