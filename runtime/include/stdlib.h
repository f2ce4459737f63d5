/* stdlib.h - circ runtime. */
#ifndef CIRC_STDLIB_H
#define CIRC_STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647

/* Ends the program with exit code 134 (what a shell reports for SIGABRT). */
_Noreturn void abort(void);
_Noreturn void exit(int status);

int atoi(const char *s);
long atol(const char *s);
int abs(int x);
long labs(long x);
long long llabs(long long x);

/* First-fit allocator over a static 8 MiB arena; 16-byte aligned blocks. */
void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);

void qsort(void *base, size_t count, size_t size,
           int (*compar)(const void *, const void *));

/* A linear congruential generator: not the same sequence as glibc's. */
int rand(void);
void srand(unsigned seed);

#endif /* CIRC_STDLIB_H */
