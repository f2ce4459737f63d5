/* costprofile.c: the calling-context tree of a run and what it writes.
 *
 * A context is a function reached by a chain of calls from main; its
 * children are the functions it called and, as leaves, its blocks. The
 * interpreter keeps the context of every call depth, so that a return (also
 * a non-local one, which leaves several frames at once) only looks one up.
 * A block of another function than its context's (a tail call, a builtin)
 * gets a context of its own under it. Children are found through one hash
 * table keyed by (parent, function or block). */
#include "costprofile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "flamegraph.h"
#include "util.h"

#define NO_FUNC UINT32_MAX

typedef struct {
  const char *name;
  uint32_t parent;
  uint32_t func;  /* function index; NO_FUNC for the root and the leaves */
  int64_t block;  /* block index for a leaf, else -1 */
  uint64_t execs; /* leaves: executions and instructions */
  uint64_t insns;
} Context;

struct CostProfile {
  const R1cs *R;
  Context *ctx;
  size_t nctx, capctx;
  uint64_t *hkey; /* (parent << 32 | child key) + 1; 0 is empty */
  uint32_t *hval;
  size_t hcap, hused;
  uint32_t *at_depth; /* the context running at each call depth - 1 */
  size_t capdepth;
  uint64_t depth;
  const char **funcs; /* function names, by index */
  size_t nfuncs, capfuncs;
  uint32_t *func_of_block;
  const char **leaf_name; /* per block: its label, "+k" past the label */
  char **leaf_owned;      /* the names made for the "+k" ones */
  uint32_t leaf;     /* the running block's leaf (0: none yet) */
  uint64_t leaf_start;
};

static uint32_t intern_func(CostProfile *cp, const char *name) {
  for (size_t i = cp->nfuncs; i-- > 0;)
    if (cp->funcs[i] == name || strcmp(cp->funcs[i], name) == 0)
      return (uint32_t)i;
  VEC_RESERVE(cp->funcs, cp->capfuncs, cp->nfuncs + 1);
  cp->funcs[cp->nfuncs] = name;
  return (uint32_t)cp->nfuncs++;
}

static size_t hash_slot(const CostProfile *cp, uint64_t key) {
  uint64_t h = key * UINT64_C(0x9e3779b97f4a7c15);
  return (size_t)(h >> 20) & (cp->hcap - 1);
}

static void hash_insert(CostProfile *cp, uint64_t key, uint32_t val) {
  size_t i = hash_slot(cp, key);
  while (cp->hkey[i])
    i = (i + 1) & (cp->hcap - 1);
  cp->hkey[i] = key;
  cp->hval[i] = val;
  cp->hused++;
}

static void hash_grow(CostProfile *cp) {
  uint64_t *keys = cp->hkey;
  uint32_t *vals = cp->hval;
  size_t old = cp->hcap;
  cp->hcap = old ? 2 * old : 1024;
  cp->hkey = xcalloc(cp->hcap, sizeof *cp->hkey);
  cp->hval = xcalloc(cp->hcap, sizeof *cp->hval);
  cp->hused = 0;
  for (size_t i = 0; i < old; i++)
    if (keys[i])
      hash_insert(cp, keys[i], vals[i]);
  free(keys);
  free(vals);
}

/* The child of parent for function f (key f) or block b (key nfuncs + b);
 * functions are only interned before the run, so keys stay apart. */
static uint32_t child(CostProfile *cp, uint32_t parent, uint32_t func,
                      int64_t block) {
  uint64_t ckey = block >= 0 ? cp->nfuncs + (uint64_t)block : func;
  uint64_t key = ((uint64_t)parent << 32 | ckey) + 1;
  for (size_t i = cp->hcap ? hash_slot(cp, key) : 0; cp->hcap && cp->hkey[i];
       i = (i + 1) & (cp->hcap - 1))
    if (cp->hkey[i] == key)
      return cp->hval[i];
  if (2 * (cp->hused + 1) > cp->hcap)
    hash_grow(cp);
  VEC_RESERVE(cp->ctx, cp->capctx, cp->nctx + 1);
  Context *c = &cp->ctx[cp->nctx];
  memset(c, 0, sizeof *c);
  c->parent = parent;
  c->func = block >= 0 ? NO_FUNC : func;
  c->block = block;
  c->name = block >= 0 ? cp->leaf_name[block] : cp->funcs[func];
  hash_insert(cp, key, (uint32_t)cp->nctx);
  return (uint32_t)cp->nctx++;
}

/* A block's leaf name if not its label: "LABEL+k" for a block that starts k
 * instructions past the label (a constraint block after a branch). */
static char *leaf_name_of(const Program *P, const R1csBlock *b) {
  size_t first = b->first;
  if (b->id >= P->ncode) /* a builtin */
    return NULL;
  while (first > 0 && P->src[first - 1].block == P->src[b->first].block)
    first--;
  if (first == b->first)
    return NULL;
  char buf[32];
  int n = snprintf(buf, sizeof buf, "+%zu", (size_t)b->first - first);
  size_t len = strlen(b->label);
  char *s = xmalloc(len + (size_t)n + 1);
  memcpy(s, b->label, len);
  memcpy(s + len, buf, (size_t)n + 1);
  return s;
}

static uint32_t func_of_pc(CostProfile *cp, uint64_t pc) {
  int64_t bi = r1cs_block_of(cp->R, pc);
  return bi >= 0 ? cp->func_of_block[bi] : intern_func(cp, cp->R->P->src[pc].func);
}

CostProfile *cost_profile_new(const R1cs *R) {
  CostProfile *cp = xcalloc(1, sizeof *cp);
  cp->R = R;
  cp->func_of_block = xcalloc(R->nblocks + 1, sizeof *cp->func_of_block);
  cp->leaf_name = xcalloc(R->nblocks + 1, sizeof *cp->leaf_name);
  cp->leaf_owned = xcalloc(R->nblocks + 1, sizeof *cp->leaf_owned);
  for (size_t i = 0; i < R->nblocks; i++) {
    cp->func_of_block[i] = intern_func(cp, R->blocks[i].func);
    cp->leaf_owned[i] = leaf_name_of(R->P, &R->blocks[i]);
    cp->leaf_name[i] =
        cp->leaf_owned[i] ? cp->leaf_owned[i] : R->blocks[i].label;
  }
  /* Every name a call can reach is interned now: the child keys of blocks
   * start after the last function. */
  for (size_t pc = 0; pc < R->P->ncode; pc++)
    if (pc == 0 || R->P->src[pc].func != R->P->src[pc - 1].func)
      intern_func(cp, R->P->src[pc].func);
  VEC_RESERVE(cp->ctx, cp->capctx, 1);
  memset(&cp->ctx[0], 0, sizeof cp->ctx[0]);
  cp->ctx[0].name = "all";
  cp->ctx[0].func = NO_FUNC;
  cp->ctx[0].block = -1;
  cp->nctx = 1;
  VEC_RESERVE(cp->at_depth, cp->capdepth, 1);
  cp->at_depth[0] = child(cp, 0, func_of_pc(cp, R->P->main_pc), -1);
  cp->depth = 1;
  return cp;
}

void cost_profile_free(CostProfile *cp) {
  if (!cp)
    return;
  for (size_t i = 0; i < cp->R->nblocks; i++)
    free(cp->leaf_owned[i]);
  free(cp->leaf_owned);
  free(cp->ctx);
  free(cp->hkey);
  free(cp->hval);
  free(cp->at_depth);
  free(cp->funcs);
  free(cp->func_of_block);
  free(cp->leaf_name);
  free(cp);
}

static void close_leaf(CostProfile *cp, uint64_t now) {
  if (!cp->leaf)
    return;
  cp->ctx[cp->leaf].insns += now - cp->leaf_start;
}

void cost_profile_block(CostProfile *cp, uint64_t id, uint64_t before) {
  close_leaf(cp, before);
  cp->leaf = 0;
  int64_t bi = r1cs_block_of(cp->R, id);
  if (bi < 0)
    return;
  uint32_t ctx = cp->at_depth[cp->depth - 1];
  uint32_t f = cp->func_of_block[bi];
  if (cp->ctx[ctx].func != f)
    ctx = child(cp, ctx, f, -1);
  cp->leaf = child(cp, ctx, NO_FUNC, bi);
  cp->ctx[cp->leaf].execs++;
  cp->leaf_start = before;
}

void cost_profile_call(CostProfile *cp, uint64_t depth, uint64_t callee) {
  VEC_RESERVE(cp->at_depth, cp->capdepth, depth);
  uint32_t caller = cp->at_depth[depth - 2];
  cp->at_depth[depth - 1] = child(cp, caller, func_of_pc(cp, callee), -1);
  cp->depth = depth;
}

void cost_profile_return(CostProfile *cp, uint64_t depth) {
  if (depth >= 1)
    cp->depth = depth;
}

void cost_profile_end(CostProfile *cp, uint64_t instructions) {
  close_leaf(cp, instructions);
  cp->leaf = 0;
}

int profile_metric_parse(const char *name, ProfileMetric *out) {
  static const char *const names[] = {"cost", "constraints", "instructions",
                                      "executions"};
  for (int i = 0; i < 4; i++)
    if (strcmp(name, names[i]) == 0) {
      *out = (ProfileMetric)i;
      return 1;
    }
  return 0;
}

static const char *metric_unit(ProfileMetric m) {
  switch (m) {
  case PM_COST: return "prover cost";
  case PM_CONSTRAINTS: return "constraints";
  case PM_INSTRUCTIONS: return "instructions";
  case PM_EXECUTIONS: return "block executions";
  }
  return "?";
}

/* What a leaf counts for the metric. */
static uint64_t leaf_value(const CostProfile *cp, const Context *c,
                           ProfileMetric m) {
  const R1csBlock *b = &cp->R->blocks[c->block];
  switch (m) {
  case PM_COST: return c->execs * block_execution_cost(cp->R, b);
  case PM_CONSTRAINTS: return c->execs * b->ncons;
  case PM_INSTRUCTIONS: return c->insns;
  case PM_EXECUTIONS: return c->execs;
  }
  return 0;
}

/* One line per leaf that counts: its path from main down, names joined by
 * ';' (gathered leaf first into path, as deep as the recursion went). */
static void write_folded(FILE *out, const CostProfile *cp, ProfileMetric m) {
  uint32_t *path = NULL;
  size_t cap = 0;
  for (size_t i = 1; i < cp->nctx; i++) {
    const Context *c = &cp->ctx[i];
    uint64_t v = c->block >= 0 ? leaf_value(cp, c, m) : 0;
    if (!v)
      continue;
    size_t n = 0;
    for (uint32_t k = (uint32_t)i; k != 0; k = cp->ctx[k].parent) {
      VEC_RESERVE(path, cap, n + 1);
      path[n++] = k;
    }
    while (n-- > 0)
      fprintf(out, "%s%c", cp->ctx[path[n]].name, n ? ';' : ' ');
    fprintf(out, "%llu\n", (unsigned long long)v);
  }
  free(path);
}

static void write_svg(FILE *out, const CostProfile *cp, ProfileMetric m) {
  FlameFrame *fr = xcalloc(cp->nctx, sizeof *fr);
  for (size_t i = 0; i < cp->nctx; i++) {
    const Context *c = &cp->ctx[i];
    fr[i].name = c->name;
    fr[i].parent = c->parent;
    fr[i].self = c->block >= 0 ? leaf_value(cp, c, m) : 0;
    fr[i].block = c->block >= 0;
  }
  char title[64];
  snprintf(title, sizeof title, "circ-sim cost profile: %s%s", metric_unit(m),
           m == PM_COST ? " before padding" : "");
  flamegraph_write(out, fr, cp->nctx, title, metric_unit(m));
  free(fr);
}

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

void cost_profile_print(const CostProfile *cp, FILE *out, ProfileMetric metric,
                        int svg) {
  if (svg)
    write_svg(out, cp, metric);
  else
    write_folded(out, cp, metric);
}

int cost_profile_write(const CostProfile *cp, const char *path,
                       ProfileMetric metric) {
  FILE *out = fopen(path, "w");
  if (!out) {
    fprintf(stderr, "circ-sim: error: cannot write cost profile '%s': %s\n",
            path, strerror(errno));
    return 1;
  }
  cost_profile_print(cp, out, metric, ends_with(path, ".svg"));
  if (fclose(out) != 0) {
    fprintf(stderr, "circ-sim: error: cannot write cost profile '%s': %s\n",
            path, strerror(errno));
    return 1;
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* The table                                                           */

/* Blocks in the table; the folded stacks have all of them. */
#define TABLE_BLOCKS 20

typedef struct {
  const char *func, *block; /* block NULL: a function's row */
  uint64_t execs, insns, constraints, cost;
} TableRow;

static int by_cost(const void *a, const void *b) {
  const TableRow *x = a, *y = b;
  if (x->cost != y->cost)
    return x->cost < y->cost ? 1 : -1;
  int c = strcmp(x->func, y->func);
  if (c || !x->block)
    return c;
  return strcmp(x->block, y->block);
}

/* One row per block that ran (rows[0..nblocks)), then one per function
 * (rows[nblocks..)), with their sums. Returns the rows; *nb, *nf. */
static TableRow *table_rows(const CostProfile *cp, size_t *nb, size_t *nf) {
  const R1cs *R = cp->R;
  /* A block's counts are its leaves' in every context. */
  uint64_t *execs = xcalloc(R->nblocks + 1, sizeof *execs);
  uint64_t *insns = xcalloc(R->nblocks + 1, sizeof *insns);
  for (size_t i = 1; i < cp->nctx; i++)
    if (cp->ctx[i].block >= 0) {
      execs[cp->ctx[i].block] += cp->ctx[i].execs;
      insns[cp->ctx[i].block] += cp->ctx[i].insns;
    }
  TableRow *rows = xcalloc(R->nblocks + cp->nfuncs + 1, sizeof *rows);
  TableRow *funcs = rows + R->nblocks;
  size_t n = 0;
  for (size_t f = 0; f < cp->nfuncs; f++)
    funcs[f].func = cp->funcs[f];
  for (size_t i = 0; i < R->nblocks; i++) {
    if (!execs[i])
      continue;
    const R1csBlock *b = &R->blocks[i];
    TableRow r = {R->blocks[i].func, cp->leaf_name[i], execs[i],
                  insns[i], execs[i] * b->ncons,
                  execs[i] * block_execution_cost(R, b)};
    TableRow *f = &funcs[cp->func_of_block[i]];
    f->execs += r.execs;
    f->insns += r.insns;
    f->constraints += r.constraints;
    f->cost += r.cost;
    rows[n++] = r;
  }
  free(execs);
  free(insns);
  /* The functions that ran move down to follow the blocks. */
  size_t m = 0;
  for (size_t f = 0; f < cp->nfuncs; f++)
    if (funcs[f].execs)
      rows[n + m++] = funcs[f];
  *nb = n;
  *nf = m;
  return rows;
}

static double share_of(uint64_t part, uint64_t total) {
  return total ? 100.0 * (double)part / (double)total : 0.0;
}

static void print_rows(FILE *out, const TableRow *rows, size_t n,
                       uint64_t total) {
  for (size_t i = 0; i < n; i++) {
    const TableRow *r = &rows[i];
    fprintf(out, "  %-24s %-14s %12llu %12llu %14llu %14llu %6.1f%%\n",
            r->func, r->block ? r->block : "", (unsigned long long)r->execs,
            (unsigned long long)r->insns, (unsigned long long)r->constraints,
            (unsigned long long)r->cost, share_of(r->cost, total));
  }
}

void cost_profile_print_table(const CostProfile *cp, FILE *out,
                              const Stats *st) {
  ProverCost cost;
  report_prover_cost(st, &cost);
  uint64_t total = cost.total;
  size_t nb, nf;
  TableRow *rows = table_rows(cp, &nb, &nf);
  qsort(rows, nb, sizeof *rows, by_cost);
  qsort(rows + nb, nf, sizeof *rows, by_cost);
  uint64_t charged = 0;
  for (size_t i = 0; i < nf; i++)
    charged += rows[nb + i].cost;
  fprintf(out,
          "cost profile: prover cost %llu at io width %d (shares are of it)\n"
          "  %-24s %-14s %12s %12s %14s %14s %7s\n",
          (unsigned long long)total, cp->R->iowidth, "function", "",
          "executions", "instructions", "constraints", "prover cost", "share");
  print_rows(out, rows + nb, nf, total);
  uint64_t rest = total > charged ? total - charged : 0;
  fprintf(out, "  %-24s %-14s %12s %12s %14s %14llu %6.1f%%\n",
          "(padding, initial RAM)", "", "", "", "", (unsigned long long)rest,
          share_of(rest, total));
  size_t shown = nb < TABLE_BLOCKS ? nb : TABLE_BLOCKS;
  fprintf(out, "  %-24s %-14s (the %zu costliest of %zu that ran)\n",
          "function", "block", shown, nb);
  print_rows(out, rows, shown, total);
  free(rows);
}
