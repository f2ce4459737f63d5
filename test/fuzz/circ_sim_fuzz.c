/* circ_sim_fuzz.c: libFuzzer harness for the circ machine's assembler and
 * interpreter (circ-sim). Any input must give an assembler error, a fault
 * or a run that ends within the step bound: never a crash, a sanitizer
 * report or a hang. Inputs of odd length also run under the cost profiler
 * (--profile-cost), which writes its folded stacks, graph and table to
 * /dev/null. scripts/fuzz.sh builds and runs it. */
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "asm.h"
#include "costprofile.h"
#include "exec.h"

/* The profile of the run so far, as circ-sim writes it. */
static void print_profile(CostProfile *cp, Stats *st) {
  FILE *sink = fopen("/dev/null", "w");
  if (!sink)
    return;
  cost_profile_end(cp, st->instructions);
  cost_profile_print(cp, sink, PM_COST, 0);
  cost_profile_print(cp, sink, PM_INSTRUCTIONS, 1);
  cost_profile_print_table(cp, sink, st);
  fclose(sink);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Program *P = assemble_text("fuzz.s", (const char *)data, size);
  if (!P)
    return 0;
  ExecOptions opt;
  memset(&opt, 0, sizeof opt);
  opt.max_steps = 20000;
  opt.iowidth = P->iowidth ? P->iowidth : 64;
  R1cs *R = NULL;
  if (size & 1) {
    R1csOptions ro = {opt.iowidth, 0};
    R = r1cs_build(P, &ro);
  }
  if (R) {
    opt.cost_model = R;
    opt.block_execs = calloc(P->ncode + 3, sizeof *opt.block_execs);
    opt.cost_profile = cost_profile_new(R);
  }
  jmp_buf on_fault;
  opt.fault_jump = &on_fault;
  /* volatile: read after a longjmp out of execute */
  Stats *volatile st = calloc(1, sizeof *st);
  if (!setjmp(on_fault))
    execute(P, &opt, st);
  if (opt.cost_profile)
    print_profile(opt.cost_profile, st);
  cost_profile_free(opt.cost_profile);
  free(opt.block_execs);
  free(st);
  r1cs_free(R);
  program_free(P);
  return 0;
}
