/* iden3.c: writers for the iden3 .r1cs and .wtns files. Both are a magic,
 * a version and sections (u32 id, u64 size, payload), little-endian. */
#include "iden3.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  FILE *f;
  const char *path;
  int err;
} Out;

static void put(Out *o, const void *p, size_t n) {
  if (!o->err && fwrite(p, 1, n, o->f) != n)
    o->err = errno ? errno : EIO;
}

static void put_u32(Out *o, uint32_t v) {
  unsigned char b[4];
  for (int i = 0; i < 4; i++)
    b[i] = (unsigned char)(v >> (8 * i));
  put(o, b, 4);
}

static void put_u64(Out *o, uint64_t v) {
  put_u32(o, (uint32_t)v);
  put_u32(o, (uint32_t)(v >> 32));
}

static void put_limbs(Out *o, const uint64_t l[4]) {
  for (int i = 0; i < 4; i++)
    put_u64(o, l[i]);
}

static void put_fe(Out *o, Fe x) {
  uint64_t c[4];
  fe_canonical(x, c);
  put_limbs(o, c);
}

static void section(Out *o, uint32_t id, uint64_t size) {
  put_u32(o, id);
  put_u64(o, size);
}

static int open_out(Out *o, const char *path) {
  o->path = path;
  o->err = 0;
  o->f = fopen(path, "wb");
  if (!o->f) {
    fprintf(stderr, "circ-r1cs: error: cannot write %s: %s\n", path,
            strerror(errno));
    return -1;
  }
  return 0;
}

static int close_out(Out *o) {
  if (fclose(o->f) != 0 && !o->err)
    o->err = errno ? errno : EIO;
  if (o->err) {
    fprintf(stderr, "circ-r1cs: error: cannot write %s: %s\n", o->path,
            strerror(o->err));
    return -1;
  }
  return 0;
}

static uint64_t lc_bytes(PLC lc) { return 4 + (uint64_t)lc.n * 36; }

static void put_lc(Out *o, const R1csBlock *b, PLC lc) {
  put_u32(o, lc.n);
  for (uint32_t i = 0; i < lc.n; i++) {
    put_u32(o, b->terms[lc.off + i].wire);
    put_fe(o, b->terms[lc.off + i].coef);
  }
}

int iden3_write_r1cs(const char *path, const R1cs *R, const R1csBlock *b) {
  Out o;
  if (open_out(&o, path))
    return -1;
  put(&o, "r1cs", 4);
  put_u32(&o, 1);
  put_u32(&o, 3);
  section(&o, 1, 64);
  put_u32(&o, 32);
  put_limbs(&o, FE_P);
  put_u32(&o, b->nwires);
  put_u32(&o, 0);                               /* public outputs */
  put_u32(&o, 1 + 2 * (uint32_t)R->nslots);     /* public inputs */
  put_u32(&o, 0);                               /* private inputs */
  put_u64(&o, b->nwires);                       /* labels */
  put_u32(&o, b->ncons);
  uint64_t size = 0;
  for (uint32_t i = 0; i < b->ncons; i++)
    size += lc_bytes(b->cons[i].a) + lc_bytes(b->cons[i].b) +
            lc_bytes(b->cons[i].c);
  section(&o, 2, size);
  for (uint32_t i = 0; i < b->ncons; i++) {
    put_lc(&o, b, b->cons[i].a);
    put_lc(&o, b, b->cons[i].b);
    put_lc(&o, b, b->cons[i].c);
  }
  section(&o, 3, 8 * (uint64_t)b->nwires);
  for (uint32_t i = 0; i < b->nwires; i++)
    put_u64(&o, i);
  return close_out(&o);
}

int iden3_write_wtns(const char *path, const Fe *w, uint32_t nwires) {
  Out o;
  if (open_out(&o, path))
    return -1;
  put(&o, "wtns", 4);
  put_u32(&o, 2);
  put_u32(&o, 2);
  section(&o, 1, 40);
  put_u32(&o, 32);
  put_limbs(&o, FE_P);
  put_u32(&o, nwires);
  section(&o, 2, 32 * (uint64_t)nwires);
  for (uint32_t i = 0; i < nwires; i++)
    put_fe(&o, w[i]);
  return close_out(&o);
}
