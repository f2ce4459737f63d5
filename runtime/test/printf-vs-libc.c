/* printf-vs-libc.c - compares the circ runtime's printf family with glibc's.
 *
 * It includes runtime/src/printf.c with its functions renamed circ_*, sends
 * __circ_putchar into a buffer, and for many formats and values checks that
 * circ_printf, circ_snprintf (also truncating) and circ_sprintf produce the
 * same text and return value as glibc's snprintf. Run from the repository
 * root:
 *
 *   gcc -std=c11 -O1 -Wall -Wno-format -idirafter runtime/include \
 *       runtime/test/printf-vs-libc.c -o /tmp/printf-vs-libc && /tmp/printf-vs-libc
 *
 * (-idirafter so that <stdio.h> is glibc's while <circ.h> is found.) It
 * prints the failures and "printf-vs-libc: N checks, M failures"; exit 0 iff
 * no failure. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define printf circ_printf
#define vprintf circ_vprintf
#define sprintf circ_sprintf
#define vsprintf circ_vsprintf
#define snprintf circ_snprintf
#define vsnprintf circ_vsnprintf
#include "../src/printf.c"
#undef printf
#undef vprintf
#undef sprintf
#undef vsprintf
#undef snprintf
#undef vsnprintf

#define BUF 16384
static char out_buf[BUF];
static size_t out_len;

int __circ_putchar(int c) {
  if (out_len < sizeof out_buf)
    out_buf[out_len++] = (char)c;
  return c;
}

static long checks, failures;

static void report(const char *what, const char *fmt, const char *want,
                   int want_r, const char *got, int got_r) {
  failures++;
  if (failures <= 50)
    printf("FAIL %s fmt=\"%.100s\": want \"%.200s\" (%d), got \"%.200s\" (%d)\n",
           what, fmt, want, want_r, got, got_r);
}

/* CHECK(fmt, args...): compare glibc and circ on one call. */
#define CHECK(fmt, ...)                                                       \
  do {                                                                        \
    char want[BUF], got[BUF];                                               \
    int want_r = snprintf(want, sizeof want, fmt, __VA_ARGS__);               \
    checks++;                                                                 \
    /* circ_printf to "standard output" */                                    \
    out_len = 0;                                                              \
    int got_r = circ_printf(fmt, __VA_ARGS__);                                \
    size_t want_len = want_r < 0 ? strlen(want) : (size_t)want_r;            \
    if (got_r != want_r || out_len != want_len ||                             \
        memcmp(out_buf, want, out_len) != 0) {                                \
      memcpy(got, out_buf, out_len < BUF - 1 ? out_len : BUF - 1);                  \
      got[out_len < BUF - 1 ? out_len : BUF - 1] = 0;                               \
      report("printf", fmt, want, want_r, got, got_r);                        \
    }                                                                         \
    /* circ_sprintf */                                                        \
    memset(got, 'Z', sizeof got);                                             \
    got_r = circ_sprintf(got, fmt, __VA_ARGS__);                              \
    if (got_r != want_r || memcmp(got, want, want_len + 1) != 0)              \
      report("sprintf", fmt, want, want_r, got, got_r);                       \
    /* circ_snprintf with truncation: n = 0, 1, 3, len, len + 1 */            \
    size_t ns[5] = {0, 1, 3, want_len, want_len + 1};                        \
    for (int k = 0; k < 5; k++) {                                             \
      char w2[BUF], g2[BUF];                                                \
      memset(w2, 'Z', sizeof w2);                                             \
      memset(g2, 'Z', sizeof g2);                                             \
      int wr = snprintf(w2, ns[k], fmt, __VA_ARGS__);                         \
      int gr = circ_snprintf(g2, ns[k], fmt, __VA_ARGS__);                    \
      if (wr != gr || memcmp(w2, g2, sizeof w2) != 0) {                       \
        w2[BUF - 1] = g2[BUF - 1] = 0;                                              \
        report("snprintf", fmt, w2, wr, g2, gr);                              \
      }                                                                       \
    }                                                                         \
  } while (0)

static const char *flag_sets[] = {"",   "-",   "0",   "+",   " ",  "#",
                                  "-0", "+0",  " 0",  "-+",  "- ", "+ ",
                                  "#0", "#-",  "-+0", "0#+", "-# 0+"};
static const char *widths[] = {"", "1", "2", "5", "12", "25"};
static const char *precs[] = {"", ".", ".0", ".1", ".3", ".12", ".25"};

static const long long s_values[] = {0,
                                     1,
                                     -1,
                                     7,
                                     -7,
                                     42,
                                     -42,
                                     127,
                                     -128,
                                     255,
                                     32767,
                                     -32768,
                                     65535,
                                     123456789,
                                     INT_MAX,
                                     INT_MIN,
                                     (long long)INT_MAX + 1,
                                     4294967295LL,
                                     -4294967296LL,
                                     1234567890123456789LL,
                                     -987654321987654321LL,
                                     LLONG_MAX,
                                     LLONG_MIN};
#define NVALUES (sizeof s_values / sizeof s_values[0])

/* Every flag set x width x precision x length modifier x conversion x value. */
static void integer_matrix(void) {
  static const char *convs = "diuxXo";
  static const char *lens[] = {"", "hh", "h", "l", "ll", "z", "j", "t"};
  char fmt[64];
  for (size_t f = 0; f < sizeof flag_sets / sizeof *flag_sets; f++)
    for (size_t w = 0; w < sizeof widths / sizeof *widths; w++)
      for (size_t p = 0; p < sizeof precs / sizeof *precs; p++)
        for (size_t l = 0; l < sizeof lens / sizeof *lens; l++)
          for (const char *c = convs; *c; c++) {
            snprintf(fmt, sizeof fmt, "<%%%s%s%s%s%c>", flag_sets[f],
                     widths[w], precs[p], lens[l], *c);
            for (size_t v = 0; v < NVALUES; v++) {
              long long x = s_values[v];
              switch (l) {
              case 0: case 1: case 2:
                CHECK(fmt, (int)x); /* hh and h take an int too */
                break;
              case 3: CHECK(fmt, (long)x); break;
              case 4: CHECK(fmt, x); break;
              case 5: CHECK(fmt, (size_t)x); break;
              case 6: CHECK(fmt, (intmax_t)x); break;
              default: CHECK(fmt, (ptrdiff_t)x); break;
              }
            }
          }
}

static void string_char_pointer(void) {
  static const char *strs[] = {"", "a", "hello", "hello, world", NULL};
  static const int chars[] = {'a', 'Z', ' ', '%', 0x7f, 200};
  static void *ptrs[] = {NULL, (void *)1, (void *)0x1000, (void *)0xdeadbeef,
                         (void *)0x7fffffffffffULL, (void *)UINTPTR_MAX};
  char fmt[64];
  for (size_t f = 0; f < sizeof flag_sets / sizeof *flag_sets; f++)
    for (size_t w = 0; w < sizeof widths / sizeof *widths; w++)
      for (size_t p = 0; p < sizeof precs / sizeof *precs; p++) {
        snprintf(fmt, sizeof fmt, "[%%%s%s%ss]", flag_sets[f], widths[w],
                 precs[p]);
        for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
          CHECK(fmt, strs[i]);
        snprintf(fmt, sizeof fmt, "[%%%s%s%sc]", flag_sets[f], widths[w],
                 precs[p]);
        for (size_t i = 0; i < sizeof chars / sizeof *chars; i++)
          CHECK(fmt, chars[i]);
        snprintf(fmt, sizeof fmt, "[%%%s%s%sp]", flag_sets[f], widths[w],
                 precs[p]);
        for (size_t i = 0; i < sizeof ptrs / sizeof *ptrs; i++)
          CHECK(fmt, ptrs[i]);
      }
}

static void stars(void) {
  static const int ws[] = {-30, -5, -1, 0, 1, 4, 9, 20};
  static const int ps[] = {-7, -1, 0, 1, 3, 8, 21};
  for (size_t i = 0; i < sizeof ws / sizeof *ws; i++)
    for (size_t j = 0; j < sizeof ps / sizeof *ps; j++)
      for (size_t v = 0; v < NVALUES; v++) {
        CHECK("(%*d)", ws[i], (int)s_values[v]);
        CHECK("(%.*d)", ps[j], (int)s_values[v]);
        CHECK("(%*.*ld)", ws[i], ps[j], (long)s_values[v]);
        CHECK("(%-*.*llx)", ws[i], ps[j], s_values[v]);
        CHECK("(%0*.*lo)", ws[i], ps[j], (long)s_values[v]);
        CHECK("(%0*lu)", ws[i], (unsigned long)s_values[v]);
        CHECK("(%*.*s)", ws[i], ps[j], "abcdefghij");
        CHECK("(%*c)", ws[i], 'q');
      }
}

static void misc(void) {
  CHECK("%s", "plain text, no conversions");
  CHECK("%d%%", 50);
  CHECK("100%% %5%|%-5%|%05%", 1);
  CHECK("%d %i %u %x %X %o %c %s %p %%", -5, 6, 7u, 255u, 255u, 8u, 'c', "str",
        (void *)0x1234);
  CHECK("%5d|%-5d|%05d|%+d|% d|%.3d|%8.3d|%-8.3d|%08.3d", 42, 42, 42, 42, 42,
        42, 42, 42, 42);
  CHECK("%d %d %ld %ld %lld", INT_MIN, INT_MAX, LONG_MIN, LONG_MAX, LLONG_MIN);
  CHECK("%u %lu %llu %x %lx", UINT_MAX, ULONG_MAX, ULLONG_MAX, UINT_MAX,
        ULONG_MAX);
  CHECK("%hhd %hhu %hhx %hd %hu %hx", 300, 300, -1, 70000, 70000, -1);
  CHECK("%zu %zd %zx", (size_t)123, (ptrdiff_t)-123, (size_t)-1);
  CHECK("%y %5y %-3.2y %ly %hhy %zy", 0);
  CHECK("[%-05y][%.y][%#+ -0 5.3y][%*y][%-*y][%.*y][%0-5y][%+ y][%00y]", 5, -7,
        -3);
  CHECK("%qd %qu %qx", -5LL, 5ULL, 5ULL);
  CHECK("%Ld %Lu", -5LL, 5ULL);
  CHECK("%lc|%5lc", 'w', 'w');
  CHECK("%", 0);
  CHECK("abc%", 0);
  CHECK("%5", 0);
  CHECK("%-08d|%-08x|%0-8d", 12, 12, 12);
  CHECK("%#x %#X %#o %#.0o %#.0x %#5o %#05x %#-8x|", 0, 0, 0, 0, 0, 8, 10, 255);
  CHECK("%#o %#.3o %#.4o %#5.3o", 8, 8, 8, 8);
  CHECK("%s|%.0s|%.5s|%.6s|%10s|%-10s|", (char *)NULL, (char *)NULL,
        (char *)NULL, (char *)NULL, (char *)NULL, (char *)NULL);
  CHECK("%p|%5p|%-10p|%010p|%+p|% p|%.2p|%#p", (void *)NULL, (void *)NULL,
        (void *)NULL, (void *)NULL, (void *)NULL, (void *)NULL, (void *)NULL,
        (void *)NULL);
  CHECK("%020.5p|%-20.5p|%+.0p", (void *)0x1234, (void *)0x1234,
        (void *)0x1234);
  CHECK("%c%c%c", 'a', 0, 'b'); /* an embedded NUL byte */
  CHECK("%.0d|%.0u|%.0x|%5.0d|%-5.0d|%+.0d|% .0d", 0, 0u, 0u, 0, 0, 0, 0);
  CHECK("%300d|%-300x|%.200d", 1, 2u, 3);
  char big[3000];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = 0;
  CHECK("%s|%.1000s|%3500s", big, big, big);
}

int main(void) {
  integer_matrix();
  string_char_pointer();
  stars();
  misc();
  printf("printf-vs-libc: %ld checks, %ld failures\n", checks, failures);
  return failures != 0;
}
