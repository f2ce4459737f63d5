// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=circ-ts
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// Complex multiplication and division (runtime/src/complex.c): products are
// those of the host bit for bit, infinities included; quotients come from
// Annex G's algorithm, which may differ from libgcc's in the last bit or the
// sign of a zero (and is right where libgcc gives NaN for a subnormal
// divisor), so they are printed to 12 digits with zeros made positive.
#include <math.h>
#include <stdio.h>

static volatile double vals[] = {1.5, -2.25, 0.0, 1e300, 3.0, -0.0, 7.0, 1e-300};
#define N (int)(sizeof vals / sizeof vals[0])

static void product(double _Complex z) {
  printf(" (%a, %a)", __real__ z, __imag__ z);
}
static void quotient(double _Complex z) {
  printf(" (%.12g, %.12g)", __real__ z + 0.0, __imag__ z + 0.0);
}

int main(void) {
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++) {
      double _Complex z = __builtin_complex(vals[i], vals[j]);
      double _Complex w = __builtin_complex(vals[(i + 3) % N], vals[(j + 5) % N]);
      float _Complex zf = __builtin_complex((float)vals[(i + 1) % N], 2.5f);
      float _Complex wf = __builtin_complex(-0.75f, (float)vals[j]);
      product(z * w);
      product(zf * wf);
      if (__real__ w != 0 || __imag__ w != 0)
        quotient(z / w);
      if (__real__ wf != 0 || __imag__ wf != 0)
        quotient(zf / wf);
      printf("\n");
    }
  }
  // Infinities the NaNs of the formulas stand for (Annex G).
  double _Complex inf = __builtin_complex((double)INFINITY, (double)NAN);
  product(inf * __builtin_complex(2.0, 1.0));
  quotient(__builtin_complex(1.0, 1.0) / __builtin_complex(0.0, 0.0));
  quotient(inf / __builtin_complex(2.0, 1.0));
  quotient(__builtin_complex(1.0, 1.0) / __builtin_complex((double)INFINITY, 2.0));
  printf("\n");
  return 0;
}
