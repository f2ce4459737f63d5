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
// volatile accesses: counters, arrays, structs, pointers to volatile, loops the optimiser must not remove.
#include <stdio.h>
#include <stdint.h>

volatile int global_flag;
volatile uint8_t vbytes[16];
struct regs { volatile uint32_t status; volatile uint32_t data; uint32_t plain; };
static struct regs device;

static void write_reg(volatile uint32_t *r, uint32_t v) { *r = v; }
static uint32_t read_reg(const volatile uint32_t *r) { return *r; }

int main(void) {
  volatile int counter = 0;
  for (int i = 0; i < 1000; i++)
    counter++;
  printf("counter %d\n", counter);

  volatile long acc = 0;
  for (volatile int i = 0; i < 50; i++)
    acc += i;
  printf("acc %ld\n", acc);

  for (int i = 0; i < 16; i++)
    vbytes[i] = (uint8_t)(i * 17);
  unsigned sum = 0;
  for (int i = 0; i < 16; i++)
    sum += vbytes[i];
  printf("vbytes sum %u\n", sum);

  write_reg(&device.status, 0x80000000u);
  write_reg(&device.data, 1234);
  device.plain = 5;
  uint32_t polls = 0;
  while (read_reg(&device.status) & 0x80000000u) {
    polls++;
    if (polls == 10)
      device.status = 0; /* "hardware" clears the busy bit */
  }
  printf("polls %u data %u plain %u\n", polls, read_reg(&device.data), device.plain);

  volatile int *p = &global_flag;
  *p = 1;
  *p = 2; /* both stores happen */
  int first = *p; /* two separate volatile reads, sequenced */
  int seen = first + *p;
  printf("global_flag %d seen %d\n", global_flag, seen);

  volatile uint64_t wide = 0xffffffffffffffffULL;
  wide += 2;
  volatile int16_t narrow = -5;
  narrow = (int16_t)(narrow * 3);
  printf("wide %llu narrow %d\n", (unsigned long long)wide, narrow);

  /* Read-modify-write through a volatile pointer to struct. */
  volatile struct { int a; long b; } vs = {1, 2};
  for (int i = 0; i < 5; i++) {
    vs.a = vs.a * 2;
    vs.b = vs.b + vs.a;
  }
  printf("vs %d %ld\n", vs.a, vs.b);
  return global_flag + 40;
}
