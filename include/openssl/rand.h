/* mbedshim <openssl/rand.h>: random bytes. */
#ifndef OPENSSL_RAND_H
#define OPENSSL_RAND_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_RAND_H
#endif

#include <openssl/macros.h>
#include <stdlib.h>
#include <openssl/types.h>
#include <openssl/e_os2.h>
#include <openssl/randerr.h>
#include <openssl/evp.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define RAND_DRBG_STRENGTH 256

/* Macros of the API deprecated in 1.1.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_1_0
#define RAND_cleanup()                                                                                       \
    while (0)                                                                                                \
    continue
#endif

/* Types. */
struct rand_meth_st {
    int (*seed)(const void *buf, int num);
    int (*bytes)(unsigned char *buf, int num);
    void (*cleanup)(void);
    int (*add)(const void *buf, int num, double randomness);
    int (*pseudorand)(unsigned char *buf, int num);
    int (*status)(void);
};

/* Functions. */
void RAND_add(const void *buf, int num, double randomness);
int RAND_bytes(unsigned char *buf, int num);
int RAND_bytes_ex(OSSL_LIB_CTX *ctx, unsigned char *buf, size_t num, unsigned int strength);
const char *RAND_file_name(char *file, size_t num);
EVP_RAND_CTX *RAND_get0_primary(OSSL_LIB_CTX *ctx);
EVP_RAND_CTX *RAND_get0_private(OSSL_LIB_CTX *ctx);
EVP_RAND_CTX *RAND_get0_public(OSSL_LIB_CTX *ctx);
void RAND_keep_random_devices_open(int keep);
int RAND_load_file(const char *file, long max_bytes);
int RAND_poll(void);
int RAND_priv_bytes(unsigned char *buf, int num);
int RAND_priv_bytes_ex(OSSL_LIB_CTX *ctx, unsigned char *buf, size_t num, unsigned int strength);
void RAND_seed(const void *buf, int num);
int RAND_set_DRBG_type(OSSL_LIB_CTX *ctx, const char *drbg, const char *propq, const char *cipher,
                       const char *digest);
int RAND_set_seed_source_type(OSSL_LIB_CTX *ctx, const char *seed, const char *propq);
int RAND_status(void);
int RAND_write_file(const char *file);

/* Deprecated in 1.1.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_1_0
OSSL_DEPRECATEDIN_1_1_0 int RAND_pseudo_bytes(unsigned char *buf, int num);
#endif

/* Deprecated in 3.0. */
#ifndef OPENSSL_NO_DEPRECATED_3_0
OSSL_DEPRECATEDIN_3_0 RAND_METHOD *RAND_OpenSSL(void);
OSSL_DEPRECATEDIN_3_0 const RAND_METHOD *RAND_get_rand_method(void);
OSSL_DEPRECATEDIN_3_0 int RAND_set_rand_engine(ENGINE *engine);
OSSL_DEPRECATEDIN_3_0 int RAND_set_rand_method(const RAND_METHOD *meth);
#endif

#ifdef __cplusplus
}
#endif
#endif
