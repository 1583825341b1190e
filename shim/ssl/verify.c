/*
 * Peer certificate verification. Mbed TLS hands us the received chain through its verify callback; we
 * replace its verdict with libcrypto's X509_verify_cert() on that chain, with the context's X509_STORE,
 * the SSL's X509_VERIFY_PARAM (host, IP, depth, flags) and the app's verify callback. In the drop-in
 * flavour this is the real libcrypto, so SSL_get_verify_result() and the callback's view
 * (X509_STORE_CTX_get_error/_depth/_current_cert) are OpenSSL's own. Mbed TLS is then only told whether
 * to abort, with flags chosen so that it sends the alert OpenSSL would send.
 */
#include <pthread.h>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include "ssl/ssl_local.h"

static pthread_once_t idx_once = PTHREAD_ONCE_INIT;
static int ssl_idx = -1;

static void make_idx(void)
{
    ssl_idx = X509_STORE_CTX_get_ex_new_index(0, "SSL for verify callback", NULL, NULL, NULL);
}

int mbs_store_ctx_ssl_idx(void)
{
    pthread_once(&idx_once, make_idx);
    return ssl_idx;
}

/* No trust anchors for Mbed TLS itself: trust is decided by X509_verify_cert() below. */
int mbs_ca_cb(void *arg, const mbedtls_x509_crt *child, mbedtls_x509_crt **candidates)
{
    (void)arg;
    (void)child;
    *candidates = NULL;
    return 0;
}

/* The alert OpenSSL sends when verification fails with this error. */
int mbs_verify_alert(long err)
{
    switch (err) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CRL_HAS_EXPIRED:
        return SSL_AD_CERTIFICATE_EXPIRED;
    case X509_V_ERR_CERT_REVOKED:
        return SSL_AD_CERTIFICATE_REVOKED;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_CHAIN_TOO_LONG:
    case X509_V_ERR_INVALID_CA:
        return SSL_AD_UNKNOWN_CA;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
        return SSL_AD_DECRYPT_ERROR;
    case X509_V_ERR_OUT_OF_MEM:
        return SSL_AD_INTERNAL_ERROR;
    case X509_V_ERR_APPLICATION_VERIFICATION:
        return SSL_AD_HANDSHAKE_FAILURE;
    default:
        /* name mismatches, not-yet-valid, untrusted, rejected, ... */
        return SSL_AD_BAD_CERTIFICATE;
    }
}

/* Mbed TLS flags that make it send that alert itself (its choice follows the flags). Alerts it has no
 * flag for (decrypt_error, internal_error, handshake_failure) come out as certificate_unknown. */
static uint32_t alert_flags(long err)
{
    switch (mbs_verify_alert(err)) {
    case SSL_AD_CERTIFICATE_EXPIRED:
        return MBEDTLS_X509_BADCERT_EXPIRED;
    case SSL_AD_CERTIFICATE_REVOKED:
        return MBEDTLS_X509_BADCERT_REVOKED;
    case SSL_AD_UNKNOWN_CA:
        return MBEDTLS_X509_BADCERT_NOT_TRUSTED;
    case SSL_AD_BAD_CERTIFICATE:
        return MBEDTLS_X509_BADCERT_CN_MISMATCH;
    default:
        return MBEDTLS_X509_BADCERT_FUTURE;
    }
}

static STACK_OF(X509) *to_x509_stack(const mbedtls_x509_crt *crt)
{
    STACK_OF(X509) *sk = sk_X509_new_null();
    if (sk == NULL)
        return NULL;
    for (const mbedtls_x509_crt *c = crt; c != NULL; c = c->next) {
        if (c->raw.p == NULL || c->raw.len == 0)
            continue;
        const unsigned char *p = c->raw.p;
        X509 *x = d2i_X509(NULL, &p, (long)c->raw.len);
        if (x == NULL || !sk_X509_push(sk, x)) {
            X509_free(x);
            sk_X509_pop_free(sk, X509_free);
            return NULL;
        }
    }
    return sk;
}

/* Runs libcrypto's verification; returns its verdict (>0 accepted). */
static int run_x509_verify(SSL *s, X509 *leaf, STACK_OF(X509) *untrusted)
{
    int ok = 0;
    X509_STORE_CTX *xctx = X509_STORE_CTX_new();
    if (xctx == NULL || !X509_STORE_CTX_init(xctx, s->ctx->cert_store, leaf, untrusted)) {
        X509_STORE_CTX_free(xctx);
        s->verify_result = X509_V_ERR_OUT_OF_MEM;
        return 0;
    }
    X509_STORE_CTX_set_ex_data(xctx, mbs_store_ctx_ssl_idx(), s);
    /* the purpose of the peer's certificate: a server's for a client, and vice versa */
    X509_STORE_CTX_set_default(xctx, s->role == MBS_ROLE_SERVER ? "ssl_client" : "ssl_server");
    X509_VERIFY_PARAM_set1(X509_STORE_CTX_get0_param(xctx), s->s.param);
    if (s->s.verify_callback != NULL)
        X509_STORE_CTX_set_verify_cb(xctx, s->s.verify_callback);

    if (s->ctx->app_verify_cb != NULL)
        ok = s->ctx->app_verify_cb(xctx, s->ctx->app_verify_arg);
    else
        ok = X509_verify_cert(xctx);
    s->verify_result = X509_STORE_CTX_get_error(xctx);
    /* SSL_get0_peername() reports the name that matched */
    X509_VERIFY_PARAM_move_peername(s->s.param, X509_STORE_CTX_get0_param(xctx));

    sk_X509_pop_free(s->verified_chain, X509_free);
    s->verified_chain = X509_STORE_CTX_get1_chain(xctx);
    X509_STORE_CTX_free(xctx);
    return ok;
}

int mbs_verify_cb(void *arg, mbedtls_x509_crt *crt, int depth, uint32_t *flags)
{
    SSL *s = arg;
    *flags = 0; /* Mbed TLS' own verdict (no trust anchors) is replaced by libcrypto's */
    if (depth != 0)
        return 0;

    /* depth 0 is the leaf, first in the list exactly as the peer sent it */
    STACK_OF(X509) *chain = to_x509_stack(crt);
    if (chain == NULL || sk_X509_num(chain) == 0) {
        sk_X509_free(chain);
        s->verify_result = X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY;
        s->verify_failed = (s->s.verify_mode & SSL_VERIFY_PEER) != 0;
        *flags = s->verify_failed ? MBEDTLS_X509_BADCERT_NOT_TRUSTED : 0;
        return 0;
    }
    X509 *leaf = sk_X509_value(chain, 0);
    X509_free(s->peer_cert);
    X509_up_ref(leaf);
    s->peer_cert = leaf;

    ERR_set_mark();
    int ok = run_x509_verify(s, leaf, chain);
    ERR_pop_to_mark(); /* verification reports through verify_result, not the error queue */

    /* OpenSSL: a client sees the whole chain, a server the chain without the client's leaf */
    if (s->role == MBS_ROLE_SERVER) {
        X509 *first = sk_X509_shift(chain);
        X509_free(first);
    }
    sk_X509_pop_free(s->peer_chain, X509_free);
    s->peer_chain = chain;

    if (ok <= 0 && (s->s.verify_mode & SSL_VERIFY_PEER)) {
        s->verify_failed = 1;
        *flags = alert_flags(s->verify_result);
        if (s->role == MBS_ROLE_CLIENT)
            mbs_priv_tls13_protect_alerts(&s->mbed);
    }
    return 0;
}
