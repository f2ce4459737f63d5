#include <stdio.h>
int twice(int x);
int main(void) {
  int big = 2147483647;
  printf("twice %d, wrapped %d, %s\n", twice(21), big + 1 < big, GREETING);
  return 0;
}
