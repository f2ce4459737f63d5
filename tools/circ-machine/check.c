/* check.c: the observer that turns a run into block executions and checks
 * each one's witness (check.h). One execution is open at a time: it starts
 * at a block's entry and closes when the next block is entered, whose entry
 * state is what the closing block's outputs must equal. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "iden3.h"
#include "util.h"
#include "witness.h"

typedef struct {
  const R1cs *R;
  const CheckOptions *co;
  CheckResult *res;
  int64_t cur;          /* block index of the open execution, -1: none */
  uint64_t ts;          /* RAM accesses before the open execution */
  uint64_t *in_slots, *out_slots;
  uint64_t entry[NUM_REGS]; /* registers at the open execution's entry */
  uint64_t *addr, *val;
  size_t nacc, capacc;
  uint64_t *execs;      /* per block index */
  Witness wit;
  Fe *w; /* wit.w after a fill */
  uint64_t messages;
  double seconds;
} Checker;

static double now(void) {
  struct timespec t;
  timespec_get(&t, TIME_UTC);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

void r1cs_slots(const R1cs *R, uint64_t id, uint64_t ts, const uint64_t *regs,
                uint64_t *slots) {
  for (unsigned r = 0; r < NUM_REGS; r++) {
    int s = r1cs_slot_of_reg(R->iowidth, r);
    if (s >= 0)
      slots[s] = regs[r];
  }
  slots[SLOT_BLOCK] = id;
  slots[SLOT_TS] = ts;
}

const char *r1cs_slot_name(const R1cs *R, int s, char *buf) {
  static const char *names[] = {"block", "%rp", "%sp", "%bp", "timestamp",
                                "%ap"};
  (void)R;
  if (s < NUM_RESERVED_SLOTS)
    return names[s];
  sprintf(buf, "%%r%d", s - NUM_RESERVED_SLOTS);
  return buf;
}

static void where(const R1csBlock *b, uint64_t k) {
  fprintf(stderr,
          "r1cs-check: violation: block b%llu (function %s, label %s), "
          "execution %llu: ",
          (unsigned long long)b->id, b->func, b->label, (unsigned long long)k);
}

static int say(Checker *C) {
  C->res->violations++;
  return C->messages++ < (uint64_t)C->co->max_messages;
}

static void constraint_violation(Checker *C, const R1csBlock *b, uint64_t k,
                                 uint32_t i) {
  if (!say(C))
    return;
  where(b, k);
  uint32_t pc = b->cons[i].pc;
  const Program *P = C->R->P;
  if (pc < P->ncode)
    fprintf(stderr, "constraint %u, from %s:%d: %s\n", i, P->src[pc].file,
            P->src[pc].line, P->src[pc].text);
  else
    fprintf(stderr, "constraint %u, of the builtin %s\n", i, b->func);
}

static void value_violation(Checker *C, const R1csBlock *b, uint64_t k,
                            const char *what, Fe got, uint64_t want) {
  if (!say(C))
    return;
  char buf[80];
  where(b, k);
  fprintf(stderr, "%s is %s in the witness, %llu in the run\n", what,
          fe_str(got, buf), (unsigned long long)want);
}

/* Outputs against the next block's entry, tuples against the accesses. */
static void check_boundary(Checker *C, const R1csBlock *b, uint64_t k) {
  const R1cs *R = C->R;
  char name[80], buf[32];
  for (int s = 0; s < R->nslots; s++) {
    Fe got = C->w[r1cs_out_wire(R, s)];
    if (!fe_eq(got, fe_from_u64(C->out_slots[s]))) {
      snprintf(name, sizeof name, "output slot %s", r1cs_slot_name(R, s, buf));
      value_violation(C, b, k, name, got, C->out_slots[s]);
    }
  }
  for (size_t j = 0; j < C->nacc; j++) {
    const Access *a = &b->acc[j];
    const char *kind = a->is_ram ? "RAM" : "stack";
    snprintf(name, sizeof name, "the address of %s access %zu", kind, j);
    if (!fe_eq(C->w[a->wire], fe_from_u64(C->addr[j])))
      value_violation(C, b, k, name, C->w[a->wire], C->addr[j]);
    snprintf(name, sizeof name, "the value of %s access %zu", kind, j);
    if (!fe_eq(C->w[a->wire + 1], fe_from_u64(C->val[j])))
      value_violation(C, b, k, name, C->w[a->wire + 1], C->val[j]);
  }
}

static void write_witness(Checker *C, const R1csBlock *b, uint64_t k) {
  char path[4096];
  snprintf(path, sizeof path, "%s/b%llu.%llu.wtns", C->co->wtns_dir,
           (unsigned long long)b->id, (unsigned long long)k);
  if (iden3_write_wtns(path, C->w, b->nwires))
    C->res->write_failed = 1;
}

static void check_execution(Checker *C, const R1csBlock *b, uint64_t k) {
  double t0 = now();
  if (C->nacc != (size_t)b->nstack + b->nram) {
    if (say(C)) {
      where(b, k);
      fprintf(stderr, "the run made %zu memory accesses, the instance has %u\n",
              C->nacc, b->nstack + b->nram);
    }
    return;
  }
  witness_fill(&C->wit, C->R, b, C->in_slots, C->entry, C->val);
  C->w = C->wit.w;
  for (uint32_t i = 0; (i = witness_first_violation(b, C->w, i)) < b->ncons; i++)
    constraint_violation(C, b, k, i);
  check_boundary(C, b, k);
  C->res->checked++;
  C->res->constraints += b->ncons;
  if (C->co->wtns_dir)
    write_witness(C, b, k);
  C->seconds += now() - t0;
}

static void close_execution(Checker *C, uint64_t next, const uint64_t *regs) {
  if (C->cur < 0)
    return;
  const R1csBlock *b = &C->R->blocks[C->cur];
  uint64_t k = C->execs[C->cur]++;
  if (k == 0)
    C->res->blocks++;
  C->res->executions++;
  r1cs_slots(C->R, next, C->ts + b->nram, regs, C->out_slots);
  if (!C->co->sample || k < C->co->sample)
    check_execution(C, b, k);
  C->ts += b->nram;
  C->cur = -1;
}

static void on_block(void *ctx, uint64_t id, const uint64_t *regs) {
  Checker *C = ctx;
  close_execution(C, id, regs);
  C->cur = r1cs_block_of(C->R, id);
  if (C->cur < 0) {
    fprintf(stderr, "circ-r1cs: internal error: the run entered instruction "
                    "%llu, which starts no block\n", (unsigned long long)id);
    exit(70);
  }
  r1cs_slots(C->R, id, C->ts, regs, C->in_slots);
  memcpy(C->entry, regs, sizeof C->entry);
  C->nacc = 0;
}

static void on_access(void *ctx, uint64_t addr, uint64_t value) {
  Checker *C = ctx;
  if (C->nacc == C->capacc) {
    C->capacc = C->capacc ? 2 * C->capacc : 64;
    C->addr = xrealloc(C->addr, C->capacc * sizeof *C->addr);
    C->val = xrealloc(C->val, C->capacc * sizeof *C->val);
  }
  C->addr[C->nacc] = addr;
  C->val[C->nacc++] = value;
}

static void on_end(void *ctx, const uint64_t *regs) {
  close_execution(ctx, SENTINEL_RETURN, regs);
}

/* A block's executions are padded to a power of two with all-zero rows
 * (valid = 0); the instance must accept that witness too. */
static void check_padding(Checker *C) {
  for (size_t i = 0; i < C->R->nblocks; i++) {
    const R1csBlock *b = &C->R->blocks[i];
    if (!C->execs[i])
      continue;
    Fe *w = xcalloc(b->nwires, sizeof *w);
    w[WIRE_ONE] = FE_ONE;
    uint32_t k = witness_first_violation(b, w, 0);
    free(w);
    if (k < b->ncons && say(C))
      fprintf(stderr,
              "r1cs-check: violation: block b%llu (function %s, label %s): "
              "the padding witness (valid = 0, every other wire 0) violates "
              "constraint %u\n",
              (unsigned long long)b->id, b->func, b->label, k);
  }
}

static void checker_free(Checker *C) {
  free(C->in_slots);
  free(C->out_slots);
  free(C->execs);
  witness_free(&C->wit);
  free(C->addr);
  free(C->val);
}

int r1cs_check_run(const R1cs *R, const ExecOptions *eo, const CheckOptions *co,
                   CheckResult *res) {
  /* On the heap: a longjmp back here must see what execute() changed. */
  Checker *C = xcalloc(1, sizeof *C);
  memset(res, 0, sizeof *res);
  C->R = R;
  C->co = co;
  C->res = res;
  C->cur = -1;
  C->in_slots = xcalloc((size_t)R->nslots, sizeof *C->in_slots);
  C->out_slots = xcalloc((size_t)R->nslots, sizeof *C->out_slots);
  C->execs = xcalloc(R->nblocks, sizeof *C->execs);
  ExecObserver obs = {C, on_block, on_access, on_end};
  ExecOptions opt = *eo;
  opt.observer = &obs;
  /* A caller that takes faults back (eo->fault_jump) gets them after the
   * checker's buffers are freed. */
  jmp_buf on_fault;
  if (eo->fault_jump) {
    opt.fault_jump = &on_fault;
    if (setjmp(on_fault)) {
      checker_free(C);
      free(C);
      longjmp(*eo->fault_jump, 1);
    }
  }
  Stats st;
  int code = execute(R->P, &opt, &st);
  check_padding(C);
  res->seconds = C->seconds;
  checker_free(C);
  free(C);
  return code;
}
