/* stdio.h - circ runtime: output to standard output only (no FILE streams). */
#ifndef CIRC_STDIO_H
#define CIRC_STDIO_H

#include <stdarg.h>
#include <stddef.h>

#define EOF (-1)

int putchar(int c);
int puts(const char *s);

/* Conversions: d i u x X o c s p %, flags - 0 + space #, width and
 * precision (also *), length modifiers hh h l ll z j t. */
int printf(const char *restrict fmt, ...);
int vprintf(const char *restrict fmt, va_list ap);
int sprintf(char *restrict buf, const char *restrict fmt, ...);
int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap);
int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...);
int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, va_list ap);

#endif /* CIRC_STDIO_H */
