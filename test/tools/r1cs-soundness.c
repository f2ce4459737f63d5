/* r1cs-soundness.c: a test of every gadget in both directions.
 *
 * Each instruction form is encoded alone in a block at io width 16 (so its
 * destination %r8 is an output slot), or as the builtin __circ_putchar's
 * block. For special operand pairs (INT64_MIN and -1, mixed signs), edge
 * values and random ones it builds the honest witness, which must satisfy
 * every constraint (for `trap` it must not: no valid execution reaches it),
 * and then witnesses of wrong results, each of which must violate one. The
 * result checked is the form's target: the destination register, the next
 * block number (branches, calls, returns), %rp, %sp or %bp (calls and stack
 * writes), or the value a store or a push writes to memory. Wrong values:
 * off by one either way, bit 0, 31 or 63 flipped, the other branch target,
 * and a zero- instead of a sign-extended load. A cheating prover is modelled
 * three ways for each: it changes only the target wire; it changes one wire
 * of the linear combination the target is bound to, so that it equals the
 * wrong value; or, for a combination of bits, it sets the bits to the wrong
 * value's. Input slots and memory tuples are left alone: the transition
 * check and the stack and RAM checks outside the block pin them. Prints one
 * line per form and "N passed, N failed"; exit code 1 if any case failed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "r1cs.h"
#include "witness.h"

enum { W = 16, DEST = 8 };

/* What a form's result is. */
enum { T_DEST, T_NEXT, T_SEXT, T_SLOT, T_TUPLE, T_TRAP, T_PUTCHAR };

typedef struct {
  const char *name;
  uint8_t op;
  int64_t imm;
  int target;
  int slot; /* T_SLOT: which output slot */
} Form;

static uint64_t rng = 88172645463325252ull;
static uint64_t next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

static const uint64_t EDGES[] = {0,
                                 1,
                                 2,
                                 3,
                                 63,
                                 64,
                                 0x7fffffffffffffffull,
                                 0x8000000000000000ull,
                                 0xffffffffffffffffull,
                                 0xfffffffffffffffeull,
                                 0x80,
                                 0xff,
                                 0x8000,
                                 0x80000000ull};
#define NEDGES (sizeof EDGES / sizeof EDGES[0])

/* Operand pairs that edge values alone would miss. */
static const uint64_t PAIRS[][2] = {
    {0x8000000000000000ull, 0xffffffffffffffffull}, /* INT64_MIN, -1 */
    {0x8000000000000000ull, 1},
    {0xffffffffffffffffull, 0xffffffffffffffffull},
    {5, 0xfffffffffffffffdull},                     /* 5, -3 */
    {0xfffffffffffffffbull, 3},                     /* -5, 3 */
    {0x7fffffffffffffffull, 0x8000000000000000ull},
};
#define NPAIRS (sizeof PAIRS / sizeof PAIRS[0])

static uint64_t pick(int i) {
  if (i < (int)NEDGES)
    return EDGES[i];
  uint64_t r = next_rand();
  switch (i % 4) {
  case 0: return r & 0xff;
  case 1: return r >> (r & 63);
  case 2: return (uint64_t)0 - (r & 0xffff);
  }
  return r;
}

static Program *make_program(const Form *f) {
  static Insn code[3];
  static SrcInfo src[3];
  memset(code, 0, sizeof code);
  code[0].op = f->op;
  code[0].rd = DEST;
  code[0].ra = 4;
  code[0].rb = 5;
  code[0].rc = 6;
  code[0].imm = f->imm;
  code[0].block_start = BS_MACHINE;
  code[1].op = f->target == T_NEXT && f->op != OP_CALL && f->op != OP_CALLR &&
                       f->op != OP_RET ? OP_JMP : OP_RET;
  code[1].imm = 0;
  code[2].op = OP_END;
  for (int i = 0; i < 3; i++) {
    src[i].file = "<soundness>";
    src[i].text = f->name;
    src[i].func = src[i].block = "g";
    src[i].line = i + 1;
  }
  static Program P;
  memset(&P, 0, sizeof P);
  P.code = code;
  P.src = src;
  P.ncode = 2;
  P.iowidth = W;
  P.putchar_addr = 3;
  P.exit_addr = 4;
  P.has_putchar = 1;
  return &P;
}

/* The linear constraint that binds the target wire: result LC = wire. */
static const Constraint *binding_constraint(const R1csBlock *b, uint32_t out) {
  for (uint32_t i = 0; i < b->ncons; i++) {
    const Constraint *k = &b->cons[i];
    if (k->kind == CK_LINEAR && k->c.n == 1 && b->terms[k->c.off].wire == out)
      return k;
  }
  return NULL;
}

static int satisfied(const R1csBlock *b, const Fe *w) {
  return witness_first_violation(b, w, 0) == b->ncons;
}

typedef struct {
  int passed, failed;
} Tally;

static void expect(Tally *t, int ok, const char *form, const char *what,
                   uint64_t a, uint64_t bv) {
  if (ok) {
    t->passed++;
    return;
  }
  t->failed++;
  if (t->failed <= 20)
    fprintf(stderr, "r1cs-soundness: FAIL %s: %s (a=0x%llx b=0x%llx)\n", form,
            what, (unsigned long long)a, (unsigned long long)bv);
}

/* Wires the cheating prover may not change: the input slots and memory
 * tuples, which checks outside the block pin. */
static int pinned(const R1cs *R, const R1csBlock *b, uint32_t wire) {
  if (wire >= WIRE_SLOTS && wire < WIRE_SLOTS + (uint32_t)R->nslots)
    return 1;
  return wire >= b->w_stack && wire < b->w_ram + 4 * b->nram;
}

/* Every way the cheating prover tries to make the target wire hold wrong. */
static void try_wrong(Tally *t, const Form *f, const R1cs *R,
                      const R1csBlock *b, const Fe *honest, Fe *w,
                      uint32_t out, uint64_t wrong, uint64_t a, uint64_t bv) {
  size_t n = b->nwires * sizeof *w;
  Fe fw = fe_from_u64(wrong);
  memcpy(w, honest, n);
  w[out] = fw;
  expect(t, !satisfied(b, w), f->name, "wrong output slot accepted", a, bv);
  const Constraint *k = binding_constraint(b, out);
  if (!k)
    return;
  Fe delta = fe_sub(fw, honest[out]);
  int all_bits = 1;
  for (uint32_t i = 0; i < k->a.n; i++) {
    const Term *tm = &b->terms[k->a.off + i];
    if (tm->wire <= WIRE_VALID || pinned(R, b, tm->wire))
      continue;
    memcpy(w, honest, n);
    w[out] = fw;
    w[tm->wire] = fe_add(w[tm->wire], fe_mul(delta, fe_inv(tm->coef)));
    expect(t, !satisfied(b, w), f->name, "adjusted result wire accepted", a,
           bv);
    int is_pow2 = 0;
    for (unsigned e = 0; e < 64; e++)
      if (fe_eq(tm->coef, fe_pow2(e)))
        is_pow2 = 1;
    all_bits &= is_pow2;
  }
  if (all_bits && k->a.n >= 64) {
    memcpy(w, honest, n);
    w[out] = fw;
    for (uint32_t i = 0; i < k->a.n; i++) {
      const Term *tm = &b->terms[k->a.off + i];
      for (unsigned e = 0; e < 64; e++)
        if (tm->wire > WIRE_VALID && fe_eq(tm->coef, fe_pow2(e)))
          w[tm->wire] = (wrong >> e) & 1 ? FE_ONE : FE_ZERO;
    }
    expect(t, !satisfied(b, w), f->name, "wrong result bits accepted", a, bv);
  }
}

/* The output wire a form's result is bound to. */
static uint32_t target_wire(const R1cs *R, const R1csBlock *b, const Form *f) {
  switch (f->target) {
  case T_NEXT: return r1cs_out_wire(R, SLOT_BLOCK);
  case T_SLOT: return r1cs_out_wire(R, f->slot);
  case T_TUPLE: return b->acc[0].wire + 1;
  case T_PUTCHAR: return r1cs_out_wire(R, NUM_RESERVED_SLOTS + 0);
  }
  return r1cs_out_wire(R, NUM_RESERVED_SLOTS + DEST);
}

static void operands(const Form *f, int i, int cases, uint64_t *a,
                     uint64_t *b) {
  if (i < (int)NPAIRS) {
    *a = PAIRS[i][0];
    *b = PAIRS[i][1];
  } else {
    *a = pick(i - (int)NPAIRS);
    *b = pick((i * 7 + 3) % cases);
  }
  int is_div = (f->op & ~1) >= OP_DIVS && (f->op & ~1) <= OP_REMU;
  if (is_div && !(f->op & 1) && *b == 0)
    *b = 7; /* a zero divisor is a fault: no honest witness exists */
}

static void test_case(Tally *t, const Form *f, const R1cs *R,
                      const R1csBlock *b, Witness *wit, Fe *honest, Fe *w,
                      uint64_t a, uint64_t bv, int i) {
  uint64_t regs[NUM_REGS] = {0}, slots[NUM_RESERVED_SLOTS + W], mem[2];
  regs[0] = a;
  regs[4] = a;
  regs[5] = bv;
  regs[6] = i & 1 ? bv : 0;
  regs[REG_SP] = 100;
  regs[REG_BP] = 50;
  regs[REG_RP] = 1;
  regs[REG_AP] = 0x10000;
  r1cs_slots(R, b->id, 0, regs, slots);
  int is_load = f->op >= OP_LD8U && f->op <= OP_LD64;
  int size = is_load ? (int)f->imm : 8;
  mem[0] = size == 8 ? a : a & ((UINT64_C(1) << (8 * size)) - 1);
  mem[1] = 0;
  witness_fill(wit, R, b, slots, regs, mem);
  memcpy(honest, wit->w, b->nwires * sizeof *honest);
  if (f->target == T_TRAP) {
    expect(t, !satisfied(b, honest), f->name, "a trap's witness accepted", a, bv);
    return;
  }
  expect(t, satisfied(b, honest), f->name, "honest witness rejected", a, bv);
  uint32_t out = target_wire(R, b, f);
  uint64_t v, hi;
  fe_to_u128(honest[out], &v, &hi);
  uint64_t wrongs[7] = {v + 1, v - 1, v ^ 1, v ^ (1ull << 31), v ^ (1ull << 63)};
  int nw = 5;
  if (f->target == T_NEXT && (f->op == OP_BNZ || f->op == OP_BZ))
    wrongs[nw++] = v == 0 ? 1 : 0; /* the other target: jmp to 0, branch to 1 */
  if (f->target == T_SEXT) { /* zero- instead of sign-extended */
    uint64_t z = v & ((UINT64_C(1) << (8 * size)) - 1);
    if (z != v)
      wrongs[nw++] = z;
  }
  for (int j = 0; j < nw; j++)
    try_wrong(t, f, R, b, honest, w, out, wrongs[j], a, bv);
}

static void test_form(Tally *t, const Form *f, int cases) {
  Program *P = make_program(f);
  R1csOptions opt = {W, 1};
  R1cs *R = r1cs_build(P, &opt);
  if (!R) {
    expect(t, 0, f->name, "cannot build", 0, 0);
    return;
  }
  const R1csBlock *b =
      &R->blocks[f->target == T_PUTCHAR ? R->putchar_block : 0];
  Fe *honest = calloc(b->nwires, sizeof *honest);
  Fe *w = calloc(b->nwires, sizeof *w);
  int before = t->failed;
  Witness wit = {0};
  for (int i = 0; i < cases + (int)NPAIRS; i++) {
    uint64_t a, bv;
    operands(f, i, cases, &a, &bv);
    test_case(t, f, R, b, &wit, honest, w, a, bv, i);
  }
  printf("r1cs-soundness: %-8s %s\n", t->failed == before ? "ok" : "FAILED",
         f->name);
  free(honest);
  free(w);
  witness_free(&wit);
  r1cs_free(R);
}

static const char *binop_names[] = {
#define X(N, S) S,
    CIRC_BINOPS(X)
#undef X
};

int main(int argc, char **argv) {
  int cases = argc > 1 ? atoi(argv[1]) : 40;
  if (cases < (int)NEDGES)
    cases = (int)NEDGES;
  fe_init();
  Tally t = {0, 0};
  char names[OP_MOV][32];
  for (int op = 0; op < OP_MOV; op++) {
    int shift = (op & ~1) >= OP_SHL && (op & ~1) <= OP_SRA;
    snprintf(names[op], sizeof names[op], "%s%s", binop_names[op / 2],
             op & 1 ? "i" : "");
    Form f = {names[op], (uint8_t)op, shift ? 13 : -1000, T_DEST, 0};
    test_form(&t, &f, cases);
    if (op & 1) { /* more immediates: positive, -1, and a large shift */
      Form g = {names[op], (uint8_t)op, shift ? 63 : 1000003, T_DEST, 0};
      test_form(&t, &g, cases);
      g.imm = shift ? 1 : -1;
      test_form(&t, &g, cases);
    }
  }
  static const Form others[] = {
      {"sel", OP_SEL, 0, T_DEST, 0},
      {"ld8u", OP_LD8U, 1, T_DEST, 0},
      {"ld8s", OP_LD8S, 1, T_SEXT, 0},
      {"ld16u", OP_LD16U, 2, T_DEST, 0},
      {"ld16s", OP_LD16S, 2, T_SEXT, 0},
      {"ld32u", OP_LD32U, 4, T_DEST, 0},
      {"ld32s", OP_LD32S, 4, T_SEXT, 0},
      {"ld64", OP_LD64, 8, T_DEST, 0},
      {"ldf", OP_LDF, 8, T_DEST, 0},
      {"st8", OP_ST8, 0, T_TUPLE, 0},
      {"st16", OP_ST16, 0, T_TUPLE, 0},
      {"st32", OP_ST32, 0, T_TUPLE, 0},
      {"st64", OP_ST64, 0, T_TUPLE, 0},
      {"push", OP_PUSH, 0, T_TUPLE, 0},
      {"push-sp", OP_PUSH, 0, T_SLOT, SLOT_SP},
      {"frame", OP_FRAME, 0, T_TUPLE, 0},
      {"frame-sp", OP_FRAME, 0, T_SLOT, SLOT_SP},
      {"frame-bp", OP_FRAME, 0, T_SLOT, SLOT_BP},
      {"popf", OP_POPF, 0, T_SLOT, SLOT_BP},
      {"bnz", OP_BNZ, 1, T_NEXT, 0},
      {"bz", OP_BZ, 1, T_NEXT, 0},
      {"call", OP_CALL, 1, T_NEXT, 0},
      {"call-rp", OP_CALL, 1, T_SLOT, SLOT_RP},
      {"callr", OP_CALLR, 0, T_NEXT, 0},
      {"callr-rp", OP_CALLR, 0, T_SLOT, SLOT_RP},
      {"ret", OP_RET, 0, T_NEXT, 0},
      {"trap", OP_TRAP, 0, T_TRAP, 0},
      {"__circ_putchar", OP_RET, 0, T_PUTCHAR, 0},
  };
  /* for loads imm is both the offset and the access size */
  for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
    test_form(&t, &others[i], cases);
  printf("%d passed, %d failed\n", t.passed, t.failed);
  return t.failed != 0;
}
