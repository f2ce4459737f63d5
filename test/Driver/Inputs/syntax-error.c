/* A C syntax error on line 3. */
int main(void) {
  return 0 +;
}
