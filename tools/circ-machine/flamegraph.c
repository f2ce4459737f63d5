/* flamegraph.c: the SVG of a flame graph. Boxes narrower than a pixel are
 * left out (with their callees), as flame-graph tools do, so a deep
 * recursion costs rows only while it is wide enough to see. */
#include "flamegraph.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define IMAGE_WIDTH 1200.0
#define MARGIN 10.0
#define ROW_HEIGHT 16.0
#define HEADER 40.0
#define CHAR_WIDTH 7.0 /* of 12px text, about */
#define MIN_BOX_WIDTH 1.0

typedef struct {
  uint64_t total; /* the frame's own count and its callees' */
  double x, width;
  uint32_t depth;
  int shown;
} Box;

typedef struct {
  uint32_t parent, index;
  const char *name;
} Sibling;

static int by_parent_then_name(const void *a, const void *b) {
  const Sibling *x = a, *y = b;
  if (x->parent != y->parent)
    return x->parent < y->parent ? -1 : 1;
  return strcmp(x->name, y->name);
}

/* Totals from the leaves up (parents come first), then positions from the
 * root down: each frame's callees side by side from its left edge, in name
 * order. */
static Box *lay_out(const FlameFrame *fr, size_t n, double scale) {
  Box *box = xcalloc(n, sizeof *box);
  for (size_t i = n; i-- > 0;) {
    box[i].total += fr[i].self;
    if (i)
      box[fr[i].parent].total += box[i].total;
  }
  Sibling *order = xcalloc(n ? n : 1, sizeof *order);
  for (size_t i = 1; i < n; i++)
    order[i - 1] = (Sibling){fr[i].parent, (uint32_t)i, fr[i].name};
  qsort(order, n ? n - 1 : 0, sizeof *order, by_parent_then_name);
  /* next_x[p]: where p's next callee goes. A parent comes before its
   * callees in the index order, so its group of callees in `order` comes
   * after the group it is placed in. */
  double *next_x = xcalloc(n ? n : 1, sizeof *next_x);
  box[0].width = (double)box[0].total * scale;
  box[0].shown = n > 0;
  for (size_t k = 0; k + 1 < n; k++) {
    uint32_t i = order[k].index, p = order[k].parent;
    box[i].x = next_x[i] = next_x[p];
    box[i].width = (double)box[i].total * scale;
    box[i].depth = box[p].depth + 1;
    box[i].shown = box[p].shown && box[i].width >= MIN_BOX_WIDTH;
    next_x[p] += box[i].width;
  }
  free(next_x);
  free(order);
  return box;
}

static void put_escaped(FILE *out, const char *s, size_t max) {
  for (size_t i = 0; s[i] && i < max; i++) {
    switch (s[i]) {
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '&': fputs("&amp;", out); break;
    case '"': fputs("&quot;", out); break;
    default: fputc(s[i], out);
    }
  }
}

/* Warm colours for functions, cool ones for blocks, fixed by the name so
 * that two graphs of one program agree. */
static void colour_of(const char *name, int block, int *r, int *g, int *b) {
  uint32_t h = 2166136261u;
  for (const char *s = name; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  int v1 = (int)(h & 0xff), v2 = (int)((h >> 8) & 0xff);
  if (block) {
    *r = 80 + v1 * 60 / 255;
    *g = 150 + v2 * 60 / 255;
    *b = 220;
  } else {
    *r = 205 + v1 * 50 / 255;
    *g = v2 * 200 / 255;
    *b = 40;
  }
}

static void put_box(FILE *out, const FlameFrame *f, const Box *bx,
                    uint64_t all, double height, const char *unit) {
  double y = height - MARGIN - ROW_HEIGHT * (bx->depth + 1);
  int r, g, b;
  colour_of(f->name, f->block, &r, &g, &b);
  fputs("<g><title>", out);
  put_escaped(out, f->name, (size_t)-1);
  fprintf(out, " (%llu %s, %.2f%%)</title>",
          (unsigned long long)bx->total, unit,
          all ? 100.0 * (double)bx->total / (double)all : 0.0);
  fprintf(out,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
          "fill=\"rgb(%d,%d,%d)\" rx=\"2\"/>",
          MARGIN + bx->x, y, bx->width, ROW_HEIGHT - 1, r, g, b);
  size_t fits = (size_t)((bx->width - 6) / CHAR_WIDTH);
  if (fits >= 3) {
    fprintf(out, "<text x=\"%.1f\" y=\"%.1f\">", MARGIN + bx->x + 3,
            y + ROW_HEIGHT - 4);
    size_t len = strlen(f->name);
    put_escaped(out, f->name, len <= fits ? len : fits - 2);
    if (len > fits)
      fputs("..", out);
    fputs("</text>", out);
  }
  fputs("</g>\n", out);
}

void flamegraph_write(FILE *out, const FlameFrame *frames, size_t n,
                      const char *title, const char *unit) {
  uint64_t all = 0;
  for (size_t i = 0; i < n; i++)
    all += frames[i].self;
  double scale = all ? (IMAGE_WIDTH - 2 * MARGIN) / (double)all : 0.0;
  Box *box = lay_out(frames, n, scale);
  uint32_t rows = 1;
  for (size_t i = 0; i < n; i++)
    if (box[i].shown && box[i].depth + 1 > rows)
      rows = box[i].depth + 1;
  double height = HEADER + ROW_HEIGHT * rows + 2 * MARGIN;
  fprintf(out,
          "<?xml version=\"1.0\" standalone=\"no\"?>\n"
          "<svg version=\"1.1\" xmlns=\"http://www.w3.org/2000/svg\" "
          "width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n"
          "<style>text { font-family: monospace; font-size: 12px; }</style>\n"
          "<rect width=\"100%%\" height=\"100%%\" fill=\"rgb(248,248,240)\"/>\n"
          "<text x=\"%.0f\" y=\"24\" style=\"font-size: 16px\">",
          IMAGE_WIDTH, height, IMAGE_WIDTH, height, MARGIN);
  put_escaped(out, title, (size_t)-1);
  fprintf(out, " (%llu in all)</text>\n", (unsigned long long)all);
  for (size_t i = 0; i < n; i++)
    if (box[i].shown && (all == 0 || box[i].total > 0))
      put_box(out, &frames[i], &box[i], all, height, unit);
  fputs("</svg>\n", out);
  free(box);
}
