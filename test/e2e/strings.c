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
// String and ctype functions: strlen/strcmp/strncmp/strcpy/strncpy/strchr/strrchr/strcat/strstr, atoi, sprintf, ctype.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sign(int v) { return (v > 0) - (v < 0); }

static void to_upper(char *s) {
  for (; *s; s++)
    *s = (char)toupper((unsigned char)*s);
}

static int count_words(const char *s) {
  int n = 0, in = 0;
  for (; *s; s++) {
    if (isspace((unsigned char)*s))
      in = 0;
    else if (!in) {
      in = 1;
      n++;
    }
  }
  return n;
}

/* Split on a delimiter without strtok. */
static int split(const char *s, char delim, char out[][16], int max) {
  int n = 0;
  while (n < max) {
    const char *e = strchr(s, delim);
    size_t len = e ? (size_t)(e - s) : strlen(s);
    if (len > 15)
      len = 15;
    strncpy(out[n], s, len);
    out[n][len] = 0;
    n++;
    if (!e)
      break;
    s = e + 1;
  }
  return n;
}

int main(void) {
  const char *a = "apple", *b = "apples", *c = "apricot";
  printf("strlen %zu %zu %zu\n", strlen(a), strlen(b), strlen(""));
  printf("strcmp %d %d %d %d\n", sign(strcmp(a, b)), sign(strcmp(b, a)), sign(strcmp(a, a)),
         sign(strcmp(a, c)));
  printf("strncmp %d %d %d\n", sign(strncmp(a, b, 5)), sign(strncmp(a, b, 6)),
         sign(strncmp(a, c, 2)));
  printf("high bytes compare unsigned: %d\n", sign(strcmp("\x80", "\x7f")));

  char buf[64];
  strcpy(buf, "Hello");
  strcat(buf, ", ");
  strcat(buf, "World");
  printf("%s (%zu)\n", buf, strlen(buf));
  char *comma = strchr(buf, ',');
  printf("strchr: %s | strrchr('o'): %s | strchr NUL at %td\n", comma, strrchr(buf, 'o'),
         strchr(buf, 0) - buf);
  printf("strchr missing: %d, strstr: %s\n", strchr(buf, 'z') == NULL, strstr(buf, "Wor"));
  char small[8];
  memset(small, 'x', sizeof small);
  strncpy(small, "hi", sizeof small);
  printf("strncpy pads: %d %d %d\n", small[2], small[7], (int)strlen(small));
  strncpy(small, "truncated!", 4);
  small[4] = 0;
  printf("strncpy truncates: %s\n", small);
  to_upper(buf);
  printf("upper: %s\n", buf);

  const char *nums[] = {"42", "-17", "   +8", "0", "2147483647", "-2147483648", "12abc", "abc", "\t\n 99"};
  for (int i = 0; i < 9; i++)
    printf("atoi(\"%s\") = %d\n", nums[i], atoi(nums[i]));
  printf("abs %d %d labs %ld\n", abs(-5), abs(5), labs(-9000000000L));

  int digits = 0, alphas = 0, spaces = 0, uppers = 0, lowers = 0;
  const char *text = "The 3 quick Brown foxes jumped over 12 lazy DOGS!\n";
  for (const char *p = text; *p; p++) {
    unsigned char ch = (unsigned char)*p;
    digits += !!isdigit(ch);
    alphas += !!isalpha(ch);
    spaces += !!isspace(ch);
    uppers += !!isupper(ch);
    lowers += !!islower(ch);
  }
  printf("ctype: %d digits %d alpha %d space %d upper %d lower, %d words\n", digits, alphas,
         spaces, uppers, lowers, count_words(text));
  printf("tolower/toupper: %c%c%c%c\n", tolower('Q'), toupper('q'), tolower('5'), toupper('!'));

  char parts[6][16];
  int n = split("alpha,beta,,delta,epsilon-is-longer-than-15", ',', parts, 6);
  for (int i = 0; i < n; i++)
    printf("[%s]", parts[i]);
  printf(" (%d parts)\n", n);

  char out[128];
  int len = sprintf(out, "%s-%05d-%x-%c", "id", 42, 0xbeefu, 'Q');
  printf("sprintf: %s (%d)\n", out, len);
  len = snprintf(out, 10, "%s", "this does not fit");
  printf("snprintf: %s (%d)\n", out, len);
  /* Build a string with repeated strcat and check it. */
  char big[256] = "";
  for (int i = 0; i < 20; i++) {
    char piece[8];
    sprintf(piece, "%d,", i * i);
    strcat(big, piece);
  }
  printf("built: %s (%zu)\n", big, strlen(big));
  return 0;
}
