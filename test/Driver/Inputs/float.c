/* Floating point: the circ machine has none. */
double half(double x) { return x / 2; }
int main(void) { return (int)half(4.0); }
