/* bytecode_vm: a tiny stack-machine interpreter running three bytecode programs (loop sum, prime count by trial division, iterative Fibonacci mod 2^32). */
#include <stdint.h>
#include <stdio.h>

enum {
  PUSH, /* imm: push */
  LOAD, /* imm: push var[imm] */
  STORE, /* imm: var[imm] = pop */
  ADD, SUB, MUL, MOD, LT, EQ,
  JMP,  /* imm: pc = imm */
  JZ,   /* imm: if pop == 0, pc = imm */
  DUP, DROP,
  HALT  /* result = pop */
};

typedef struct {
  uint8_t op;
  int32_t imm;
} insn;

static int64_t run(const insn *code, long *steps) {
  int64_t stack[32], var[8] = {0};
  int sp = 0, pc = 0;
  long n = 0;
  for (;;) {
    const insn *i = &code[pc++];
    ++n;
    switch (i->op) {
    case PUSH: stack[sp++] = i->imm; break;
    case LOAD: stack[sp++] = var[i->imm]; break;
    case STORE: var[i->imm] = stack[--sp]; break;
    case ADD: --sp; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] + (uint64_t)stack[sp]); break;
    case SUB: --sp; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] - (uint64_t)stack[sp]); break;
    case MUL: --sp; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] * (uint64_t)stack[sp]); break;
    case MOD: --sp; stack[sp - 1] = stack[sp] ? stack[sp - 1] % stack[sp] : 0; break;
    case LT: --sp; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
    case EQ: --sp; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
    case JMP: pc = i->imm; break;
    case JZ: if (stack[--sp] == 0) pc = i->imm; break;
    case DUP: stack[sp] = stack[sp - 1]; ++sp; break;
    case DROP: --sp; break;
    case HALT: *steps += n; return stack[sp - 1];
    default: *steps += n; return -1;
    }
  }
}

/* sum of i*i mod 7 for i < 1500 */
static const insn sum_prog[] = {
    {PUSH, 0}, {STORE, 0},            /* s = 0 */
    {PUSH, 0}, {STORE, 1},            /* i = 0 */
    {LOAD, 1}, {PUSH, 1500}, {LT, 0}, {JZ, 21},  /* 4: while i < 1500 */
    {LOAD, 0}, {LOAD, 1}, {LOAD, 1}, {MUL, 0}, {PUSH, 7}, {MOD, 0}, {ADD, 0}, {STORE, 0},
    {LOAD, 1}, {PUSH, 1}, {ADD, 0}, {STORE, 1}, /* 16: i++ */
    {JMP, 4},                                    /* 20 */
    {LOAD, 0}, {HALT, 0}};                       /* 21 */

/* count primes below 400 by trial division */
static const insn prime_prog[] = {
    {PUSH, 0}, {STORE, 0},                        /* 0: count = 0 */
    {PUSH, 2}, {STORE, 1},                        /* 2: n = 2 */
    {LOAD, 1}, {PUSH, 400}, {LT, 0}, {JZ, 36},    /* 4: while n < 400 */
    {PUSH, 2}, {STORE, 2},                        /* 8: d = 2 */
    {LOAD, 2}, {LOAD, 2}, {MUL, 0}, {LOAD, 1}, {PUSH, 1}, {ADD, 0}, {LT, 0}, {JZ, 27}, /* 10: while d*d < n+1 */
    {LOAD, 1}, {LOAD, 2}, {MOD, 0}, {JZ, 31},     /* 18: if n % d == 0 -> composite */
    {LOAD, 2}, {PUSH, 1}, {ADD, 0}, {STORE, 2}, {JMP, 10}, /* 22: d++ ; 26 */
    {LOAD, 0}, {PUSH, 1}, {ADD, 0}, {STORE, 0},   /* 27: prime: count++ */
    {LOAD, 1}, {PUSH, 1}, {ADD, 0}, {STORE, 1}, {JMP, 4}, /* 31: n++ */
    {LOAD, 0}, {HALT, 0}};                        /* 36 */

/* Fibonacci: fib(2500) mod 2^32 by iteration */
static const insn fib_prog[] = {
    {PUSH, 0}, {STORE, 0}, {PUSH, 1}, {STORE, 1}, {PUSH, 2500}, {STORE, 2}, /* a=0 b=1 k=2500 */
    {LOAD, 2}, {JZ, 23},                                                   /* 6: while k */
    {LOAD, 0}, {LOAD, 1}, {ADD, 0}, {PUSH, 65536}, {DUP, 0}, {MUL, 0}, {MOD, 0}, /* 8: t = (a+b) mod 2^32 */
    {LOAD, 1}, {STORE, 0}, {STORE, 1},                                     /* 15: a = b; b = t */
    {LOAD, 2}, {PUSH, 1}, {SUB, 0}, {STORE, 2}, {JMP, 6},                  /* 18: k-- */
    {LOAD, 0}, {HALT, 0}};                                                 /* 23 */

int main(void) {
  long steps = 0;
  int64_t a = run(sum_prog, &steps);
  int64_t b = run(prime_prog, &steps);
  int64_t c = run(fib_prog, &steps);
  printf("vm sum %ld primes %ld fib %ld steps %ld\n", (long)a, (long)b, (long)c, steps);
  return 0;
}
