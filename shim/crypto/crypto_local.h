/* Internal helpers shared by the standalone libcrypto core (ERR, mem, stack, ex_data, init, threads, rand).
 * Everything here is hidden (mbs_*); the exported API is declared by the public <openssl/...> headers. */
#ifndef MBEDSHIM_CRYPTO_LOCAL_H
#define MBEDSHIM_CRYPTO_LOCAL_H

#include <stddef.h>
#include <openssl/err.h>
#include "common/api.h"

/* err.c: frees the calling thread's error queue (OPENSSL_thread_stop, thread exit). */
void mbs_err_thread_stop(void);

/* err_strings.c: the built-in string table (library names, ERR_R_* reasons with lib 0, and the
 * per-library reasons of BIO/X509/X509V3/PEM/ASN1/EVP/CRYPTO/RAND/OBJ/RSA/EC/CONF), as OpenSSL 3.0 prints them. */
extern const ERR_STRING_DATA mbs_err_builtin_strings[];
extern const size_t mbs_err_builtin_count;

/* err.c: looks up a registered string by exact packed key (ERR_PACK(lib, 0, reason)); NULL when absent. */
const char *mbs_err_string_lookup(unsigned long key);

/* init.c: the settings object OPENSSL_INIT_new() hands out (only remembered, no config is loaded). */
struct ossl_init_settings_st {
    char *filename;
    char *appname;
    unsigned long flags;
};

#endif
