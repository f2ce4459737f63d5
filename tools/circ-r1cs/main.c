/* main.c: command line of circ-r1cs. Exit codes: 0 when every check passed
 * (whatever the program's own exit code), 1 for bad input or usage, an
 * unencodable instruction, an unwritable output, or a violated constraint;
 * 70 when the program faults. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "asm.h"
#include "check.h"
#include "exec.h"
#include "gadget_table.h"
#include "iden3.h"
#include "r1cs.h"
#include "util.h"

static void usage(FILE *f) {
  fputs(
      "usage: circ-r1cs [options] file.s [file.s ...]\n"
      "\n"
      "Builds one R1CS instance per block of a circ program over the BN254\n"
      "scalar field, in circ_blocks' layout (docs/r1cs.md), and checks them\n"
      "against runs. Without an action it prints each block's sizes.\n"
      "\n"
      "actions:\n"
      "  --check          run the program and check the witness of every block\n"
      "                   execution (its constraints, outputs and memory tuples);\n"
      "                   violations go to stderr; the last line of stdout is\n"
      "                   'r1cs-check: blocks=B executions=E constraints=C\n"
      "                   violations=V'\n"
      "  --emit-r1cs=DIR  write DIR/bID.r1cs for every block (iden3 format, as\n"
      "                   snarkjs reads it) and DIR/index.tsv\n"
      "  --emit-wtns=DIR  with --check --sample=N: write the checked witnesses\n"
      "                   as DIR/bID.K.wtns (K = 0..N-1)\n"
      "  --gadget-table   print the constraints of each instruction's gadget\n"
      "                   (the table of docs/r1cs-gadgets.md) and exit\n"
      "\n"
      "options:\n"
      "  --sample=N       check only the first N executions of each block\n"
      "  --io-width=N     io width W, 1..64; overrides the .iowidth directive\n"
      "                   (default: the directive, else 64)\n"
      "  --max-steps=N    fault after N executed instructions (0 = no limit)\n"
      "  --max-messages=N print at most N violations in full (default 20)\n"
      "  --help           print this help and exit\n",
      f);
}

static int parse_u64(const char *s, unsigned long long *out) {
  char *end;
  if (!*s || *s == '-')
    return 0;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (*end || errno)
    return 0;
  *out = v;
  return 1;
}

typedef struct {
  int check, gadget_table, iowidth;
  unsigned long long sample, max_steps, max_messages;
  const char *r1cs_dir, *wtns_dir;
  char **files;
  int nfiles;
} Options;

static int number_option(const char *a, const char *name,
                         unsigned long long *out) {
  size_t n = strlen(name);
  if (strncmp(a, name, n) != 0 || a[n] != '=')
    return 0;
  if (!parse_u64(a + n + 1, out)) {
    fprintf(stderr, "circ-r1cs: error: bad %s value '%s'\n", name, a + n + 1);
    exit(1);
  }
  return 1;
}

static int dir_option(const char *a, const char *name, const char **out) {
  size_t n = strlen(name);
  if (strncmp(a, name, n) != 0 || a[n] != '=')
    return 0;
  if (!a[n + 1]) {
    fprintf(stderr, "circ-r1cs: error: %s needs a directory\n", name);
    exit(1);
  }
  *out = a + n + 1;
  return 1;
}

static void parse_args(int argc, char **argv, Options *o) {
  unsigned long long w = 0;
  memset(o, 0, sizeof *o);
  o->max_messages = 20;
  o->files = argv + 1; /* gathered in place, as circ-sim does */
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || a[1] == 0) {
      o->files[o->nfiles++] = argv[i];
    } else if (!strcmp(a, "--help")) {
      usage(stdout);
      exit(0);
    } else if (!strcmp(a, "--check")) {
      o->check = 1;
    } else if (!strcmp(a, "--gadget-table")) {
      o->gadget_table = 1;
    } else if (number_option(a, "--sample", &o->sample) ||
               number_option(a, "--max-steps", &o->max_steps) ||
               number_option(a, "--max-messages", &o->max_messages) ||
               dir_option(a, "--emit-r1cs", &o->r1cs_dir) ||
               dir_option(a, "--emit-wtns", &o->wtns_dir)) {
    } else if (number_option(a, "--io-width", &w)) {
      if (w < 1 || w > 64) {
        fprintf(stderr, "circ-r1cs: error: bad --io-width value '%llu' "
                        "(must be 1..64)\n", w);
        exit(1);
      }
      o->iowidth = (int)w;
    } else {
      fprintf(stderr, "circ-r1cs: error: unknown option '%s' (see "
                      "circ-r1cs --help)\n", a);
      exit(1);
    }
  }
  if (o->wtns_dir && (!o->check || !o->sample)) {
    fputs("circ-r1cs: error: --emit-wtns needs --check and --sample=N\n",
          stderr);
    exit(1);
  }
}

/* Creates dir if it does not exist; an error if it cannot be made or is no
 * directory. */
static void ensure_dir(const char *dir) {
  struct stat sb;
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "circ-r1cs: error: cannot create directory %s: %s\n", dir,
            strerror(errno));
    exit(1);
  }
  if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
    fprintf(stderr, "circ-r1cs: error: %s is not a directory\n", dir);
    exit(1);
  }
}

static int emit_r1cs(const R1cs *R, const char *dir) {
  char path[4096];
  ensure_dir(dir);
  snprintf(path, sizeof path, "%s/index.tsv", dir);
  FILE *f = fopen(path, "w");
  if (!f) {
    fprintf(stderr, "circ-r1cs: error: cannot write %s: %s\n", path,
            strerror(errno));
    return 1;
  }
  fputs("block\tfunction\tlabel\tconstraints\twires\tio_slots\tstack_accesses"
        "\tram_accesses\n", f);
  int failed = 0;
  for (size_t i = 0; i < R->nblocks; i++) {
    const R1csBlock *b = &R->blocks[i];
    fprintf(f, "b%llu\t%s\t%s\t%u\t%u\t%d\t%u\t%u\n",
            (unsigned long long)b->id, b->func, b->label, b->ncons,
            b->nwires, R->nslots, b->nstack, b->nram);
    snprintf(path, sizeof path, "%s/b%llu.r1cs", dir,
             (unsigned long long)b->id);
    if (iden3_write_r1cs(path, R, b))
      failed = 1;
  }
  if (fclose(f) != 0) {
    fprintf(stderr, "circ-r1cs: error: cannot write %s/index.tsv\n", dir);
    failed = 1;
  }
  return failed;
}

static void print_sizes(const R1cs *R) {
  uint64_t cons = 0;
  printf("%-10s %-24s %-16s %11s %9s %6s %6s\n", "block", "function", "label",
         "constraints", "wires", "stack", "ram");
  for (size_t i = 0; i < R->nblocks; i++) {
    const R1csBlock *b = &R->blocks[i];
    printf("b%-9llu %-24s %-16s %11u %9u %6u %6u\n",
           (unsigned long long)b->id, b->func, b->label, b->ncons, b->nwires,
           b->nstack, b->nram);
    cons += b->ncons;
  }
  printf("r1cs: blocks=%zu io-slots=%d constraints=%llu\n", R->nblocks,
         R->nslots, (unsigned long long)cons);
}

static int run_check(const R1cs *R, const Options *o) {
  ExecOptions eo;
  memset(&eo, 0, sizeof eo);
  eo.max_steps = o->max_steps;
  eo.iowidth = R->iowidth;
  CheckOptions co = {o->sample, o->wtns_dir,
                     o->max_messages > INT_MAX ? INT_MAX : (int)o->max_messages};
  CheckResult res;
  if (o->wtns_dir)
    ensure_dir(o->wtns_dir);
  int code = r1cs_check_run(R, &eo, &co, &res);
  fflush(stdout);
  double secs = res.seconds > 1e-9 ? res.seconds : 1e-9;
  printf("r1cs-check: program exit code %d; %llu of %llu executions checked"
         "%s; %.1f million constraints/s\n",
         code, (unsigned long long)res.checked,
         (unsigned long long)res.executions,
         o->sample ? " (sampled)" : "", (double)res.constraints / secs / 1e6);
  printf("r1cs-check: blocks=%llu executions=%llu constraints=%llu "
         "violations=%llu\n",
         (unsigned long long)res.blocks, (unsigned long long)res.executions,
         (unsigned long long)res.constraints,
         (unsigned long long)res.violations);
  return res.violations || res.write_failed;
}

int main(int argc, char **argv) {
  machine_tool_name = "circ-r1cs";
  Options o;
  parse_args(argc, argv, &o);
  if (o.gadget_table)
    return gadget_table_print(stdout);
  if (o.nfiles == 0) {
    fputs("circ-r1cs: error: no input files (see circ-r1cs --help)\n", stderr);
    return 1;
  }
  Program *P = assemble(o.nfiles, o.files);
  if (!P)
    return 1;
  R1csOptions ro = {o.iowidth ? o.iowidth : P->iowidth ? P->iowidth : 64, 1};
  R1cs *R = r1cs_build(P, &ro);
  if (!R) {
    program_free(P);
    return 1;
  }
  int status = 0;
  if (o.r1cs_dir)
    status |= emit_r1cs(R, o.r1cs_dir);
  if (o.check)
    status |= run_check(R, &o);
  if (!o.r1cs_dir && !o.check)
    print_sizes(R);
  r1cs_free(R);
  program_free(P);
  return status;
}
