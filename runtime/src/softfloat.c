/* softfloat.c - IEEE 754 binary32 and binary64 in integer arithmetic: the
 * soft-float libcalls (libgcc/compiler-rt names) that LLVM emits for float
 * and double on circ, which has no floating-point hardware.
 *
 * Semantics: round to nearest, ties to even (the only mode); subnormals in
 * full (no flush to zero); no exception flags. NaN results match x86-64
 * SSE bit for bit, which is what the host tests compare with: a NaN first
 * operand comes back quieted, else a NaN second operand does; an invalid
 * operation (inf - inf, 0 * inf, 0 / 0, inf / inf) gives the default NaN,
 * which on x86 is negative. Float -> integer truncates toward zero; where C
 * leaves it undefined we define it: NaN gives 0, and a value out of range
 * saturates to the integer type's minimum or maximum (so every negative
 * value gives 0 for an unsigned type).
 *
 * One generic implementation serves both formats: every helper takes a
 * format description (fraction and exponent widths) by value, works on the
 * encoding as a uint64_t, and is always inlined, so each libcall is
 * specialized for its format. A finite value in flight is a significand
 * `sig` whose leading one is at bit 63 and a biased exponent `e`, meaning
 * sig * 2^(e - bias - 63); round_pack() rounds that once and encodes it.
 *
 * Nothing here uses a floating-point operation: float and double only cross
 * the function boundaries, moved to and from integers through a union, so
 * no libcall can end up calling itself. Define CIRC_SOFTFLOAT_NAME(name) to
 * rename the public functions (runtime/test/softfloat-vs-host.c does, to
 * test them next to the host's own). */
#include <stdint.h>

#ifndef CIRC_SOFTFLOAT_NAME
#define CIRC_SOFTFLOAT_NAME(name) name
#endif
#define SF(name) CIRC_SOFTFLOAT_NAME(name)

typedef unsigned __int128 u128;
typedef __int128 i128;

float SF(__addsf3)(float a, float b);
float SF(__subsf3)(float a, float b);
float SF(__mulsf3)(float a, float b);
float SF(__divsf3)(float a, float b);
float SF(__negsf2)(float a);
double SF(__adddf3)(double a, double b);
double SF(__subdf3)(double a, double b);
double SF(__muldf3)(double a, double b);
double SF(__divdf3)(double a, double b);
double SF(__negdf2)(double a);
int SF(__eqsf2)(float a, float b);
int SF(__nesf2)(float a, float b);
int SF(__ltsf2)(float a, float b);
int SF(__lesf2)(float a, float b);
int SF(__gtsf2)(float a, float b);
int SF(__gesf2)(float a, float b);
int SF(__unordsf2)(float a, float b);
int SF(__eqdf2)(double a, double b);
int SF(__nedf2)(double a, double b);
int SF(__ltdf2)(double a, double b);
int SF(__ledf2)(double a, double b);
int SF(__gtdf2)(double a, double b);
int SF(__gedf2)(double a, double b);
int SF(__unorddf2)(double a, double b);
int SF(__fixsfsi)(float a);
long long SF(__fixsfdi)(float a);
i128 SF(__fixsfti)(float a);
unsigned SF(__fixunssfsi)(float a);
unsigned long long SF(__fixunssfdi)(float a);
u128 SF(__fixunssfti)(float a);
int SF(__fixdfsi)(double a);
long long SF(__fixdfdi)(double a);
i128 SF(__fixdfti)(double a);
unsigned SF(__fixunsdfsi)(double a);
unsigned long long SF(__fixunsdfdi)(double a);
u128 SF(__fixunsdfti)(double a);
float SF(__floatsisf)(int i);
float SF(__floatdisf)(long long i);
float SF(__floattisf)(i128 i);
float SF(__floatunsisf)(unsigned i);
float SF(__floatundisf)(unsigned long long i);
float SF(__floatuntisf)(u128 i);
double SF(__floatsidf)(int i);
double SF(__floatdidf)(long long i);
double SF(__floattidf)(i128 i);
double SF(__floatunsidf)(unsigned i);
double SF(__floatundidf)(unsigned long long i);
double SF(__floatuntidf)(u128 i);
double SF(__extendsfdf2)(float a);
float SF(__truncdfsf2)(double a);
float SF(__powisf2)(float a, int b);
double SF(__powidf2)(double a, int b);

#define INLINE static inline __attribute__((always_inline))

/* A binary interchange format: `frac` fraction bits, `exp` exponent bits. */
typedef struct {
  int frac, exp;
} fmt;

#define B32 ((fmt){23, 8})
#define B64 ((fmt){52, 11})

/* Fields and constants of a format. */

INLINE int bias(fmt f) { return (1 << (f.exp - 1)) - 1; }
INLINE int max_exp(fmt f) { return (1 << f.exp) - 1; }
INLINE uint64_t sign_bit(fmt f) { return 1ull << (f.frac + f.exp); }
INLINE uint64_t hidden_bit(fmt f) { return 1ull << f.frac; }
INLINE uint64_t quiet_bit(fmt f) { return 1ull << (f.frac - 1); }
INLINE uint64_t inf_bits(fmt f) { return (uint64_t)max_exp(f) << f.frac; }
INLINE uint64_t default_nan(fmt f) {
  return sign_bit(f) | inf_bits(f) | quiet_bit(f);
}

INLINE uint64_t abs_bits(fmt f, uint64_t x) { return x & (sign_bit(f) - 1); }
INLINE int exp_field(fmt f, uint64_t x) {
  return (int)(x >> f.frac) & max_exp(f);
}
INLINE uint64_t frac_field(fmt f, uint64_t x) {
  return x & (hidden_bit(f) - 1);
}
INLINE int is_nan(fmt f, uint64_t x) { return abs_bits(f, x) > inf_bits(f); }
INLINE int is_inf(fmt f, uint64_t x) { return abs_bits(f, x) == inf_bits(f); }

/* The NaN an operation with a NaN operand returns, as SSE does: the first
 * operand if it is a NaN, else the second, quieted. */
INLINE uint64_t pick_nan(fmt f, uint64_t a, uint64_t b) {
  return (is_nan(f, a) ? a : b) | quiet_bit(f);
}

/* Integer helpers. */

INLINE int clz64(uint64_t x) { return __builtin_clzll(x); } /* x != 0 */

/* x >> n, with any one bits shifted out ORed into bit 0 ("sticky"), so that
 * rounding still sees that the value lies above the truncated one. */
INLINE uint64_t shift_right_sticky(uint64_t x, int n) {
  if (n >= 64)
    return x != 0;
  return (x >> n) | ((x & ((1ull << n) - 1)) != 0);
}

/* Rounding and encoding. */

/* Encodes sig * 2^(e - bias - 63), sig having bit 63 set, rounded to
 * nearest even. A too small e makes a subnormal (or zero): the significand
 * is shifted down first so the rounding happens once, at the subnormal's
 * precision. The exponent goes in as e - 1 and is added, not ORed, so that
 * the hidden bit and any carry out of rounding step it up (subnormal to
 * normal, largest finite to infinity). */
INLINE uint64_t round_pack(fmt f, uint64_t sign, int e, uint64_t sig) {
  const int drop = 63 - f.frac; /* bits below the result's last place */
  if (e >= max_exp(f))
    return sign | inf_bits(f);
  if (e <= 0) {
    sig = shift_right_sticky(sig, 1 - e);
    e = 1;
  }
  uint64_t q = sig >> drop;
  uint64_t rest = sig & ((1ull << drop) - 1), half = 1ull << (drop - 1);
  q += rest > half || (rest == half && (q & 1));
  return sign | (((uint64_t)(e - 1) << f.frac) + q);
}

/* round_pack() for a nonzero sig whose leading one may be anywhere. */
INLINE uint64_t normalize_round_pack(fmt f, uint64_t sign, int e,
                                     uint64_t sig) {
  int lz = clz64(sig);
  return round_pack(f, sign, e - lz, sig << lz);
}

/* The significand of a finite nonzero x with its leading one moved to bit
 * 63, and *e such that x = sig * 2^(*e - bias - 63). A subnormal's *e comes
 * out below 1. */
INLINE uint64_t unpack(fmt f, uint64_t x, int *e) {
  int ex = exp_field(f, x);
  uint64_t sig = frac_field(f, x);
  if (ex) {
    *e = ex;
    return (sig | hidden_bit(f)) << (63 - f.frac);
  }
  int lz = clz64(sig);
  *e = 64 - f.frac - lz;
  return sig << lz;
}

/* Arithmetic. */

/* a + (b ^ flip): flip is 0 for addition, the sign bit for subtraction
 * (applied after the NaN check: SSE returns a NaN b unchanged in sign). Both
 * significands sit at bit 61, leaving room for the carry and at least 9
 * bits below the last place for the aligned smaller operand, whose lost
 * bits are kept as a sticky bit. */
INLINE uint64_t add(fmt f, uint64_t a, uint64_t b, uint64_t flip) {
  const uint64_t sign = sign_bit(f);
  if (is_nan(f, a) || is_nan(f, b))
    return pick_nan(f, a, b);
  b ^= flip;
  if (is_inf(f, a) || is_inf(f, b)) {
    if (is_inf(f, a) && is_inf(f, b) && ((a ^ b) & sign))
      return default_nan(f);
    return is_inf(f, a) ? a : b;
  }
  if (abs_bits(f, a) < abs_bits(f, b)) {
    uint64_t t = a;
    a = b;
    b = t;
  }
  int ea = exp_field(f, a), eb = exp_field(f, b);
  uint64_t ma = frac_field(f, a) | (ea ? hidden_bit(f) : 0);
  uint64_t mb = frac_field(f, b) | (eb ? hidden_bit(f) : 0);
  ea += !ea; /* a subnormal's exponent is 1, without the hidden bit */
  eb += !eb;
  ma <<= 61 - f.frac;
  mb = shift_right_sticky(mb << (61 - f.frac), ea - eb);
  uint64_t s = (a ^ b) & sign ? ma - mb : ma + mb;
  if (s == 0) /* -0 only for -0 + -0; exact cancellation gives +0 */
    return a & b & sign;
  return normalize_round_pack(f, a & sign, ea + 2, s);
}

/* The top 64 bits of the 128-bit product of two significands from
 * unpack(), with a sticky bit for the rest. For binary32 the significands
 * fit a 64-bit product exactly. */
INLINE uint64_t mul_high(fmt f, uint64_t a, uint64_t b) {
  if (2 * (f.frac + 1) <= 64)
    return ((a >> (63 - f.frac)) * (b >> (63 - f.frac))) << (62 - 2 * f.frac);
  u128 p = (u128)a * b;
  return (uint64_t)(p >> 64) | ((uint64_t)p != 0);
}

INLINE uint64_t mul(fmt f, uint64_t a, uint64_t b) {
  if (is_nan(f, a) || is_nan(f, b))
    return pick_nan(f, a, b);
  const uint64_t sign = (a ^ b) & sign_bit(f);
  const uint64_t ma = abs_bits(f, a), mb = abs_bits(f, b);
  if (ma == inf_bits(f) || mb == inf_bits(f))
    return ma == 0 || mb == 0 ? default_nan(f) : sign | inf_bits(f);
  if (ma == 0 || mb == 0)
    return sign;
  int ea, eb;
  uint64_t sa = unpack(f, a, &ea), sb = unpack(f, b, &eb);
  uint64_t p = mul_high(f, sa, sb); /* in [2^62, 2^64) */
  int e = ea + eb - bias(f) + 1;
  if (!(p >> 63)) {
    p <<= 1;
    e--;
  }
  return round_pack(f, sign, e, p);
}

/* n * 2^S / d for n in [d, 2d) and S >= frac + 1, returned with its
 * leading one at bit 63 and the remainder as a sticky bit. Long division
 * with the machine's 64-bit divide, as many quotient bits per step as fit:
 * one step for binary32, six for binary64, no 128-bit division. */
INLINE uint64_t div_sig(fmt f, uint64_t n, uint64_t d) {
  const int step = 62 - f.frac, steps = (f.frac + step) / step;
  uint64_t q = 0;
  for (int i = 0; i < steps; i++) {
    n <<= step;
    q = q << step | n / d;
    n %= d;
  }
  return q << (63 - step * steps) | (n != 0);
}

INLINE uint64_t divide(fmt f, uint64_t a, uint64_t b) {
  if (is_nan(f, a) || is_nan(f, b))
    return pick_nan(f, a, b);
  const uint64_t sign = (a ^ b) & sign_bit(f);
  const uint64_t ma = abs_bits(f, a), mb = abs_bits(f, b);
  if (ma == inf_bits(f))
    return mb == inf_bits(f) ? default_nan(f) : sign | inf_bits(f);
  if (mb == inf_bits(f))
    return sign;
  if (mb == 0)
    return ma == 0 ? default_nan(f) : sign | inf_bits(f);
  if (ma == 0)
    return sign;
  int ea, eb;
  uint64_t n = unpack(f, a, &ea) >> (63 - f.frac);
  uint64_t d = unpack(f, b, &eb) >> (63 - f.frac);
  int e = ea - eb + bias(f);
  if (n < d) { /* make the quotient lie in [1, 2) */
    n <<= 1;
    e--;
  }
  return round_pack(f, sign, e, div_sig(f, n, d));
}

/* x^m by repeated squaring, in libgcc's order of operations so that the
 * (not correctly rounded) results match it exactly: y starts as x for an
 * odd exponent (no multiplication by 1, so powi(sNaN, 1) is the sNaN), then
 * x = x * x and y = y * x per bit, and 1 / y for a negative exponent. */
INLINE uint64_t powi(fmt f, uint64_t x, int m) {
  const uint64_t one = (uint64_t)bias(f) << f.frac;
  unsigned n = m < 0 ? -(unsigned)m : (unsigned)m;
  uint64_t y = n & 1 ? x : one;
  while (n >>= 1) {
    x = mul(f, x, x);
    if (n & 1)
      y = mul(f, y, x);
  }
  return m < 0 ? divide(f, one, y) : y;
}

/* Comparison. */

/* -1, 0 or 1 as a is below, equal to or above b; 2 if unordered. The keys
 * order sign-magnitude encodings as signed integers, and both zeros map to
 * 0, so +0 == -0. */
INLINE int64_t order_key(fmt f, uint64_t x) {
  int64_t m = (int64_t)abs_bits(f, x);
  return x & sign_bit(f) ? -m : m;
}

INLINE int compare(fmt f, uint64_t a, uint64_t b) {
  if (is_nan(f, a) || is_nan(f, b))
    return 2;
  int64_t ka = order_key(f, a), kb = order_key(f, b);
  return (ka > kb) - (ka < kb);
}

/* The libgcc results: le/lt/eq/ne treat unordered as above (1), ge/gt as
 * below (-1), so that every test of an unordered pair is false except !=. */
INLINE int cmp_le(fmt f, uint64_t a, uint64_t b) {
  int c = compare(f, a, b);
  return c == 2 ? 1 : c;
}

INLINE int cmp_ge(fmt f, uint64_t a, uint64_t b) {
  int c = compare(f, a, b);
  return c == 2 ? -1 : c;
}

/* Conversions. */

/* x truncated toward zero to a `bits`-wide integer, signed if sgn; NaN
 * gives 0 and values out of range saturate. |x| = sig * 2^(k - frac). For
 * a signed type, k >= bits - 1 is out of range except for exactly -2^(bits
 * - 1), which saturating gives too. */
INLINE u128 fix(fmt f, uint64_t x, int bits, int sgn) {
  const u128 max = ~(u128)0 >> (128 - bits + sgn);
  const int neg = (x & sign_bit(f)) != 0;
  const int k = exp_field(f, x) - bias(f);
  if (is_nan(f, x) || k < 0 || (neg && !sgn))
    return 0;
  if (k >= bits - sgn)
    return neg ? ~max : max;
  uint64_t sig = frac_field(f, x) | hidden_bit(f);
  u128 m;
  if (k < f.frac)
    m = sig >> (f.frac - k);
  else if (k < 64)
    m = sig << (k - f.frac); /* 64-bit shift: all a 32/64-bit type needs */
  else
    m = (u128)sig << (k - f.frac);
  return neg ? -m : m;
}

/* The nearest value to (-1)^sign * m. */
INLINE uint64_t from_u64(fmt f, uint64_t sign, uint64_t m) {
  if (m == 0)
    return 0;
  return normalize_round_pack(f, sign, bias(f) + 63, m);
}

INLINE uint64_t from_u128(fmt f, uint64_t sign, u128 m) {
  uint64_t hi = (uint64_t)(m >> 64), lo = (uint64_t)m;
  if (hi == 0)
    return from_u64(f, sign, lo);
  int lz = clz64(hi);
  uint64_t sig = (uint64_t)((m << lz) >> 64) | ((lo << lz) != 0);
  return round_pack(f, sign, bias(f) + 127 - lz, sig);
}

INLINE uint64_t from_s64(fmt f, int64_t i) {
  return from_u64(f, i < 0 ? sign_bit(f) : 0,
                  i < 0 ? -(uint64_t)i : (uint64_t)i);
}

INLINE uint64_t from_s128(fmt f, i128 i) {
  return from_u128(f, i < 0 ? sign_bit(f) : 0, i < 0 ? -(u128)i : (u128)i);
}

/* x in format `from` converted to format `to`, rounding when narrowing. A
 * NaN keeps its sign and the top bits of its payload and is quieted, as
 * cvtss2sd and cvtsd2ss do. */
INLINE uint64_t convert(fmt from, fmt to, uint64_t x) {
  const uint64_t sign = x & sign_bit(from) ? sign_bit(to) : 0;
  const uint64_t fr = frac_field(from, x);
  if (exp_field(from, x) == max_exp(from)) {
    if (fr == 0)
      return sign | inf_bits(to);
    uint64_t payload = to.frac >= from.frac ? fr << (to.frac - from.frac)
                                            : fr >> (from.frac - to.frac);
    return sign | inf_bits(to) | quiet_bit(to) | payload;
  }
  if (abs_bits(from, x) == 0)
    return sign;
  int e;
  uint64_t sig = unpack(from, x, &e);
  return round_pack(to, sign, e - bias(from) + bias(to), sig);
}

/* The libcalls. Floats move to and from their encodings through unions:
 * no floating-point operation, just a reinterpretation. The empty asm hides
 * the integer's origin from the optimizer, which would otherwise turn the
 * bit tests back into floating-point ones (fabs, fneg, even fcmp, which is
 * a libcall here); circ-llc deletes such an asm before code generation. */

typedef union {
  float f;
  uint32_t u;
} bits32;

typedef union {
  double f;
  uint64_t u;
} bits64;

#define OPAQUE(x) __asm__("" : "+r"(x))

INLINE uint64_t enc32(float x) {
  uint32_t u = (bits32){.f = x}.u;
  OPAQUE(u);
  return u;
}

INLINE uint64_t enc64(double x) {
  uint64_t u = (bits64){.f = x}.u;
  OPAQUE(u);
  return u;
}

INLINE float dec32(uint64_t x) {
  uint32_t u = (uint32_t)x;
  OPAQUE(u);
  return (bits32){.u = u}.f;
}

INLINE double dec64(uint64_t x) {
  OPAQUE(x);
  return (bits64){.u = x}.f;
}

float SF(__addsf3)(float a, float b) {
  return dec32(add(B32, enc32(a), enc32(b), 0));
}
float SF(__subsf3)(float a, float b) {
  return dec32(add(B32, enc32(a), enc32(b), sign_bit(B32)));
}
float SF(__mulsf3)(float a, float b) {
  return dec32(mul(B32, enc32(a), enc32(b)));
}
float SF(__divsf3)(float a, float b) {
  return dec32(divide(B32, enc32(a), enc32(b)));
}
float SF(__negsf2)(float a) { return dec32(enc32(a) ^ sign_bit(B32)); }

double SF(__adddf3)(double a, double b) {
  return dec64(add(B64, enc64(a), enc64(b), 0));
}
double SF(__subdf3)(double a, double b) {
  return dec64(add(B64, enc64(a), enc64(b), sign_bit(B64)));
}
double SF(__muldf3)(double a, double b) {
  return dec64(mul(B64, enc64(a), enc64(b)));
}
double SF(__divdf3)(double a, double b) {
  return dec64(divide(B64, enc64(a), enc64(b)));
}
double SF(__negdf2)(double a) { return dec64(enc64(a) ^ sign_bit(B64)); }

int SF(__eqsf2)(float a, float b) { return cmp_le(B32, enc32(a), enc32(b)); }
int SF(__nesf2)(float a, float b) { return cmp_le(B32, enc32(a), enc32(b)); }
int SF(__ltsf2)(float a, float b) { return cmp_le(B32, enc32(a), enc32(b)); }
int SF(__lesf2)(float a, float b) { return cmp_le(B32, enc32(a), enc32(b)); }
int SF(__gtsf2)(float a, float b) { return cmp_ge(B32, enc32(a), enc32(b)); }
int SF(__gesf2)(float a, float b) { return cmp_ge(B32, enc32(a), enc32(b)); }
int SF(__unordsf2)(float a, float b) {
  return compare(B32, enc32(a), enc32(b)) == 2;
}

int SF(__eqdf2)(double a, double b) { return cmp_le(B64, enc64(a), enc64(b)); }
int SF(__nedf2)(double a, double b) { return cmp_le(B64, enc64(a), enc64(b)); }
int SF(__ltdf2)(double a, double b) { return cmp_le(B64, enc64(a), enc64(b)); }
int SF(__ledf2)(double a, double b) { return cmp_le(B64, enc64(a), enc64(b)); }
int SF(__gtdf2)(double a, double b) { return cmp_ge(B64, enc64(a), enc64(b)); }
int SF(__gedf2)(double a, double b) { return cmp_ge(B64, enc64(a), enc64(b)); }
int SF(__unorddf2)(double a, double b) {
  return compare(B64, enc64(a), enc64(b)) == 2;
}

int SF(__fixsfsi)(float a) { return (int)fix(B32, enc32(a), 32, 1); }
long long SF(__fixsfdi)(float a) {
  return (long long)fix(B32, enc32(a), 64, 1);
}
i128 SF(__fixsfti)(float a) { return (i128)fix(B32, enc32(a), 128, 1); }
unsigned SF(__fixunssfsi)(float a) {
  return (unsigned)fix(B32, enc32(a), 32, 0);
}
unsigned long long SF(__fixunssfdi)(float a) {
  return (unsigned long long)fix(B32, enc32(a), 64, 0);
}
u128 SF(__fixunssfti)(float a) { return fix(B32, enc32(a), 128, 0); }

int SF(__fixdfsi)(double a) { return (int)fix(B64, enc64(a), 32, 1); }
long long SF(__fixdfdi)(double a) {
  return (long long)fix(B64, enc64(a), 64, 1);
}
i128 SF(__fixdfti)(double a) { return (i128)fix(B64, enc64(a), 128, 1); }
unsigned SF(__fixunsdfsi)(double a) {
  return (unsigned)fix(B64, enc64(a), 32, 0);
}
unsigned long long SF(__fixunsdfdi)(double a) {
  return (unsigned long long)fix(B64, enc64(a), 64, 0);
}
u128 SF(__fixunsdfti)(double a) { return fix(B64, enc64(a), 128, 0); }

float SF(__floatsisf)(int i) { return dec32(from_s64(B32, i)); }
float SF(__floatdisf)(long long i) { return dec32(from_s64(B32, i)); }
float SF(__floattisf)(i128 i) { return dec32(from_s128(B32, i)); }
float SF(__floatunsisf)(unsigned i) { return dec32(from_u64(B32, 0, i)); }
float SF(__floatundisf)(unsigned long long i) {
  return dec32(from_u64(B32, 0, i));
}
float SF(__floatuntisf)(u128 i) { return dec32(from_u128(B32, 0, i)); }

double SF(__floatsidf)(int i) { return dec64(from_s64(B64, i)); }
double SF(__floatdidf)(long long i) { return dec64(from_s64(B64, i)); }
double SF(__floattidf)(i128 i) { return dec64(from_s128(B64, i)); }
double SF(__floatunsidf)(unsigned i) { return dec64(from_u64(B64, 0, i)); }
double SF(__floatundidf)(unsigned long long i) {
  return dec64(from_u64(B64, 0, i));
}
double SF(__floatuntidf)(u128 i) { return dec64(from_u128(B64, 0, i)); }

double SF(__extendsfdf2)(float a) { return dec64(convert(B32, B64, enc32(a))); }
float SF(__truncdfsf2)(double a) { return dec32(convert(B64, B32, enc64(a))); }

float SF(__powisf2)(float a, int b) { return dec32(powi(B32, enc32(a), b)); }
double SF(__powidf2)(double a, int b) {
  return dec64(powi(B64, enc64(a), b));
}
