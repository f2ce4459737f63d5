// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-io-width=4
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=8
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// Struct assignments and zero fills that clang turns into llvm.memcpy and
// llvm.memset of known size: written out up to 512 bytes (4-aligned, 1-,
// 2- and 8-aligned), a loop of words above (1000 bytes), bytes at the end
// of an odd size, and a copy of unknown length (CircTargetTransformInfo.h).
#include <stdio.h>
#include <string.h>

typedef struct { unsigned d[65]; } Limbs;                   /* 260, align 4 */
typedef struct { unsigned long long w[125]; } Page;         /* 1000, align 8 */
typedef struct { unsigned char b[37]; } Odd;                /* 37, align 1 */
typedef struct { unsigned short h[99]; } Halves;            /* 198, align 2 */
typedef struct { unsigned long long w[37]; unsigned t; } Fill; /* 304 */

static unsigned hash(const void *p, unsigned long n) {
  const unsigned char *c = p;
  unsigned h = 2166136261u;
  for (unsigned long i = 0; i < n; ++i)
    h = (h ^ c[i]) * 16777619u;
  return h;
}

static Limbs step(Limbs a, unsigned k) {
  Limbs r = a; /* a copy of 260 bytes */
  for (int i = 0; i < 65; ++i)
    r.d[i] = r.d[i] * 31u + k + (unsigned)i;
  return r;
}

static void copy_n(char *dst, const char *src, unsigned long n) {
  memcpy(dst, src, n);
}

int main(void) {
  Limbs a;
  for (int i = 0; i < 65; ++i)
    a.d[i] = (unsigned)i * 2654435761u;
  for (unsigned k = 0; k < 20; ++k)
    a = step(a, k);
  printf("limbs %08x\n", hash(&a, sizeof a));

  static Page p, q;
  for (int i = 0; i < 125; ++i)
    p.w[i] = (unsigned long long)i * 0x9e3779b97f4a7c15ull;
  q = p;
  q.w[124] ^= 1;
  printf("page %08x %08x\n", hash(&p, sizeof p), hash(&q, sizeof q));

  Odd o[3];
  for (int i = 0; i < 37; ++i)
    o[0].b[i] = (unsigned char)(i * 7 + 1);
  o[1] = o[0];
  o[1].b[36] = 0;
  o[2] = o[1];
  printf("odd %08x\n", hash(o, sizeof o));

  Halves h, g;
  for (int i = 0; i < 99; ++i)
    h.h[i] = (unsigned short)(i * 40503u);
  g = h;
  printf("halves %08x\n", hash(&g, sizeof g));

  Fill f;
  memset(&f, 0xa5, sizeof f);
  f = (Fill){0};
  f.t = 7;
  printf("fill %08x\n", hash(&f, sizeof f));

  char src[300], dst[300];
  for (int i = 0; i < 300; ++i)
    src[i] = (char)(i ^ 0x5a);
  for (unsigned long n = 0; n < 300; n += 37) {
    memset(dst, 0, sizeof dst);
    copy_n(dst + (n & 3), src + 1, n);
    printf("copy %lu %08x\n", n, hash(dst, sizeof dst));
  }
  return 0;
}
