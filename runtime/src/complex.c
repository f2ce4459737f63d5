/* complex.c - multiplication and division of complex numbers, the routines
 * clang calls for `_Complex` * and / (__muldc3, __mulsc3, __divdc3,
 * __divsc3), by the algorithms of C11 Annex G (G.5.1): the textbook formula,
 * then, where both parts came out NaN, the infinities the operands stand for
 * recovered; division scales the divisor by a power of two first, so that
 * c*c + d*d neither overflows nor underflows. float is computed in double and
 * rounded once. */
#include <math.h>

typedef double _Complex dcomplex;
typedef float _Complex fcomplex;

/* 1 or 0 with the sign of x, for an infinite or a finite part. */
static double box(double x, int inf) { return copysign(inf ? 1.0 : 0.0, x); }

static void nan_to_zero(double *x) {
  if (isnan(*x))
    *x = copysign(0.0, *x);
}

/* When p + qi is infinite: its parts boxed, NaNs in the other operand r + si
 * made zeros; returns whether it was. */
static int box_infinite(double *p, double *q, double *r, double *s) {
  if (!isinf(*p) && !isinf(*q))
    return 0;
  *p = box(*p, isinf(*p));
  *q = box(*q, isinf(*q));
  nan_to_zero(r);
  nan_to_zero(s);
  return 1;
}

dcomplex __muldc3(double a, double b, double c, double d) {
  double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
  double x = ac - bd, y = ad + bc;
  if (!isnan(x) || !isnan(y))
    return __builtin_complex(x, y);
  int recalc = box_infinite(&a, &b, &c, &d);
  recalc |= box_infinite(&c, &d, &a, &b);
  if (!recalc && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {
    /* An overflow in a partial product: still infinite. */
    nan_to_zero(&a);
    nan_to_zero(&b);
    nan_to_zero(&c);
    nan_to_zero(&d);
    recalc = 1;
  }
  if (recalc) {
    x = INFINITY * (a * c - b * d);
    y = INFINITY * (a * d + b * c);
  }
  return __builtin_complex(x, y);
}

dcomplex __divdc3(double a, double b, double c, double d) {
  int scale = 0;
  double logbw = logb(fmax(fabs(c), fabs(d)));
  if (isfinite(logbw)) {
    scale = (int)logbw;
    c = scalbn(c, -scale);
    d = scalbn(d, -scale);
  }
  double denom = c * c + d * d;
  double x = scalbn((a * c + b * d) / denom, -scale);
  double y = scalbn((b * c - a * d) / denom, -scale);
  if (!isnan(x) || !isnan(y))
    return __builtin_complex(x, y);
  if (denom == 0.0 && (!isnan(a) || !isnan(b))) {
    x = copysign(INFINITY, c) * a;
    y = copysign(INFINITY, c) * b;
  } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
    a = box(a, isinf(a));
    b = box(b, isinf(b));
    x = INFINITY * (a * c + b * d);
    y = INFINITY * (b * c - a * d);
  } else if (isinf(logbw) && logbw > 0.0 && isfinite(a) && isfinite(b)) {
    c = box(c, isinf(c));
    d = box(d, isinf(d));
    x = 0.0 * (a * c + b * d);
    y = 0.0 * (b * c - a * d);
  }
  return __builtin_complex(x, y);
}

static fcomplex narrow(dcomplex z) {
  return __builtin_complex((float)__real__ z, (float)__imag__ z);
}

fcomplex __mulsc3(float a, float b, float c, float d) {
  return narrow(__muldc3(a, b, c, d));
}

fcomplex __divsc3(float a, float b, float c, float d) {
  return narrow(__divdc3(a, b, c, d));
}
