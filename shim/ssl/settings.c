/*
 * Settings an SSL inherits from its SSL_CTX, and own certificate/key pairs converted to Mbed TLS form.
 * Keys and certificates cross from libcrypto to Mbed TLS as DER (i2d_X509 / i2d_PrivateKey), which works
 * the same with the real libcrypto and with ours.
 */
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <mbedtls/psa_util.h>

#include "ssl/ssl_local.h"

MBS_RESULT mbs_settings_init(mbs_settings *s)
{
    memset(s, 0, sizeof(*s));
    /* OpenSSL 3.0's SSL_CTX_new() defaults */
    s->options = SSL_OP_NO_COMPRESSION | SSL_OP_ENABLE_MIDDLEBOX_COMPAT;
    s->mode = SSL_MODE_AUTO_RETRY;
    s->verify_mode = SSL_VERIFY_NONE;
    s->verify_depth = -1;
    s->security_level = 2; /* Debian builds OpenSSL with security level 2 as the default */
    s->max_cert_list = 1024 * 100;
    s->param = X509_VERIFY_PARAM_new();
    MBS_ENSURE(s->param != NULL, ERR_R_MALLOC_FAILURE);
    return MBS_OK;
}

static MBS_RESULT copy_bytes(unsigned char **dst, const unsigned char *src, size_t len)
{
    *dst = NULL;
    if (src == NULL)
        return MBS_OK;
    *dst = malloc(len ? len : 1);
    MBS_ENSURE(*dst != NULL, ERR_R_MALLOC_FAILURE);
    memcpy(*dst, src, len);
    return MBS_OK;
}

MBS_RESULT mbs_settings_copy(mbs_settings *dst, const mbs_settings *src)
{
    *dst = *src;
    dst->ciphers12 = (mbs_id_list){0};
    dst->ciphers13 = (mbs_id_list){0};
    dst->groups = (mbs_id_list){0};
    dst->sigalgs = (mbs_id_list){0};
    dst->alpn = NULL;
    dst->param = X509_VERIFY_PARAM_new();
    MBS_ENSURE(dst->param != NULL, ERR_R_MALLOC_FAILURE);
    MBS_ENSURE(X509_VERIFY_PARAM_inherit(dst->param, src->param) == 1, ERR_R_MALLOC_FAILURE);
    MBS_ENSURE(mbs_id_list_copy(&dst->ciphers12, &src->ciphers12), ERR_R_MALLOC_FAILURE);
    MBS_ENSURE(mbs_id_list_copy(&dst->ciphers13, &src->ciphers13), ERR_R_MALLOC_FAILURE);
    MBS_ENSURE(mbs_id_list_copy(&dst->groups, &src->groups), ERR_R_MALLOC_FAILURE);
    MBS_ENSURE(mbs_id_list_copy(&dst->sigalgs, &src->sigalgs), ERR_R_MALLOC_FAILURE);
    MBS_GUARD(copy_bytes(&dst->alpn, src->alpn, src->alpn_len));
    return MBS_OK;
}

void mbs_settings_clear(mbs_settings *s)
{
    mbs_id_list_free(&s->ciphers12);
    mbs_id_list_free(&s->ciphers13);
    mbs_id_list_free(&s->groups);
    mbs_id_list_free(&s->sigalgs);
    free(s->alpn);
    X509_VERIFY_PARAM_free(s->param);
    memset(s, 0, sizeof(*s));
}

static void free_mbed(mbs_cert_key *ck)
{
    if (ck->crt != NULL) {
        mbedtls_x509_crt_free(ck->crt);
        free(ck->crt);
        ck->crt = NULL;
    }
    if (ck->pk != NULL) {
        mbedtls_pk_free(ck->pk);
        free(ck->pk);
        ck->pk = NULL;
    }
}

void mbs_cert_key_clear(mbs_cert_key *ck)
{
    if (ck->alt != NULL) {
        mbs_cert_key_clear(ck->alt);
        free(ck->alt);
    }
    free_mbed(ck);
    X509_free(ck->x509);
    EVP_PKEY_free(ck->pkey);
    sk_X509_pop_free(ck->chain, X509_free);
    memset(ck, 0, sizeof(*ck));
}

MBS_RESULT mbs_cert_key_copy(mbs_cert_key *dst, const mbs_cert_key *src)
{
    memset(dst, 0, sizeof(*dst));
    if (src->x509 != NULL && X509_up_ref(src->x509))
        dst->x509 = src->x509;
    if (src->pkey != NULL && EVP_PKEY_up_ref(src->pkey))
        dst->pkey = src->pkey;
    if (src->chain != NULL) {
        dst->chain = X509_chain_up_ref(src->chain);
        MBS_ENSURE(dst->chain != NULL, ERR_R_MALLOC_FAILURE);
    }
    dst->dirty = 1;
    dst->inherited = 1;
    if (src->alt != NULL) {
        dst->alt = calloc(1, sizeof(*dst->alt));
        MBS_ENSURE(dst->alt != NULL, ERR_R_MALLOC_FAILURE);
        MBS_GUARD(mbs_cert_key_copy(dst->alt, src->alt));
    }
    return MBS_OK;
}

static MBS_RESULT add_der(mbedtls_x509_crt *crt, X509 *x)
{
    unsigned char *der = NULL;
    int len = i2d_X509(x, &der);
    MBS_ENSURE(len > 0, ERR_R_X509_LIB);
    int ret = mbedtls_x509_crt_parse_der(crt, der, (size_t)len);
    OPENSSL_free(der);
    MBS_ENSURE(ret == 0, SSL_R_BAD_VALUE);
    return MBS_OK;
}

MBS_RESULT mbs_cert_key_build(mbs_cert_key *ck)
{
    if (ck->alt != NULL)
        MBS_GUARD(mbs_cert_key_build(ck->alt));
    if (!ck->dirty && ck->crt != NULL)
        return MBS_OK;
    free_mbed(ck);
    ck->dirty = 0;
    if (ck->x509 == NULL || ck->pkey == NULL)
        return MBS_OK; /* nothing (complete) to offer */

    ck->crt = calloc(1, sizeof(*ck->crt));
    ck->pk = calloc(1, sizeof(*ck->pk));
    MBS_ENSURE(ck->crt != NULL && ck->pk != NULL, ERR_R_MALLOC_FAILURE);
    mbedtls_x509_crt_init(ck->crt);
    mbedtls_pk_init(ck->pk);

    MBS_GUARD(add_der(ck->crt, ck->x509));
    for (int i = 0; i < sk_X509_num(ck->chain); i++)
        MBS_GUARD(add_der(ck->crt, sk_X509_value(ck->chain, i)));

    unsigned char *der = NULL;
    int len = i2d_PrivateKey(ck->pkey, &der);
    MBS_ENSURE(len > 0, ERR_R_EVP_LIB);
    MBS_ENSURE(mbs_psa_init(), ERR_R_INTERNAL_ERROR);
    int ret = mbedtls_pk_parse_key(ck->pk, der, (size_t)len, NULL, 0, mbedtls_psa_get_random,
                                   MBEDTLS_PSA_RANDOM_STATE);
    OPENSSL_clear_free(der, (size_t)len);
    MBS_ENSURE(ret == 0, SSL_R_BAD_VALUE);
    return MBS_OK;
}

/* ---- setters shared by the SSL_CTX_* and SSL_* entry points ---- */

int mbs_settings_cipher_list(mbs_settings *s, const char *str)
{
    MBS_CHECK_NULL(str, 0);
    mbs_id_list l = {0};
    int level = s->security_level;
    int reason = SSL_R_NO_CIPHER_MATCH;
    if (!mbs_cipher_list_parse_ex(str, &l, &level, &reason)) {
        s->security_level = level; /* @SECLEVEL=n counts as soon as it is read, as in OpenSSL */
        if (reason == SSL_R_NO_CIPHER_MATCH) {
            /* OpenSSL reports this after replacing the list: only TLS 1.3 suites are left */
            mbs_id_list_free(&s->ciphers12);
            s->no_tls12_suites = 1;
        }
        MBS_RAISE(reason);
        return 0;
    }
    mbs_id_list_free(&s->ciphers12);
    s->ciphers12 = l;
    s->no_tls12_suites = 0;
    s->security_level = level;
    return 1;
}

int mbs_settings_ciphersuites(mbs_settings *s, const char *str)
{
    MBS_CHECK_NULL(str, 0);
    mbs_id_list l = {0};
    if (*str != '\0' && !mbs_ciphersuites_parse(str, &l)) {
        MBS_RAISE(SSL_R_NO_CIPHER_MATCH);
        return 0;
    }
    mbs_id_list_free(&s->ciphers13);
    s->ciphers13 = l;
    s->no_tls13_suites = *str == '\0'; /* "" disables TLS 1.3 suites, unlike "not set" */
    return 1;
}

/* 0 on success, 1 on failure: the inverted convention of SSL_set_alpn_protos(). */
int mbs_settings_alpn(mbs_settings *s, const unsigned char *protos, unsigned int len)
{
    if (protos == NULL || len == 0) {
        free(s->alpn);
        s->alpn = NULL;
        s->alpn_len = 0;
        return 0;
    }
    if (!mbs_alpn_wire_ok(protos, len))
        return 1;
    unsigned char *copy = malloc(len);
    if (copy == NULL)
        return 1;
    memcpy(copy, protos, len);
    free(s->alpn);
    s->alpn = copy;
    s->alpn_len = len;
    return 0;
}

int mbs_settings_sid_ctx(mbs_settings *s, const unsigned char *sid_ctx, unsigned int len)
{
    if (len > SSL_MAX_SID_CTX_LENGTH) {
        MBS_RAISE(SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG);
        return 0;
    }
    if (len > 0)
        memcpy(s->sid_ctx, sid_ctx, len);
    s->sid_ctx_len = len;
    return 1;
}

/* The suites an SSL built from these settings offers or accepts, in order: TLS 1.3 first, then TLS 1.2;
 * an unset list means OpenSSL's default. One place for SSL_get_ciphers() and for what Mbed TLS gets. */
int mbs_settings_suites(const mbs_settings *s, mbs_id_list *out)
{
    mbs_id_list d13 = {0}, d12 = {0};
    const mbs_id_list *l13 = &s->ciphers13, *l12 = &s->ciphers12;
    int ok = 1;
    *out = (mbs_id_list){0};
    if (!s->no_tls13_suites && l13->n == 0) {
        ok &= mbs_cipher_default_tls13(&d13);
        l13 = &d13;
    }
    if (!s->no_tls12_suites && l12->n == 0) {
        ok &= mbs_cipher_default_tls12(&d12);
        l12 = &d12;
    }
    size_t n13 = s->no_tls13_suites ? 0 : l13->n, n12 = s->no_tls12_suites ? 0 : l12->n;
    if (ok && (out->ids = malloc((n13 + n12 + 1) * sizeof(uint16_t))) != NULL) {
        if (n13 > 0) /* an empty list may have no array at all */
            memcpy(out->ids, l13->ids, n13 * sizeof(uint16_t));
        if (n12 > 0)
            memcpy(out->ids + n13, l12->ids, n12 * sizeof(uint16_t));
        out->n = n13 + n12;
    } else {
        ok = 0;
    }
    mbs_id_list_free(&d13);
    mbs_id_list_free(&d12);
    if (!ok)
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
    return ok;
}
