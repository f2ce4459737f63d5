// FILE streams: stdout and stderr through fputc, putc, fputs, fwrite,
// fprintf and vfprintf; stdin reads as empty. e2e-check compares standard
// output (and the exit code) with the native run; test/Driver/streams.test
// checks what goes to standard error.
// RUN: %e2e-check %s -O2
// RUN: %e2e-check %s -O0
#include <stdarg.h>
#include <stdio.h>

static int report(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vfprintf(f, fmt, ap);
  va_end(ap);
  return n;
}

int main(void) {
  fputc('a', stdout);
  putc('b', stdout);
  fputs("cd\n", stdout);
  fwrite("efgh\n", 1, 5, stdout);
  int n = fprintf(stdout, "%d %s %5.2f\n", 42, "x", 3.14159);
  fprintf(stderr, "to stderr: %d\n", n);
  fputs("also to stderr\n", stderr);
  report(stdout, "report %x\n", 255);
  report(stderr, "report on stderr %d\n", 7);
  fflush(stdout);
  printf("getchar %d feof %d\n", getchar(), getchar() == EOF);
  return 0;
}
