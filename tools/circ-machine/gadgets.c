/* gadgets.c: one gadget per instruction of the circ machine, enforcing its
 * exact 64-bit semantics (docs/machine.md) on field values in [0, 2^64).
 * docs/r1cs.md lists each gadget with its constraint count; the test
 * test/R1CS/gadget-table.test keeps that table true.
 *
 * Conventions: a value produced by arithmetic is range-checked by
 * decomposing it into bits where it is produced ("wrap64"), and the bits are
 * kept with the value; constants fold (no constraint); a move or a constant
 * is a renamed LC. */
#include "build.h"

#include <string.h>

static const LC NONE = {NULL, 0};

/* ------------------------------------------------------------------ */
/* Registers                                                           */

static Val *reg(Builder *B, unsigned r) {
  Val *v = &B->reg[r];
  if (v->poison && B->continuation)
    build_error(B, "%%r%u is read after a conditional branch without being "
                   "written since; the constraint systems split the block "
                   "there and only %%r0..%%r%d cross (label the instruction, "
                   "or keep the value below the io width)",
                r, B->R->iowidth - 1);
  if (v->poison) { /* a free wire, given the machine's stale value */
    uint32_t w = new_wires(B, 1);
    add_hint(B, H_ENTRY, w, 0, NONE, NONE, r);
    *v = val_of(lc_wire(B, w), NULL);
  }
  return v;
}

static void set_reg(Builder *B, unsigned r, Val v) { B->reg[r] = v; }

/* mov copies poison: the destination reads the source's entry value. */
static void move_reg(Builder *B, unsigned rd, unsigned ra) {
  set_reg(B, rd, *reg(B, ra));
}

static Val val_u64(Builder *B, uint64_t k) { return val_of(lc_u64(B, k), NULL); }

static Val val_lc(LC lc) { return val_of(lc, NULL); }

/* ------------------------------------------------------------------ */
/* Arithmetic building blocks                                          */

/* x mod 2^64 for an integer 0 <= x < 2^nbits: decompose, keep the low 64. */
static Val wrap64(Builder *B, LC x, int nbits) {
  Bit *bits = decompose(B, x, nbits);
  return val_of(lc_of_bits(B, bits, 0, 64, 0), bits);
}

static int bitlen(uint64_t k) {
  int n = 0;
  while (k) {
    n++;
    k >>= 1;
  }
  return n;
}

/* The 128-bit product a * b as bits (a constraint a * b = sum). */
static Bit *product_bits(Builder *B, LC a, LC b) {
  uint64_t k;
  if (lc_is_u64(a, &k) || lc_is_u64(b, &k)) {
    LC x = mul_lc(B, a, b);
    int n = 64 + bitlen(k);
    Bit *bits = decompose(B, x, n);
    return bits;
  }
  Bit *bits = bit_wires(B, H_MULBITS, a, b, 0, 128);
  enforce(B, a, b, lc_of_bits(B, bits, 0, 128, 0));
  return bits;
}

static Val mul_low(Builder *B, LC a, LC b) {
  Bit *bits = product_bits(B, a, b);
  return val_of(lc_of_bits(B, bits, 0, 64, 0), bits);
}

static LC mul_high(Builder *B, LC a, LC b) {
  uint64_t k;
  int n = lc_is_u64(a, &k) || lc_is_u64(b, &k) ? 64 + bitlen(k) : 128;
  Bit *bits = product_bits(B, a, b);
  return n > 64 ? lc_of_bits(B, bits, 64, n - 64, 0) : lc_u64(B, 0);
}

static LC sign_bit(Builder *B, Val *v) { return lc_of_bit(B, bits_of(B, v)[63]); }

/* Signed high product: the unsigned one minus b for negative a and minus a
 * for negative b, mod 2^64. */
static Val mulhs(Builder *B, Val *a, Val *b) {
  LC hu = mul_high(B, a->lc, b->lc);
  LC p1 = mul_lc(B, sign_bit(B, a), b->lc);
  LC p2 = mul_lc(B, sign_bit(B, b), a->lc);
  LC x = lc_add(B, lc_sub(B, lc_sub(B, hu, p1), p2),
                lc_const(B, fe_pow2(65)));
  return wrap64(B, x, 66);
}

/* Unsigned a / b and a % b: b * inv = 1 (a zero divisor is unsatisfiable, as
 * it is a fault), q * b = a - r, r < b. By a constant k != 0 the remainder
 * and the check r < k need bitlen(k) bits and the quotient 65 - bitlen(k)
 * (q <= a / k < 2^(65 - bitlen(k))), and no inverse. */
static void divmod(Builder *B, LC a, LC b, LC *q, LC *r) {
  uint64_t k;
  int rbits = 64, qbits = 64;
  if (lc_is_u64(b, &k) && k) {
    rbits = bitlen(k);
    qbits = 65 - rbits < 64 ? 65 - rbits : 64;
  } else {
    LC inv = lc_wire(B, hinted_wire(B, H_INV, b, NONE));
    enforce(B, b, inv, lc_u64(B, 1));
  }
  Bit *qb = bit_wires(B, H_QUOBITS, a, b, 0, qbits);
  Bit *rb = bit_wires(B, H_REMBITS, a, b, 0, rbits);
  *q = lc_of_bits(B, qb, 0, qbits, 0);
  *r = lc_of_bits(B, rb, 0, rbits, 0);
  enforce(B, *q, b, lc_sub(B, a, *r));
  decompose(B, lc_sub(B, lc_sub(B, b, *r), lc_u64(B, 1)), rbits);
}

/* (2^64 - x) mod 2^64 for 0 <= x < 2^64. */
static LC neg64(Builder *B, LC x) {
  LC t = lc_sub(B, lc_const(B, fe_pow2(64)), x);
  return lc_sub(B, t, lc_scale(B, is_zero(B, x), fe_pow2(64)));
}

/* s ? y : x */
static LC select_lc(Builder *B, LC s, LC y, LC x) {
  if (lc_equal(x, y))
    return x;
  return lc_add(B, x, mul_lc(B, s, lc_sub(B, y, x)));
}

/* Signed division through magnitudes, |a| = a + sa (2^64 - 2a): the
 * quotient is negated (mod 2^64) when the signs differ, the remainder when
 * a is negative. */
static LC divmod_signed(Builder *B, Val *a, Val *b, int want_quotient) {
  LC sa = sign_bit(B, a), sb = sign_bit(B, b);
  LC two64 = lc_const(B, fe_pow2(64));
  LC absa = lc_sub(B, lc_add(B, a->lc, mul_lc(B, sa, two64)),
                   lc_scale(B, mul_lc(B, sa, a->lc), fe_from_u64(2)));
  LC absb = lc_sub(B, lc_add(B, b->lc, mul_lc(B, sb, two64)),
                   lc_scale(B, mul_lc(B, sb, b->lc), fe_from_u64(2)));
  LC uq, ur;
  divmod(B, absa, absb, &uq, &ur);
  if (!want_quotient)
    return select_lc(B, sa, neg64(B, ur), ur);
  LC sq = lc_sub(B, lc_add(B, sa, sb),
                 lc_scale(B, mul_lc(B, sa, sb), fe_from_u64(2)));
  return select_lc(B, sq, neg64(B, uq), uq);
}

/* 1 if x < y (unsigned): bit 64 of x - y + 2^64 is 1 exactly when x >= y. */
static LC ult(Builder *B, LC x, LC y) {
  LC t = lc_add(B, lc_sub(B, x, y), lc_const(B, fe_pow2(64)));
  Bit *bits = decompose(B, t, 65);
  return lc_sub(B, lc_u64(B, 1), lc_of_bit(B, bits[64]));
}

/* x with its sign bit flipped: signed order becomes unsigned order. */
static LC flip_sign(Builder *B, Val *v) {
  LC s = sign_bit(B, v);
  return lc_sub(B, lc_add(B, v->lc, lc_const(B, fe_pow2(63))),
                lc_scale(B, s, fe_pow2(64)));
}

static Bit bit_and(Builder *B, Bit x, Bit y) {
  if (x.kind == BIT_0 || y.kind == BIT_0)
    return (Bit){0, BIT_0};
  if (x.kind == BIT_1)
    return y;
  if (y.kind == BIT_1)
    return x;
  LC p = mul_lc(B, lc_of_bit(B, x), lc_of_bit(B, y));
  return (Bit){p.t[0].wire, BIT_W};
}

static Bit bit_not(Bit x) {
  static const uint8_t flip[] = {BIT_1, BIT_0, BIT_NOT, BIT_W};
  x.kind = flip[x.kind];
  return x;
}

static int bit_is_const(Bit x) { return x.kind == BIT_0 || x.kind == BIT_1; }

/* or = x + y - xy, xor = x + y - 2xy: one product wire each, which is then
 * the bit (constrained equal to the combination). */
static Bit bit_op(Builder *B, int op, Bit x, Bit y) {
  if (op == OP_AND)
    return bit_and(B, x, y);
  if (bit_is_const(x) || bit_is_const(y)) {
    Bit c = bit_is_const(x) ? x : y, o = bit_is_const(x) ? y : x;
    if (op == OP_OR)
      return c.kind == BIT_1 ? c : o;
    return c.kind == BIT_1 ? bit_not(o) : o;
  }
  if (x.wire == y.wire && x.kind == y.kind)
    return op == OP_OR ? x : (Bit){0, BIT_0};
  LC lx = lc_of_bit(B, x), ly = lc_of_bit(B, y);
  uint32_t w = hinted_wire(B, op == OP_OR ? H_OR : H_XOR, lx, ly);
  /* w = x + y - k x y  <=>  (k x) * y = x + y - w */
  LC rhs = lc_sub(B, lc_add(B, lx, ly), lc_wire(B, w));
  enforce(B, lc_scale(B, lx, fe_from_u64(op == OP_OR ? 1 : 2)), ly, rhs);
  return (Bit){w, BIT_W};
}

static Val bitwise(Builder *B, int op, Val *a, Val *b) {
  const Bit *x = bits_of(B, a), *y = bits_of(B, b);
  Bit *r = arena_alloc(B, 64 * sizeof *r);
  for (int i = 0; i < 64; i++)
    r[i] = bit_op(B, op, x[i], y[i]);
  return val_of(lc_of_bits(B, r, 0, 64, 0), r);
}

/* Shift by a constant amount: the bits move; nothing is constrained. */
static Val shift_const(Builder *B, int op, Val *a, unsigned k) {
  const Bit *x = bits_of(B, a);
  Bit *r = arena_alloc(B, 64 * sizeof *r);
  for (int i = 0; i < 64; i++) {
    int j = op == OP_SHL ? i - (int)k : i + (int)k;
    if (j >= 0 && j < 64)
      r[i] = x[j];
    else
      r[i] = op == OP_SRA && j >= 64 ? x[63] : (Bit){0, BIT_0};
  }
  return val_of(lc_of_bits(B, r, 0, 64, 0), r);
}

/* prod over the 6 amount bits of (1 + (f(2^i) - 1) s_i), times base. */
static LC pow_chain(Builder *B, const Bit *s, int inverse) {
  Fe two_inv = fe_inv(fe_from_u64(2));
  LC acc = lc_const(B, inverse ? fe_pow2(64) : FE_ONE);
  for (int i = 0; i < 6; i++) {
    Fe f = inverse ? FE_ONE : fe_pow2(1u << i);
    if (inverse)
      for (unsigned j = 0; j < (1u << i); j++)
        f = fe_mul(f, two_inv);
    LC factor = lc_add(B, lc_u64(B, 1),
                       lc_scale(B, lc_of_bit(B, s[i]), fe_sub(f, FE_ONE)));
    acc = mul_lc(B, acc, factor);
  }
  return acc;
}

/* Shift by a register amount s = b mod 64: with p = 2^s, shl is a * p mod
 * 2^64, shr is floor(a / p), sra adds the sign times 2^64 - 2^(64-s). */
static Val shift_reg(Builder *B, int op, Val *a, Val *b) {
  const Bit *s = bits_of(B, b);
  LC p = pow_chain(B, s, 0);
  if (op == OP_SHL)
    return mul_low(B, a->lc, p);
  LC q, r;
  divmod(B, a->lc, p, &q, &r);
  if (op == OP_SHR)
    return val_lc(q);
  LC m = pow_chain(B, s, 1);
  LC sa = sign_bit(B, a);
  LC fill = lc_sub(B, lc_scale(B, sa, fe_pow2(64)), mul_lc(B, sa, m));
  return val_lc(lc_add(B, q, fill));
}

/* ------------------------------------------------------------------ */
/* Binary operations                                                   */

static int fold_binop(int op, uint64_t a, uint64_t b, uint64_t *r) {
  __extension__ typedef unsigned __int128 u128;
  __extension__ typedef __int128 i128;
  switch (op) {
  case OP_ADD: *r = a + b; return 1;
  case OP_SUB: *r = a - b; return 1;
  case OP_MUL: *r = a * b; return 1;
  case OP_MULHU: *r = (uint64_t)(((u128)a * b) >> 64); return 1;
  case OP_MULHS:
    *r = (uint64_t)((u128)((i128)(int64_t)a * (int64_t)b) >> 64);
    return 1;
  case OP_AND: *r = a & b; return 1;
  case OP_OR: *r = a | b; return 1;
  case OP_XOR: *r = a ^ b; return 1;
  case OP_SHL: *r = a << (b & 63); return 1;
  case OP_SHR: *r = a >> (b & 63); return 1;
  case OP_SRA:
    *r = (int64_t)a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63);
    return 1;
  case OP_SEQ: *r = a == b; return 1;
  case OP_SNE: *r = a != b; return 1;
  case OP_SLT: *r = (int64_t)a < (int64_t)b; return 1;
  case OP_SLE: *r = (int64_t)a <= (int64_t)b; return 1;
  case OP_SGT: *r = (int64_t)a > (int64_t)b; return 1;
  case OP_SGE: *r = (int64_t)a >= (int64_t)b; return 1;
  case OP_SLTU: *r = a < b; return 1;
  case OP_SLEU: *r = a <= b; return 1;
  case OP_SGTU: *r = a > b; return 1;
  case OP_SGEU: *r = a >= b; return 1;
  }
  if (b == 0) /* a constant zero divisor must stay unsatisfiable */
    return 0;
  int min_by_minus1 = a == (UINT64_C(1) << 63) && b == UINT64_MAX;
  switch (op) {
  case OP_DIVU: *r = a / b; return 1;
  case OP_REMU: *r = a % b; return 1;
  case OP_DIVS: /* INT64_MIN / -1 wraps to INT64_MIN, as on the machine */
    *r = min_by_minus1 ? a : (uint64_t)((int64_t)a / (int64_t)b);
    return 1;
  case OP_REMS:
    *r = min_by_minus1 ? 0 : (uint64_t)((int64_t)a % (int64_t)b);
    return 1;
  }
  return 0;
}

static Val compare(Builder *B, int op, Val *a, Val *b) {
  switch (op) {
  case OP_SEQ: return val_lc(is_zero(B, lc_sub(B, a->lc, b->lc)));
  case OP_SNE:
    return val_lc(lc_sub(B, lc_u64(B, 1), is_zero(B, lc_sub(B, a->lc, b->lc))));
  case OP_SLTU: return val_lc(ult(B, a->lc, b->lc));
  case OP_SGTU: return val_lc(ult(B, b->lc, a->lc));
  case OP_SLEU: return val_lc(lc_sub(B, lc_u64(B, 1), ult(B, b->lc, a->lc)));
  case OP_SGEU: return val_lc(lc_sub(B, lc_u64(B, 1), ult(B, a->lc, b->lc)));
  }
  LC x = flip_sign(B, a), y = flip_sign(B, b);
  switch (op) {
  case OP_SLT: return val_lc(ult(B, x, y));
  case OP_SGT: return val_lc(ult(B, y, x));
  case OP_SLE: return val_lc(lc_sub(B, lc_u64(B, 1), ult(B, y, x)));
  default: return val_lc(lc_sub(B, lc_u64(B, 1), ult(B, x, y)));
  }
}

static Val binop(Builder *B, int op, Val *a, Val *b) {
  uint64_t ka, kb, kr;
  if (lc_is_u64(a->lc, &ka) && lc_is_u64(b->lc, &kb) && fold_binop(op, ka, kb, &kr))
    return val_u64(B, kr);
  int b_zero = lc_is_u64(b->lc, &kb) && kb == 0;
  LC q, r;
  switch (op) {
  case OP_ADD:
    return b_zero ? *a : wrap64(B, lc_add(B, a->lc, b->lc), 65);
  case OP_SUB:
    if (b_zero)
      return *a;
    return wrap64(B, lc_add(B, lc_sub(B, a->lc, b->lc), lc_const(B, fe_pow2(64))), 65);
  case OP_MUL: return mul_low(B, a->lc, b->lc);
  case OP_MULHU: return val_lc(mul_high(B, a->lc, b->lc));
  case OP_MULHS: return mulhs(B, a, b);
  case OP_DIVU: divmod(B, a->lc, b->lc, &q, &r); return val_lc(q);
  case OP_REMU: divmod(B, a->lc, b->lc, &q, &r); return val_lc(r);
  case OP_DIVS: return val_lc(divmod_signed(B, a, b, 1));
  case OP_REMS: return val_lc(divmod_signed(B, a, b, 0));
  case OP_AND: case OP_OR: case OP_XOR: return bitwise(B, op, a, b);
  case OP_SHL: case OP_SHR: case OP_SRA:
    if (lc_is_u64(b->lc, &kb))
      return (kb & 63) ? shift_const(B, op, a, (unsigned)(kb & 63)) : *a;
    return shift_reg(B, op, a, b);
  }
  return compare(B, op, a, b);
}

/* ------------------------------------------------------------------ */
/* Memories                                                            */

static void add_access(Builder *B, uint32_t wire, int is_ram, int is_store) {
  if (!B->keep)
    return;
  Access *a = &B->acc[B->nacc];
  a->wire = wire;
  a->pc = B->pc;
  a->is_ram = (uint8_t)is_ram;
  a->is_store = (uint8_t)is_store;
}

/* A tuple wire equal to x. */
static void tuple_wire(Builder *B, uint32_t w, LC x) {
  add_hint(B, H_LC, w, 0, x, NONE, 0);
  enforce_eq(B, x, lc_wire(B, w));
}

/* RAM access tuple (address, value, is-store, timestamp); a load's value is
 * the run's, range-checked to the access size; returns the value's LC. */
static LC ram_access(Builder *B, LC addr, LC store_val, int size, int is_store,
                     Bit **bits) {
  uint32_t j = B->nram_used++;
  uint32_t w = B->blk->w_ram + 4 * j;
  add_access(B, w, 1, is_store);
  tuple_wire(B, w, addr);
  LC val;
  if (is_store) {
    tuple_wire(B, w + 1, store_val);
    val = store_val;
  } else {
    add_hint(B, H_MEM, w + 1, 0, NONE, NONE, B->nacc);
    val = lc_wire(B, w + 1);
    *bits = decompose(B, val, 8 * size);
  }
  tuple_wire(B, w + 2, lc_u64(B, (uint64_t)is_store));
  LC ts = lc_wire(B, r1cs_in_wire(B->R, SLOT_TS));
  tuple_wire(B, w + 3, lc_add_u64(B, ts, j));
  B->nacc++;
  return val;
}

static int access_size(int op) {
  switch (op) {
  case OP_LD8U: case OP_LD8S: case OP_ST8: return 1;
  case OP_LD16U: case OP_LD16S: case OP_ST16: return 2;
  case OP_LD32U: case OP_LD32S: case OP_ST32: return 4;
  }
  return 8;
}

static void load(Builder *B, const Insn *in) {
  int size = access_size(in->op);
  LC addr = lc_add(B, reg(B, in->ra)->lc, lc_const(B, fe_from_i64(in->imm)));
  Bit *bits;
  LC v = ram_access(B, addr, NONE, size, 0, &bits);
  int sign = in->op == OP_LD8S || in->op == OP_LD16S || in->op == OP_LD32S;
  if (!sign) {
    set_reg(B, in->rd, val_of(v, bits));
    return;
  }
  /* sign extension: the top bit of the loaded part fills bits 8*size..63 */
  Bit *x = arena_alloc(B, 64 * sizeof *x);
  for (int i = 0; i < 64; i++)
    x[i] = bits[i < 8 * size ? i : 8 * size - 1];
  set_reg(B, in->rd, val_of(lc_of_bits(B, x, 0, 64, 0), x));
}

static void store(Builder *B, const Insn *in) {
  int size = access_size(in->op);
  LC addr = lc_add(B, reg(B, in->ra)->lc, lc_const(B, fe_from_i64(in->imm)));
  Val *v = reg(B, in->rb);
  LC part = size == 8 ? v->lc : lc_of_bits(B, bits_of(B, v), 0, 8 * size, 0);
  ram_access(B, addr, part, size, 1, NULL);
}

/* Stack access tuple (address, value); a read's value is the run's. */
static LC stack_access(Builder *B, LC addr, const LC *write) {
  uint32_t k = B->nstack_used++;
  uint32_t w = B->blk->w_stack + 2 * k;
  add_access(B, w, 0, write != NULL);
  tuple_wire(B, w, addr);
  if (write)
    tuple_wire(B, w + 1, *write);
  else
    add_hint(B, H_MEM, w + 1, 0, NONE, NONE, B->nacc);
  B->nacc++;
  return lc_wire(B, w + 1);
}

static void stack_insn(Builder *B, const Insn *in) {
  LC sp = reg(B, REG_SP)->lc, one = lc_u64(B, 1);
  switch (in->op) {
  case OP_PUSH: {
    LC v = reg(B, in->ra)->lc;
    stack_access(B, sp, &v);
    set_reg(B, REG_SP, val_lc(lc_add(B, sp, one)));
    return;
  }
  case OP_FRAME: {
    LC bp = reg(B, REG_BP)->lc;
    stack_access(B, sp, &bp);
    set_reg(B, REG_BP, val_lc(sp));
    set_reg(B, REG_SP, val_lc(lc_add(B, sp, one)));
    return;
  }
  case OP_LDF: {
    LC a = lc_add(B, reg(B, REG_BP)->lc, lc_const(B, fe_from_i64(in->imm)));
    set_reg(B, in->rd, val_lc(stack_access(B, a, NULL)));
    return;
  }
  default: /* popf */
    set_reg(B, REG_BP, val_lc(stack_access(B, reg(B, REG_BP)->lc, NULL)));
  }
}

/* ------------------------------------------------------------------ */
/* Control                                                             */

static void cond_exit(Builder *B, const Insn *in) {
  if (B->nexits == B->capexits) { /* arena memory: copy on growth */
    int cap = B->capexits ? 2 * B->capexits : 4;
    struct CondExit *e = arena_alloc(B, (size_t)cap * sizeof *e);
    if (B->nexits)
      memcpy(e, B->exits, (size_t)B->nexits * sizeof *e);
    B->exits = e;
    B->capexits = cap;
  }
  LC z = is_zero(B, reg(B, in->rc)->lc);
  struct CondExit *e = &B->exits[B->nexits++];
  e->taken = in->op == OP_BZ ? z : lc_sub(B, lc_u64(B, 1), z);
  e->target = lc_u64(B, (uint64_t)in->imm);
  e->rp = reg(B, REG_RP)->lc;
}

/* Returns 1: these end the block. */
static int final_transfer(Builder *B, const Insn *in, uint32_t pc) {
  switch (in->op) {
  case OP_JMP:
    B->next = lc_u64(B, (uint64_t)in->imm);
    break;
  case OP_CALL:
  case OP_CALLR:
    B->next = in->op == OP_CALL ? lc_u64(B, (uint64_t)in->imm)
                                : reg(B, in->ra)->lc;
    set_reg(B, REG_RP, val_u64(B, pc + 1));
    break;
  case OP_RET:
    B->next = reg(B, REG_RP)->lc;
    break;
  case OP_JR:
    B->next = reg(B, in->ra)->lc;
    break;
  default: { /* trap: no valid execution reaches it, alive = no exit taken */
    LC alive = lc_u64(B, 1);
    for (int i = 0; i < B->nexits; i++)
      alive = mul_lc(B, alive, lc_sub(B, lc_u64(B, 1), B->exits[i].taken));
    enforce(B, alive, lc_wire(B, WIRE_VALID), lc_u64(B, 0));
  }
    B->next = lc_u64(B, 0);
  }
  return 1;
}

int encode_insn(Builder *B, uint32_t pc) {
  const Insn *in = &B->P->code[pc];
  B->pc = pc;
  int op = in->op;
  int is_branch = op == OP_BNZ || op == OP_BZ;
  if (B->nexits && !is_branch && op != OP_JMP && op != OP_CALL &&
      op != OP_CALLR && op != OP_RET && op != OP_JR && op != OP_TRAP) {
    /* the assembler starts a constraint block here (BS_CONSTRAINT) */
    build_error(B, "internal error: an instruction after a conditional exit");
    return 1;
  }
  if (op < OP_MOV) {
    Val *a = reg(B, in->ra);
    Val bi = val_u64(B, (uint64_t)in->imm); /* two's complement bits */
    Val *b = (op & 1) ? &bi : reg(B, in->rb);
    Val ca = *a, cb = *b; /* bits found for an operand stay with it */
    int same = !(op & 1) && in->ra == in->rb;
    Val r = binop(B, op & ~1, &ca, same ? &ca : &cb);
    B->reg[in->ra].bits = ca.bits;
    if (!(op & 1) && !same)
      B->reg[in->rb].bits = cb.bits;
    set_reg(B, in->rd, r);
    return 0;
  }
  switch (op) {
  case OP_MOV: move_reg(B, in->rd, in->ra); return 0;
  case OP_LI: set_reg(B, in->rd, val_u64(B, (uint64_t)in->imm)); return 0;
  case OP_SEL: {
    LC z = is_zero(B, reg(B, in->rc)->lc);
    LC a = reg(B, in->ra)->lc, b = reg(B, in->rb)->lc;
    set_reg(B, in->rd, val_lc(select_lc(B, z, b, a)));
    return 0;
  }
  case OP_LD8U: case OP_LD8S: case OP_LD16U: case OP_LD16S:
  case OP_LD32U: case OP_LD32S: case OP_LD64:
    load(B, in);
    return 0;
  case OP_ST8: case OP_ST16: case OP_ST32: case OP_ST64:
    store(B, in);
    return 0;
  case OP_PUSH: case OP_FRAME: case OP_LDF: case OP_POPF:
    stack_insn(B, in);
    return 0;
  case OP_BNZ: case OP_BZ:
    cond_exit(B, in);
    return 0;
  case OP_JMP: case OP_CALL: case OP_CALLR: case OP_RET: case OP_JR:
  case OP_TRAP:
    return final_transfer(B, in, pc);
  }
  build_error(B, "circ-r1cs has no gadget for this instruction (opcode %d)", op);
  return 1;
}
