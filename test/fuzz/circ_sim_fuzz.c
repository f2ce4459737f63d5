/* circ_sim_fuzz.c: libFuzzer harness for the circ machine's assembler and
 * interpreter (circ-sim). Any input must give an assembler error, a fault
 * or a run that ends within the step bound: never a crash, a sanitizer
 * report or a hang. scripts/fuzz.sh builds and runs it. */
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "asm.h"
#include "exec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Program *P = assemble_text("fuzz.s", (const char *)data, size);
  if (!P)
    return 0;
  ExecOptions opt;
  memset(&opt, 0, sizeof opt);
  opt.max_steps = 20000;
  opt.iowidth = P->iowidth ? P->iowidth : 64;
  jmp_buf on_fault;
  opt.fault_jump = &on_fault;
  Stats st;
  if (!setjmp(on_fault))
    execute(P, &opt, &st);
  program_free(P);
  return 0;
}
