/* math.c - the <math.h> functions of the circ runtime.
 *
 * Only functions whose result IEEE 754 and C define exactly: the exact ones
 * (fabs floor ceil trunc round rint modf fmod remainder frexp copysign fmin
 * fmax logb ilogb nextafter ...) and the correctly rounded ones (sqrt, ldexp
 * and scalbn into the subnormal range, fdim), all rounding to nearest even.
 * The machine has no floating point, and every FP operation would be a
 * soft-float library call, so everything here works on the bit patterns with
 * integer arithmetic: one generic implementation per function, parameterised
 * by the format (double or float), kept in a uint64_t.
 *
 * The results, NaNs included, are those of glibc on x86-64: a NaN operand
 * comes back quieted (which of two NaNs glibc returns differs from function
 * to function, see pick_nan), an invalid operation gives the negative default
 * NaN of SSE. runtime/test/math-vs-libm.c compares every function with glibc
 * bit for bit. No errno, no floating-point exception flags. */
#include <limits.h>
#include <math.h>
#include <stdint.h>

/* A binary interchange format: stored significand bits, exponent bits. */
struct format {
  int mant_bits;
  int exp_bits;
};

static const struct format F64 = {52, 11};
static const struct format F32 = {23, 8};

static uint64_t sign_bit(struct format f) {
  return 1ULL << (f.mant_bits + f.exp_bits);
}
static int exp_all_ones(struct format f) { return (1 << f.exp_bits) - 1; }
static int bias(struct format f) { return (1 << (f.exp_bits - 1)) - 1; }
static uint64_t frac_mask(struct format f) {
  return (1ULL << f.mant_bits) - 1;
}
static uint64_t inf_bits(struct format f) {
  return (uint64_t)exp_all_ones(f) << f.mant_bits;
}
static uint64_t one_bits(struct format f) {
  return (uint64_t)bias(f) << f.mant_bits;
}
static uint64_t quiet_bit(struct format f) {
  return 1ULL << (f.mant_bits - 1);
}
/* SSE's default NaN (sqrt(-1), fmod(1, 0), ...): negative, quiet. */
static uint64_t default_nan(struct format f) {
  return sign_bit(f) | inf_bits(f) | quiet_bit(f);
}

static uint64_t magnitude(uint64_t w, struct format f) {
  return w & (sign_bit(f) - 1);
}
static int exp_field(uint64_t w, struct format f) {
  return (int)((w >> f.mant_bits) & (uint64_t)exp_all_ones(f));
}
static int is_nan(uint64_t w, struct format f) {
  return magnitude(w, f) > inf_bits(f);
}
static int is_signaling(uint64_t w, struct format f) {
  return is_nan(w, f) && !(w & quiet_bit(f));
}
static uint64_t quiet(uint64_t w, struct format f) { return w | quiet_bit(f); }

/* A finite nonzero w as m * 2^e with m in [2^mant_bits, 2^(mant_bits+1)):
 * subnormals are normalised, so m always has its leading one in place. */
static void split(uint64_t w, struct format f, uint64_t *m, int *e) {
  int field = exp_field(w, f);
  *m = w & frac_mask(f);
  if (field != 0) {
    *m |= 1ULL << f.mant_bits;
    *e = field - bias(f) - f.mant_bits;
    return;
  }
  *e = 1 - bias(f) - f.mant_bits;
  while (!(*m >> f.mant_bits)) {
    *m <<= 1;
    (*e)--;
  }
}

/* The value sign * (m + s) * 2^e rounded to nearest even, where s is 0 if
 * sticky is 0 and some number strictly between 0 and 1 otherwise. Handles
 * overflow to infinity and rounding into the subnormal range. */
static uint64_t pack(uint64_t sign, uint64_t m, int e, int sticky,
                     struct format f) {
  if (m == 0)
    return sign;
  while (!(m >> 63)) {
    m <<= 1;
    e--;
  }
  int be = e + 63 + bias(f); /* the biased exponent if the result is normal */
  if (be >= exp_all_ones(f))
    return sign | inf_bits(f);
  int shift = 63 - f.mant_bits; /* the bits of m below the significand */
  if (be < 1) {
    shift += 1 - be;
    be = 1;
  }
  if (shift > 64)
    return sign; /* below half the smallest subnormal */
  uint64_t kept = shift < 64 ? m >> shift : 0;
  uint64_t rest = shift < 64 ? m & ((1ULL << shift) - 1) : m;
  uint64_t half = 1ULL << (shift - 1);
  if (rest > half || (rest == half && (sticky || (kept & 1))))
    kept++;
  /* kept includes the leading one (or is a subnormal's significand with
   * be == 1), so adding it carries into the exponent when it must. */
  return sign | (((uint64_t)(be - 1) << f.mant_bits) + kept);
}

/* The NaN glibc returns for two operands of which at least one is a NaN:
 * the first NaN of (a, b), quieted. */
static uint64_t pick_nan(uint64_t a, uint64_t b, struct format f) {
  return quiet(is_nan(a, f) ? a : b, f);
}

/* x * 2^n, correctly rounded. */
static uint64_t scale_bits(uint64_t w, int n, struct format f) {
  if (is_nan(w, f))
    return quiet(w, f);
  if (magnitude(w, f) == 0 || magnitude(w, f) == inf_bits(f))
    return w;
  /* Beyond +-10000 every finite value overflows or underflows anyway. */
  n = n > 10000 ? 10000 : n < -10000 ? -10000 : n;
  uint64_t m;
  int e;
  split(w, f, &m, &e);
  return pack(w & sign_bit(f), m, e + n, 0, f);
}

/* ---- Rounding to an integer ---- */

enum rounding { TO_ZERO, DOWN, UP, HALF_AWAY, HALF_EVEN };

/* Whether truncating away rest must round the magnitude up; half is half
 * a unit of the last integer bit kept (0 when rest is below a half anyway),
 * odd is that bit. */
static int rounds_up(enum rounding mode, int negative, uint64_t rest,
                     uint64_t half, int odd) {
  switch (mode) {
  case DOWN: return negative && rest != 0;
  case UP: return !negative && rest != 0;
  case HALF_AWAY: return half != 0 && rest >= half;
  case HALF_EVEN: return half != 0 && (rest > half || (rest == half && odd));
  default: return 0;
  }
}

static uint64_t round_to_integer(uint64_t w, enum rounding mode,
                                 struct format f) {
  int e = exp_field(w, f) - bias(f); /* |w| is in [2^e, 2^(e+1)) */
  if (e >= f.mant_bits)
    return is_nan(w, f) ? quiet(w, f) : w; /* integral, inf or NaN */
  uint64_t sign = w & sign_bit(f);
  int negative = sign != 0;
  if (magnitude(w, f) == 0)
    return w;
  if (e < 0) {
    /* |w| < 1: the result is 0 or 1; half is reached only for e == -1. */
    uint64_t rest = magnitude(w, f);
    uint64_t half = e == -1 ? (uint64_t)(bias(f) - 1) << f.mant_bits : 0;
    return sign | (rounds_up(mode, negative, rest, half, 0) ? one_bits(f) : 0);
  }
  uint64_t unit = 1ULL << (f.mant_bits - e); /* 1 in w's scale */
  uint64_t rest = w & (unit - 1);
  uint64_t truncated = w & ~(unit - 1);
  int odd = e == 0 || (w & unit) != 0; /* for e == 0 the integer is 1 */
  if (rounds_up(mode, negative, rest, unit >> 1, odd))
    truncated += unit; /* a carry into the exponent field is right */
  return truncated;
}

/* glibc returns LONG_MIN for a NaN, an infinity, or out of range. */
static long long round_to_int64(uint64_t w, enum rounding mode,
                                struct format f) {
  uint64_t r = round_to_integer(w, mode, f);
  if (magnitude(r, f) == 0)
    return 0;
  uint64_t m;
  int e;
  if (exp_field(r, f) == exp_all_ones(f))
    return LLONG_MIN;
  split(r, f, &m, &e);
  if (e + f.mant_bits >= 63)
    return LLONG_MIN; /* also -2^63 itself, which is right */
  uint64_t v = e >= 0 ? m << e : m >> -e;
  return (r & sign_bit(f)) ? -(long long)v : (long long)v;
}

/* ---- sqrt, fmod, remainder ---- */

static uint64_t square_root(uint64_t w, struct format f) {
  if (is_nan(w, f))
    return quiet(w, f);
  if (magnitude(w, f) == 0 || w == inf_bits(f))
    return w; /* sqrt(-0) is -0 */
  if (w & sign_bit(f))
    return default_nan(f);
  uint64_t m;
  int e;
  split(w, f, &m, &e);
  if (e & 1) { /* make e even: sqrt(m * 2^e) = sqrt(m) * 2^(e/2) */
    m <<= 1;
    e--;
  }
  /* root = floor(sqrt(m * 4^s)) has at least mant_bits + 3 bits, so that
   * pack sees a rounding bit; the remainder tells whether it is exact. */
  int s = (f.mant_bits + 5) / 2;
  int nbits = (f.mant_bits + 2 + 2 * s + 1) & ~1; /* bits of m * 4^s, even */
  uint64_t root = 0, rem = 0;
  for (int i = nbits - 2; i >= 0; i -= 2) { /* one bit of the root a pair */
    uint64_t pair = i >= 2 * s ? (m >> (i - 2 * s)) & 3 : 0;
    rem = rem << 2 | pair;
    uint64_t trial = root << 2 | 1;
    root <<= 1;
    if (rem >= trial) {
      rem -= trial;
      root |= 1;
    }
  }
  return pack(0, root, e / 2 - s, rem != 0, f);
}

/* fmod (want_remainder 0) or remainder of finite nonzero x and y: |x| mod
 * |y| by long division of the significands, exact. */
static uint64_t divide_out(uint64_t x, uint64_t y, int want_remainder,
                           struct format f) {
  uint64_t sign = x & sign_bit(f);
  uint64_t mx, my;
  int ex, ey;
  split(x, f, &mx, &ex);
  split(y, f, &my, &ey);
  if (ex < ey) {
    /* |x| < |y|; remainder subtracts |y| only if |x| > |y| / 2, which
     * needs ex == ey - 1 and mx > my (a tie keeps the even quotient 0). */
    if (!want_remainder || ex < ey - 1 || mx <= my)
      return x;
    return pack(sign ^ sign_bit(f), 2 * my - mx, ex, 0, f);
  }
  uint64_t q = mx / my, r = mx - q * my;
  int chunk = 62 - f.mant_bits - 1; /* r < 2^(mant_bits+1): r << chunk fits */
  for (int k = ex - ey; k > 0; k -= chunk) {
    int c = k < chunk ? k : chunk;
    r <<= c;
    q = r / my; /* the low bits of the quotient, so its parity at the end */
    r -= q * my;
  }
  if (want_remainder && (2 * r > my || (2 * r == my && (q & 1)))) {
    r = my - r;
    sign ^= sign_bit(f);
  }
  return pack(sign, r, ey, 0, f); /* exact; r == 0 gives x's signed zero */
}

/* The bits of 2^-970: for a smaller divisor glibc's remainder rescales. */
#define GLIBC_TINY_DIVISOR 0x0350000000000000ULL

/* The sign of a zero remainder(x, y) for a double |y| < 2^-970, where
 * glibc rescales: it works out remainder(x, 2^128 |y|) first (of x / 2 if
 * |x| >= 2^1023, doubling afterwards), and a zero result keeps the sign of
 * that partial remainder, which need not be x's. */
static uint64_t glibc_tiny_remainder_zero(uint64_t x, uint64_t y,
                                          struct format f) {
  if (exp_field(x, f) == exp_all_ones(f) - 1) {
    uint64_t half_x = scale_bits(x, -1, f);
    if (magnitude(divide_out(half_x, y, 1, f), f) != 0)
      return x & sign_bit(f); /* 2 remainder(x / 2, y) is +-|y|: 0.0 * x */
    x = half_x;
  }
  uint64_t big_y = scale_bits(magnitude(y, f), 128, f);
  return divide_out(x, big_y, 1, f) & sign_bit(f);
}

static uint64_t fmod_or_remainder(uint64_t x, uint64_t y, int want_remainder,
                                  struct format f) {
  if (is_nan(x, f) || is_nan(y, f)) {
    /* glibc's remainder for double (not for float) prefers y's NaN. */
    int y_first = want_remainder && f.mant_bits == F64.mant_bits;
    return y_first ? pick_nan(y, x, f) : pick_nan(x, y, f);
  }
  if (magnitude(y, f) == 0 || magnitude(x, f) == inf_bits(f))
    return default_nan(f);
  if (magnitude(y, f) == inf_bits(f) || magnitude(x, f) == 0)
    return x;
  uint64_t r = divide_out(x, y, want_remainder, f);
  if (want_remainder && f.mant_bits == F64.mant_bits &&
      magnitude(r, f) == 0 && magnitude(y, f) < GLIBC_TINY_DIVISOR)
    return glibc_tiny_remainder_zero(x, y, f);
  return r;
}

/* ---- Exponent and significand ---- */

static uint64_t frexp_bits(uint64_t w, int *exp, struct format f) {
  *exp = 0;
  if (is_nan(w, f))
    return quiet(w, f);
  if (magnitude(w, f) == 0 || magnitude(w, f) == inf_bits(f))
    return w;
  uint64_t m;
  int e;
  split(w, f, &m, &e);
  *exp = e + f.mant_bits + 1;
  return (w & sign_bit(f)) | (uint64_t)(bias(f) - 1) << f.mant_bits |
         (m & frac_mask(f)); /* in [0.5, 1) */
}

/* The fraction part, with the integer part in *int_part; both exact. */
static uint64_t modf_bits(uint64_t w, uint64_t *int_part, struct format f) {
  uint64_t sign = w & sign_bit(f);
  int e = exp_field(w, f) - bias(f);
  if (is_nan(w, f)) {
    *int_part = quiet(w, f);
    return *int_part;
  }
  if (e >= f.mant_bits) { /* integral, or infinite */
    *int_part = w;
    return sign;
  }
  if (e < 0) {
    *int_part = sign;
    return w;
  }
  uint64_t unit = 1ULL << (f.mant_bits - e); /* 1 in w's scale */
  *int_part = w & ~(unit - 1);
  return pack(sign, w & (unit - 1), e - f.mant_bits, 0, f);
}

static uint64_t logb_bits(uint64_t w, struct format f) {
  if (is_nan(w, f))
    return quiet(w, f);
  if (magnitude(w, f) == inf_bits(f))
    return inf_bits(f);
  if (magnitude(w, f) == 0)
    return sign_bit(f) | inf_bits(f);
  uint64_t m;
  int e;
  split(w, f, &m, &e);
  int k = e + f.mant_bits;
  return pack(k < 0 ? sign_bit(f) : 0, (uint64_t)(k < 0 ? -k : k), 0, 0, f);
}

static int ilogb_bits(uint64_t w, struct format f) {
  if (is_nan(w, f))
    return FP_ILOGBNAN;
  if (magnitude(w, f) == 0)
    return FP_ILOGB0;
  if (magnitude(w, f) == inf_bits(f))
    return INT_MAX;
  uint64_t m;
  int e;
  split(w, f, &m, &e);
  return e + f.mant_bits;
}

/* ---- Comparisons ---- */

/* A key that orders non-NaN values as numbers: -0 and +0 are both 0. */
static int64_t order_key(uint64_t w, struct format f) {
  int64_t mag = (int64_t)magnitude(w, f);
  return (w & sign_bit(f)) ? -mag : mag;
}

/* glibc's fmin/fmax: a quiet NaN operand is ignored, a signaling one (or
 * two NaNs) gives a NaN. */
static uint64_t min_or_max(uint64_t x, uint64_t y, int want_max,
                           struct format f) {
  int x_nan = is_nan(x, f), y_nan = is_nan(y, f);
  if (x_nan && y_nan)
    return quiet(x, f);
  if (x_nan || y_nan) {
    uint64_t the_nan = x_nan ? x : y;
    return is_signaling(the_nan, f) ? quiet(the_nan, f) : x_nan ? y : x;
  }
  int64_t kx = order_key(x, f), ky = order_key(y, f);
  if (kx == ky) /* equal, or zeros: SSE's maxsd and minsd give y */
    return y;
  return (kx > ky) == want_max ? x : y;
}

/* x - y for non-NaN x > y, correctly rounded: the magnitudes aligned at
 * the larger's exponent with the bits shifted out kept as a sticky bit. */
static uint64_t difference(uint64_t x, uint64_t y, struct format f) {
  if (magnitude(x, f) == inf_bits(f) || magnitude(y, f) == inf_bits(f))
    return inf_bits(f);
  if (magnitude(y, f) == 0)
    return x;
  if (magnitude(x, f) == 0)
    return y ^ sign_bit(f);
  int subtract = !((x ^ y) & sign_bit(f)); /* same signs: ||x| - |y|| */
  if (magnitude(x, f) < magnitude(y, f)) {
    uint64_t t = x;
    x = y;
    y = t;
  }
  uint64_t ma, mb;
  int ea, eb;
  split(x, f, &ma, &ea);
  split(y, f, &mb, &eb);
  int guard = 62 - f.mant_bits; /* a's leading one at bit 62 */
  ma <<= guard;
  mb <<= guard;
  int d = ea - eb;
  uint64_t b = d < 64 ? mb >> d : 0;
  int sticky = d < 64 ? (mb & ((1ULL << d) - 1)) != 0 : 1;
  /* With a sticky fraction s, a - (b + s) = (a - b - 1) + (1 - s). */
  uint64_t r = subtract ? ma - b - (uint64_t)sticky : ma + b;
  return pack(0, r, ea - guard, sticky, f);
}

static uint64_t positive_difference(uint64_t x, uint64_t y, struct format f) {
  if (is_nan(x, f) || is_nan(y, f))
    return pick_nan(x, y, f);
  return order_key(x, f) > order_key(y, f) ? difference(x, y, f) : 0;
}

static uint64_t next_after(uint64_t x, uint64_t y, struct format f) {
  if (is_nan(x, f) || is_nan(y, f))
    return pick_nan(y, x, f); /* glibc prefers y's NaN */
  int64_t kx = order_key(x, f), ky = order_key(y, f);
  if (kx == ky)
    return y;
  if (magnitude(x, f) == 0) /* the smallest subnormal towards y */
    return (y & sign_bit(f)) | 1;
  /* Moving away from zero is one up in the magnitude, towards it one down;
   * the largest finite value steps to infinity. */
  return (kx < ky) == !(x & sign_bit(f)) ? x + 1 : x - 1;
}

/* glibc's nan(tag): a tag made of [0-9A-Za-z_] that is one whole number for
 * strtoull in base 0 (saturating at UINT64_MAX) is the payload. */
static uint64_t nan_payload(const char *tag) {
  for (const char *p = tag; *p; p++)
    if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
          (*p >= 'A' && *p <= 'Z') || *p == '_'))
      return 0;
  unsigned base = 10;
  if (tag[0] == '0' && (tag[1] == 'x' || tag[1] == 'X')) {
    base = 16;
    tag += 2;
  } else if (tag[0] == '0') {
    base = 8;
  }
  uint64_t v = 0;
  int overflow = 0;
  for (; *tag; tag++) {
    char c = *tag;
    unsigned d = c <= '9' ? (unsigned)(c - '0')
                 : c >= 'a' ? (unsigned)(c - 'a' + 10)
                            : (unsigned)(c - 'A' + 10);
    if (c == '_' || d >= base)
      return 0;
    if (v > (UINT64_MAX - d) / base)
      overflow = 1;
    else
      v = v * base + d;
  }
  return overflow ? UINT64_MAX : v;
}

static uint64_t nan_bits(const char *tag, struct format f) {
  return inf_bits(f) | quiet_bit(f) | (nan_payload(tag) & (quiet_bit(f) - 1));
}

/* ---- The functions ---- */

/* The empty asm hides where the bits come from: otherwise LLVM turns tests
 * on them back into FP compares, which are library calls here (circ-llc
 * deletes the empty asm, see CircLowerEmptyAsm.cpp). */
static uint64_t bits_of(double x) {
  union { double d; uint64_t u; } v = {x};
  uint64_t u = v.u;
  __asm__("" : "+r"(u));
  return u;
}
static double double_of(uint64_t u) {
  union { uint64_t u; double d; } v = {u};
  return v.d;
}
static uint64_t bits_of_float(float x) {
  union { float f; uint32_t u; } v = {x};
  uint64_t u = v.u;
  __asm__("" : "+r"(u));
  return u;
}
static float float_of(uint64_t u) {
  union { uint32_t u; float f; } v = {(uint32_t)u};
  return v.f;
}

/* long double is double in circ programs (the driver makes it so); the l
 * functions take and return double even if this file is compiled without
 * that, so that they have the ABI the programs that call them expect. */
#if __LDBL_MANT_DIG__ == __DBL_MANT_DIG__
typedef long double ldouble;
#else
typedef double ldouble;
#endif

/* name, namef and namel of one argument; expr computes the result's bits
 * from the argument's bits w in format f. */
#define DEFINE_UNARY(name, expr)                                              \
  double name(double x) {                                                     \
    uint64_t w = bits_of(x);                                                  \
    struct format f = F64;                                                    \
    return double_of(expr);                                                   \
  }                                                                           \
  float name##f(float x) {                                                    \
    uint64_t w = bits_of_float(x);                                            \
    struct format f = F32;                                                    \
    return float_of(expr);                                                    \
  }                                                                           \
  ldouble name##l(ldouble x) { return name((double)x); }

/* The same for two arguments, bits x and y. */
#define DEFINE_BINARY(name, expr)                                             \
  double name(double a, double b) {                                           \
    uint64_t x = bits_of(a), y = bits_of(b);                                  \
    struct format f = F64;                                                    \
    return double_of(expr);                                                   \
  }                                                                           \
  float name##f(float a, float b) {                                           \
    uint64_t x = bits_of_float(a), y = bits_of_float(b);                      \
    struct format f = F32;                                                    \
    return float_of(expr);                                                    \
  }                                                                           \
  ldouble name##l(ldouble a, ldouble b) { return name((double)a, (double)b); }

DEFINE_UNARY(fabs, w & ~sign_bit(f))
DEFINE_UNARY(floor, round_to_integer(w, DOWN, f))
DEFINE_UNARY(ceil, round_to_integer(w, UP, f))
DEFINE_UNARY(trunc, round_to_integer(w, TO_ZERO, f))
DEFINE_UNARY(round, round_to_integer(w, HALF_AWAY, f))
DEFINE_UNARY(rint, round_to_integer(w, HALF_EVEN, f))
DEFINE_UNARY(nearbyint, round_to_integer(w, HALF_EVEN, f))
DEFINE_UNARY(sqrt, square_root(w, f))
DEFINE_UNARY(logb, logb_bits(w, f))

DEFINE_BINARY(fmod, fmod_or_remainder(x, y, 0, f))
DEFINE_BINARY(remainder, fmod_or_remainder(x, y, 1, f))
DEFINE_BINARY(copysign, (x & ~sign_bit(f)) | (y & sign_bit(f)))
DEFINE_BINARY(fmin, min_or_max(x, y, 0, f))
DEFINE_BINARY(fmax, min_or_max(x, y, 1, f))
DEFINE_BINARY(fdim, positive_difference(x, y, f))
DEFINE_BINARY(nextafter, next_after(x, y, f))

long lround(double x) { return round_to_int64(bits_of(x), HALF_AWAY, F64); }
long lroundf(float x) {
  return round_to_int64(bits_of_float(x), HALF_AWAY, F32);
}
long lroundl(ldouble x) { return lround((double)x); }
long long llround(double x) {
  return round_to_int64(bits_of(x), HALF_AWAY, F64);
}
long long llroundf(float x) {
  return round_to_int64(bits_of_float(x), HALF_AWAY, F32);
}
long long llroundl(ldouble x) { return llround((double)x); }

int ilogb(double x) { return ilogb_bits(bits_of(x), F64); }
int ilogbf(float x) { return ilogb_bits(bits_of_float(x), F32); }
int ilogbl(ldouble x) { return ilogb((double)x); }

double frexp(double x, int *exp) {
  return double_of(frexp_bits(bits_of(x), exp, F64));
}
float frexpf(float x, int *exp) {
  return float_of(frexp_bits(bits_of_float(x), exp, F32));
}
ldouble frexpl(ldouble x, int *exp) { return frexp((double)x, exp); }

double ldexp(double x, int n) {
  return double_of(scale_bits(bits_of(x), n, F64));
}
float ldexpf(float x, int n) {
  return float_of(scale_bits(bits_of_float(x), n, F32));
}
ldouble ldexpl(ldouble x, int n) { return ldexp((double)x, n); }
double scalbn(double x, int n) { return ldexp(x, n); }
float scalbnf(float x, int n) { return ldexpf(x, n); }
ldouble scalbnl(ldouble x, int n) { return ldexp((double)x, n); }

double modf(double x, double *int_part) {
  uint64_t i;
  double r = double_of(modf_bits(bits_of(x), &i, F64));
  *int_part = double_of(i);
  return r;
}
float modff(float x, float *int_part) {
  uint64_t i;
  float r = float_of(modf_bits(bits_of_float(x), &i, F32));
  *int_part = float_of(i);
  return r;
}
ldouble modfl(ldouble x, ldouble *int_part) {
  double i;
  double r = modf((double)x, &i);
  *int_part = i;
  return r;
}

double nan(const char *tag) { return double_of(nan_bits(tag, F64)); }
float nanf(const char *tag) { return float_of(nan_bits(tag, F32)); }
ldouble nanl(const char *tag) { return nan(tag); }
