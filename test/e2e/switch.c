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
// switch: dense (jump table) and sparse cases, fallthrough, default placement, switch on long and char.
#include <stdio.h>

static const char *dense(int x) {
  switch (x) {
  case 0: return "zero";
  case 1: return "one";
  case 2: return "two";
  case 3: return "three";
  case 4: return "four";
  case 5: return "five";
  case 6: return "six";
  case 7: return "seven";
  case 8: return "eight";
  case 9: return "nine";
  default: return "many";
  }
}

static int sparse(long x) {
  switch (x) {
  case -1000000000000L: return 1;
  case -7: return 2;
  case 13: return 3;
  case 1000: return 4;
  case 65536: return 5;
  case 99999999999L: return 6;
  default: return 0;
  }
}

static int fallthrough(int x) {
  int r = 0;
  switch (x) {
  case 1:
    r += 1;
    /* fall through */
  case 2:
    r += 10;
    /* fall through */
  case 3:
    r += 100;
    break;
  case 4:
  case 5:
  case 6:
    r = -x;
    break;
  default:
    r = 1000;
    /* fall through */
  case 9:
    r += 9;
  }
  return r;
}

/* Duff's device: a switch jumping into the middle of a loop. */
static void duff_copy(int *to, const int *from, int count) {
  int n = (count + 7) / 8;
  switch (count % 8) {
  case 0: do { *to++ = *from++;
  /* fall through */
  case 7: *to++ = *from++;
  /* fall through */
  case 6: *to++ = *from++;
  /* fall through */
  case 5: *to++ = *from++;
  /* fall through */
  case 4: *to++ = *from++;
  /* fall through */
  case 3: *to++ = *from++;
  /* fall through */
  case 2: *to++ = *from++;
  /* fall through */
  case 1: *to++ = *from++;
          } while (--n > 0);
  }
}

static int classify(char c) {
  switch (c) {
  case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
  case ' ': return 2;
  case '0': case '1': case '2': case '3': case '4':
  case '5': case '6': case '7': case '8': case '9': return 3;
  default: return 0;
  }
}

static unsigned ranges(unsigned x) {
  switch (x / 10) {
  case 0: return 'A';
  case 1: case 2: return 'B';
  case 5: return 'C';
  case 100: return 'D';
  }
  return 'Z';
}

int main(void) {
  for (int i = -1; i <= 11; i++)
    printf("%s ", dense(i));
  printf("\n");
  long keys[] = {-1000000000000L, -7, 13, 1000, 65536, 99999999999L, 0, 14, -8};
  for (int i = 0; i < 9; i++)
    printf("%d", sparse(keys[i]));
  printf("\n");
  for (int i = 0; i <= 10; i++)
    printf("%d ", fallthrough(i));
  printf("\n");
  int src[19], dst[19] = {0};
  for (int n = 0; n <= 19; n += 5) {
    for (int i = 0; i < 19; i++) { src[i] = i + 1; dst[i] = 0; }
    duff_copy(dst, src, n == 0 ? 1 : n - 1);
    int s = 0;
    for (int i = 0; i < 19; i++) s += dst[i];
    printf("duff(%d) sum %d\n", n == 0 ? 1 : n - 1, s);
  }
  const char *text = "hello world 2024, a quick test";
  int counts[4] = {0};
  for (const char *p = text; *p; p++)
    counts[classify(*p)]++;
  printf("classes: %d %d %d %d\n", counts[0], counts[1], counts[2], counts[3]);
  unsigned xs[] = {0, 9, 10, 29, 30, 55, 1000, 1009, 1010, 4000000000u};
  for (int i = 0; i < 10; i++)
    putchar((int)ranges(xs[i]));
  putchar('\n');
  return 5;
}
