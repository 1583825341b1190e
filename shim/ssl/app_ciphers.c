/*
 * Cipher list queries: SSL_get_ciphers / SSL_CTX_get_ciphers (the configured
 * TLS 1.3 suites, then the TLS 1.2 list, as OpenSSL orders them),
 * SSL_get_cipher_list, SSL_get1_supported_ciphers. Only suites mbedshim can
 * negotiate appear, so the lists are shorter than OpenSSL's for the same cipher
 * string. SSL_get_client_ciphers / SSL_get_shared_ciphers use the suite list
 * of the ClientHello (recorded by clienthello.c). Also the DTLS / stateless-cookie callback setters: accepted and never
 * called (no DTLS, no SSL_stateless()).
 */
#include <stdlib.h>
#include <string.h>

#include "ssl/app_local.h"

/* The configured list of settings s: a new stack, NULL on allocation failure
 * (error queued). */
static STACK_OF(SSL_CIPHER) * build_list(const mbs_settings *s)
{
    STACK_OF(SSL_CIPHER) *sk = sk_SSL_CIPHER_new_null();
    mbs_id_list all = {0};
    if (sk == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    if (!mbs_settings_suites(s, &all)) { /* error queued */
        sk_SSL_CIPHER_free(sk);
        return NULL;
    }
    for (size_t i = 0; i < all.n; i++) {
        const SSL_CIPHER *c = mbs_cipher_by_iana(all.ids[i]);
        if (c != NULL && !sk_SSL_CIPHER_push(sk, c)) {
            sk_SSL_CIPHER_free(sk);
            mbs_id_list_free(&all);
            MBS_RAISE(ERR_R_MALLOC_FAILURE);
            return NULL;
        }
    }
    mbs_id_list_free(&all);
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

/* Server: the suite ids of the client's ClientHello (clienthello.c hands them over as they pass). */
void mbs_app_record_client_suites(SSL *s, const unsigned char *p, size_t n)
{
    struct mbs_app_ssl_ext *e = mbs_app_ssl(s);
    if (e == NULL)
        return;
    mbs_id_list_free(&e->client_suites);
    sk_SSL_CIPHER_free(e->client_ciphers);
    e->client_ciphers = NULL;
    if (p == NULL || n < 2 || (e->client_suites.ids = malloc(n / 2 * sizeof(uint16_t))) == NULL)
        return;
    for (size_t i = 0; i + 1 < n; i += 2)
        e->client_suites.ids[e->client_suites.n++] = (uint16_t)(p[i] << 8 | p[i + 1]);
}

/* The client's list as SSL_CIPHERs, in its order; suites we do not know and the SCSVs are left out, as
 * OpenSSL leaves out what it does not know. NULL on a client or before a ClientHello. */
MBS_API STACK_OF(SSL_CIPHER) * SSL_get_client_ciphers(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || s->role != MBS_ROLE_SERVER)
        return NULL;
    struct mbs_app_ssl_ext *e = s->app_ext;
    if (e == NULL || e->client_suites.ids == NULL)
        return NULL;
    if (e->client_ciphers == NULL) {
        STACK_OF(SSL_CIPHER) *sk = sk_SSL_CIPHER_new_null();
        if (sk == NULL) {
            MBS_RAISE(ERR_R_MALLOC_FAILURE);
            return NULL;
        }
        for (size_t i = 0; i < e->client_suites.n; i++) {
            const SSL_CIPHER *c = mbs_cipher_by_iana(e->client_suites.ids[i]);
            if (c != NULL && !sk_SSL_CIPHER_push(sk, c)) {
                sk_SSL_CIPHER_free(sk);
                MBS_RAISE(ERR_R_MALLOC_FAILURE);
                return NULL;
            }
        }
        e->client_ciphers = sk;
    }
    return e->client_ciphers;
}

/* Server: the suites both sides have, in the client's order, as "A:B:C". A name that does not fit is
 * dropped whole (with the ones after it); NULL, buf untouched, when not even the first one fits. */
MBS_API char *SSL_get_shared_ciphers(const SSL *s, char *buf, int size)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || buf == NULL || size < 2)
        return NULL;
    STACK_OF(SSL_CIPHER) *client = SSL_get_client_ciphers(s);
    if (client == NULL || sk_SSL_CIPHER_num(client) == 0)
        return NULL;
    STACK_OF(SSL_CIPHER) *ours = build_list(&s->s);
    if (ours == NULL)
        return NULL;
    size_t room = (size_t)size, off = 0;
    for (int i = 0; i < sk_SSL_CIPHER_num(client); i++) {
        const SSL_CIPHER *c = sk_SSL_CIPHER_value(client, i);
        if (sk_SSL_CIPHER_find(ours, c) < 0)
            continue;
        const char *name = SSL_CIPHER_get_name(c);
        size_t n = strlen(name);
        if (n + 1 > room) /* the name and its separator or terminator */
            break;
        if (off > 0)
            buf[off - 1] = ':';
        memcpy(buf + off, name, n);
        buf[off + n] = '\0';
        off += n + 1;
        room -= n + 1;
    }
    sk_SSL_CIPHER_free(ours);
    return off > 0 ? buf : NULL;
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
