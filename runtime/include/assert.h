/* assert.h - circ runtime. Like every C assert.h, the assert macro is
 * redefined at each inclusion according to the current NDEBUG. On failure
 * it prints "Assertion failed: EXPR, file F, line N" and a newline to
 * standard output (the machine has no other) and calls abort (exit code 134). */
#ifndef CIRC_ASSERT_H
#define CIRC_ASSERT_H
_Noreturn void __circ_assert_fail(const char *expr, const char *file, int line);
#if !defined(__cplusplus) && \
    (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 202311L)
#define static_assert _Static_assert /* a keyword since C23 */
#endif
#endif /* CIRC_ASSERT_H */

#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
#define assert(expr) \
  ((expr) ? (void)0 : __circ_assert_fail(#expr, __FILE__, __LINE__))
#endif
