// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// The runtime's <sys/types.h> names and GNU mempcpy (chained copies).
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

int main(void) {
  char buf[32];
  char *p = buf;
  p = mempcpy(p, "circ", 4);
  p = mempcpy(p, "-", 1);
  p = mempcpy(p, "runtime", 8); /* with its NUL */
  ssize_t used = p - buf;
  off_t off = (off_t)used * 3;
  printf("%s %ld %ld %d\n", buf, (long)used, (long)off, (int)sizeof(ssize_t));
  return 0;
}
