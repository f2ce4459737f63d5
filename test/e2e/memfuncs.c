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
// memcpy/memset/memmove/memcmp on structs and arrays, overlapping moves, unaligned offsets, struct copies.
#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct record { int id; char name[20]; long balance; short flags[3]; };

static unsigned sum_bytes(const void *p, size_t n) {
  const unsigned char *b = p;
  unsigned s = 0;
  for (size_t i = 0; i < n; i++)
    s = s * 31 + b[i];
  return s;
}

int main(void) {
  struct record a, b;
  memset(&a, 0, sizeof a);
  a.id = 7;
  strcpy(a.name, "Ada Lovelace");
  a.balance = -123456789L;
  a.flags[0] = 1;
  a.flags[2] = -1;
  memcpy(&b, &a, sizeof a);
  printf("copy: %d %s %ld %d %d, memcmp %d\n", b.id, b.name, b.balance, b.flags[0], b.flags[2],
         memcmp(&a, &b, sizeof a));
  b.balance++;
  printf("after change: memcmp sign %d\n", memcmp(&a, &b, sizeof a) < 0 ? -1 : 1);
  struct record c = a; /* compiler-generated copy (padding not guaranteed) */
  printf("assign copy: %d %s %ld %d\n", c.id, c.name, c.balance, c.flags[2]);

  unsigned char buf[100];
  for (int i = 0; i < 100; i++)
    buf[i] = (unsigned char)i;
  memmove(buf + 10, buf, 50); /* overlapping, forward */
  printf("memmove fwd: %d %d %d %d\n", buf[9], buf[10], buf[35], buf[59]);
  memmove(buf, buf + 5, 60); /* overlapping, backward source */
  printf("memmove back: %d %d %d\n", buf[0], buf[4], buf[59]);

  /* Every alignment and length combination for the word-at-a-time paths. */
  unsigned char src[80], dst[80];
  unsigned check = 0;
  for (int so = 0; so < 9; so += 2)
    for (int d = 0; d < 9; d++)
      for (int n = 0; n < 40; n += 5) {
        for (int i = 0; i < 80; i++) {
          src[i] = (unsigned char)(i * 7 + so);
          dst[i] = 0xee;
        }
        memcpy(dst + d, src + so, (size_t)n);
        check = check * 7 + sum_bytes(dst, sizeof dst);
        memset(dst + so, d * 11, (size_t)n);
        check = check * 7 + sum_bytes(dst, sizeof dst);
        memmove(dst + d, dst + so, (size_t)n);
        check = check * 7 + sum_bytes(dst, sizeof dst);
        int cmp = memcmp(src + so, src + d, (size_t)n);
        check = check * 3 + (unsigned)(cmp < 0 ? 0 : cmp == 0 ? 1 : 2);
      }
  printf("alignment sweep checksum %u\n", check);

  long arr[16];
  memset(arr, 0xff, sizeof arr);
  printf("memset 0xff long: %ld\n", arr[3]);
  memset(arr, 0, sizeof arr);
  long ones[4] = {1, 2, 3, 4};
  memcpy(arr + 6, ones, sizeof ones);
  long s = 0;
  for (int i = 0; i < 16; i++)
    s += arr[i] * i;
  printf("memcpy into middle: %ld\n", s);

  unsigned char x[4] = {1, 2, 3, 4}, y[4] = {1, 2, 4, 0}, z[4] = {1, 2, 3, 200};
  printf("memcmp: %d %d %d %d\n", memcmp(x, y, 4) < 0, memcmp(y, x, 4) > 0, memcmp(x, z, 3),
         memcmp(x, z, 4) < 0);
  const char *hay = "find the needle";
  const char *hit = memchr(hay, 'n', strlen(hay));
  printf("memchr: %s\n", hit ? hit : "none");

  struct record table[5];
  for (int i = 0; i < 5; i++) {
    memset(&table[i], 0, sizeof table[i]);
    table[i].id = i * 100;
    memcpy(table[i].name, "entry-x", 8);
    table[i].name[6] = (char)('0' + i);
  }
  memmove(&table[1], &table[0], 4 * sizeof table[0]);
  for (int i = 0; i < 5; i++)
    printf("%d:%s ", table[i].id, table[i].name);
  printf("\n");
  uint64_t words[3] = {0};
  memcpy((unsigned char *)words + 3, "unaligned!", 10);
  printf("unaligned copy: %016llx %016llx\n", (unsigned long long)words[0],
         (unsigned long long)words[1]);
  return 13;
}
