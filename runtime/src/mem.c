/* mem.c - memcpy, memmove, memset, memcmp, memchr, mempcpy of the circ runtime.
 *
 * clang turns byte-copy and byte-fill loops into calls to memcpy/memset
 * unless builtins are off, which would make memcpy call itself. circ-cc
 * compiles the runtime with -fno-builtin (no such loop idioms are formed),
 * and as a second guard that holds whatever the flags, every store in
 * memcpy, memmove and memset goes through a volatile-qualified pointer: LLVM
 * never turns volatile stores into a memcpy/memset call. The loads are plain,
 * so the stores are the only extra cost, and it is none: each store is still
 * one instruction.
 *
 * When both pointers are 8-byte aligned (the usual case: malloc blocks,
 * structs with a long in them) whole 64-bit words are moved; otherwise bytes.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A 64-bit word that may alias anything. */
typedef uint64_t __attribute__((__may_alias__)) word_t;

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
  volatile unsigned char *d = (volatile unsigned char *)dst;
  const unsigned char *s = (const unsigned char *)src;
  if ((((uintptr_t)d | (uintptr_t)s) & 7) == 0) {
    volatile word_t *dw = (volatile word_t *)d;
    const word_t *sw = (const word_t *)s;
    for (; n >= 8; n -= 8)
      *dw++ = *sw++;
    d = (volatile unsigned char *)dw;
    s = (const unsigned char *)sw;
  }
  for (; n > 0; n--)
    *d++ = *s++;
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  volatile unsigned char *d = (volatile unsigned char *)dst;
  const unsigned char *s = (const unsigned char *)src;
  if ((uintptr_t)d == (uintptr_t)s || n == 0)
    return dst;
  int aligned = (((uintptr_t)d | (uintptr_t)s) & 7) == 0;
  if ((uintptr_t)d < (uintptr_t)s) {
    /* Forwards: every source byte is read before it is overwritten. */
    if (aligned) {
      volatile word_t *dw = (volatile word_t *)d;
      const word_t *sw = (const word_t *)s;
      for (; n >= 8; n -= 8)
        *dw++ = *sw++;
      d = (volatile unsigned char *)dw;
      s = (const unsigned char *)sw;
    }
    for (; n > 0; n--)
      *d++ = *s++;
  } else {
    /* Backwards from the end. Aligned start and n % 8 tail bytes first. */
    d += n;
    s += n;
    if (aligned) {
      for (; (n & 7) != 0; n--)
        *--d = *--s;
      volatile word_t *dw = (volatile word_t *)d;
      const word_t *sw = (const word_t *)s;
      for (; n >= 8; n -= 8)
        *--dw = *--sw;
      d = (volatile unsigned char *)dw;
      s = (const unsigned char *)sw;
    }
    for (; n > 0; n--)
      *--d = *--s;
  }
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  volatile unsigned char *d = (volatile unsigned char *)dst;
  unsigned char b = (unsigned char)c;
  /* Bytes up to an 8-byte boundary, then words, then the rest. */
  for (; n > 0 && ((uintptr_t)d & 7) != 0; n--)
    *d++ = b;
  if (n >= 8) {
    uint64_t w = b * 0x0101010101010101ULL;
    volatile word_t *dw = (volatile word_t *)d;
    for (; n >= 8; n -= 8)
      *dw++ = w;
    d = (volatile unsigned char *)dw;
  }
  for (; n > 0; n--)
    *d++ = b;
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = (const unsigned char *)a;
  const unsigned char *y = (const unsigned char *)b;
  for (; n > 0; n--, x++, y++)
    if (*x != *y)
      return *x < *y ? -1 : 1;
  return 0;
}

void *memchr(const void *s, int c, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (; n > 0; n--, p++)
    if (*p == (unsigned char)c)
      return (void *)p;
  return NULL;
}

void *mempcpy(void *restrict dst, const void *restrict src, size_t n) {
  return (unsigned char *)memcpy(dst, src, n) + n;
}
