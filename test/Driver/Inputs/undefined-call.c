/* Calls a function that neither the program nor the runtime defines. */
double sin(double);
int main(void) { volatile double x = 1; return (int)sin(x); }
