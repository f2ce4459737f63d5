// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=basic -circ-io-width=4
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-io-width=4 -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-prefer-callee-saved=false
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=16
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=8
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// RUN: %e2e-check %s -O3 -cg-O3 -regalloc=circ-ts -circ-io-width=16 -verify-machineinstrs
// RUN: %e2e-check %s -O3 -cg-O3 -regalloc=circ-ts -circ-io-width=4
// Structs by value: small (<=16 bytes) and large (>16) passed and returned, nested, arrays of structs.
#include <stdio.h>
#include <stdint.h>

struct pair { int x, y; };                      /* 8 bytes */
struct two_longs { long a, b; };                /* 16 bytes */
struct mixed { char c; short s; int i; };       /* 8 bytes with padding */
struct big { long v[5]; int tag; };             /* 48 bytes */
struct nested { struct pair p; struct two_longs t; char name[12]; };
struct bytes3 { uint8_t b[3]; };                /* odd size */

static struct pair make_pair(int x, int y) { struct pair p = {x, y}; return p; }
static struct pair add_pairs(struct pair a, struct pair b) {
  return make_pair(a.x + b.x, a.y + b.y);
}
static struct two_longs swap_tl(struct two_longs t) {
  struct two_longs r = {t.b, t.a};
  return r;
}
static struct mixed bump(struct mixed m) { m.c++; m.s = (short)(m.s * 2); m.i -= 1; return m; }
static struct big scale(struct big b, long k) {
  for (int i = 0; i < 5; i++)
    b.v[i] *= k;
  b.tag++;
  return b;
}
static long big_sum(struct big b) {
  long s = b.tag;
  for (int i = 0; i < 5; i++)
    s += b.v[i];
  return s;
}
static struct nested make_nested(int seed) {
  struct nested n = {{seed, -seed}, {seed * 1000L, -seed * 1000L}, "nested"};
  n.name[6] = (char)('0' + seed % 10);
  n.name[7] = 0;
  return n;
}
static struct bytes3 rev3(struct bytes3 b) {
  struct bytes3 r = {{b.b[2], b.b[1], b.b[0]}};
  return r;
}
/* Many struct arguments: some go to registers, some to the stack. */
static long many(struct pair a, struct two_longs b, struct big c, struct pair d,
                 struct mixed e, struct two_longs f, int g, struct big h) {
  return a.x + a.y + b.a + b.b + big_sum(c) + d.x * 10 + d.y + e.c + e.s + e.i +
         f.a - f.b + g + big_sum(h);
}

int main(void) {
  struct pair p = add_pairs(make_pair(1, 2), make_pair(30, 40));
  printf("pair: %d %d\n", p.x, p.y);
  struct two_longs t = swap_tl((struct two_longs){123456789012L, -5});
  printf("two_longs: %ld %ld\n", t.a, t.b);
  struct mixed m = bump((struct mixed){'a', 300, 1000});
  printf("mixed: %c %d %d (sizeof %zu)\n", m.c, m.s, m.i, sizeof m);
  struct big b = {{1, 2, 3, 4, 5}, 10};
  struct big c = scale(b, -3);
  printf("big: b sum %ld, c sum %ld, c.tag %d, b.v[4] %ld\n", big_sum(b), big_sum(c),
         c.tag, b.v[4]);
  struct nested n = make_nested(7);
  printf("nested: %d %d %ld %ld %s\n", n.p.x, n.p.y, n.t.a, n.t.b, n.name);
  struct bytes3 b3 = rev3((struct bytes3){{1, 2, 3}});
  printf("bytes3: %d %d %d (sizeof %zu)\n", b3.b[0], b3.b[1], b3.b[2], sizeof b3);

  struct pair arr[6];
  for (int i = 0; i < 6; i++)
    arr[i] = make_pair(i, i * i);
  struct pair acc = {0, 0};
  for (int i = 0; i < 6; i++)
    acc = add_pairs(acc, arr[i]);
  printf("array of pairs: %d %d\n", acc.x, acc.y);

  struct big bigs[3];
  for (int i = 0; i < 3; i++)
    bigs[i] = scale(b, i + 1);
  struct big copy = bigs[2];
  bigs[2].v[0] = 999;
  printf("array of bigs: %ld %ld %ld copy.v[0]=%ld\n", big_sum(bigs[0]), big_sum(bigs[1]),
         big_sum(bigs[2]), copy.v[0]);

  printf("many: %ld\n", many(p, t, b, make_pair(3, 4), m, (struct two_longs){50, 8}, 9, c));

  struct nested n2 = n;
  n2.t.a = 1;
  printf("struct copy independent: %ld %ld\n", n.t.a, n2.t.a);
  return 42;
}
