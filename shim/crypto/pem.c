/* PEM: block reader over BIO_gets (skipping blocks of other types like OpenSSL), certificates, private
 * keys (PKCS#8, traditional, encrypted PKCS#8 and Proc-Type 4,ENCRYPTED with a password callback, decrypted
 * by Mbed TLS), public keys, X509_INFO bundles and DH parameters. */
#ifndef OPENSSL_SUPPRESS_DEPRECATED /* DH_* and PEM_read_bio_DHparams are deprecated in 3.0 but still exported */
#define OPENSSL_SUPPRESS_DEPRECATED
#endif
#include <stdio.h>
#include <string.h>

#include <mbedtls/asn1.h>
#include <mbedtls/base64.h>
#include <mbedtls/pk.h>

#include <openssl/bio.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "crypto/x509_local.h"

/* Reason codes of OpenSSL 3.0's provider and PKCS12 libraries for a wrong password. */
#ifndef PROV_R_BAD_DECRYPT
#define PROV_R_BAD_DECRYPT 100
#endif
#ifndef PKCS12_R_PKCS12_CIPHERFINAL_ERROR
#define PKCS12_R_PKCS12_CIPHERFINAL_ERROR 116
#endif

struct pem_block {
    char label[80];
    int encrypted;      /* Proc-Type: 4,ENCRYPTED header present */
    char *text;         /* the whole block as read, NUL-terminated (for Mbed TLS' PEM decryption) */
    size_t text_len;
    unsigned char *der; /* decoded body */
    size_t der_len;
};

static void block_free(struct pem_block *b)
{
    if (b->text) {
        OPENSSL_cleanse(b->text, b->text_len);
        OPENSSL_free(b->text);
    }
    if (b->der) {
        OPENSSL_cleanse(b->der, b->der_len);
        OPENSSL_free(b->der);
    }
    memset(b, 0, sizeof(*b));
}

struct strbuf {
    char *p;
    size_t len, cap;
};

static int sb_add(struct strbuf *s, const char *d, size_t n)
{
    if (s->len + n + 1 > s->cap) {
        size_t cap = (s->len + n + 1) * 2;
        char *g = OPENSSL_realloc(s->p, cap);
        if (g == NULL)
            return 0;
        s->p = g;
        s->cap = cap;
    }
    memcpy(s->p + s->len, d, n);
    s->len += n;
    s->p[s->len] = '\0';
    return 1;
}

static size_t chomp(char *line)
{
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
        line[--n] = '\0';
    return n;
}

/* Next PEM block: 1 found, 0 end of input without a BEGIN line, -1 error (pushed). */
static int pem_next(BIO *bp, struct pem_block *blk)
{
    char line[512];
    memset(blk, 0, sizeof(*blk));
    for (;;) {
        int n = BIO_gets(bp, line, sizeof(line));
        if (n <= 0)
            return 0;
        chomp(line);
        size_t l = strlen(line);
        if (strncmp(line, "-----BEGIN ", 11) == 0 && l > 16 && strcmp(line + l - 5, "-----") == 0
            && l - 16 < sizeof(blk->label)) {
            memcpy(blk->label, line + 11, l - 16);
            blk->label[l - 16] = '\0';
            break;
        }
    }
    struct strbuf text = {0}, body = {0};
    char endline[128];
    snprintf(endline, sizeof(endline), "-----END %s-----", blk->label);
    if (!sb_add(&text, "-----BEGIN ", 11) || !sb_add(&text, blk->label, strlen(blk->label))
        || !sb_add(&text, "-----\n", 6))
        goto err_mem;
    int in_headers = 1, ended = 0;
    for (;;) {
        int n = BIO_gets(bp, line, sizeof(line));
        if (n <= 0)
            break;
        size_t l = chomp(line);
        if (!sb_add(&text, line, l) || !sb_add(&text, "\n", 1))
            goto err_mem;
        if (strncmp(line, "-----END ", 9) == 0) {
            if (strcmp(line, endline) != 0)
                break;
            ended = 1;
            break;
        }
        if (in_headers) {
            if (strchr(line, ':') != NULL) {
                if (strncmp(line, "Proc-Type:", 10) == 0 && strstr(line, "ENCRYPTED") != NULL)
                    blk->encrypted = 1;
                continue;
            }
            in_headers = 0;
            if (l == 0)
                continue;
        }
        for (size_t i = 0; i < l; i++)
            if (line[i] != ' ' && line[i] != '\t' && !sb_add(&body, &line[i], 1))
                goto err_mem;
    }
    if (!ended) {
        ERR_raise(ERR_LIB_PEM, PEM_R_BAD_END_LINE);
        goto err;
    }
    size_t olen = 0;
    size_t blen = body.len;
    if (blen > 0) {
        blk->der = OPENSSL_malloc(blen);
        if (blk->der == NULL)
            goto err_mem;
        if (mbedtls_base64_decode(blk->der, blen, &olen, (unsigned char *)body.p, blen) != 0) {
            ERR_raise(ERR_LIB_PEM, PEM_R_BAD_BASE64_DECODE);
            goto err;
        }
    }
    blk->der_len = olen;
    blk->text = text.p;
    blk->text_len = text.len;
    OPENSSL_free(body.p);
    return 1;
err_mem:
    ERR_raise(ERR_LIB_PEM, ERR_R_MALLOC_FAILURE);
err:
    OPENSSL_free(text.p);
    OPENSSL_free(body.p);
    block_free(blk);
    return -1;
}

/* Finds the next block whose label is in labels (NULL-terminated); pushes NO_START_LINE at the end. */
static int pem_find_err(BIO *bp, const char *const *labels, struct pem_block *blk, int lib, int reason)
{
    if (bp == NULL) {
        ERR_raise(ERR_LIB_PEM, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    for (;;) {
        int r = pem_next(bp, blk);
        if (r < 0)
            return 0;
        if (r == 0) {
            ERR_raise(lib, reason);
            return 0;
        }
        for (int i = 0; labels[i] != NULL; i++)
            if (strcmp(blk->label, labels[i]) == 0)
                return 1;
        block_free(blk);
    }
}

static int pem_find(BIO *bp, const char *const *labels, struct pem_block *blk)
{
    return pem_find_err(bp, labels, blk, ERR_LIB_PEM, PEM_R_NO_START_LINE);
}

/* Keys go through OpenSSL 3.0's decoders, which report a missing key as "unsupported". */
static int pem_find_key(BIO *bp, const char *const *labels, struct pem_block *blk)
{
    return pem_find_err(bp, labels, blk, ERR_LIB_OSSL_DECODER, ERR_R_UNSUPPORTED);
}

static const char *const cert_labels[] = {"CERTIFICATE", "X509 CERTIFICATE", NULL};
static const char *const cert_aux_labels[] = {"TRUSTED CERTIFICATE", "CERTIFICATE", "X509 CERTIFICATE", NULL};

static X509 *read_cert(BIO *bp, X509 **x, const char *const *labels)
{
    struct pem_block b;
    if (!pem_find(bp, labels, &b))
        return NULL;
    X509 *c = mbs_x509_from_der(b.der, b.der_len);
    block_free(&b);
    if (c == NULL) {
        ERR_raise(ERR_LIB_ASN1, ASN1_R_WRONG_TAG);
        ERR_raise(ERR_LIB_ASN1, ERR_R_NESTED_ASN1_ERROR);
        ERR_raise(ERR_LIB_PEM, ERR_R_ASN1_LIB);
        return NULL;
    }
    if (x != NULL) {
        X509_free(*x);
        *x = c;
    }
    return c;
}

MBS_API X509 *PEM_read_bio_X509(BIO *bp, X509 **x, pem_password_cb *cb, void *u)
{
    (void)cb;
    (void)u;
    return read_cert(bp, x, cert_labels);
}

MBS_API X509 *PEM_read_bio_X509_AUX(BIO *bp, X509 **x, pem_password_cb *cb, void *u)
{
    (void)cb;
    (void)u;
    return read_cert(bp, x, cert_aux_labels);
}

static BIO *fp_bio(FILE *fp)
{
    BIO *b = fp ? BIO_new_fp(fp, BIO_NOCLOSE) : NULL;
    if (b == NULL)
        ERR_raise(ERR_LIB_PEM, ERR_R_BUF_LIB);
    return b;
}

MBS_API X509 *PEM_read_X509(FILE *fp, X509 **x, pem_password_cb *cb, void *u)
{
    BIO *b = fp_bio(fp);
    X509 *r = b ? PEM_read_bio_X509(b, x, cb, u) : NULL;
    BIO_free(b);
    return r;
}

MBS_API X509 *PEM_read_X509_AUX(FILE *fp, X509 **x, pem_password_cb *cb, void *u)
{
    BIO *b = fp_bio(fp);
    X509 *r = b ? PEM_read_bio_X509_AUX(b, x, cb, u) : NULL;
    BIO_free(b);
    return r;
}

/* ---- writing ---- */

static int pem_write(BIO *bp, const char *label, const unsigned char *der, size_t len)
{
    size_t olen = 0;
    mbedtls_base64_encode(NULL, 0, &olen, der, len);
    unsigned char *b64 = OPENSSL_malloc(olen + 1);
    if (b64 == NULL)
        return 0;
    if (mbedtls_base64_encode(b64, olen + 1, &olen, der, len) != 0) {
        OPENSSL_free(b64);
        return 0;
    }
    int ok = mbs_bio_printf(bp, "-----BEGIN %s-----\n", label) > 0;
    for (size_t i = 0; ok && i < olen; i += 64) {
        int n = (int)(olen - i < 64 ? olen - i : 64);
        ok = BIO_write(bp, b64 + i, n) == n && BIO_write(bp, "\n", 1) == 1;
    }
    ok = ok && mbs_bio_printf(bp, "-----END %s-----\n", label) > 0;
    OPENSSL_free(b64);
    if (!ok)
        ERR_raise(ERR_LIB_PEM, ERR_R_BUF_LIB);
    return ok;
}

MBS_API int PEM_write_bio_X509(BIO *bp, const X509 *x)
{
    if (x == NULL || x->der == NULL) {
        ERR_raise(ERR_LIB_PEM, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    return pem_write(bp, "CERTIFICATE", x->der, x->der_len);
}

MBS_API int PEM_write_X509(FILE *fp, const X509 *x)
{
    BIO *b = fp_bio(fp);
    int r = b ? PEM_write_bio_X509(b, x) : 0;
    BIO_free(b);
    return r;
}

MBS_API int PEM_write_bio_X509_AUX(BIO *bp, const X509 *x)
{
    return PEM_write_bio_X509(bp, x);
}

MBS_API int PEM_write_bio_PrivateKey(BIO *bp, const EVP_PKEY *x, const EVP_CIPHER *enc,
                                     const unsigned char *kstr, int klen, pem_password_cb *cb, void *u)
{
    (void)kstr;
    (void)klen;
    (void)cb;
    (void)u;
    if (enc != NULL) {
        /* encrypted output is not supported by this libcrypto subset */
        ERR_raise(ERR_LIB_PEM, PEM_R_UNSUPPORTED_CIPHER);
        return 0;
    }
    unsigned char *der = NULL;
    int n = x ? mbs_pkey_to_pkcs8(x, &der) : -1;
    if (n <= 0) {
        ERR_raise(ERR_LIB_PEM, ERR_R_ASN1_LIB);
        return 0;
    }
    int r = pem_write(bp, "PRIVATE KEY", der, (size_t)n);
    OPENSSL_cleanse(der, (size_t)n);
    OPENSSL_free(der);
    return r;
}

MBS_API int PEM_write_PrivateKey(FILE *fp, const EVP_PKEY *x, const EVP_CIPHER *enc, const unsigned char *kstr,
                                 int klen, pem_password_cb *cb, void *u)
{
    BIO *b = fp_bio(fp);
    int r = b ? PEM_write_bio_PrivateKey(b, x, enc, kstr, klen, cb, u) : 0;
    BIO_free(b);
    return r;
}

MBS_API int PEM_write_bio_PUBKEY(BIO *bp, const EVP_PKEY *x)
{
    unsigned char *der = NULL;
    int n = i2d_PUBKEY(x, &der);
    if (n <= 0) {
        ERR_raise(ERR_LIB_PEM, ERR_R_ASN1_LIB);
        return 0;
    }
    int r = pem_write(bp, "PUBLIC KEY", der, (size_t)n);
    OPENSSL_free(der);
    return r;
}

/* ---- keys ---- */

static const char *const key_labels[] = {"PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY",
                                         "EC PRIVATE KEY", "ANY PRIVATE KEY", NULL};

/* Decode a private-key block, asking for the password the way OpenSSL's default callback would when
 * cb is NULL (u is then the password string); never prompts on a terminal. */
static EVP_PKEY *decode_key(struct pem_block *b, pem_password_cb *cb, void *u)
{
    int pkcs8_enc = strcmp(b->label, "ENCRYPTED PRIVATE KEY") == 0;
    char pw[PEM_BUFSIZE];
    int pwlen = 0;
    if (pkcs8_enc || b->encrypted) {
        if (cb != NULL) {
            pwlen = cb(pw, sizeof(pw), 0, u);
        } else if (u != NULL) {
            size_t l = strlen(u);
            pwlen = l < sizeof(pw) ? (int)l : (int)sizeof(pw) - 1;
            memcpy(pw, u, (size_t)pwlen);
        } else {
            ERR_raise(ERR_LIB_PEM, PEM_R_PROBLEMS_GETTING_PASSWORD);
            pwlen = -1;
        }
        if (pwlen < 0 || pwlen > (int)sizeof(pw)) {
            ERR_raise(ERR_LIB_PEM, PEM_R_BAD_PASSWORD_READ);
            OPENSSL_cleanse(pw, sizeof(pw));
            return NULL;
        }
    }
    int err = 0;
    EVP_PKEY *k;
    if (b->encrypted)
        /* Mbed TLS decrypts Proc-Type/DEK-Info blocks from the PEM text itself */
        k = mbs_pkey_parse_private((unsigned char *)b->text, b->text_len + 1, (unsigned char *)pw,
                                   (size_t)pwlen, &err);
    else
        k = mbs_pkey_parse_private(b->der, b->der_len, pkcs8_enc ? (unsigned char *)pw : NULL,
                                   pkcs8_enc ? (size_t)pwlen : 0, &err);
    OPENSSL_cleanse(pw, sizeof(pw));
    if (k == NULL) {
        if (err == MBEDTLS_ERR_PK_PASSWORD_MISMATCH || (err != 0 && (pkcs8_enc || b->encrypted))) {
            ERR_raise(ERR_LIB_PROV, PROV_R_BAD_DECRYPT);
            if (pkcs8_enc)
                ERR_raise(ERR_LIB_PKCS12, PKCS12_R_PKCS12_CIPHERFINAL_ERROR);
            else
                ERR_raise(ERR_LIB_PEM, PEM_R_BAD_DECRYPT);
        } else {
            ERR_raise(ERR_LIB_PEM, ERR_R_ASN1_LIB);
        }
    }
    return k;
}

MBS_API EVP_PKEY *PEM_read_bio_PrivateKey(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u)
{
    struct pem_block b;
    if (!pem_find_key(bp, key_labels, &b))
        return NULL;
    EVP_PKEY *k = decode_key(&b, cb, u);
    block_free(&b);
    if (k != NULL && x != NULL) {
        EVP_PKEY_free(*x);
        *x = k;
    }
    return k;
}

MBS_API EVP_PKEY *PEM_read_bio_PrivateKey_ex(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u,
                                             OSSL_LIB_CTX *libctx, const char *propq)
{
    (void)libctx;
    (void)propq;
    return PEM_read_bio_PrivateKey(bp, x, cb, u);
}

MBS_API EVP_PKEY *PEM_read_PrivateKey(FILE *fp, EVP_PKEY **x, pem_password_cb *cb, void *u)
{
    BIO *b = fp_bio(fp);
    EVP_PKEY *r = b ? PEM_read_bio_PrivateKey(b, x, cb, u) : NULL;
    BIO_free(b);
    return r;
}

static const char *const pub_labels[] = {"PUBLIC KEY", NULL};

MBS_API EVP_PKEY *PEM_read_bio_PUBKEY(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u)
{
    (void)cb;
    (void)u;
    struct pem_block b;
    if (!pem_find_key(bp, pub_labels, &b))
        return NULL;
    EVP_PKEY *k = mbs_pkey_parse_public_der(b.der, b.der_len);
    block_free(&b);
    if (k == NULL) {
        ERR_raise(ERR_LIB_PEM, ERR_R_ASN1_LIB);
        return NULL;
    }
    if (x != NULL) {
        EVP_PKEY_free(*x);
        *x = k;
    }
    return k;
}

MBS_API EVP_PKEY *PEM_read_PUBKEY(FILE *fp, EVP_PKEY **x, pem_password_cb *cb, void *u)
{
    BIO *b = fp_bio(fp);
    EVP_PKEY *r = b ? PEM_read_bio_PUBKEY(b, x, cb, u) : NULL;
    BIO_free(b);
    return r;
}

MBS_API int PEM_def_callback(char *buf, int num, int rwflag, void *userdata)
{
    (void)rwflag;
    if (userdata == NULL || num <= 0) {
        ERR_raise(ERR_LIB_PEM, PEM_R_PROBLEMS_GETTING_PASSWORD);
        return -1;
    }
    size_t l = strlen(userdata);
    if (l > (size_t)num)
        l = (size_t)num;
    memcpy(buf, userdata, l);
    return (int)l;
}

/* ---- X509_INFO ---- */

MBS_API X509_PKEY *X509_PKEY_new(void)
{
    return OPENSSL_zalloc(sizeof(X509_PKEY));
}

MBS_API void X509_PKEY_free(X509_PKEY *x)
{
    if (x == NULL)
        return;
    EVP_PKEY_free(x->dec_pkey);
    if (x->key_free)
        OPENSSL_free(x->key_data);
    OPENSSL_free(x);
}

MBS_API X509_INFO *X509_INFO_new(void)
{
    return OPENSSL_zalloc(sizeof(X509_INFO));
}

MBS_API void X509_INFO_free(X509_INFO *x)
{
    if (x == NULL)
        return;
    X509_free(x->x509);
    X509_PKEY_free(x->x_pkey);
    OPENSSL_free(x->enc_data);
    OPENSSL_free(x);
}

MBS_API STACK_OF(X509_INFO) *PEM_X509_INFO_read_bio(BIO *bp, STACK_OF(X509_INFO) *sk, pem_password_cb *cb,
                                                    void *u)
{
    STACK_OF(X509_INFO) *ret = sk ? sk : sk_X509_INFO_new_null();
    int start = sk ? sk_X509_INFO_num(sk) : 0;
    X509_INFO *cur = NULL;
    if (ret == NULL || bp == NULL) {
        ERR_raise(ERR_LIB_PEM, ERR_R_PASSED_NULL_PARAMETER);
        return NULL;
    }
    for (;;) {
        struct pem_block b;
        int r = pem_next(bp, &b);
        if (r == 0)
            break;
        if (r < 0)
            goto err;
        int is_cert = 0, is_key = 0;
        for (int i = 0; cert_aux_labels[i]; i++)
            if (strcmp(b.label, cert_aux_labels[i]) == 0)
                is_cert = 1;
        for (int i = 0; key_labels[i]; i++)
            if (strcmp(b.label, key_labels[i]) == 0)
                is_key = 1;
        if (is_cert) {
            X509 *x = mbs_x509_from_der(b.der, b.der_len);
            block_free(&b);
            if (x == NULL) {
                ERR_raise(ERR_LIB_ASN1, ERR_R_NESTED_ASN1_ERROR);
                ERR_raise(ERR_LIB_PEM, ERR_R_ASN1_LIB);
                goto err;
            }
            if (cur == NULL || cur->x509 != NULL) {
                if (cur != NULL && !sk_X509_INFO_push(ret, cur)) {
                    X509_free(x);
                    goto err;
                }
                cur = X509_INFO_new();
                if (cur == NULL) {
                    X509_free(x);
                    goto err;
                }
            }
            cur->x509 = x;
        } else if (is_key) {
            if (cur == NULL || cur->x_pkey != NULL) {
                if (cur != NULL && !sk_X509_INFO_push(ret, cur)) {
                    block_free(&b);
                    goto err;
                }
                cur = X509_INFO_new();
                if (cur == NULL) {
                    block_free(&b);
                    goto err;
                }
            }
            cur->x_pkey = X509_PKEY_new();
            if (cur->x_pkey == NULL) {
                block_free(&b);
                goto err;
            }
            if (!b.encrypted && strcmp(b.label, "ENCRYPTED PRIVATE KEY") != 0) {
                cur->x_pkey->dec_pkey = decode_key(&b, cb, u);
                if (cur->x_pkey->dec_pkey == NULL) {
                    block_free(&b);
                    goto err;
                }
            }
            block_free(&b);
        } else {
            block_free(&b); /* CRLs and other objects are not kept */
        }
    }
    if (cur != NULL && (cur->x509 != NULL || cur->x_pkey != NULL)) {
        if (!sk_X509_INFO_push(ret, cur))
            goto err;
    } else {
        X509_INFO_free(cur);
    }
    return ret;
err:
    X509_INFO_free(cur);
    while (sk_X509_INFO_num(ret) > start)
        X509_INFO_free(sk_X509_INFO_pop(ret));
    if (sk == NULL)
        sk_X509_INFO_free(ret);
    return NULL;
}

MBS_API STACK_OF(X509_INFO) *PEM_X509_INFO_read(FILE *fp, STACK_OF(X509_INFO) *sk, pem_password_cb *cb, void *u)
{
    BIO *b = fp_bio(fp);
    STACK_OF(X509_INFO) *r = b ? PEM_X509_INFO_read_bio(b, sk, cb, u) : NULL;
    BIO_free(b);
    return r;
}

/* Loads every certificate of a PEM file into the store; returns the count, 0 on failure (pushed). */
int mbs_pem_load_file_certs(X509_STORE *store, const char *file, int with_crls)
{
    (void)with_crls;
    BIO *in = BIO_new_file(file, "r");
    if (in == NULL) {
        ERR_raise(ERR_LIB_X509, ERR_R_SYS_LIB);
        return 0;
    }
    STACK_OF(X509_INFO) *inf = PEM_X509_INFO_read_bio(in, NULL, NULL, (void *)"");
    BIO_free(in);
    if (inf == NULL) {
        ERR_raise(ERR_LIB_X509, ERR_R_PEM_LIB);
        return 0;
    }
    int count = 0;
    for (int i = 0; i < sk_X509_INFO_num(inf); i++) {
        X509_INFO *it = sk_X509_INFO_value(inf, i);
        if (it->x509 != NULL) {
            if (!X509_STORE_add_cert(store, it->x509)) {
                count = 0;
                break;
            }
            count++;
        }
    }
    if (count == 0 && sk_X509_INFO_num(inf) >= 0)
        ERR_raise(ERR_LIB_X509, X509_R_NO_CERTIFICATE_OR_CRL_FOUND);
    sk_X509_INFO_pop_free(inf, X509_INFO_free);
    return count;
}

/* DH_* and PEM_read_bio_DHparams are deprecated in 3.0 but still exported. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

/* ---- DH parameters: the minimal DH object PEM_read_bio_DHparams returns (p, g, optional q) ---- */

struct dh_st {
    int refs;
    BIGNUM *p, *q, *g;
    long length;
};

MBS_API DH *DH_new(void)
{
    DH *d = OPENSSL_zalloc(sizeof(*d));
    if (d != NULL)
        d->refs = 1;
    return d;
}

MBS_API void DH_free(DH *dh)
{
    if (dh == NULL || __atomic_sub_fetch(&dh->refs, 1, __ATOMIC_ACQ_REL) > 0)
        return;
    BN_free(dh->p);
    BN_free(dh->q);
    BN_free(dh->g);
    OPENSSL_free(dh);
}

MBS_API int DH_up_ref(DH *dh)
{
    __atomic_add_fetch(&dh->refs, 1, __ATOMIC_ACQ_REL);
    return 1;
}

MBS_API void DH_get0_pqg(const DH *dh, const BIGNUM **p, const BIGNUM **q, const BIGNUM **g)
{
    if (p)
        *p = dh->p;
    if (q)
        *q = dh->q;
    if (g)
        *g = dh->g;
}

MBS_API int DH_set0_pqg(DH *dh, BIGNUM *p, BIGNUM *q, BIGNUM *g)
{
    if ((dh->p == NULL && p == NULL) || (dh->g == NULL && g == NULL))
        return 0;
    if (p) {
        BN_free(dh->p);
        dh->p = p;
    }
    if (q) {
        BN_free(dh->q);
        dh->q = q;
    }
    if (g) {
        BN_free(dh->g);
        dh->g = g;
    }
    return 1;
}

MBS_API const BIGNUM *DH_get0_p(const DH *dh)
{
    return dh->p;
}

MBS_API const BIGNUM *DH_get0_g(const DH *dh)
{
    return dh->g;
}

MBS_API const BIGNUM *DH_get0_q(const DH *dh)
{
    return dh->q;
}

MBS_API int DH_bits(const DH *dh)
{
    return dh->p ? BN_num_bits(dh->p) : 0;
}

MBS_API int DH_size(const DH *dh)
{
    return (DH_bits(dh) + 7) / 8;
}

static BIGNUM *der_bn(unsigned char **p, const unsigned char *end)
{
    size_t len;
    if (mbedtls_asn1_get_tag(p, end, &len, MBEDTLS_ASN1_INTEGER) != 0)
        return NULL;
    BIGNUM *bn = BN_bin2bn(*p, (int)len, NULL);
    *p += len;
    return bn;
}

MBS_API DH *PEM_read_bio_DHparams(BIO *bp, DH **x, pem_password_cb *cb, void *u)
{
    (void)cb;
    (void)u;
    static const char *const labels[] = {"DH PARAMETERS", "X9.42 DH PARAMETERS", NULL};
    struct pem_block b;
    if (!pem_find(bp, labels, &b))
        return NULL;
    unsigned char *p = b.der, *end = b.der + b.der_len;
    size_t len;
    DH *dh = DH_new();
    int x942 = strcmp(b.label, "X9.42 DH PARAMETERS") == 0;
    if (dh == NULL || mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        goto err;
    end = p + len;
    dh->p = der_bn(&p, end);
    dh->g = der_bn(&p, end);
    if (x942) {
        /* X9.42 order: p, g, q */
        dh->q = der_bn(&p, end);
    }
    if (dh->p == NULL || dh->g == NULL || (x942 && dh->q == NULL))
        goto err;
    block_free(&b);
    if (x != NULL) {
        DH_free(*x);
        *x = dh;
    }
    return dh;
err:
    block_free(&b);
    DH_free(dh);
    ERR_raise(ERR_LIB_PEM, ERR_R_ASN1_LIB);
    return NULL;
}

MBS_API DH *PEM_read_DHparams(FILE *fp, DH **x, pem_password_cb *cb, void *u)
{
    BIO *b = fp_bio(fp);
    DH *r = b ? PEM_read_bio_DHparams(b, x, cb, u) : NULL;
    BIO_free(b);
    return r;
}
