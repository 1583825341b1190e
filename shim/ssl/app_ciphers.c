/*
 * Cipher list queries: SSL_get_ciphers / SSL_CTX_get_ciphers (the configured
 * TLS 1.3 suites, then the TLS 1.2 list, as OpenSSL orders them),
 * SSL_get_cipher_list, SSL_get1_supported_ciphers. Only suites mbedshim can
 * negotiate appear, so the lists are shorter than OpenSSL's for the same cipher
 * string. Also the DTLS / stateless-cookie callback setters: accepted and never
 * called (no DTLS, no SSL_stateless()).
 */
#include <string.h>

#include "ssl/app_local.h"

/* The configured list of settings s: a new stack, NULL on allocation failure
 * (error queued). */
static STACK_OF(SSL_CIPHER) * build_list(const mbs_settings *s)
{
    STACK_OF(SSL_CIPHER) *sk = sk_SSL_CIPHER_new_null();
    mbs_id_list def13 = {0}, def12 = {0};
    const mbs_id_list *l13 = &s->ciphers13, *l12 = &s->ciphers12;
    int ok = sk != NULL;
    if (ok && !s->no_tls13_suites && l13->n == 0) {
        ok = mbs_cipher_default_tls13(&def13);
        l13 = &def13;
    }
    if (ok && l12->n == 0) {
        ok = mbs_cipher_default_tls12(&def12);
        l12 = &def12;
    }
    for (size_t i = 0; ok && !s->no_tls13_suites && i < l13->n; i++) {
        const SSL_CIPHER *c = mbs_cipher_by_iana(l13->ids[i]);
        if (c != NULL && !sk_SSL_CIPHER_push(sk, c))
            ok = 0;
    }
    for (size_t i = 0; ok && i < l12->n; i++) {
        const SSL_CIPHER *c = mbs_cipher_by_iana(l12->ids[i]);
        if (c != NULL && !sk_SSL_CIPHER_push(sk, c))
            ok = 0;
    }
    mbs_id_list_free(&def13);
    mbs_id_list_free(&def12);
    if (!ok) {
        sk_SSL_CIPHER_free(sk);
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    return sk;
}

static int same_list(const STACK_OF(SSL_CIPHER) * a, const STACK_OF(SSL_CIPHER) * b)
{
    if (sk_SSL_CIPHER_num(a) != sk_SSL_CIPHER_num(b))
        return 0;
    for (int i = 0; i < sk_SSL_CIPHER_num(a); i++)
        if (sk_SSL_CIPHER_value(a, i) != sk_SSL_CIPHER_value(b, i))
            return 0;
    return 1;
}

/* Keeps one stack per object and hands the same pointer out while the
 * configuration is unchanged (apps hold on to it between calls). */
static STACK_OF(SSL_CIPHER) * cache(STACK_OF(SSL_CIPHER) * *slot, STACK_OF(SSL_CIPHER) * fresh)
{
    if (fresh == NULL)
        return *slot;
    if (*slot != NULL && same_list(*slot, fresh)) {
        sk_SSL_CIPHER_free(fresh);
        return *slot;
    }
    sk_SSL_CIPHER_free(*slot);
    *slot = fresh;
    return fresh;
}

MBS_API STACK_OF(SSL_CIPHER) * SSL_CTX_get_ciphers(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return NULL;
    SSL_CTX *c = (SSL_CTX *)ctx;
    struct mbs_app_ctx_ext *e = mbs_app_ctx(c);
    if (e == NULL)
        return NULL;
    pthread_mutex_lock(&c->lock);
    STACK_OF(SSL_CIPHER) *r = cache(&e->ciphers, build_list(&c->s));
    pthread_mutex_unlock(&c->lock);
    return r;
}

MBS_API STACK_OF(SSL_CIPHER) * SSL_get_ciphers(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return NULL;
    struct mbs_app_ssl_ext *e = mbs_app_ssl((SSL *)s);
    if (e == NULL)
        return NULL;
    return cache(&e->ciphers, build_list(&s->s));
}

MBS_API const char *SSL_get_cipher_list(const SSL *s, int n)
{
    MBS_TRACE_ENTRY();
    STACK_OF(SSL_CIPHER) *sk = SSL_get_ciphers(s);
    if (sk == NULL || n < 0 || n >= sk_SSL_CIPHER_num(sk))
        return NULL;
    return SSL_CIPHER_get_name(sk_SSL_CIPHER_value(sk, n));
}

/* The configured suites usable with the SSL's version range and security level:
 * a new stack. */
MBS_API STACK_OF(SSL_CIPHER) * SSL_get1_supported_ciphers(SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return NULL;
    STACK_OF(SSL_CIPHER) *all = build_list(&s->s), *out = sk_SSL_CIPHER_new_null();
    if (all == NULL || out == NULL) {
        sk_SSL_CIPHER_free(all);
        sk_SSL_CIPHER_free(out);
        return NULL;
    }
    int minv = s->s.min_proto != 0 ? s->s.min_proto : TLS1_VERSION;
    int maxv = s->s.max_proto != 0 ? s->s.max_proto : TLS1_3_VERSION;
    uint64_t op = s->s.options;
    if (op & SSL_OP_NO_TLSv1_3 && maxv >= TLS1_3_VERSION)
        maxv = TLS1_2_VERSION;
    if (op & SSL_OP_NO_TLSv1_2 && maxv == TLS1_2_VERSION)
        maxv = TLS1_1_VERSION;
    for (int i = 0; i < sk_SSL_CIPHER_num(all); i++) {
        const SSL_CIPHER *c = sk_SSL_CIPHER_value(all, i);
        if (mbs_cipher_min_version(c) > maxv || mbs_cipher_max_version(c) < minv)
            continue;
        if (!mbs_cipher_seclevel_ok(c, s->s.security_level))
            continue;
        if (!sk_SSL_CIPHER_push(out, c)) {
            sk_SSL_CIPHER_free(out);
            out = NULL;
            MBS_RAISE(ERR_R_MALLOC_FAILURE);
            break;
        }
    }
    sk_SSL_CIPHER_free(all);
    return out;
}

/* The client's offered list is not kept (Mbed TLS consumes the ClientHello):
 * OpenSSL's answer when there is no such list. */
MBS_API STACK_OF(SSL_CIPHER) * SSL_get_client_ciphers(const SSL *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return NULL;
}

MBS_API char *SSL_get_shared_ciphers(const SSL *s, char *buf, int size)
{
    MBS_TRACE_ENTRY();
    (void)s;
    (void)buf;
    (void)size;
    return NULL;
}

/* ---- DTLS / stateless cookies: never used ---- */

MBS_API void SSL_CTX_set_cookie_generate_cb(SSL_CTX *ctx, int (*cb)(SSL *, unsigned char *, unsigned int *))
{
    MBS_TRACE_ENTRY();
    (void)ctx;
    (void)cb;
}

MBS_API void SSL_CTX_set_cookie_verify_cb(SSL_CTX *ctx, int (*cb)(SSL *, const unsigned char *, unsigned int))
{
    MBS_TRACE_ENTRY();
    (void)ctx;
    (void)cb;
}

MBS_API void SSL_CTX_set_stateless_cookie_generate_cb(SSL_CTX *ctx, int (*cb)(SSL *, unsigned char *, size_t *))
{
    MBS_TRACE_ENTRY();
    (void)ctx;
    (void)cb;
}

MBS_API void SSL_CTX_set_stateless_cookie_verify_cb(SSL_CTX *ctx, int (*cb)(SSL *, const unsigned char *, size_t))
{
    MBS_TRACE_ENTRY();
    (void)ctx;
    (void)cb;
}
