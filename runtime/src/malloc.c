/* malloc.c - the circ runtime's allocator.
 *
 * Blocks live in a static 8 MiB arena (in .bss, so at or above 0x1000 like all
 * data: never in the null guard) and are carved from it by a bump pointer.
 * Every block has a 16-byte header before its payload; payload sizes are
 * multiples of 16, so every pointer returned is 16-byte aligned.
 *
 * Freed blocks go to free lists: one per small size (16..1024 bytes, exact
 * fit, O(1)) and one list of larger blocks searched first fit, splitting off
 * the unused tail. Blocks are never merged; a block freed at the top of the
 * bump region gives its memory back to the bump pointer. Out of memory:
 * NULL. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_SIZE (8u << 20)
#define ALIGN 16
#define SMALL_MAX 1024
#define NBINS (SMALL_MAX / ALIGN + 1)

struct header {
  size_t size;         /* payload bytes, a multiple of ALIGN */
  struct header *next; /* next free block while on a free list */
};

_Static_assert(sizeof(struct header) == ALIGN, "header must keep alignment");

static unsigned char arena[ARENA_SIZE] __attribute__((aligned(ALIGN)));
static size_t top; /* bytes of the arena handed out by the bump pointer */
static struct header *bins[NBINS]; /* bins[s / ALIGN]: free blocks of size s */
static struct header *large;       /* free blocks bigger than SMALL_MAX */

static struct header *header_of(void *p) { return (struct header *)p - 1; }

static void *payload(struct header *h) { return h + 1; }

static void push_free(struct header *h) {
  if (h->size <= SMALL_MAX) {
    h->next = bins[h->size / ALIGN];
    bins[h->size / ALIGN] = h;
  } else {
    h->next = large;
    large = h;
  }
}

/* The payload size for a request, or 0 when it cannot fit in the arena. */
static size_t round_size(size_t n) {
  if (n > ARENA_SIZE)
    return 0;
  if (n == 0)
    n = 1;
  return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

void *malloc(size_t n) {
  size_t size = round_size(n);
  if (size == 0)
    return NULL;
  if (size <= SMALL_MAX) {
    struct header *h = bins[size / ALIGN];
    if (h) {
      bins[size / ALIGN] = h->next;
      return payload(h);
    }
  } else {
    for (struct header **link = &large; *link; link = &(*link)->next) {
      struct header *h = *link;
      if (h->size < size)
        continue;
      *link = h->next;
      /* Split when the tail can hold a header and a minimal payload. */
      if (h->size - size >= sizeof(struct header) + ALIGN) {
        struct header *tail =
            (struct header *)((unsigned char *)payload(h) + size);
        tail->size = h->size - size - sizeof(struct header);
        h->size = size;
        push_free(tail);
      }
      return payload(h);
    }
  }
  if (ARENA_SIZE - top < sizeof(struct header) + size)
    return NULL;
  struct header *h = (struct header *)(arena + top);
  top += sizeof(struct header) + size;
  h->size = size;
  return payload(h);
}

void free(void *p) {
  if (!p)
    return;
  struct header *h = header_of(p);
  if ((unsigned char *)p + h->size == arena + top)
    top -= sizeof(struct header) + h->size; /* the last block: unbump */
  else
    push_free(h);
}

void *calloc(size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size)
    return NULL;
  void *p = malloc(count * size);
  if (p)
    memset(p, 0, count * size);
  return p;
}

void *realloc(void *p, size_t n) {
  if (!p)
    return malloc(n);
  if (n == 0) { /* glibc: frees and returns NULL */
    free(p);
    return NULL;
  }
  size_t size = round_size(n);
  if (size == 0)
    return NULL;
  struct header *h = header_of(p);
  if (size <= h->size)
    return p;
  /* The last block grows in place when the arena has room. */
  if ((unsigned char *)p + h->size == arena + top) {
    if (ARENA_SIZE - top >= size - h->size) {
      top += size - h->size;
      h->size = size;
      return p;
    }
    return NULL;
  }
  void *q = malloc(n);
  if (!q)
    return NULL;
  memcpy(q, p, h->size);
  free(p);
  return q;
}
