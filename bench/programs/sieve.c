/* sieve: sieve of Eratosthenes up to 120000 on a byte array; prints the prime count, the largest prime and a sum of primes. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define LIMIT 120000

static uint8_t composite[LIMIT + 1];

int main(void) {
  memset(composite, 0, sizeof composite);
  composite[0] = composite[1] = 1;
  for (uint32_t i = 2; i * i <= LIMIT; ++i)
    if (!composite[i])
      for (uint32_t j = i * i; j <= LIMIT; j += i) composite[j] = 1;
  uint32_t count = 0, largest = 0;
  uint64_t sum = 0;
  for (uint32_t i = 2; i <= LIMIT; ++i)
    if (!composite[i]) {
      ++count;
      largest = i;
      sum += i;
    }
  printf("sieve count %u largest %u sum %lu\n", count, largest, (unsigned long)sum);
  return 0;
}
