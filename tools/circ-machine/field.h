/* field.h: arithmetic in the BN254 scalar field (the field snarkjs and circom
 * call bn128), p = 21888242871839275222246405745257275088548364400416034343698204186575808495617.
 *
 * An Fe holds its value in Montgomery form (x * 2^256 mod p) in four 64-bit
 * little-endian limbs, always fully reduced, so equality is limb equality.
 * Constants are derived from p at fe_init() rather than written out, so the
 * only hand-typed number is p itself. */
#ifndef CIRC_FIELD_H
#define CIRC_FIELD_H

#include <stdint.h>

typedef struct {
  uint64_t v[4];
} Fe;

extern Fe FE_ZERO, FE_ONE;

/* Must run once before any other call (idempotent). */
void fe_init(void);

Fe fe_from_u64(uint64_t x);
Fe fe_from_i64(int64_t x);        /* negative x is p - |x| */
Fe fe_from_u128(uint64_t lo, uint64_t hi);
Fe fe_pow2(unsigned k);           /* 2^k, k < 254 */
Fe fe_add(Fe a, Fe b);
Fe fe_sub(Fe a, Fe b);
Fe fe_neg(Fe a);
Fe fe_mul(Fe a, Fe b);
Fe fe_inv(Fe a);                  /* 0 for 0 */
int fe_eq(Fe a, Fe b);
int fe_is_zero(Fe a);

/* The canonical value (0 <= x < p) as four little-endian limbs. */
void fe_canonical(Fe a, uint64_t out[4]);
/* From canonical limbs (must be < p). */
Fe fe_from_canonical(const uint64_t in[4]);
/* The canonical value if it is below 2^128, else returns 0 (lo/hi get the
 * low 128 bits anyway). */
int fe_to_u128(Fe a, uint64_t *lo, uint64_t *hi);
/* Decimal text of the canonical value, for messages (buf >= 80 bytes). */
const char *fe_str(Fe a, char *buf);
/* The modulus, canonical little-endian limbs. */
extern const uint64_t FE_P[4];

#endif
