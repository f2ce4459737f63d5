/* math.h - circ runtime. The machine has no floating point: the compiler
 * turns float and double arithmetic into soft-float library calls, and the
 * functions here work on the bit patterns with integer arithmetic
 * (runtime/src/math.c). The functions whose results IEEE 754 and C define
 * exactly (rounding to nearest even) return what glibc returns on x86-64,
 * bit for bit; exp, exp2, log, log2, log10 and pow (runtime/src/exp_log.c)
 * are faithfully rounded (within an ulp, nearly always the nearest double).
 * No trigonometry; no errno, no floating-point exception flags (so no
 * math_errhandling).
 *
 * long double is double in circ programs; the l functions are declared only
 * when the compiler agrees (__LDBL_MANT_DIG__ == 53). */
#ifndef CIRC_MATH_H
#define CIRC_MATH_H

typedef float float_t;
typedef double double_t;

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define HUGE_VALL (__builtin_huge_vall())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))

/* The values glibc uses. */
#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4
#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

#define fpclassify(x)                                                         \
  __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, \
                       (x))
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)
#define isgreater(x, y) __builtin_isgreater((x), (y))
#define isgreaterequal(x, y) __builtin_isgreaterequal((x), (y))
#define isless(x, y) __builtin_isless((x), (y))
#define islessequal(x, y) __builtin_islessequal((x), (y))
#define islessgreater(x, y) __builtin_islessgreater((x), (y))
#define isunordered(x, y) __builtin_isunordered((x), (y))

double fabs(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
long lround(double x); /* LONG_MIN for a NaN, an infinity, out of range */
long long llround(double x);
double rint(double x);      /* ties to even */
double nearbyint(double x); /* the same */
double sqrt(double x);
double fmod(double x, double y);
double remainder(double x, double y);
double frexp(double x, int *exp);
double ldexp(double x, int exp);
double scalbn(double x, int exp);
double modf(double x, double *int_part);
double copysign(double x, double y);
double fmin(double x, double y);
double fmax(double x, double y);
double fdim(double x, double y);
double nan(const char *tag);
double logb(double x);
int ilogb(double x);
double nextafter(double x, double y);
double exp(double x);
double exp2(double x);
double log(double x);
double log2(double x);
double log10(double x);
double pow(double x, double y);

float fabsf(float x);
float floorf(float x);
float ceilf(float x);
float truncf(float x);
float roundf(float x);
long lroundf(float x);
long long llroundf(float x);
float rintf(float x);
float nearbyintf(float x);
float sqrtf(float x);
float fmodf(float x, float y);
float remainderf(float x, float y);
float frexpf(float x, int *exp);
float ldexpf(float x, int exp);
float scalbnf(float x, int exp);
float modff(float x, float *int_part);
float copysignf(float x, float y);
float fminf(float x, float y);
float fmaxf(float x, float y);
float fdimf(float x, float y);
float nanf(const char *tag);
float logbf(float x);
int ilogbf(float x);
float nextafterf(float x, float y);
float expf(float x);
float exp2f(float x);
float logf(float x);
float log2f(float x);
float log10f(float x);
float powf(float x, float y);

#if __LDBL_MANT_DIG__ == __DBL_MANT_DIG__
long double fabsl(long double x);
long double floorl(long double x);
long double ceill(long double x);
long double truncl(long double x);
long double roundl(long double x);
long lroundl(long double x);
long long llroundl(long double x);
long double rintl(long double x);
long double nearbyintl(long double x);
long double sqrtl(long double x);
long double fmodl(long double x, long double y);
long double remainderl(long double x, long double y);
long double frexpl(long double x, int *exp);
long double ldexpl(long double x, int exp);
long double scalbnl(long double x, int exp);
long double modfl(long double x, long double *int_part);
long double copysignl(long double x, long double y);
long double fminl(long double x, long double y);
long double fmaxl(long double x, long double y);
long double fdiml(long double x, long double y);
long double nanl(const char *tag);
long double logbl(long double x);
int ilogbl(long double x);
long double nextafterl(long double x, long double y);
long double expl(long double x);
long double exp2l(long double x);
long double logl(long double x);
long double log2l(long double x);
long double log10l(long double x);
long double powl(long double x, long double y);
#endif

#endif /* CIRC_MATH_H */
