/* Lazily allocated per-SSL_CTX / per-SSL state of the app_*.c files (see
 * app_local.h). */
#include <stdlib.h>

#include "ssl/app_local.h"

struct mbs_app_ctx_ext *mbs_app_ctx(SSL_CTX *ctx)
{
    struct mbs_app_ctx_ext *e = __atomic_load_n(&ctx->app_ext, __ATOMIC_ACQUIRE);
    if (e != NULL)
        return e;
    struct mbs_app_ctx_ext *n = calloc(1, sizeof(*n));
    if (n == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    /* an SSL_CTX may be configured from several threads: the first allocation
     * wins */
    if (!__atomic_compare_exchange_n(&ctx->app_ext, &e, n, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        free(n);
        return e;
    }
    return n;
}

struct mbs_app_ssl_ext *mbs_app_ssl(SSL *s)
{
    if (s->app_ext == NULL && (s->app_ext = calloc(1, sizeof(*s->app_ext))) == NULL)
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
    return s->app_ext;
}

const struct mbs_app_ctx_ext *mbs_app_ctx_peek(const SSL_CTX *ctx)
{
    return ctx == NULL ? NULL : __atomic_load_n(&ctx->app_ext, __ATOMIC_ACQUIRE);
}

const struct mbs_app_ssl_ext *mbs_app_ssl_peek(const SSL *s)
{
    return s == NULL ? NULL : s->app_ext;
}

void mbs_app_ctx_free(SSL_CTX *ctx)
{
    struct mbs_app_ctx_ext *e = ctx->app_ext;
    if (e == NULL)
        return;
    sk_X509_NAME_pop_free(e->client_ca, X509_NAME_free);
    sk_X509_NAME_pop_free(e->ca_names, X509_NAME_free);
    sk_SSL_CIPHER_free(e->ciphers);
    mbs_app_sessions_free(ctx, e);
    free(e);
    ctx->app_ext = NULL;
}

void mbs_app_ssl_free(SSL *s)
{
    struct mbs_app_ssl_ext *e = s->app_ext;
    if (e == NULL)
        return;
    sk_X509_NAME_pop_free(e->client_ca, X509_NAME_free);
    sk_X509_NAME_pop_free(e->ca_names, X509_NAME_free);
    sk_SSL_CIPHER_free(e->ciphers);
    mbs_id_list_free(&e->client_suites);
    sk_SSL_CIPHER_free(e->client_ciphers);
    free(e);
    s->app_ext = NULL;
}
