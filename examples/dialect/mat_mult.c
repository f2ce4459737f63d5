/* mat_mult: C = A * B for two 8x8 matrices of small signed entries drawn from
 * a 31-bit LCG; each entry of C is a call to dot(). Prints the trace of C, the
 * sum of its entries, a position-weighted checksum, and its largest entry. */
#include <stdio.h>

#define N 8

static long long A[N * N], B[N * N], C[N * N];

/* Row i of A times column j of B. */
static long long dot(long long i, long long j) {
  long long s = 0;
  for (long long k = 0; k < N; ++k)
    s = s + A[i * N + k] * B[k * N + j];
  return s;
}

int main(void) {
  long long x = 7;
  for (long long i = 0; i < N * N; ++i) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    A[i] = (x >> 16) % 101 - 50;
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    B[i] = (x >> 16) % 101 - 50;
  }

  for (long long i = 0; i < N; ++i)
    for (long long j = 0; j < N; ++j)
      C[i * N + j] = dot(i, j);

  long long trace = 0;
  for (long long i = 0; i < N; ++i)
    trace = trace + C[i * N + i];

  long long sum = 0, check = 0, max = C[0];
  for (long long i = 0; i < N * N; ++i) {
    long long c = C[i];
    sum = sum + c;
    check = (check * 31 + c) % 1000000007;
    if (c > max)
      max = c;
  }
  printf("%lld\n", (long long)trace);
  printf("%lld\n", (long long)sum);
  printf("%lld\n", (long long)check);
  printf("%lld\n", (long long)max);
  return 0;
}
