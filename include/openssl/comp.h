/* mbedshim <openssl/comp.h>: compression methods (declarations; TLS compression is never negotiated). */
#ifndef OPENSSL_COMP_H
#define OPENSSL_COMP_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_COMP_H
#endif

#include <openssl/macros.h>
#include <openssl/opensslconf.h>
#include <openssl/crypto.h>
#include <openssl/comperr.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Macros of the API deprecated in 1.1.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_1_0
#define COMP_zlib_cleanup()                                                                                  \
    while (0)                                                                                                \
    continue
#endif

/* Functions. */
void COMP_CTX_free(COMP_CTX *ctx);
const COMP_METHOD *COMP_CTX_get_method(const COMP_CTX *ctx);
int COMP_CTX_get_type(const COMP_CTX *comp);
COMP_CTX *COMP_CTX_new(COMP_METHOD *meth);
int COMP_compress_block(COMP_CTX *ctx, unsigned char *out, int olen, unsigned char *in, int ilen);
int COMP_expand_block(COMP_CTX *ctx, unsigned char *out, int olen, unsigned char *in, int ilen);
const char *COMP_get_name(const COMP_METHOD *meth);
int COMP_get_type(const COMP_METHOD *meth);
COMP_METHOD *COMP_zlib(void);

#ifdef __cplusplus
}
#endif
#endif
