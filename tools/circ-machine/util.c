/* util.c: out of memory is reported and ends the simulator with exit code 1
 * (it is a limit of the host, not a fault of the simulated program). */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *machine_tool_name = "circ-sim";

static void out_of_memory(void) {
  fprintf(stderr, "%s: error: out of memory\n", machine_tool_name);
  exit(1);
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    out_of_memory();
  return p;
}

void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    out_of_memory();
  return p;
}

void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p)
    out_of_memory();
  return p;
}

char *xstrndup(const char *s, size_t n) {
  char *d = xmalloc(n + 1);
  memcpy(d, s, n);
  d[n] = 0;
  return d;
}

void grow_array(void **p, size_t *cap, size_t need, size_t es) {
  size_t c = *cap ? *cap : 16;
  while (c < need) {
    if (c > ((size_t)-1 / 2) / es)
      out_of_memory();
    c *= 2;
  }
  *p = xrealloc(*p, c * es);
  *cap = c;
}
