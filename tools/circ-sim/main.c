/* main.c: command line of circ-sim. Exit codes: the program's own (0..255),
 * 1 for bad input or usage, 70 for a fault (see docs/machine.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "asm.h"
#include "costprofile.h"
#include "exec.h"
#include "profile.h"
#include "r1cs.h"
#include "report.h"
#include "util.h"

#define CIRC_SIM_VERSION "0.1.0"

static void usage(FILE *f) {
  fputs(
      "usage: circ-sim [options] file.s [file.s ...]\n"
      "\n"
      "Assembles the files as one program for the circ machine and runs it\n"
      "from 'main'. The program's output (__circ_putchar) goes to stdout.\n"
      "The machine, the assembly syntax and the faults are specified in\n"
      "docs/machine.md.\n"
      "\n"
      "options:\n"
      "  --report         print the cost report (key: value lines) to stderr\n"
      "                   when the program ends, also after a fault; its\n"
      "                   prover cost comes from the block constraint systems\n"
      "                   (docs/r1cs.md)\n"
      "  --report=json    the same report as one JSON object\n"
      "  --max-steps=N    fault after N executed instructions (0 = no limit,\n"
      "                   the default)\n"
      "  --io-width=N     io width W, 1..64; overrides the .iowidth directive\n"
      "                   (default: the directive, else 64)\n"
      "  --trace          print every executed instruction to stderr\n"
      "  --profile=FILE   write the run's block counts by function and IR\n"
      "                   block to FILE, for circ-cc/circ-llc -circ-profile\n"
      "                   (docs/machine.md, Profiles)\n"
      "  --profile-cost=FILE  write where the prover cost went when the\n"
      "                   program ends (also after a fault): folded stacks\n"
      "                   'main;f;.LBB1_2 COUNT', a line per block in each\n"
      "                   calling context, for flame-graph tools; FILE.svg:\n"
      "                   the flame graph itself. The table by function and\n"
      "                   block (executions, instructions, constraints,\n"
      "                   prover cost and share) goes to stderr\n"
      "                   (docs/machine.md, Cost profiles)\n"
      "  --profile-metric=M   what the folded stacks count: cost (the\n"
      "                   default), constraints, instructions, executions\n"
      "  --help           print this help and exit\n"
      "  --version        print the version and exit\n"
      "\n"
      "exit codes:\n"
      "  0..255  the program's exit code (%r0 & 0xff from main or __circ_exit)\n"
      "  1       bad input (file:line: error: ...) or bad usage\n"
      "  70      fault (circ-sim: fault: ... with location)\n",
      f);
}

/* Parses a decimal number without sign; 0 if malformed or too big. */
static int parse_u64(const char *s, unsigned long long *out) {
  unsigned long long v = 0;
  if (!*s)
    return 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9')
      return 0;
    unsigned d = (unsigned)(*s - '0');
    if (v > (~0ull - d) / 10)
      return 0;
    v = v * 10 + d;
  }
  *out = v;
  return 1;
}

static int opt_value(const char *arg, const char *name, const char **val) {
  size_t n = strlen(name);
  if (strncmp(arg, name, n) != 0)
    return 0;
  if (arg[n] == '=') {
    *val = arg + n + 1;
    return 1;
  }
  if (arg[n] == 0) {
    fprintf(stderr, "circ-sim: error: option '%s' needs a value: %s=N\n",
            name, name);
    exit(1);
  }
  return 0;
}

/* The report's prover cost needs the constraint counts of every block
 * (built before the run, so mips is unaffected) and executions per block. */
static int attach_cost_model(const Program *P, ExecOptions *opt,
                             R1cs **model) {
  R1csOptions ro = {opt->iowidth, 0};
  R1cs *R = r1cs_build(P, &ro);
  if (!R) {
    fputs("circ-sim: error: no prover cost for this program (see above); "
          "run without --report\n", stderr);
    return 1;
  }
  opt->cost_model = *model = R;
  opt->block_execs = xcalloc(P->ncode + 3, sizeof *opt->block_execs);
  return 0;
}

typedef struct {
  const char *profile;      /* --profile */
  const char *cost_profile; /* --profile-cost */
  ProfileMetric metric;
} Outputs;

typedef struct {
  const Outputs *out;
  CostProfile *cp;
} CostProfileRun;

/* Writes the cost profile and prints its table; 1 if the file failed. */
static int finish_cost_profile(const CostProfileRun *run, const Stats *st) {
  cost_profile_end(run->cp, st->instructions);
  int failed =
      cost_profile_write(run->cp, run->out->cost_profile, run->out->metric);
  cost_profile_print_table(run->cp, stderr, st);
  return failed;
}

static void cost_profile_at_fault(void *ctx, const Stats *st) {
  finish_cost_profile(ctx, st);
}

/* Runs P (and writes the report and the profiles); the exit status. The
 * cost model, if built, is left in *model for the caller to free. */
static int run(const Program *P, ExecOptions *opt, const Outputs *out,
               R1cs **model) {
  if ((opt->report || out->cost_profile) && attach_cost_model(P, opt, model))
    return 1;
  if (out->profile && !opt->block_execs)
    opt->block_execs = xcalloc(P->ncode + 3, sizeof *opt->block_execs);
  CostProfileRun cpr = {out, NULL};
  if (out->cost_profile) {
    cpr.cp = opt->cost_profile = cost_profile_new(*model);
    opt->at_fault = cost_profile_at_fault;
    opt->at_fault_ctx = &cpr;
  }
  Stats st;
  int code = execute(P, opt, &st), failed = 0;
  if (opt->report)
    report_print(stderr, &st);
  if (out->profile)
    failed |= profile_write(out->profile, P, opt->block_execs);
  if (cpr.cp) {
    failed |= finish_cost_profile(&cpr, &st);
    cost_profile_free(cpr.cp);
  }
  return failed && !code ? 1 : code;
}

int main(int argc, char **argv) {
  ExecOptions opt;
  memset(&opt, 0, sizeof opt);
  int iow_override = 0, nfiles = 0, opts_done = 0;
  Outputs out = {NULL, NULL, PM_COST};
  /* The input names, gathered in place: files[k] is written only after
   * argv[k + 1] has been read. */
  char **files = argv + 1;

  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v;
    if (opts_done || a[0] != '-' || a[1] == 0) {
      files[nfiles++] = argv[i];
    } else if (strcmp(a, "--") == 0) {
      opts_done = 1;
    } else if (strcmp(a, "--report") == 0) {
      opt.report = 1;
    } else if (strcmp(a, "--report=json") == 0) {
      opt.report = 1;
      opt.report_json = 1;
    } else if (strcmp(a, "--trace") == 0) {
      opt.trace = 1;
    } else if (strcmp(a, "--help") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(a, "--version") == 0) {
      printf("circ-sim %s\n", CIRC_SIM_VERSION);
      return 0;
    } else if (opt_value(a, "--max-steps", &v)) {
      unsigned long long n;
      if (!parse_u64(v, &n)) {
        fprintf(stderr, "circ-sim: error: bad --max-steps value '%s'\n", v);
        return 1;
      }
      opt.max_steps = n;
    } else if (opt_value(a, "--profile", &v)) {
      if (!*v) {
        fputs("circ-sim: error: --profile needs a file: --profile=FILE\n",
              stderr);
        return 1;
      }
      out.profile = v;
    } else if (opt_value(a, "--profile-cost", &v)) {
      if (!*v) {
        fputs("circ-sim: error: --profile-cost needs a file: "
              "--profile-cost=FILE\n",
              stderr);
        return 1;
      }
      out.cost_profile = v;
    } else if (opt_value(a, "--profile-metric", &v)) {
      if (!profile_metric_parse(v, &out.metric)) {
        fprintf(stderr,
                "circ-sim: error: bad --profile-metric value '%s' (must be "
                "cost, constraints, instructions or executions)\n",
                v);
        return 1;
      }
    } else if (opt_value(a, "--io-width", &v)) {
      unsigned long long n;
      if (!parse_u64(v, &n) || n < 1 || n > 64) {
        fprintf(stderr,
                "circ-sim: error: bad --io-width value '%s' (must be 1..64)\n",
                v);
        return 1;
      }
      iow_override = (int)n;
    } else {
      fprintf(stderr,
              "circ-sim: error: unknown option '%s' (see circ-sim --help)\n",
              a);
      return 1;
    }
  }
  if (nfiles == 0) {
    fputs("circ-sim: error: no input files (see circ-sim --help)\n", stderr);
    return 1;
  }

  Program *P = assemble(nfiles, files);
  if (!P)
    return 1;
  opt.iowidth = iow_override ? iow_override : P->iowidth ? P->iowidth : 64;
  R1cs *model = NULL;
  int status = run(P, &opt, &out, &model);
  r1cs_free(model);
  free(opt.block_execs);
  program_free(P);
  return status;
}
