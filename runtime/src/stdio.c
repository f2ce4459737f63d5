/* stdio.c - putchar and puts of the circ runtime; output is unbuffered, one
 * __circ_putchar per byte. The printf family is in printf.c. */
#include <stdio.h>
#include <circ.h>

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
