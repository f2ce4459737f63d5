/* printf.c - the printf family of the circ runtime.
 *
 * Conversions d i u x X o c s p %, the floating-point f F e E g G a A, flags
 * - 0 + space #, a field width and a precision (digits or *), length
 * modifiers hh h l ll z j t (L and q are accepted as ll; with a floating
 * conversion l and L read a double, which long double is on circ). The
 * output matches glibc's for all of these, including its choices where C
 * leaves the behaviour open: "(null)" for a null %s (nothing when the
 * precision is below 6), "(nil)" for a null %p, %p printed like %#lx (flags
 * + space 0 and a precision apply), the 0 flag ignored for %s %c and %p's
 * "(nil)", an unknown conversion printed back (glibc's printf_unknown), -1
 * for a format that ends inside a conversion; for floating point the exact
 * binary value correctly rounded (ties to even) to every digit asked for,
 * "inf" "nan" and "-nan", %a as glibc prints it (0x0.xp-1022 for
 * subnormals). No %n. A precision above 10^8 is taken as 10^8.
 *
 * runtime/test/printf-vs-libc.c includes this file into a native program
 * that compares it with glibc, so it uses nothing but compiler headers,
 * <stdio.h> (for the prototypes) and circ.h. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <circ.h>

/* Where the characters go: a stream (buf == NULL; stream is 0 for standard
 * output or CIRC_STDERR), or a buffer of cap bytes that receives at most
 * cap - 1 characters and a NUL. len counts every character produced, stored
 * or not. */
struct sink {
  char *buf;
  size_t cap;
  size_t len;
  int stream;
};

static void emit(struct sink *s, char c) {
  if (!s->buf)
    __circ_putchar((unsigned char)c | s->stream);
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

struct decimal;

/* One conversion of the format with its argument, as format() parsed it;
 * a floating conversion works out the rest of its layout in it. The
 * helpers that print take it and the sink rather than a list of values:
 * choosing the io width selects a function once for each number of
 * argument registers the candidate widths leave it, and a function of two
 * arguments once (docs/regalloc.md, "Cost of choosing"). */
struct conversion {
  char conv; /* the conversion character */
  int flags; /* F_* */
  int width; /* the field width, 0 if none */
  int prec;  /* the precision, -1 if none */
  /* The argument. */
  unsigned long long magnitude; /* integers */
  int negative;                 /* integers: a '-' goes first */
  double real;                  /* floating point */
  const char *text;             /* strings and characters */
  int text_len;
  /* A floating conversion's layout. */
  char sign;                    /* '-', '+', ' ' or 0 */
  const char *prefix;           /* after the sign: "0x", "0X" or "" */
  int body;                     /* the field's length without padding */
  const struct decimal *digits; /* %f %e %g: the rounded digits */
  char exp_char;                /* 0 (%f style), 'e' or 'E' */
  int frac;                     /* digits after the point */
};

/* A string field (%s, %c, "(nil)"): padded with spaces to the width. */
static void put_text(struct sink *s, const struct conversion *c) {
  int pad = c->width > c->text_len ? c->width - c->text_len : 0;
  if (!(c->flags & F_MINUS))
    emit_rep(s, ' ', pad);
  emit_str(s, c->text, c->text_len);
  if (c->flags & F_MINUS)
    emit_rep(s, ' ', pad);
}

/* A number (d i u x X o p): sign, prefix, zeros to the precision or (0
 * flag) the width, then the digits of the magnitude in base 8, 10 or 16. */
static void put_number(struct sink *s, const struct conversion *c) {
  /* The digits first, with little else live; the rest is read after. */
  char conv = c->conv;
  int base = conv == 'o'                                 ? 8
             : conv == 'x' || conv == 'X' || conv == 'p' ? 16
                                                         : 10;
  char digits[24]; /* 22 octal digits for 2^64 - 1 */
  int nd = 0;
  unsigned long long v = c->magnitude;
  if (base == 10) {
    while (v != 0) {
      digits[nd++] = (char)('0' + v % 10);
      v /= 10;
    }
  } else if (base == 16) {
    const char *xdigits = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
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
  int flags = c->flags, prec = c->prec;
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
  int signs = conv == 'd' || conv == 'i' || conv == 'p'; /* + and ' ' */
  if (c->negative)
    prefix[np++] = '-';
  else if (signs && (flags & F_PLUS))
    prefix[np++] = '+';
  else if (signs && (flags & F_SPACE))
    prefix[np++] = ' ';
  if (base == 16 && ((flags & F_ALT) || conv == 'p') && !is_zero) {
    prefix[np++] = '0';
    prefix[np++] = conv == 'X' ? 'X' : 'x';
  }

  int len = np + zeros + nd;
  int pad = c->width > len ? c->width - len : 0;
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
static void put_unknown(struct sink *s, const struct conversion *c) {
  int flags = c->flags;
  struct conversion number = {.conv = 'u', .prec = -1};
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
  if (c->width != 0) {
    number.magnitude = (unsigned)c->width;
    put_number(s, &number);
  }
  if (c->prec >= 0) {
    emit(s, '.');
    number.magnitude = (unsigned)c->prec;
    put_number(s, &number);
  }
  emit(s, c->conv);
}

/* ---- Floating point: %f %F %e %E %g %G %a %A ----
 *
 * The conversions are exact: the double's bits give m * 2^e with integers
 * m and e, its decimal expansion (finite: at most 1074 digits after the
 * point) comes from big-integer arithmetic on 32-bit limbs, and rounding to
 * the precision is decided on that exact expansion, ties to even, as
 * glibc does. No floating-point operation is used. */

/* More than the significant digits of any double's exact expansion: at
 * most 1074 (m * 2^-k has k digits after the point; DBL_MAX has 309). */
#define DIGITS_MAX 1100
#define LIMBS_MAX 36 /* 1077 bits: DBL_MAX's significand and shift */

/* value = 0.d[0] d[1] ... d[n-1] * 10^point (+ a bit more if more), with
 * d[0] != 0; n == 0 for zero. Digits are 0..9, not characters. */
struct decimal {
  unsigned char d[DIGITS_MAX];
  int n;
  int point;
  int more; /* nonzero digits were cut off after d[n-1] */
};

/* A value m * 2^e to expand, and where to cut its expansion: after
 * sig_limit significant digits or frac_limit digits after the point. */
struct exact {
  uint64_t m;
  int e;
  int sig_limit;
  int frac_limit;
};

/* The decimal digits of the integer v->m * 2^v->e (e >= 0) into x, all of
 * them. */
static void integer_digits(const struct exact *v, struct decimal *x) {
  uint64_t m = v->m;
  int e = v->e;
  uint32_t limb[LIMBS_MAX] = {0};
  int word = e / 32, bit = e % 32;
  uint64_t lo = m << bit, hi = bit ? m >> (64 - bit) : 0;
  limb[word] = (uint32_t)lo;
  limb[word + 1] = (uint32_t)(lo >> 32);
  limb[word + 2] = (uint32_t)hi;
  int nl = word + 3;
  uint32_t chunk[LIMBS_MAX + 2]; /* base 10^9 digits, least significant first */
  int nc = 0;
  while (nl > 0 && limb[nl - 1] == 0)
    nl--;
  while (nl > 0) { /* divide by 10^9, the remainder is the next chunk */
    uint64_t rem = 0;
    for (int i = nl - 1; i >= 0; i--) {
      uint64_t cur = rem << 32 | limb[i];
      limb[i] = (uint32_t)(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    chunk[nc++] = (uint32_t)rem;
    while (nl > 0 && limb[nl - 1] == 0)
      nl--;
  }
  x->n = 0;
  for (int c = nc - 1; c >= 0; c--)
    for (uint32_t p = 100000000u; p > 0; p /= 10) {
      unsigned digit = chunk[c] / p % 10;
      if (x->n > 0 || digit != 0)
        x->d[x->n++] = (unsigned char)digit;
    }
  x->point = x->n;
}

/* Appends the digits of v's fraction f / 2^k (f < 2^53 here, k = -e > 0)
 * to x, 9 at a time by multiplying by 10^9, until the expansion ends or it
 * reaches v's cut. */
static void fraction_digits(const struct exact *v, struct decimal *x) {
  int k = -v->e, sig_limit = v->sig_limit, frac_limit = v->frac_limit;
  uint64_t f = k < 64 ? v->m & ((1ULL << k) - 1) : v->m;
  uint32_t limb[LIMBS_MAX + 3] = {0}; /* f * 2^s / 2^(32 nl) */
  int nl = (k + 31) / 32, s = 32 * nl - k;
  uint64_t lo = f << s, hi = s ? f >> (64 - s) : 0;
  limb[0] = (uint32_t)lo;
  limb[1] = (uint32_t)(lo >> 32);
  limb[2] = (uint32_t)hi;
  int low = 0; /* limbs below low are zero, and stay so */
  int frac_digits = 0;
  for (;;) {
    while (low < nl && limb[low] == 0)
      low++;
    if (low == nl)
      return; /* the expansion has ended */
    if (x->n >= sig_limit || frac_digits >= frac_limit) {
      x->more = 1;
      return;
    }
    uint64_t carry = 0;
    for (int i = low; i < nl; i++) {
      uint64_t p = (uint64_t)limb[i] * 1000000000u + carry;
      limb[i] = (uint32_t)p;
      carry = p >> 32;
    }
    for (uint32_t p = 100000000u; p > 0; p /= 10) {
      unsigned digit = (unsigned)(carry / p % 10);
      if (x->n >= sig_limit || frac_digits >= frac_limit) {
        x->more |= digit != 0;
        continue;
      }
      frac_digits++;
      if (x->n == 0 && digit == 0)
        x->point--; /* a leading zero of a number below 1 */
      else
        x->d[x->n++] = (unsigned char)digit;
    }
  }
}

/* The exact expansion of v's value, cut where v says. */
static void expand(const struct exact *v, struct decimal *x) {
  x->more = 0;
  if (v->e >= 0) {
    integer_digits(v, x);
    return;
  }
  int k = -v->e;
  struct exact whole = {k < 64 ? v->m >> k : 0, 0, 0, 0};
  integer_digits(&whole, x);
  fraction_digits(v, x);
}

/* Keeps the first keep digits of x, rounding the exact value to nearest,
 * ties to even; then drops trailing zeros. */
static void round_digits(struct decimal *x, int keep) {
  if (keep < x->n) {
    int up = 0;
    if (keep >= 0) {
      int beyond = x->more;
      for (int i = keep + 1; i < x->n && !beyond; i++)
        beyond = x->d[i] != 0;
      int odd = keep > 0 && (x->d[keep - 1] & 1);
      up = x->d[keep] > 5 || (x->d[keep] == 5 && (beyond || odd));
    }
    x->n = keep < 0 ? 0 : keep;
    x->more = 0;
    while (up && x->n > 0 && x->d[x->n - 1] == 9)
      x->n--; /* 9s that the carry turns into trailing zeros */
    if (up && x->n > 0) {
      x->d[x->n - 1]++;
    } else if (up) { /* carried out of the first digit: 10^point */
      x->d[0] = 1;
      x->n = 1;
      x->point++;
    }
  }
  while (x->n > 0 && x->d[x->n - 1] == 0)
    x->n--;
}

/* Digits first .. first + count - 1 of x as characters (zeros outside). */
static void emit_digits(struct sink *s, const struct decimal *x, int first,
                        int count) {
  for (int i = first; i < first + count; i++)
    emit(s, (char)('0' + (i >= 0 && i < x->n ? x->d[i] : 0)));
}

/* The sign character of a float conversion, or 0. */
static char float_sign(int negative, int flags) {
  return negative ? '-' : (flags & F_PLUS) ? '+' : (flags & F_SPACE) ? ' ' : 0;
}

/* Starts a field of c->body characters: the spaces on the left (or the
 * zeros after sign and prefix that the 0 flag asks for), the sign, the
 * prefix. Returns how many spaces to put after the body ('-' flag). */
static int pad_before(struct sink *s, const struct conversion *c) {
  int flags = c->flags;
  int pad = c->width > c->body ? c->width - c->body : 0;
  int zeros = (flags & F_ZERO) && !(flags & F_MINUS);
  if (!zeros && !(flags & F_MINUS))
    emit_rep(s, ' ', pad);
  if (c->sign)
    emit(s, c->sign);
  for (const char *p = c->prefix; *p; p++)
    emit(s, *p);
  if (zeros)
    emit_rep(s, '0', pad);
  return flags & F_MINUS ? pad : 0;
}

/* c->digits in the style of %f (exp_char 0: frac digits after the point)
 * or of %e (exp_char 'e' or 'E': one digit, frac digits, the exponent).
 * noinline: put_float calls it three times, and inlined it would widen
 * put_float's transition states. */
__attribute__((noinline)) static void put_decimal(struct sink *s,
                                                  struct conversion *c) {
  const struct decimal *x = c->digits;
  char sign = c->sign, exp_char = c->exp_char;
  int frac = c->frac, flags = c->flags;
  char exp_text[8];
  int exp_len = 0;
  if (exp_char) {
    int e = x->n ? x->point - 1 : 0;
    exp_text[exp_len++] = exp_char;
    exp_text[exp_len++] = e < 0 ? '-' : '+';
    e = e < 0 ? -e : e;
    if (e >= 100)
      exp_text[exp_len++] = (char)('0' + e / 100);
    exp_text[exp_len++] = (char)('0' + e / 10 % 10);
    exp_text[exp_len++] = (char)('0' + e % 10);
  }
  int int_len = exp_char || x->point <= 0 ? 1 : x->point;
  int dot = frac > 0 || (flags & F_ALT);
  c->prefix = "";
  c->body = (sign != 0) + int_len + dot + frac + exp_len;
  int post = pad_before(s, c);
  if (exp_char || x->point > 0)
    emit_digits(s, x, 0, int_len);
  else
    emit(s, '0');
  if (dot)
    emit(s, '.');
  emit_digits(s, x, exp_char ? 1 : x->point, frac);
  emit_str(s, exp_text, exp_len);
  emit_rep(s, ' ', post);
}

/* %f %e %g of a finite value v->m * 2^v->e (c->prec >= 0); v's cut is
 * set here. */
static void put_finite(struct sink *s, struct conversion *c, struct exact *v) {
  struct decimal x;
  char conv = c->conv, lower = (char)(conv | 0x20);
  char exp_char = lower == 'f' ? 0 : conv == 'g' ? 'e' : conv == 'G' ? 'E'
                                                          : conv;
  int flags = c->flags, prec = c->prec;
  c->digits = &x;
  /* Beyond DIGITS_MAX digits the expansion has ended: only zeros follow. */
  int cut = prec < DIGITS_MAX ? prec : DIGITS_MAX;
  if (lower == 'f') {
    v->sig_limit = INT32_MAX;
    v->frac_limit = cut + 1;
    expand(v, &x);
    round_digits(&x, x.point + cut);
    c->exp_char = 0;
    c->frac = prec;
    put_decimal(s, c);
  } else if (lower == 'e') {
    v->sig_limit = cut + 2;
    v->frac_limit = INT32_MAX;
    expand(v, &x);
    round_digits(&x, cut + 1);
    c->exp_char = exp_char;
    c->frac = prec;
    put_decimal(s, c);
  } else {
    int p = prec == 0 ? 1 : prec; /* significant digits */
    cut = p < DIGITS_MAX ? p : DIGITS_MAX;
    v->sig_limit = cut + 1;
    v->frac_limit = INT32_MAX;
    expand(v, &x);
    int was_below_p = x.n && x.point - 1 < p;
    round_digits(&x, cut);
    int exp10 = x.n ? x.point - 1 : 0;
    int fixed = exp10 >= -4 && exp10 < p;
    int frac = fixed ? p - 1 - exp10 : p - 1;
    if (!(flags & F_ALT)) { /* no trailing zeros */
      int left = fixed ? x.n - x.point : x.n - 1;
      frac = left < 0 ? 0 : left < frac ? left : frac;
    } else if (!fixed && was_below_p && exp10 == p) {
      /* glibc chooses the style before rounding; when rounding up to
       * 10^p makes %f style %e it drops the zeros even with '#': 1.e+06. */
      frac = 0;
    }
    c->exp_char = fixed ? 0 : exp_char;
    c->frac = frac;
    put_decimal(s, c);
  }
}

/* %a: 0x, the leading digit (1, or 0 for zero and subnormals, as glibc
 * prints them), the 13 hex digits of the fraction (without trailing zeros,
 * or rounded to prec: to nearest, ties to even; the leading digit takes the
 * carry, 0x1.f -> 0x2), p and the binary exponent. */
static void put_hex_float(struct sink *s, struct conversion *c, uint64_t bits) {
  int upper = c->conv == 'A', flags = c->flags, prec = c->prec;
  const char *xdigits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  int field = (int)(bits >> 52 & 0x7ff);
  uint64_t frac = bits & 0xfffffffffffffULL;
  int lead = field != 0;
  int exp2 = field == 0 ? (frac ? -1022 : 0) : field - 1023;
  int ndigits = 13;
  while (ndigits > 0 && !(frac >> (4 * (13 - ndigits)) & 15))
    ndigits--; /* trailing zero digits */
  if (prec < 0)
    prec = ndigits;
  if (prec < ndigits) {
    int cut_bits = 4 * (13 - prec);
    uint64_t rest = frac & ((1ULL << cut_bits) - 1);
    uint64_t half = 1ULL << (cut_bits - 1);
    frac >>= cut_bits;
    int odd = prec > 0 ? (int)(frac & 1) : lead;
    int up = rest > half || (rest == half && odd);
    frac += (uint64_t)up;
    if (prec == 0 ? up : (frac >> (4 * prec)) != 0) { /* into the lead */
      lead++;
      frac = 0;
    }
    frac <<= cut_bits;
  }
  char exp_text[8];
  int exp_len = 0, e = exp2 < 0 ? -exp2 : exp2;
  exp_text[exp_len++] = upper ? 'P' : 'p';
  exp_text[exp_len++] = exp2 < 0 ? '-' : '+';
  if (e >= 1000)
    exp_text[exp_len++] = (char)('0' + e / 1000);
  if (e >= 100)
    exp_text[exp_len++] = (char)('0' + e / 100 % 10);
  if (e >= 10)
    exp_text[exp_len++] = (char)('0' + e / 10 % 10);
  exp_text[exp_len++] = (char)('0' + e % 10);
  int dot = prec > 0 || (flags & F_ALT);
  c->prefix = upper ? "0X" : "0x";
  c->body = (c->sign != 0) + 2 + 1 + dot + prec + exp_len;
  int post = pad_before(s, c);
  emit(s, xdigits[lead]);
  if (dot)
    emit(s, '.');
  for (int i = 0; i < prec; i++)
    emit(s, i < 13 ? xdigits[frac >> (4 * (12 - i)) & 15] : '0');
  emit_str(s, exp_text, exp_len);
  emit_rep(s, ' ', post);
}

/* noinline: the conversion has many values live at once, and inlined into
 * format() it would widen format()'s transition states, which every program
 * that prints pays for at every block (io width 54 instead of 30). */
__attribute__((noinline)) static void put_float(struct sink *s,
                                                struct conversion *c) {
  union { double d; uint64_t u; } pun = {c->real};
  uint64_t bits = pun.u;
  c->sign = float_sign((int)(bits >> 63), c->flags);
  int field = (int)(bits >> 52 & 0x7ff);
  uint64_t frac = bits & 0xfffffffffffffULL;
  int upper = c->conv >= 'A' && c->conv <= 'Z';
  if (field == 0x7ff) { /* inf or nan: no zero padding */
    const char *text = frac ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    c->flags &= ~F_ZERO;
    c->prefix = "";
    c->body = 3 + (c->sign != 0);
    int post = pad_before(s, c);
    emit_str(s, text, 3);
    emit_rep(s, ' ', post);
    return;
  }
  if (c->prec > 100000000)
    c->prec = 100000000; /* beyond that the output would not fit an int */
  if (c->conv == 'a' || c->conv == 'A') {
    put_hex_float(s, c, bits);
    return;
  }
  struct exact v = {field ? frac | 1ULL << 52 : frac,
                    (field ? field : 1) - 1075, 0, 0};
  if (c->prec < 0)
    c->prec = 6;
  put_finite(s, c, &v);
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

    struct conversion c;
    c.conv = conv;
    c.flags = flags;
    c.width = width;
    c.prec = prec;
    c.negative = 0;
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
      c.magnitude = mag;
      c.negative = v < 0;
      put_number(s, &c);
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
      c.magnitude = v;
      put_number(s, &c);
      break;
    }
    case 'p': {
      void *v = va_arg(ap, void *);
      if (v) {
        c.magnitude = (uintptr_t)v;
        put_number(s, &c);
      } else {
        c.text = "(nil)";
        c.text_len = 5;
        put_text(s, &c);
      }
      break;
    }
    case 'c': {
      char ch = (char)va_arg(ap, int);
      c.text = &ch;
      c.text_len = 1;
      put_text(s, &c);
      break;
    }
    case 's': {
      const char *str = va_arg(ap, const char *);
      if (!str)
        str = prec < 0 || prec >= 6 ? "(null)" : "";
      int n = 0;
      while ((prec < 0 || n < prec) && str[n])
        n++;
      c.text = str;
      c.text_len = n;
      put_text(s, &c);
      break;
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      /* l and L change nothing: long double is double on circ. */
      c.real = va_arg(ap, double);
      put_float(s, &c);
      break;
    case '%':
      emit(s, '%');
      break;
    default:
      put_unknown(s, &c);
      break;
    }
  }
  return (int)s->len;
}

int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt,
              va_list ap) {
  /* With n == 0 nothing is stored; a dummy buffer keeps emit simple. */
  char dummy;
  struct sink s = {n ? buf : &dummy, n ? n : 1, 0, 0};
  int r = format(&s, fmt, ap);
  if (n)
    buf[s.len < n ? s.len : n - 1] = '\0';
  return r;
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap) {
  return vsnprintf(buf, SIZE_MAX, fmt, ap);
}

int __circ_vprintf_to(int stream, const char *fmt, va_list ap) {
  struct sink s = {NULL, 0, 0, stream};
  return format(&s, fmt, ap);
}

int vprintf(const char *restrict fmt, va_list ap) {
  return __circ_vprintf_to(0, fmt, ap);
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
