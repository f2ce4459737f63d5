/* circ.h - the two builtins through which a circ program reaches the outside
 * world (see docs/machine.md, "Builtins"). circ-sim runs them when the program
 * does not define them. */
#ifndef CIRC_H
#define CIRC_H

/* Writes the byte c & 0xff to standard output, or to standard error when
 * c has the bit CIRC_STDERR; returns c & 0xff. */
int __circ_putchar(int c);
#define CIRC_STDERR 0x100

/* The printf engine for a stream: CIRC_STDERR or 0 (standard output), as
 * __circ_putchar takes it (runtime/src/printf.c; vfprintf uses it). */
int __circ_vprintf_to(int stream, const char *fmt, __builtin_va_list ap);

/* Ends the program at once with exit code code & 0xff. */
_Noreturn void __circ_exit(int code);

/* Called by programs lowered from the circ dialect (runtime/src/dialect.c):
 * circ.print prints v in decimal on its own line; circ.assert prints
 * "assertion failed: <message>" and exits with 134 when cond is 0. */
void __circ_print_i64(long long v);
void __circ_assert(long long cond, const char *message);

#endif /* CIRC_H */
