/* stdio.h - circ runtime: standard output and standard error, unbuffered
 * (circ-sim writes them to its own stdout and stderr); standard input reads
 * as empty, since the machine has no input. */
#ifndef CIRC_STDIO_H
#define CIRC_STDIO_H

#include <stddef.h> /* size_t, NULL */

#define EOF (-1)

/* A stream: which of the machine's outputs it writes (0 standard output,
 * CIRC_STDERR standard error, -1 none: standard input). */
typedef struct __circ_file {
  int stream;
} FILE;
extern FILE __circ_stdin, __circ_stdout, __circ_stderr;
#define stdin (&__circ_stdin)
#define stdout (&__circ_stdout)
#define stderr (&__circ_stderr)

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
int fprintf(FILE *restrict f, const char *restrict fmt, ...);
int vfprintf(FILE *restrict f, const char *restrict fmt, __builtin_va_list ap);

/* Writing to standard input fails (EOF, or 0 items); reading gives EOF. */
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int fputs(const char *restrict s, FILE *restrict f);
size_t fwrite(const void *restrict p, size_t size, size_t n,
              FILE *restrict f);
int fflush(FILE *f);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ferror(FILE *f);
int feof(FILE *f);
int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt,
              __builtin_va_list ap);

#endif /* CIRC_STDIO_H */
