/* bad-inputs.txt: a call of a function nothing defines. */
int missing(void);
int main(void) { return missing(); }
