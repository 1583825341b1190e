/* CRYPTO_malloc & co., OPENSSL_cleanse, the small string helpers and hex conversion (OpenSSL 3.0 semantics:
 * zero-byte allocations return NULL, allocation failures do not touch the error queue, the allocator can be
 * replaced only until the first allocation). */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/cryptoerr.h>
#include <openssl/err.h>

#include "crypto/crypto_local.h"

static CRYPTO_malloc_fn malloc_impl;
static CRYPTO_realloc_fn realloc_impl;
static CRYPTO_free_fn free_impl;
/* Cleared by the first allocation: after that, swapping allocators would mix heaps. */
static int allow_customize = 1;

MBS_API int CRYPTO_set_mem_functions(CRYPTO_malloc_fn malloc_fn, CRYPTO_realloc_fn realloc_fn,
                                     CRYPTO_free_fn free_fn)
{
    if (!__atomic_load_n(&allow_customize, __ATOMIC_ACQUIRE))
        return 0;
    if (malloc_fn != NULL)
        malloc_impl = malloc_fn;
    if (realloc_fn != NULL)
        realloc_impl = realloc_fn;
    if (free_fn != NULL)
        free_impl = free_fn;
    return 1;
}

MBS_API void CRYPTO_get_mem_functions(CRYPTO_malloc_fn *malloc_fn, CRYPTO_realloc_fn *realloc_fn,
                                      CRYPTO_free_fn *free_fn)
{
    if (malloc_fn != NULL)
        *malloc_fn = malloc_impl != NULL ? malloc_impl : CRYPTO_malloc;
    if (realloc_fn != NULL)
        *realloc_fn = realloc_impl != NULL ? realloc_impl : CRYPTO_realloc;
    if (free_fn != NULL)
        *free_fn = free_impl != NULL ? free_impl : CRYPTO_free;
}

MBS_API void *CRYPTO_malloc(size_t num, const char *file, int line)
{
    if (malloc_impl != NULL && malloc_impl != CRYPTO_malloc)
        return malloc_impl(num, file, line);
    if (num == 0)
        return NULL;
    if (__atomic_load_n(&allow_customize, __ATOMIC_RELAXED))
        __atomic_store_n(&allow_customize, 0, __ATOMIC_RELEASE);
    return malloc(num);
}

MBS_API void *CRYPTO_zalloc(size_t num, const char *file, int line)
{
    void *p = CRYPTO_malloc(num, file, line);

    if (p != NULL)
        memset(p, 0, num);
    return p;
}

MBS_API void *CRYPTO_realloc(void *addr, size_t num, const char *file, int line)
{
    if (realloc_impl != NULL && realloc_impl != CRYPTO_realloc)
        return realloc_impl(addr, num, file, line);
    if (addr == NULL)
        return CRYPTO_malloc(num, file, line);
    if (num == 0) {
        CRYPTO_free(addr, file, line);
        return NULL;
    }
    return realloc(addr, num);
}

MBS_API void CRYPTO_free(void *ptr, const char *file, int line)
{
    if (free_impl != NULL && free_impl != CRYPTO_free) {
        free_impl(ptr, file, line);
        return;
    }
    free(ptr);
}

MBS_API void OPENSSL_cleanse(void *ptr, size_t len)
{
    if (ptr != NULL && len > 0)
        explicit_bzero(ptr, len); /* not optimised away, unlike memset before free */
}

MBS_API void CRYPTO_clear_free(void *ptr, size_t num, const char *file, int line)
{
    if (ptr == NULL)
        return;
    if (num > 0)
        OPENSSL_cleanse(ptr, num);
    CRYPTO_free(ptr, file, line);
}

/* Never leaves a copy of the old contents behind in freed memory. */
MBS_API void *CRYPTO_clear_realloc(void *addr, size_t old_num, size_t num, const char *file, int line)
{
    void *p;

    if (addr == NULL)
        return CRYPTO_malloc(num, file, line);
    if (num == 0) {
        CRYPTO_clear_free(addr, old_num, file, line);
        return NULL;
    }
    if (num < old_num) {
        OPENSSL_cleanse((char *)addr + num, old_num - num);
        return addr;
    }
    p = CRYPTO_malloc(num, file, line);
    if (p != NULL) {
        memcpy(p, addr, old_num);
        CRYPTO_clear_free(addr, old_num, file, line);
    }
    return p;
}

MBS_API char *CRYPTO_strdup(const char *str, const char *file, int line)
{
    char *p;
    size_t n;

    if (str == NULL)
        return NULL;
    n = strlen(str) + 1;
    p = CRYPTO_malloc(n, file, line);
    if (p != NULL)
        memcpy(p, str, n);
    return p;
}

MBS_API char *CRYPTO_strndup(const char *str, size_t s, const char *file, int line)
{
    char *p;
    size_t n;

    if (str == NULL)
        return NULL;
    n = strnlen(str, s);
    p = CRYPTO_malloc(n + 1, file, line);
    if (p != NULL) {
        memcpy(p, str, n);
        p[n] = '\0';
    }
    return p;
}

MBS_API void *CRYPTO_memdup(const void *data, size_t siz, const char *file, int line)
{
    void *p;

    if (data == NULL || siz >= INT_MAX)
        return NULL;
    p = CRYPTO_malloc(siz, file, line);
    if (p != NULL)
        memcpy(p, data, siz);
    return p;
}

/* Constant-time in len: no early exit on the first difference. */
MBS_API int CRYPTO_memcmp(const void *in_a, const void *in_b, size_t len)
{
    const volatile unsigned char *a = in_a, *b = in_b;
    unsigned char x = 0;

    for (size_t i = 0; i < len; i++)
        x |= a[i] ^ b[i];
    return x;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* There is no secure heap here: the secure allocators are the normal ones, and report so. */

MBS_API int CRYPTO_secure_malloc_init(size_t sz, size_t minsize)
{
    (void)sz;
    (void)minsize;
    return 0;
}

MBS_API int CRYPTO_secure_malloc_done(void)
{
    return 1;
}

MBS_API int CRYPTO_secure_malloc_initialized(void)
{
    return 0;
}

MBS_API void *CRYPTO_secure_malloc(size_t num, const char *file, int line)
{
    return CRYPTO_malloc(num, file, line);
}

MBS_API void *CRYPTO_secure_zalloc(size_t num, const char *file, int line)
{
    return CRYPTO_zalloc(num, file, line);
}

MBS_API void CRYPTO_secure_free(void *ptr, const char *file, int line)
{
    CRYPTO_free(ptr, file, line);
}

MBS_API void CRYPTO_secure_clear_free(void *ptr, size_t num, const char *file, int line)
{
    CRYPTO_clear_free(ptr, num, file, line);
}

MBS_API int CRYPTO_secure_allocated(const void *ptr)
{
    (void)ptr;
    return 0;
}

MBS_API size_t CRYPTO_secure_actual_size(void *ptr)
{
    (void)ptr;
    return 0;
}

MBS_API size_t CRYPTO_secure_used(void)
{
    return 0;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Strings */

/* BSD semantics: always terminates when siz > 0, returns the length it tried to create. */
MBS_API size_t OPENSSL_strlcpy(char *dst, const char *src, size_t siz)
{
    size_t n = strlen(src);

    if (siz > 0) {
        size_t c = n < siz - 1 ? n : siz - 1;

        memcpy(dst, src, c);
        dst[c] = '\0';
    }
    return n;
}

MBS_API size_t OPENSSL_strlcat(char *dst, const char *src, size_t siz)
{
    size_t d = strnlen(dst, siz);

    if (d == siz)
        return d + strlen(src); /* dst not terminated within siz: nothing appended */
    return d + OPENSSL_strlcpy(dst + d, src, siz - d);
}

MBS_API size_t OPENSSL_strnlen(const char *str, size_t maxlen)
{
    return strnlen(str, maxlen);
}

static int ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Locale independent (ASCII only), unlike strcasecmp under e.g. a Turkish locale. */
MBS_API int OPENSSL_strncasecmp(const char *s1, const char *s2, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int a = ascii_lower((unsigned char)s1[i]), b = ascii_lower((unsigned char)s2[i]);

        if (a != b)
            return a - b;
        if (a == 0)
            break;
    }
    return 0;
}

MBS_API int OPENSSL_strcasecmp(const char *s1, const char *s2)
{
    return OPENSSL_strncasecmp(s1, s2, SIZE_MAX);
}

MBS_API int OPENSSL_hexchar2int(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Parses hex pairs, skipping `sep` where a pair may start (sep 0: no separator allowed). Counts only when buf
 * is NULL. *buflen is left alone on failure. */
static int hex_decode(unsigned char *buf, size_t buf_n, size_t *buflen, const char *str, char sep)
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)str;

    while (*p != '\0') {
        int hi, lo;

        if (sep != '\0' && *p == (unsigned char)sep) {
            p++;
            continue;
        }
        hi = OPENSSL_hexchar2int(*p++);
        if (*p == '\0') {
            ERR_raise(ERR_LIB_CRYPTO, CRYPTO_R_ODD_NUMBER_OF_DIGITS);
            return 0;
        }
        lo = OPENSSL_hexchar2int(*p++);
        if (hi < 0 || lo < 0) {
            ERR_raise(ERR_LIB_CRYPTO, CRYPTO_R_ILLEGAL_HEX_DIGIT);
            return 0;
        }
        if (buf != NULL) {
            if (n >= buf_n) {
                ERR_raise(ERR_LIB_CRYPTO, CRYPTO_R_TOO_SMALL_BUFFER);
                return 0;
            }
            buf[n] = (unsigned char)((hi << 4) | lo);
        }
        n++;
    }
    if (buflen != NULL)
        *buflen = n;
    return 1;
}

MBS_API int OPENSSL_hexstr2buf_ex(unsigned char *buf, size_t buf_n, size_t *buflen, const char *str,
                                  const char sep)
{
    return hex_decode(buf, buf_n, buflen, str, sep);
}

MBS_API unsigned char *OPENSSL_hexstr2buf(const char *str, long *buflen)
{
    size_t need, got;
    unsigned char *buf;

    if (str == NULL || strlen(str) < 2) {
        ERR_raise(ERR_LIB_CRYPTO, CRYPTO_R_HEX_STRING_TOO_SHORT);
        return NULL;
    }
    if (!hex_decode(NULL, 0, &need, str, ':')) {
        if (buflen != NULL)
            *buflen = 0;
        return NULL;
    }
    buf = CRYPTO_malloc(need > 0 ? need : 1, OPENSSL_FILE, OPENSSL_LINE);
    if (buf == NULL) {
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    if (!hex_decode(buf, need, &got, str, ':')) {
        CRYPTO_free(buf, OPENSSL_FILE, OPENSSL_LINE);
        return NULL;
    }
    if (buflen != NULL)
        *buflen = (long)got;
    return buf;
}

/* "AB:CD" style, uppercase; a NUL-terminated string of length 3n-1 (2n without separator). */
MBS_API int OPENSSL_buf2hexstr_ex(char *str, size_t str_n, size_t *strlength, const unsigned char *buf,
                                  size_t buflen, const char sep)
{
    static const char hexdig[] = "0123456789ABCDEF";
    size_t per = sep != '\0' ? 3 : 2;
    size_t need = buflen == 0 ? 1 : buflen * per + (sep != '\0' ? 0 : 1);
    char *q = str;

    if (strlength != NULL)
        *strlength = need;
    if (str == NULL)
        return 1;
    if (str_n < need) {
        ERR_raise(ERR_LIB_CRYPTO, CRYPTO_R_TOO_SMALL_BUFFER);
        return 0;
    }
    for (size_t i = 0; i < buflen; i++) {
        *q++ = hexdig[buf[i] >> 4];
        *q++ = hexdig[buf[i] & 0xF];
        if (sep != '\0')
            *q++ = sep;
    }
    if (sep != '\0' && buflen > 0)
        q--; /* the last separator becomes the terminator */
    *q = '\0';
    return 1;
}

MBS_API char *OPENSSL_buf2hexstr(const unsigned char *buf, long buflen)
{
    size_t need;
    char *str;

    if (buflen < 0)
        return NULL;
    if (buflen == 0)
        return CRYPTO_zalloc(1, OPENSSL_FILE, OPENSSL_LINE);
    OPENSSL_buf2hexstr_ex(NULL, 0, &need, buf, (size_t)buflen, ':');
    str = CRYPTO_malloc(need, OPENSSL_FILE, OPENSSL_LINE);
    if (str == NULL) {
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    OPENSSL_buf2hexstr_ex(str, need, NULL, buf, (size_t)buflen, ':');
    return str;
}
