// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-io-width=4
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=8
// RUN: %e2e-check %s -O3 -regalloc=circ-ts -circ-io-width=4
// Computed goto (GCC's labels as values; `jr`, docs/machine.md): a
// threaded-code interpreter whose dispatch carries its state across the
// jump, a table of label differences, and a goto into a loop body.
#include <stdio.h>

enum { PUSH, ADD, MUL, DUP, SWAP, JNZ, DEC, PRINT, HALT };

static unsigned long run(const int *code) {
  static void *const ops[] = {&&push, &&add, &&mul, &&dup, &&swap,
                              &&jnz,  &&dec, &&print, &&halt};
  unsigned long stack[16], *sp = stack, acc = 0;
  const int *pc = code;
#define NEXT goto *ops[*pc++]
  NEXT;
push:
  *sp++ = *pc++;
  NEXT;
add:
  sp--, sp[-1] += sp[0];
  NEXT;
mul:
  sp--, sp[-1] *= sp[0];
  NEXT;
dup:
  sp[0] = sp[-1], sp++;
  NEXT;
swap: {
  unsigned long t = sp[-1];
  sp[-1] = sp[-2], sp[-2] = t;
  NEXT;
}
jnz:
  if (sp[-1]) {
    pc = code + *pc;
    NEXT;
  }
  pc++;
  NEXT;
dec:
  sp[-1]--;
  NEXT;
print:
  acc = acc * 31 + sp[-2];
  printf("acc %lu top %lu\n", sp[-2], sp[-1]);
  NEXT;
halt:
  return acc + (sp - stack);
#undef NEXT
}

static int classify(int x) {
  static const int offsets[] = {&&neg - &&neg, &&zero - &&neg,
                                &&small - &&neg, &&big - &&neg};
  int k = x < 0 ? 0 : x == 0 ? 1 : x < 100 ? 2 : 3;
  goto *(&&neg + offsets[k]);
neg:
  return -1;
zero:
  return 0;
small:
  return x % 7;
big:
  return 1000 + x / 100;
}

static int into_loop(int n, int skip_first) {
  void *entry = skip_first ? &&body : &&top;
  int i = 0, sum = 0;
  goto *entry;
top:
  while (i < n) {
    sum += i * i + 1;
  body:
    sum += 3;
    i++;
  }
  return sum;
}

int main(void) {
  // factorial-like: acc = 1; n = 6; loop { acc *= n; n--; print } while n
  static const int prog[] = {PUSH, 1, PUSH, 6, DUP, SWAP, SWAP, PRINT,
                             SWAP, DUP, SWAP, SWAP, MUL, SWAP, DEC, SWAP,
                             SWAP, JNZ, 7, HALT};
  printf("run %lu\n", run(prog));
  for (int x = -3; x < 400; x += 57)
    printf("classify(%d) = %d\n", x, classify(x));
  printf("into_loop %d %d\n", into_loop(10, 0), into_loop(10, 1));
  return 0;
}
