/* printf.c - the printf family of the circ runtime.
 *
 * Conversions d i u x X o c s p %, flags - 0 + space #, a field width and a
 * precision (digits or *), length modifiers hh h l ll z j t (L and q are
 * accepted as ll). The output matches glibc's for all of these, including
 * its choices where C leaves the behaviour open: "(null)" for a null %s
 * (nothing when the precision is below 6), "(nil)" for a null %p, %p printed
 * like %#lx (flags + space 0 and a precision apply), the 0 flag ignored for
 * %s %c and %p's "(nil)", an unknown conversion printed back (glibc's
 * printf_unknown), -1 for a format that ends inside a conversion. No floating
 * point conversions, no %n.
 *
 * runtime/test/printf-vs-libc.c includes this file into a native program
 * that compares it with glibc, so it uses nothing but compiler headers,
 * <stdio.h> (for the prototypes) and circ.h. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <circ.h>

/* Where the characters go: standard output (buf == NULL), or a buffer of
 * cap bytes that receives at most cap - 1 characters and a NUL. len counts
 * every character produced, stored or not. */
struct sink {
  char *buf;
  size_t cap;
  size_t len;
};

static void emit(struct sink *s, char c) {
  if (!s->buf)
    __circ_putchar((unsigned char)c);
  else if (s->len + 1 < s->cap)
    s->buf[s->len] = c;
  s->len++;
}

static void emit_rep(struct sink *s, char c, int n) {
  for (; n > 0; n--)
    emit(s, c);
}

static void emit_str(struct sink *s, const char *p, int n) {
  for (int i = 0; i < n; i++)
    emit(s, p[i]);
}

enum {
  F_MINUS = 1,  /* '-': left-justify */
  F_ZERO = 2,   /* '0': pad numbers with zeros */
  F_PLUS = 4,   /* '+': always a sign for signed conversions */
  F_SPACE = 8,  /* ' ': a space where a '+' would go */
  F_ALT = 16,   /* '#': 0x prefix for x, leading 0 for o */
};

/* A string field (%s, %c, "(nil)"): padded with spaces to the width. */
static void put_field(struct sink *s, const char *p, int n, int flags,
                      int width) {
  int pad = width > n ? width - n : 0;
  if (!(flags & F_MINUS))
    emit_rep(s, ' ', pad);
  emit_str(s, p, n);
  if (flags & F_MINUS)
    emit_rep(s, ' ', pad);
}

/* A number: sign, prefix, zeros to the precision or (0 flag) the width,
 * then the digits of the magnitude v in base 8, 10 or 16. */
static void put_number(struct sink *s, unsigned long long v, int base,
                       int upper, int neg, int is_signed, int is_ptr,
                       int flags, int width, int prec) {
  char digits[24]; /* 22 octal digits for 2^64 - 1 */
  int nd = 0;
  const char *xdigits = upper ? "0123456789ABCDEF" : "0123456789abcdef";

  if (base == 10) {
    while (v != 0) {
      digits[nd++] = (char)('0' + v % 10);
      v /= 10;
    }
  } else if (base == 16) {
    while (v != 0) {
      digits[nd++] = xdigits[v & 15];
      v >>= 4;
    }
  } else {
    while (v != 0) {
      digits[nd++] = (char)('0' + (v & 7));
      v >>= 3;
    }
  }
  int is_zero = nd == 0;
  /* Without a precision a zero prints as "0"; with precision 0 as nothing. */
  if (prec < 0 && is_zero)
    digits[nd++] = '0';

  int zeros = prec > nd ? prec - nd : 0;
  /* '#' with o: the first digit printed must be a 0. */
  if ((flags & F_ALT) && base == 8 && zeros == 0 &&
      (nd == 0 || digits[nd - 1] != '0'))
    zeros = 1;

  char prefix[3];
  int np = 0;
  if (neg)
    prefix[np++] = '-';
  else if ((is_signed || is_ptr) && (flags & F_PLUS))
    prefix[np++] = '+';
  else if ((is_signed || is_ptr) && (flags & F_SPACE))
    prefix[np++] = ' ';
  if (base == 16 && ((flags & F_ALT) || is_ptr) && !is_zero) {
    prefix[np++] = '0';
    prefix[np++] = upper ? 'X' : 'x';
  }

  int len = np + zeros + nd;
  int pad = width > len ? width - len : 0;
  if ((flags & F_ZERO) && !(flags & F_MINUS) && prec < 0) {
    zeros += pad;
    pad = 0;
  }
  if (!(flags & F_MINUS))
    emit_rep(s, ' ', pad);
  emit_str(s, prefix, np);
  emit_rep(s, '0', zeros);
  while (nd > 0)
    emit(s, digits[--nd]);
  if (flags & F_MINUS)
    emit_rep(s, ' ', pad);
}

/* An unknown conversion: glibc prints it back in a normalised form: '%', the
 * flags that matter, the width, the precision, the conversion character
 * (length modifiers dropped). */
static void put_unknown(struct sink *s, char conv, int flags, int width,
                        int prec) {
  emit(s, '%');
  if (flags & F_ALT)
    emit(s, '#');
  if (flags & F_PLUS)
    emit(s, '+');
  else if (flags & F_SPACE)
    emit(s, ' ');
  if (flags & F_MINUS)
    emit(s, '-');
  else if (flags & F_ZERO)
    emit(s, '0');
  if (width != 0)
    put_number(s, (unsigned)width, 10, 0, 0, 0, 0, 0, 0, -1);
  if (prec >= 0) {
    emit(s, '.');
    put_number(s, (unsigned)prec, 10, 0, 0, 0, 0, 0, 0, -1);
  }
  emit(s, conv);
}

enum { L_INT, L_CHAR, L_SHORT, L_LONG, L_LLONG, L_SIZE, L_MAX, L_PTRDIFF };

static int format(struct sink *s, const char *fmt, va_list ap) {
  const char *p = fmt;
  while (*p) {
    if (*p != '%') {
      emit(s, *p++);
      continue;
    }
    p++;

    int flags = 0;
    for (;; p++) {
      if (*p == '-') flags |= F_MINUS;
      else if (*p == '0') flags |= F_ZERO;
      else if (*p == '+') flags |= F_PLUS;
      else if (*p == ' ') flags |= F_SPACE;
      else if (*p == '#') flags |= F_ALT;
      else break;
    }

    int width = 0;
    if (*p == '*') {
      p++;
      width = va_arg(ap, int);
      if (width < 0) {
        flags |= F_MINUS;
        width = width == INT32_MIN ? INT32_MAX : -width;
      }
    } else {
      while (*p >= '0' && *p <= '9') {
        if (width < 100000000)
          width = width * 10 + (*p - '0');
        p++;
      }
    }

    int prec = -1;
    if (*p == '.') {
      p++;
      prec = 0;
      if (*p == '*') {
        p++;
        prec = va_arg(ap, int);
        if (prec < 0)
          prec = -1; /* a negative precision is taken as if omitted */
      } else {
        while (*p >= '0' && *p <= '9') {
          if (prec < 100000000)
            prec = prec * 10 + (*p - '0');
          p++;
        }
      }
    }

    int len = L_INT;
    switch (*p) {
    case 'h':
      p++;
      if (*p == 'h') { p++; len = L_CHAR; } else len = L_SHORT;
      break;
    case 'l':
      p++;
      if (*p == 'l') { p++; len = L_LLONG; } else len = L_LONG;
      break;
    case 'L': case 'q': p++; len = L_LLONG; break;
    case 'z': p++; len = L_SIZE; break;
    case 'j': p++; len = L_MAX; break;
    case 't': p++; len = L_PTRDIFF; break;
    default: break;
    }

    char conv = *p;
    if (conv == '\0')
      return -1; /* the format ends inside a conversion: glibc fails too */
    p++;

    switch (conv) {
    case 'd':
    case 'i': {
      long long v;
      switch (len) {
      case L_CHAR: v = (signed char)va_arg(ap, int); break;
      case L_SHORT: v = (short)va_arg(ap, int); break;
      case L_LONG: v = va_arg(ap, long); break;
      case L_LLONG: v = va_arg(ap, long long); break;
      case L_SIZE: v = va_arg(ap, ptrdiff_t); break; /* signed size_t */
      case L_MAX: v = va_arg(ap, intmax_t); break;
      case L_PTRDIFF: v = va_arg(ap, ptrdiff_t); break;
      default: v = va_arg(ap, int); break;
      }
      unsigned long long mag = v < 0 ? 0ULL - (unsigned long long)v
                                     : (unsigned long long)v;
      put_number(s, mag, 10, 0, v < 0, 1, 0, flags, width, prec);
      break;
    }
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      unsigned long long v;
      switch (len) {
      case L_CHAR: v = (unsigned char)va_arg(ap, unsigned); break;
      case L_SHORT: v = (unsigned short)va_arg(ap, unsigned); break;
      case L_LONG: v = va_arg(ap, unsigned long); break;
      case L_LLONG: v = va_arg(ap, unsigned long long); break;
      case L_SIZE: v = va_arg(ap, size_t); break;
      case L_MAX: v = va_arg(ap, uintmax_t); break;
      case L_PTRDIFF: v = (unsigned long long)va_arg(ap, ptrdiff_t); break;
      default: v = va_arg(ap, unsigned); break;
      }
      int base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
      put_number(s, v, base, conv == 'X', 0, 0, 0, flags, width, prec);
      break;
    }
    case 'p': {
      void *v = va_arg(ap, void *);
      if (v)
        put_number(s, (uintptr_t)v, 16, 0, 0, 0, 1, flags, width, prec);
      else
        put_field(s, "(nil)", 5, flags, width);
      break;
    }
    case 'c': {
      char c = (char)va_arg(ap, int);
      put_field(s, &c, 1, flags, width);
      break;
    }
    case 's': {
      const char *str = va_arg(ap, const char *);
      if (!str)
        str = prec < 0 || prec >= 6 ? "(null)" : "";
      int n = 0;
      while ((prec < 0 || n < prec) && str[n])
        n++;
      put_field(s, str, n, flags, width);
      break;
    }
    case '%':
      emit(s, '%');
      break;
    default:
      put_unknown(s, conv, flags, width, prec);
      break;
    }
  }
  return (int)s->len;
}

int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt,
              va_list ap) {
  /* With n == 0 nothing is stored; a dummy buffer keeps emit simple. */
  char dummy;
  struct sink s = {n ? buf : &dummy, n ? n : 1, 0};
  int r = format(&s, fmt, ap);
  if (n)
    buf[s.len < n ? s.len : n - 1] = '\0';
  return r;
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap) {
  return vsnprintf(buf, SIZE_MAX, fmt, ap);
}

int vprintf(const char *restrict fmt, va_list ap) {
  struct sink s = {NULL, 0, 0};
  return format(&s, fmt, ap);
}

int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}

int sprintf(char *restrict buf, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, SIZE_MAX, fmt, ap);
  va_end(ap);
  return r;
}

int printf(const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vprintf(fmt, ap);
  va_end(ap);
  return r;
}
