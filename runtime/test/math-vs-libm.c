/* math-vs-libm.c - compares the circ runtime's <math.h> functions with
 * glibc's libm, bit for bit.
 *
 * It includes runtime/src/math.c with its functions renamed circ_* and calls
 * every function, double and float (and the l wrappers, which take double
 * there), on a fixed list of hard values (zeros, subnormals, the largest
 * finite values, infinities, quiet and signaling NaNs of either sign, ties,
 * values next to powers of two and to integers) and on N values per
 * function from a fixed-seed generator, and compares the bits of each result
 * (and of frexp's exponent, modf's integer part) with glibc's. Run from the
 * repository root:
 *
 *   gcc -std=c11 -O1 -Wall -fno-builtin -ffp-contract=off \
 *       -idirafter runtime/include runtime/test/math-vs-libm.c -lm \
 *       -o /tmp/math-vs-libm && /tmp/math-vs-libm [N]
 *
 * (-fno-builtin so that gcc calls libm instead of folding the calls itself;
 * -idirafter so that <math.h> is glibc's.) N defaults to 200000. It prints
 * the failures and "math-vs-libm: C checks, F failures"; exit 0 iff no
 * failure. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define fabs circ_fabs
#define fabsf circ_fabsf
#define fabsl circ_fabsl
#define floor circ_floor
#define floorf circ_floorf
#define floorl circ_floorl
#define ceil circ_ceil
#define ceilf circ_ceilf
#define ceill circ_ceill
#define trunc circ_trunc
#define truncf circ_truncf
#define truncl circ_truncl
#define round circ_round
#define roundf circ_roundf
#define roundl circ_roundl
#define lround circ_lround
#define lroundf circ_lroundf
#define lroundl circ_lroundl
#define llround circ_llround
#define llroundf circ_llroundf
#define llroundl circ_llroundl
#define rint circ_rint
#define rintf circ_rintf
#define rintl circ_rintl
#define nearbyint circ_nearbyint
#define nearbyintf circ_nearbyintf
#define nearbyintl circ_nearbyintl
#define sqrt circ_sqrt
#define sqrtf circ_sqrtf
#define sqrtl circ_sqrtl
#define fmod circ_fmod
#define fmodf circ_fmodf
#define fmodl circ_fmodl
#define remainder circ_remainder
#define remainderf circ_remainderf
#define remainderl circ_remainderl
#define frexp circ_frexp
#define frexpf circ_frexpf
#define frexpl circ_frexpl
#define ldexp circ_ldexp
#define ldexpf circ_ldexpf
#define ldexpl circ_ldexpl
#define scalbn circ_scalbn
#define scalbnf circ_scalbnf
#define scalbnl circ_scalbnl
#define modf circ_modf
#define modff circ_modff
#define modfl circ_modfl
#define copysign circ_copysign
#define copysignf circ_copysignf
#define copysignl circ_copysignl
#define fmin circ_fmin
#define fminf circ_fminf
#define fminl circ_fminl
#define fmax circ_fmax
#define fmaxf circ_fmaxf
#define fmaxl circ_fmaxl
#define fdim circ_fdim
#define fdimf circ_fdimf
#define fdiml circ_fdiml
#define nan circ_nan
#define nanf circ_nanf
#define nanl circ_nanl
#define logb circ_logb
#define logbf circ_logbf
#define logbl circ_logbl
#define ilogb circ_ilogb
#define ilogbf circ_ilogbf
#define ilogbl circ_ilogbl
#define nextafter circ_nextafter
#define nextafterf circ_nextafterf
#define nextafterl circ_nextafterl
#include "../src/math.c"
#undef fabs
#undef fabsf
#undef fabsl
#undef floor
#undef floorf
#undef floorl
#undef ceil
#undef ceilf
#undef ceill
#undef trunc
#undef truncf
#undef truncl
#undef round
#undef roundf
#undef roundl
#undef lround
#undef lroundf
#undef lroundl
#undef llround
#undef llroundf
#undef llroundl
#undef rint
#undef rintf
#undef rintl
#undef nearbyint
#undef nearbyintf
#undef nearbyintl
#undef sqrt
#undef sqrtf
#undef sqrtl
#undef fmod
#undef fmodf
#undef fmodl
#undef remainder
#undef remainderf
#undef remainderl
#undef frexp
#undef frexpf
#undef frexpl
#undef ldexp
#undef ldexpf
#undef ldexpl
#undef scalbn
#undef scalbnf
#undef scalbnl
#undef modf
#undef modff
#undef modfl
#undef copysign
#undef copysignf
#undef copysignl
#undef fmin
#undef fminf
#undef fminl
#undef fmax
#undef fmaxf
#undef fmaxl
#undef fdim
#undef fdimf
#undef fdiml
#undef nan
#undef nanf
#undef nanl
#undef logb
#undef logbf
#undef logbl
#undef ilogb
#undef ilogbf
#undef ilogbl
#undef nextafter
#undef nextafterf
#undef nextafterl

static long checks, failures;

#ifndef SHOW_FAILURES
#define SHOW_FAILURES 50 /* how many failures to print */
#endif

static uint64_t dbits(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}
static double dval(uint64_t u) {
  double x;
  memcpy(&x, &u, sizeof x);
  return x;
}
static uint64_t fbits(float x) {
  uint32_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}
static float fval(uint64_t u) {
  uint32_t v = (uint32_t)u;
  float x;
  memcpy(&x, &v, sizeof x);
  return x;
}

/* One comparison; a and b are the bits of the arguments (b unused for one
 * argument), want and got those of the results. */
static void check(const char *name, uint64_t a, uint64_t b, uint64_t want,
                  uint64_t got) {
  checks++;
  if (want == got)
    return;
  failures++;
  if (failures <= SHOW_FAILURES)
    printf("FAIL %s(%#llx, %#llx): want %#llx, got %#llx\n", name,
           (unsigned long long)a, (unsigned long long)b,
           (unsigned long long)want, (unsigned long long)got);
}

/* ---- Inputs ---- */

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t next_random(void) { /* splitmix64 */
  uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

#define MAX_EDGES 512
static uint64_t d_edges[MAX_EDGES], f_edges[MAX_EDGES];
static int n_d_edges, n_f_edges;

/* Each magnitude with both signs and its neighbours one ulp away. */
static void add_edge(uint64_t *edges, int *n, uint64_t mag, uint64_t sign) {
  uint64_t near[3] = {mag, mag + 1, mag - 1};
  for (int k = 0; k < 3; k++) {
    if ((k == 2 && mag == 0) || *n + 2 > MAX_EDGES)
      continue;
    edges[(*n)++] = near[k];
    edges[(*n)++] = near[k] | sign;
  }
}

static void make_edges(void) {
  static const uint64_t d_special[] = {
      0, 0x000fffffffffffffULL, 0x0010000000000000ULL, 0x7fefffffffffffffULL,
      0x7ff0000000000000ULL, 0x7ff8000000000000ULL, 0x7ff8000000000123ULL,
      0x7ff0000000000001ULL, 0x7ff4000000000000ULL, 0x7fffffffffffffffULL,
      0x0008000000000000ULL, 0x0000000000000003ULL};
  static const double d_values[] = {
      0.5, 1, 1.5, 2, 2.5, 3, 3.5, 0.25, 0.75, 1.0 / 3, 2.0 / 3, 0.1, 10,
      100, 1e22, 1e300, 1e-300, 0x1p52, 0x1p53, 0x1p63, 0x1p64, 0x1p-1022,
      0x1p-1023, 0x1p-1074 * 5, 4503599627370495.5, 9007199254740991.0,
      1e16, 123456789.0, 0x1p1023, 0x1.8p-1, 0x1.8p1, 7, 1e-5, 0x1p-1000};
  static const uint32_t f_special[] = {
      0, 0x007fffff, 0x00800000, 0x7f7fffff, 0x7f800000, 0x7fc00000,
      0x7fc00123, 0x7f800001, 0x7fa00000, 0x7fffffff, 0x00400000, 3};
  static const float f_values[] = {
      0.5f, 1, 1.5f, 2, 2.5f, 3, 3.5f, 0.25f, 0.75f, 1.0f / 3, 0.1f, 10,
      100, 1e10f, 1e38f, 1e-38f, 0x1p23f, 0x1p24f, 0x1p31f, 0x1p63f,
      0x1p64f, 0x1p-126f, 0x1p-127f, 8388607.5f, 16777215.0f, 7, 1e-5f};
  for (size_t i = 0; i < sizeof d_special / sizeof *d_special; i++)
    add_edge(d_edges, &n_d_edges, d_special[i], 1ULL << 63);
  for (size_t i = 0; i < sizeof d_values / sizeof *d_values; i++)
    add_edge(d_edges, &n_d_edges, dbits(d_values[i]), 1ULL << 63);
  for (size_t i = 0; i < sizeof f_special / sizeof *f_special; i++)
    add_edge(f_edges, &n_f_edges, f_special[i], 1ULL << 31);
  for (size_t i = 0; i < sizeof f_values / sizeof *f_values; i++)
    add_edge(f_edges, &n_f_edges, fbits(f_values[i]), 1ULL << 31);
}

/* A random value of the format with mant_bits and exp_bits (double or
 * float bits): any pattern, one of moderate size, a multiple of 1/8 (ties
 * for the rounding functions), or an edge value moved a few ulps. */
static uint64_t random_value(int mant_bits, int exp_bits, const uint64_t *edges,
                             int n_edges) {
  uint64_t r = next_random(), s = next_random();
  int width = 1 + mant_bits + exp_bits;
  uint64_t all = width == 64 ? ~0ULL : (1ULL << width) - 1;
  uint64_t sign = 1ULL << (width - 1);
  int bias = (1 << (exp_bits - 1)) - 1;
  switch (s % 4) {
  case 0:
    return r & all;
  case 1: {
    uint64_t e = (uint64_t)(bias - 70 + (int)((s >> 8) % 141));
    return (r & sign) | e << mant_bits | (r & ((1ULL << mant_bits) - 1));
  }
  case 2: {
    double v = (double)((int64_t)(r >> 38) - (1LL << 25)) / 8;
    return width == 64 ? dbits(v) : fbits((float)v);
  }
  default: {
    uint64_t e = edges[(s >> 8) % (uint64_t)n_edges];
    return (e + ((s >> 40) % 9) - 4) & all;
  }
  }
}

static double random_double(void) {
  return dval(random_value(52, 11, d_edges, n_d_edges));
}
static float random_float(void) {
  return fval(random_value(23, 8, f_edges, n_f_edges));
}

/* A pair for the two-argument functions: independent, with nearby
 * exponents, or x an odd multiple of y / 2 (the ties of remainder). */
static void random_pair(double *x, double *y) {
  uint64_t s = next_random();
  *x = random_double();
  switch (s % 3) {
  case 0:
    *y = random_double();
    break;
  case 1: {
    int e = isfinite(*x) && *x != 0 ? ilogb(*x) : 0;
    *y = ldexp(dval((dbits(*x) & ~(0x7ffULL << 52)) | 0x3ffULL << 52 |
                    (next_random() & 0xfffffffffffffULL)),
               e + (int)((s >> 8) % 7) - 3);
    break;
  }
  default: {
    double odd = (double)((s >> 8) % (1 << 20) * 2 + 1);
    *y = ldexp((double)((s >> 30) % (1 << 20) + 1), (int)((s >> 52) % 61) - 30);
    *x = (s >> 63 ? -odd : odd) * *y / 2;
    break;
  }
  }
}

static void random_pair_float(float *x, float *y) {
  uint64_t s = next_random();
  *x = random_float();
  switch (s % 3) {
  case 0:
    *y = random_float();
    break;
  case 1: {
    int e = isfinite(*x) && *x != 0 ? ilogbf(*x) : 0;
    *y = ldexpf(fval((fbits(*x) & ~(0xffULL << 23)) | 0x7fULL << 23 |
                     (next_random() & 0x7fffff)),
                e + (int)((s >> 8) % 7) - 3);
    break;
  }
  default: {
    float odd = (float)((s >> 8) % (1 << 10) * 2 + 1);
    *y = ldexpf((float)((s >> 30) % (1 << 10) + 1), (int)((s >> 52) % 31) - 15);
    *x = (s >> 63 ? -odd : odd) * *y / 2;
    break;
  }
  }
}

/* ---- The functions ---- */

struct unary {
  const char *name, *name_f, *name_l;
  double (*libm)(double), (*circ)(double), (*circ_l)(double);
  float (*libm_f)(float), (*circ_f)(float);
};
#define UNARY(n)                                                              \
  {#n, #n "f", #n "l", n, circ_##n, circ_##n##l, n##f, circ_##n##f}
static const struct unary unaries[] = {
    UNARY(fabs), UNARY(floor), UNARY(ceil),      UNARY(trunc), UNARY(round),
    UNARY(rint), UNARY(nearbyint), UNARY(sqrt), UNARY(logb)};

struct binary {
  const char *name, *name_f, *name_l;
  double (*libm)(double, double), (*circ)(double, double),
      (*circ_l)(double, double);
  float (*libm_f)(float, float), (*circ_f)(float, float);
};
#define BINARY(n)                                                             \
  {#n, #n "f", #n "l", n, circ_##n, circ_##n##l, n##f, circ_##n##f}
static const struct binary binaries[] = {
    BINARY(fmod), BINARY(remainder), BINARY(copysign), BINARY(fmin),
    BINARY(fmax), BINARY(fdim),      BINARY(nextafter)};

#define COUNT(a) (sizeof a / sizeof *a)

/* The functions of one double argument, l wrappers included. */
static void check_double(double x) {
  uint64_t a = dbits(x);
  for (size_t i = 0; i < COUNT(unaries); i++) {
    uint64_t want = dbits(unaries[i].libm(x));
    check(unaries[i].name, a, 0, want, dbits(unaries[i].circ(x)));
    check(unaries[i].name_l, a, 0, want, dbits(unaries[i].circ_l(x)));
  }
  check("lround", a, 0, (uint64_t)lround(x), (uint64_t)circ_lround(x));
  check("lroundl", a, 0, (uint64_t)lround(x), (uint64_t)circ_lroundl(x));
  check("llround", a, 0, (uint64_t)llround(x), (uint64_t)circ_llround(x));
  check("llroundl", a, 0, (uint64_t)llround(x), (uint64_t)circ_llroundl(x));
  check("ilogb", a, 0, (uint64_t)ilogb(x), (uint64_t)circ_ilogb(x));
  check("ilogbl", a, 0, (uint64_t)ilogb(x), (uint64_t)circ_ilogbl(x));
  int want_e, got_e, got_el;
  uint64_t want = dbits(frexp(x, &want_e));
  check("frexp", a, 0, want, dbits(circ_frexp(x, &got_e)));
  check("frexp exponent", a, 0, (uint64_t)want_e, (uint64_t)got_e);
  check("frexpl", a, 0, want, dbits(circ_frexpl(x, &got_el)));
  check("frexpl exponent", a, 0, (uint64_t)want_e, (uint64_t)got_el);
  double want_i, got_i, got_il;
  want = dbits(modf(x, &want_i));
  check("modf", a, 0, want, dbits(circ_modf(x, &got_i)));
  check("modf integer part", a, 0, dbits(want_i), dbits(got_i));
  check("modfl", a, 0, want, dbits(circ_modfl(x, &got_il)));
  check("modfl integer part", a, 0, dbits(want_i), dbits(got_il));
}

static void check_float(float x) {
  uint64_t a = fbits(x);
  for (size_t i = 0; i < COUNT(unaries); i++)
    check(unaries[i].name_f, a, 0, fbits(unaries[i].libm_f(x)),
          fbits(unaries[i].circ_f(x)));
  check("lroundf", a, 0, (uint64_t)lroundf(x), (uint64_t)circ_lroundf(x));
  check("llroundf", a, 0, (uint64_t)llroundf(x), (uint64_t)circ_llroundf(x));
  check("ilogbf", a, 0, (uint64_t)ilogbf(x), (uint64_t)circ_ilogbf(x));
  int want_e, got_e;
  uint64_t want = fbits(frexpf(x, &want_e));
  check("frexpf", a, 0, want, fbits(circ_frexpf(x, &got_e)));
  check("frexpf exponent", a, 0, (uint64_t)want_e, (uint64_t)got_e);
  float want_i, got_i;
  want = fbits(modff(x, &want_i));
  check("modff", a, 0, want, fbits(circ_modff(x, &got_i)));
  check("modff integer part", a, 0, fbits(want_i), fbits(got_i));
}

static void check_double_pair(double x, double y) {
  uint64_t a = dbits(x), b = dbits(y);
  for (size_t i = 0; i < COUNT(binaries); i++) {
    uint64_t want = dbits(binaries[i].libm(x, y));
    check(binaries[i].name, a, b, want, dbits(binaries[i].circ(x, y)));
    check(binaries[i].name_l, a, b, want, dbits(binaries[i].circ_l(x, y)));
  }
}

static void check_float_pair(float x, float y) {
  uint64_t a = fbits(x), b = fbits(y);
  for (size_t i = 0; i < COUNT(binaries); i++)
    check(binaries[i].name_f, a, b, fbits(binaries[i].libm_f(x, y)),
          fbits(binaries[i].circ_f(x, y)));
}

static void check_scale(double x, float xf, int n) {
  uint64_t a = dbits(x), b = (uint64_t)(int64_t)n;
  uint64_t want = dbits(ldexp(x, n));
  check("ldexp", a, b, want, dbits(circ_ldexp(x, n)));
  check("ldexpl", a, b, want, dbits(circ_ldexpl(x, n)));
  check("scalbn", a, b, dbits(scalbn(x, n)), dbits(circ_scalbn(x, n)));
  check("scalbnl", a, b, dbits(scalbn(x, n)), dbits(circ_scalbnl(x, n)));
  a = fbits(xf);
  check("ldexpf", a, b, fbits(ldexpf(xf, n)), fbits(circ_ldexpf(xf, n)));
  check("scalbnf", a, b, fbits(scalbnf(xf, n)), fbits(circ_scalbnf(xf, n)));
}

static const int scale_edges[] = {
    INT_MIN, -100000, -2200, -2098, -1100, -1076, -1075, -1074, -1073, -1060,
    -1023,   -1022,   -1000, -150,  -149,  -126,  -64,   -1,    0,     1,
    2,       23,      52,    127,   128,   1023,  1024,  2046,  2200,  INT_MAX};

static void check_nan_tags(void) {
  static const char *tags[] = {
      "", "0", "1", "123", "0x10", "0X1f", "010", "08", "abc", "-1", "+1",
      " 1", "0x", "0xg", "1_", "_", "99999999999999999999",
      "18446744073709551615", "18446744073709551616", "0xffffffffffffffff",
      "0x7ffffffffffff",
      "0x8000000000000", "0xfffffffffffff", "4194303", "4194304", "0x3fffff",
      "0777", "1e5", "inf", "nan", "(1)"};
  for (size_t i = 0; i < COUNT(tags); i++) {
    check("nan", i, 0, dbits(nan(tags[i])), dbits(circ_nan(tags[i])));
    check("nanl", i, 0, dbits(nan(tags[i])), dbits(circ_nanl(tags[i])));
    check("nanf", i, 0, fbits(nanf(tags[i])), fbits(circ_nanf(tags[i])));
  }
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 200000;
  make_edges();
  for (int i = 0; i < n_d_edges; i++) {
    check_double(dval(d_edges[i]));
    for (int j = 0; j < n_d_edges; j++)
      check_double_pair(dval(d_edges[i]), dval(d_edges[j]));
    for (size_t k = 0; k < COUNT(scale_edges); k++)
      check_scale(dval(d_edges[i]), fval(f_edges[i % n_f_edges]),
                  scale_edges[k]);
  }
  for (int i = 0; i < n_f_edges; i++) {
    check_float(fval(f_edges[i]));
    for (int j = 0; j < n_f_edges; j++)
      check_float_pair(fval(f_edges[i]), fval(f_edges[j]));
  }
  check_nan_tags();
  for (long i = 0; i < n; i++) {
    double x, y;
    float xf, yf;
    check_double(random_double());
    check_float(random_float());
    random_pair(&x, &y);
    check_double_pair(x, y);
    random_pair_float(&xf, &yf);
    check_float_pair(xf, yf);
    int k = (int)(next_random() % 4500) - 2250;
    check_scale(random_double(), random_float(), k);
  }
  printf("math-vs-libm: %ld checks, %ld failures\n", checks, failures);
  return failures != 0;
}
