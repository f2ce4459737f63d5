/* util.h: allocation that cannot fail silently, and growable arrays. */
#ifndef CIRC_SIM_UTIL_H
#define CIRC_SIM_UTIL_H

#include <stddef.h>

/* The tool the library's messages name ("circ-sim" unless a tool says). */
extern const char *machine_tool_name;

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrndup(const char *s, size_t n);

/* Grows *p (element size es, capacity *cap) so that index need-1 fits. */
void grow_array(void **p, size_t *cap, size_t need, size_t es);

#define VEC_RESERVE(ptr, cap, need)                                            \
  do {                                                                         \
    if ((need) > (cap)) {                                                      \
      void *vp_ = (ptr);                                                       \
      grow_array(&vp_, &(cap), (need), sizeof *(ptr));                         \
      (ptr) = vp_;                                                             \
    }                                                                          \
  } while (0)

#endif
