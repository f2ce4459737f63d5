/* asm.c: lexer, parser and two-pass assembler for circ assembly
 * (docs/machine.md, "Assembly syntax" and "Directives").
 *
 * Lines are parsed as slices of the file buffer, never as fixed-size copies,
 * so line length is unlimited. Every error names file and line; parsing goes
 * on after an error so one run reports as many problems as possible. */
#include "asm.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define MAX_ERRORS 50

/* ------------------------------------------------------------------ */
/* Slices                                                              */

typedef struct {
  const char *b, *e;
} Slice;

static int is_space(int c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_sym_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == '.' || c == '$';
}
static int is_sym_char(int c) { return is_sym_start(c) || is_digit(c); }
static int hex_val(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static size_t slen(Slice s) { return (size_t)(s.e - s.b); }

static Slice trim(Slice s) {
  while (s.b < s.e && is_space((unsigned char)*s.b))
    s.b++;
  while (s.e > s.b && is_space((unsigned char)s.e[-1]))
    s.e--;
  return s;
}

static int slice_is(Slice s, const char *lit) {
  size_t n = strlen(lit);
  return slen(s) == n && memcmp(s.b, lit, n) == 0;
}

static int slice_starts(Slice s, const char *lit) {
  size_t n = strlen(lit);
  return slen(s) >= n && memcmp(s.b, lit, n) == 0;
}

/* A printable, length-limited copy of a slice for messages. Rotates through a
 * few buffers so one message can quote several slices. */
static const char *show(Slice s) {
  static char bufs[4][80];
  static int next;
  char *d = bufs[next];
  next = (next + 1) % 4;
  size_t n = slen(s), i;
  size_t lim = n > 60 ? 60 : n;
  for (i = 0; i < lim; i++) {
    unsigned char c = (unsigned char)s.b[i];
    d[i] = (c >= 32 && c < 127) ? (char)c : '?';
  }
  if (n > lim) {
    memcpy(d + i, "...", 3);
    i += 3;
  }
  d[i] = 0;
  return d;
}

/* Parses all of s as an integer: [-]decimal or 0x hex (the spec allows the
 * sign only on decimals). Stores the two's-complement bits. Returns 1 on
 * success, 0 if malformed, -1 if the value does not fit in 64 bits (positive
 * up to 2^64-1, negative down to -2^63). */
static int parse_int(Slice s, uint64_t *v) {
  const char *p = s.b;
  int neg = 0, ovf = 0;
  uint64_t x = 0;
  if (p < s.e && *p == '-') {
    neg = 1;
    p++;
  }
  if (p == s.e)
    return 0;
  if (s.e - p > 2 && p[0] == '0' && p[1] == 'x') {
    if (neg)
      return 0;
    for (p += 2; p < s.e; p++) {
      int d = hex_val((unsigned char)*p);
      if (d < 0)
        return 0;
      if (x >> 60)
        ovf = 1;
      x = x * 16 + (uint64_t)d;
    }
  } else {
    for (; p < s.e; p++) {
      if (!is_digit((unsigned char)*p))
        return 0;
      uint64_t d = (uint64_t)(*p - '0');
      if (x > (UINT64_MAX - d) / 10)
        ovf = 1;
      x = x * 10 + d;
    }
  }
  if (ovf)
    return -1;
  if (neg) {
    if (x > (UINT64_C(1) << 63))
      return -1;
    x = (uint64_t)0 - x;
  }
  *v = x;
  return 1;
}

static int is_cond_branch(int op) { return op == OP_BNZ || op == OP_BZ; }

static int is_transfer(int op) {
  return is_cond_branch(op) || op == OP_JMP || op == OP_CALL ||
         op == OP_CALLR || op == OP_RET || op == OP_JR || op == OP_TRAP;
}

/* ------------------------------------------------------------------ */
/* Assembler state                                                     */

typedef struct Sym {
  struct Sym *next;
  char *name;
  int scope; /* -1: global; otherwise the file index (.L labels) */
  int is_code;
  uint64_t value;
  const char *file;
  int line;
} Sym;

typedef enum { FX_IMM, FX_TARGET, FX_DATA } FixKind;

typedef struct {
  FixKind kind;
  int size;      /* FX_DATA: bytes */
  int scope;
  char *name;
  char *minus;   /* NAME - MINUS + addend, or NULL */
  int minus_scope;
  uint64_t addend;
  uint64_t where; /* instruction index or RAM address */
  const char *file;
  int line;
} Fixup;

typedef struct {
  Program *P;

  Insn *code;
  SrcInfo *src;
  size_t ncode, capcode, capsrc;

  Sym **buckets;
  size_t nbuckets;

  Fixup *fix;
  size_t nfix, capfix;

  uint64_t dcur;  /* next free RAM address for data */
  int data_full;  /* "does not fit" already reported */

  const char *file;
  int fileid;
  int line;
  int in_code;
  const char *cur_func, *cur_block;
  int pending_bs; /* the next instruction is a block start */
  int pending_ir, pending_nir; /* .irblock for the next instruction, or -1 */
  int nerrors;

  int iowidth;
  const char *iow_file;
  int iow_line;

  /* Symbol assignments (name = sym+N, .set name, sym+N), defined once every
   * file is read, since the symbol they name may come later. */
  struct Alias {
    char *name, *target; /* target NULL: a plain number */
    uint64_t addend;
    const char *file;
    int line, fileid;
  } *alias;
  size_t nalias, capalias;

  Slice *ops;
  size_t capops;
  uint8_t *sbuf; /* decoded string bytes */
  size_t capsbuf;
} Asm;

static void error_at(Asm *A, const char *file, int line, const char *fmt,
                     ...) {
  va_list ap;
  A->nerrors++;
  if (A->nerrors > MAX_ERRORS) {
    if (A->nerrors == MAX_ERRORS + 1)
      fprintf(stderr, "%s: error: too many errors, giving up on reporting\n",
              machine_tool_name);
    return;
  }
  fprintf(stderr, "%s:%d: error: ", file, line);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

#define ERR(A, ...) error_at((A), (A)->file, (A)->line, __VA_ARGS__)

/* ------------------------------------------------------------------ */
/* Symbols                                                             */

static int is_local_name(const char *b, size_t n) {
  return n >= 2 && b[0] == '.' && b[1] == 'L';
}

static size_t sym_hash(const char *b, size_t n, int scope) {
  uint64_t h = 1469598103934665603ull ^ (uint64_t)(unsigned)scope;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)b[i];
    h *= 1099511628211ull;
  }
  return (size_t)h;
}

static Sym *sym_find(Asm *A, const char *b, size_t n, int scope) {
  Sym *s = A->buckets[sym_hash(b, n, scope) & (A->nbuckets - 1)];
  for (; s; s = s->next)
    if (s->scope == scope && strlen(s->name) == n && memcmp(s->name, b, n) == 0)
      return s;
  return NULL;
}

/* The code address of the global text label NAME if it points at one of the
 * n instructions, else ~0. */
static uint64_t code_label(Asm *A, const char *name, size_t n) {
  Sym *s = sym_find(A, name, strlen(name), -1);
  return s && s->is_code && s->value < n ? s->value : ~UINT64_C(0);
}

static int scope_of(Asm *A, const char *b, size_t n) {
  return is_local_name(b, n) ? A->fileid : -1;
}

/* Defines a symbol; returns its interned name (also on a duplicate, so callers
 * can go on). */
/* A copy of n bytes at b that lives as long as the program: symbol names
 * and statements, which the program's SrcInfo entries point at. */
static char *keep_string(Asm *A, const char *b, size_t n) {
  Program *P = A->P;
  VEC_RESERVE(P->strings, P->capstrings, P->nstrings + 1);
  return P->strings[P->nstrings++] = xstrndup(b, n);
}

static const char *define_sym(Asm *A, Slice name, int is_code,
                              uint64_t value) {
  size_t n = slen(name);
  int scope = scope_of(A, name.b, n);
  Sym *old = sym_find(A, name.b, n, scope);
  if (old) {
    ERR(A, "symbol '%s' is already defined at %s:%d", show(name), old->file,
        old->line);
    return old->name;
  }
  Sym *s = xmalloc(sizeof *s);
  s->name = keep_string(A, name.b, n);
  s->scope = scope;
  s->is_code = is_code;
  s->value = value;
  s->file = A->file;
  s->line = A->line;
  size_t h = sym_hash(name.b, n, scope) & (A->nbuckets - 1);
  s->next = A->buckets[h];
  A->buckets[h] = s;
  return s->name;
}

static void add_fixup(Asm *A, FixKind kind, Slice name, Slice minus,
                      uint64_t addend, uint64_t where, int size) {
  VEC_RESERVE(A->fix, A->capfix, A->nfix + 1);
  Fixup *f = &A->fix[A->nfix++];
  f->kind = kind;
  f->size = size;
  f->scope = scope_of(A, name.b, slen(name));
  f->name = xstrndup(name.b, slen(name));
  f->minus = minus.b == minus.e ? NULL : xstrndup(minus.b, slen(minus));
  f->minus_scope = f->minus ? scope_of(A, minus.b, slen(minus)) : -1;
  f->addend = addend;
  f->where = where;
  f->file = A->file;
  f->line = A->line;
}

/* ------------------------------------------------------------------ */
/* Operands                                                            */

/* Splits "a, b, c" at commas outside strings and parentheses into A->ops.
 * Returns the count, or -1 after reporting an error. */
static long split_ops(Asm *A, Slice rest) {
  long n = 0;
  if (rest.b == rest.e)
    return 0;
  const char *start = rest.b;
  int instr = 0, depth = 0;
  for (const char *q = rest.b;; q++) {
    if (q == rest.e || (!instr && depth == 0 && *q == ',')) {
      if (q == rest.e && instr) {
        ERR(A, "unterminated string");
        return -1;
      }
      Slice o = trim((Slice){start, q});
      if (o.b == o.e) {
        ERR(A, "empty operand");
        return -1;
      }
      VEC_RESERVE(A->ops, A->capops, (size_t)n + 1);
      A->ops[n++] = o;
      if (q == rest.e)
        break;
      start = q + 1;
      continue;
    }
    char c = *q;
    if (instr) {
      if (c == '\\' && q + 1 < rest.e)
        q++;
      else if (c == '"')
        instr = 0;
    } else if (c == '"') {
      instr = 1;
    } else if (c == '(') {
      depth++;
    } else if (c == ')') {
      depth--;
    }
  }
  return n;
}

/* Returns 0..NUM_REGS-1, -1 if s is not register syntax at all, -2 if it
 * starts with % but names no register. */
static int parse_reg(Slice s) {
  size_t n = slen(s);
  if (n == 0 || s.b[0] != '%')
    return -1;
  if (slice_is(s, "%sp"))
    return REG_SP;
  if (slice_is(s, "%bp"))
    return REG_BP;
  if (slice_is(s, "%rp"))
    return REG_RP;
  if (slice_is(s, "%ap"))
    return REG_AP;
  if (n < 3 || n > 4 || s.b[1] != 'r')
    return -2;
  if (!is_digit((unsigned char)s.b[2]))
    return -2;
  if (n == 3)
    return s.b[2] - '0';
  if (s.b[2] == '0' || !is_digit((unsigned char)s.b[3]))
    return -2; /* no leading zeros: %r07 is not a register name */
  int r = (s.b[2] - '0') * 10 + (s.b[3] - '0');
  return r < NUM_GPRS ? r : -2;
}

typedef struct {
  int has_sym;
  Slice sym;
  Slice minus; /* symbol - minus (empty: none) */
  uint64_t val; /* the integer, or the addend */
} Imm;

static Slice take_symbol(Slice s) {
  const char *q = s.b;
  while (q < s.e && is_sym_char((unsigned char)*q))
    q++;
  return (Slice){s.b, q};
}

/* An immediate: integer, symbol, symbol+N or symbol-N, each symbol also
 * less another (symbol-other, symbol-other+N: the distance between two
 * labels, as the assembly of a table of label differences has it). */
static int parse_imm(Slice s, Imm *im) {
  im->has_sym = 0;
  im->val = 0;
  im->minus = (Slice){s.e, s.e};
  if (s.b == s.e)
    return 0;
  if (is_digit((unsigned char)*s.b) || *s.b == '-')
    return parse_int(s, &im->val);
  if (!is_sym_start((unsigned char)*s.b))
    return 0;
  im->has_sym = 1;
  im->sym = take_symbol(s);
  Slice rest = trim((Slice){im->sym.e, s.e});
  if (rest.b + 1 < rest.e && *rest.b == '-') {
    Slice other = trim((Slice){rest.b + 1, rest.e});
    if (other.b < other.e && is_sym_start((unsigned char)*other.b)) {
      im->minus = take_symbol(other);
      rest = trim((Slice){im->minus.e, s.e});
    }
  }
  if (rest.b == rest.e)
    return 1;
  char sign = *rest.b;
  if (sign != '+' && sign != '-')
    return 0;
  rest = trim((Slice){rest.b + 1, rest.e});
  if (rest.b == rest.e || !is_digit((unsigned char)*rest.b))
    return 0;
  int r = parse_int(rest, &im->val);
  if (r == 1 && sign == '-')
    im->val = (uint64_t)0 - im->val;
  return r;
}

static int is_symbol(Slice s) {
  if (s.b == s.e || !is_sym_start((unsigned char)*s.b))
    return 0;
  for (const char *q = s.b; q < s.e; q++)
    if (!is_sym_char((unsigned char)*q))
      return 0;
  return 1;
}

/* ------------------------------------------------------------------ */
/* Instructions                                                        */

enum Form { F_RRR, F_RRI, F_RR, F_RI, F_RRRR, F_LOAD, F_STORE, F_L, F_RL,
            F_R, F_NONE, F_LDF };

static const struct {
  int nops;
  const char *shape;
} forms[] = {
    [F_RRR] = {3, "rd, ra, rb"},   [F_RRI] = {3, "rd, ra, imm"},
    [F_RR] = {2, "rd, rs"},        [F_RI] = {2, "rd, imm"},
    [F_RRRR] = {4, "rd, rc, ra, rb"},
    [F_LOAD] = {2, "rd, OFF(ra)"}, [F_STORE] = {2, "rs, OFF(ra)"},
    [F_L] = {1, "label"},          [F_RL] = {2, "rc, label"},
    [F_R] = {1, "register"},       [F_NONE] = {0, "nothing"},
    [F_LDF] = {2, "rd, K"},
};

typedef struct {
  const char *name;
  uint8_t op;
  uint8_t form;
} Mnem;

static const Mnem mnems[] = {
#define X(N, S) {S, OP_##N, F_RRR}, {S "i", OP_##N##I, F_RRI},
    CIRC_BINOPS(X)
#undef X
    {"mov", OP_MOV, F_RR},      {"li", OP_LI, F_RI},
    {"sel", OP_SEL, F_RRRR},    {"ld8u", OP_LD8U, F_LOAD},
    {"ld8s", OP_LD8S, F_LOAD},  {"ld16u", OP_LD16U, F_LOAD},
    {"ld16s", OP_LD16S, F_LOAD}, {"ld32u", OP_LD32U, F_LOAD},
    {"ld32s", OP_LD32S, F_LOAD}, {"ld64", OP_LD64, F_LOAD},
    {"st8", OP_ST8, F_STORE},   {"st16", OP_ST16, F_STORE},
    {"st32", OP_ST32, F_STORE}, {"st64", OP_ST64, F_STORE},
    {"jmp", OP_JMP, F_L},       {"bnz", OP_BNZ, F_RL},
    {"bz", OP_BZ, F_RL},        {"call", OP_CALL, F_L},
    {"callr", OP_CALLR, F_R},   {"jr", OP_JR, F_R},   {"ret", OP_RET, F_NONE},
    {"trap", OP_TRAP, F_NONE},  {"push", OP_PUSH, F_R},
    {"frame", OP_FRAME, F_NONE}, {"ldf", OP_LDF, F_LDF},
    {"popf", OP_POPF, F_NONE},
};

static const Mnem *find_mnem(Slice s) {
  for (size_t i = 0; i < sizeof mnems / sizeof mnems[0]; i++)
    if (slice_is(s, mnems[i].name))
      return &mnems[i];
  return NULL;
}

static int get_reg(Asm *A, const Mnem *m, int k, Slice o, uint8_t *out) {
  int r = parse_reg(o);
  if (r == -1) {
    ERR(A, "operand %d of '%s' must be a register, got '%s'", k + 1, m->name,
        show(o));
    return 0;
  }
  if (r == -2) {
    ERR(A, "bad register '%s'", show(o));
    return 0;
  }
  *out = (uint8_t)r;
  return 1;
}

/* OFF(%rA) with OFF an integer. */
static int get_mem(Asm *A, const Mnem *m, int k, Slice o, uint8_t *reg,
                   int64_t *off) {
  const char *lp = memchr(o.b, '(', slen(o));
  if (!lp || o.e[-1] != ')') {
    ERR(A, "operand %d of '%s' must be a memory operand OFF(%%rA), got '%s'",
        k + 1, m->name, show(o));
    return 0;
  }
  Slice offs = trim((Slice){o.b, lp});
  Slice inner = trim((Slice){lp + 1, o.e - 1});
  uint64_t v;
  int r = parse_int(offs, &v);
  if (r != 1) {
    ERR(A, "%s offset '%s' in operand %d of '%s'",
        r == 0 ? "malformed" : "out-of-range", show(offs), k + 1, m->name);
    return 0;
  }
  *off = (int64_t)v;
  return get_reg(A, m, k, inner, reg);
}

static Insn *emit_insn(Asm *A, Slice text) {
  VEC_RESERVE(A->code, A->capcode, A->ncode + 1);
  VEC_RESERVE(A->src, A->capsrc, A->ncode + 1);
  Insn *in = &A->code[A->ncode];
  SrcInfo *si = &A->src[A->ncode];
  memset(in, 0, sizeof *in);
  in->block_start = A->pending_bs ? BS_MACHINE : 0;
  A->pending_bs = 0;
  si->file = A->file;
  si->line = A->line;
  si->text = keep_string(A, text.b, slen(text));
  si->func = A->cur_func ? A->cur_func : "?";
  si->block = A->cur_block ? A->cur_block : "?";
  si->irblock = A->pending_ir;
  si->nirblocks = A->pending_nir;
  A->pending_ir = A->pending_nir = -1;
  A->ncode++;
  return in;
}

static void instruction(Asm *A, Slice mn, Slice rest, Slice text) {
  const Mnem *m = find_mnem(mn);
  if (!m) {
    ERR(A, "unknown mnemonic '%s'", show(mn));
    return;
  }
  if (!A->in_code) {
    ERR(A, "instruction '%s' in a data section", m->name);
    return;
  }
  long n = split_ops(A, rest);
  if (n < 0)
    return;
  if (n != forms[m->form].nops) {
    ERR(A, "'%s' takes %d operand%s (%s), got %ld", m->name,
        forms[m->form].nops, forms[m->form].nops == 1 ? "" : "s",
        forms[m->form].shape, n);
    return;
  }
  Insn t;
  memset(&t, 0, sizeof t);
  t.op = m->op;
  Slice *o = A->ops;
  Imm im = {0, {NULL, NULL}, {NULL, NULL}, 0};
  int target = 0; /* the immediate is a branch target label */
  int ok = 1;
  switch (m->form) {
  case F_RRR:
    ok = get_reg(A, m, 0, o[0], &t.rd) && get_reg(A, m, 1, o[1], &t.ra) &&
         get_reg(A, m, 2, o[2], &t.rb);
    break;
  case F_RRI:
  case F_RI: {
    int k = m->form == F_RRI ? 2 : 1;
    ok = get_reg(A, m, 0, o[0], &t.rd) &&
         (k == 1 || get_reg(A, m, 1, o[1], &t.ra));
    if (ok) {
      int r = parse_imm(o[k], &im);
      if (r != 1) {
        ERR(A, "%s immediate '%s' in operand %d of '%s'",
            r == 0 ? "malformed" : "out-of-range", show(o[k]), k + 1, m->name);
        ok = 0;
      }
      t.imm = (int64_t)im.val;
    }
    break;
  }
  case F_RR:
    ok = get_reg(A, m, 0, o[0], &t.rd) && get_reg(A, m, 1, o[1], &t.ra);
    break;
  case F_RRRR:
    ok = get_reg(A, m, 0, o[0], &t.rd) && get_reg(A, m, 1, o[1], &t.rc) &&
         get_reg(A, m, 2, o[2], &t.ra) && get_reg(A, m, 3, o[3], &t.rb);
    break;
  case F_LOAD:
    ok = get_reg(A, m, 0, o[0], &t.rd) &&
         get_mem(A, m, 1, o[1], &t.ra, &t.imm);
    break;
  case F_STORE:
    ok = get_reg(A, m, 0, o[0], &t.rb) &&
         get_mem(A, m, 1, o[1], &t.ra, &t.imm);
    break;
  case F_RL:
  case F_L: {
    if (m->form == F_RL)
      ok = get_reg(A, m, 0, o[0], &t.rc);
    Slice l = o[m->form == F_RL ? 1 : 0];
    if (ok && !is_symbol(l)) {
      ERR(A, "operand %d of '%s' must be a label, got '%s'",
          m->form == F_RL ? 2 : 1, m->name, show(l));
      ok = 0;
    }
    im.has_sym = 1;
    im.sym = l;
    target = 1;
    break;
  }
  case F_R:
    ok = get_reg(A, m, 0, o[0], &t.ra);
    break;
  case F_NONE:
    break;
  case F_LDF: {
    ok = get_reg(A, m, 0, o[0], &t.rd);
    if (ok) {
      uint64_t v;
      int r = parse_int(o[1], &v);
      if (r != 1) {
        ERR(A, "%s stack offset '%s' in operand 2 of 'ldf'",
            r == 0 ? "malformed" : "out-of-range", show(o[1]));
        ok = 0;
      }
      t.imm = (int64_t)v;
    }
    break;
  }
  }
  if (!ok)
    return;
  if (im.has_sym)
    add_fixup(A, target ? FX_TARGET : FX_IMM, im.sym, im.minus, im.val,
              A->ncode, 0);
  Insn *in = emit_insn(A, text);
  uint8_t bs = in->block_start;
  *in = t;
  if (!bs && A->ncode >= 2 && is_cond_branch(A->code[A->ncode - 2].op) &&
      !is_transfer(m->op))
    bs = BS_CONSTRAINT;
  in->block_start = bs;
  /* The return continuation starts a block (docs/machine.md, io width). */
  if (m->op == OP_CALL || m->op == OP_CALLR)
    A->pending_bs = 1;
}

/* ------------------------------------------------------------------ */
/* Data                                                                */

/* Makes room for n bytes at the data cursor; data and bss must end below the
 * argv block at the top of RAM. */
static int data_room(Asm *A, uint64_t n) {
  if (n > ARGV_BASE - A->dcur) {
    if (!A->data_full)
      ERR(A, "data and bss do not fit in RAM (they must end below 0x%llx)",
          (unsigned long long)ARGV_BASE);
    A->data_full = 1;
    return 0;
  }
  return 1;
}

static void put_le(uint8_t *p, uint64_t v, int size) {
  for (int i = 0; i < size; i++)
    p[i] = (uint8_t)(v >> (8 * i));
}

/* A value fits in size bytes if it is a valid signed or unsigned number of
 * that width (as GNU as allows `.byte 255` and `.byte -1`). */
static int fits(uint64_t v, int size) {
  if (size >= 8)
    return 1;
  uint64_t lim = UINT64_C(1) << (8 * size);
  return v < lim || ((int64_t)v < 0 && (int64_t)v >= -(int64_t)(lim / 2));
}

static const char *data_dir_name(Slice s) {
  static char buf[16];
  size_t n = slen(s) < 15 ? slen(s) : 15;
  memcpy(buf, s.b, n);
  buf[n] = 0;
  return buf;
}

static int need_data(Asm *A, Slice name) {
  if (A->in_code) {
    ERR(A, "data directive '%s' in a text section", show(name));
    return 0;
  }
  return 1;
}

static void dir_values(Asm *A, Slice name, long n, int size) {
  if (!need_data(A, name))
    return;
  if (n == 0) {
    ERR(A, "'%s' needs at least one value", data_dir_name(name));
    return;
  }
  for (long i = 0; i < n; i++) {
    Imm im;
    int r = parse_imm(A->ops[i], &im);
    if (r != 1) {
      ERR(A, "%s value '%s' in '%s'", r == 0 ? "malformed" : "out-of-range",
          show(A->ops[i]), data_dir_name(name));
      continue;
    }
    if (!im.has_sym && !fits(im.val, size)) {
      ERR(A, "value '%s' does not fit in %d byte%s", show(A->ops[i]), size,
          size == 1 ? "" : "s");
      continue;
    }
    if (!data_room(A, (uint64_t)size))
      return;
    if (im.has_sym)
      add_fixup(A, FX_DATA, im.sym, im.minus, im.val, A->dcur, size);
    else
      put_le(A->P->ram + A->dcur, im.val, size);
    A->dcur += (uint64_t)size;
  }
}

/* Decodes one "..." operand into A->sbuf; returns the length or -1. */
static long decode_string(Asm *A, Slice o) {
  if (slen(o) < 2 || o.b[0] != '"') {
    ERR(A, "expected a string, got '%s'", show(o));
    return -1;
  }
  VEC_RESERVE(A->sbuf, A->capsbuf, slen(o));
  long n = 0;
  const char *p = o.b + 1;
  for (;;) {
    if (p >= o.e) {
      ERR(A, "unterminated string");
      return -1;
    }
    char c = *p++;
    if (c == '"')
      break;
    if (c != '\\') {
      A->sbuf[n++] = (uint8_t)c;
      continue;
    }
    if (p >= o.e) {
      ERR(A, "unterminated string");
      return -1;
    }
    c = *p++;
    switch (c) {
    case 'n': A->sbuf[n++] = '\n'; break;
    case 't': A->sbuf[n++] = '\t'; break;
    case 'r': A->sbuf[n++] = '\r'; break;
    case 'b': A->sbuf[n++] = '\b'; break; /* LLVM prints these two */
    case 'f': A->sbuf[n++] = '\f'; break;
    case '\\': A->sbuf[n++] = '\\'; break;
    case '"': A->sbuf[n++] = '"'; break;
    case 'x': {
      int v = 0, k = 0, d;
      while (k < 2 && p < o.e && (d = hex_val((unsigned char)*p)) >= 0) {
        v = v * 16 + d;
        p++;
        k++;
      }
      if (k == 0) {
        ERR(A, "'\\x' escape without hex digits");
        return -1;
      }
      A->sbuf[n++] = (uint8_t)v;
      break;
    }
    default:
      if (c >= '0' && c <= '7') {
        int v = c - '0', k = 1;
        while (k < 3 && p < o.e && *p >= '0' && *p <= '7') {
          v = v * 8 + (*p - '0');
          p++;
          k++;
        }
        if (v > 0377) {
          ERR(A, "octal escape out of range");
          return -1;
        }
        A->sbuf[n++] = (uint8_t)v;
      } else {
        ERR(A, "unknown escape '\\%c' in string",
            (c >= 32 && c < 127) ? c : '?');
        return -1;
      }
    }
  }
  if (p != o.e) {
    ERR(A, "unexpected text after string: '%s'", show((Slice){p, o.e}));
    return -1;
  }
  return n;
}

static void dir_string(Asm *A, Slice name, long n, int nul) {
  if (!need_data(A, name))
    return;
  if (n == 0) {
    ERR(A, "'%s' needs a string", data_dir_name(name));
    return;
  }
  for (long i = 0; i < n; i++) {
    long len = decode_string(A, A->ops[i]);
    if (len < 0)
      continue;
    if (!data_room(A, (uint64_t)len + (uint64_t)nul))
      return;
    memcpy(A->P->ram + A->dcur, A->sbuf, (size_t)len);
    A->dcur += (uint64_t)len;
    if (nul)
      A->P->ram[A->dcur++] = 0;
  }
}

/* Reads operand i as an integer in [lo, hi]. */
static int get_int(Asm *A, Slice dir, long i, int64_t lo, int64_t hi,
                   int64_t *out) {
  uint64_t v;
  int r = parse_int(A->ops[i], &v);
  if (r != 1 || (int64_t)v < lo || (int64_t)v > hi ||
      (r == 1 && A->ops[i].b[0] != '-' && v > (uint64_t)INT64_MAX)) {
    ERR(A, "operand %ld of '%s' must be an integer in %lld..%lld, got '%s'",
        i + 1, data_dir_name(dir), (long long)lo, (long long)hi,
        show(A->ops[i]));
    return 0;
  }
  *out = (int64_t)v;
  return 1;
}

static void align_data(Asm *A, uint64_t align) {
  uint64_t pad = (align - (A->dcur & (align - 1))) & (align - 1);
  if (data_room(A, pad))
    A->dcur += pad; /* RAM is zeroed: padding needs no writes */
}

/* NAME = EXPR, or .set/.equ NAME, EXPR: EXPR a number or symbol[+-N]. */
static void assignment(Asm *A, Slice name, Slice expr) {
  Imm im;
  if (!is_symbol(name) || parse_imm(trim(expr), &im) != 1 ||
      im.minus.b != im.minus.e) {
    ERR(A, "malformed symbol assignment (expected NAME = SYMBOL[+N] or a "
           "number)");
    return;
  }
  VEC_RESERVE(A->alias, A->capalias, A->nalias + 1);
  struct Alias *a = &A->alias[A->nalias++];
  a->name = xstrndup(name.b, slen(name));
  a->target = im.has_sym ? xstrndup(im.sym.b, slen(im.sym)) : NULL;
  a->addend = im.val;
  a->file = A->file;
  a->line = A->line;
  a->fileid = A->fileid;
}

/* Defines the assigned symbols, following chains of them; an assignment to
 * an undefined symbol, or a cycle, is an error at its line. */
static void define_aliases(Asm *A) {
  size_t left = A->nalias;
  int progress = 1;
  while (left && progress) {
    progress = 0;
    for (size_t i = 0; i < A->nalias; i++) {
      struct Alias *a = &A->alias[i];
      if (!a->name)
        continue;
      Sym *t = NULL;
      if (a->target) {
        size_t n = strlen(a->target);
        A->fileid = a->fileid;
        t = sym_find(A, a->target, n, scope_of(A, a->target, n));
        if (!t)
          continue;
      }
      A->file = a->file;
      A->line = a->line;
      A->fileid = a->fileid;
      define_sym(A, (Slice){a->name, a->name + strlen(a->name)},
                 t ? t->is_code : 0, (t ? t->value : 0) + a->addend);
      free(a->name);
      a->name = NULL;
      left--;
      progress = 1;
    }
  }
  for (size_t i = 0; i < A->nalias; i++)
    if (A->alias[i].name)
      error_at(A, A->alias[i].file, A->alias[i].line,
               "'%s' is assigned '%s', which is undefined (or an assignment "
               "cycle)",
               A->alias[i].name, A->alias[i].target);
}

static int is_ignored_directive(Slice d) {
  static const char *const ignored[] = {
      ".globl", ".global", ".local", ".weak", ".hidden", ".type", ".size",
      ".file", ".ident", ".addrsig", ".addrsig_sym"};
  for (size_t i = 0; i < sizeof ignored / sizeof ignored[0]; i++)
    if (slice_is(d, ignored[i]))
      return 1;
  return slice_starts(d, ".cfi_");
}

static void directive(Asm *A, Slice d, Slice rest) {
  if (is_ignored_directive(d))
    return; /* operands are not even looked at */
  long n = split_ops(A, rest);
  if (n < 0)
    return;
  const char *dn = data_dir_name(d);

  if (slice_is(d, ".set") || slice_is(d, ".equ")) {
    if (n != 2) {
      ERR(A, "'%s' takes a name and a value", show(d));
      return;
    }
    assignment(A, A->ops[0], A->ops[1]);
  } else if (slice_is(d, ".text") || slice_is(d, ".data") ||
             slice_is(d, ".bss") || slice_is(d, ".rodata")) {
    if (n != 0) {
      ERR(A, "'%s' takes no operands", dn);
      return;
    }
    A->in_code = slice_is(d, ".text");
  } else if (slice_is(d, ".section")) {
    if (n == 0) {
      ERR(A, "'.section' needs a section name");
      return;
    }
    Slice s = A->ops[0];
    if (slen(s) >= 2 && s.b[0] == '"' && s.e[-1] == '"')
      s = (Slice){s.b + 1, s.e - 1};
    A->in_code = slice_starts(s, ".text");
  } else if (slice_is(d, ".p2align")) {
    int64_t v[3];
    if (n < 1 || n > 3) {
      ERR(A, "'.p2align' takes 1 to 3 operands (N[,F[,M]]), got %ld", n);
      return;
    }
    if (!get_int(A, d, 0, 0, 26, &v[0]))
      return;
    for (long i = 1; i < n; i++)
      if (!get_int(A, d, i, INT64_MIN, INT64_MAX, &v[i]))
        return;
    if (!A->in_code)
      align_data(A, UINT64_C(1) << v[0]);
  } else if (slice_is(d, ".byte")) {
    dir_values(A, d, n, 1);
  } else if (slice_is(d, ".short") || slice_is(d, ".2byte") ||
             slice_is(d, ".hword")) {
    dir_values(A, d, n, 2);
  } else if (slice_is(d, ".long") || slice_is(d, ".4byte") ||
             slice_is(d, ".word")) {
    dir_values(A, d, n, 4);
  } else if (slice_is(d, ".quad") || slice_is(d, ".8byte")) {
    dir_values(A, d, n, 8);
  } else if (slice_is(d, ".zero") || slice_is(d, ".space")) {
    int64_t cnt, fill = 0;
    if (!need_data(A, d))
      return;
    if (n < 1 || n > 2) {
      ERR(A, "'%s' takes 1 or 2 operands (N[,FILL]), got %ld", dn, n);
      return;
    }
    if (!get_int(A, d, 0, 0, (int64_t)RAM_SIZE, &cnt) ||
        (n == 2 && !get_int(A, d, 1, -128, 255, &fill)))
      return;
    if (!data_room(A, (uint64_t)cnt))
      return;
    if (fill)
      memset(A->P->ram + A->dcur, (int)(fill & 0xff), (size_t)cnt);
    A->dcur += (uint64_t)cnt;
  } else if (slice_is(d, ".ascii")) {
    dir_string(A, d, n, 0);
  } else if (slice_is(d, ".asciz") || slice_is(d, ".string")) {
    dir_string(A, d, n, 1);
  } else if (slice_is(d, ".comm") || slice_is(d, ".lcomm")) {
    int64_t size, align = 1;
    if (n < 2 || n > 3) {
      ERR(A, "'%s' takes 2 or 3 operands (S,SIZE[,ALIGN]), got %ld", dn, n);
      return;
    }
    if (!is_symbol(A->ops[0])) {
      ERR(A, "'%s' needs a symbol name, got '%s'", dn, show(A->ops[0]));
      return;
    }
    if (!get_int(A, d, 1, 0, (int64_t)RAM_SIZE, &size) ||
        (n == 3 && !get_int(A, d, 2, 1, 1 << 26, &align)))
      return;
    if (align & (align - 1)) {
      ERR(A, "alignment %lld of '%s' is not a power of two", (long long)align,
          dn);
      return;
    }
    align_data(A, (uint64_t)align);
    if (!data_room(A, (uint64_t)size))
      return;
    define_sym(A, A->ops[0], 0, A->dcur);
    A->dcur += (uint64_t)size;
  } else if (slice_is(d, ".irblock")) {
    int64_t k, total;
    if (n != 2) {
      ERR(A, "'.irblock' takes 2 operands (index, count), got %ld", n);
      return;
    }
    if (!get_int(A, d, 1, 1, INT32_MAX, &total) ||
        !get_int(A, d, 0, 0, total - 1, &k))
      return;
    A->pending_ir = (int)k;
    A->pending_nir = (int)total;
  } else if (slice_is(d, ".iowidth")) {
    int64_t w;
    if (n != 1) {
      ERR(A, "'.iowidth' takes 1 operand, got %ld", n);
      return;
    }
    if (!get_int(A, d, 0, 1, 64, &w))
      return;
    if (A->iowidth && A->iowidth != w) {
      ERR(A, "'.iowidth %lld' disagrees with '.iowidth %d' at %s:%d",
          (long long)w, A->iowidth, A->iow_file, A->iow_line);
      return;
    }
    if (!A->iowidth) {
      A->iowidth = (int)w;
      A->iow_file = A->file;
      A->iow_line = A->line;
    }
  } else {
    ERR(A, "unknown directive '%s'", show(d));
  }
}

/* ------------------------------------------------------------------ */
/* Lines and files                                                     */

static void define_label(Asm *A, Slice name) {
  if (A->in_code) {
    const char *interned = define_sym(A, name, 1, A->ncode);
    A->pending_bs = 1;
    A->cur_block = interned;
    if (!is_local_name(name.b, slen(name)))
      A->cur_func = interned;
  } else {
    define_sym(A, name, 0, A->dcur);
  }
}

static void do_line(Asm *A, const char *b, const char *e) {
  if (memchr(b, 0, (size_t)(e - b))) {
    ERR(A, "line contains a NUL byte");
    return;
  }
  /* Strip the comment: '#' outside a string literal. */
  int instr = 0;
  for (const char *q = b; q < e; q++) {
    if (instr) {
      if (*q == '\\' && q + 1 < e)
        q++;
      else if (*q == '"')
        instr = 0;
    } else if (*q == '"') {
      instr = 1;
    } else if (*q == '#') {
      e = q;
      break;
    }
  }
  Slice s = trim((Slice){b, e});
  /* Labels: "name:" (any number of them) before the statement. */
  while (s.b < s.e && is_sym_start((unsigned char)*s.b)) {
    const char *q = s.b;
    while (q < s.e && is_sym_char((unsigned char)*q))
      q++;
    if (q == s.e || *q != ':')
      break;
    define_label(A, (Slice){s.b, q});
    s = trim((Slice){q + 1, s.e});
  }
  if (s.b == s.e)
    return;
  const char *q = s.b;
  while (q < s.e && !is_space((unsigned char)*q))
    q++;
  Slice mn = {s.b, q};
  Slice rest = trim((Slice){q, s.e});
  const char *eq = memchr(s.b, '=', (size_t)(s.e - s.b));
  if (eq && is_symbol(trim((Slice){s.b, eq})))
    assignment(A, trim((Slice){s.b, eq}), (Slice){eq + 1, s.e});
  else if (*mn.b == '.')
    directive(A, mn, rest);
  else
    instruction(A, mn, rest, s);
}

/* Reads a whole file; NULL (after an error message) if it cannot be read. */
static char *read_file(const char *name, size_t *len) {
  FILE *f = fopen(name, "rb");
  if (!f) {
    fprintf(stderr, "%s: error: cannot open '%s': %s\n", machine_tool_name, name,
            strerror(errno));
    return NULL;
  }
  size_t cap = 1 << 16, n = 0;
  char *buf = xmalloc(cap);
  for (;;) {
    if (n == cap)
      buf = xrealloc(buf, cap *= 2);
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0)
      break;
  }
  if (ferror(f)) {
    fprintf(stderr, "%s: error: cannot open '%s': %s\n", machine_tool_name, name,
            strerror(errno));
    fclose(f);
    free(buf);
    return NULL;
  }
  fclose(f);
  *len = n;
  return buf;
}

static void assemble_buffer(Asm *A, const char *name, int fileid,
                            const char *buf, size_t len) {
  A->file = name;
  A->fileid = fileid;
  A->line = 0;
  A->in_code = 1; /* like GNU as: a file starts in .text */
  A->cur_func = A->cur_block = NULL;
  const char *p = buf, *end = buf + len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *le = nl ? nl : end;
    A->line++;
    do_line(A, p, le);
    p = nl ? nl + 1 : end;
  }
}

static int assemble_file(Asm *A, const char *name, int fileid) {
  size_t len;
  char *buf = read_file(name, &len);
  if (!buf)
    return 0;
  assemble_buffer(A, name, fileid, buf, len);
  free(buf); /* every kept string was copied out of it */
  return 1;
}

/* ------------------------------------------------------------------ */
/* Pass 2                                                              */

/* The value of a symbol (or builtin) a fixup names; 0 after an error. */
static int symbol_value(Asm *A, const Fixup *f, const char *name, int scope,
                        uint64_t *val, int *is_code) {
  const Program *P = A->P;
  Sym *s = sym_find(A, name, strlen(name), scope);
  if (s) {
    *val = s->value;
    *is_code = s->is_code;
  } else if (scope < 0 && strcmp(name, "__circ_putchar") == 0) {
    *val = P->putchar_addr;
    *is_code = 1;
  } else if (scope < 0 && strcmp(name, "__circ_exit") == 0) {
    *val = P->exit_addr;
    *is_code = 1;
  } else {
    error_at(A, f->file, f->line, "undefined symbol '%s'", name);
    return 0;
  }
  return 1;
}

static void resolve(Asm *A) {
  Program *P = A->P;
  for (size_t i = 0; i < A->nfix; i++) {
    Fixup *f = &A->fix[i];
    uint64_t val, other;
    int is_code, other_code;
    if (!symbol_value(A, f, f->name, f->scope, &val, &is_code))
      continue;
    if (f->minus) { /* a distance: a number, not an address */
      if (!symbol_value(A, f, f->minus, f->minus_scope, &other, &other_code))
        continue;
      if (is_code != other_code) {
        error_at(A, f->file, f->line,
                 "'%s-%s' subtracts a data symbol from a code label or the "
                 "other way round", f->name, f->minus);
        continue;
      }
      val -= other;
      is_code = 0;
    }
    switch (f->kind) {
    case FX_IMM:
      A->code[f->where].imm = (int64_t)(val + f->addend);
      break;
    case FX_TARGET:
      if (!is_code) {
        error_at(A, f->file, f->line,
                 "'%s' is a data symbol, not a code label", f->name);
        break;
      }
      A->code[f->where].imm = (int64_t)val;
      break;
    case FX_DATA: {
      uint64_t v = val + f->addend;
      if (!fits(v, f->size)) {
        error_at(A, f->file, f->line, "value of '%s' does not fit in %d bytes",
                 f->name, f->size);
        break;
      }
      put_le(P->ram + f->where, v, f->size);
      break;
    }
    }
  }
}

/* Frees what only the assembler uses; the program keeps its strings. */
static void asm_free(Asm *A) {
  for (size_t h = 0; h < A->nbuckets; h++)
    for (Sym *s = A->buckets[h], *next; s; s = next) {
      next = s->next;
      free(s);
    }
  free(A->buckets);
  for (size_t i = 0; i < A->nfix; i++) {
    free(A->fix[i].name);
    free(A->fix[i].minus);
  }
  free(A->fix);
  for (size_t i = 0; i < A->nalias; i++) {
    free(A->alias[i].name);
    free(A->alias[i].target);
  }
  free(A->alias);
  free(A->ops);
  free(A->sbuf);
}

/* After errors: nothing of the program survives. */
static Program *assembly_failed(Asm *A) {
  free(A->code);
  free(A->src);
  asm_free(A);
  program_free(A->P);
  return NULL;
}

/* texts[i] NULL: read files[i]. */
static Program *assemble_sources(int nfiles, const char *const *files,
                                 const char *const *texts,
                                 const size_t *lens) {
  Asm A;
  memset(&A, 0, sizeof A);
  Program *P = xcalloc(1, sizeof *P);
  A.P = P;
  P->ram = xcalloc(1, (size_t)RAM_SIZE); /* zero pages cost nothing until used */
  A.nbuckets = 1 << 14;
  A.buckets = xcalloc(A.nbuckets, sizeof *A.buckets);
  A.dcur = RAM_MIN;
  A.pending_ir = A.pending_nir = -1;

  int opened = 1;
  const char *last_file = nfiles ? files[nfiles - 1] : "?";
  int last_line = 1;
  for (int i = 0; i < nfiles; i++) {
    if (texts && texts[i])
      assemble_buffer(&A, files[i], i, texts[i], lens[i]);
    else if (!assemble_file(&A, files[i], i))
      opened = 0;
    else if (i == nfiles - 1)
      last_line = A.line > 0 ? A.line : 1;
  }
  if (!opened)
    return assembly_failed(&A);

  size_t n = A.ncode;
  P->putchar_addr = n + 1;
  P->exit_addr = n + 2;
  define_aliases(&A);
  P->has_putchar = !sym_find(&A, "__circ_putchar", 14, -1);
  P->has_exit = !sym_find(&A, "__circ_exit", 11, -1);
  resolve(&A);

  Sym *m = sym_find(&A, "main", 4, -1);
  if (!m)
    error_at(&A, last_file, last_line, "no 'main' function defined");
  else if (!m->is_code)
    error_at(&A, m->file, m->line, "'main' must be a label in a text section");
  else if (m->value >= n && !A.nerrors) /* not when its code had errors */
    error_at(&A, m->file, m->line, "'main' does not point at an instruction");
  if (A.nerrors)
    return assembly_failed(&A);

  /* The guard after the last instruction catches falling off the end. */
  VEC_RESERVE(A.code, A.capcode, n + 1);
  VEC_RESERVE(A.src, A.capsrc, n + 1);
  memset(&A.code[n], 0, sizeof A.code[n]);
  A.code[n].op = OP_END;
  A.src[n].file = last_file;
  A.src[n].line = last_line;
  A.src[n].text = "(end of code)";
  A.src[n].func = A.src[n].block = "?";
  A.src[n].irblock = A.src[n].nirblocks = -1;
  P->code = A.code;
  P->src = A.src;
  P->ncode = n;
  P->main_pc = m->value;
  P->setjmp_pc = code_label(&A, "__circ_setjmp", n);
  P->longjmp_pc = code_label(&A, "__circ_longjmp", n);
  P->iowidth = A.iowidth;
  P->data_end = A.dcur;

  /* argv = {"prog", NULL} in the top 64 bytes of RAM. */
  put_le(P->ram + ARGV_BASE, ARGV_BASE + 16, 8);
  put_le(P->ram + ARGV_BASE + 8, 0, 8);
  memcpy(P->ram + ARGV_BASE + 16, "prog", 5);
  asm_free(&A);
  return P;
}

Program *assemble(int nfiles, char **files) {
  return assemble_sources(nfiles, (const char *const *)files, NULL, NULL);
}

Program *assemble_text(const char *name, const char *text, size_t len) {
  return assemble_sources(1, &name, &text, &len);
}

void program_free(Program *P) {
  if (!P)
    return;
  free(P->code);
  free(P->src);
  free(P->ram);
  for (size_t i = 0; i < P->nstrings; i++)
    free(P->strings[i]);
  free(P->strings);
  free(P);
}
