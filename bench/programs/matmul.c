/* matmul: 40x40 integer matrix product C = A*B (wrapping 64-bit), then C*A, printing a weighted checksum of both. */
#include <stdint.h>
#include <stdio.h>

#define N 40

static uint64_t A[N][N], B[N][N], C[N][N], D[N][N];

static void multiply(uint64_t (*x)[N], uint64_t (*y)[N], uint64_t (*out)[N]) {
  for (int i = 0; i < N; ++i)
    for (int j = 0; j < N; ++j) {
      uint64_t s = 0;
      for (int k = 0; k < N; ++k) s += x[i][k] * y[k][j];
      out[i][j] = s;
    }
}

static uint64_t checksum(uint64_t (*m)[N]) {
  uint64_t h = 0;
  for (int i = 0; i < N; ++i)
    for (int j = 0; j < N; ++j) h = h * 1000003u + m[i][j];
  return h;
}

int main(void) {
  uint64_t seed = 42;
  for (int i = 0; i < N; ++i)
    for (int j = 0; j < N; ++j) {
      seed = seed * 6364136223846793005u + 1442695040888963407u;
      A[i][j] = (seed >> 33) % 1000;
      seed = seed * 6364136223846793005u + 1442695040888963407u;
      B[i][j] = (seed >> 33) % 1000;
    }
  multiply(A, B, C);
  multiply(C, A, D);
  printf("matmul C %016lx D %016lx trace %lu\n", (unsigned long)checksum(C),
         (unsigned long)checksum(D), (unsigned long)(C[0][0] + C[N - 1][N - 1]));
  return 0;
}
