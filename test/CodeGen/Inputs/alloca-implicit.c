// alloca() called without <alloca.h> (test/CodeGen/alloca-calls.test).
#include <stdio.h>
#include <string.h>

static int sum_copy(const int *v, int n) {
  int *tmp = (int *)alloca(n * sizeof(int));
  memcpy(tmp, v, n * sizeof(int));
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += tmp[i] * (i + 1);
  return s;
}

int main(void) {
  int v[40];
  for (int i = 0; i < 40; ++i)
    v[i] = 3 * i - 17;
  int total = 0;
  for (int n = 1; n <= 40; n += 13)
    total += sum_copy(v, n);
  char *buf = (char *)alloca(32);
  strcpy(buf, "alloca in main");
  printf("%d %s\n", total, buf);
  return 0;
}
