/* bad-inputs.txt: inline assembly with an instruction. */
int main(void) {
  __asm__ volatile("nop");
  return 0;
}
