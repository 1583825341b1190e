/* BUF_MEM: the growable buffer behind memory BIOs (BIO_get_mem_ptr / BIO_set_mem_buf hand it out). */
#include <string.h>

#include <openssl/buffer.h>

#include "bio_local.h"

/* Growth is (len + 3) / 3 * 4; above this the result would no longer fit an int. */
#define MBS_BUF_LIMIT (((size_t)1 << 31) / 4 * 3 - 4)

MBS_API BUF_MEM *BUF_MEM_new_ex(unsigned long flags)
{
    BUF_MEM *b = BUF_MEM_new();

    if (b != NULL)
        b->flags = flags;
    return b;
}

MBS_API BUF_MEM *BUF_MEM_new(void)
{
    BUF_MEM *b = OPENSSL_zalloc(sizeof(*b));

    if (b == NULL)
        ERR_raise(ERR_LIB_BUF, ERR_R_MALLOC_FAILURE);
    return b;
}

MBS_API void BUF_MEM_free(BUF_MEM *a)
{
    if (a == NULL)
        return;
    /* No separate secure heap here: every buffer is wiped on release. */
    if (a->data != NULL)
        OPENSSL_clear_free(a->data, a->max);
    OPENSSL_free(a);
}

/* Moves to a bigger block; the old one is wiped when the contents are sensitive (clean variant). */
static char *regrow(BUF_MEM *str, size_t n, int clean)
{
    char *p;

    if (!clean && !(str->flags & BUF_MEM_FLAG_SECURE))
        return OPENSSL_realloc(str->data, n);
    p = OPENSSL_malloc(n);
    if (p != NULL && str->data != NULL) {
        memcpy(p, str->data, str->length);
        OPENSSL_clear_free(str->data, str->max);
    }
    return p;
}

static size_t grow(BUF_MEM *str, size_t len, int clean)
{
    char *p;
    size_t n;

    if (str == NULL)
        return 0;
    if (str->length >= len) {
        if (clean && str->data != NULL)
            memset(str->data + len, 0, str->length - len);
        str->length = len;
        return len;
    }
    if (str->max >= len) {
        if (str->data != NULL)
            memset(str->data + str->length, 0, len - str->length);
        str->length = len;
        return len;
    }
    if (len > MBS_BUF_LIMIT) {
        ERR_raise(ERR_LIB_BUF, ERR_R_PASSED_INVALID_ARGUMENT);
        return 0;
    }
    n = (len + 3) / 3 * 4;
    p = regrow(str, n, clean);
    if (p == NULL) {
        ERR_raise(ERR_LIB_BUF, ERR_R_MALLOC_FAILURE);
        return 0;
    }
    str->data = p;
    str->max = n;
    memset(str->data + str->length, 0, len - str->length);
    str->length = len;
    return len;
}

MBS_API size_t BUF_MEM_grow(BUF_MEM *str, size_t len)
{
    return grow(str, len, 0);
}

MBS_API size_t BUF_MEM_grow_clean(BUF_MEM *str, size_t len)
{
    return grow(str, len, 1);
}

MBS_API void BUF_reverse(unsigned char *out, const unsigned char *in, size_t size)
{
    if (out == NULL || size == 0)
        return;
    if (in != NULL) {
        for (size_t i = 0; i < size; i++)
            out[i] = in[size - 1 - i];
        return;
    }
    for (size_t i = 0, j = size - 1; i < j; i++, j--) {
        unsigned char t = out[i];

        out[i] = out[j];
        out[j] = t;
    }
}
