/* BIO_METHOD construction for application-defined BIOs (BIO_meth_new and the setters/getters). */
#include <limits.h>
#include <string.h>

#include "bio_local.h"

int mbs_bio_write_conv(BIO *b, const char *data, size_t len, size_t *written)
{
    int ret;

    if (len > INT_MAX)
        len = INT_MAX;
    ret = b->method->bwrite_old(b, data, (int)len);
    if (ret <= 0) {
        *written = 0;
        return ret;
    }
    *written = (size_t)ret;
    return 1;
}

int mbs_bio_read_conv(BIO *b, char *data, size_t len, size_t *readbytes)
{
    int ret;

    if (len > INT_MAX)
        len = INT_MAX;
    ret = b->method->bread_old(b, data, (int)len);
    if (ret <= 0) {
        *readbytes = 0;
        return ret;
    }
    *readbytes = (size_t)ret;
    return 1;
}

MBS_API BIO_METHOD *BIO_meth_new(int type, const char *name)
{
    BIO_METHOD *m = OPENSSL_zalloc(sizeof(*m));

    if (m == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    m->name = OPENSSL_strdup(name != NULL ? name : "");
    if (m->name == NULL) {
        OPENSSL_free(m);
        ERR_raise(ERR_LIB_BIO, ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    m->type = type;
    return m;
}

MBS_API void BIO_meth_free(BIO_METHOD *m)
{
    if (m == NULL)
        return;
    OPENSSL_free(m->name);
    OPENSSL_free(m);
}

MBS_API int (*BIO_meth_get_write(const BIO_METHOD *m))(BIO *, const char *, int)
{
    return m != NULL ? m->bwrite_old : NULL;
}

MBS_API int (*BIO_meth_get_write_ex(const BIO_METHOD *m))(BIO *, const char *, size_t, size_t *)
{
    return m != NULL ? m->bwrite : NULL;
}

MBS_API int BIO_meth_set_write(BIO_METHOD *m, int (*fn)(BIO *, const char *, int))
{
    if (m == NULL)
        return 0;
    m->bwrite_old = fn;
    m->bwrite = fn != NULL ? mbs_bio_write_conv : NULL;
    return 1;
}

MBS_API int BIO_meth_set_write_ex(BIO_METHOD *m, int (*fn)(BIO *, const char *, size_t, size_t *))
{
    if (m == NULL)
        return 0;
    m->bwrite_old = NULL;
    m->bwrite = fn;
    return 1;
}

MBS_API int (*BIO_meth_get_read(const BIO_METHOD *m))(BIO *, char *, int)
{
    return m != NULL ? m->bread_old : NULL;
}

MBS_API int (*BIO_meth_get_read_ex(const BIO_METHOD *m))(BIO *, char *, size_t, size_t *)
{
    return m != NULL ? m->bread : NULL;
}

MBS_API int BIO_meth_set_read(BIO_METHOD *m, int (*fn)(BIO *, char *, int))
{
    if (m == NULL)
        return 0;
    m->bread_old = fn;
    m->bread = fn != NULL ? mbs_bio_read_conv : NULL;
    return 1;
}

MBS_API int BIO_meth_set_read_ex(BIO_METHOD *m, int (*fn)(BIO *, char *, size_t, size_t *))
{
    if (m == NULL)
        return 0;
    m->bread_old = NULL;
    m->bread = fn;
    return 1;
}

MBS_API int (*BIO_meth_get_puts(const BIO_METHOD *m))(BIO *, const char *)
{
    return m != NULL ? m->bputs : NULL;
}

MBS_API int BIO_meth_set_puts(BIO_METHOD *m, int (*fn)(BIO *, const char *))
{
    if (m == NULL)
        return 0;
    m->bputs = fn;
    return 1;
}

MBS_API int (*BIO_meth_get_gets(const BIO_METHOD *m))(BIO *, char *, int)
{
    return m != NULL ? m->bgets : NULL;
}

MBS_API int BIO_meth_set_gets(BIO_METHOD *m, int (*fn)(BIO *, char *, int))
{
    if (m == NULL)
        return 0;
    m->bgets = fn;
    return 1;
}

MBS_API long (*BIO_meth_get_ctrl(const BIO_METHOD *m))(BIO *, int, long, void *)
{
    return m != NULL ? m->ctrl : NULL;
}

MBS_API int BIO_meth_set_ctrl(BIO_METHOD *m, long (*fn)(BIO *, int, long, void *))
{
    if (m == NULL)
        return 0;
    m->ctrl = fn;
    return 1;
}

MBS_API int (*BIO_meth_get_create(const BIO_METHOD *m))(BIO *)
{
    return m != NULL ? m->create : NULL;
}

MBS_API int BIO_meth_set_create(BIO_METHOD *m, int (*fn)(BIO *))
{
    if (m == NULL)
        return 0;
    m->create = fn;
    return 1;
}

MBS_API int (*BIO_meth_get_destroy(const BIO_METHOD *m))(BIO *)
{
    return m != NULL ? m->destroy : NULL;
}

MBS_API int BIO_meth_set_destroy(BIO_METHOD *m, int (*fn)(BIO *))
{
    if (m == NULL)
        return 0;
    m->destroy = fn;
    return 1;
}

MBS_API long (*BIO_meth_get_callback_ctrl(const BIO_METHOD *m))(BIO *, int, BIO_info_cb *)
{
    return m != NULL ? m->callback_ctrl : NULL;
}

MBS_API int BIO_meth_set_callback_ctrl(BIO_METHOD *m, long (*fn)(BIO *, int, BIO_info_cb *))
{
    if (m == NULL)
        return 0;
    m->callback_ctrl = fn;
    return 1;
}
