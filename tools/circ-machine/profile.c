/* profile.c: writes circ-sim --profile files. An IR block that became
 * several machine blocks is entered through the most frequent of them, so
 * its count is their maximum; the machine blocks' own counts follow, in
 * the order of the code, since their shares are what a static estimate
 * gets wrong (an `&&` that selection splits in two). Every IR block the
 * program has is listed, 0 when it never ran; one it does not have (code
 * generation merged it away) is not, since its count is unknown rather
 * than 0. */
#include "profile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The counts of one IR block's machine blocks, in the order of the code. */
typedef struct {
  uint64_t *counts;
  size_t n, cap;
} Parts;

typedef struct {
  const char *name;
  int nirblocks;
  Parts *parts; /* by IR block */
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
  f->parts = xcalloc((size_t)si->nirblocks, sizeof *f->parts);
  return f;
}

static void add_part(Parts *p, uint64_t count) {
  VEC_RESERVE(p->counts, p->cap, p->n + 1);
  p->counts[p->n++] = count;
}

static void print_function(FILE *out, const FuncCounts *f) {
  fprintf(out, "function %s %d\n", f->name, f->nirblocks);
  for (int k = 0; k < f->nirblocks; k++) {
    const Parts *p = &f->parts[k];
    if (!p->n)
      continue;
    uint64_t entries = 0; /* through its most frequent machine block */
    for (size_t i = 0; i < p->n; i++)
      entries = p->counts[i] > entries ? p->counts[i] : entries;
    fprintf(out, "%d %llu", k, (unsigned long long)entries);
    for (size_t i = 0; p->n > 1 && i < p->n; i++)
      fprintf(out, " %llu", (unsigned long long)p->counts[i]);
    fputc('\n', out);
  }
}

static void free_counts(FuncCounts *fs, size_t n) {
  for (size_t i = 0; i < n; i++) {
    for (int k = 0; k < fs[i].nirblocks; k++)
      free(fs[i].parts[k].counts);
    free(fs[i].parts);
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
    add_part(&f->parts[si->irblock], block_execs[pc]);
  }
  FILE *out = fopen(path, "w");
  if (!out) {
    fprintf(stderr, "circ-sim: error: cannot write profile '%s': %s\n", path,
            strerror(errno));
    free_counts(fs, n);
    return 1;
  }
  fputs("# circ-sim profile: 'function NAME IR-BLOCKS', then 'IR-BLOCK "
        "ENTRIES' for each IR block the code has (with the entries of each "
        "of its machine blocks after, if it has several)\n",
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
