/* softfloat-vs-host.c - compares the circ runtime's soft-float libcalls with
 * the host's floating-point hardware (x86-64 SSE), bit for bit.
 *
 * It includes runtime/src/softfloat.c with its functions renamed circ__*
 * (so that they do not clash with the host libgcc's own __addsf3 and
 * friends) and runs every one of them on a fixed list of edge operands,
 * crossed with each other for the two-operand functions, and on N cases
 * per function from a fixed-seed generator: uniform bit patterns, operands
 * with close exponents (cancellation), short significands (ties), tiny and
 * huge values (underflow, overflow), integers of every width. Expected
 * results come from the host: SSE arithmetic through inline asm (so that
 * the first operand, whose NaN wins, stays first: gcc may swap the
 * operands of a commutative C operator), C casts and comparisons on
 * volatile operands, libgcc's __powisf2/__powidf2. Float -> integer
 * conversions are compared with the host for in-range operands only (C
 * leaves the rest undefined) and otherwise checked against softfloat.c's
 * rule: NaN gives 0, out of range saturates to the type's min or max. Run
 * from the repository root:
 *
 *   gcc -std=c11 -O1 -ffp-contract=off -fno-builtin -Wall \
 *       runtime/test/softfloat-vs-host.c -o /tmp/softfloat-vs-host && \
 *       /tmp/softfloat-vs-host [N]
 *
 * N is the number of random cases per function (default 1000000). It
 * prints the first failures (function, operand bits, expected bits, got
 * bits) and "softfloat-vs-host: C checks, F failures"; exit 0 iff no
 * failure. */
#define CIRC_SOFTFLOAT_NAME(name) circ##name
#include "../src/softfloat.c"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if !defined(__x86_64__) || !defined(__SSE2__)
#error "the expected results are x86-64 SSE's (NaN signs and payloads)"
#endif

/* libgcc's, the host's reference for powi. */
float __powisf2(float a, int b);
double __powidf2(double a, int b);

static long checks, failures;

/* Reporting. */

static void hex(char *buf, size_t n, u128 v, int bits) {
  if (bits <= 32)
    snprintf(buf, n, "0x%08llx", (unsigned long long)v & 0xffffffffull);
  else if (bits <= 64)
    snprintf(buf, n, "0x%016llx", (unsigned long long)v);
  else
    snprintf(buf, n, "0x%016llx%016llx", (unsigned long long)(v >> 64),
             (unsigned long long)v);
}

/* An operand or result: its bits and its width for printing (0: none). */
typedef struct {
  u128 v;
  int bits;
} val;

static val V(u128 v, int bits) { return (val){v, bits}; }
static const val NONE = {0, 0};

/* One check: want and got compared on their low want.bits bits. */
static void expect(const char *fn, val a, val b, val want, val got) {
  u128 mask = want.bits >= 128 ? ~(u128)0 : ((u128)1 << want.bits) - 1;
  checks++;
  if (((want.v ^ got.v) & mask) == 0)
    return;
  failures++;
  if (failures > 50)
    return;
  char sa[40], sb[40] = "", sw[40], sg[40];
  hex(sa, sizeof sa, a.v, a.bits);
  if (b.bits)
    hex(sb, sizeof sb, b.v, b.bits);
  hex(sw, sizeof sw, want.v, want.bits);
  hex(sg, sizeof sg, got.v, got.bits);
  printf("FAIL %s(%s%s%s): want %s, got %s\n", fn, sa, b.bits ? ", " : "", sb,
         sw, sg);
}

/* Host values and encodings. */

static float f32(uint64_t x) {
  uint32_t u = (uint32_t)x;
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}

static double f64(uint64_t x) {
  double d;
  memcpy(&d, &x, sizeof d);
  return d;
}

static uint64_t b32(float f) {
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  return u;
}

static uint64_t b64(double d) {
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return u;
}

/* The SSE instruction on (a, b) in that order: a is the first source. */
#define SSE(name, insn, T)                                                    \
  static T name(T a, T b) {                                                   \
    __asm__(insn " %1, %0" : "+x"(a) : "x"(b));                               \
    return a;                                                                 \
  }
SSE(sse_addss, "addss", float)
SSE(sse_subss, "subss", float)
SSE(sse_mulss, "mulss", float)
SSE(sse_divss, "divss", float)
SSE(sse_addsd, "addsd", double)
SSE(sse_subsd, "subsd", double)
SSE(sse_mulsd, "mulsd", double)
SSE(sse_divsd, "divsd", double)

/* Pseudo-random numbers: splitmix64, fixed seed. */

static uint64_t rng = 0x5eed5eed12345678ull;

static uint64_t rnd(void) {
  uint64_t z = (rng += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static int rnd_int(int lo, int hi) { /* in [lo, hi] */
  return lo + (int)(rnd() % (uint64_t)(hi - lo + 1));
}

static u128 rnd128(void) { return (u128)rnd() << 64 | rnd(); }

/* Operands. */

static uint64_t make(fmt f, int neg, int e, uint64_t frac) {
  if (e < 0)
    e = 0;
  if (e > max_exp(f))
    e = max_exp(f);
  return (neg ? sign_bit(f) : 0) | (uint64_t)e << f.frac |
         (frac & (hidden_bit(f) - 1));
}

/* 2^k, or 0/inf outside the normal range. */
static uint64_t pow2(fmt f, int k) { return make(f, 0, k + bias(f), 0); }

#define MAX_EDGE 512
typedef struct {
  uint64_t v[MAX_EDGE];
  int n;
} edge_list;

static void add_edge(edge_list *l, uint64_t x) {
  for (int i = 0; i < l->n; i++)
    if (l->v[i] == x)
      return;
  if (l->n < MAX_EDGE)
    l->v[l->n++] = x;
}

/* Both signs of each seed and of its neighbouring encodings. */
static void edges(fmt f, edge_list *l) {
  const uint64_t inf = inf_bits(f), qb = quiet_bit(f), hb = hidden_bit(f);
  const uint64_t one = pow2(f, 0);
  uint64_t seeds[128];
  int n = 0;
  seeds[n++] = 0;
  seeds[n++] = 1;                   /* smallest subnormal */
  seeds[n++] = 3;
  seeds[n++] = hb >> 1;
  seeds[n++] = hb - 1;              /* largest subnormal */
  seeds[n++] = hb;                  /* smallest normal */
  seeds[n++] = one;
  seeds[n++] = one | qb;            /* 1.5 */
  seeds[n++] = one | qb >> 1;       /* 1.25 */
  seeds[n++] = one | (hb - 1) / 3;  /* 1.333... */
  seeds[n++] = pow2(f, 1) | qb;     /* 3 */
  seeds[n++] = inf - 1;             /* largest finite */
  seeds[n++] = inf;
  seeds[n++] = inf | qb;            /* default quiet NaN */
  seeds[n++] = inf | qb | 1;        /* quiet NaNs with payloads */
  seeds[n++] = inf | qb | 0x5a5;
  seeds[n++] = inf | (hb - 1);
  seeds[n++] = inf | 1;             /* signalling NaNs */
  seeds[n++] = inf | qb >> 1;
  seeds[n++] = inf | (qb - 1);
  seeds[n++] = inf | 0x3c3;
  static const int ks[] = {-1, 1,  2,   3,   7,   8,    23,   24,   25,  31,
                           32, 33, 52,  53,  54,  62,   63,   64,   65,  100,
                           126, 127, 128, 500, 1022, 1023, -2,  -24,  -25, -26,
                           -53, -54, -63, -100, -125, -126, -1021, -1022};
  for (size_t i = 0; i < sizeof ks / sizeof *ks; i++)
    if (ks[i] + bias(f) > 0 && ks[i] + bias(f) < max_exp(f))
      seeds[n++] = pow2(f, ks[i]);
  seeds[n++] = pow2(f, -f.frac - 1); /* half an ulp of 1 */
  seeds[n++] = pow2(f, -f.frac - 2);
  seeds[n++] = pow2(f, -f.frac) | qb; /* 1.5 ulp of 1 */
  for (int i = 0; i < n; i++)
    for (int d = -1; d <= 1; d++) {
      uint64_t x = seeds[i] + (uint64_t)(int64_t)d;
      if (x > (sign_bit(f) - 1) || (seeds[i] == 0 && d < 0))
        continue;
      add_edge(l, x);
      add_edge(l, x | sign_bit(f));
    }
}

/* A fraction field with only its top 0..frac bits random. */
static uint64_t short_frac(fmt f) {
  int k = rnd_int(0, f.frac);
  return k ? rnd() >> (64 - k) << (f.frac - k) : 0;
}

/* A random operand of one of several kinds, each stressing something. */
static uint64_t rnd_fp(fmt f) {
  const int neg = rnd() & 1;
  const uint64_t frac = rnd();
  switch (rnd() % 8) {
  case 0:
  case 1: /* any bits */
    return rnd() & (sign_bit(f) * 2 - 1);
  case 2: /* near 1 */
    return make(f, neg, bias(f) + rnd_int(-4, 4), frac);
  case 3: /* short significand: products and sums land on ties */
    return make(f, neg, rnd_int(1, max_exp(f) - 1), short_frac(f));
  case 4: /* subnormal or barely normal */
    return make(f, neg, rnd_int(0, 2), frac >> rnd_int(0, f.frac));
  case 5: /* tiny: products underflow */
    return make(f, neg, rnd_int(1, bias(f) / 2 + f.frac), frac);
  case 6: /* huge: products overflow */
    return make(f, neg, rnd_int(max_exp(f) - bias(f) / 2 - 2, max_exp(f) - 1),
                frac);
  default: /* uniform exponent */
    return make(f, neg, rnd_int(0, max_exp(f)), frac);
  }
}

/* A random pair; the second is often related to the first. */
static void rnd_pair(fmt f, uint64_t *a, uint64_t *b) {
  *a = rnd_fp(f);
  switch (rnd() % 4) {
  case 0: /* close exponents: cancellation, alignment by a few bits */
    *b = make(f, rnd() & 1, exp_field(f, *a) + rnd_int(-3, 3), rnd());
    break;
  case 1: /* nearly the same encoding: massive cancellation, equality */
    *b = (*a + (uint64_t)(int64_t)rnd_int(-4, 4)) ^
         (rnd() & 1 ? sign_bit(f) : 0);
    *b &= sign_bit(f) * 2 - 1;
    break;
  case 2: /* exponents a significand apart: sticky bits, ties */
    *b = make(f, rnd() & 1, exp_field(f, *a) - rnd_int(0, f.frac + 4),
              rnd() << rnd_int(0, f.frac));
    break;
  default:
    *b = rnd_fp(f);
  }
}

/* Two-operand arithmetic. */

typedef uint64_t (*binop)(uint64_t, uint64_t);

#define BIN(name, T, enc, dec, expr)                                          \
  static uint64_t name(uint64_t x, uint64_t y) {                              \
    volatile T va = dec(x), vb = dec(y);                                      \
    T a = va, b = vb;                                                         \
    return enc(expr);                                                         \
  }
BIN(h_add32, float, b32, f32, sse_addss(a, b))
BIN(h_sub32, float, b32, f32, sse_subss(a, b))
BIN(h_mul32, float, b32, f32, sse_mulss(a, b))
BIN(h_div32, float, b32, f32, sse_divss(a, b))
BIN(h_add64, double, b64, f64, sse_addsd(a, b))
BIN(h_sub64, double, b64, f64, sse_subsd(a, b))
BIN(h_mul64, double, b64, f64, sse_mulsd(a, b))
BIN(h_div64, double, b64, f64, sse_divsd(a, b))
BIN(c_add32, float, b32, f32, circ__addsf3(a, b))
BIN(c_sub32, float, b32, f32, circ__subsf3(a, b))
BIN(c_mul32, float, b32, f32, circ__mulsf3(a, b))
BIN(c_div32, float, b32, f32, circ__divsf3(a, b))
BIN(c_add64, double, b64, f64, circ__adddf3(a, b))
BIN(c_sub64, double, b64, f64, circ__subdf3(a, b))
BIN(c_mul64, double, b64, f64, circ__muldf3(a, b))
BIN(c_div64, double, b64, f64, circ__divdf3(a, b))

static const struct {
  const char *name;
  int wide; /* binary64 */
  binop host, circ;
} binops[] = {
    {"__addsf3", 0, h_add32, c_add32}, {"__subsf3", 0, h_sub32, c_sub32},
    {"__mulsf3", 0, h_mul32, c_mul32}, {"__divsf3", 0, h_div32, c_div32},
    {"__adddf3", 1, h_add64, c_add64}, {"__subdf3", 1, h_sub64, c_sub64},
    {"__muldf3", 1, h_mul64, c_mul64}, {"__divdf3", 1, h_div64, c_div64},
};

static void check_binop(int i, uint64_t a, uint64_t b) {
  const int bits = binops[i].wide ? 64 : 32;
  expect(binops[i].name, V(a, bits), V(b, bits),
         V(binops[i].host(a, b), bits), V(binops[i].circ(a, b), bits));
}

/* Comparisons: the truth of each libcall-style test against the host's. */

static void check_compare(int wide, uint64_t x, uint64_t y) {
  const int bits = wide ? 64 : 32;
  int r[7];
  const char *const *names;
  static const char *const n32[7] = {"__eqsf2", "__nesf2", "__ltsf2",
                                     "__lesf2", "__gtsf2", "__gesf2",
                                     "__unordsf2"};
  static const char *const n64[7] = {"__eqdf2", "__nedf2", "__ltdf2",
                                     "__ledf2", "__gtdf2", "__gedf2",
                                     "__unorddf2"};
  int want[7];
  if (wide) {
    volatile double a = f64(x), b = f64(y);
    want[0] = a == b, want[1] = a != b, want[2] = a < b, want[3] = a <= b;
    want[4] = a > b, want[5] = a >= b, want[6] = isunordered(a, b);
    double p = f64(x), q = f64(y);
    r[0] = circ__eqdf2(p, q) == 0, r[1] = circ__nedf2(p, q) != 0;
    r[2] = circ__ltdf2(p, q) < 0, r[3] = circ__ledf2(p, q) <= 0;
    r[4] = circ__gtdf2(p, q) > 0, r[5] = circ__gedf2(p, q) >= 0;
    r[6] = circ__unorddf2(p, q) != 0;
    names = n64;
  } else {
    volatile float a = f32(x), b = f32(y);
    want[0] = a == b, want[1] = a != b, want[2] = a < b, want[3] = a <= b;
    want[4] = a > b, want[5] = a >= b, want[6] = isunordered(a, b);
    float p = f32(x), q = f32(y);
    r[0] = circ__eqsf2(p, q) == 0, r[1] = circ__nesf2(p, q) != 0;
    r[2] = circ__ltsf2(p, q) < 0, r[3] = circ__lesf2(p, q) <= 0;
    r[4] = circ__gtsf2(p, q) > 0, r[5] = circ__gesf2(p, q) >= 0;
    r[6] = circ__unordsf2(p, q) != 0;
    names = n32;
  }
  for (int i = 0; i < 7; i++)
    expect(names[i], V(x, bits), V(y, bits), V(want[i], 1), V(r[i], 1));
}

/* One-operand float -> float: negation, extension, truncation. */

static void check_unary(uint64_t x) { /* x: binary32 */
  volatile float v = f32(x);
  float a = f32(x);
  expect("__negsf2", V(x, 32), NONE, V(b32(-v), 32),
         V(b32(circ__negsf2(a)), 32));
  expect("__extendsfdf2", V(x, 32), NONE, V(b64((double)v), 64),
         V(b64(circ__extendsfdf2(a)), 64));
}

static void check_unary64(uint64_t x) { /* x: binary64 */
  volatile double v = f64(x);
  double a = f64(x);
  expect("__negdf2", V(x, 64), NONE, V(b64(-v), 64),
         V(b64(circ__negdf2(a)), 64));
  expect("__truncdfsf2", V(x, 64), NONE, V(b32((float)v), 32),
         V(b32(circ__truncdfsf2(a)), 32));
}

/* A double that often lands near a binary32 rounding point. */
static uint64_t rnd_trunc_operand(void) {
  const fmt f = B64;
  const int neg = rnd() & 1;
  uint64_t frac = rnd();
  switch (rnd() % 4) {
  case 0: /* ties and their neighbours at binary32 precision */
    frac = (frac & ~((1ull << 29) - 1)) | (1ull << 28);
    frac += (uint64_t)(int64_t)rnd_int(-1, 1);
    break;
  case 1: /* binary32 subnormal range and below */
    return make(f, neg, bias(f) - 126 - rnd_int(0, 30), frac);
  case 2: /* binary32 overflow range */
    return make(f, neg, bias(f) + 127 + rnd_int(-1, 2), frac);
  default:
    return rnd_fp(f);
  }
  return make(f, neg, bias(f) + rnd_int(-160, 140), frac);
}

/* Float -> integer. */

typedef struct {
  const char *name;
  int wide, bits, sgn; /* source binary64; destination width, signedness */
} fix_fn;

static const fix_fn fixes[] = {
    {"__fixsfsi", 0, 32, 1},    {"__fixsfdi", 0, 64, 1},
    {"__fixsfti", 0, 128, 1},   {"__fixunssfsi", 0, 32, 0},
    {"__fixunssfdi", 0, 64, 0}, {"__fixunssfti", 0, 128, 0},
    {"__fixdfsi", 1, 32, 1},    {"__fixdfdi", 1, 64, 1},
    {"__fixdfti", 1, 128, 1},   {"__fixunsdfsi", 1, 32, 0},
    {"__fixunsdfdi", 1, 64, 0}, {"__fixunsdfti", 1, 128, 0},
};

/* Whether C defines the conversion of d: the truncated value fits. For 64
 * and 128 bits no binary32/64 value lies strictly between -2^(bits-1) - 1
 * and -2^(bits-1), so >= -2^(bits-1) is that test there. */
static double pow2d(int k) { return f64(pow2(B64, k)); }

static int in_range(double d, int bits, int sgn) {
  if (isnan(d))
    return 0;
  if (!sgn)
    return d > -1.0 && d < pow2d(bits);
  if (bits == 32)
    return d > -2147483649.0 && d < 2147483648.0;
  return d >= -pow2d(bits - 1) && d < pow2d(bits - 1);
}

/* The host's conversion of an in-range d (exactly a float if !wide). */
static u128 host_fix(const fix_fn *fn, double d) {
  if (!fn->wide) {
    volatile float v = (float)d;
    switch (fn->bits * 2 + fn->sgn) {
    case 65: return (u128)(i128)(int)v;
    case 129: return (u128)(i128)(long long)v;
    case 257: return (u128)(i128)v;
    case 64: return (unsigned)v;
    case 128: return (unsigned long long)v;
    default: return (unsigned __int128)v;
    }
  }
  volatile double v = d;
  switch (fn->bits * 2 + fn->sgn) {
  case 65: return (u128)(i128)(int)v;
  case 129: return (u128)(i128)(long long)v;
  case 257: return (u128)(i128)v;
  case 64: return (unsigned)v;
  case 128: return (unsigned long long)v;
  default: return (unsigned __int128)v;
  }
}

static u128 circ_fix(const fix_fn *fn, uint64_t x) {
  if (!fn->wide) {
    float a = f32(x);
    switch (fn->bits * 2 + fn->sgn) {
    case 65: return (u128)(i128)circ__fixsfsi(a);
    case 129: return (u128)(i128)circ__fixsfdi(a);
    case 257: return (u128)circ__fixsfti(a);
    case 64: return circ__fixunssfsi(a);
    case 128: return circ__fixunssfdi(a);
    default: return circ__fixunssfti(a);
    }
  }
  double a = f64(x);
  switch (fn->bits * 2 + fn->sgn) {
  case 65: return (u128)(i128)circ__fixdfsi(a);
  case 129: return (u128)(i128)circ__fixdfdi(a);
  case 257: return (u128)circ__fixdfti(a);
  case 64: return circ__fixunsdfsi(a);
  case 128: return circ__fixunsdfdi(a);
  default: return circ__fixunsdfti(a);
  }
}

static void check_fix(const fix_fn *fn, uint64_t x) {
  const double d = fn->wide ? f64(x) : (double)f32(x);
  u128 want;
  if (in_range(d, fn->bits, fn->sgn)) {
    want = host_fix(fn, d);
  } else { /* the documented rule */
    u128 max = ~(u128)0 >> (128 - fn->bits + fn->sgn);
    want = isnan(d) ? 0 : d < 0 ? (fn->sgn ? ~max : 0) : max;
  }
  expect(fn->name, V(x, fn->wide ? 64 : 32), NONE, V(want, fn->bits),
         V(circ_fix(fn, x), fn->bits));
}

/* An operand for float -> integer: mostly around the integer ranges. */
static uint64_t rnd_fix_operand(fmt f) {
  if (rnd() % 4 == 0)
    return rnd_fp(f);
  return make(f, rnd() & 1, bias(f) + rnd_int(-3, 130), rnd());
}

/* Integer -> float. */

typedef struct {
  const char *name;
  int wide, bits, sgn; /* result binary64; source width, signedness */
} float_fn;

static const float_fn floats[] = {
    {"__floatsisf", 0, 32, 1},    {"__floatdisf", 0, 64, 1},
    {"__floattisf", 0, 128, 1},   {"__floatunsisf", 0, 32, 0},
    {"__floatundisf", 0, 64, 0},  {"__floatuntisf", 0, 128, 0},
    {"__floatsidf", 1, 32, 1},    {"__floatdidf", 1, 64, 1},
    {"__floattidf", 1, 128, 1},   {"__floatunsidf", 1, 32, 0},
    {"__floatundidf", 1, 64, 0},  {"__floatuntidf", 1, 128, 0},
};

/* Results as encodings; v is the source's bits, zero-extended. */
static uint64_t host_float(const float_fn *fn, u128 v) {
  volatile int i32 = (int)(uint32_t)v;
  volatile unsigned u32 = (uint32_t)v;
  volatile long long i64 = (long long)(uint64_t)v;
  volatile unsigned long long u64 = (uint64_t)v;
  volatile i128 s128 = (i128)v;
  volatile u128 u128v = v;
  switch (fn->bits * 4 + fn->sgn * 2 + fn->wide) {
  case 130: return b32((float)i32);
  case 258: return b32((float)i64);
  case 514: return b32((float)s128);
  case 128: return b32((float)u32);
  case 256: return b32((float)u64);
  case 512: return b32((float)u128v);
  case 131: return b64((double)i32);
  case 259: return b64((double)i64);
  case 515: return b64((double)s128);
  case 129: return b64((double)u32);
  case 257: return b64((double)u64);
  default: return b64((double)u128v);
  }
}

static uint64_t circ_float(const float_fn *fn, u128 v) {
  switch (fn->bits * 4 + fn->sgn * 2 + fn->wide) {
  case 130: return b32(circ__floatsisf((int)(uint32_t)v));
  case 258: return b32(circ__floatdisf((long long)(uint64_t)v));
  case 514: return b32(circ__floattisf((i128)v));
  case 128: return b32(circ__floatunsisf((uint32_t)v));
  case 256: return b32(circ__floatundisf((uint64_t)v));
  case 512: return b32(circ__floatuntisf(v));
  case 131: return b64(circ__floatsidf((int)(uint32_t)v));
  case 259: return b64(circ__floatdidf((long long)(uint64_t)v));
  case 515: return b64(circ__floattidf((i128)v));
  case 129: return b64(circ__floatunsidf((uint32_t)v));
  case 257: return b64(circ__floatundidf((uint64_t)v));
  default: return b64(circ__floatuntidf(v));
  }
}

static void check_float(const float_fn *fn, u128 v) {
  const int rbits = fn->wide ? 64 : 32;
  if (fn->bits < 128)
    v &= ((u128)1 << fn->bits) - 1;
  expect(fn->name, V(v, fn->bits), NONE, V(host_float(fn, v), rbits),
         V(circ_float(fn, v), rbits));
}

/* The edge integers: powers of two, their neighbours, and the values on and
 * next to the rounding ties at 24 and 53 bits of precision. Each also
 * negated (two's complement). */
static void int_edges(void (*use)(u128)) {
  static const int ds[] = {1, 2, 24, 25, 26, 53, 54, 55};
  for (int k = 0; k < 128; k++) {
    u128 p = (u128)1 << k;
    for (int j = -1; j < (int)(sizeof ds / sizeof *ds); j++) {
      u128 base = j < 0 ? p : k >= ds[j] ? p + ((u128)1 << (k - ds[j])) : p;
      for (int d = -1; d <= 1; d++) {
        use(base + (u128)(i128)d);
        use(-(base + (u128)(i128)d));
        use(base * 3 + (u128)(i128)d); /* 1.1 followed by the tail */
      }
    }
  }
  use(0);
  use(~(u128)0 >> 1);
  use(~(u128)0);
}

/* A random integer of random width, sometimes exactly on a tie. */
static u128 rnd_int_operand(void) {
  const int w = rnd_int(0, 128);
  u128 v = w ? rnd128() >> (128 - w) : 0;
  if (w)
    v |= (u128)1 << (w - 1);
  const int p = rnd() & 1 ? 24 : 53, j = w - p;
  switch (rnd() % 4) {
  case 0: /* tie at p bits */
    if (j >= 1)
      v = (v >> j << j) | ((u128)1 << (j - 1));
    break;
  case 1: /* trailing zeros: exact */
    if (j >= 0)
      v = v >> j << j;
    break;
  }
  return rnd() & 1 ? -v : v;
}

static void check_all_floats(u128 v) {
  for (size_t i = 0; i < sizeof floats / sizeof *floats; i++)
    check_float(&floats[i], v);
}

/* powi. */

static void check_powi(int wide, uint64_t x, int m) {
  if (wide) {
    volatile double v = f64(x);
    expect("__powidf2", V(x, 64), V((uint32_t)m, 32),
           V(b64(__powidf2(v, m)), 64),
           V(b64(circ__powidf2(f64(x), m)), 64));
  } else {
    volatile float v = f32(x);
    expect("__powisf2", V(x, 32), V((uint32_t)m, 32),
           V(b32(__powisf2(v, m)), 32),
           V(b32(circ__powisf2(f32(x), m)), 32));
  }
}

static int rnd_exponent(void) {
  switch (rnd() % 4) {
  case 0: return (int)(uint32_t)rnd();
  case 1: return rnd_int(-300, 300);
  default: return rnd_int(-20, 20);
  }
}

/* Each format's edge list crossed with itself, then n random cases. */
static void run_format(int wide, long n) {
  const fmt f = wide ? B64 : B32;
  static edge_list l;
  l.n = 0;
  edges(f, &l);
  const int nb = sizeof binops / sizeof *binops;
  static const int exps[] = {0,   1,   -1,   2,    -2,   3,       -3,
                             4,   5,   -5,   7,    8,    15,      -16,
                             16,  31,  32,   -33,  100,  -127,    128,
                             1000, -1075, INT_MAX, INT_MIN, INT_MIN + 1};
  for (int i = 0; i < l.n; i++) {
    for (int j = 0; j < l.n; j++) {
      for (int k = 0; k < nb; k++)
        if (binops[k].wide == wide)
          check_binop(k, l.v[i], l.v[j]);
      check_compare(wide, l.v[i], l.v[j]);
    }
    if (wide)
      check_unary64(l.v[i]);
    else
      check_unary(l.v[i]);
    for (size_t k = 0; k < sizeof fixes / sizeof *fixes; k++)
      if (fixes[k].wide == wide)
        check_fix(&fixes[k], l.v[i]);
    for (size_t k = 0; k < sizeof exps / sizeof *exps; k++)
      check_powi(wide, l.v[i], exps[k]);
  }
  for (long c = 0; c < n; c++) {
    uint64_t a, b;
    for (int k = 0; k < nb; k++)
      if (binops[k].wide == wide) {
        rnd_pair(f, &a, &b);
        check_binop(k, a, b);
      }
    rnd_pair(f, &a, &b);
    check_compare(wide, a, b);
    if (wide)
      check_unary64(rnd() % 2 ? rnd_trunc_operand() : rnd_fp(f));
    else
      check_unary(rnd_fp(f));
    for (size_t k = 0; k < sizeof fixes / sizeof *fixes; k++)
      if (fixes[k].wide == wide)
        check_fix(&fixes[k], rnd_fix_operand(f));
    a = rnd() % 4 ? make(f, rnd() & 1, bias(f) + rnd_int(-8, 8), rnd())
                  : rnd_fp(f);
    check_powi(wide, a, rnd_exponent());
  }
}

int main(int argc, char **argv) {
  long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000000;
  run_format(0, n);
  run_format(1, n);
  int_edges(check_all_floats);
  for (long c = 0; c < n; c++)
    for (size_t i = 0; i < sizeof floats / sizeof *floats; i++)
      check_float(&floats[i], rnd_int_operand());
  printf("softfloat-vs-host: %ld checks, %ld failures\n", checks, failures);
  return failures != 0;
}
