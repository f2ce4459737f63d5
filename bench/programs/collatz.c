/* collatz: Collatz trajectory statistics for 1..3000: total steps, longest trajectory, highest peak, with a 64-bit overflow guard. */
#include <stdint.h>
#include <stdio.h>

int main(void) {
  uint64_t total = 0, peak = 0;
  uint32_t longest = 0, longest_at = 0, peak_at = 0;
  for (uint32_t n = 1; n <= 3000; ++n) {
    uint64_t v = n;
    uint32_t steps = 0;
    while (v != 1) {
      if (v & 1) {
        if (v > (UINT64_MAX - 1) / 3) break; /* never happens for these n */
        v = 3 * v + 1;
      } else {
        v >>= 1;
      }
      if (v > peak) {
        peak = v;
        peak_at = n;
      }
      ++steps;
    }
    total += steps;
    if (steps > longest) {
      longest = steps;
      longest_at = n;
    }
  }
  printf("collatz total %lu longest %u at %u peak %lu at %u\n", (unsigned long)total, longest, longest_at,
         (unsigned long)peak, peak_at);
  return 0;
}
