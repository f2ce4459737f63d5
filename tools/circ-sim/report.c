/* report.c: prints the cost report, one "key: value" line each, in the order
 * of the table in docs/machine.md; mips comes last since it is the only
 * line that differs between runs. */
#include "report.h"

static uint64_t pow2ceil(uint64_t x) {
  uint64_t p = 1;
  while (p < x)
    p <<= 1;
  return p;
}

void report_print(FILE *f, const Stats *st) {
  uint64_t stack_writes = st->pushes;
  uint64_t work = st->blocks * pow2ceil(2 * (uint64_t)st->iowidth) +
                  st->instructions + 2 * (stack_writes + st->stack_reads) +
                  4 * (st->ram_writes + st->ram_reads);
  double secs = st->seconds > 1e-9 ? st->seconds : 1e-9;
  fprintf(f, "instructions: %llu\n", (unsigned long long)st->instructions);
  fprintf(f, "blocks: %llu\n", (unsigned long long)st->blocks);
  fprintf(f, "calls: %llu\n", (unsigned long long)st->calls);
  fprintf(f, "io-width: %d\n", st->iowidth);
  fprintf(f, "pushes: %llu\n", (unsigned long long)st->pushes);
  fprintf(f, "pops: %llu\n", (unsigned long long)st->pops);
  fprintf(f, "stack-writes: %llu\n", (unsigned long long)stack_writes);
  fprintf(f, "stack-reads: %llu\n", (unsigned long long)st->stack_reads);
  fprintf(f, "ram-writes: %llu\n", (unsigned long long)st->ram_writes);
  fprintf(f, "ram-reads: %llu\n", (unsigned long long)st->ram_reads);
  fprintf(f, "prover-work: %llu\n", (unsigned long long)work);
  fprintf(f, "mips: %.1f\n", (double)st->instructions / secs / 1e6);
  fflush(f);
}
