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
// Unions (type punning on a little-endian machine), bit-fields, struct layout: sizeof, offsetof, padding.
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

union word {
  uint64_t u64;
  uint32_t u32[2];
  uint16_t u16[4];
  uint8_t u8[8];
  int64_t i64;
};

struct flags {
  unsigned ready : 1;
  unsigned mode : 3;
  unsigned count : 12;
  signed delta : 5;
  unsigned : 0;
  unsigned high : 16;
};

struct packed_rgb { unsigned r : 5, g : 6, b : 5; };

struct layout { char c; long l; short s; char d; int i; };

struct tagged {
  enum { INT, PAIR, TEXT } kind;
  union {
    long i;
    struct { int a, b; } pair;
    char text[12];
  } as;
};

static long tagged_value(const struct tagged *t) {
  switch (t->kind) {
  case INT: return t->as.i;
  case PAIR: return (long)t->as.pair.a * t->as.pair.b;
  case TEXT: { long n = 0; for (const char *p = t->as.text; *p; p++) n += *p; return n; }
  }
  return -1;
}

int main(void) {
  union word w;
  w.u64 = 0x1122334455667788ULL;
  printf("u32 %08x %08x u16 %04x %04x u8 %02x %02x\n", w.u32[0], w.u32[1], w.u16[0], w.u16[3], w.u8[0],
         w.u8[7]);
  w.u8[7] = 0xff;
  printf("i64 after byte write %lld\n", (long long)w.i64);
  w.u32[0] = 0;
  printf("u64 %016llx\n", (unsigned long long)w.u64);

  struct flags f = {0};
  f.ready = 1;
  f.mode = 5;
  f.count = 4095;
  f.delta = -9;
  f.high = 0xbeef;
  printf("bitfields: %u %u %u %d %x\n", f.ready, f.mode, f.count, f.delta, f.high);
  f.count++;   /* wraps to 0 */
  f.mode += 4; /* 9 & 7 = 1 */
  f.delta = (signed)(f.delta + 20); /* 11 */
  printf("after: %u %u %d sizeof %zu\n", f.mode, f.count, f.delta, sizeof f);

  struct packed_rgb px = {31, 63, 31};
  uint16_t raw;
  _Static_assert(sizeof px >= sizeof raw, "rgb fits");
  union { struct packed_rgb px; uint16_t raw; } pun = {.px = px};
  raw = pun.raw;
  printf("rgb565 %04x sizeof %zu\n", raw, sizeof px);
  pun.raw = 0xf800;
  printf("r %u g %u b %u\n", pun.px.r, pun.px.g, pun.px.b);

  printf("layout: sizeof %zu c@%zu l@%zu s@%zu d@%zu i@%zu\n", sizeof(struct layout),
         offsetof(struct layout, c), offsetof(struct layout, l), offsetof(struct layout, s),
         offsetof(struct layout, d), offsetof(struct layout, i));

  struct tagged items[3] = {{INT, {.i = -123456789012L}}, {PAIR, {.pair = {-7, 9}}},
                            {TEXT, {.text = "union"}}};
  for (int i = 0; i < 3; i++)
    printf("tagged %d: %ld\n", (int)items[i].kind, tagged_value(&items[i]));
  printf("sizeof tagged %zu union word %zu\n", sizeof(struct tagged), sizeof(union word));
  return 0;
}
