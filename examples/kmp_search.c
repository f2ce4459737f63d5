/* kmp_search: Knuth-Morris-Pratt string search, as in the CoBBl benchmark of
 * the same name. Prints every match position; returns the number of matches. */
#include <stdio.h>
#include <string.h>

static void build_failure(const char *pat, int m, int *fail) {
  fail[0] = 0;
  for (int i = 1, k = 0; i < m; ++i) {
    while (k > 0 && pat[i] != pat[k])
      k = fail[k - 1];
    if (pat[i] == pat[k])
      ++k;
    fail[i] = k;
  }
}

static int kmp(const char *text, const char *pat, int *out, int max) {
  int n = (int)strlen(text), m = (int)strlen(pat), fail[32], found = 0;
  build_failure(pat, m, fail);
  for (int i = 0, k = 0; i < n; ++i) {
    while (k > 0 && text[i] != pat[k])
      k = fail[k - 1];
    if (text[i] == pat[k])
      ++k;
    if (k == m) {
      if (found < max)
        out[found] = i - m + 1;
      ++found;
      k = fail[k - 1];
    }
  }
  return found;
}

int main(void) {
  const char *text = "abracadabra abracadabra cadabra abracadabrabra";
  int pos[16];
  int n = kmp(text, "abra", pos, 16);
  printf("%d matches of \"abra\":", n);
  for (int i = 0; i < n && i < 16; ++i)
    printf(" %d", pos[i]);
  printf("\n");
  return n;
}
