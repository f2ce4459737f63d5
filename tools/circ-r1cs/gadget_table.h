/* gadget_table.h: measures each instruction's gadget by encoding it alone
 * in a block and prints docs/r1cs-gadgets.md. */
#ifndef CIRC_GADGET_TABLE_H
#define CIRC_GADGET_TABLE_H

#include <stdio.h>

/* Returns 0, or 1 if an instruction could not be encoded. */
int gadget_table_print(FILE *f);

#endif
