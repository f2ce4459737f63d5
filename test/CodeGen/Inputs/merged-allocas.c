/* Two buffers whose lifetimes do not overlap: stack colouring gives them
 * one slot, and to tell alias analysis it gives the second alloca's uses to
 * the first in the IR. Each of fill's calls passes five arguments, so the
 * widths the choice compares select main differently. */
__attribute__((noinline)) unsigned long fill(unsigned long *p, unsigned long n,
                                             unsigned long a, unsigned long b,
                                             unsigned long c) {
  unsigned long s = 0;
  for (unsigned long i = 0; i < n; ++i) {
    p[i] = a * i + (b ^ c);
    s += p[i] >> (i & 7);
  }
  return s;
}

int main(void) {
  unsigned long s = 0;
  {
    unsigned long x[24];
    s += fill(x, 24, 3, 5, 7);
    s ^= x[5];
  }
  {
    unsigned long y[32];
    s += fill(y, 32, s, 11, 13);
    s ^= y[9];
  }
  return (int)(s & 0x7f);
}
