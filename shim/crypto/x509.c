/* X509 certificates: DER in, parsed by Mbed TLS, with OpenSSL's accessors, extension decoding
 * (subjectAltName as GENERAL_NAMES, basicConstraints, keyUsage, extKeyUsage, key identifiers), digests,
 * comparison and ex_data. */
#include <stdio.h>
#include <string.h>

#include <mbedtls/asn1.h>
#include <mbedtls/md.h>
#include <mbedtls/psa_util.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "crypto/x509_local.h"

/* ---- extensions ---- */

/* Walks the Extensions SEQUENCE: calls back per extension; stop when cb returns nonzero. */
typedef int (*ext_cb)(void *arg, int idx, const unsigned char *oid, size_t oidlen, int crit,
                      const unsigned char *val, size_t vlen);

static int ext_walk(const X509 *x, ext_cb cb, void *arg)
{
    if (x == NULL || !x->parsed || x->crt.v3_ext.p == NULL || x->crt.v3_ext.len == 0)
        return 0;
    unsigned char *p = x->crt.v3_ext.p, *end = p + x->crt.v3_ext.len;
    size_t len;
    if (mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        return 0;
    end = p + len;
    int idx = 0;
    while (p < end) {
        if (mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
            return 0;
        unsigned char *e_end = p + len;
        size_t oidlen;
        if (mbedtls_asn1_get_tag(&p, e_end, &oidlen, MBEDTLS_ASN1_OID) != 0)
            return 0;
        const unsigned char *oid = p;
        p += oidlen;
        int crit = 0;
        if (mbedtls_asn1_get_bool(&p, e_end, &crit) != 0 && mbedtls_asn1_get_bool(&p, e_end, &crit) != 0)
            crit = 0;
        if (mbedtls_asn1_get_tag(&p, e_end, &len, MBEDTLS_ASN1_OCTET_STRING) != 0)
            return 0;
        int r = cb(arg, idx, oid, oidlen, crit, p, len);
        if (r)
            return r;
        p = e_end;
        idx++;
    }
    return 0;
}

struct find_arg {
    const ASN1_OBJECT *obj;
    int lastpos, found, count, crit;
    const unsigned char *val;
    size_t len;
};

static int find_cb(void *a, int idx, const unsigned char *oid, size_t oidlen, int crit,
                   const unsigned char *val, size_t vlen)
{
    struct find_arg *f = a;
    f->count = idx + 1;
    if (idx <= f->lastpos || f->found >= 0)
        return 0;
    if (oidlen == f->obj->len && memcmp(oid, f->obj->der, oidlen) == 0) {
        f->found = idx;
        f->crit = crit;
        f->val = val;
        f->len = vlen;
    }
    return 0;
}

int mbs_x509_find_ext(const X509 *x, int nid, int lastpos, const unsigned char **val, size_t *len,
                      int *critical)
{
    struct find_arg f = {OBJ_nid2obj(nid), lastpos, -1, 0, 0, NULL, 0};
    if (f.obj == NULL)
        return -2;
    ext_walk(x, find_cb, &f);
    if (f.found >= 0) {
        if (val)
            *val = f.val;
        if (len)
            *len = f.len;
        if (critical)
            *critical = f.crit;
    }
    return f.found;
}

int mbs_x509_ext_count(const X509 *x)
{
    struct find_arg f = {NULL, 1 << 30, -1, 0, 0, NULL, 0};
    static const struct asn1_object_st none = {0, NULL, NULL, NULL, 0, 0};
    f.obj = &none;
    ext_walk(x, find_cb, &f);
    return f.count;
}

MBS_API int X509_get_ext_count(const X509 *x)
{
    return mbs_x509_ext_count(x);
}

MBS_API int X509_get_ext_by_NID(const X509 *x, int nid, int lastpos)
{
    return mbs_x509_find_ext(x, nid, lastpos < -1 ? -1 : lastpos, NULL, NULL, NULL);
}

MBS_API void GENERAL_NAME_free(GENERAL_NAME *a)
{
    if (a == NULL)
        return;
    switch (a->type) {
    case GEN_OTHERNAME:
        if (a->d.otherName) {
            ASN1_OBJECT_free(a->d.otherName->type_id);
            ASN1_TYPE_free(a->d.otherName->value);
            OPENSSL_free(a->d.otherName);
        }
        break;
    case GEN_DIRNAME:
        X509_NAME_free(a->d.directoryName);
        break;
    case GEN_RID:
        ASN1_OBJECT_free(a->d.registeredID);
        break;
    case GEN_EDIPARTY:
        if (a->d.ediPartyName) {
            ASN1_STRING_free(a->d.ediPartyName->nameAssigner);
            ASN1_STRING_free(a->d.ediPartyName->partyName);
            OPENSSL_free(a->d.ediPartyName);
        }
        break;
    case GEN_X400:
        ASN1_TYPE_free(a->d.other);
        break;
    default:
        ASN1_STRING_free(a->d.ia5);
    }
    OPENSSL_free(a);
}

MBS_API GENERAL_NAME *GENERAL_NAME_new(void)
{
    return OPENSSL_zalloc(sizeof(GENERAL_NAME));
}

MBS_API GENERAL_NAMES *GENERAL_NAMES_new(void)
{
    return sk_GENERAL_NAME_new_null();
}

MBS_API void GENERAL_NAMES_free(GENERAL_NAMES *a)
{
    sk_GENERAL_NAME_pop_free(a, GENERAL_NAME_free);
}

MBS_API GENERAL_NAME *GENERAL_NAME_dup(const GENERAL_NAME *a)
{
    if (a == NULL)
        return NULL;
    GENERAL_NAME *g = GENERAL_NAME_new();
    if (g == NULL)
        return NULL;
    g->type = a->type;
    switch (a->type) {
    case GEN_EMAIL:
    case GEN_DNS:
    case GEN_URI:
    case GEN_IPADD:
        g->d.ia5 = ASN1_STRING_dup(a->d.ia5);
        break;
    case GEN_DIRNAME:
        g->d.directoryName = X509_NAME_dup(a->d.directoryName);
        break;
    case GEN_RID:
        g->d.registeredID = OBJ_dup(a->d.registeredID);
        break;
    default:
        /* other forms are not copied */
        g->type = GEN_EMAIL;
        g->d.ia5 = ASN1_IA5STRING_new();
    }
    if (g->d.ptr == NULL) {
        GENERAL_NAME_free(g);
        return NULL;
    }
    return g;
}

static ASN1_TYPE *type_from_der(const unsigned char *p, size_t len)
{
    /* otherName values: keep the inner element; strings decoded, anything else as SEQUENCE bytes */
    ASN1_TYPE *t = ASN1_TYPE_new();
    if (t == NULL)
        return NULL;
    unsigned char *q = (unsigned char *)p, *end = q + len;
    size_t l;
    int tag = len > 0 ? p[0] : V_ASN1_SEQUENCE;
    q++;
    if (len == 0 || mbedtls_asn1_get_len(&q, end, &l) != 0) {
        t->type = V_ASN1_SEQUENCE;
        t->value.sequence = mbs_asn1_string_new_data(V_ASN1_SEQUENCE, p, len);
    } else if (!(tag & 0xe0)) {
        t->type = tag;
        t->value.asn1_string = mbs_asn1_string_new_data(tag, q, l);
    } else {
        t->type = V_ASN1_SEQUENCE;
        t->value.sequence = mbs_asn1_string_new_data(V_ASN1_SEQUENCE, p, len);
    }
    if (t->value.ptr == NULL) {
        OPENSSL_free(t);
        return NULL;
    }
    return t;
}

/* GeneralNames (the SEQUENCE) to a new stack. */
static GENERAL_NAMES *parse_general_names(const unsigned char *der, size_t dlen)
{
    unsigned char *p = (unsigned char *)der, *end = p + dlen;
    size_t len;
    if (mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        return NULL;
    end = p + len;
    GENERAL_NAMES *names = sk_GENERAL_NAME_new_null();
    if (names == NULL)
        return NULL;
    while (p < end) {
        unsigned char tag = *p++;
        if (mbedtls_asn1_get_len(&p, end, &len) != 0)
            goto err;
        const unsigned char *v = p;
        p += len;
        GENERAL_NAME *g = GENERAL_NAME_new();
        if (g == NULL)
            goto err;
        g->type = tag & 0x1f;
        switch (g->type) {
        case GEN_EMAIL:
        case GEN_DNS:
        case GEN_URI:
            g->d.ia5 = mbs_asn1_string_new_data(V_ASN1_IA5STRING, v, len);
            break;
        case GEN_IPADD:
            g->d.iPAddress = mbs_asn1_string_new_data(V_ASN1_OCTET_STRING, v, len);
            break;
        case GEN_RID:
            g->d.registeredID = mbs_obj_from_der(v, len);
            break;
        case GEN_DIRNAME:
            g->d.directoryName = mbs_name_from_der(v, len);
            break;
        case GEN_OTHERNAME: {
            unsigned char *q = (unsigned char *)v, *oe = q + len;
            size_t ol;
            if (mbedtls_asn1_get_tag(&q, oe, &ol, MBEDTLS_ASN1_OID) != 0)
                break;
            OTHERNAME *on = OPENSSL_zalloc(sizeof(*on));
            if (on == NULL)
                break;
            on->type_id = mbs_obj_from_der(q, ol);
            q += ol;
            if (mbedtls_asn1_get_tag(&q, oe, &ol, MBEDTLS_ASN1_CONTEXT_SPECIFIC | MBEDTLS_ASN1_CONSTRUCTED) == 0)
                on->value = type_from_der(q, ol);
            if (on->type_id == NULL || on->value == NULL) {
                ASN1_OBJECT_free(on->type_id);
                ASN1_TYPE_free(on->value);
                OPENSSL_free(on);
                break;
            }
            g->d.otherName = on;
            break;
        }
        case GEN_X400: {
            ASN1_TYPE *t = ASN1_TYPE_new();
            if (t != NULL) {
                t->type = V_ASN1_SEQUENCE;
                t->value.sequence = mbs_asn1_string_new_data(V_ASN1_SEQUENCE, v, len);
                if (t->value.sequence == NULL) {
                    OPENSSL_free(t);
                    t = NULL;
                }
            }
            g->d.other = t;
            break;
        }
        case GEN_EDIPARTY: {
            EDIPARTYNAME *e = OPENSSL_zalloc(sizeof(*e));
            if (e != NULL) {
                e->partyName = mbs_asn1_string_new_data(V_ASN1_OCTET_STRING, v, len);
                if (e->partyName == NULL) {
                    OPENSSL_free(e);
                    e = NULL;
                }
            }
            g->d.ediPartyName = e;
            break;
        }
        default:
            break;
        }
        if (g->d.ptr == NULL || !sk_GENERAL_NAME_push(names, g)) {
            g->type = GEN_DNS;
            GENERAL_NAME_free(g);
            goto err;
        }
    }
    return names;
err:
    GENERAL_NAMES_free(names);
    return NULL;
}

MBS_API void BASIC_CONSTRAINTS_free(BASIC_CONSTRAINTS *a)
{
    if (a == NULL)
        return;
    ASN1_INTEGER_free(a->pathlen);
    OPENSSL_free(a);
}

MBS_API BASIC_CONSTRAINTS *BASIC_CONSTRAINTS_new(void)
{
    return OPENSSL_zalloc(sizeof(BASIC_CONSTRAINTS));
}

MBS_API void EXTENDED_KEY_USAGE_free(EXTENDED_KEY_USAGE *a)
{
    sk_ASN1_OBJECT_pop_free(a, ASN1_OBJECT_free);
}

static BASIC_CONSTRAINTS *parse_bc(const unsigned char *der, size_t dlen)
{
    unsigned char *p = (unsigned char *)der, *end = p + dlen;
    size_t len;
    if (mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        return NULL;
    end = p + len;
    BASIC_CONSTRAINTS *bc = BASIC_CONSTRAINTS_new();
    if (bc == NULL)
        return NULL;
    int ca = 0;
    if (p < end && *p == MBEDTLS_ASN1_BOOLEAN && mbedtls_asn1_get_bool(&p, end, &ca) == 0)
        bc->ca = ca ? 0xff : 0;
    if (p < end && mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_INTEGER) == 0) {
        bc->pathlen = mbs_asn1_integer_from_der(p, len);
        if (bc->pathlen == NULL) {
            BASIC_CONSTRAINTS_free(bc);
            return NULL;
        }
    }
    return bc;
}

static ASN1_BIT_STRING *parse_bitstring(const unsigned char *der, size_t dlen)
{
    unsigned char *p = (unsigned char *)der, *end = p + dlen;
    mbedtls_asn1_bitstring bs;
    if (mbedtls_asn1_get_bitstring(&p, end, &bs) != 0)
        return NULL;
    /* trailing zero octets are dropped, as OpenSSL's decoder normalises them */
    size_t n = bs.len;
    while (n > 0 && bs.p[n - 1] == 0)
        n--;
    ASN1_BIT_STRING *s = mbs_asn1_string_new_data(V_ASN1_BIT_STRING, bs.p, n);
    if (s != NULL)
        s->flags = ASN1_STRING_FLAG_BITS_LEFT | (bs.unused_bits & 7);
    return s;
}

static EXTENDED_KEY_USAGE *parse_eku(const unsigned char *der, size_t dlen)
{
    unsigned char *p = (unsigned char *)der, *end = p + dlen;
    size_t len;
    if (mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        return NULL;
    end = p + len;
    EXTENDED_KEY_USAGE *eku = sk_ASN1_OBJECT_new_null();
    if (eku == NULL)
        return NULL;
    while (p < end) {
        if (mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_OID) != 0) {
            EXTENDED_KEY_USAGE_free(eku);
            return NULL;
        }
        ASN1_OBJECT *o = mbs_obj_from_der(p, len);
        if (o == NULL || !sk_ASN1_OBJECT_push(eku, o)) {
            ASN1_OBJECT_free(o);
            EXTENDED_KEY_USAGE_free(eku);
            return NULL;
        }
        p += len;
    }
    return eku;
}

static ASN1_OCTET_STRING *parse_octets(const unsigned char *der, size_t dlen)
{
    unsigned char *p = (unsigned char *)der, *end = p + dlen;
    size_t len;
    if (mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_OCTET_STRING) != 0)
        return NULL;
    return mbs_asn1_string_new_data(V_ASN1_OCTET_STRING, p, len);
}

static void *decode_ext(int nid, const unsigned char *val, size_t len)
{
    switch (nid) {
    case NID_subject_alt_name:
    case NID_issuer_alt_name:
        return parse_general_names(val, len);
    case NID_basic_constraints:
        return parse_bc(val, len);
    case NID_key_usage:
        return parse_bitstring(val, len);
    case NID_ext_key_usage:
        return parse_eku(val, len);
    case NID_subject_key_identifier:
        return parse_octets(val, len);
    default:
        return NULL;
    }
}

MBS_API void *X509_get_ext_d2i(const X509 *x, int nid, int *crit, int *idx)
{
    const unsigned char *val = NULL;
    size_t len = 0;
    int c = 0, lastpos = idx ? *idx : -1;
    if (lastpos < -1)
        lastpos = -1;
    int found = mbs_x509_find_ext(x, nid, lastpos, &val, &len, &c);
    if (found < 0) {
        if (idx)
            *idx = -1;
        if (crit)
            *crit = -1;
        return NULL;
    }
    if (idx == NULL) {
        /* without idx, a repeated extension is an error (-2) */
        if (mbs_x509_find_ext(x, nid, found, NULL, NULL, NULL) >= 0) {
            if (crit)
                *crit = -2;
            return NULL;
        }
    } else {
        *idx = found;
    }
    if (crit)
        *crit = c;
    return decode_ext(nid, val, len);
}

/* ---- the X509 object ---- */

static void ext_summary(X509 *x)
{
    const unsigned char *val;
    size_t len;
    int crit;
    x->ex_pathlen = -1;
    x->ex_flags = 0;
    if (mbs_x509_find_ext(x, NID_basic_constraints, -1, &val, &len, &crit) >= 0) {
        BASIC_CONSTRAINTS *bc = parse_bc(val, len);
        if (bc != NULL) {
            x->ex_flags |= EXFLAG_BCONS;
            if (bc->ca)
                x->ex_flags |= EXFLAG_CA;
            if (bc->pathlen != NULL)
                x->ex_pathlen = ASN1_INTEGER_get(bc->pathlen);
            if (crit)
                x->ex_flags |= EXFLAG_CRITICAL;
            BASIC_CONSTRAINTS_free(bc);
        } else {
            x->ex_flags |= EXFLAG_INVALID;
        }
    }
    if (mbs_x509_find_ext(x, NID_key_usage, -1, &val, &len, &crit) >= 0) {
        ASN1_BIT_STRING *ku = parse_bitstring(val, len);
        x->ex_flags |= EXFLAG_KUSAGE;
        x->ex_kusage = 0;
        if (ku != NULL) {
            if (ku->length > 0)
                x->ex_kusage = ku->data[0];
            if (ku->length > 1)
                x->ex_kusage |= (uint32_t)ku->data[1] << 8;
            ASN1_BIT_STRING_free(ku);
        }
    } else {
        x->ex_kusage = UINT32_MAX;
    }
    x->ex_xkusage = UINT32_MAX;
    if (mbs_x509_find_ext(x, NID_ext_key_usage, -1, &val, &len, &crit) >= 0) {
        EXTENDED_KEY_USAGE *eku = parse_eku(val, len);
        x->ex_flags |= EXFLAG_XKUSAGE;
        x->ex_xkusage = 0;
        for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku); i++) {
            switch (OBJ_obj2nid(sk_ASN1_OBJECT_value(eku, i))) {
            case NID_server_auth:
                x->ex_xkusage |= XKU_SSL_SERVER;
                break;
            case NID_client_auth:
                x->ex_xkusage |= XKU_SSL_CLIENT;
                break;
            case NID_email_protect:
                x->ex_xkusage |= XKU_SMIME;
                break;
            case NID_code_sign:
                x->ex_xkusage |= XKU_CODE_SIGN;
                break;
            case NID_time_stamp:
                x->ex_xkusage |= XKU_TIMESTAMP;
                break;
            case NID_OCSP_sign:
                x->ex_xkusage |= XKU_OCSP_SIGN;
                break;
            case NID_anyExtendedKeyUsage:
                x->ex_xkusage |= XKU_ANYEKU;
                break;
            default:
                break;
            }
        }
        EXTENDED_KEY_USAGE_free(eku);
    }
    if (mbs_x509_find_ext(x, NID_subject_key_identifier, -1, &val, &len, &crit) >= 0)
        x->skid = parse_octets(val, len);
    if (mbs_x509_find_ext(x, NID_authority_key_identifier, -1, &val, &len, &crit) >= 0) {
        unsigned char *p = (unsigned char *)val, *end = p + len;
        size_t l;
        if (mbedtls_asn1_get_tag(&p, end, &l, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) == 0
            && mbedtls_asn1_get_tag(&p, p + l, &l, MBEDTLS_ASN1_CONTEXT_SPECIFIC | 0) == 0)
            x->akid = mbs_asn1_string_new_data(V_ASN1_OCTET_STRING, p, l);
    }
    if (mbs_x509_self_issued(x)) {
        x->ex_flags |= EXFLAG_SI;
        if (x->akid == NULL || x->skid == NULL || ASN1_OCTET_STRING_cmp(x->akid, x->skid) == 0)
            x->ex_flags |= EXFLAG_SS;
    }
    if (x->crt.version < 3)
        x->ex_flags |= EXFLAG_V1;
    if (mbs_x509_find_ext(x, NID_subject_alt_name, -1, NULL, NULL, NULL) >= 0)
        x->ex_flags |= 0; /* nothing cached: SANs are decoded on demand */
    x->ex_flags |= EXFLAG_SET;
}

MBS_API X509 *X509_new(void)
{
    X509 *x = OPENSSL_zalloc(sizeof(*x));
    if (x == NULL)
        return NULL;
    x->refs = 1;
    mbedtls_x509_crt_init(&x->crt);
    pthread_mutex_init(&x->lock, NULL);
    if (!CRYPTO_new_ex_data(CRYPTO_EX_INDEX_X509, x, &x->ex_data)) {
        pthread_mutex_destroy(&x->lock);
        OPENSSL_free(x);
        return NULL;
    }
    return x;
}

MBS_API X509 *X509_new_ex(OSSL_LIB_CTX *libctx, const char *propq)
{
    (void)libctx;
    (void)propq;
    return X509_new();
}

MBS_API void X509_free(X509 *x)
{
    if (x == NULL)
        return;
    if (__atomic_sub_fetch(&x->refs, 1, __ATOMIC_ACQ_REL) > 0)
        return;
    CRYPTO_free_ex_data(CRYPTO_EX_INDEX_X509, x, &x->ex_data);
    mbedtls_x509_crt_free(&x->crt);
    OPENSSL_free(x->der);
    X509_NAME_free(x->subject);
    X509_NAME_free(x->issuer);
    ASN1_INTEGER_free(x->serial);
    ASN1_TIME_free(x->not_before);
    ASN1_TIME_free(x->not_after);
    ASN1_OCTET_STRING_free(x->skid);
    ASN1_OCTET_STRING_free(x->akid);
    EVP_PKEY_free(x->pkey);
    pthread_mutex_destroy(&x->lock);
    OPENSSL_free(x);
}

MBS_API int X509_up_ref(X509 *x)
{
    if (x == NULL)
        return 0;
    __atomic_add_fetch(&x->refs, 1, __ATOMIC_ACQ_REL);
    return 1;
}

/* Length of the DER element at der (tag + length + contents), 0 if malformed. */
static size_t der_element_len(const unsigned char *der, size_t max)
{
    unsigned char *p = (unsigned char *)der, *end = p + max;
    size_t len;
    if (max < 2 || mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        return 0;
    return (size_t)(p - der) + len;
}

X509 *mbs_x509_from_der(const unsigned char *der, size_t len)
{
    size_t el = der_element_len(der, len);
    if (el == 0)
        return NULL;
    X509 *x = X509_new();
    if (x == NULL)
        return NULL;
    x->der = OPENSSL_malloc(el);
    if (x->der == NULL)
        goto err;
    memcpy(x->der, der, el);
    x->der_len = el;
    if (mbedtls_x509_crt_parse_der(&x->crt, x->der, el) != 0)
        goto err;
    x->parsed = 1;
    x->subject = mbs_name_from_der(x->crt.subject_raw.p, x->crt.subject_raw.len);
    x->issuer = mbs_name_from_der(x->crt.issuer_raw.p, x->crt.issuer_raw.len);
    x->serial = mbs_asn1_integer_from_der(x->crt.serial.p, x->crt.serial.len);
    const mbedtls_x509_time *f = &x->crt.valid_from, *t = &x->crt.valid_to;
    x->not_before = mbs_asn1_time_from_tm(f->year, f->mon, f->day, f->hour, f->min, f->sec);
    x->not_after = mbs_asn1_time_from_tm(t->year, t->mon, t->day, t->hour, t->min, t->sec);
    if (x->subject == NULL || x->issuer == NULL || x->serial == NULL || x->not_before == NULL
        || x->not_after == NULL)
        goto err;
    ext_summary(x);
    return x;
err:
    X509_free(x);
    return NULL;
}

MBS_API X509 *d2i_X509(X509 **a, const unsigned char **in, long len)
{
    if (in == NULL || *in == NULL || len <= 0) {
        ERR_raise(ERR_LIB_ASN1, ASN1_R_HEADER_TOO_LONG);
        return NULL;
    }
    X509 *x = mbs_x509_from_der(*in, (size_t)len);
    if (x == NULL) {
        /* OpenSSL's decoder first reports what it tripped over (not a SEQUENCE at all: the tag) */
        if ((*in)[0] != 0x30)
            ERR_raise(ERR_LIB_ASN1, ASN1_R_WRONG_TAG);
        ERR_raise(ERR_LIB_ASN1, ERR_R_NESTED_ASN1_ERROR);
        return NULL;
    }
    *in += x->der_len;
    if (a != NULL) {
        X509_free(*a);
        *a = x;
    }
    return x;
}

MBS_API int i2d_X509(const X509 *x, unsigned char **out)
{
    if (x == NULL || x->der == NULL)
        return -1;
    int len = (int)x->der_len;
    if (out == NULL)
        return len;
    if (*out == NULL) {
        *out = OPENSSL_malloc((size_t)len);
        if (*out == NULL)
            return -1;
        memcpy(*out, x->der, (size_t)len);
    } else {
        memcpy(*out, x->der, (size_t)len);
        *out += len;
    }
    return len;
}

MBS_API int i2d_re_X509_tbs(X509 *x, unsigned char **pp)
{
    if (x == NULL || !x->parsed)
        return -1;
    int len = (int)x->crt.tbs.len;
    if (pp == NULL)
        return len;
    if (*pp == NULL) {
        *pp = OPENSSL_malloc((size_t)len);
        if (*pp == NULL)
            return -1;
        memcpy(*pp, x->crt.tbs.p, (size_t)len);
    } else {
        memcpy(*pp, x->crt.tbs.p, (size_t)len);
        *pp += len;
    }
    return len;
}

MBS_API X509 *X509_dup(const X509 *x)
{
    if (x == NULL)
        return NULL;
    if (x->der == NULL)
        return X509_new();
    return mbs_x509_from_der(x->der, x->der_len);
}

MBS_API X509_NAME *X509_get_subject_name(const X509 *a)
{
    return a ? a->subject : NULL;
}

MBS_API X509_NAME *X509_get_issuer_name(const X509 *a)
{
    return a ? a->issuer : NULL;
}

MBS_API ASN1_INTEGER *X509_get_serialNumber(X509 *x)
{
    return x ? x->serial : NULL;
}

MBS_API const ASN1_INTEGER *X509_get0_serialNumber(const X509 *x)
{
    return x ? x->serial : NULL;
}

MBS_API const ASN1_TIME *X509_get0_notBefore(const X509 *x)
{
    return x ? x->not_before : NULL;
}

MBS_API const ASN1_TIME *X509_get0_notAfter(const X509 *x)
{
    return x ? x->not_after : NULL;
}

MBS_API ASN1_TIME *X509_getm_notBefore(const X509 *x)
{
    return x ? x->not_before : NULL;
}

MBS_API ASN1_TIME *X509_getm_notAfter(const X509 *x)
{
    return x ? x->not_after : NULL;
}

MBS_API long X509_get_version(const X509 *x)
{
    if (x == NULL || !x->parsed)
        return 0;
    return x->crt.version - 1;
}

MBS_API EVP_PKEY *X509_get0_pubkey(const X509 *x)
{
    if (x == NULL || !x->parsed)
        return NULL;
    X509 *m = (X509 *)x;
    pthread_mutex_lock(&m->lock);
    if (m->pkey == NULL)
        m->pkey = mbs_pkey_parse_public_der(x->crt.pk_raw.p, x->crt.pk_raw.len);
    pthread_mutex_unlock(&m->lock);
    return m->pkey;
}

MBS_API EVP_PKEY *X509_get_pubkey(X509 *x)
{
    EVP_PKEY *k = X509_get0_pubkey(x);
    if (k != NULL)
        EVP_PKEY_up_ref(k);
    return k;
}

MBS_API int X509_check_private_key(const X509 *x, const EVP_PKEY *k)
{
    EVP_PKEY *pub = X509_get0_pubkey(x);
    if (pub == NULL) {
        ERR_raise(ERR_LIB_X509, X509_R_UNABLE_TO_GET_CERTS_PUBLIC_KEY);
        return 0;
    }
    if (k == NULL || !k->has_private) {
        ERR_raise(ERR_LIB_X509, X509_R_KEY_VALUES_MISMATCH);
        return 0;
    }
    if (pub->type != k->type) {
        ERR_raise(ERR_LIB_X509, X509_R_KEY_TYPE_MISMATCH);
        return 0;
    }
    if (!mbs_psa_init()
        || mbedtls_pk_check_pair(&pub->pk, &k->pk, mbedtls_psa_get_random, MBEDTLS_PSA_RANDOM_STATE) != 0) {
        ERR_raise(ERR_LIB_X509, X509_R_KEY_VALUES_MISMATCH);
        return 0;
    }
    return 1;
}

MBS_API int X509_digest(const X509 *data, const EVP_MD *type, unsigned char *md, unsigned int *len)
{
    if (data == NULL || type == NULL || data->der == NULL)
        return 0;
    const mbedtls_md_info_t *info = mbedtls_md_info_from_type((mbedtls_md_type_t)type->md);
    if (info == NULL || mbedtls_md(info, data->der, data->der_len, md) != 0)
        return 0;
    if (len)
        *len = mbedtls_md_get_size(info);
    return 1;
}

MBS_API int X509_pubkey_digest(const X509 *data, const EVP_MD *type, unsigned char *md, unsigned int *len)
{
    if (data == NULL || type == NULL || !data->parsed)
        return 0;
    /* hash of the subjectPublicKey BIT STRING contents */
    unsigned char *p = data->crt.pk_raw.p, *end = p + data->crt.pk_raw.len;
    size_t l;
    mbedtls_asn1_bitstring bs;
    if (mbedtls_asn1_get_tag(&p, end, &l, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0
        || mbedtls_asn1_get_tag(&p, end, &l, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        return 0;
    p += l;
    if (mbedtls_asn1_get_bitstring(&p, end, &bs) != 0)
        return 0;
    const mbedtls_md_info_t *info = mbedtls_md_info_from_type((mbedtls_md_type_t)type->md);
    if (info == NULL || mbedtls_md(info, bs.p, bs.len, md) != 0)
        return 0;
    if (len)
        *len = mbedtls_md_get_size(info);
    return 1;
}

MBS_API int X509_cmp(const X509 *a, const X509 *b)
{
    if (a == b)
        return 0;
    if (a == NULL || a->der == NULL)
        return -1;
    if (b == NULL || b->der == NULL)
        return 1;
    unsigned char ha[20], hb[20];
    const mbedtls_md_info_t *sha1 = mbedtls_md_info_from_type(MBEDTLS_MD_SHA1);
    if (mbedtls_md(sha1, a->der, a->der_len, ha) != 0 || mbedtls_md(sha1, b->der, b->der_len, hb) != 0)
        return -2;
    int r = memcmp(ha, hb, sizeof(ha));
    if (r == 0 && a->der_len != b->der_len)
        r = a->der_len < b->der_len ? -1 : 1;
    if (r == 0)
        r = memcmp(a->der, b->der, a->der_len);
    return r < 0 ? -1 : r > 0;
}

MBS_API int X509_issuer_name_cmp(const X509 *a, const X509 *b)
{
    return X509_NAME_cmp(a->issuer, b->issuer);
}

MBS_API int X509_subject_name_cmp(const X509 *a, const X509 *b)
{
    return X509_NAME_cmp(a->subject, b->subject);
}

MBS_API unsigned long X509_subject_name_hash(X509 *x)
{
    return X509_NAME_hash_ex(X509_get_subject_name(x), NULL, NULL, NULL);
}

MBS_API unsigned long X509_issuer_name_hash(X509 *x)
{
    return X509_NAME_hash_ex(X509_get_issuer_name(x), NULL, NULL, NULL);
}

MBS_API int X509_set_ex_data(X509 *r, int idx, void *arg)
{
    return CRYPTO_set_ex_data(&r->ex_data, idx, arg);
}

MBS_API void *X509_get_ex_data(const X509 *r, int idx)
{
    return CRYPTO_get_ex_data(&r->ex_data, idx);
}

MBS_API uint32_t X509_get_extension_flags(X509 *x)
{
    return x ? x->ex_flags : 0;
}

MBS_API uint32_t X509_get_key_usage(X509 *x)
{
    if (x == NULL)
        return 0;
    return (x->ex_flags & EXFLAG_KUSAGE) ? x->ex_kusage : UINT32_MAX;
}

MBS_API uint32_t X509_get_extended_key_usage(X509 *x)
{
    if (x == NULL)
        return 0;
    return (x->ex_flags & EXFLAG_XKUSAGE) ? x->ex_xkusage : UINT32_MAX;
}

MBS_API long X509_get_pathlen(X509 *x)
{
    if (x == NULL || !(x->ex_flags & EXFLAG_BCONS))
        return -1;
    return x->ex_pathlen;
}

MBS_API const ASN1_OCTET_STRING *X509_get0_subject_key_id(X509 *x)
{
    return x ? x->skid : NULL;
}

MBS_API const ASN1_OCTET_STRING *X509_get0_authority_key_id(X509 *x)
{
    return x ? x->akid : NULL;
}

/* OpenSSL's X509_check_ca answers: 1 CA by basicConstraints, 3 self-signed v1, 4 keyCertSign without
 * basicConstraints, 0 otherwise. */
MBS_API int X509_check_ca(X509 *x)
{
    if (x == NULL)
        return 0;
    if ((x->ex_flags & EXFLAG_KUSAGE) && !(x->ex_kusage & KU_KEY_CERT_SIGN))
        return 0;
    if (x->ex_flags & EXFLAG_BCONS)
        return (x->ex_flags & EXFLAG_CA) ? 1 : 0;
    if ((x->ex_flags & (EXFLAG_V1 | EXFLAG_SS)) == (EXFLAG_V1 | EXFLAG_SS))
        return 3;
    if (x->ex_flags & EXFLAG_KUSAGE)
        return 4;
    return 0;
}

int mbs_x509_self_issued(const X509 *x)
{
    return x != NULL && x->subject != NULL && mbs_name_cmp(x->subject, x->issuer) == 0;
}

int mbs_x509_likely_issued(const X509 *issuer, const X509 *x)
{
    if (mbs_name_cmp(issuer->subject, x->issuer) != 0)
        return 0;
    if (x->akid != NULL && issuer->skid != NULL && ASN1_OCTET_STRING_cmp(x->akid, issuer->skid) != 0)
        return 0;
    return 1;
}

MBS_API int X509_check_issued(X509 *issuer, X509 *subject)
{
    if (issuer == NULL || subject == NULL)
        return X509_V_ERR_UNSPECIFIED;
    if (mbs_name_cmp(issuer->subject, subject->issuer) != 0)
        return X509_V_ERR_SUBJECT_ISSUER_MISMATCH;
    if (subject->akid != NULL && issuer->skid != NULL && ASN1_OCTET_STRING_cmp(subject->akid, issuer->skid) != 0)
        return X509_V_ERR_AKID_SKID_MISMATCH;
    if ((issuer->ex_flags & EXFLAG_KUSAGE) && !(issuer->ex_kusage & KU_KEY_CERT_SIGN))
        return X509_V_ERR_KEYUSAGE_NO_CERTSIGN;
    return X509_V_OK;
}

MBS_API int X509_self_signed(X509 *cert, int verify_signature)
{
    if (cert == NULL || !cert->parsed)
        return -1;
    if (!(cert->ex_flags & EXFLAG_SS))
        return 0;
    if (!verify_signature)
        return 1;
    return mbs_crt_check_signature(&cert->crt, &cert->crt.pk);
}

MBS_API int X509_verify(X509 *a, EVP_PKEY *r)
{
    if (a == NULL || r == NULL || !a->parsed)
        return -1;
    return mbs_crt_check_signature(&a->crt, &r->pk) ? 1 : 0;
}

MBS_API int X509_get_signature_nid(const X509 *x)
{
    if (x == NULL || !x->parsed)
        return NID_undef;
    ASN1_OBJECT *o = mbs_obj_from_der(x->crt.sig_oid.p, x->crt.sig_oid.len);
    int nid = OBJ_obj2nid(o);
    ASN1_OBJECT_free(o);
    return nid;
}

MBS_API STACK_OF(X509) *X509_chain_up_ref(STACK_OF(X509) *chain)
{
    STACK_OF(X509) *r = sk_X509_dup(chain);
    for (int i = 0; r != NULL && i < sk_X509_num(r); i++)
        X509_up_ref(sk_X509_value(r, i));
    return r;
}

/* ---- printing ---- */

MBS_API int X509_print_ex(BIO *bp, X509 *x, unsigned long nmflags, unsigned long cflag)
{
    (void)cflag;
    if (bp == NULL || x == NULL)
        return 0;
    int ok = 1;
    ok &= mbs_bio_printf(bp, "Certificate:\n    Data:\n        Version: %ld (0x%lx)\n", X509_get_version(x) + 1,
                     X509_get_version(x))
          > 0;
    ok &= mbs_bio_printf(bp, "        Serial Number:\n            ") > 0;
    i2a_ASN1_INTEGER(bp, x->serial);
    ok &= mbs_bio_printf(bp, "\n        Issuer: ") > 0;
    X509_NAME_print_ex(bp, x->issuer, 0, nmflags == 0 ? XN_FLAG_ONELINE : nmflags);
    ok &= mbs_bio_printf(bp, "\n        Validity\n            Not Before: ") > 0;
    ASN1_TIME_print(bp, x->not_before);
    ok &= mbs_bio_printf(bp, "\n            Not After : ") > 0;
    ASN1_TIME_print(bp, x->not_after);
    ok &= mbs_bio_printf(bp, "\n        Subject: ") > 0;
    X509_NAME_print_ex(bp, x->subject, 0, nmflags == 0 ? XN_FLAG_ONELINE : nmflags);
    ok &= mbs_bio_printf(bp, "\n") > 0;
    return ok;
}

MBS_API int X509_print(BIO *bp, X509 *x)
{
    return X509_print_ex(bp, x, XN_FLAG_COMPAT, X509_FLAG_COMPAT);
}

MBS_API int X509_print_fp(FILE *fp, X509 *x)
{
    BIO *b = BIO_new_fp(fp, BIO_NOCLOSE);
    if (b == NULL)
        return 0;
    int r = X509_print(b, x);
    BIO_free(b);
    return r;
}
