/* bad-inputs.txt: a correct program. */
int main(void) { return 0; }
