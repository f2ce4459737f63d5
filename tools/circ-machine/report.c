/* report.c: prints the cost report, one "key: value" line each (or one JSON
 * object), in the order of the table in docs/machine.md; mips comes last
 * since it is the only value that differs between runs. */
#include "report.h"

#include "cost.h"

typedef struct {
  const char *key;
  uint64_t value;
} Row;

static void print_rows(FILE *f, const Row *rows, int n, double mips, int json) {
  if (json)
    fputs("{", f);
  for (int i = 0; i < n; i++) {
    if (json)
      fprintf(f, "\"%s\": %llu, ", rows[i].key,
              (unsigned long long)rows[i].value);
    else
      fprintf(f, "%s: %llu\n", rows[i].key, (unsigned long long)rows[i].value);
  }
  if (json)
    fprintf(f, "\"mips\": %.1f}\n", mips);
  else
    fprintf(f, "mips: %.1f\n", mips);
}

void report_prover_cost(const Stats *st, ProverCost *pc) {
  const R1cs *R = st->r1cs;
  RunCounts run;
  run.executions = 0;
  for (size_t i = 0; i < R->nblocks; i++)
    run.executions += st->block_execs[R->blocks[i].id];
  run.stack_accesses = st->pushes + st->stack_reads;
  run.ram_accesses = st->ram_writes + st->ram_reads;
  run.ram_init_words = ram_init_words(R->P);
  prover_cost(R, st->block_execs, &run, pc);
}

void report_print(FILE *f, const Stats *st) {
  double secs = st->seconds > 1e-9 ? st->seconds : 1e-9;
  Row rows[16] = {
      {"instructions", st->instructions},
      {"blocks", st->blocks},
      {"calls", st->calls},
      {"io-width", (uint64_t)st->iowidth},
      {"pushes", st->pushes},
      {"pops", st->pops},
      {"stack-writes", st->pushes},
      {"stack-reads", st->stack_reads},
      {"ram-writes", st->ram_writes},
      {"ram-reads", st->ram_reads},
  };
  int n = 10;
  if (st->r1cs) {
    ProverCost pc;
    report_prover_cost(st, &pc);
    rows[n++] = (Row){"constraints", pc.constraints};
    rows[n++] = (Row){"prover-cost", pc.total};
    rows[n++] = (Row){"prover-cost-blocks", pc.blocks};
    rows[n++] = (Row){"prover-cost-transitions", pc.transitions};
    rows[n++] = (Row){"prover-cost-stack", pc.stack};
    rows[n++] = (Row){"prover-cost-ram", pc.ram};
  }
  print_rows(f, rows, n, (double)st->instructions / secs / 1e6, st->json);
  fflush(f);
}
