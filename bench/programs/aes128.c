/* aes128: AES-128 (FIPS-197) key expansion and encryption of the FIPS-197 test block plus 160 CBC-chained blocks. */
#include <stdint.h>
#include <stdio.h>

static uint8_t sbox[256];

static uint8_t xtime(uint8_t x) { return (uint8_t)((x << 1) ^ ((x & 0x80) ? 0x1b : 0)); }

/* The S-box from its definition: multiplicative inverse in GF(2^8) (via
 * exp/log tables for the generator 3), then the affine map. */
static void make_sbox(void) {
  uint8_t exp[255], log[256];
  uint8_t p = 1;
  for (int i = 0; i < 255; ++i) {
    exp[i] = p;
    log[p] = (uint8_t)i;
    p ^= xtime(p);
  }
  for (int i = 0; i < 256; ++i) {
    uint8_t inv = i == 0 ? 0 : exp[(255 - log[i]) % 255];
    uint8_t s = inv, r = inv;
    for (int k = 0; k < 4; ++k) {
      r = (uint8_t)((r << 1) | (r >> 7));
      s ^= r;
    }
    sbox[i] = s ^ 0x63;
  }
}

static void expand_key(const uint8_t key[16], uint8_t rk[176]) {
  for (int i = 0; i < 16; ++i) rk[i] = key[i];
  uint8_t rcon = 1;
  for (int i = 16; i < 176; i += 4) {
    uint8_t t0 = rk[i - 4], t1 = rk[i - 3], t2 = rk[i - 2], t3 = rk[i - 1];
    if (i % 16 == 0) {
      uint8_t u = t0;
      t0 = sbox[t1] ^ rcon;
      t1 = sbox[t2];
      t2 = sbox[t3];
      t3 = sbox[u];
      rcon = xtime(rcon);
    }
    rk[i] = rk[i - 16] ^ t0;
    rk[i + 1] = rk[i - 15] ^ t1;
    rk[i + 2] = rk[i - 14] ^ t2;
    rk[i + 3] = rk[i - 13] ^ t3;
  }
}

static void encrypt_block(const uint8_t rk[176], uint8_t s[16]) {
  for (int i = 0; i < 16; ++i) s[i] ^= rk[i];
  for (int round = 1; round <= 10; ++round) {
    uint8_t t[16];
    /* SubBytes and ShiftRows: state is column-major, row r rotates left by r. */
    for (int c = 0; c < 4; ++c)
      for (int r = 0; r < 4; ++r) t[4 * c + r] = sbox[s[4 * ((c + r) % 4) + r]];
    if (round != 10) {
      for (int c = 0; c < 4; ++c) {
        uint8_t a0 = t[4 * c], a1 = t[4 * c + 1], a2 = t[4 * c + 2], a3 = t[4 * c + 3];
        uint8_t all = a0 ^ a1 ^ a2 ^ a3;
        t[4 * c] = a0 ^ all ^ xtime(a0 ^ a1);
        t[4 * c + 1] = a1 ^ all ^ xtime(a1 ^ a2);
        t[4 * c + 2] = a2 ^ all ^ xtime(a2 ^ a3);
        t[4 * c + 3] = a3 ^ all ^ xtime(a3 ^ a0);
      }
    }
    for (int i = 0; i < 16; ++i) s[i] = t[i] ^ rk[16 * round + i];
  }
}

int main(void) {
  make_sbox();
  static const uint8_t key[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                                  0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};
  uint8_t rk[176];
  expand_key(key, rk);
  uint8_t blk[16];
  for (int i = 0; i < 16; ++i) blk[i] = (uint8_t)(i * 0x11);
  encrypt_block(rk, blk);
  printf("fips197 ");
  for (int i = 0; i < 16; ++i) printf("%02x", blk[i]);
  printf("\n");
  uint8_t iv[16] = {0};
  uint32_t sum = 0;
  for (int b = 0; b < 160; ++b) {
    for (int i = 0; i < 16; ++i) iv[i] ^= (uint8_t)(b * 7 + i * 13);
    encrypt_block(rk, iv);
    for (int i = 0; i < 16; ++i) sum = sum * 257u + iv[i];
  }
  printf("cbc ");
  for (int i = 0; i < 16; ++i) printf("%02x", iv[i]);
  printf(" sum %08x\n", sum);
  return 0;
}
