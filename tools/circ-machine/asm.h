/* asm.h: the two-pass assembler. Pass 1 parses every line, lays out code
 * (instruction indices) and data (RAM addresses from 0x1000) and records
 * symbol references; pass 2 resolves them. The result is pre-decoded: register
 * operands are indices, immediates and branch targets are plain numbers. */
#ifndef CIRC_SIM_ASM_H
#define CIRC_SIM_ASM_H

#include <stddef.h>

#include "isa.h"

/* Assembles the files as one program. Every problem is printed to stderr
 * ("file:line: error: ..." or "circ-sim: error: cannot open ...") and makes
 * the result NULL. */
Program *assemble(int nfiles, char **files);

/* The same for one file already in memory (len bytes; name is for errors). */
Program *assemble_text(const char *name, const char *text, size_t len);

/* Frees what assemble returned (NULL is fine). */
void program_free(Program *P);

#endif
