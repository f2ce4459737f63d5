/* math.h - circ has no floating point. This header exists only because
 * csmith.h includes <math.h> and its safe_math.h mentions these functions in
 * float helpers that csmith --no-float programs never call (clang emits no
 * code for unused static functions). They are declared, NOT implemented: a
 * program that calls them fails to link. */
#ifndef CIRC_MATH_H
#define CIRC_MATH_H

double fabs(double x);
float fabsf(float x);
double ldexp(double x, int exp);
float ldexpf(float x, int exp);

#endif /* CIRC_MATH_H */
