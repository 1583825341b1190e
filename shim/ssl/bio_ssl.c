/*
 * BIO_f_ssl: an SSL object as a filter BIO (BIO_new_ssl_connect and friends, used by 1.1-era apps).
 * Built on the public BIO_meth API so the same code runs on the real libcrypto and on ours.
 * Retry state is translated from SSL_get_error to the BIO's retry flags, as OpenSSL does.
 */
#include <pthread.h>
#include <string.h>

#include "ssl/ssl_local.h"

typedef struct {
    SSL *ssl;
} bio_ssl_data;

static void set_retry_from(BIO *b, SSL *ssl, int ret)
{
    switch (SSL_get_error(ssl, ret)) {
    case SSL_ERROR_WANT_READ:
        BIO_set_retry_read(b);
        break;
    case SSL_ERROR_WANT_WRITE:
        BIO_set_retry_write(b);
        break;
    case SSL_ERROR_WANT_X509_LOOKUP:
        BIO_set_retry_special(b);
        BIO_set_retry_reason(b, BIO_RR_SSL_X509_LOOKUP);
        break;
    case SSL_ERROR_WANT_CONNECT:
        BIO_set_retry_special(b);
        BIO_set_retry_reason(b, BIO_get_retry_reason(BIO_next(b)));
        break;
    case SSL_ERROR_WANT_ACCEPT:
        BIO_set_retry_special(b);
        BIO_set_retry_reason(b, BIO_RR_ACCEPT);
        break;
    default:
        break;
    }
}

static int ssl_bio_read(BIO *b, char *buf, int len)
{
    bio_ssl_data *d = BIO_get_data(b);
    if (d == NULL || d->ssl == NULL || buf == NULL)
        return 0;
    BIO_clear_retry_flags(b);
    int ret = SSL_read(d->ssl, buf, len);
    if (ret <= 0)
        set_retry_from(b, d->ssl, ret);
    return ret;
}

static int ssl_bio_write(BIO *b, const char *buf, int len)
{
    bio_ssl_data *d = BIO_get_data(b);
    if (d == NULL || d->ssl == NULL || buf == NULL)
        return 0;
    BIO_clear_retry_flags(b);
    int ret = SSL_write(d->ssl, buf, len);
    if (ret <= 0)
        set_retry_from(b, d->ssl, ret);
    return ret;
}

static int ssl_bio_puts(BIO *b, const char *str)
{
    return ssl_bio_write(b, str, (int)strlen(str));
}

static int ssl_bio_create(BIO *b)
{
    bio_ssl_data *d = OPENSSL_zalloc(sizeof(*d));
    if (d == NULL)
        return 0;
    BIO_set_data(b, d);
    BIO_set_init(b, 0);
    return 1;
}

static void release_ssl(BIO *b, bio_ssl_data *d)
{
    if (d->ssl == NULL)
        return;
    SSL_shutdown(d->ssl);
    if (BIO_get_shutdown(b) && BIO_get_init(b))
        SSL_free(d->ssl);
    d->ssl = NULL;
    BIO_set_init(b, 0);
}

static int ssl_bio_destroy(BIO *b)
{
    bio_ssl_data *d = BIO_get_data(b);
    if (d == NULL)
        return 0;
    release_ssl(b, d);
    OPENSSL_free(d);
    BIO_set_data(b, NULL);
    return 1;
}

static long ssl_bio_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    bio_ssl_data *d = BIO_get_data(b);
    SSL *ssl = d != NULL ? d->ssl : NULL;
    BIO *next = BIO_next(b);
    long ret = 1;

    if (ssl == NULL && cmd != BIO_C_SET_SSL)
        return 0;
    switch (cmd) {
    case BIO_C_SET_SSL:
        release_ssl(b, d);
        BIO_set_shutdown(b, (int)num);
        d->ssl = ptr;
        if (d->ssl != NULL) {
            BIO *rb = SSL_get_rbio(d->ssl);
            if (rb != NULL) {
                if (next != NULL)
                    BIO_push(rb, next);
                BIO_set_next(b, rb);
                BIO_up_ref(rb);
            }
        }
        BIO_set_init(b, 1);
        return 1;
    case BIO_C_GET_SSL:
        if (ptr == NULL)
            return 0;
        *(SSL **)ptr = ssl;
        return 1;
    case BIO_C_SSL_MODE:
        if (num)
            SSL_set_connect_state(ssl);
        else
            SSL_set_accept_state(ssl);
        return 1;
    case BIO_C_DO_STATE_MACHINE:
        BIO_clear_retry_flags(b);
        ret = SSL_do_handshake(ssl);
        if (ret <= 0)
            set_retry_from(b, ssl, (int)ret);
        return ret;
    case BIO_CTRL_RESET:
        SSL_shutdown(ssl);
        SSL_clear(ssl);
        return next != NULL ? BIO_ctrl(next, cmd, num, ptr) : 1;
    case BIO_CTRL_PENDING:
        ret = SSL_pending(ssl);
        if (ret == 0 && SSL_get_rbio(ssl) != NULL)
            ret = BIO_pending(SSL_get_rbio(ssl));
        return ret;
    case BIO_CTRL_WPENDING:
        return SSL_get_wbio(ssl) != NULL ? BIO_ctrl(SSL_get_wbio(ssl), cmd, num, ptr) : 0;
    case BIO_CTRL_FLUSH:
        BIO_clear_retry_flags(b);
        ret = SSL_get_wbio(ssl) != NULL ? BIO_ctrl(SSL_get_wbio(ssl), cmd, num, ptr) : 1;
        BIO_copy_next_retry(b);
        return ret;
    case BIO_CTRL_PUSH:
        if (next != NULL && next != SSL_get_rbio(ssl)) {
            /* the pushed BIO becomes the SSL's transport */
            BIO_up_ref(next);
            SSL_set_bio(ssl, next, next);
        }
        return 1;
    case BIO_CTRL_POP:
        if (b == ptr) {
            /* the chain is being split: the SSL gives back the references it took at push time */
            SSL_set0_rbio(ssl, NULL);
            SSL_set0_wbio(ssl, NULL);
        }
        return 1;
    case BIO_CTRL_GET_CLOSE:
        return BIO_get_shutdown(b);
    case BIO_CTRL_SET_CLOSE:
        BIO_set_shutdown(b, (int)num);
        return 1;
    case BIO_CTRL_DUP:
        return 0;
    default:
        return SSL_get_rbio(ssl) != NULL ? BIO_ctrl(SSL_get_rbio(ssl), cmd, num, ptr) : 0;
    }
}

static long ssl_bio_callback_ctrl(BIO *b, int cmd, BIO_info_cb *fp)
{
    bio_ssl_data *d = BIO_get_data(b);
    if (d == NULL || d->ssl == NULL || SSL_get_rbio(d->ssl) == NULL)
        return 0;
    return BIO_callback_ctrl(SSL_get_rbio(d->ssl), cmd, fp);
}

static pthread_once_t meth_once = PTHREAD_ONCE_INIT;
static BIO_METHOD *ssl_meth;

static void make_meth(void)
{
    BIO_METHOD *m = BIO_meth_new(BIO_TYPE_SSL, "ssl");
    if (m == NULL)
        return;
    if (!BIO_meth_set_write(m, ssl_bio_write) || !BIO_meth_set_read(m, ssl_bio_read) ||
        !BIO_meth_set_puts(m, ssl_bio_puts) || !BIO_meth_set_ctrl(m, ssl_bio_ctrl) ||
        !BIO_meth_set_create(m, ssl_bio_create) || !BIO_meth_set_destroy(m, ssl_bio_destroy) ||
        !BIO_meth_set_callback_ctrl(m, ssl_bio_callback_ctrl)) {
        BIO_meth_free(m);
        return;
    }
    ssl_meth = m;
}

MBS_API const BIO_METHOD *BIO_f_ssl(void)
{
    MBS_TRACE_ENTRY();
    pthread_once(&meth_once, make_meth);
    return ssl_meth;
}

MBS_API BIO *BIO_new_ssl(SSL_CTX *ctx, int client)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, NULL);
    BIO *b = BIO_new(BIO_f_ssl());
    if (b == NULL)
        return NULL;
    SSL *ssl = SSL_new(ctx);
    if (ssl == NULL) {
        BIO_free(b);
        return NULL;
    }
    if (client)
        SSL_set_connect_state(ssl);
    else
        SSL_set_accept_state(ssl);
    BIO_set_ssl(b, ssl, BIO_CLOSE);
    return b;
}

MBS_API BIO *BIO_new_ssl_connect(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    BIO *con = BIO_new(BIO_s_connect());
    if (con == NULL)
        return NULL;
    BIO *ssl = BIO_new_ssl(ctx, 1);
    if (ssl == NULL) {
        BIO_free(con);
        return NULL;
    }
    return BIO_push(ssl, con);
}

MBS_API BIO *BIO_new_buffer_ssl_connect(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    BIO *buf = BIO_new(BIO_f_buffer());
    if (buf == NULL)
        return NULL;
    BIO *ssl = BIO_new_ssl_connect(ctx);
    if (ssl == NULL) {
        BIO_free(buf);
        return NULL;
    }
    return BIO_push(buf, ssl);
}

MBS_API void BIO_ssl_shutdown(BIO *b)
{
    MBS_TRACE_ENTRY();
    for (; b != NULL; b = BIO_next(b)) {
        if (BIO_method_type(b) != BIO_TYPE_SSL)
            continue;
        bio_ssl_data *d = BIO_get_data(b);
        if (d != NULL && d->ssl != NULL)
            SSL_shutdown(d->ssl);
        return;
    }
}

MBS_API int BIO_ssl_copy_session_id(BIO *to, BIO *from)
{
    MBS_TRACE_ENTRY();
    to = BIO_find_type(to, BIO_TYPE_SSL);
    from = BIO_find_type(from, BIO_TYPE_SSL);
    if (to == NULL || from == NULL)
        return 0;
    bio_ssl_data *dt = BIO_get_data(to), *df = BIO_get_data(from);
    if (dt == NULL || df == NULL || dt->ssl == NULL || df->ssl == NULL)
        return 0;
    return SSL_set_session(dt->ssl, SSL_get_session(df->ssl));
}
