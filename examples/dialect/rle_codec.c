/* rle_codec: run-length encoding of 200 symbols (runs of 1..7 copies of a
 * symbol 0..3, from a 31-bit LCG) into (symbol, count) pairs, then decoding and
 * checking the round trip. Prints the input length, the number of runs, the
 * longest run, a checksum of the encoding and the decoded length. */
#include <stdio.h>
#include <stdlib.h>

#define N 200

static long long input[N];
static long long enc[2 * N];
static long long dec[N];

static void check(int cond, const char *msg) {
  if (!cond) {
    printf("assertion failed: %s\n", msg);
    exit(134);
  }
}

/* Encodes input[0..n) into enc as (symbol, count) pairs; returns the runs. */
static long long encode(long long n) {
  long long runs = 0;
  long long sym = input[0];
  long long count = 1;
  for (long long i = 1; i < n; ++i) {
    long long c = input[i];
    if (c == sym) {
      count = count + 1;
    } else {
      enc[2 * runs] = sym;
      enc[2 * runs + 1] = count;
      runs = runs + 1;
      sym = c;
      count = 1;
    }
  }
  enc[2 * runs] = sym;
  enc[2 * runs + 1] = count;
  return runs + 1;
}

/* Expands the runs into dec; returns the decoded length. */
static long long decode(long long runs) {
  long long out = 0;
  for (long long r = 0; r < runs; ++r) {
    long long sym = enc[2 * r];
    long long count = enc[2 * r + 1];
    for (long long t = 0; t < count; ++t) {
      dec[out] = sym;
      out = out + 1;
    }
  }
  return out;
}

int main(void) {
  long long x = 31337;
  long long n = 0;
  while (n < N) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    long long sym = (x >> 16) & 3;
    long long len = 1 + (x >> 20) % 7;
    for (long long t = 0; t < len; ++t) {
      if (n < N) {
        input[n] = sym;
        n = n + 1;
      }
    }
  }

  long long runs = encode(N);
  long long longest = 0, sum = 0;
  for (long long r = 0; r < runs; ++r) {
    long long count = enc[2 * r + 1];
    sum = (sum * 7 + enc[2 * r] * 10 + count) % 1000003;
    if (count > longest)
      longest = count;
  }
  long long len = decode(runs);
  check(len == N, "decoded length");
  for (long long i = 0; i < N; ++i)
    check(dec[i] == input[i], "round trip");

  printf("%lld\n", (long long)n);
  printf("%lld\n", (long long)runs);
  printf("%lld\n", (long long)longest);
  printf("%lld\n", (long long)sum);
  printf("%lld\n", (long long)len);
  return 0;
}
