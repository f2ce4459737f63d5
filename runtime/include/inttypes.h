/* inttypes.h - circ runtime: format macros for the LP64 stdint.h types
 * (int64_t, intptr_t and intmax_t are long). No scanf, so no SCN macros. */
#ifndef CIRC_INTTYPES_H
#define CIRC_INTTYPES_H

#include <stdint.h>

/* exact-width types */
#define PRId8 "d"
#define PRId16 "d"
#define PRId32 "d"
#define PRId64 "ld"
#define PRIi8 "i"
#define PRIi16 "i"
#define PRIi32 "i"
#define PRIi64 "li"
#define PRIo8 "o"
#define PRIo16 "o"
#define PRIo32 "o"
#define PRIo64 "lo"
#define PRIu8 "u"
#define PRIu16 "u"
#define PRIu32 "u"
#define PRIu64 "lu"
#define PRIx8 "x"
#define PRIx16 "x"
#define PRIx32 "x"
#define PRIx64 "lx"
#define PRIX8 "X"
#define PRIX16 "X"
#define PRIX32 "X"
#define PRIX64 "lX"

/* least-width types */
#define PRIdLEAST8 "d"
#define PRIdLEAST16 "d"
#define PRIdLEAST32 "d"
#define PRIdLEAST64 "ld"
#define PRIiLEAST8 "i"
#define PRIiLEAST16 "i"
#define PRIiLEAST32 "i"
#define PRIiLEAST64 "li"
#define PRIoLEAST8 "o"
#define PRIoLEAST16 "o"
#define PRIoLEAST32 "o"
#define PRIoLEAST64 "lo"
#define PRIuLEAST8 "u"
#define PRIuLEAST16 "u"
#define PRIuLEAST32 "u"
#define PRIuLEAST64 "lu"
#define PRIxLEAST8 "x"
#define PRIxLEAST16 "x"
#define PRIxLEAST32 "x"
#define PRIxLEAST64 "lx"
#define PRIXLEAST8 "X"
#define PRIXLEAST16 "X"
#define PRIXLEAST32 "X"
#define PRIXLEAST64 "lX"

/* fast types: int_fast8_t is a char; the others are short, int or long
   depending on the compiler, so ask the compiler for their width. */
#if defined(__INT_FAST16_WIDTH__) && __INT_FAST16_WIDTH__ == 64
#define __CIRC_PRI_FAST16 "l"
#else
#define __CIRC_PRI_FAST16 ""
#endif
#if defined(__INT_FAST32_WIDTH__) && __INT_FAST32_WIDTH__ == 64
#define __CIRC_PRI_FAST32 "l"
#else
#define __CIRC_PRI_FAST32 ""
#endif
#define PRIdFAST8 "d"
#define PRIdFAST16 __CIRC_PRI_FAST16 "d"
#define PRIdFAST32 __CIRC_PRI_FAST32 "d"
#define PRIdFAST64 "ld"
#define PRIiFAST8 "i"
#define PRIiFAST16 __CIRC_PRI_FAST16 "i"
#define PRIiFAST32 __CIRC_PRI_FAST32 "i"
#define PRIiFAST64 "li"
#define PRIoFAST8 "o"
#define PRIoFAST16 __CIRC_PRI_FAST16 "o"
#define PRIoFAST32 __CIRC_PRI_FAST32 "o"
#define PRIoFAST64 "lo"
#define PRIuFAST8 "u"
#define PRIuFAST16 __CIRC_PRI_FAST16 "u"
#define PRIuFAST32 __CIRC_PRI_FAST32 "u"
#define PRIuFAST64 "lu"
#define PRIxFAST8 "x"
#define PRIxFAST16 __CIRC_PRI_FAST16 "x"
#define PRIxFAST32 __CIRC_PRI_FAST32 "x"
#define PRIxFAST64 "lx"
#define PRIXFAST8 "X"
#define PRIXFAST16 __CIRC_PRI_FAST16 "X"
#define PRIXFAST32 __CIRC_PRI_FAST32 "X"
#define PRIXFAST64 "lX"

/* intmax_t and intptr_t */
#define PRIdMAX "ld"
#define PRIdPTR "ld"
#define PRIiMAX "li"
#define PRIiPTR "li"
#define PRIoMAX "lo"
#define PRIoPTR "lo"
#define PRIuMAX "lu"
#define PRIuPTR "lu"
#define PRIxMAX "lx"
#define PRIxPTR "lx"
#define PRIXMAX "lX"
#define PRIXPTR "lX"

#endif /* CIRC_INTTYPES_H */
