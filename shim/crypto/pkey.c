/* EVP_PKEY over an Mbed TLS pk context (RSA and EC keys), DER import/export, and the minimal EVP_MD
 * objects (EVP_sha1, EVP_sha256, ...) that X509_digest and friends take. */
#include <string.h>

#include <mbedtls/asn1.h>
#include <mbedtls/asn1write.h>
#include <mbedtls/md.h>
#include <mbedtls/oid.h>
#include <mbedtls/pk.h>
#include <mbedtls/psa_util.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include "crypto/x509_local.h"

/* ---- EVP_MD ---- */

static const struct evp_md_st md_table[] = {
    {NID_md5, MBEDTLS_MD_MD5, 16, 64, "MD5"},
    {NID_sha1, MBEDTLS_MD_SHA1, 20, 64, "SHA1"},
    {NID_sha224, MBEDTLS_MD_SHA224, 28, 64, "SHA224"},
    {NID_sha256, MBEDTLS_MD_SHA256, 32, 64, "SHA256"},
    {NID_sha384, MBEDTLS_MD_SHA384, 48, 128, "SHA384"},
    {NID_sha512, MBEDTLS_MD_SHA512, 64, 128, "SHA512"},
    /* TLS <= 1.1 handshake digest, only named (SSL_CIPHER_get_handshake_digest); no Mbed TLS equivalent */
    {NID_md5_sha1, MBEDTLS_MD_NONE, 36, 64, "MD5-SHA1"},
};

MBS_API const EVP_MD *EVP_md5(void)
{
    return &md_table[0];
}

MBS_API const EVP_MD *EVP_sha1(void)
{
    return &md_table[1];
}

MBS_API const EVP_MD *EVP_sha224(void)
{
    return &md_table[2];
}

MBS_API const EVP_MD *EVP_sha256(void)
{
    return &md_table[3];
}

MBS_API const EVP_MD *EVP_sha384(void)
{
    return &md_table[4];
}

MBS_API const EVP_MD *EVP_sha512(void)
{
    return &md_table[5];
}

MBS_API const EVP_MD *EVP_md5_sha1(void)
{
    return &md_table[6];
}

/* Reads a BIO to its end (the d2i_*_bio functions take whole DER objects). 1 on success. */
int mbs_bio_read_all(BIO *bp, unsigned char **out, size_t *outlen)
{
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0;
    *out = NULL;
    *outlen = 0;
    if (bp == NULL) {
        ERR_raise(ERR_LIB_ASN1, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 4096;
            unsigned char *g = OPENSSL_realloc(buf, cap);
            if (g == NULL) {
                OPENSSL_free(buf);
                return 0;
            }
            buf = g;
        }
        int n = BIO_read(bp, buf + len, (int)(cap - len));
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    *out = buf;
    *outlen = len;
    return 1;
}

MBS_API EVP_PKEY *d2i_PrivateKey_bio(BIO *bp, EVP_PKEY **a)
{
    unsigned char *buf = NULL;
    size_t len = 0;
    if (!mbs_bio_read_all(bp, &buf, &len))
        return NULL;
    const unsigned char *p = buf;
    EVP_PKEY *r = d2i_AutoPrivateKey(a, &p, (long)len);
    OPENSSL_clear_free(buf, len);
    return r;
}

MBS_API int EVP_MD_get_size(const EVP_MD *md)
{
    if (md == NULL) {
        ERR_raise(ERR_LIB_EVP, EVP_R_MESSAGE_DIGEST_IS_NULL);
        return -1;
    }
    return md->size;
}

MBS_API int EVP_MD_get_block_size(const EVP_MD *md)
{
    return md ? md->block_size : -1;
}

MBS_API int EVP_MD_get_type(const EVP_MD *md)
{
    return md ? md->type : NID_undef;
}

MBS_API const char *EVP_MD_get0_name(const EVP_MD *md)
{
    return md ? md->name : NULL;
}

MBS_API const EVP_MD *EVP_get_digestbyname(const char *name)
{
    if (name == NULL)
        return NULL;
    int nid = OBJ_txt2nid(name);
    for (size_t i = 0; i < sizeof(md_table) / sizeof(md_table[0]); i++)
        if (md_table[i].type == nid || strcasecmp(md_table[i].name, name) == 0)
            return &md_table[i];
    /* "SHA-256" spelling */
    if (strncasecmp(name, "SHA-", 4) == 0) {
        char tmp[16] = "SHA";
        strncat(tmp, name + 4, sizeof(tmp) - 4);
        return EVP_get_digestbyname(tmp);
    }
    return NULL;
}

MBS_API int EVP_Digest(const void *data, size_t count, unsigned char *md, unsigned int *size, const EVP_MD *type,
                       ENGINE *impl)
{
    (void)impl;
    if (type == NULL)
        return 0;
    const mbedtls_md_info_t *info = mbedtls_md_info_from_type((mbedtls_md_type_t)type->md);
    if (info == NULL || mbedtls_md(info, data, count, md) != 0)
        return 0;
    if (size)
        *size = (unsigned int)type->size;
    return 1;
}

/* ---- EVP_PKEY ---- */

MBS_API EVP_PKEY *EVP_PKEY_new(void)
{
    EVP_PKEY *k = OPENSSL_zalloc(sizeof(*k));
    if (k == NULL)
        return NULL;
    k->refs = 1;
    k->type = EVP_PKEY_NONE;
    mbedtls_pk_init(&k->pk);
    return k;
}

MBS_API void EVP_PKEY_free(EVP_PKEY *k)
{
    if (k == NULL)
        return;
    if (__atomic_sub_fetch(&k->refs, 1, __ATOMIC_ACQ_REL) > 0)
        return;
    mbedtls_pk_free(&k->pk);
    OPENSSL_free(k);
}

MBS_API int EVP_PKEY_up_ref(EVP_PKEY *k)
{
    if (k == NULL)
        return 0;
    __atomic_add_fetch(&k->refs, 1, __ATOMIC_ACQ_REL);
    return 1;
}

static int type_of(const mbedtls_pk_context *pk)
{
    switch (mbedtls_pk_get_type(pk)) {
    case MBEDTLS_PK_RSA:
        return EVP_PKEY_RSA;
    case MBEDTLS_PK_ECKEY:
    case MBEDTLS_PK_ECKEY_DH:
    case MBEDTLS_PK_ECDSA:
        return EVP_PKEY_EC;
    case MBEDTLS_PK_RSASSA_PSS:
        return EVP_PKEY_RSA_PSS;
    default:
        return EVP_PKEY_NONE;
    }
}

EVP_PKEY *mbs_pkey_from_pk(mbedtls_pk_context *pk, int has_private)
{
    EVP_PKEY *k = EVP_PKEY_new();
    if (k == NULL) {
        mbedtls_pk_free(pk);
        return NULL;
    }
    k->pk = *pk; /* moves ownership: the caller's context must not be freed */
    mbedtls_pk_init(pk);
    k->type = type_of(&k->pk);
    k->has_private = has_private;
    return k;
}

EVP_PKEY *mbs_pkey_parse_public_der(const unsigned char *der, size_t len)
{
    mbedtls_pk_context pk;
    if (!mbs_psa_init())
        return NULL;
    mbedtls_pk_init(&pk);
    if (mbedtls_pk_parse_public_key(&pk, der, len) != 0) {
        mbedtls_pk_free(&pk);
        return NULL;
    }
    return mbs_pkey_from_pk(&pk, 0);
}

EVP_PKEY *mbs_pkey_parse_private(const unsigned char *buf, size_t len, const unsigned char *pw, size_t pwlen,
                                 int *mbed_err)
{
    mbedtls_pk_context pk;
    if (!mbs_psa_init()) {
        if (mbed_err)
            *mbed_err = -1;
        return NULL;
    }
    mbedtls_pk_init(&pk);
    int r = mbedtls_pk_parse_key(&pk, buf, len, pw, pwlen, mbedtls_psa_get_random, MBEDTLS_PSA_RANDOM_STATE);
    if (mbed_err)
        *mbed_err = r;
    if (r != 0) {
        mbedtls_pk_free(&pk);
        return NULL;
    }
    return mbs_pkey_from_pk(&pk, 1);
}

MBS_API int EVP_PKEY_get_id(const EVP_PKEY *pkey)
{
    return pkey ? pkey->type : EVP_PKEY_NONE;
}

MBS_API int EVP_PKEY_get_base_id(const EVP_PKEY *pkey)
{
    return EVP_PKEY_get_id(pkey);
}

MBS_API int EVP_PKEY_type(int type)
{
    return type;
}

MBS_API int EVP_PKEY_get_bits(const EVP_PKEY *pkey)
{
    if (pkey == NULL || pkey->type == EVP_PKEY_NONE)
        return 0;
    return (int)mbedtls_pk_get_bitlen(&pkey->pk);
}

int mbs_pkey_security_bits(const EVP_PKEY *pkey)
{
    int bits = EVP_PKEY_get_bits(pkey);
    if (pkey == NULL)
        return 0;
    if (pkey->type == EVP_PKEY_EC)
        return bits / 2;
    if (bits >= 15360)
        return 256;
    if (bits >= 7680)
        return 192;
    if (bits >= 3072)
        return 128;
    if (bits >= 2048)
        return 112;
    if (bits >= 1024)
        return 80;
    return 0;
}

MBS_API int EVP_PKEY_get_security_bits(const EVP_PKEY *pkey)
{
    return mbs_pkey_security_bits(pkey);
}

MBS_API int EVP_PKEY_get_size(const EVP_PKEY *pkey)
{
    if (pkey == NULL || pkey->type == EVP_PKEY_NONE)
        return 0;
    if (pkey->type == EVP_PKEY_EC) {
        /* DER ECDSA signature upper bound */
        int nb = (EVP_PKEY_get_bits(pkey) + 7) / 8;
        return 2 * (nb + 3) + 3;
    }
    return (int)mbedtls_pk_get_len(&pkey->pk);
}

/* Copies the tail-written DER (Mbed TLS writers fill buffers from the end) out, d2i/i2d style. */
static int i2d_out(const unsigned char *der, int len, unsigned char **pp)
{
    if (pp == NULL)
        return len;
    if (*pp == NULL) {
        *pp = OPENSSL_malloc((size_t)len);
        if (*pp == NULL)
            return -1;
        memcpy(*pp, der, (size_t)len);
    } else {
        memcpy(*pp, der, (size_t)len);
        *pp += len;
    }
    return len;
}

MBS_API int i2d_PrivateKey(const EVP_PKEY *a, unsigned char **pp)
{
    if (a == NULL || !a->has_private) {
        ERR_raise(ERR_LIB_ASN1, ASN1_R_UNSUPPORTED_PUBLIC_KEY_TYPE);
        return -1;
    }
    size_t cap = 8192;
    unsigned char *buf = OPENSSL_malloc(cap);
    if (buf == NULL)
        return -1;
    int n = mbedtls_pk_write_key_der((mbedtls_pk_context *)&a->pk, buf, cap);
    int r = n > 0 ? i2d_out(buf + cap - (size_t)n, n, pp) : -1;
    OPENSSL_cleanse(buf, cap);
    OPENSSL_free(buf);
    return r;
}

MBS_API int i2d_PUBKEY(const EVP_PKEY *a, unsigned char **pp)
{
    if (a == NULL || a->type == EVP_PKEY_NONE)
        return -1;
    unsigned char buf[4096];
    int n = mbedtls_pk_write_pubkey_der((mbedtls_pk_context *)&a->pk, buf, sizeof(buf));
    return n > 0 ? i2d_out(buf + sizeof(buf) - (size_t)n, n, pp) : -1;
}

MBS_API int i2d_PublicKey(const EVP_PKEY *a, unsigned char **pp)
{
    return i2d_PUBKEY(a, pp);
}

static size_t der_seq_len(const unsigned char *der, long max)
{
    unsigned char *p = (unsigned char *)der, *end;
    size_t len;
    if (der == NULL || max < 2)
        return 0;
    end = p + max;
    if (mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        return 0;
    return (size_t)(p - der) + len;
}

MBS_API EVP_PKEY *d2i_PUBKEY(EVP_PKEY **a, const unsigned char **pp, long length)
{
    size_t el = pp ? der_seq_len(*pp, length) : 0;
    EVP_PKEY *k = el ? mbs_pkey_parse_public_der(*pp, el) : NULL;
    if (k == NULL) {
        ERR_raise(ERR_LIB_X509, X509_R_PUBLIC_KEY_DECODE_ERROR);
        return NULL;
    }
    *pp += el;
    if (a != NULL) {
        EVP_PKEY_free(*a);
        *a = k;
    }
    return k;
}

MBS_API EVP_PKEY *d2i_AutoPrivateKey(EVP_PKEY **a, const unsigned char **pp, long length)
{
    size_t el = pp ? der_seq_len(*pp, length) : 0;
    EVP_PKEY *k = el ? mbs_pkey_parse_private(*pp, el, NULL, 0, NULL) : NULL;
    if (k == NULL) {
        if (pp != NULL && *pp != NULL && length > 0 && (*pp)[0] != 0x30)
            ERR_raise(ERR_LIB_ASN1, ASN1_R_WRONG_TAG); /* not DER at all */
        else
            ERR_raise(ERR_LIB_ASN1, ASN1_R_UNSUPPORTED_PUBLIC_KEY_TYPE);
        return NULL;
    }
    *pp += el;
    if (a != NULL) {
        EVP_PKEY_free(*a);
        *a = k;
    }
    return k;
}

MBS_API EVP_PKEY *d2i_PrivateKey(int type, EVP_PKEY **a, const unsigned char **pp, long length)
{
    const unsigned char *start = pp ? *pp : NULL;
    EVP_PKEY *k = d2i_AutoPrivateKey(NULL, pp, length);
    if (k == NULL)
        return NULL;
    if (type != EVP_PKEY_NONE && k->type != type) {
        EVP_PKEY_free(k);
        *pp = start;
        ERR_raise(ERR_LIB_ASN1, ASN1_R_UNSUPPORTED_PUBLIC_KEY_TYPE);
        return NULL;
    }
    if (a != NULL) {
        EVP_PKEY_free(*a);
        *a = k;
    }
    return k;
}

MBS_API EVP_PKEY *d2i_PrivateKey_ex(int type, EVP_PKEY **a, const unsigned char **pp, long length,
                                    OSSL_LIB_CTX *libctx, const char *propq)
{
    (void)libctx;
    (void)propq;
    return d2i_PrivateKey(type, a, pp, length);
}

MBS_API int EVP_PKEY_eq(const EVP_PKEY *a, const EVP_PKEY *b)
{
    if (a == NULL || b == NULL)
        return 0;
    if (a->type != b->type)
        return -1;
    unsigned char *da = NULL, *db = NULL;
    int la = i2d_PUBKEY(a, &da), lb = i2d_PUBKEY(b, &db);
    int r = la > 0 && la == lb && memcmp(da, db, (size_t)la) == 0;
    OPENSSL_free(da);
    OPENSSL_free(db);
    if (la <= 0 || lb <= 0)
        return -2;
    return r;
}

MBS_API int EVP_PKEY_cmp(const EVP_PKEY *a, const EVP_PKEY *b)
{
    return EVP_PKEY_eq(a, b);
}

MBS_API int EVP_PKEY_parameters_eq(const EVP_PKEY *a, const EVP_PKEY *b)
{
    if (a == NULL || b == NULL || a->type != b->type)
        return -1;
    if (a->type != EVP_PKEY_EC)
        return -2;
    return EVP_PKEY_get_bits(a) == EVP_PKEY_get_bits(b);
}

MBS_API int EVP_PKEY_missing_parameters(const EVP_PKEY *pkey)
{
    (void)pkey;
    return 0;
}

/* PKCS#8 PrivateKeyInfo around the key's PKCS#1 / SEC1 encoding (what PEM "PRIVATE KEY" holds).
 * Returns a new buffer. */
int mbs_pkey_to_pkcs8(const EVP_PKEY *k, unsigned char **out)
{
    unsigned char *inner = NULL;
    int il = i2d_PrivateKey(k, &inner);
    if (il <= 0)
        return -1;
    /* AlgorithmIdentifier: copy it from the SubjectPublicKeyInfo */
    unsigned char *spki = NULL;
    int sl = i2d_PUBKEY(k, &spki);
    unsigned char *p = spki, *end = spki + (sl > 0 ? sl : 0);
    size_t len;
    int ret = -1;
    unsigned char *buf = NULL;
    if (sl <= 0 || mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        goto end;
    unsigned char *alg = p;
    if (mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        goto end;
    size_t alglen = (size_t)(p - alg) + len;
    size_t cap = (size_t)il + alglen + 32;
    buf = OPENSSL_malloc(cap);
    if (buf == NULL)
        goto end;
    unsigned char *w = buf + cap;
    int n = 0, r;
    if ((r = mbedtls_asn1_write_raw_buffer(&w, buf, inner, (size_t)il)) < 0)
        goto end;
    n += r;
    if ((r = mbedtls_asn1_write_len(&w, buf, (size_t)il)) < 0)
        goto end;
    n += r;
    if ((r = mbedtls_asn1_write_tag(&w, buf, MBEDTLS_ASN1_OCTET_STRING)) < 0)
        goto end;
    n += r;
    if ((r = mbedtls_asn1_write_raw_buffer(&w, buf, alg, alglen)) < 0)
        goto end;
    n += r;
    if ((r = mbedtls_asn1_write_int(&w, buf, 0)) < 0)
        goto end;
    n += r;
    if ((r = mbedtls_asn1_write_len(&w, buf, (size_t)n)) < 0)
        goto end;
    n += r;
    if ((r = mbedtls_asn1_write_tag(&w, buf, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE)) < 0)
        goto end;
    n += r;
    *out = OPENSSL_malloc((size_t)n);
    if (*out == NULL)
        goto end;
    memcpy(*out, w, (size_t)n);
    ret = n;
end:
    if (buf)
        OPENSSL_cleanse(buf, cap);
    OPENSSL_free(buf);
    OPENSSL_cleanse(inner, (size_t)il);
    OPENSSL_free(inner);
    OPENSSL_free(spki);
    return ret;
}
