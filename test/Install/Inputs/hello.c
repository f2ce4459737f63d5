#include <stdio.h>

int main(void) {
  printf("installed: %d\n", 6 * 7);
  return 3;
}
