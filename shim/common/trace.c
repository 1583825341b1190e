/* MBEDSHIM_TRACE=1 tells a user which entry points (and which stubs) a program reaches. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "common/api.h"

int mbs_trace_enabled(void)
{
    static int state = -1; /* read once; a benign race only re-reads the environment */
    if (state < 0) {
        const char *v = getenv("MBEDSHIM_TRACE");
        state = v != NULL && *v != '\0' && *v != '0';
    }
    return state;
}

void mbs_trace(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("mbedshim: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}
