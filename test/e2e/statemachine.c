// RUN: %e2e-check %s -O0 -regalloc=greedy
// RUN: %e2e-check %s -O2 -regalloc=greedy -verify-machineinstrs
// RUN: %e2e-check %s -O0 -cg-O0 -regalloc=fast
// RUN: %e2e-check %s -O2 -regalloc=basic -circ-io-width=4
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-io-width=4 -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-local -circ-prefer-callee-saved=false
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -verify-machineinstrs
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=16
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=8
// RUN: %e2e-check %s -O2 -regalloc=circ-ts -circ-io-width=4
// RUN: %e2e-check %s -O3 -cg-O3 -regalloc=circ-ts -circ-io-width=16 -verify-machineinstrs
// RUN: %e2e-check %s -O3 -cg-O3 -regalloc=circ-ts -circ-io-width=4
// State machines: a tokenizer with an enum state, a table-driven DFA, and an expression evaluator over the tokens.
#include <stdio.h>
#include <ctype.h>

enum tok_kind { T_NUM, T_IDENT, T_OP, T_LPAREN, T_RPAREN, T_END };
struct token { enum tok_kind kind; long value; char text[16]; };

enum state { S_START, S_NUM, S_IDENT, S_DONE };

static int tokenize(const char *s, struct token *out, int max) {
  int n = 0;
  enum state st = S_START;
  struct token cur = {T_END, 0, ""};
  int len = 0;
  while (st != S_DONE && n < max) {
    char c = *s;
    switch (st) {
    case S_START:
      if (c == 0) {
        out[n++] = (struct token){T_END, 0, ""};
        st = S_DONE;
      } else if (isdigit((unsigned char)c)) {
        cur = (struct token){T_NUM, 0, ""};
        st = S_NUM;
      } else if (isalpha((unsigned char)c) || c == '_') {
        cur = (struct token){T_IDENT, 0, ""};
        len = 0;
        st = S_IDENT;
      } else {
        if (c == '(') out[n++] = (struct token){T_LPAREN, 0, "("};
        else if (c == ')') out[n++] = (struct token){T_RPAREN, 0, ")"};
        else if (!isspace((unsigned char)c)) out[n++] = (struct token){T_OP, c, {c, 0}};
        s++;
      }
      break;
    case S_NUM:
      if (isdigit((unsigned char)c)) {
        cur.value = cur.value * 10 + (c - '0');
        s++;
      } else {
        out[n++] = cur;
        st = S_START;
      }
      break;
    case S_IDENT:
      if (isalnum((unsigned char)c) || c == '_') {
        if (len < 15)
          cur.text[len++] = c;
        cur.text[len] = 0;
        s++;
      } else {
        out[n++] = cur;
        st = S_START;
      }
      break;
    case S_DONE:
      break;
    }
  }
  return n;
}

/* Recursive descent over the tokens: expr = term {(+|-) term}, term = factor {(*|/|%) factor}. */
static const struct token *pos;
static long lookup_var(const char *name) {
  long v = 0;
  for (; *name; name++)
    v = v * 3 + (*name - 'a' + 1);
  return v;
}
static long expr(void);
static long factor(void) {
  if (pos->kind == T_NUM) return (pos++)->value;
  if (pos->kind == T_IDENT) return lookup_var((pos++)->text);
  if (pos->kind == T_OP && pos->value == '-') { pos++; return -factor(); }
  if (pos->kind == T_LPAREN) {
    pos++;
    long v = expr();
    if (pos->kind == T_RPAREN) pos++;
    return v;
  }
  return 0;
}
static long term(void) {
  long v = factor();
  while (pos->kind == T_OP && (pos->value == '*' || pos->value == '/' || pos->value == '%')) {
    char op = (char)(pos++)->value;
    long r = factor();
    if (op == '*') v *= r;
    else if (r != 0) v = op == '/' ? v / r : v % r;
  }
  return v;
}
static long expr(void) {
  long v = term();
  while (pos->kind == T_OP && (pos->value == '+' || pos->value == '-')) {
    char op = (char)(pos++)->value;
    long r = term();
    v = op == '+' ? v + r : v - r;
  }
  return v;
}

/* Table-driven DFA: accepts binary numbers divisible by 3. */
static int divisible_by_3(const char *bits) {
  static const unsigned char next[3][2] = {{0, 1}, {2, 0}, {1, 2}};
  int st = 0;
  for (; *bits; bits++)
    st = next[st][*bits - '0'];
  return st == 0;
}

/* A traffic light with timed transitions. */
enum light { RED, RED_AMBER, GREEN, AMBER };
static const char *const light_names[] = {"red", "red+amber", "green", "amber"};
static const int light_time[] = {4, 1, 5, 2};

int main(void) {
  const char *inputs[] = {"1 + 2 * 3", "(1 + 2) * 3", "abc * 2 - (x + 100) / 7", "-(4 - 10) % 4",
                          "2*(3*(4*(5+6)))-z_1", "1000000 * 1000000 / 3"};
  for (int i = 0; i < 6; i++) {
    struct token toks[64];
    int n = tokenize(inputs[i], toks, 64);
    pos = toks;
    long v = expr();
    printf("%-26s -> %2d tokens = %ld\n", inputs[i], n, v);
  }
  const char *bins[] = {"0", "11", "110", "111", "1001", "10010", "1111111", "101010101010"};
  for (int i = 0; i < 8; i++)
    printf("%s:%d ", bins[i], divisible_by_3(bins[i]));
  printf("\n");
  enum light l = RED;
  int remaining = light_time[l], changes = 0;
  for (int tick = 0; tick < 30; tick++) {
    if (--remaining == 0) {
      l = (enum light)((l + 1) % 4);
      remaining = light_time[l];
      changes++;
      if (changes <= 5)
        printf("tick %d: %s\n", tick, light_names[l]);
    }
  }
  printf("%d changes, ends %s\n", changes, light_names[l]);
  return 21;
}
