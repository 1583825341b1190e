/* Linked against the REAL libssl with -z now and run with the drop-in preloaded: if the drop-in missed any
 * export, the loader stops before main ("symbol lookup error"). Then:
 *   bindnow                       every reference resolved; prints the file that provides each one
 *   bindnow NAME=VALUE...         calls each NAME (a stub) with zero arguments and checks it returns VALUE
 *                                 and leaves exactly one SSL-library ERR_R_UNSUPPORTED error on the queue
 * Compiled against the system OpenSSL headers, so the expected error code is OpenSSL's own. */
#include <dlfcn.h>
#include <openssl/err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "refall.h"

static int list_providers(void)
{
    const char *first = NULL;
    int bad = 0;
    for (int i = 0; i < refall_count; i++) {
        Dl_info info;
        if (refall[i].addr == NULL || dladdr((void *)refall[i].addr, &info) == 0 || info.dli_fname == NULL) {
            printf("unresolved %s\n", refall[i].name);
            bad = 1;
            continue;
        }
        /* Print each providing file once, and any symbol that comes from somewhere else. */
        if (first == NULL) {
            first = info.dli_fname;
            printf("provider %s\n", first);
        } else if (strcmp(first, info.dli_fname) != 0) {
            printf("provider %s for %s\n", info.dli_fname, refall[i].name);
            bad = 1;
        }
    }
    printf("resolved %d\n", refall_count);
    return bad;
}

typedef long (*any_fn)(long, long, long, long, long, long);

static int call_stub(const char *arg)
{
    const char *eq = strchr(arg, '=');
    if (eq == NULL) {
        printf("bad argument %s\n", arg);
        return 1;
    }
    size_t len = (size_t)(eq - arg);
    long want = strtol(eq + 1, NULL, 0);
    for (int i = 0; i < refall_count; i++) {
        if (strlen(refall[i].name) != len || strncmp(refall[i].name, arg, len) != 0)
            continue;
        ERR_clear_error();
        /* A stub ignores its arguments; zeros keep a mistaken real implementation on its NULL checks. */
        long got = ((any_fn)(void (*)(void))refall[i].addr)(0, 0, 0, 0, 0, 0);
        /* int-returning functions only define the low 32 bits of rax. */
        int ok = (int)got == (int)want;
        unsigned long e = ERR_get_error();
        unsigned long more = ERR_get_error();
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        ok = ok && ERR_GET_LIB(e) == ERR_LIB_SSL && ERR_GET_REASON(e) == (ERR_R_UNSUPPORTED & ERR_REASON_MASK)
             && more == 0;
        printf("%s %.*s returned %ld (want %ld), error %s%s\n", ok ? "ok" : "FAIL", (int)len, arg, got, want, buf,
               more != 0 ? " (and more errors)" : "");
        return !ok;
    }
    printf("FAIL %.*s is not a libssl export\n", (int)len, arg);
    return 1;
}

int main(int argc, char **argv)
{
    int bad = 0;
    if (argc == 1)
        return list_providers();
    for (int i = 1; i < argc; i++)
        bad |= call_stub(argv[i]);
    return bad;
}
