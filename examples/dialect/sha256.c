/* sha256: SHA-256 (FIPS 180-4) in 64-bit arithmetic on 32-bit words, with
 * padding, message schedule and compression. Hashes the 56-byte NIST message
 * "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq" (two blocks) and
 * prints its eight digest words, then "abc" (one block): first and last word. */
#include <stdio.h>

#define M32 0xffffffffLL
#define ROTR(x, n) ((((x) >> (n)) | ((x) << (32 - (n)))) & M32)

static const long long K[64] = {
    1116352408, 1899447441, 3049323471, 3921009573, 961987163,  1508970993,
    2453635748, 2870763221, 3624381080, 310598401,  607225278,  1426881987,
    1925078388, 2162078206, 2614888103, 3248222580, 3835390401, 4022224774,
    264347078,  604807628,  770255983,  1249150122, 1555081692, 1996064986,
    2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711,
    113926993,  338241895,  666307205,  773529912,  1294757372, 1396182291,
    1695183700, 1986661051, 2177026350, 2456956037, 2730485921, 2820302411,
    3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344,
    430227734,  506948616,  659060556,  883997877,  958139571,  1322822218,
    1537002063, 1747873779, 1955562222, 2024104815, 2227730452, 2361852424,
    2428436474, 2756734187, 3204031479, 3329325298};
static const long long H0[8] = {1779033703, 3144134277, 1013904242,
                                2773480762, 1359893119, 2600822924,
                                528734635,  1541459225};
/* "abc" at 0, the 56-byte message at 3 (ASCII codes). */
static const long long text[59] = {
    97,  98,  99,  97,  98,  99,  100, 98,  99,  100, 101, 99,
    100, 101, 102, 100, 101, 102, 103, 101, 102, 103, 104, 102,
    103, 104, 105, 103, 104, 105, 106, 104, 105, 106, 107, 105,
    106, 107, 108, 106, 107, 108, 109, 107, 108, 109, 110, 108,
    109, 110, 111, 109, 110, 111, 112, 110, 111, 112, 113};

static long long msg[128]; /* the padded message, one byte per cell */
static long long w[64];    /* the message schedule */
static long long h[8];     /* the hash state */

static long long bsig0(long long x) { return ROTR(x, 2) ^ ROTR(x, 13) ^ ROTR(x, 22); }
static long long bsig1(long long x) { return ROTR(x, 6) ^ ROTR(x, 11) ^ ROTR(x, 25); }
static long long ssig0(long long x) { return ROTR(x, 7) ^ ROTR(x, 18) ^ (x >> 3); }
static long long ssig1(long long x) { return ROTR(x, 17) ^ ROTR(x, 19) ^ (x >> 10); }

/* Pads text[off..off+len) into msg; returns the number of 64-byte blocks. */
static long long pad(long long off, long long len) {
  long long nb = (len + 72) / 64;
  for (long long i = 0; i < len; ++i)
    msg[i] = text[off + i];
  msg[len] = 128;
  for (long long i = len + 1; i < nb * 64; ++i)
    msg[i] = 0;
  long long bits = len * 8;
  for (long long b = 0; b < 8; ++b)
    msg[nb * 64 - 1 - b] = (bits >> (8 * b)) & 255;
  return nb;
}

/* One compression of block blk of msg into h. */
static void compress(long long blk) {
  for (long long t = 0; t < 16; ++t) {
    long long p = blk * 64 + 4 * t;
    w[t] = (msg[p] << 24) | (msg[p + 1] << 16) | (msg[p + 2] << 8) | msg[p + 3];
  }
  for (long long t = 16; t < 64; ++t)
    w[t] = (ssig1(w[t - 2]) + w[t - 7] + ssig0(w[t - 15]) + w[t - 16]) & M32;
  long long a = h[0], b = h[1], c = h[2], d = h[3];
  long long e = h[4], f = h[5], g = h[6], hh = h[7];
  for (long long t = 0; t < 64; ++t) {
    long long ch = (e & f) ^ ((e ^ M32) & g);
    long long t1 = (hh + bsig1(e) + ch + K[t] + w[t]) & M32;
    long long maj = (a & b) ^ (a & c) ^ (b & c);
    long long t2 = (bsig0(a) + maj) & M32;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) & M32;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) & M32;
  }
  h[0] = (h[0] + a) & M32;
  h[1] = (h[1] + b) & M32;
  h[2] = (h[2] + c) & M32;
  h[3] = (h[3] + d) & M32;
  h[4] = (h[4] + e) & M32;
  h[5] = (h[5] + f) & M32;
  h[6] = (h[6] + g) & M32;
  h[7] = (h[7] + hh) & M32;
}

static void sha256(long long off, long long len) {
  for (long long i = 0; i < 8; ++i)
    h[i] = H0[i];
  long long nb = pad(off, len);
  for (long long blk = 0; blk < nb; ++blk)
    compress(blk);
}

int main(void) {
  sha256(3, 56);
  for (long long i = 0; i < 8; ++i)
    printf("%lld\n", (long long)h[i]);
  sha256(0, 3);
  printf("%lld\n", (long long)h[0]);
  printf("%lld\n", (long long)h[7]);
  return 0;
}
