/* ctype.h - circ runtime, "C" locale only. Arguments are an unsigned char
 * value or EOF. The is* functions return 1 or 0 (glibc returns other non-zero
 * values: compare with 0, do not print them). */
#ifndef CIRC_CTYPE_H
#define CIRC_CTYPE_H

int isdigit(int c);
int isxdigit(int c);
int isalpha(int c);
int isalnum(int c);
int isspace(int c);
int isupper(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int iscntrl(int c);
int isgraph(int c);
int toupper(int c);
int tolower(int c);

#endif /* CIRC_CTYPE_H */
