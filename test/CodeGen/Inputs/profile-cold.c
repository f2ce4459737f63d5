/* A hot loop that needs few registers, and a function it almost never
 * calls that keeps sixteen values live around its own loop. */
#include <stdio.h>

__attribute__((noinline)) unsigned long wide(unsigned long x) {
  unsigned long a[16];
  for (int k = 0; k < 16; k++)
    a[k] = x * (unsigned long)(2 * k + 1);
  unsigned long b0 = a[0], b1 = a[1], b2 = a[2], b3 = a[3], b4 = a[4],
                b5 = a[5], b6 = a[6], b7 = a[7], b8 = a[8], b9 = a[9],
                b10 = a[10], b11 = a[11], b12 = a[12], b13 = a[13],
                b14 = a[14], b15 = a[15];
  for (unsigned long i = 0; i < x % 64; i++) {
    b0 += b1 ^ i; b1 += b2 >> 1; b2 ^= b3 + i; b3 += b4 * 3; b4 ^= b5 >> 2;
    b5 += b6 ^ b0; b6 += b7 + 1; b7 ^= b8 >> 3; b8 += b9 ^ i; b9 += b10 * 5;
    b10 ^= b11 + b1; b11 += b12 >> 1; b12 ^= b13 + 7; b13 += b14 ^ b2;
    b14 += b15 * 3; b15 ^= b0 + i;
  }
  return b0 ^ b1 ^ b2 ^ b3 ^ b4 ^ b5 ^ b6 ^ b7 ^ b8 ^ b9 ^ b10 ^ b11 ^ b12 ^
         b13 ^ b14 ^ b15;
}

__attribute__((noinline)) unsigned long narrow(unsigned long n) {
  unsigned long s = 1;
  for (unsigned long i = 0; i < n; i++) {
    s = s * 6364136223846793005ul + i;
    if ((s >> 40) == 0x123456)
      s += wide(s);
  }
  return s;
}

int main(void) {
  printf("%lu\n", narrow(20000));
  return 0;
}
