/* stdio.c - the circ runtime's streams: putchar, puts and the FILE
 * functions. Output is unbuffered, one __circ_putchar per byte, with the
 * stream's bit (0 or CIRC_STDERR); fflush has nothing to do. The printf
 * family is in printf.c. */
#include <stdarg.h>
#include <stdio.h>
#include <circ.h>

FILE __circ_stdin = {-1}, __circ_stdout = {0}, __circ_stderr = {CIRC_STDERR};

int putchar(int c) {
  __circ_putchar((unsigned char)c);
  return (unsigned char)c;
}

int puts(const char *s) {
  while (*s)
    __circ_putchar((unsigned char)*s++);
  __circ_putchar('\n');
  return 1;
}

int fputc(int c, FILE *f) {
  if (f->stream < 0)
    return EOF;
  __circ_putchar((unsigned char)c | f->stream);
  return (unsigned char)c;
}

int putc(int c, FILE *f) { return fputc(c, f); }

int fputs(const char *restrict s, FILE *restrict f) {
  if (f->stream < 0)
    return EOF;
  while (*s)
    __circ_putchar((unsigned char)*s++ | f->stream);
  return 1;
}

size_t fwrite(const void *restrict p, size_t size, size_t n,
              FILE *restrict f) {
  if (f->stream < 0 || size == 0)
    return 0;
  const unsigned char *b = p;
  for (size_t i = 0; i < size * n; i++)
    __circ_putchar(b[i] | f->stream);
  return n;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap) {
  if (f->stream < 0)
    return -1;
  return __circ_vprintf_to(f->stream, fmt, ap);
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

int fflush(FILE *f) {
  (void)f;
  return 0;
}

int fgetc(FILE *f) {
  (void)f;
  return EOF;
}

int getc(FILE *f) { return fgetc(f); }

int getchar(void) { return EOF; }

int ferror(FILE *f) { return f->stream < 0; }

int feof(FILE *f) { return f->stream < 0; }
