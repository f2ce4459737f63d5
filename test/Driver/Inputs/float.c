/* Floating point: soft float, through the runtime's routines. */
double half(double x) { return x / 2; }
int main(void) { return (int)half(4.0); }
