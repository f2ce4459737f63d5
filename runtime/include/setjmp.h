/* setjmp.h - non-local jumps. setjmp is a macro for the routine circ-llc
 * writes (__circ_builtins.h); a jmp_buf holds the write-once frame it opens,
 * so a longjmp restores the callee-saved registers, %bp, %ap and the return
 * address as they were at the setjmp, and abandons the frames opened since
 * (docs/toolchain.md). The signal mask does not exist on circ: sigsetjmp
 * and siglongjmp are setjmp and longjmp. */
#ifndef _SETJMP_H
#define _SETJMP_H

#include <__circ_builtins.h>

typedef long jmp_buf[1];
typedef long sigjmp_buf[1];

#define setjmp(env) __circ_setjmp(env)
#define _setjmp(env) __circ_setjmp(env)
#define sigsetjmp(env, savemask) ((void)(savemask), __circ_setjmp(env))

/* Returns from the setjmp that filled env again, with val (1 if val is 0). */
__attribute__((noreturn)) void longjmp(jmp_buf env, int val);
__attribute__((noreturn)) void _longjmp(jmp_buf env, int val);
__attribute__((noreturn)) void siglongjmp(sigjmp_buf env, int val);

#endif
