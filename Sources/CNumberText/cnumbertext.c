#include "cnumbertext.h"
#include <stdio.h>

int cnumbertext_g6(char *buffer, size_t size, double value) {
    return snprintf(buffer, size, "%.6g", value);
}
