#ifndef CNUMBERTEXT_H
#define CNUMBERTEXT_H

#include <stddef.h>

/* C's "%.6g" of one double, written to `buffer` (at least 32 bytes); returns the length.
   Swift reaches printf only through a va_list it builds per call (an array of boxed
   arguments and a class instance), which cost more than the formatting itself when a result
   set writes tens of thousands of numbers. */
int cnumbertext_g6(char *buffer, size_t size, double value);

#endif
