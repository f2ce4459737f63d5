/* stdio.h - circ runtime: output to standard output only (no FILE streams). */
#ifndef CIRC_STDIO_H
#define CIRC_STDIO_H

#include <stddef.h> /* size_t, NULL */

#define EOF (-1)

int putchar(int c);
int puts(const char *s);

/* Conversions: d i u x X o c s p %, and f F e E g G a A (correctly rounded,
 * as glibc prints them); flags - 0 + space #, width and precision (also *),
 * length modifiers hh h l ll z j t, and L (long double is double). */
int printf(const char *restrict fmt, ...);
/* The v* functions take a va_list from <stdarg.h> (a __builtin_va_list);
 * stdio.h does not include stdarg.h, so va_start & co. stay out of scope. */
int vprintf(const char *restrict fmt, __builtin_va_list ap);
int sprintf(char *restrict buf, const char *restrict fmt, ...);
int vsprintf(char *restrict buf, const char *restrict fmt, __builtin_va_list ap);
int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...);
int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt,
              __builtin_va_list ap);

#endif /* CIRC_STDIO_H */
