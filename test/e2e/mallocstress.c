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
// malloc/calloc/realloc/free: many sizes, reuse after free, growing arrays, alignment, content integrity.
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static unsigned fill_check(unsigned char *p, size_t n, unsigned seed, int write) {
  unsigned bad = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char v = (unsigned char)(seed * 31 + i * 7);
    if (write)
      p[i] = v;
    else
      bad += p[i] != v;
  }
  return bad;
}

int main(void) {
  enum { SLOTS = 64 };
  unsigned char *slot[SLOTS] = {0};
  size_t size[SLOTS] = {0};
  unsigned seed = 7, misaligned = 0, corrupt = 0, allocs = 0;
  for (int round = 0; round < 400; round++) {
    seed = seed * 1664525u + 1013904223u;
    int s = (int)((seed >> 8) % SLOTS);
    if (slot[s]) {
      corrupt += fill_check(slot[s], size[s], (unsigned)s, 0);
      free(slot[s]);
      slot[s] = NULL;
    } else {
      size_t n = (seed >> 16) % 3 == 0 ? (seed >> 20) % 1500 : (seed >> 20) % 100;
      slot[s] = malloc(n);
      size[s] = n;
      allocs++;
      misaligned += ((uintptr_t)slot[s] & 15) != 0;
      fill_check(slot[s], n, (unsigned)s, 1);
    }
  }
  for (int s = 0; s < SLOTS; s++)
    if (slot[s]) {
      corrupt += fill_check(slot[s], size[s], (unsigned)s, 0);
      free(slot[s]);
    }
  printf("random: %u allocations, %u misaligned, %u corrupt bytes\n", allocs, misaligned, corrupt);

  /* calloc must zero, even when reusing freed memory. */
  unsigned char *dirty = malloc(256);
  memset(dirty, 0xab, 256);
  free(dirty);
  unsigned char *clean = calloc(64, 4);
  int nonzero = 0;
  for (int i = 0; i < 256; i++)
    nonzero += clean[i] != 0;
  printf("calloc nonzero bytes: %d\n", nonzero);
  free(clean);

  /* A growing array with realloc keeps its contents. */
  long *arr = NULL;
  size_t cap = 0, len = 0;
  for (long v = 0; v < 5000; v++) {
    if (len == cap) {
      cap = cap ? cap * 2 : 4;
      arr = realloc(arr, cap * sizeof *arr);
    }
    arr[len++] = v * v;
  }
  long bad = 0;
  for (size_t i = 0; i < len; i++)
    bad += arr[i] != (long)(i * i);
  printf("realloc grow: len %zu cap %zu bad %ld\n", len, cap, bad);
  arr = realloc(arr, 10 * sizeof *arr); /* shrink keeps the prefix */
  printf("shrunk: %ld %ld\n", arr[3], arr[9]);
  free(arr);

  /* Interleaved strings built with realloc. */
  char *s = NULL;
  size_t slen = 0;
  for (int i = 0; i < 50; i++) {
    char piece[16];
    int k = sprintf(piece, "%d;", i * 3);
    s = realloc(s, slen + (size_t)k + 1);
    memcpy(s + slen, piece, (size_t)k + 1);
    slen += (size_t)k;
  }
  printf("string %zu chars, tail %s\n", slen, s + slen - 12);
  free(s);

  /* Many small nodes, freed in reverse, then reallocated. */
  void *ptrs[1000];
  for (int i = 0; i < 1000; i++)
    ptrs[i] = malloc((size_t)(16 + i % 5 * 8));
  for (int i = 999; i >= 0; i--)
    free(ptrs[i]);
  int distinct = 1;
  for (int i = 0; i < 1000; i++) {
    ptrs[i] = malloc(24);
    memset(ptrs[i], i & 0xff, 24);
  }
  for (int i = 0; i < 1000; i++)
    if (((unsigned char *)ptrs[i])[23] != (i & 0xff))
      distinct = 0;
  printf("1000 live blocks distinct: %d\n", distinct);
  for (int i = 0; i < 1000; i++)
    free(ptrs[i]);
  free(NULL);
  void *big = malloc(1 << 20);
  printf("1 MiB block: %s\n", big ? "ok" : "null");
  free(big);
  return 0;
}
