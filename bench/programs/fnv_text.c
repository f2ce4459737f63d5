/* fnv_text: generates 20 KiB of pseudo-English text from a word list and hashes it with 32- and 64-bit FNV-1a, per line and whole. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define CAP 20480

static const char *words[] = {"the", "proof", "block", "stack", "prover", "witness", "circuit",
                              "of", "a", "register", "transition", "memory", "and", "width",
                              "compiler", "is", "cheap", "costly", "every", "value"};
static char text[CAP + 64];

int main(void) {
  size_t len = 0;
  uint32_t x = 1;
  int col = 0, lines = 0;
  while (len < CAP) {
    x = x * 1664525u + 1013904223u;
    const char *w = words[(x >> 16) % (sizeof words / sizeof *words)];
    size_t n = strlen(w);
    memcpy(text + len, w, n);
    len += n;
    col += (int)n + 1;
    if (col > 60) {
      text[len++] = '\n';
      col = 0;
      ++lines;
    } else {
      text[len++] = ' ';
    }
  }
  uint32_t h32 = 2166136261u, line_mix = 0, lh = 2166136261u;
  uint64_t h64 = 14695981039346656037u;
  for (size_t i = 0; i < len; ++i) {
    uint8_t c = (uint8_t)text[i];
    h32 = (h32 ^ c) * 16777619u;
    h64 = (h64 ^ c) * 1099511628211u;
    lh = (lh ^ c) * 16777619u;
    if (c == '\n') {
      line_mix += lh;
      lh = 2166136261u;
    }
  }
  printf("fnv len %zu lines %d fnv32 %08x fnv64 %016lx lines %08x\n", len, lines, h32, (unsigned long)h64,
         line_mix);
  return 0;
}
