/*
 * Own certificate / private key loading, shared by the SSL_CTX_use_* and SSL_use_* entry points.
 * Error pushes follow OpenSSL 3.0: the library that failed (SYS/BIO, PEM, ASN1, X509) first, then
 * SSL's ERR_R_SYS_LIB / ERR_R_PEM_LIB / ERR_R_ASN1_LIB.
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "ssl/certkey.h"

static int key_type(EVP_PKEY *k)
{
    return k != NULL ? EVP_PKEY_get_base_id(k) : EVP_PKEY_NONE;
}

static int pair_type(const mbs_cert_key *ck)
{
    if (ck->x509 != NULL)
        return key_type(X509_get0_pubkey(ck->x509));
    return key_type(ck->pkey);
}

/* Makes the pair of this key type the current one (OpenSSL: one slot per key type). */
static int select_slot(mbs_cert_key *ck, int type)
{
    if (type == EVP_PKEY_NONE || (ck->x509 == NULL && ck->pkey == NULL) || pair_type(ck) == type)
        return 1;
    if (ck->alt == NULL && (ck->alt = calloc(1, sizeof(*ck->alt))) == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return 0;
    }
    if (ck->alt->x509 != NULL || ck->alt->pkey != NULL) {
        if (pair_type(ck->alt) != type) {
            /* a third key type: the oldest pair gives way */
            mbs_cert_key_clear(ck->alt);
        }
    }
    mbs_cert_key tmp = *ck;
    mbs_cert_key *alt = ck->alt;
    *ck = *alt;
    *alt = tmp;
    ck->alt = alt;
    alt->alt = NULL;
    ck->inherited = alt->inherited = 0;
    return 1;
}

int mbs_ck_use_cert(mbs_cert_key *ck, X509 *x)
{
    MBS_CHECK_NULL(x, 0);
    if (!select_slot(ck, key_type(X509_get0_pubkey(x))))
        return 0;
    if (ck->pkey != NULL && !X509_check_private_key(x, ck->pkey)) {
        /* OpenSSL keeps the new certificate and drops the key that does not match it */
        ERR_clear_error();
        EVP_PKEY_free(ck->pkey);
        ck->pkey = NULL;
    }
    if (!X509_up_ref(x)) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return 0;
    }
    X509_free(ck->x509);
    ck->x509 = x;
    ck->dirty = 1;
    return 1;
}

int mbs_ck_use_key(mbs_cert_key *ck, EVP_PKEY *pkey)
{
    MBS_CHECK_NULL(pkey, 0);
    if (!select_slot(ck, key_type(pkey)))
        return 0;
    if (ck->x509 != NULL && !X509_check_private_key(ck->x509, pkey)) {
        /* 3.0 keeps the certificate, refuses the key, and leaves X509_R_KEY_VALUES_MISMATCH queued */
        return 0;
    }
    if (!EVP_PKEY_up_ref(pkey)) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return 0;
    }
    EVP_PKEY_free(ck->pkey);
    ck->pkey = pkey;
    ck->dirty = 1;
    return 1;
}

static BIO *open_file(const char *file)
{
    BIO *in = BIO_new(BIO_s_file());
    if (in == NULL) {
        MBS_RAISE(ERR_R_BUF_LIB);
        return NULL;
    }
    if (BIO_read_filename(in, file) <= 0) {
        MBS_RAISE(ERR_R_SYS_LIB);
        BIO_free(in);
        return NULL;
    }
    return in;
}

int mbs_ck_use_cert_file(mbs_cert_key *ck, const char *file, int type, pem_password_cb *cb, void *u)
{
    int ret = 0;
    X509 *x = NULL;
    BIO *in;
    MBS_CHECK_NULL(file, 0);
    if ((in = open_file(file)) == NULL)
        return 0;
    if (type == SSL_FILETYPE_ASN1) {
        x = d2i_X509_bio(in, NULL);
        if (x == NULL)
            MBS_RAISE(ERR_R_ASN1_LIB);
    } else if (type == SSL_FILETYPE_PEM) {
        x = PEM_read_bio_X509(in, NULL, cb, u);
        if (x == NULL)
            MBS_RAISE(ERR_R_PEM_LIB);
    } else {
        MBS_RAISE(SSL_R_BAD_SSL_FILETYPE);
    }
    if (x != NULL)
        ret = mbs_ck_use_cert(ck, x);
    X509_free(x);
    BIO_free(in);
    return ret;
}

int mbs_ck_use_key_file(mbs_cert_key *ck, const char *file, int type, pem_password_cb *cb, void *u)
{
    int ret = 0;
    EVP_PKEY *pkey = NULL;
    BIO *in;
    MBS_CHECK_NULL(file, 0);
    if ((in = open_file(file)) == NULL)
        return 0;
    if (type == SSL_FILETYPE_PEM) {
        pkey = PEM_read_bio_PrivateKey(in, NULL, cb, u);
        if (pkey == NULL)
            MBS_RAISE(ERR_R_PEM_LIB);
    } else if (type == SSL_FILETYPE_ASN1) {
        pkey = d2i_PrivateKey_bio(in, NULL);
        if (pkey == NULL)
            MBS_RAISE(ERR_R_ASN1_LIB);
    } else {
        MBS_RAISE(SSL_R_BAD_SSL_FILETYPE);
    }
    if (pkey != NULL)
        ret = mbs_ck_use_key(ck, pkey);
    EVP_PKEY_free(pkey);
    BIO_free(in);
    return ret;
}

int mbs_ck_use_chain_file(mbs_cert_key *ck, const char *file, pem_password_cb *cb, void *u)
{
    int ret = 0;
    BIO *in;
    X509 *x;
    MBS_CHECK_NULL(file, 0);
    ERR_clear_error(); /* the end of the chain is detected from the error queue */
    if ((in = open_file(file)) == NULL)
        return 0;
    x = PEM_read_bio_X509_AUX(in, NULL, cb, u);
    if (x == NULL) {
        MBS_RAISE(ERR_R_PEM_LIB);
        goto end;
    }
    ret = mbs_ck_use_cert(ck, x);
    X509_free(x);
    if (!ret)
        goto end;
    sk_X509_pop_free(ck->chain, X509_free);
    ck->chain = NULL;
    while ((x = PEM_read_bio_X509(in, NULL, cb, u)) != NULL) {
        if (ck->chain == NULL && (ck->chain = sk_X509_new_null()) == NULL) {
            X509_free(x);
            ret = 0;
            goto end;
        }
        if (!sk_X509_push(ck->chain, x)) {
            X509_free(x);
            ret = 0;
            goto end;
        }
    }
    unsigned long err = ERR_peek_last_error();
    if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE)
        ERR_clear_error();
    else
        ret = 0;
end:
    ck->dirty = 1;
    BIO_free(in);
    return ret;
}

int mbs_ck_check_key(const mbs_cert_key *ck)
{
    if (ck->x509 == NULL) {
        MBS_RAISE(SSL_R_NO_CERTIFICATE_ASSIGNED);
        return 0;
    }
    if (ck->pkey == NULL) {
        MBS_RAISE(SSL_R_NO_PRIVATE_KEY_ASSIGNED);
        return 0;
    }
    return X509_check_private_key(ck->x509, ck->pkey);
}

int mbs_ck_add_chain_cert(mbs_cert_key *ck, X509 *x)
{
    MBS_CHECK_NULL(x, 0);
    if (ck->chain == NULL && (ck->chain = sk_X509_new_null()) == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return 0;
    }
    if (!sk_X509_push(ck->chain, x)) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return 0;
    }
    ck->dirty = 1;
    return 1;
}

int mbs_ck_use_cert_der(mbs_cert_key *ck, const unsigned char *d, int len)
{
    X509 *x = d2i_X509(NULL, &d, len);
    if (x == NULL) {
        MBS_RAISE(ERR_R_ASN1_LIB);
        return 0;
    }
    int ret = mbs_ck_use_cert(ck, x);
    X509_free(x);
    return ret;
}

int mbs_ck_use_key_der(mbs_cert_key *ck, int type, const unsigned char *d, long len)
{
    EVP_PKEY *pkey = d2i_PrivateKey(type, NULL, &d, len);
    if (pkey == NULL) {
        MBS_RAISE(ERR_R_ASN1_LIB);
        return 0;
    }
    int ret = mbs_ck_use_key(ck, pkey);
    EVP_PKEY_free(pkey);
    return ret;
}
