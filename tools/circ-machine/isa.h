/* isa.h: what the assembler hands to the interpreter. The circ machine itself
 * (registers, memories, instruction semantics) is specified in docs/machine.md;
 * this header only fixes the simulator's internal encoding of it. */
#ifndef CIRC_SIM_ISA_H
#define CIRC_SIM_ISA_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NORETURN __attribute__((noreturn))
#else
#define LIKELY(x) (x)
#define UNLIKELY(x) (x)
#define NORETURN
#endif

/* __circ_putchar's argument: bits 0-7 the byte, bit 8 the stream (0 standard
 * output, 1 standard error). Only the byte enters the constraint system. */
#define PUTCHAR_STDERR 0x100u

/* Register indices: %r0..%r63 are 0..63, the reserved registers follow so one
 * register file array (and a two-word validity mask) covers all of them. */
enum {
  NUM_GPRS = 64,
  REG_SP = 64,
  REG_BP = 65,
  REG_RP = 66,
  REG_AP = 67,
  NUM_REGS = 68
};

/* RAM layout (docs/machine.md, "RAM" and "Program start and end"). */
#define RAM_SIZE 0x4000000ull   /* 64 MiB */
#define RAM_MIN 0x1000ull       /* below this is the null guard */
#define ARGV_BASE 0x3ffffc0ull  /* argv block in the top 64 bytes; %ap starts here */

/* %rp of main: not an instruction index, so only the base frame can match it. */
#define SENTINEL_RETURN UINT64_MAX

/* Binary operations, each with a register and an immediate ("...i") form. */
#define CIRC_BINOPS(X)                                                         \
  X(ADD, "add") X(SUB, "sub") X(MUL, "mul") X(MULHS, "mulhs")                  \
  X(MULHU, "mulhu") X(DIVS, "divs") X(DIVU, "divu") X(REMS, "rems")            \
  X(REMU, "remu") X(AND, "and") X(OR, "or") X(XOR, "xor") X(SHL, "shl")        \
  X(SHR, "shr") X(SRA, "sra") X(SEQ, "seq") X(SNE, "sne") X(SLT, "slt")        \
  X(SLE, "sle") X(SGT, "sgt") X(SGE, "sge") X(SLTU, "sltu") X(SLEU, "sleu")    \
  X(SGTU, "sgtu") X(SGEU, "sgeu")

enum Opcode {
#define X(N, S) OP_##N, OP_##N##I,
  CIRC_BINOPS(X)
#undef X
  OP_MOV, OP_LI, OP_SEL,
  OP_LD8U, OP_LD8S, OP_LD16U, OP_LD16S, OP_LD32U, OP_LD32S, OP_LD64,
  OP_ST8, OP_ST16, OP_ST32, OP_ST64,
  OP_JMP, OP_BNZ, OP_BZ, OP_CALL, OP_CALLR, OP_RET, OP_JR, OP_TRAP,
  OP_PUSH, OP_FRAME, OP_LDF, OP_POPF,
  OP_END, /* guard after the last instruction: reached only by falling off */
  NUM_OPCODES
};

/* Block starts. A machine block starts where a text label points or after a
 * call (docs/machine.md, io width and transitions). A constraint block also
 * starts after a conditional branch that a non-transfer instruction follows:
 * a block's constraint system has conditional exits only at its end
 * (docs/r1cs.md); the machine sees no transition there. */
enum { BS_MACHINE = 1, BS_CONSTRAINT = 2 };

/* One pre-decoded instruction. Field use by form:
 *   binop     rd = ra OP rb          binop-imm rd = ra OP imm
 *   mov       rd = ra                li        rd = imm
 *   sel       rd = rc ? ra : rb
 *   load      rd = mem[ra + imm]     store     mem[ra + imm] = rb
 *   jmp/call  target imm             bnz/bz    rc, target imm
 *   callr     target in ra           push      ra
 *   ldf       rd = stack[bp + imm] */
typedef struct {
  uint8_t op;
  uint8_t rd, ra, rb, rc;
  uint8_t block_start; /* BS_* bits, 0 inside a block */
  uint16_t unused;
  int64_t imm;
} Insn;

/* Where an instruction came from, for faults and --trace. */
typedef struct {
  const char *file;
  const char *text;  /* the statement, trimmed, without label or comment */
  const char *func;  /* nearest preceding text label not starting with .L */
  const char *block; /* nearest preceding text label */
  int line;
  /* From a preceding `.irblock K, N`: the first instruction of a block that
   * came from IR block K of N in its function (profiles); else -1. */
  int irblock, nirblocks;
} SrcInfo;

typedef struct {
  Insn *code;       /* ncode instructions, then the OP_END guard */
  SrcInfo *src;     /* ncode + 1 entries */
  size_t ncode;
  uint8_t *ram;     /* RAM_SIZE bytes with data and bss in place */
  uint64_t main_pc;
  /* Code addresses of the builtins (ncode + 1, ncode + 2), valid only when
   * the program does not define the name itself. */
  uint64_t putchar_addr, exit_addr;
  int has_putchar, has_exit;
  /* Code addresses of __circ_setjmp and __circ_longjmp, when the program
   * defines them (docs/machine.md, "Non-local returns"); else ~0. */
  uint64_t setjmp_pc, longjmp_pc;
  int iowidth;      /* from .iowidth, 0 if absent */
  uint64_t data_end; /* first RAM address after data and bss */
  char **strings;    /* what the src entries point at, owned */
  size_t nstrings, capstrings;
} Program;

#endif
