/* dialect.c - what programs lowered from the circ dialect call:
 * circ.print and circ.assert (lib/Conversion/CircToLLVM.cpp). */
#include <circ.h>
#include <stdio.h>

void __circ_print_i64(long long v) { printf("%lld\n", v); }

void __circ_assert(long long cond, const char *message) {
  if (cond)
    return;
  printf("assertion failed: %s\n", message);
  __circ_exit(134);
}
