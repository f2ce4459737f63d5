/* string.c - the str* functions of the circ runtime. Plain loops: circ-cc
 * compiles the runtime with -fno-builtin, so clang does not turn them into
 * calls to themselves (e.g. LLVM's strlen loop idiom). Comparisons are of
 * unsigned char values, as in glibc. */
#include <stddef.h>
#include <string.h>

size_t strlen(const char *s) {
  const char *p = s;
  while (*p)
    p++;
  return (size_t)(p - s);
}

int strcmp(const char *a, const char *b) {
  const unsigned char *x = (const unsigned char *)a;
  const unsigned char *y = (const unsigned char *)b;
  while (*x && *x == *y) {
    x++;
    y++;
  }
  return (*x > *y) - (*x < *y);
}

int strncmp(const char *a, const char *b, size_t n) {
  const unsigned char *x = (const unsigned char *)a;
  const unsigned char *y = (const unsigned char *)b;
  for (; n > 0; n--, x++, y++) {
    if (*x != *y)
      return *x < *y ? -1 : 1;
    if (*x == 0)
      return 0;
  }
  return 0;
}

char *strcpy(char *restrict dst, const char *restrict src) {
  char *d = dst;
  while ((*d++ = *src++) != 0)
    ;
  return dst;
}

char *strncpy(char *restrict dst, const char *restrict src, size_t n) {
  size_t i = 0;
  for (; i < n && src[i]; i++)
    dst[i] = src[i];
  for (; i < n; i++)
    dst[i] = 0;
  return dst;
}

char *strcat(char *restrict dst, const char *restrict src) {
  strcpy(dst + strlen(dst), src);
  return dst;
}

char *strncat(char *restrict dst, const char *restrict src, size_t n) {
  char *d = dst + strlen(dst);
  for (; n > 0 && *src; n--)
    *d++ = *src++;
  *d = 0;
  return dst;
}

char *strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c)
      return (char *)s;
    if (*s == 0)
      return NULL;
  }
}

char *strrchr(const char *s, int c) {
  const char *last = NULL;
  for (;; s++) {
    if (*s == (char)c)
      last = s;
    if (*s == 0)
      return (char *)last;
  }
}

char *strstr(const char *haystack, const char *needle) {
  if (*needle == 0)
    return (char *)haystack;
  for (; *haystack; haystack++) {
    const char *h = haystack, *n = needle;
    while (*n && *h == *n) {
      h++;
      n++;
    }
    if (*n == 0)
      return (char *)haystack;
  }
  return NULL;
}
