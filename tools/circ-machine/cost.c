/* cost.c: the prover cost of docs/r1cs.md, "Prover cost". Every term is
 * (padded rows + padded committed witness) x (padded count), the shape of
 * the sumcheck and commitment work in circ_blocks' prover (spartan_parallel):
 * it pads per-block constraint counts, witness widths and execution counts,
 * the number of executions, and each memory list to powers of two. Sums
 * saturate rather than wrap. */
#include "cost.h"

/* Shared by the pairwise circuits (transition, stack and RAM checks):
 * max(12 + timestamp bits (20) + address bits (0 at circ_blocks' top
 * optimisation level), 2 x (S + 1) + 5) constraint rows. */
#define PAIRWISE_MIN_ROWS 32
/* Committed per execution besides the block's witness and io vectors: a
 * 16-wide section (W3), in the block instance and in the transition check. */
#define EXECUTION_EXTRA_WIDTH 16
/* Committed per memory access: the sorted entry with its successor (16), the
 * permutation section (8) and W3 (16); RAM adds its timestamp bits. */
#define MEMORY_ACCESS_WIDTH 40
#define RAM_TIMESTAMP_WIDTH 32
/* Committed per word of initial RAM. */
#define RAM_INIT_WIDTH 32

uint64_t pow2ceil64(uint64_t x) {
  uint64_t p = 1;
  while (p < x && p < (UINT64_C(1) << 63))
    p <<= 1;
  return p;
}

static uint64_t sat_mul(uint64_t a, uint64_t b) {
  if (a && b > UINT64_MAX / a)
    return UINT64_MAX;
  return a * b;
}

static uint64_t sat_add(uint64_t a, uint64_t b) {
  return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

static uint64_t pairwise_rows(uint64_t S) {
  uint64_t rows = pow2ceil64(2 * (S + 1) + 5);
  return rows < PAIRWISE_MIN_ROWS ? PAIRWISE_MIN_ROWS : rows;
}

uint64_t transition_cost_per_execution(uint64_t S) {
  return pairwise_rows(S) + 2 * pow2ceil64(2 * (S + 1)) +
         EXECUTION_EXTRA_WIDTH;
}

/* A list of n entries costs nothing when empty (circ_blocks drops it). */
static uint64_t padded_count(uint64_t n) { return n ? pow2ceil64(n) : 0; }

/* The block instance as circ_blocks proves it: our constraints plus its
 * extraction rows (a random linear combination over the io slots, and the
 * stack and RAM tuples into their permutation checks). */
static uint64_t block_rows(const R1csBlock *b, uint64_t ncons, uint64_t S) {
  return ncons + (2 * S + 3) + (2 * (uint64_t)b->nstack + 3) +
         (4 * (uint64_t)b->nram + 3);
}

/* Block b's constraints with S slots. It was built with R->nslots, and
 * every slot gives a block one output constraint (r1cs.c, finish_block). */
static uint64_t block_constraints_at(const R1cs *R, const R1csBlock *b,
                                     uint64_t S) {
  return b->ncons + S - (uint64_t)R->nslots;
}

/* What each execution of block b pays in its own instance with S slots:
 * rows, the witness (each slot an input and an output wire: r1cs.c,
 * start_block), and the permutation section W2 over the io slots and the
 * memory tuples. */
static uint64_t block_weight_at(const R1cs *R, const R1csBlock *b,
                                uint64_t S) {
  uint64_t nwires = b->nwires + 2 * S - 2 * (uint64_t)R->nslots;
  uint64_t w2 = 2 * (S + 1) + 2 * (uint64_t)b->nstack + 4 * (uint64_t)b->nram;
  return pow2ceil64(block_rows(b, block_constraints_at(R, b, S), S)) +
         pow2ceil64(nwires) + pow2ceil64(w2) + EXECUTION_EXTRA_WIDTH;
}

static uint64_t block_instance_weight(const R1cs *R, const R1csBlock *b) {
  return block_weight_at(R, b, (uint64_t)R->nslots);
}

/* Each entry of an access list feeds its coherence check and its
 * permutation check and is committed. */
static uint64_t stack_entry_weight(uint64_t S) {
  return 2 * pairwise_rows(S) + MEMORY_ACCESS_WIDTH;
}

static uint64_t ram_entry_weight(uint64_t S) {
  return 2 * pairwise_rows(S) + MEMORY_ACCESS_WIDTH + RAM_TIMESTAMP_WIDTH;
}

/* Each access: its list's entry, and in its block 2 (stack) or 4 (RAM)
 * extraction rows and W2 wires. */
uint64_t stack_access_cost(uint64_t S) { return stack_entry_weight(S) + 2 * 2; }

uint64_t ram_access_cost(uint64_t S) { return ram_entry_weight(S) + 2 * 4; }

uint64_t block_execution_cost(const R1cs *R, const R1csBlock *b) {
  uint64_t S = (uint64_t)R->nslots;
  return block_instance_weight(R, b) + transition_cost_per_execution(S) +
         (uint64_t)b->nstack * stack_entry_weight(S) +
         (uint64_t)b->nram * ram_entry_weight(S);
}

void prover_cost(const R1cs *R, const uint64_t *block_execs,
                 const RunCounts *run, ProverCost *out) {
  prover_cost_with_slots(R, block_execs, run, (uint64_t)R->nslots, out);
}

void prover_cost_with_slots(const R1cs *R, const uint64_t *block_execs,
                            const RunCounts *run, uint64_t S,
                            ProverCost *out) {
  out->constraints = out->blocks = 0;
  for (size_t i = 0; i < R->nblocks; i++) {
    const R1csBlock *b = &R->blocks[i];
    uint64_t x = block_execs[b->id];
    if (!x)
      continue;
    out->constraints =
        sat_add(out->constraints, sat_mul(x, block_constraints_at(R, b, S)));
    out->blocks = sat_add(out->blocks,
                          sat_mul(pow2ceil64(x), block_weight_at(R, b, S)));
  }
  out->transitions = sat_mul(padded_count(run->executions),
                             transition_cost_per_execution(S));
  out->stack = sat_mul(padded_count(run->stack_accesses), stack_entry_weight(S));
  out->ram = sat_add(
      sat_mul(padded_count(run->ram_accesses), ram_entry_weight(S)),
      sat_mul(padded_count(run->ram_init_words),
              pairwise_rows(S) + RAM_INIT_WIDTH));
  out->total = sat_add(sat_add(out->blocks, out->transitions),
                       sat_add(out->stack, out->ram));
}

void run_counts_of(const R1cs *R, const uint64_t *block_execs, RunCounts *run) {
  run->executions = run->stack_accesses = run->ram_accesses = 0;
  for (size_t i = 0; i < R->nblocks; i++) {
    const R1csBlock *b = &R->blocks[i];
    uint64_t x = block_execs[b->id];
    run->executions = sat_add(run->executions, x);
    run->stack_accesses = sat_add(run->stack_accesses, sat_mul(x, b->nstack));
    run->ram_accesses = sat_add(run->ram_accesses, sat_mul(x, b->nram));
  }
  run->ram_init_words = ram_init_words(R->P);
}

uint64_t ram_init_words(const Program *P) {
  uint64_t data = P->data_end > RAM_MIN ? P->data_end - RAM_MIN : 0;
  return (data + 7) / 8;
}

/* A predicted count: a block reached at all runs at least once. */
static uint64_t predicted_count(double x) {
  if (!(x > 0))
    return 0;
  if (x >= 1.8e19)
    return UINT64_MAX;
  uint64_t n = (uint64_t)(x + 0.5);
  return n ? n : 1;
}

void prover_cost_predicted(const R1cs *R, const double *pc_execs,
                           uint64_t *block_execs, ProverCost *out) {
  const Program *P = R->P;
  double builtin[2] = {0, 0};
  for (size_t pc = 0; pc < P->ncode; pc++) {
    const Insn *in = &P->code[pc];
    if (in->op != OP_CALL)
      continue;
    if (P->has_putchar && (uint64_t)in->imm == P->putchar_addr)
      builtin[0] += pc_execs[pc];
    else if (P->has_exit && (uint64_t)in->imm == P->exit_addr)
      builtin[1] += pc_execs[pc];
  }
  for (size_t i = 0; i < P->ncode + 3; i++)
    block_execs[i] = 0;
  for (size_t i = 0; i < R->nblocks; i++) {
    const R1csBlock *b = &R->blocks[i];
    double x = b->id == P->putchar_addr && P->has_putchar ? builtin[0]
               : b->id == P->exit_addr && P->has_exit     ? builtin[1]
                                                          : pc_execs[b->first];
    block_execs[b->id] = predicted_count(x);
  }
  RunCounts run;
  run_counts_of(R, block_execs, &run);
  prover_cost(R, block_execs, &run, out);
}
