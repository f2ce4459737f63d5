// Soft float end to end: arithmetic, comparisons (NaN included), conversions
// at every integer width, <math.h> and printf's %e %f %g %a, each printed as
// its bit pattern too, so circ and the native build must agree bit for bit.
// RUN: %e2e-check %s -O2
// RUN: %e2e-check %s -O0
// RUN: %e2e-check %s -O2 -regalloc=greedy -circ-io-width=8
// RUN: %e2e-check %s -O1 -regalloc=circ-local
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t bits(double d) {
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return u;
}
static uint32_t fbits(float f) {
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  return u;
}
static double from_bits(uint64_t u) {
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}

// Operands through volatile, so that neither compiler folds them.
static volatile double V[] = {0.0,  -0.0, 1.0,    -1.5,  0.1,   1e308,
                              1e-310, 3.0, 1.0 / 3, 2.5,  -7.25, 123456789.0};
static volatile float F[] = {0.0f, -2.5f, 1.0f / 3, 16777217.0f, 1e-40f,
                             3.4e38f};

static void arithmetic(void) {
  unsigned n = sizeof V / sizeof V[0];
  for (unsigned i = 0; i < n; ++i)
    for (unsigned j = 0; j < n; ++j) {
      double a = V[i], b = V[j];
      printf("%u %u %016llx %016llx %016llx %016llx\n", i, j,
             (unsigned long long)bits(a + b), (unsigned long long)bits(a - b),
             (unsigned long long)bits(a * b),
             b != 0 ? (unsigned long long)bits(a / b) : 0ull);
    }
  for (unsigned i = 0; i < sizeof F / sizeof F[0]; ++i)
    for (unsigned j = 0; j < sizeof F / sizeof F[0]; ++j) {
      float a = F[i], b = F[j];
      printf("f %u %u %08x %08x %08x\n", i, j, fbits(a + b), fbits(a * b),
             b != 0 ? fbits(a / b) : 0u);
    }
}

static void comparisons(void) {
  volatile double nan = from_bits(0x7ff8000000000001ull), one = 1.0;
  double xs[] = {nan, one, -0.0, 0.0, INFINITY, -INFINITY};
  for (unsigned i = 0; i < 6; ++i)
    for (unsigned j = 0; j < 6; ++j) {
      double a = xs[i], b = xs[j];
      printf("%d%d%d%d%d%d%d ", a < b, a <= b, a == b, a != b, a > b, a >= b,
             isunordered(a, b));
    }
  // The classification macros only promise nonzero for true.
  printf("\n%d %d %d %d %d\n", !!isnan(nan), !!isinf(-INFINITY),
         !!signbit(-0.0), !!isfinite(one), fpclassify(1e-310) == FP_SUBNORMAL);
}

static void conversions(void) {
  volatile double d = -12345.875, big = 9.2e18, u = 1.8e19;
  volatile int64_t i = -987654321012345ll;
  volatile uint64_t ui = 0xfedcba9876543210ull;
  volatile int32_t s = -7;
  printf("%d %lld %u %llu %d\n", (int)d, (long long)big, (unsigned)-d,
         (unsigned long long)u, (signed char)(d / 1000));
  printf("%016llx %016llx %08x %08x %016llx\n", (unsigned long long)bits(i),
         (unsigned long long)bits(ui), fbits(i), fbits(ui),
         (unsigned long long)bits(s));
  volatile __int128 w = (__int128)1 << 100;
  printf("%016llx %08x %lld\n", (unsigned long long)bits((double)w),
         fbits((float)w), (long long)((__int128)(d * 1e10) >> 20));
  float f = (float)d;
  double back = f;
  printf("%08x %016llx\n", fbits(f), (unsigned long long)bits(back));
}

static void math(void) {
  volatile double x = 2.75, y = -0.3;
  printf("%.17g %.17g %.17g %.17g %.17g\n", sqrt(x), floor(y), ceil(y),
         trunc(-x), round(-2.5));
  printf("%.17g %.17g %.17g %.17g\n", fmod(x, 0.7), fabs(y), ldexp(x, -3),
         copysign(x, y));
  int e;
  double m = frexp(1000.0, &e);
  printf("%.17g %d %.9g %.9g\n", m, e, sqrtf(2.0f), floorf(-1.5f));
}

static void formats(void) {
  volatile double xs[] = {0.0, 1.5, -2.5, 1e-5, 123456789.125, 1e22, 5e-324,
                          1.0 / 3};
  for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; ++i)
    printf("[%f] [%.0f] [%e] [%.3e] [%g] [%.10g] [%a] [%+08.2f] [%-10.3g]\n",
           xs[i], xs[i], xs[i], xs[i], xs[i], xs[i], xs[i], xs[i], xs[i]);
  printf("[%f] [%e] [%g] [%F]\n", INFINITY, -INFINITY, NAN, INFINITY);
}

int main(void) {
  arithmetic();
  comparisons();
  conversions();
  math();
  formats();
  return 0;
}
