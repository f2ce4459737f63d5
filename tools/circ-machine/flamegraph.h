/* flamegraph.h: draws a flame graph as SVG (no dependency): one box per
 * frame, as wide as the count of its subtree, callers below callees,
 * siblings in name order; hovering a box shows its name, count and share. */
#ifndef CIRC_FLAMEGRAPH_H
#define CIRC_FLAMEGRAPH_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A frame of the tree: frame 0 is the root (all of the count), and every
 * other frame's parent comes before it. */
typedef struct {
  const char *name;
  uint32_t parent;
  uint64_t self; /* the count of this frame itself, not of its callees */
  int block;     /* a block of a function (drawn in cool colours) */
} FlameFrame;

/* Writes the SVG document; title heads it, unit names what is counted. */
void flamegraph_write(FILE *out, const FlameFrame *frames, size_t n,
                      const char *title, const char *unit);

#endif
