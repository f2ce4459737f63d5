/* printf-vs-libc.c - compares the circ runtime's printf family with glibc's.
 *
 * It includes runtime/src/printf.c with its functions renamed circ_*, sends
 * __circ_putchar into a buffer, and for many formats and values checks that
 * circ_printf, circ_snprintf (also truncating) and circ_sprintf produce the
 * same text and return value as glibc's snprintf: the integer, string and
 * pointer conversions, and the floating-point ones (f F e E g G a A) on hard
 * values with every flag set, widths, precisions up to 3000 and *, then on N
 * fixed-seed random doubles (default 20000) with fixed and random formats.
 * Run from the repository root:
 *
 *   gcc -std=c11 -O1 -Wall -Wno-format -ffp-contract=off \
 *       -idirafter runtime/include runtime/test/printf-vs-libc.c \
 *       -o /tmp/printf-vs-libc && /tmp/printf-vs-libc [N]
 *
 * (-idirafter so that <stdio.h> is glibc's while <circ.h> is found.) It
 * prints the failures and "printf-vs-libc: C checks, F failures"; exit 0 iff
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

/* ---- Floating point ---- */

static double from_bits(uint64_t u) {
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}
static uint64_t to_bits(double d) {
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return u;
}

#define MAX_FLOATS 256
static double f_values[MAX_FLOATS];
static size_t n_f_values;

/* Hard cases: zeros, halves (ties at the last digit kept), exact powers of
 * ten and their neighbours, the extremes, subnormals, inf and nan of both
 * signs, values where %g changes style; most with the doubles one ulp away
 * (just around the ties). */
static void make_float_values(void) {
  static const double base[] = {
      0.5, 1.5, 2.5, 3.5, 9.5, 99.5, 0.125, 0.375, 0.0625, 0.3125, 1e-5,
      0.25, 0.75, 1e-320, 1e308, 123.5,
      123456789.0, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 1.0, 10.0, 0.1,
      1.0 / 3, 2.0 / 3, 0.05, 1.005, 2.675, 999999.5, 9999995.0, 0.0001,
      0.00001, 9.9999949999999e-5, 100000.0, 1e6, 4503599627370495.5,
      9007199254740993.0, 0x1.fffffffffffffp0, 0x1.08p0, 0x1.18p0, 0x1.8p0,
      0x1p-1022, 0x1p-1074, 0x1.ffffffffffffep-1023, 0x1.fffffffffffffp1023,
      1e300, 1e-300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
      0.1 + 0.2, 42.0, 1e-10, 123.456, 6.02214076e23};
  n_f_values = 0;
  f_values[n_f_values++] = 0.0;
  f_values[n_f_values++] = -0.0;
  f_values[n_f_values++] = from_bits(0x7ff0000000000000ULL);
  f_values[n_f_values++] = from_bits(0xfff0000000000000ULL);
  f_values[n_f_values++] = from_bits(0x7ff8000000000000ULL);
  f_values[n_f_values++] = from_bits(0xfff8000000000000ULL);
  f_values[n_f_values++] = from_bits(0x7ff0000000000001ULL);
  for (size_t i = 0; i < sizeof base / sizeof *base; i++) {
    uint64_t b = to_bits(base[i]);
    f_values[n_f_values++] = base[i];
    f_values[n_f_values++] = -base[i];
    if (i % 2 == 0) {
      f_values[n_f_values++] = from_bits(b + 1);
      f_values[n_f_values++] = from_bits(b - 1);
    }
  }
}

static const char *float_precs[] = {"",   ".",   ".0",  ".1", ".2",
                                    ".3", ".5",  ".10", ".17"};
static const char *float_widths[] = {"", "1", "12", "30"};

/* Every flag set x width x precision x conversion x hard value. */
static void float_matrix(void) {
  static const char *convs = "fFeEgGaA";
  char fmt[64];
  for (size_t f = 0; f < sizeof flag_sets / sizeof *flag_sets; f++)
    for (size_t w = 0; w < sizeof float_widths / sizeof *float_widths; w++)
      for (size_t p = 0; p < sizeof float_precs / sizeof *float_precs; p++)
        for (const char *c = convs; *c; c++) {
          snprintf(fmt, sizeof fmt, "<%%%s%s%s%c>", flag_sets[f],
                   float_widths[w], float_precs[p], *c);
          for (size_t v = 0; v < n_f_values; v++)
            CHECK(fmt, f_values[v]);
        }
}

/* Precisions 0..25 and large ones (every digit of the smallest subnormal
 * needs 1074), with and without '#'. */
static void float_precisions(void) {
  static const char *convs = "feEgGa";
  static const int large[] = {30,  40,   60,   100,  400,
                              767, 1074, 1100, 1200, 3000};
  char fmt[64];
  for (int k = 0; k < 26 + (int)(sizeof large / sizeof *large); k++) {
    int prec = k < 26 ? k : large[k - 26];
    for (const char *c = convs; *c; c++)
      for (int alt = 0; alt < 2; alt++) {
        snprintf(fmt, sizeof fmt, "[%%%s.%d%c]", alt ? "#" : "", prec, *c);
        for (size_t v = 0; v < n_f_values; v++)
          CHECK(fmt, f_values[v]);
      }
  }
}

/* * for width and precision; l, and L (which reads a double on circ, where
 * long double is double: compared with glibc's output without the L). */
static void float_stars_and_lengths(void) {
  static const int ws[] = {-30, -5, 0, 4, 20};
  static const int ps[] = {-7, -1, 0, 1, 3, 8, 21};
  for (size_t v = 0; v < n_f_values; v++) {
    double x = f_values[v];
    for (size_t i = 0; i < sizeof ws / sizeof *ws; i++)
      for (size_t j = 0; j < sizeof ps / sizeof *ps; j++) {
        CHECK("(%*.*f)", ws[i], ps[j], x);
        CHECK("(%-*.*e)", ws[i], ps[j], x);
        CHECK("(%0*.*g)", ws[i], ps[j], x);
        CHECK("(%+*.*a)", ws[i], ps[j], x);
      }
    CHECK("%lf %le %lg %la %lF %lE %lG %lA", x, x, x, x, x, x, x, x);
    /* With L glibc reads an x87 long double, whose %La differs from the
     * double's (0x8p-4 for 0.5); the other conversions print the same. */
    static const char *l_fmts[][2] = {
        {"%Lf", "%f"},         {"%.3Le", "%.3e"}, {"%#LG", "%#G"},
        {"%+20.10Lf", "%+20.10f"}, {"%La", "%a"}, {"%-12.2LE", "%-12.2E"},
        {"%010Lg", "%010g"},   {"%.0LA", "%.0A"}};
    for (size_t k = 0; k < sizeof l_fmts / sizeof *l_fmts; k++) {
      char want[BUF], got[BUF];
      int want_r = snprintf(want, sizeof want, l_fmts[k][1], x);
      int got_r = circ_snprintf(got, sizeof got, l_fmts[k][0], x);
      checks++;
      if (want_r != got_r || strcmp(want, got) != 0)
        report("snprintf (long double)", l_fmts[k][0], want, want_r, got,
               got_r);
    }
  }
  CHECK("%f|%e|%g|%a|%d|%s|%.2f", 1.5, 2.5, 3.5, 4.5, 7, "x", 0.125);
  CHECK("%5.1f%%|%-8.3e|%08.2f|% .0f|%+.0e|%#.0f|%#.0e|%#g|%#.0g", 99.95,
        1e-10, -3.14159, 2.5, 3.5, 0.5, 1.5, 1.0, 100.0);
}

static uint64_t float_rng = 0x853c49e6748fea9bULL;

static uint64_t next_float_random(void) { /* splitmix64 */
  uint64_t z = (float_rng += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* Random bit patterns (any exponent) and random values of moderate size
 * (exponent within +-70: ties and carries at the digits printed). */
static void float_random(int count) {
  static const char *fmts[] = {"%.17g", "%a",   "%.0f",  "%e",   "%.3e",
                               "%g",    "%f",   "%.30f", "%.40e", "%#.0e",
                               "%+.10a", "%.1a", "%.16e", "%.20g", "%.0e"};
  for (int i = 0; i < count; i++) {
    uint64_t r = next_float_random();
    if (i % 2)
      r = (r & 0x800fffffffffffffULL) |
          (uint64_t)(1023 - 70 + (int)(next_float_random() % 141)) << 52;
    double x = from_bits(r);
    for (size_t k = 0; k < sizeof fmts / sizeof *fmts; k++)
      CHECK(fmts[k], x);
    /* and one random format: flags, width, precision, conversion */
    uint64_t f = next_float_random();
    char fmt[64];
    snprintf(fmt, sizeof fmt, "%%%s%d.%d%c",
             flag_sets[f % (sizeof flag_sets / sizeof *flag_sets)],
             (int)(f >> 8 & 31), (int)(f >> 16 & 63), "fFeEgGaA"[f >> 24 & 7]);
    CHECK(fmt, x);
  }
}

int main(int argc, char **argv) {
  int random_count = argc > 1 ? atoi(argv[1]) : 20000;
  integer_matrix();
  string_char_pointer();
  stars();
  misc();
  make_float_values();
  float_matrix();
  float_precisions();
  float_stars_and_lengths();
  float_random(random_count);
  printf("printf-vs-libc: %ld checks, %ld failures\n", checks, failures);
  return failures != 0;
}
