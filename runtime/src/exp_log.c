/* exp_log.c - exp, log and pow (and exp2, log2, log10, the float versions),
 * faithfully rounded: the result is one of the two doubles around the exact
 * value, nearly always the nearer one (runtime/test/exp-log-vs-libm.c counts
 * how often glibc's differs). Unlike the functions of math.c, C does not
 * define these results exactly, so they cannot match glibc bit for bit by
 * construction.
 *
 * The method: log in double-double arithmetic (a value as an unevaluated sum
 * hi + lo of two doubles), from x = 2^k m with m in [sqrt(1/2), sqrt(2)) and
 * log m = 2 atanh(s), s = (m - 1) / (m + 1), by its series; exp from
 * x = k ln2 + r with |r| <= ln2/2 and the series of exp r; pow as
 * exp(y log|x|) with the product kept in double-double, so that its error
 * stays below a fifth of an ulp of the result even where y log|x| is near
 * 709. Special cases follow C11 Annex F. Every operation here is a soft-float
 * call on circ; none depends on fma or on the rounding of a constant by the
 * compiler beyond round-to-nearest. */
#include <math.h>

typedef struct {
  double hi, lo;
} dd;

/* ln 2 with a high part of 33 bits, so that k * LN2_HI is exact for every
 * exponent k; ln 2, 1 / ln 2, 1 / ln 10 and 2/3 to 106 bits. */
static const double LN2_HI = 0x1.62e42fee00000p-1;
static const double LN2_LO = 0x1.a39ef35793c76p-33;
static const dd LN2 = {0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56};
static const dd INV_LN2 = {0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56};
static const dd INV_LN10 = {0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57};
static const dd TWO_THIRDS = {0x1.5555555555555p-1, 0x1.5555555555555p-55};

static dd two_sum(double a, double b) {
  double s = a + b, bb = s - a;
  return (dd){s, (a - (s - bb)) + (b - bb)};
}

/* |a| >= |b| */
static dd fast_two_sum(double a, double b) {
  double s = a + b;
  return (dd){s, b - (s - a)};
}

/* Dekker's exact product (no fma): a * b = hi + lo. */
static dd two_prod(double a, double b) {
  const double split = 134217729.0; /* 2^27 + 1 */
  double p = a * b;
  double ca = split * a, ah = ca - (ca - a), al = a - ah;
  double cb = split * b, bh = cb - (cb - b), bl = b - bh;
  return (dd){p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}

static dd dd_mul(dd a, dd b) {
  dd p = two_prod(a.hi, b.hi);
  return fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

static dd dd_add(dd a, dd b) {
  dd s = two_sum(a.hi, b.hi);
  return fast_two_sum(s.hi, s.lo + (a.lo + b.lo));
}

/* log x for a finite x > 0, to about 2^-64 relative. */
static dd log_dd(double x) {
  int k;
  double m = frexp(x, &k); /* [1/2, 1) */
  if (m < 0x1.6a09e667f3bcdp-1) { /* sqrt(1/2) */
    m *= 2;
    k--;
  }
  double f = m - 1.0; /* exact */
  /* s = f / (2 + f) in double-double */
  dd den = two_sum(2.0, f);
  double sh = f / den.hi;
  dd p = two_prod(sh, den.hi);
  double sl = ((f - p.hi) - p.lo - sh * den.lo) / den.hi;
  dd s = fast_two_sum(sh, sl);
  /* log m = 2s + s^3 (2/3 + z q(z)), z = s^2, q(z) = sum 2 z^(j-1)/(2j+3):
   * |s| < 0.172, so 12 terms reach 2^-60 of the tail. */
  dd s2 = dd_mul(s, s), s3 = dd_mul(s2, s);
  double z = s2.hi, q = 0;
  for (int j = 12; j >= 1; j--)
    q = q * z + 2.0 / (2 * j + 3);
  dd lead = dd_mul(s3, TWO_THIRDS);
  dd logm = dd_add((dd){2 * s.hi, 2 * s.lo}, lead);
  logm = fast_two_sum(logm.hi, logm.lo + s3.hi * z * q);
  return dd_add((dd){k * LN2_HI, k * LN2_LO}, logm);
}

/* 1/n! for n = 2..13 */
static const double INV_FACT[] = {
    1.0 / 2,          1.0 / 6,           1.0 / 24,          1.0 / 120,
    1.0 / 720,        1.0 / 5040,        1.0 / 40320,       1.0 / 362880,
    1.0 / 3628800,    1.0 / 39916800,    1.0 / 479001600,   1.0 / 6227020800};

/* e^(h + l), h + l normalized. */
static double exp_dd(double h, double l) {
  if (isnan(h))
    return h + h;
  if (h > 710.0)
    return HUGE_VAL;
  if (h < -746.0)
    return 0.0;
  double kd = rint(h * INV_LN2.hi);
  /* r = h + l - k ln2: h - k LN2_HI is exact (both within a factor 2). */
  dd r = two_sum(h - kd * LN2_HI, -kd * LN2_LO);
  r = fast_two_sum(r.hi, r.lo + l);
  double x = r.hi, c = INV_FACT[11];
  for (int n = 10; n >= 0; n--)
    c = c * x + INV_FACT[n];
  double p = c * x * x; /* e^x - 1 - x */
  dd one = two_sum(1.0, x);
  double y = one.hi + (one.lo + p + r.lo * (1.0 + x));
  return ldexp(y, (int)kd);
}

double exp(double x) { return exp_dd(x, 0.0); }

double exp2(double x) {
  if (isnan(x))
    return x + x;
  if (x > 1100.0 || x < -1100.0) /* past both ends; ln 2 * x would not be */
    return x > 0 ? HUGE_VAL : 0.0;
  dd e = dd_mul((dd){x, 0.0}, LN2);
  return exp_dd(e.hi, e.lo);
}

/* The cases every log shares; returns 1 with *out set when x is one. */
static int log_special(double x, double *out) {
  if (isnan(x))
    *out = x + x;
  else if (x == 0.0)
    *out = -HUGE_VAL; /* pole */
  else if (x < 0.0)
    *out = (x - x) / (x - x); /* invalid: the default NaN */
  else if (isinf(x))
    *out = x;
  else
    return 0;
  return 1;
}

double log(double x) {
  double r;
  return log_special(x, &r) ? r : log_dd(x).hi;
}

double log2(double x) {
  double r;
  return log_special(x, &r) ? r : dd_mul(log_dd(x), INV_LN2).hi;
}

double log10(double x) {
  double r;
  if (x < 0.0)
    return __builtin_nan(""); /* glibc's log10 gives the positive NaN here */
  return log_special(x, &r) ? r : dd_mul(log_dd(x), INV_LN10).hi;
}

/* 2 for an odd integer, 1 for an even one, 0 for any other y. */
static int integer_kind(double y) {
  if (isinf(y) || trunc(y) != y)
    return 0;
  return fabs(y) < 0x1p53 && fmod(y, 2.0) != 0.0 ? 2 : 1;
}

/* pow for x = ±0 or ±infinity (Annex F.10.4.4). */
static double pow_zero_or_inf(double x, double y, int odd) {
  int big = isinf(x) != 0;
  double mag = (y < 0) == big ? 0.0 : HUGE_VAL;
  return odd && signbit(x) ? -mag : mag;
}

double pow(double x, double y) {
  if (y == 0.0 || x == 1.0)
    return 1.0;
  if (isnan(x) || isnan(y))
    return x + y;
  int kind = integer_kind(y);
  if (x == 0.0 || isinf(x))
    return pow_zero_or_inf(x, y, kind == 2);
  if (isinf(y)) {
    double ax = fabs(x);
    if (ax == 1.0)
      return 1.0;
    return (ax < 1.0) == (y < 0) ? HUGE_VAL : 0.0;
  }
  if (x < 0.0 && kind == 0)
    return (x - x) / (x - x); /* invalid: the default NaN */
  if (x == -1.0) /* y may be too big for the product below */
    return kind == 2 ? -1.0 : 1.0;
  dd l = log_dd(fabs(x));
  double r, rough = y * l.hi;
  if (fabs(rough) > 800.0) { /* far past both ends; y may be too big to split */
    r = rough > 0 ? HUGE_VAL : 0.0;
  } else {
    dd e = two_prod(y, l.hi);
    e = fast_two_sum(e.hi, e.lo + y * l.lo);
    r = exp_dd(e.hi, e.lo);
  }
  return x < 0.0 && kind == 2 ? -r : r;
}

/* long double is double in circ programs, as in math.c. */
#if __LDBL_MANT_DIG__ == __DBL_MANT_DIG__
typedef long double ldouble;
#else
typedef double ldouble;
#endif

/* The float and long double versions: through double, rounded once more
 * (for float, rounding the faithful double is still faithful). */
#define WRAP_UNARY(name)                                                      \
  float name##f(float x) { return (float)name(x); }                           \
  ldouble name##l(ldouble x) { return name((double)x); }

WRAP_UNARY(exp)
WRAP_UNARY(exp2)
WRAP_UNARY(log)
WRAP_UNARY(log2)
WRAP_UNARY(log10)

float powf(float x, float y) { return (float)pow(x, y); }
ldouble powl(ldouble x, ldouble y) { return pow((double)x, (double)y); }
