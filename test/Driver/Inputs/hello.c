#include <stdio.h>
int main(void) {
  printf("hello from circ %d\n", 42);
  return 0;
}
