/* __circ_builtins.h - included by circ-cc before every source file: what
 * the front end's riscv64 proxy target does not provide for circ itself. */
#ifndef __CIRC_BUILTINS_H
#define __CIRC_BUILTINS_H

/* Written by circ-llc's asm printer (target/Circ/CircSetjmp.cpp): env holds
 * the write-once frame __circ_setjmp opens, __circ_longjmp returns from that
 * call again with val (docs/machine.md, "Non-local returns"). */
int __circ_setjmp(long *__env) __attribute__((returns_twice));
__attribute__((noreturn)) void __circ_longjmp(long *__env, long __val);

/* GCC's __builtin_setjmp and __builtin_longjmp (clang has them only for
 * some targets) over their buffer of five words: the frame goes in the
 * second, where GCC keeps the resume address; __builtin_longjmp's value is
 * always 1. */
#define __builtin_setjmp(buf) __circ_setjmp((long *)(buf) + 1)
#define __builtin_longjmp(buf, val) __circ_longjmp((long *)(buf) + 1, 1)

#endif
