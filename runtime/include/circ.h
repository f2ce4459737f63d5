/* circ.h - the two builtins through which a circ program reaches the outside
 * world (see docs/machine.md, "Builtins"). circ-sim runs them when the program
 * does not define them. */
#ifndef CIRC_H
#define CIRC_H

/* Writes the byte c & 0xff to standard output; returns c. */
int __circ_putchar(int c);

/* Ends the program at once with exit code code & 0xff. */
_Noreturn void __circ_exit(int code);

/* Called by programs lowered from the circ dialect (runtime/src/dialect.c):
 * circ.print prints v in decimal on its own line; circ.assert prints
 * "assertion failed: <message>" and exits with 134 when cond is 0. */
void __circ_print_i64(long long v);
void __circ_assert(long long cond, const char *message);

#endif /* CIRC_H */
