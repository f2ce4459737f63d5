/* exp-log-vs-libm.c - compares the circ runtime's exp, exp2, log, log2,
 * log10 and pow (runtime/src/exp_log.c) and their float versions with
 * glibc's long double versions (64-bit significands on x86-64), rounded to
 * the result's format: nearly always the nearest double or float.
 *
 * C does not define these results exactly, so the comparison is by
 * distance: a special case
 * (an infinite, zero or NaN argument or result) must give the reference's bits (a
 * NaN where the reference gives one: the sign and payload of a NaN are not compared);
 * any other result may be one ulp away (a faithful rounding),
 * never more. It includes exp_log.c with its functions renamed circ_*, runs the
 * functions on hard values and on N fixed-seed random arguments each, and
 * prints "exp-log-vs-libm: C checks, I identical, U one ulp apart, F
 * failures"; exit 0 iff no failure. Run from the repository root:
 *
 *   gcc -std=c11 -O1 -Wall -fno-builtin -ffp-contract=off \
 *       -idirafter runtime/include runtime/test/exp-log-vs-libm.c -lm \
 *       -o /tmp/exp-log-vs-libm && /tmp/exp-log-vs-libm [N]
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define exp circ_exp
#define exp2 circ_exp2
#define log circ_log
#define log2 circ_log2
#define log10 circ_log10
#define pow circ_pow
#define expf circ_expf
#define exp2f circ_exp2f
#define logf circ_logf
#define log2f circ_log2f
#define log10f circ_log10f
#define powf circ_powf
#define expl circ_expl
#define exp2l circ_exp2l
#define logl circ_logl
#define log2l circ_log2l
#define log10l circ_log10l
#define powl circ_powl
#include "../src/exp_log.c"
#undef exp
#undef exp2
#undef log
#undef log2
#undef log10
#undef pow
#undef expf
#undef exp2f
#undef logf
#undef log2f
#undef log10f
#undef powf
#undef expl
#undef exp2l
#undef logl
#undef log2l
#undef log10l
#undef powl

static long checks, identical, one_ulp, failures;

static uint64_t bits(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

static uint64_t fbits(float x) {
  uint32_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

static int special(double v) { return !isfinite(v) || v == 0.0; }

/* want and got are results of a double (or, is_float, float) function. */
static void check(const char *name, double x, double y, double want,
                  double got, int is_float) {
  checks++;
  uint64_t w = is_float ? fbits((float)want) : bits(want);
  uint64_t g = is_float ? fbits((float)got) : bits(got);
  if (w == g || (isnan(want) && isnan(got))) { /* any NaN for a NaN */
    identical++;
    return;
  }
  int strict = special(x) || special(y) || special(want) || special(got) ||
               signbit(want) != signbit(got);
  if (!strict && (w > g ? w - g : g - w) == 1) {
    one_ulp++;
    return;
  }
  if (++failures <= 40)
    printf("FAIL %s(%a, %a): reference %a, circ %a\n", name, x, y, want, got);
}

static uint64_t rng = 0x2545f4914f6cdd1dULL;
static uint64_t next_random(void) { /* splitmix64 */
  uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
static double uniform(double lo, double hi) {
  return lo + (hi - lo) * (double)(next_random() >> 11) * 0x1p-53;
}
static double any_double(void) {
  uint64_t u = next_random();
  double x;
  memcpy(&x, &u, sizeof x);
  return x;
}

/* The reference is glibc's long double function (64-bit significands on
 * x86-64) rounded: glibc's own log10 is 2 ulps off at 0x1.51bd2ad681a85p+0,
 * its log10f at 0x1.afbae2p+0. */
static void check1(const char *name, double (*mine)(double),
                   long double (*theirs)(long double), float (*minef)(float),
                   double x) {
  check(name, x, 1, (double)theirs(x), mine(x), 0);
  float xf = (float)x;
  check(name, xf, 1, (float)theirs(xf), minef(xf), 1);
}

static void check_pow(double x, double y) {
  check("pow", x, y, (double)powl(x, y), circ_pow(x, y), 0);
  float xf = (float)x, yf = (float)y;
  check("powf", xf, yf, (float)powl(xf, yf), circ_powf(xf, yf), 1);
}

static const double hard[] = {
    0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1.5, -1.5,
    0.1, 10.0, 1e-300, 1e300, 0x1p-1074, 0x1p-1022, 0x1.fffffffffffffp1023,
    709.78, 709.79, -745.1, -745.2, 1024.0, -1075.0, 1.0000000000000002,
    0.9999999999999999, 2.718281828459045, 0x1p52, 0x1p53 + 2, 0x1p53 + 1,
    INFINITY, -INFINITY, NAN, -NAN};
#define NHARD (int)(sizeof hard / sizeof hard[0])

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 200000;
  for (int i = 0; i < NHARD; i++) {
    check1("exp", circ_exp, expl, circ_expf, hard[i]);
    check1("exp2", circ_exp2, exp2l, circ_exp2f, hard[i]);
    check1("log", circ_log, logl, circ_logf, hard[i]);
    check1("log2", circ_log2, log2l, circ_log2f, hard[i]);
    check1("log10", circ_log10, log10l, circ_log10f, hard[i]);
    for (int j = 0; j < NHARD; j++)
      check_pow(hard[i], hard[j]);
  }
  for (long k = 0; k < n; k++) {
    double e = uniform(-750, 750), a = any_double(), p = fabs(a);
    check1("exp", circ_exp, expl, circ_expf, k & 1 ? e : e / 700);
    check1("exp2", circ_exp2, exp2l, circ_exp2f, e * 1.45);
    check1("log", circ_log, logl, circ_logf, k & 1 ? p : uniform(0.5, 2));
    check1("log2", circ_log2, log2l, circ_log2f, p);
    check1("log10", circ_log10, log10l, circ_log10f, p);
    /* pow: a positive base, an exponent that keeps the result in range;
     * a negative base with an integer exponent; any two values. */
    double x = exp(uniform(-40, 40)), y = uniform(-700, 700) / fabs(log(x));
    check_pow(x, k & 2 ? y : uniform(-20, 20));
    check_pow(-x, (double)(int64_t)uniform(-30, 30));
    check_pow(a, any_double());
  }
  printf("exp-log-vs-libm: %ld checks, %ld identical, %ld one ulp apart, "
         "%ld failures\n",
         checks, identical, one_ulp, failures);
  return failures != 0;
}
