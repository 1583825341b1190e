/* RAND on Mbed TLS's PSA random generator (a DRBG seeded from the OS entropy source by psa_crypto_init).
 * Seeding calls are accepted and ignored: PSA reseeds itself and never takes application entropy. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include <psa/crypto.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/randerr.h>

#include "crypto/crypto_local.h"

/* PSA rejects requests above the DRBG's per-call limit (1024 bytes by default): ask in smaller pieces. */
#define RAND_CHUNK 256

static int psa_fill(unsigned char *buf, size_t num)
{
    if (num == 0)
        return 1;
    if (buf == NULL) {
        ERR_raise(ERR_LIB_RAND, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if (!mbs_psa_init()) {
        ERR_raise(ERR_LIB_RAND, RAND_R_NOT_INSTANTIATED);
        return 0;
    }
    while (num > 0) {
        size_t n = num < RAND_CHUNK ? num : RAND_CHUNK;

        if (psa_generate_random(buf, n) != PSA_SUCCESS) {
            ERR_raise(ERR_LIB_RAND, RAND_R_GENERATE_ERROR);
            return 0;
        }
        buf += n;
        num -= n;
    }
    return 1;
}

MBS_API int RAND_bytes_ex(OSSL_LIB_CTX *ctx, unsigned char *buf, size_t num, unsigned int strength)
{
    (void)ctx;
    (void)strength; /* the PSA DRBG runs at 256 bits */
    return psa_fill(buf, num);
}

MBS_API int RAND_priv_bytes_ex(OSSL_LIB_CTX *ctx, unsigned char *buf, size_t num, unsigned int strength)
{
    return RAND_bytes_ex(ctx, buf, num, strength);
}

MBS_API int RAND_bytes(unsigned char *buf, int num)
{
    if (num < 0)
        return 0;
    return psa_fill(buf, (size_t)num);
}

MBS_API int RAND_priv_bytes(unsigned char *buf, int num)
{
    return RAND_bytes(buf, num);
}

MBS_API int RAND_status(void)
{
    return mbs_psa_init();
}

MBS_API int RAND_poll(void)
{
    return mbs_psa_init();
}

MBS_API void RAND_seed(const void *buf, int num)
{
    (void)buf;
    (void)num;
}

MBS_API void RAND_add(const void *buf, int num, double randomness)
{
    (void)buf;
    (void)num;
    (void)randomness;
}

MBS_API void RAND_keep_random_devices_open(int keep)
{
    (void)keep;
}

/* $RANDFILE, else $HOME/.rnd; the environment is ignored in set-user-ID programs. */
MBS_API const char *RAND_file_name(char *buf, size_t size)
{
    const char *s = NULL;
    int n;

    if (buf == NULL || size == 0)
        return NULL;
    if (!OPENSSL_issetugid()) {
        s = getenv("RANDFILE");
        if (s != NULL && *s != '\0') {
            if (strlen(s) >= size)
                return NULL;
            memcpy(buf, s, strlen(s) + 1);
            return buf;
        }
        s = getenv("HOME");
    }
    if (s == NULL || *s == '\0')
        return NULL;
    n = snprintf(buf, size, "%s/.rnd", s);
    if (n < 0 || (size_t)n >= size)
        return NULL;
    return buf;
}

/* Reads (and discards: PSA takes no external seed) up to max_bytes, the whole file when max_bytes is -1.
 * Returns the number of bytes read, -1 when the file cannot be read. */
MBS_API int RAND_load_file(const char *file, long max_bytes)
{
    unsigned char tmp[1024];
    long total = 0;
    FILE *fp;

    if (file == NULL || max_bytes == 0)
        return 0;
    fp = fopen(file, "rb");
    if (fp == NULL) {
        ERR_raise_data(ERR_LIB_RAND, RAND_R_CANNOT_OPEN_FILE, "Filename=%s", file);
        return -1;
    }
    for (;;) {
        size_t want = sizeof(tmp), got;

        if (max_bytes > 0 && (long)want > max_bytes - total)
            want = (size_t)(max_bytes - total);
        if (want == 0)
            break;
        got = fread(tmp, 1, want, fp);
        if (got == 0)
            break;
        total += (long)got;
    }
    fclose(fp);
    OPENSSL_cleanse(tmp, sizeof(tmp));
    return total > (long)0x7fffffff ? 0x7fffffff : (int)total;
}

/* Writes 1024 fresh random bytes (mode 0600); returns the count, -1 on failure. */
MBS_API int RAND_write_file(const char *file)
{
    unsigned char buf[1024];
    FILE *fp;
    size_t n;

    if (file == NULL || !RAND_bytes(buf, (int)sizeof(buf)))
        return -1;
    {
        int fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

        fp = fd >= 0 ? fdopen(fd, "wb") : NULL;
        if (fp == NULL && fd >= 0)
            close(fd);
    }
    if (fp == NULL) {
        ERR_raise_data(ERR_LIB_RAND, RAND_R_CANNOT_OPEN_FILE, "Filename=%s", file);
        OPENSSL_cleanse(buf, sizeof(buf));
        return -1;
    }
    n = fwrite(buf, 1, sizeof(buf), fp);
    OPENSSL_cleanse(buf, sizeof(buf));
    if (fclose(fp) != 0 || n != sizeof(buf))
        return -1;
    return (int)n;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Legacy method interface (deprecated in 3.0): one fixed method backed by PSA; replacing it is refused. */

static int meth_seed(const void *buf, int num)
{
    RAND_seed(buf, num);
    return 1;
}

static int meth_add(const void *buf, int num, double randomness)
{
    RAND_add(buf, num, randomness);
    return 1;
}

static RAND_METHOD psa_rand_meth = {
    meth_seed, RAND_bytes, NULL, meth_add, RAND_bytes, RAND_status,
};

MBS_API RAND_METHOD *RAND_OpenSSL(void)
{
    return &psa_rand_meth;
}

MBS_API const RAND_METHOD *RAND_get_rand_method(void)
{
    return &psa_rand_meth;
}

MBS_API int RAND_set_rand_method(const RAND_METHOD *meth)
{
    return meth == &psa_rand_meth;
}

MBS_API int RAND_set_rand_engine(ENGINE *engine)
{
    return engine == NULL;
}

MBS_API int RAND_pseudo_bytes(unsigned char *buf, int num)
{
    return RAND_bytes(buf, num);
}

/* There are no EVP_RAND objects: the DRBG is inside PSA. */
MBS_API EVP_RAND_CTX *RAND_get0_primary(OSSL_LIB_CTX *ctx)
{
    (void)ctx;
    return NULL;
}

MBS_API EVP_RAND_CTX *RAND_get0_public(OSSL_LIB_CTX *ctx)
{
    (void)ctx;
    return NULL;
}

MBS_API EVP_RAND_CTX *RAND_get0_private(OSSL_LIB_CTX *ctx)
{
    (void)ctx;
    return NULL;
}

MBS_API int RAND_set_DRBG_type(OSSL_LIB_CTX *ctx, const char *drbg, const char *propq, const char *cipher,
                               const char *digest)
{
    (void)ctx;
    (void)drbg;
    (void)propq;
    (void)cipher;
    (void)digest;
    return 1;
}

MBS_API int RAND_set_seed_source_type(OSSL_LIB_CTX *ctx, const char *seed, const char *propq)
{
    (void)ctx;
    (void)seed;
    (void)propq;
    return 1;
}
