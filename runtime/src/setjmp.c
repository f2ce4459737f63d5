/* setjmp.c - longjmp and its aliases over __circ_longjmp, which circ-llc
 * writes (target/Circ/CircSetjmp.cpp). */
#include <setjmp.h>

void longjmp(jmp_buf env, int val) { __circ_longjmp(env, val ? val : 1); }

void _longjmp(jmp_buf env, int val) { longjmp(env, val); }

void siglongjmp(sigjmp_buf env, int val) { longjmp(env, val); }
