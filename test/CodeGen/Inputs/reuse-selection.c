/* Five arguments (main's call too, as mix is not inlined): below width 9
 * some go on the RAM stack, so widths 4, 5, 6..8 and 9 up each select mix
 * and main their own way; a loop with a dozen values
 * live makes the choice compare several widths. */
__attribute__((noinline)) unsigned long mix(unsigned long a, unsigned long b,
                                            unsigned long c, unsigned long d,
                                            unsigned long e) {
  return (a * 31 + b) ^ (c * 7 + d) ^ (e << 3);
}

unsigned long table[96];

int main(void) {
  unsigned long a = 1, b = 2, c = 3, d = 5, e = 8, f = 13, g = 21, h = 34;
  for (int i = 0; i < 96; ++i) {
    a = mix(a, b, c, d, e) + f;
    b ^= a + g;
    c += b * h;
    d = (d << 1) ^ c;
    e += d ^ (unsigned long)i;
    f ^= e;
    g += f >> 3;
    h ^= g + a;
    table[i] = a ^ h;
  }
  unsigned long s = 0;
  for (int i = 0; i < 96; ++i)
    s = s * 3 + table[i];
  return (int)(s & 0x7f);
}
