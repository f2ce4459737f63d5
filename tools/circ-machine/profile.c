/* profile.c: writes circ-sim --profile files. An IR block that became
 * several machine blocks is entered through the most frequent of them, so
 * its count is their maximum. Every IR block the program has is listed, 0
 * when it never ran; one it does not have (code generation merged it away)
 * is not, since its count is unknown rather than 0. */
#include "profile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct {
  const char *name;
  int nirblocks;
  uint64_t *counts;
  unsigned char *present;
} FuncCounts;

static FuncCounts *func_of(FuncCounts **fs, size_t *n, size_t *cap,
                           const SrcInfo *si) {
  for (size_t i = *n; i-- > 0;)
    if (strcmp((*fs)[i].name, si->func) == 0)
      return &(*fs)[i];
  VEC_RESERVE(*fs, *cap, *n + 1);
  FuncCounts *f = &(*fs)[(*n)++];
  f->name = si->func;
  f->nirblocks = si->nirblocks;
  f->counts = xcalloc((size_t)si->nirblocks, sizeof *f->counts);
  f->present = xcalloc((size_t)si->nirblocks, 1);
  return f;
}

static void print_function(FILE *out, const FuncCounts *f) {
  fprintf(out, "function %s %d\n", f->name, f->nirblocks);
  for (int k = 0; k < f->nirblocks; k++)
    if (f->present[k])
      fprintf(out, "%d %llu\n", k, (unsigned long long)f->counts[k]);
}

static void free_counts(FuncCounts *fs, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(fs[i].counts);
    free(fs[i].present);
  }
  free(fs);
}

int profile_write(const char *path, const Program *P,
                  const uint64_t *block_execs) {
  FuncCounts *fs = NULL;
  size_t n = 0, cap = 0;
  for (size_t pc = 0; pc < P->ncode; pc++) {
    const SrcInfo *si = &P->src[pc];
    if (si->irblock < 0)
      continue;
    FuncCounts *f = func_of(&fs, &n, &cap, si);
    /* A function whose blocks disagree on their number is not one of
     * circ-llc's; keep the first count. */
    if (si->irblock >= f->nirblocks)
      continue;
    f->present[si->irblock] = 1;
    if (block_execs[pc] > f->counts[si->irblock])
      f->counts[si->irblock] = block_execs[pc];
  }
  FILE *out = fopen(path, "w");
  if (!out) {
    fprintf(stderr, "circ-sim: error: cannot write profile '%s': %s\n", path,
            strerror(errno));
    free_counts(fs, n);
    return 1;
  }
  fputs("# circ-sim profile: 'function NAME IR-BLOCKS', then 'IR-BLOCK "
        "ENTRIES' for each IR block the code has\n",
        out);
  for (size_t i = 0; i < n; i++)
    print_function(out, &fs[i]);
  free_counts(fs, n);
  if (fclose(out) != 0) {
    fprintf(stderr, "circ-sim: error: cannot write profile '%s': %s\n", path,
            strerror(errno));
    return 1;
  }
  return 0;
}
