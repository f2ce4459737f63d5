/* int128.c - 128-bit division and remainder of the circ runtime: __udivti3,
 * __umodti3, __divti3, __modti3, the libcalls LLVM emits for `/` and `%` on
 * __int128 (the machine divides 64-bit numbers only).
 *
 * Shift-and-subtract long division on the 128-bit value, one quotient bit
 * per step, after aligning the divisor under the dividend's top bit; a
 * dividend and divisor that both fit in 64 bits take the machine's own
 * division. Nothing here divides a 128-bit number, so no libcall can recurse
 * into itself. Signed results truncate toward zero, as C requires; a zero
 * divisor traps (C leaves it undefined; the machine faults on its own). */
#include <stdint.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

u128 __udivti3(u128 n, u128 d);
u128 __umodti3(u128 n, u128 d);
i128 __divti3(i128 n, i128 d);
i128 __modti3(i128 n, i128 d);

static int bit_length(u128 x) {
  int n = 0;
  uint64_t hi = (uint64_t)(x >> 64), lo = (uint64_t)x;
  uint64_t w = hi ? hi : lo;
  while (w) {
    n++;
    w >>= 1;
  }
  return hi ? n + 64 : n;
}

static u128 udivmod(u128 n, u128 d, u128 *rem) {
  if (d == 0)
    __builtin_trap();
  if ((n >> 64) == 0 && (d >> 64) == 0) {
    uint64_t a = (uint64_t)n, b = (uint64_t)d;
    *rem = a % b;
    return a / b;
  }
  if (d > n) {
    *rem = n;
    return 0;
  }
  int shift = bit_length(n) - bit_length(d);
  u128 q = 0;
  d <<= shift;
  for (; shift >= 0; shift--) {
    q <<= 1;
    if (n >= d) {
      n -= d;
      q |= 1;
    }
    d >>= 1;
  }
  *rem = n;
  return q;
}

u128 __udivti3(u128 n, u128 d) {
  u128 r;
  return udivmod(n, d, &r);
}

u128 __umodti3(u128 n, u128 d) {
  u128 r;
  udivmod(n, d, &r);
  return r;
}

/* |x| as unsigned: exact for the most negative value too. */
static u128 magnitude(i128 x) { return x < 0 ? (u128)0 - (u128)x : (u128)x; }

i128 __divti3(i128 n, i128 d) {
  u128 r, q = udivmod(magnitude(n), magnitude(d), &r);
  return (n < 0) != (d < 0) ? (i128)((u128)0 - q) : (i128)q;
}

i128 __modti3(i128 n, i128 d) {
  u128 r;
  udivmod(magnitude(n), magnitude(d), &r);
  return n < 0 ? (i128)((u128)0 - r) : (i128)r;
}
