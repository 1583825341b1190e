/* mbedshim <openssl/buffer.h>: BUF_MEM growable buffers. */
#ifndef OPENSSL_BUFFER_H
#define OPENSSL_BUFFER_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_BUFFER_H
#endif

#include <openssl/macros.h>
#include <openssl/types.h>
#include <openssl/crypto.h>
#include <openssl/buffererr.h>
#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define BUF_MEM_FLAG_SECURE 0x1

/* Macros of the API deprecated in 3.0. */
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define BUF_memdup(data, size) OPENSSL_memdup(data, size)
#define BUF_strdup(s) OPENSSL_strdup(s)
#define BUF_strlcat(dst, src, size) OPENSSL_strlcat(dst, src, size)
#define BUF_strlcpy(dst, src, size) OPENSSL_strlcpy(dst, src, size)
#define BUF_strndup(s, size) OPENSSL_strndup(s, size)
#define BUF_strnlen(str, maxlen) OPENSSL_strnlen(str, maxlen)
#endif

/* Types. */
struct buf_mem_st {
    size_t length;
    char *data;
    size_t max;
    unsigned long flags;
};

/* Functions. */
void BUF_MEM_free(BUF_MEM *a);
size_t BUF_MEM_grow(BUF_MEM *str, size_t len);
size_t BUF_MEM_grow_clean(BUF_MEM *str, size_t len);
BUF_MEM *BUF_MEM_new(void);
BUF_MEM *BUF_MEM_new_ex(unsigned long flags);
void BUF_reverse(unsigned char *out, const unsigned char *in, size_t siz);

#ifdef __cplusplus
}
#endif
#endif
