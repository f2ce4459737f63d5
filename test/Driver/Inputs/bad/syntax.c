/* bad-inputs.txt: a C syntax error. */
int main(void) {
  return 0 +;
}
