#include <math.h>
#include <stdio.h>

static volatile double v32 = 32, one = 1, two = 2, zero = 0;

int main(void) {
  printf("pow(32, 1/3) = %.8g\n", pow(v32, one / 3));
  printf("exp(1) = %.16g\n", exp(one));
  printf("log(e) = %.17g\n", log(exp(one)));
  printf("exp2(10) = %g, log2(1024) = %g, log10(1000) = %g\n", exp2(10 * one),
         log2(1024 * one), log10(1000 * one));
  printf("pow(2, -1074) = %.17g\n", pow(two, -1074 * one));
  printf("pow(-2, 3) = %g, pow(-8, 1/3) = %g\n", pow(-two, 3 * one),
         pow(-8 * one, one / 3));
  printf("pow(0, -1) = %g, pow(-0, -3) = %g, pow(-1, inf) = %g\n",
         pow(zero, -one), pow(-zero, -3 * one), pow(-one, INFINITY));
  printf("powf(2, 0.5) = %.9g\n", (double)powf((float)two, 0.5f));
  return 0;
}
