/* exec.c: the interpreter (docs/machine.md is the contract).
 *
 * State that the hot loop touches on every instruction (pc, counters) lives
 * in locals; the register file is an array with a two-word validity mask
 * (bit i of V[0] is %ri, bits 0..3 of V[1] are %sp %bp %rp %ap), so poisoning
 * r{W}..r63 at a block start is one AND. Everything that can fault or is
 * rare (calls, returns, stack growth, messages) is out of line. */
#include "exec.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util.h"

#define FAULT_EXIT 70
/* Simulator limits (memory of the host, not machine faults in the spec). */
#define STACK_CELL_LIMIT (UINT64_C(1) << 27)
#define CALL_DEPTH_LIMIT (UINT64_C(1) << 22)
/* Words of a shadow frame after the callee-saved values; words before a
 * jump point's frame. */
#define FRAME_CALLEE(m) (3 + (size_t)(m)->ncs)
#define FRAME_SERIAL(m) (4 + (size_t)(m)->ncs)
#define JUMP_HEAD 2

typedef struct {
  const Program *P;
  const ExecOptions *opt;
  Stats *st;

  uint64_t R[NUM_REGS];
  uint64_t V[2];

  /* write-once stack: cstate 0 = never written, 1 = value, 2 = poison */
  uint64_t *cells;
  uint8_t *cstate;
  uint64_t ccap;

  /* Shadow call stack, frames of frame_words words: return address, V[0],
   * V[1], the values of the callee-saved registers cs_regs[], the callee's
   * code address and a serial number that tells frames at one depth apart. */
  uint64_t *shadow;
  size_t shlen, shcap, frame_words;
  uint64_t depth, serial;
  /* Jump points: the frames of calls of __circ_setjmp that have returned,
   * each after the index and serial of its caller's frame (JUMP_HEAD words),
   * so that __circ_longjmp can return from that call again. */
  uint64_t *jumps;
  size_t jlen, jcap;
  uint8_t cs_regs[NUM_REGS];
  int ncs;
  uint64_t cs_mask[2]; /* the callee-saved registers as validity bits */
  uint8_t cs_slot[NUM_REGS]; /* register -> index into cs_regs */
  uint64_t clobber[2]; /* poisoned by a return: caller-saved but r0, r1 */

  unsigned char obuf[1 << 16];
  size_t olen;
  struct timespec t0;
} Machine;

/* ------------------------------------------------------------------ */
/* Output, time, messages                                              */

static void out_flush(Machine *m) {
  if (m->olen) {
    fwrite(m->obuf, 1, m->olen, stdout);
    m->olen = 0;
  }
  fflush(stdout);
}

static void out_byte(Machine *m, unsigned char c) {
  if (m->olen == sizeof m->obuf) {
    fwrite(m->obuf, 1, m->olen, stdout);
    m->olen = 0;
  }
  m->obuf[m->olen++] = c;
}

static double elapsed(const Machine *m) {
  struct timespec t1;
  timespec_get(&t1, TIME_UTC);
  return (double)(t1.tv_sec - m->t0.tv_sec) +
         (double)(t1.tv_nsec - m->t0.tv_nsec) * 1e-9;
}

static const char *reg_name(unsigned r) {
  static char buf[8];
  switch (r) {
  case REG_SP: return "%sp";
  case REG_BP: return "%bp";
  case REG_RP: return "%rp";
  case REG_AP: return "%ap";
  }
  snprintf(buf, sizeof buf, "%%r%u", r);
  return buf;
}

static void machine_free(Machine *m) {
  free(m->cells);
  free(m->cstate);
  free(m->shadow);
  free(m->jumps);
  free(m);
}

static NORETURN void fault(Machine *m, uint64_t pc, const char *fmt, ...) {
  va_list ap;
  const SrcInfo *si = &m->P->src[pc];
  out_flush(m);
  fputs("circ-sim: fault: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\n  at %s:%d: %s\n  in function %s, block %s\n", si->file,
          si->line, si->text, si->func, si->block);
  if (m->opt->report) {
    m->st->seconds = elapsed(m);
    report_print(stderr, m->st);
  }
  fflush(stderr);
  if (m->opt->at_fault)
    m->opt->at_fault(m->opt->at_fault_ctx, m->st);
  if (m->opt->fault_jump) {
    jmp_buf *to = m->opt->fault_jump;
    machine_free(m);
    longjmp(*to, 1);
  }
  exit(FAULT_EXIT);
}

#define VALID(m, r) (((m)->V[(r) >> 6] >> ((r) & 63)) & 1)

static NORETURN void poisoned_reg(Machine *m, uint64_t pc, unsigned r,
                                  const char *why) {
  fault(m, pc, "read of poisoned register %s%s", reg_name(r), why);
}

/* Finds which register the faulting instruction read while poisoned; the
 * order is the operand order of the instruction. */
static NORETURN void poison_fault(Machine *m, uint64_t pc) {
  const Insn *in = &m->P->code[pc];
  unsigned regs[2];
  int n = 0;
  switch (in->op) {
  case OP_SEL:
    regs[n++] = in->rc;
    regs[n++] = m->R[in->rc] ? in->ra : in->rb;
    break;
  case OP_ST8: case OP_ST16: case OP_ST32: case OP_ST64:
    regs[n++] = in->rb;
    regs[n++] = in->ra;
    break;
  case OP_BNZ: case OP_BZ:
    regs[n++] = in->rc;
    break;
  case OP_RET:
    regs[n++] = REG_RP;
    break;
  case OP_PUSH: case OP_FRAME:
    regs[n++] = REG_SP;
    break;
  case OP_LDF: case OP_POPF:
    regs[n++] = REG_BP;
    break;
  default:
    regs[n++] = in->ra;
    if (in->op < OP_MOV && !(in->op & 1)) /* register form of a binop */
      regs[n++] = in->rb;
  }
  for (int i = 0; i < n; i++)
    if (!VALID(m, regs[i]))
      poisoned_reg(m, pc, regs[i], "");
  fault(m, pc, "read of poisoned register");
}

/* The step limit is reached. The guard after the last instruction is not an
 * instruction, so arriving there is reported as running past the end. */
static NORETURN void limit_fault(Machine *m, uint64_t pc, uint64_t limit) {
  if (m->P->code[pc].op == OP_END)
    fault(m, pc - 1, "execution ran past the last instruction");
  fault(m, pc, "instruction limit of %llu exceeded (--max-steps)",
        (unsigned long long)limit);
}

static const char *fmt_val(char *buf, size_t n, int valid, uint64_t v) {
  if (!valid)
    return "poison";
  snprintf(buf, n, "%lld", (long long)v);
  return buf;
}

static const char *fmt_addr(char *buf, size_t n, uint64_t a) {
  if (a == SENTINEL_RETURN)
    return "the sentinel (main's return address)";
  snprintf(buf, n, "%llu", (unsigned long long)a);
  return buf;
}

/* ------------------------------------------------------------------ */
/* Write-once stack                                                    */

static void stack_grow(Machine *m, uint64_t pc, uint64_t idx) {
  if (idx >= STACK_CELL_LIMIT)
    fault(m, pc,
          "write-once stack cell %llu is beyond the simulator's limit of %llu "
          "cells",
          (unsigned long long)idx, (unsigned long long)STACK_CELL_LIMIT);
  uint64_t cap = m->ccap ? m->ccap : 4096;
  while (cap <= idx)
    cap *= 2;
  if (cap > STACK_CELL_LIMIT)
    cap = STACK_CELL_LIMIT;
  m->cells = xrealloc(m->cells, (size_t)cap * sizeof *m->cells);
  m->cstate = xrealloc(m->cstate, (size_t)cap);
  memset(m->cstate + m->ccap, 0, (size_t)(cap - m->ccap));
  m->ccap = cap;
}

/* ------------------------------------------------------------------ */
/* Calls and returns                                                   */

static inline unsigned ctz64(uint64_t x) {
#if defined(__GNUC__)
  return (unsigned)__builtin_ctzll(x);
#else
  unsigned n = 0;
  while (!(x & 1)) {
    x >>= 1;
    n++;
  }
  return n;
#endif
}

/* Only the callee-saved registers that are valid at the call have values
 * worth keeping (a poisoned one must merely stay poisoned), so both the
 * snapshot and the check walk just those bits: typical code has few. */
static void shadow_push(Machine *m, uint64_t pc, uint64_t ret,
                        uint64_t callee) {
  if (m->depth >= CALL_DEPTH_LIMIT)
    fault(m, pc, "call depth exceeds the simulator's limit of %llu",
          (unsigned long long)CALL_DEPTH_LIMIT);
  VEC_RESERVE(m->shadow, m->shcap, m->shlen + m->frame_words);
  uint64_t *f = m->shadow + m->shlen;
  f[0] = ret;
  f[1] = m->V[0];
  f[2] = m->V[1];
  for (int w = 0; w < 2; w++)
    for (uint64_t bits = m->V[w] & m->cs_mask[w]; bits; bits &= bits - 1) {
      unsigned r = 64 * (unsigned)w + ctz64(bits);
      f[3 + m->cs_slot[r]] = m->R[r];
    }
  f[FRAME_CALLEE(m)] = callee;
  f[FRAME_SERIAL(m)] = m->serial++;
  m->shlen += m->frame_words;
  m->depth++;
}

static uint64_t *shadow_frame(Machine *m, size_t index) {
  return m->shadow + index * m->frame_words;
}

/* Whether the function whose entry frame is at index k is still running as
 * the same activation as when serial was taken. */
static int frame_alive(Machine *m, uint64_t k, uint64_t serial) {
  return k < m->depth && shadow_frame(m, k)[FRAME_SERIAL(m)] == serial;
}

/* After a call of __circ_setjmp has been pushed: keep its frame as a jump
 * point. Points whose caller has returned, and an older point of the same
 * call site in the same activation, are dropped first. */
static void record_jump_point(Machine *m) {
  size_t words = JUMP_HEAD + m->frame_words, keep = 0;
  uint64_t caller = m->depth - 2;
  uint64_t cserial = shadow_frame(m, caller)[FRAME_SERIAL(m)];
  const uint64_t *top = shadow_frame(m, m->depth - 1);
  for (size_t i = 0; i < m->jlen; i += words) {
    uint64_t *j = m->jumps + i;
    int same = j[0] == caller && j[1] == cserial && j[JUMP_HEAD] == top[0];
    if (!same && frame_alive(m, j[0], j[1]))
      memmove(m->jumps + keep++ * words, j, words * sizeof *j);
  }
  m->jlen = keep * words;
  VEC_RESERVE(m->jumps, m->jcap, m->jlen + words);
  uint64_t *j = m->jumps + m->jlen;
  j[0] = caller;
  j[1] = cserial;
  memcpy(j + JUMP_HEAD, top, m->frame_words * sizeof *top);
  m->jlen += words;
}

/* A return from __circ_longjmp to t that is not its own caller: a second
 * return from the __circ_setjmp call that returned to t in a function that
 * is still running, with %bp (the caller's frame base, already restored)
 * as it was at that call. The calls in between are abandoned and that
 * call's frame is back on top, for do_return to check against. */
static uint64_t *nonlocal_return(Machine *m, uint64_t pc, uint64_t t) {
  size_t words = JUMP_HEAD + m->frame_words;
  unsigned bp = m->cs_slot[REG_BP];
  for (size_t i = m->jlen; i >= words; i -= words) {
    const uint64_t *j = m->jumps + i - words, *f = j + JUMP_HEAD;
    if (f[0] != t || !frame_alive(m, j[0], j[1]) || j[0] + 2 > m->depth ||
        !VALID(m, REG_BP) || f[3 + bp] != m->R[REG_BP])
      continue;
    m->depth = j[0] + 2;
    m->shlen = m->depth * m->frame_words;
    uint64_t *top = shadow_frame(m, j[0] + 1);
    memcpy(top, f, m->frame_words * sizeof *f);
    return top;
  }
  char b[64];
  fault(m, pc,
        "__circ_longjmp returns to %s, where no __circ_setjmp called by a "
        "running function returned with this %%bp (longjmp to a function that "
        "has returned?)",
        fmt_addr(b, sizeof b, t));
  return NULL;
}

/* The checks of a return to t (docs/machine.md, "Calling convention"), then
 * the poisoning of the caller-saved registers. */
static void do_return(Machine *m, uint64_t pc, uint64_t t) {
  char b1[64], b2[64];
  uint64_t *f = m->shadow + m->shlen - m->frame_words;
  if (t != f[0] && f[FRAME_CALLEE(m)] == m->P->longjmp_pc)
    f = nonlocal_return(m, pc, t);
  if (t != f[0])
    fault(m, pc, "ret to address %s, but the call wrote %s",
          fmt_addr(b1, sizeof b1, t), fmt_addr(b2, sizeof b2, f[0]));
  /* The validity bits must match and registers valid at the call must keep
   * their value; only on a mismatch is the culprit searched for, to name
   * it. (Slots of registers poisoned at the call are stale: never read.) */
  uint64_t bad = ((f[1] ^ m->V[0]) & m->cs_mask[0]) |
                 ((f[2] ^ m->V[1]) & m->cs_mask[1]);
  for (int w = 0; w < 2; w++)
    for (uint64_t bits = f[1 + w] & m->cs_mask[w]; bits; bits &= bits - 1) {
      unsigned r = 64 * (unsigned)w + ctz64(bits);
      bad |= f[3 + m->cs_slot[r]] ^ m->R[r];
    }
  if (UNLIKELY(bad))
    for (int k = 0; k < m->ncs; k++) {
      unsigned r = m->cs_regs[k];
      int was = (int)((f[1 + (r >> 6)] >> (r & 63)) & 1);
      int now = (int)VALID(m, r);
      if (was != now || (was && f[3 + k] != m->R[r]))
        fault(m, pc,
              "callee-saved register %s differs at return from its value at "
              "the call (was %s, now %s)",
              reg_name(r), fmt_val(b1, sizeof b1, was, was ? f[3 + k] : 0),
              fmt_val(b2, sizeof b2, now, m->R[r]));
    }
  m->shlen -= m->frame_words;
  m->depth--;
  m->V[0] &= ~m->clobber[0];
  m->V[1] &= ~m->clobber[1];
}

/* __circ_putchar: the low byte of %r0 goes to standard output, or to
 * standard error when bit 8 is set (the runtime's stderr); %r0 holds the
 * byte, the caller-saved registers are clobbered as by any call. */
static void builtin_putchar(Machine *m, uint64_t pc) {
  if (!VALID(m, 0))
    poisoned_reg(m, pc, 0, " (the argument of __circ_putchar)");
  unsigned char c = (unsigned char)(m->R[0] & 0xff);
  if (m->R[0] & PUTCHAR_STDERR)
    fputc(c, stderr);
  else
    out_byte(m, c);
  m->R[0] = c;
}

static int exit_code(Machine *m, uint64_t pc, const char *what) {
  if (!VALID(m, 0))
    poisoned_reg(m, pc, 0, what);
  return (int)(m->R[0] & 0xff);
}

static void trace_insn(const Machine *m, uint64_t pc) {
  const SrcInfo *si = &m->P->src[pc];
  fprintf(stderr, "trace: %llu %s:%d: %s\n", (unsigned long long)pc, si->file,
          si->line, si->text);
}

/* ------------------------------------------------------------------ */
/* Arithmetic helpers                                                  */

static inline uint64_t mulhu(uint64_t a, uint64_t b) {
#ifdef __SIZEOF_INT128__
  __extension__ typedef unsigned __int128 u128; /* GNU C, not ISO C11 */
  return (uint64_t)(((u128)a * b) >> 64);
#else
  uint64_t al = a & 0xffffffff, ah = a >> 32, bl = b & 0xffffffff,
           bh = b >> 32;
  uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  uint64_t mid = (ll >> 32) + (lh & 0xffffffff) + (hl & 0xffffffff);
  return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
#endif
}

static inline uint64_t mulhs(uint64_t a, uint64_t b) {
  /* signed high part from the unsigned one: subtract the other operand for
   * each negative operand (mod 2^64) */
  uint64_t h = mulhu(a, b);
  if ((int64_t)a < 0)
    h -= b;
  if ((int64_t)b < 0)
    h -= a;
  return h;
}

static inline uint64_t divs(uint64_t a, uint64_t b) {
  if ((int64_t)b == -1)
    return (uint64_t)0 - a; /* INT64_MIN / -1 wraps to INT64_MIN */
  return (uint64_t)((int64_t)a / (int64_t)b);
}

static inline uint64_t rems(uint64_t a, uint64_t b) {
  if ((int64_t)b == -1)
    return 0;
  return (uint64_t)((int64_t)a % (int64_t)b);
}

static inline uint64_t sra(uint64_t a, uint64_t s) {
  s &= 63;
  return (int64_t)a < 0 ? ~(~a >> s) : a >> s;
}

static inline uint64_t rd_le(const uint8_t *p, int n) {
  uint64_t v = 0;
  for (int i = 0; i < n; i++)
    v |= (uint64_t)p[i] << (8 * i);
  return v;
}

static inline void wr_le(uint8_t *p, uint64_t v, int n) {
  for (int i = 0; i < n; i++)
    p[i] = (uint8_t)(v >> (8 * i));
}

static NORETURN void ram_fault(Machine *m, uint64_t pc, const char *kind,
                               int size, uint64_t addr) {
  fault(m, pc, "RAM %s of %d byte%s at 0x%llx is outside [0x%llx, 0x%llx)%s",
        kind, size, size == 1 ? "" : "s", (unsigned long long)addr,
        (unsigned long long)RAM_MIN, (unsigned long long)RAM_SIZE,
        addr < RAM_MIN ? " (null pointer guard)" : "");
}

/* A builtin is a block of its own for the constraint systems (the
 * simulator's counters do not count it as one, nor any instruction in it);
 * the counters are in sync. */
static inline void enter_builtin(Machine *m, uint64_t addr, int observe) {
  if (m->opt->block_execs)
    m->opt->block_execs[addr]++;
  if (m->opt->cost_profile)
    cost_profile_block(m->opt->cost_profile, addr, m->st->instructions);
  if (observe)
    m->opt->observer->block(m->opt->observer->ctx, addr, m->R);
}

/* ------------------------------------------------------------------ */
/* The loop                                                            */

#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

static ALWAYS_INLINE int run(Machine *m, const int trace, const int observe,
                             const int profile) {
  const Program *P = m->P;
  const Insn *const code = P->code;
  const uint64_t n = P->ncode;
  uint64_t *const R = m->R;
  uint64_t *const V = m->V;
  uint8_t *const ram = P->ram;
  Stats *const st = m->st;
  const uint64_t wmask =
      m->opt->iowidth >= 64 ? ~UINT64_C(0)
                            : (UINT64_C(1) << m->opt->iowidth) - 1;
  const uint64_t limit = m->opt->max_steps ? m->opt->max_steps : UINT64_MAX;
  const ExecObserver *const obs = m->opt->observer;
  uint64_t *const bexec = m->opt->block_execs;
  CostProfile *const cprof = m->opt->cost_profile;
  uint64_t pc = P->main_pc, t = 0;
  uint64_t icount = 0, blocks = 0, calls = 0, pushes = 0, pops = 0,
           sreads = 0, rwrites = 0, rreads = 0;

#define SYNC()                                                                 \
  (st->instructions = icount, st->blocks = blocks, st->calls = calls,          \
   st->pushes = pushes, st->pops = pops, st->stack_reads = sreads,             \
   st->ram_writes = rwrites, st->ram_reads = rreads)
#define VB(r) ((V[(r) >> 6] >> ((r) & 63)) & 1)
#define SETV(r) (V[(r) >> 6] |= UINT64_C(1) << ((r) & 63))
#define PUTV(r, b)                                                             \
  (V[(r) >> 6] = (V[(r) >> 6] & ~(UINT64_C(1) << ((r) & 63))) |              \
                 ((uint64_t)(b) << ((r) & 63)))
#define FAULT(...)                                                             \
  do {                                                                         \
    SYNC();                                                                    \
    fault(m, pc, __VA_ARGS__);                                                 \
  } while (0)
#define POISONED()                                                             \
  do {                                                                         \
    SYNC();                                                                    \
    poison_fault(m, pc);                                                       \
  } while (0)
/* not do-while(0): `continue` must reach the dispatch loop */
#define NEXT                                                                   \
  {                                                                            \
    pc++;                                                                      \
    continue;                                                                  \
  }

  for (;;) {
    const Insn *in = &code[pc];
    if (UNLIKELY(icount >= limit)) {
      /* (a fall-through test here would slow the whole loop down) */
      SYNC();
      limit_fault(m, pc, limit);
    }
    if (trace)
      trace_insn(m, pc);
    icount++;
    if (in->block_start) {
      if (in->block_start & BS_MACHINE) {
        blocks++;
        V[0] &= wmask;
      }
      if (bexec)
        bexec[pc]++;
      if (profile)
        cost_profile_block(cprof, pc, icount - 1);
      if (observe)
        obs->block(obs->ctx, pc, R);
    }
    switch (in->op) {
#define BINOP(N, EXPR)                                                         \
  case OP_##N: {                                                               \
    unsigned ra_ = in->ra, rb_ = in->rb;                                       \
    if (UNLIKELY(!(VB(ra_) & VB(rb_))))                                        \
      POISONED();                                                              \
    uint64_t a = R[ra_], b = R[rb_], r;                                        \
    EXPR;                                                                      \
    R[in->rd] = r;                                                             \
    SETV(in->rd);                                                              \
    NEXT;                                                                      \
  }                                                                            \
  case OP_##N##I: {                                                            \
    unsigned ra_ = in->ra;                                                     \
    if (UNLIKELY(!VB(ra_)))                                                    \
      POISONED();                                                              \
    uint64_t a = R[ra_], b = (uint64_t)in->imm, r;                             \
    EXPR;                                                                      \
    R[in->rd] = r;                                                             \
    SETV(in->rd);                                                              \
    NEXT;                                                                      \
  }
#define DIVCHECK                                                               \
  if (UNLIKELY(b == 0))                                                        \
  FAULT("division by zero")
      BINOP(ADD, r = a + b)
      BINOP(SUB, r = a - b)
      BINOP(MUL, r = a * b)
      BINOP(MULHS, r = mulhs(a, b))
      BINOP(MULHU, r = mulhu(a, b))
      BINOP(DIVS, DIVCHECK; r = divs(a, b))
      BINOP(DIVU, DIVCHECK; r = a / b)
      BINOP(REMS, DIVCHECK; r = rems(a, b))
      BINOP(REMU, DIVCHECK; r = a % b)
      BINOP(AND, r = a & b)
      BINOP(OR, r = a | b)
      BINOP(XOR, r = a ^ b)
      BINOP(SHL, r = a << (b & 63))
      BINOP(SHR, r = a >> (b & 63))
      BINOP(SRA, r = sra(a, b))
      BINOP(SEQ, r = a == b)
      BINOP(SNE, r = a != b)
      BINOP(SLT, r = (int64_t)a < (int64_t)b)
      BINOP(SLE, r = (int64_t)a <= (int64_t)b)
      BINOP(SGT, r = (int64_t)a > (int64_t)b)
      BINOP(SGE, r = (int64_t)a >= (int64_t)b)
      BINOP(SLTU, r = a < b)
      BINOP(SLEU, r = a <= b)
      BINOP(SGTU, r = a > b)
      BINOP(SGEU, r = a >= b)
#undef BINOP

    case OP_MOV: {
      unsigned ra_ = in->ra, rd_ = in->rd;
      uint64_t vb = VB(ra_);
      R[rd_] = R[ra_];
      PUTV(rd_, vb);
      NEXT;
    }
    case OP_LI:
      R[in->rd] = (uint64_t)in->imm;
      SETV(in->rd);
      NEXT;
    case OP_SEL: {
      unsigned rc_ = in->rc;
      if (UNLIKELY(!VB(rc_)))
        POISONED();
      unsigned src = R[rc_] ? in->ra : in->rb;
      if (UNLIKELY(!VB(src)))
        POISONED();
      R[in->rd] = R[src];
      SETV(in->rd);
      NEXT;
    }

#define LOAD(N, SIZE, EXPR)                                                    \
  case OP_##N: {                                                               \
    unsigned ra_ = in->ra;                                                     \
    if (UNLIKELY(!VB(ra_)))                                                    \
      POISONED();                                                              \
    uint64_t addr = R[ra_] + (uint64_t)in->imm;                                \
    if (UNLIKELY(addr - RAM_MIN > RAM_SIZE - RAM_MIN - (SIZE))) {              \
      SYNC();                                                                  \
      ram_fault(m, pc, "load", SIZE, addr);                                    \
    }                                                                          \
    uint64_t v = rd_le(ram + addr, SIZE);                                      \
    if (observe)                                                               \
      obs->access(obs->ctx, addr, v);                                          \
    R[in->rd] = EXPR;                                                          \
    SETV(in->rd);                                                              \
    rreads++;                                                                  \
    NEXT;                                                                      \
  }
      LOAD(LD8U, 1, v)
      LOAD(LD8S, 1, (uint64_t)(int64_t)(int8_t)v)
      LOAD(LD16U, 2, v)
      LOAD(LD16S, 2, (uint64_t)(int64_t)(int16_t)v)
      LOAD(LD32U, 4, v)
      LOAD(LD32S, 4, (uint64_t)(int64_t)(int32_t)v)
      LOAD(LD64, 8, v)
#undef LOAD

#define STORE(N, SIZE)                                                         \
  case OP_##N: {                                                               \
    unsigned ra_ = in->ra, rb_ = in->rb;                                       \
    if (UNLIKELY(!(VB(ra_) & VB(rb_))))                                        \
      POISONED();                                                              \
    uint64_t addr = R[ra_] + (uint64_t)in->imm;                                \
    if (UNLIKELY(addr - RAM_MIN > RAM_SIZE - RAM_MIN - (SIZE))) {              \
      SYNC();                                                                  \
      ram_fault(m, pc, "store", SIZE, addr);                                   \
    }                                                                          \
    wr_le(ram + addr, R[rb_], SIZE);                                           \
    if (observe)                                                               \
      obs->access(obs->ctx, addr, SIZE == 8 ? R[rb_] : R[rb_] & ((UINT64_C(1) << (8 * (SIZE & 7))) - 1)); \
    rwrites++;                                                                 \
    NEXT;                                                                      \
  }
      STORE(ST8, 1)
      STORE(ST16, 2)
      STORE(ST32, 4)
      STORE(ST64, 8)
#undef STORE

    case OP_JMP:
      t = (uint64_t)in->imm;
      goto jump;
    case OP_BNZ:
      if (UNLIKELY(!VB(in->rc)))
        POISONED();
      if (!R[in->rc])
        NEXT;
      t = (uint64_t)in->imm;
      goto jump;
    case OP_BZ:
      if (UNLIKELY(!VB(in->rc)))
        POISONED();
      if (R[in->rc])
        NEXT;
      t = (uint64_t)in->imm;
      goto jump;

    case OP_CALL:
      t = (uint64_t)in->imm;
      goto call;
    case OP_CALLR:
      if (UNLIKELY(!VB(in->ra)))
        POISONED();
      t = R[in->ra];
      goto call;

    case OP_RET:
      if (UNLIKELY(!VB(REG_RP)))
        POISONED();
      goto ret;

    case OP_JR: /* computed goto: only to the start of a block */
      if (UNLIKELY(!VB(in->ra)))
        POISONED();
      t = R[in->ra];
      if (UNLIKELY(t >= n || !(code[t].block_start & BS_MACHINE)))
        FAULT("jr to address %llu, which does not start a block",
              (unsigned long long)t);
      goto jump;

    case OP_TRAP:
      FAULT("trap");

    case OP_PUSH: {
      if (UNLIKELY(!VB(REG_SP)))
        POISONED();
      uint64_t s = R[REG_SP];
      unsigned ra_ = in->ra;
      if (UNLIKELY(s >= m->ccap)) {
        SYNC();
        stack_grow(m, pc, s);
      }
      if (UNLIKELY(m->cstate[s]))
        FAULT("second write to stack cell %llu", (unsigned long long)s);
      m->cells[s] = R[ra_];
      m->cstate[s] = VB(ra_) ? 1 : 2;
      if (observe)
        obs->access(obs->ctx, s, R[ra_]);
      R[REG_SP] = s + 1;
      pushes++;
      NEXT;
    }
    case OP_FRAME: {
      if (UNLIKELY(!VB(REG_SP)))
        POISONED();
      uint64_t s = R[REG_SP];
      if (UNLIKELY(s >= m->ccap)) {
        SYNC();
        stack_grow(m, pc, s);
      }
      if (UNLIKELY(m->cstate[s]))
        FAULT("second write to stack cell %llu", (unsigned long long)s);
      m->cells[s] = R[REG_BP];
      m->cstate[s] = VB(REG_BP) ? 1 : 2;
      if (observe)
        obs->access(obs->ctx, s, R[REG_BP]);
      R[REG_BP] = s;
      SETV(REG_BP);
      R[REG_SP] = s + 1;
      pushes++;
      NEXT;
    }
    case OP_LDF:
    case OP_POPF: {
      if (UNLIKELY(!VB(REG_BP)))
        POISONED();
      uint64_t c = R[REG_BP] + (in->op == OP_LDF ? (uint64_t)in->imm : 0);
      if (UNLIKELY(c >= m->ccap || !m->cstate[c]))
        FAULT("read of unwritten stack cell %lld", (long long)c);
      unsigned rd_ = in->op == OP_LDF ? in->rd : REG_BP;
      if (observe)
        obs->access(obs->ctx, c, m->cells[c]);
      R[rd_] = m->cells[c];
      PUTV(rd_, m->cstate[c] == 1);
      sreads++;
      pops += in->op == OP_POPF;
      NEXT;
    }

    case OP_END:
      /* Only reachable by falling through: transfers check their target. */
      pc--;
      icount--;
      FAULT("execution ran past the last instruction");

    default:
      FAULT("internal error: bad opcode %d", in->op);
    }

    /* Control transfers land here with the target in t. */
  jump:
    if (LIKELY(t < n)) {
      pc = t;
      continue;
    }
    /* A jump to a builtin is a tail call: it returns to %rp. */
    if (t == P->putchar_addr && P->has_putchar) {
      SYNC();
      enter_builtin(m, t, observe);
      builtin_putchar(m, pc);
      if (UNLIKELY(!VB(REG_RP)))
        poisoned_reg(m, pc, REG_RP, " (return address of __circ_putchar)");
      goto ret;
    }
    if (t == P->exit_addr && P->has_exit) {
      SYNC();
      enter_builtin(m, t, observe);
      goto exit_builtin;
    }
    FAULT("jump to address %llu, which is not an instruction",
          (unsigned long long)t);

  call:
    calls++;
    if (LIKELY(t < n)) {
      SYNC();
      shadow_push(m, pc, pc + 1, t);
      if (profile)
        cost_profile_call(cprof, m->depth, t);
      if (UNLIKELY(t == P->setjmp_pc))
        record_jump_point(m);
      R[REG_RP] = pc + 1;
      SETV(REG_RP);
      pc = t;
      continue;
    }
    if (t == P->putchar_addr && P->has_putchar) {
      SYNC();
      R[REG_RP] = pc + 1; /* written by the call, clobbered by the return */
      enter_builtin(m, t, observe);
      builtin_putchar(m, pc);
      V[0] &= ~m->clobber[0];
      V[1] &= ~m->clobber[1];
      NEXT;
    }
    if (t == P->exit_addr && P->has_exit) {
      R[REG_RP] = pc + 1;
      SYNC();
      enter_builtin(m, t, observe);
      goto exit_builtin;
    }
    FAULT("call to address %llu, which is not an instruction",
          (unsigned long long)t);

  ret:
    t = R[REG_RP];
    SYNC();
    do_return(m, pc, t);
    if (profile)
      cost_profile_return(cprof, m->depth);
    if (t == SENTINEL_RETURN)
      return exit_code(m, pc, " (the exit code returned by main)");
    if (UNLIKELY(t >= n))
      FAULT("return to address %llu, which is not an instruction",
            (unsigned long long)t);
    pc = t;
    continue;

  exit_builtin:
    SYNC();
    return exit_code(m, pc, " (the argument of __circ_exit)");
  }
#undef SYNC
#undef VB
#undef SETV
#undef PUTV
#undef FAULT
#undef POISONED
#undef NEXT
}

/* The loop's instantiations: a plain run pays for nothing it is not asked. */
static int run_plain(Machine *m) { return run(m, 0, 0, 0); }
static int run_traced(Machine *m) { return run(m, 1, 0, 0); }
static int run_observed(Machine *m) { return run(m, 0, 1, 0); }
static int run_profiled(Machine *m) { return run(m, 0, 0, 1); }
static int run_traced_profiled(Machine *m) { return run(m, 1, 0, 1); }

static int run_as_asked(Machine *m, const ExecOptions *opt) {
  if (opt->observer)
    return run_observed(m);
  if (opt->cost_profile)
    return opt->trace ? run_traced_profiled(m) : run_profiled(m);
  return opt->trace ? run_traced(m) : run_plain(m);
}

int execute(const Program *P, const ExecOptions *opt, Stats *st) {
  Machine *m = xcalloc(1, sizeof *m);
  m->P = P;
  m->opt = opt;
  m->st = st;
  memset(st, 0, sizeof *st);
  st->iowidth = opt->iowidth;
  st->r1cs = opt->cost_model;
  st->block_execs = opt->block_execs;
  st->json = opt->report_json;

  /* Callee-saved: %rN with N mod 4 in {2, 3} below W, plus %bp and %ap. */
  for (int r = 0; r < opt->iowidth; r++)
    if ((r & 3) >= 2)
      m->cs_regs[m->ncs++] = (uint8_t)r;
  m->cs_regs[m->ncs++] = REG_BP;
  m->cs_regs[m->ncs++] = REG_AP;
  for (int k = 0; k < m->ncs; k++) {
    m->cs_mask[m->cs_regs[k] >> 6] |= UINT64_C(1) << (m->cs_regs[k] & 63);
    m->cs_slot[m->cs_regs[k]] = (uint8_t)k;
  }
  m->frame_words = 5 + (size_t)m->ncs;
  /* Caller-saved except %r0 and %r1, at every index (those at or above W
   * are poisoned by the return's transition anyway), plus %rp. */
  for (int r = 2; r < NUM_GPRS; r++)
    if ((r & 3) < 2)
      m->clobber[0] |= UINT64_C(1) << r;
  m->clobber[1] = UINT64_C(1) << (REG_RP - 64);

  m->R[0] = 1;         /* argc */
  m->R[1] = ARGV_BASE; /* argv */
  m->R[REG_SP] = 0;
  m->R[REG_BP] = 0;
  m->R[REG_RP] = SENTINEL_RETURN;
  m->R[REG_AP] = ARGV_BASE;
  m->V[0] = 3;   /* %r0, %r1 */
  m->V[1] = 0xf; /* the reserved registers */
  shadow_push(m, P->main_pc, SENTINEL_RETURN, P->main_pc); /* main's caller */

  timespec_get(&m->t0, TIME_UTC);
  int code = run_as_asked(m, opt);
  if (opt->cost_profile)
    cost_profile_end(opt->cost_profile, st->instructions);
  if (opt->observer)
    opt->observer->end(opt->observer->ctx, m->R);
  st->seconds = elapsed(m);
  out_flush(m);
  machine_free(m);
  return code;
}
