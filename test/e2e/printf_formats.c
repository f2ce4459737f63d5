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
// printf formatting: every conversion, flag, width, precision and length modifier the runtime supports.
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
#include <stddef.h>

int main(void) {
  int n = 0;
  n += printf("[%d] [%i] [%u] [%x] [%X] [%o] [%c] [%s] [%%]\n", -42, 42, 42u, 0xabcu, 0xabcu, 8u, 'z', "str");
  n += printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+5d] [%-+5d] [% 05d]\n", 42, 42, 42, 42, 42, 42, 42, 42);
  n += printf("[%.3d] [%8.3d] [%-8.3d] [%08.3d] [%.0d] [%5.0d] [%.0d]\n", 7, 7, 7, 7, 0, 0, 1);
  n += printf("[%#x] [%#X] [%#o] [%#x] [%#o] [%#10x] [%#010x] [%-#10o]\n", 255u, 255u, 8u, 0u, 0u, 255u, 255u, 8u);
  n += printf("[%d] [%d] [%u] [%x]\n", INT_MIN, INT_MAX, UINT_MAX, UINT_MAX);
  n += printf("[%ld] [%ld] [%lu] [%lx] [%lo]\n", LONG_MIN, LONG_MAX, ULONG_MAX, ULONG_MAX, ULONG_MAX);
  n += printf("[%lld] [%llu] [%llX]\n", LLONG_MIN, ULLONG_MAX, 0xdeadbeefcafeULL);
  n += printf("[%hd] [%hu] [%hhd] [%hhu] [%hx] [%hhx]\n", (short)-1234, (unsigned short)65000,
              (signed char)-100, (unsigned char)200, (unsigned short)0xbeef, (unsigned char)0xab);
  n += printf("[%hd] [%hhd] [%hu] [%hhu]\n", 70000, 300, 70000, 300);
  n += printf("[%zu] [%zd] [%zx] [%td] [%jd] [%ju]\n", sizeof(long[3]), (ptrdiff_t)-5,
              (size_t)4096, (ptrdiff_t)-77, (intmax_t)INT64_MIN, (uintmax_t)UINT64_MAX);
  n += printf("[%10s] [%-10s] [%.2s] [%10.2s] [%-10.2s] [%s] [%.0s]\n", "hello", "hello", "hello", "hello",
              "hello", "", "hello");
  n += printf("[%c%c%c] [%5c] [%-5c]\n", 'a', 'b', 'c', 'x', 'y');
  n += printf("[%*d] [%-*d] [%*d] [%.*d] [%*.*d] [%.*s]\n", 6, 42, 6, 42, -6, 42, 4, 42, 8, 5, -42, 3, "abcdef");
  n += printf("[%.*d] [%*s]\n", -1, 5, 0, "x");
  n += printf("[%+.3ld] [% 10.4lx] [%-+12lld] [%012ld]\n", -5L, 0xfffL, 1234567890123LL, -987654321L);
  for (int w = 0; w <= 20; w += 5)
    n += printf("|%*ld|%-*lu|%0*lx|\n", w, -31415926535L, w, 31415926535UL, w, 31415926535UL);
  long vals[] = {0, 1, -1, 9, 10, 99, 100, -1000, 123456789, -2147483648L, 4294967296L};
  for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++)
    n += printf("%ld:%+ld:%6ld:%-6ld|%06ld:%lx:%lo:%#lx\n", vals[i], vals[i], vals[i], vals[i], vals[i],
                (unsigned long)vals[i], (unsigned long)vals[i], (unsigned long)vals[i]);
  char buf[32];
  int r = snprintf(buf, sizeof buf, "%s/%d/%s", "left", 12345, "right-hand-side-is-long");
  n += printf("snprintf %d \"%s\"\n", r, buf);
  r = snprintf(NULL, 0, "%d%d%d", 111, 222, 333);
  n += printf("snprintf(NULL, 0) %d\n", r);
  r = sprintf(buf, "%08.3d|%x", -12, 48879u);
  n += printf("sprintf %d \"%s\"\n", r, buf);
  printf("total characters %d\n", n);
  return n % 200;
}
