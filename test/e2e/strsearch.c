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
// String search: naive and Knuth-Morris-Pratt, all occurrences, overlapping matches, plus strstr.
#include <stdio.h>
#include <string.h>

static int naive_count(const char *text, const char *pat, int *first) {
  int n = (int)strlen(text), m = (int)strlen(pat), count = 0;
  *first = -1;
  for (int i = 0; i + m <= n; i++) {
    int j = 0;
    while (j < m && text[i + j] == pat[j])
      j++;
    if (j == m) {
      if (*first < 0)
        *first = i;
      count++;
    }
  }
  return count;
}

static void kmp_table(const char *pat, int m, int *fail) {
  fail[0] = 0;
  int k = 0;
  for (int i = 1; i < m; i++) {
    while (k > 0 && pat[i] != pat[k])
      k = fail[k - 1];
    if (pat[i] == pat[k])
      k++;
    fail[i] = k;
  }
}

static int kmp_search(const char *text, const char *pat, int *positions, int max) {
  int n = (int)strlen(text), m = (int)strlen(pat), count = 0;
  int fail[64];
  kmp_table(pat, m, fail);
  int k = 0;
  for (int i = 0; i < n; i++) {
    while (k > 0 && text[i] != pat[k])
      k = fail[k - 1];
    if (text[i] == pat[k])
      k++;
    if (k == m) {
      if (count < max)
        positions[count] = i - m + 1;
      count++;
      k = fail[k - 1];
    }
  }
  return count;
}

int main(void) {
  static char text[4096];
  /* A Fibonacci word: lots of repetitive structure for KMP. */
  char a[4096] = "a", b[4096] = "ab";
  while (strlen(b) < 2000) {
    char t[4096];
    strcpy(t, b);
    strcat(t, a);
    strcpy(a, b);
    strcpy(b, t);
  }
  strcpy(text, b);
  printf("text length %zu\n", strlen(text));
  const char *pats[] = {"aba", "abaab", "bb", "aabaa", "abaababaabaab", "x", "a"};
  for (int i = 0; i < 7; i++) {
    int first, pos[8];
    int n1 = naive_count(text, pats[i], &first);
    int n2 = kmp_search(text, pats[i], pos, 8);
    const char *s = strstr(text, pats[i]);
    printf("%-14s naive %4d kmp %4d first %4d strstr %4ld", pats[i], n1, n2, first,
           s ? (long)(s - text) : -1L);
    for (int k = 0; k < (n2 < 4 ? n2 : 4); k++)
      printf(" %d", pos[k]);
    printf("\n");
  }
  const char *prose = "she sells sea shells by the sea shore; the shells she sells are sea shells";
  const char *words[] = {"sea", "shells", "she", "sells", "shore", "ocean"};
  for (int i = 0; i < 6; i++) {
    int first, pos[8];
    /* Count first: argument evaluation order is unspecified in C. */
    int naive = naive_count(prose, words[i], &first);
    printf("%s: %d/%d first %d\n", words[i], naive,
           kmp_search(prose, words[i], pos, 8), first);
  }
  int fail[16];
  kmp_table("abacabab", 8, fail);
  for (int i = 0; i < 8; i++)
    printf("%d", fail[i]);
  printf("\n");
  return 6;
}
