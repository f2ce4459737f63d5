/* circ_r1cs_fuzz.c: libFuzzer harness for the block constraint systems
 * (circ-r1cs --check). Any program that assembles gets its constraint
 * systems built, and a run within the step bound is checked against them:
 * a violation means the constraints and the interpreter disagree on a
 * correct run, so the harness aborts (a finding). scripts/fuzz.sh builds
 * and runs it. */
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "asm.h"
#include "check.h"
#include "exec.h"
#include "r1cs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Program *P = assemble_text("fuzz.s", (const char *)data, size);
  if (!P)
    return 0;
  R1csOptions ro = {P->iowidth ? P->iowidth : 64, 1};
  R1cs *R = r1cs_build(P, &ro);
  if (R) {
    ExecOptions eo;
    memset(&eo, 0, sizeof eo);
    eo.max_steps = 5000;
    eo.iowidth = R->iowidth;
    jmp_buf on_fault;
    eo.fault_jump = &on_fault;
    CheckOptions co = {0, NULL, 1};
    CheckResult res;
    memset(&res, 0, sizeof res);
    if (!setjmp(on_fault)) {
      r1cs_check_run(R, &eo, &co, &res);
      if (res.violations) {
        fprintf(stderr, "circ_r1cs_fuzz: %llu violations on a correct run\n",
                (unsigned long long)res.violations);
        abort();
      }
    }
    r1cs_free(R);
  }
  program_free(P);
  return 0;
}
