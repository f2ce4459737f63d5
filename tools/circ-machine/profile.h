/* profile.h: block counts of a run keyed by function and IR block (the
 * `.irblock` directives circ-llc prints), so that the program compiled again
 * at another io width or with another allocator can use them (circ-llc
 * -circ-profile). docs/machine.md, "Profiles", gives the format. */
#ifndef CIRC_PROFILE_H
#define CIRC_PROFILE_H

#include <stdint.h>

#include "isa.h"

/* Writes the profile of a run whose block executions are block_execs
 * (indexed by instruction, as ExecOptions.block_execs). Returns 0, or 1
 * after printing why the file could not be written. */
int profile_write(const char *path, const Program *P,
                  const uint64_t *block_execs);

#endif
