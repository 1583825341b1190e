/* X509_NAME and X509_NAME_ENTRY: parsed from DER Names, printed in OpenSSL 3.0's formats
 * (X509_NAME_oneline, X509_NAME_print, X509_NAME_print_ex with the XN_FLAG_* / ASN1_STRFLGS_* options). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <mbedtls/asn1.h>
#include <mbedtls/asn1write.h>
#include <mbedtls/sha1.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/x509.h>

#include "crypto/x509_local.h"

static int tag_width(int type);

MBS_API X509_NAME_ENTRY *X509_NAME_ENTRY_new(void)
{
    return OPENSSL_zalloc(sizeof(X509_NAME_ENTRY));
}

MBS_API void X509_NAME_ENTRY_free(X509_NAME_ENTRY *ne)
{
    if (ne == NULL)
        return;
    ASN1_OBJECT_free(ne->object);
    ASN1_STRING_free(ne->value);
    OPENSSL_free(ne);
}

MBS_API X509_NAME_ENTRY *X509_NAME_ENTRY_dup(const X509_NAME_ENTRY *ne)
{
    X509_NAME_ENTRY *r = X509_NAME_ENTRY_new();
    if (r == NULL)
        return NULL;
    r->object = OBJ_dup(ne->object);
    r->value = ASN1_STRING_dup(ne->value);
    r->set = ne->set;
    if (r->object == NULL || r->value == NULL) {
        X509_NAME_ENTRY_free(r);
        return NULL;
    }
    return r;
}

MBS_API ASN1_OBJECT *X509_NAME_ENTRY_get_object(const X509_NAME_ENTRY *ne)
{
    return ne ? ne->object : NULL;
}

MBS_API ASN1_STRING *X509_NAME_ENTRY_get_data(const X509_NAME_ENTRY *ne)
{
    return ne ? ne->value : NULL;
}

MBS_API int X509_NAME_ENTRY_set(const X509_NAME_ENTRY *ne)
{
    return ne->set;
}

MBS_API X509_NAME *X509_NAME_new(void)
{
    X509_NAME *n = OPENSSL_zalloc(sizeof(*n));
    if (n == NULL)
        return NULL;
    n->entries = sk_X509_NAME_ENTRY_new_null();
    if (n->entries == NULL) {
        OPENSSL_free(n);
        return NULL;
    }
    return n;
}

MBS_API void X509_NAME_free(X509_NAME *a)
{
    if (a == NULL)
        return;
    sk_X509_NAME_ENTRY_pop_free(a->entries, X509_NAME_ENTRY_free);
    OPENSSL_free(a->der);
    OPENSSL_free(a->canon);
    OPENSSL_free(a);
}

/* Comparison form: per entry its RDN index, OID and value, where character strings become UTF-8 with
 * ASCII lowercased, leading/trailing spaces dropped and inner runs of spaces folded, as OpenSSL's
 * canonical encoding does, so names differing only that way compare equal. */
static int name_canon(X509_NAME *n)
{
    size_t cap = 64, len = 0;
    unsigned char *c = OPENSSL_malloc(cap);
    if (c == NULL)
        return 0;
    for (int i = 0; i < sk_X509_NAME_ENTRY_num(n->entries); i++) {
        X509_NAME_ENTRY *e = sk_X509_NAME_ENTRY_value(n->entries, i);
        unsigned char *u = NULL;
        int ul = mbs_asn1_string_utf8(e->value, &u);
        int canon = ul >= 0;
        if (!canon) {
            ul = e->value->length;
            u = OPENSSL_malloc((size_t)ul + 1);
            if (u == NULL)
                goto err;
            memcpy(u, e->value->data, (size_t)ul);
        }
        size_t need = len + 16 + e->object->len + (size_t)ul;
        if (need > cap) {
            unsigned char *g = OPENSSL_realloc(c, need * 2);
            if (g == NULL) {
                OPENSSL_free(u);
                goto err;
            }
            c = g;
            cap = need * 2;
        }
        c[len++] = (unsigned char)(e->set >> 8);
        c[len++] = (unsigned char)e->set;
        c[len++] = (unsigned char)e->object->len;
        memcpy(c + len, e->object->der, e->object->len);
        len += e->object->len;
        c[len++] = canon ? 0 : (unsigned char)e->value->type;
        size_t lenpos = len;
        len += 4;
        size_t start = len;
        if (canon) {
            int a = 0, b = ul;
            while (a < b && isspace(u[a]))
                a++;
            while (b > a && isspace(u[b - 1]))
                b--;
            for (int k = a; k < b; k++) {
                if (isspace(u[k])) {
                    while (k + 1 < b && isspace(u[k + 1]))
                        k++;
                    c[len++] = ' ';
                } else {
                    c[len++] = (u[k] < 0x80) ? (unsigned char)tolower(u[k]) : u[k];
                }
            }
        } else {
            memcpy(c + len, u, (size_t)ul);
            len += (size_t)ul;
        }
        size_t vl = len - start;
        c[lenpos] = (unsigned char)(vl >> 24);
        c[lenpos + 1] = (unsigned char)(vl >> 16);
        c[lenpos + 2] = (unsigned char)(vl >> 8);
        c[lenpos + 3] = (unsigned char)vl;
        OPENSSL_free(u);
    }
    OPENSSL_free(n->canon);
    n->canon = c;
    n->canon_len = len;
    return 1;
err:
    OPENSSL_free(c);
    return 0;
}

/* DER of the whole Name from the entries (used after X509_NAME_add_entry*). */
static int name_encode(X509_NAME *n)
{
    int cnt = sk_X509_NAME_ENTRY_num(n->entries);
    size_t cap = 64;
    for (int i = 0; i < cnt; i++) {
        X509_NAME_ENTRY *e = sk_X509_NAME_ENTRY_value(n->entries, i);
        cap += e->object->len + (size_t)e->value->length + 32;
    }
    unsigned char *buf = OPENSSL_malloc(cap);
    if (buf == NULL)
        return 0;
    unsigned char *p = buf + cap;
    int total = 0, ret;
    /* written backwards, one RDN (SET) at a time */
    int i = cnt - 1;
    while (i >= 0) {
        int set = sk_X509_NAME_ENTRY_value(n->entries, i)->set, setlen = 0;
        for (; i >= 0 && sk_X509_NAME_ENTRY_value(n->entries, i)->set == set; i--) {
            X509_NAME_ENTRY *e = sk_X509_NAME_ENTRY_value(n->entries, i);
            int l = 0;
            if ((ret = mbedtls_asn1_write_raw_buffer(&p, buf, e->value->data, (size_t)e->value->length)) < 0)
                goto err;
            l += ret;
            if ((ret = mbedtls_asn1_write_len(&p, buf, (size_t)e->value->length)) < 0)
                goto err;
            l += ret;
            int tag = e->value->type & ~V_ASN1_NEG;
            if ((ret = mbedtls_asn1_write_tag(&p, buf, (unsigned char)tag)) < 0)
                goto err;
            l += ret;
            if ((ret = mbedtls_asn1_write_oid(&p, buf, (const char *)e->object->der, e->object->len)) < 0)
                goto err;
            l += ret;
            if ((ret = mbedtls_asn1_write_len(&p, buf, (size_t)l)) < 0)
                goto err;
            l += ret;
            if ((ret = mbedtls_asn1_write_tag(&p, buf, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE)) < 0)
                goto err;
            l += ret;
            setlen += l;
        }
        if ((ret = mbedtls_asn1_write_len(&p, buf, (size_t)setlen)) < 0)
            goto err;
        setlen += ret;
        if ((ret = mbedtls_asn1_write_tag(&p, buf, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SET)) < 0)
            goto err;
        total += setlen + ret;
    }
    if ((ret = mbedtls_asn1_write_len(&p, buf, (size_t)total)) < 0)
        goto err;
    total += ret;
    if ((ret = mbedtls_asn1_write_tag(&p, buf, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE)) < 0)
        goto err;
    total += ret;
    memmove(buf, p, (size_t)total);
    OPENSSL_free(n->der);
    n->der = buf;
    n->der_len = (size_t)total;
    return name_canon(n);
err:
    OPENSSL_free(buf);
    return 0;
}

X509_NAME *mbs_name_from_der(const unsigned char *der, size_t der_len)
{
    unsigned char *p = (unsigned char *)der, *end = p + der_len, *seq_end;
    size_t len;
    X509_NAME *n = X509_NAME_new();
    if (n == NULL)
        return NULL;
    if (mbedtls_asn1_get_tag(&p, end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
        goto err;
    seq_end = p + len;
    int set = 0;
    while (p < seq_end) {
        if (mbedtls_asn1_get_tag(&p, seq_end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SET) != 0)
            goto err;
        unsigned char *set_end = p + len;
        while (p < set_end) {
            if (mbedtls_asn1_get_tag(&p, set_end, &len, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE) != 0)
                goto err;
            unsigned char *atv_end = p + len;
            if (mbedtls_asn1_get_tag(&p, atv_end, &len, MBEDTLS_ASN1_OID) != 0)
                goto err;
            X509_NAME_ENTRY *e = X509_NAME_ENTRY_new();
            if (e == NULL)
                goto err;
            e->object = mbs_obj_from_der(p, len);
            p += len;
            if (p >= atv_end) {
                X509_NAME_ENTRY_free(e);
                goto err;
            }
            int tag = *p++;
            if (mbedtls_asn1_get_len(&p, atv_end, &len) != 0 || p + len != atv_end) {
                X509_NAME_ENTRY_free(e);
                goto err;
            }
            e->value = mbs_asn1_string_new_data(tag & 0x1f, p, len);
            e->set = set;
            p += len;
            if (e->object == NULL || e->value == NULL || !sk_X509_NAME_ENTRY_push(n->entries, e)) {
                X509_NAME_ENTRY_free(e);
                goto err;
            }
        }
        set++;
    }
    n->der = OPENSSL_malloc(der_len ? der_len : 1);
    if (n->der == NULL)
        goto err;
    n->der_len = (size_t)(seq_end - der);
    memcpy(n->der, der, n->der_len);
    if (!name_canon(n))
        goto err;
    return n;
err:
    X509_NAME_free(n);
    return NULL;
}

MBS_API X509_NAME *d2i_X509_NAME(X509_NAME **a, const unsigned char **pp, long length)
{
    if (pp == NULL || *pp == NULL || length <= 0)
        return NULL;
    X509_NAME *n = mbs_name_from_der(*pp, (size_t)length);
    if (n == NULL) {
        ERR_raise(ERR_LIB_ASN1, ERR_R_NESTED_ASN1_ERROR);
        return NULL;
    }
    *pp += n->der_len;
    if (a != NULL) {
        X509_NAME_free(*a);
        *a = n;
    }
    return n;
}

MBS_API int i2d_X509_NAME(const X509_NAME *a, unsigned char **out)
{
    if (a == NULL)
        return -1;
    if (a->der == NULL && !name_encode((X509_NAME *)a))
        return -1;
    int len = (int)a->der_len;
    if (out == NULL)
        return len;
    if (*out == NULL) {
        *out = OPENSSL_malloc((size_t)len);
        if (*out == NULL)
            return -1;
        memcpy(*out, a->der, (size_t)len);
    } else {
        memcpy(*out, a->der, (size_t)len);
        *out += len;
    }
    return len;
}

MBS_API int X509_NAME_get0_der(const X509_NAME *nm, const unsigned char **pder, size_t *pderlen)
{
    if (nm->der == NULL && !name_encode((X509_NAME *)nm))
        return 0;
    if (pder)
        *pder = nm->der;
    if (pderlen)
        *pderlen = nm->der_len;
    return 1;
}

MBS_API X509_NAME *X509_NAME_dup(const X509_NAME *xn)
{
    if (xn == NULL)
        return NULL;
    if (xn->der == NULL && !name_encode((X509_NAME *)xn))
        return NULL;
    return mbs_name_from_der(xn->der, xn->der_len);
}

MBS_API int X509_NAME_entry_count(const X509_NAME *name)
{
    return name ? sk_X509_NAME_ENTRY_num(name->entries) : 0;
}

MBS_API X509_NAME_ENTRY *X509_NAME_get_entry(const X509_NAME *name, int loc)
{
    if (name == NULL || loc < 0 || loc >= sk_X509_NAME_ENTRY_num(name->entries))
        return NULL;
    return sk_X509_NAME_ENTRY_value(name->entries, loc);
}

MBS_API int X509_NAME_get_index_by_OBJ(const X509_NAME *name, const ASN1_OBJECT *obj, int lastpos)
{
    if (name == NULL)
        return -1;
    if (lastpos < 0)
        lastpos = -1;
    int n = sk_X509_NAME_ENTRY_num(name->entries);
    for (lastpos++; lastpos < n; lastpos++)
        if (OBJ_cmp(sk_X509_NAME_ENTRY_value(name->entries, lastpos)->object, obj) == 0)
            return lastpos;
    return -1;
}

MBS_API int X509_NAME_get_index_by_NID(const X509_NAME *name, int nid, int lastpos)
{
    ASN1_OBJECT *obj = OBJ_nid2obj(nid);
    if (obj == NULL)
        return -2;
    return X509_NAME_get_index_by_OBJ(name, obj, lastpos);
}

MBS_API int X509_NAME_get_text_by_OBJ(const X509_NAME *name, const ASN1_OBJECT *obj, char *buf, int len)
{
    int i = X509_NAME_get_index_by_OBJ(name, obj, -1);
    if (i < 0)
        return -1;
    const ASN1_STRING *data = sk_X509_NAME_ENTRY_value(name->entries, i)->value;
    if (buf == NULL)
        return data->length;
    if (len <= 0)
        return 0;
    int n = data->length > len - 1 ? len - 1 : data->length;
    memcpy(buf, data->data, (size_t)n);
    buf[n] = '\0';
    return n;
}

MBS_API int X509_NAME_get_text_by_NID(const X509_NAME *name, int nid, char *buf, int len)
{
    ASN1_OBJECT *obj = OBJ_nid2obj(nid);
    if (obj == NULL)
        return -1;
    return X509_NAME_get_text_by_OBJ(name, obj, buf, len);
}

MBS_API X509_NAME_ENTRY *X509_NAME_delete_entry(X509_NAME *name, int loc)
{
    if (name == NULL || loc < 0 || loc >= sk_X509_NAME_ENTRY_num(name->entries))
        return NULL;
    int n = sk_X509_NAME_ENTRY_num(name->entries);
    X509_NAME_ENTRY *ret = sk_X509_NAME_ENTRY_delete(name->entries, loc);
    n--;
    if (loc < n) {
        int set_prev = loc == 0 ? ret->set - 1 : sk_X509_NAME_ENTRY_value(name->entries, loc - 1)->set;
        /* the removed entry was alone in its RDN: later RDN indexes shift down */
        if (set_prev + 1 < sk_X509_NAME_ENTRY_value(name->entries, loc)->set)
            for (int i = loc; i < n; i++)
                sk_X509_NAME_ENTRY_value(name->entries, i)->set--;
    }
    OPENSSL_free(name->der);
    name->der = NULL;
    name_encode(name);
    return ret;
}

MBS_API int X509_NAME_add_entry(X509_NAME *name, const X509_NAME_ENTRY *ne, int loc, int set)
{
    if (name == NULL || ne == NULL)
        return 0;
    int n = sk_X509_NAME_ENTRY_num(name->entries);
    if (loc > n || loc < 0)
        loc = n;
    /* set -1: join the RDN before loc; otherwise a new RDN at the end, or the RDN at loc, which set 0
     * pushes (with everything after it) one RDN further */
    int inc = set == 0;
    if (set == -1) {
        if (loc == 0) {
            set = 0;
            inc = 1;
        } else {
            set = sk_X509_NAME_ENTRY_value(name->entries, loc - 1)->set;
        }
    } else if (loc >= n) {
        set = loc != 0 ? sk_X509_NAME_ENTRY_value(name->entries, loc - 1)->set + 1 : 0;
    } else {
        set = sk_X509_NAME_ENTRY_value(name->entries, loc)->set;
    }
    X509_NAME_ENTRY *e = X509_NAME_ENTRY_dup(ne);
    if (e == NULL)
        return 0;
    e->set = set;
    if (!sk_X509_NAME_ENTRY_insert(name->entries, e, loc)) {
        X509_NAME_ENTRY_free(e);
        return 0;
    }
    if (inc)
        for (int i = loc + 1; i < n + 1; i++)
            sk_X509_NAME_ENTRY_value(name->entries, i)->set++;
    OPENSSL_free(name->der);
    name->der = NULL;
    return name_encode(name);
}

/* MBSTRING_* input to the string type OpenSSL 3.0 picks per attribute: PrintableString for C,
 * serialNumber and dnQualifier, IA5String for emailAddress and DC, UTF8String otherwise. */
static ASN1_STRING *make_value(int nid, int type, const unsigned char *bytes, int len)
{
    if (len < 0)
        len = (int)strlen((const char *)bytes);
    if (!(type & MBSTRING_FLAG))
        return mbs_asn1_string_new_data(type, bytes, (size_t)len);
    /* input to UTF-8 */
    unsigned char *u = NULL;
    ASN1_STRING in = {0};
    in.data = (unsigned char *)bytes;
    in.length = len;
    in.type = type == MBSTRING_UTF8 ? V_ASN1_UTF8STRING
              : type == MBSTRING_BMP ? V_ASN1_BMPSTRING
              : type == MBSTRING_UNIV ? V_ASN1_UNIVERSALSTRING
                                      : V_ASN1_T61STRING; /* Latin-1 bytes */
    int ul = mbs_asn1_string_utf8(&in, &u);
    if (ul < 0)
        return NULL;
    int out = V_ASN1_UTF8STRING, ascii = 1;
    for (int i = 0; i < ul; i++)
        if (u[i] >= 0x80)
            ascii = 0;
    if (ascii && (nid == NID_countryName || nid == NID_serialNumber || nid == NID_dnQualifier))
        out = V_ASN1_PRINTABLESTRING;
    else if (ascii && (nid == NID_pkcs9_emailAddress || nid == NID_domainComponent))
        out = V_ASN1_IA5STRING;
    ASN1_STRING *r = mbs_asn1_string_new_data(out, u, (size_t)ul);
    OPENSSL_free(u);
    return r;
}

MBS_API int X509_NAME_add_entry_by_OBJ(X509_NAME *name, const ASN1_OBJECT *obj, int type,
                                       const unsigned char *bytes, int len, int loc, int set)
{
    if (obj == NULL || bytes == NULL)
        return 0;
    X509_NAME_ENTRY e = {0};
    e.object = (ASN1_OBJECT *)obj;
    e.value = make_value(OBJ_obj2nid(obj), type, bytes, len);
    if (e.value == NULL)
        return 0;
    int r = X509_NAME_add_entry(name, &e, loc, set);
    ASN1_STRING_free(e.value);
    return r;
}

MBS_API int X509_NAME_add_entry_by_NID(X509_NAME *name, int nid, int type, const unsigned char *bytes,
                                       int len, int loc, int set)
{
    ASN1_OBJECT *obj = OBJ_nid2obj(nid);
    if (obj == NULL)
        return 0;
    return X509_NAME_add_entry_by_OBJ(name, obj, type, bytes, len, loc, set);
}

MBS_API int X509_NAME_add_entry_by_txt(X509_NAME *name, const char *field, int type,
                                       const unsigned char *bytes, int len, int loc, int set)
{
    ASN1_OBJECT *obj = OBJ_txt2obj(field, 0);
    if (obj == NULL) {
        ERR_raise_data(ERR_LIB_X509, X509_R_INVALID_FIELD_NAME, "name=%s", field);
        return 0;
    }
    int r = X509_NAME_add_entry_by_OBJ(name, obj, type, bytes, len, loc, set);
    ASN1_OBJECT_free(obj);
    return r;
}

int mbs_name_cmp(const X509_NAME *a, const X509_NAME *b)
{
    if (a == b)
        return 0;
    if (a == NULL)
        return -1;
    if (b == NULL)
        return 1;
    if (a->canon_len != b->canon_len)
        return a->canon_len < b->canon_len ? -1 : 1;
    if (a->canon_len == 0)
        return 0;
    return memcmp(a->canon, b->canon, a->canon_len);
}

MBS_API int X509_NAME_cmp(const X509_NAME *a, const X509_NAME *b)
{
    return mbs_name_cmp(a, b);
}

/* DER length octets into out; returns their count. */
static size_t der_len(unsigned char *out, size_t l)
{
    if (l < 0x80) {
        out[0] = (unsigned char)l;
        return 1;
    }
    int nb = l > 0xffffff ? 4 : l > 0xffff ? 3 : l > 0xff ? 2 : 1;
    out[0] = (unsigned char)(0x80 | nb);
    for (int k = 0; k < nb; k++)
        out[1 + k] = (unsigned char)(l >> (8 * (nb - 1 - k)));
    return (size_t)nb + 1;
}

/* OpenSSL's name hash: SHA-1 over the RDN SETs (no outer SEQUENCE) where character strings are
 * re-encoded as UTF8String with ASCII lowercased and spaces trimmed/folded; first 4 bytes, little endian. */
MBS_API unsigned long X509_NAME_hash_ex(const X509_NAME *x, OSSL_LIB_CTX *libctx, const char *propq, int *ok)
{
    (void)libctx;
    (void)propq;
    if (ok)
        *ok = 0;
    if (x == NULL)
        return 0;
    int cnt = sk_X509_NAME_ENTRY_num(x->entries);
    /* each entry encoded separately: SEQUENCE { OID, value } */
    unsigned char **enc = OPENSSL_zalloc(sizeof(*enc) * (size_t)(cnt + 1));
    size_t *enclen = OPENSSL_zalloc(sizeof(*enclen) * (size_t)(cnt + 1));
    unsigned char *all = NULL;
    unsigned long ret = 0;
    if (enc == NULL || enclen == NULL)
        goto end;
    size_t total = 0;
    for (int i = 0; i < cnt; i++) {
        const X509_NAME_ENTRY *e = sk_X509_NAME_ENTRY_value(x->entries, i);
        unsigned char *u = NULL;
        int ul = -1, tag = e->value->type;
        if (tag_width(tag) >= 0)
            ul = mbs_asn1_string_utf8(e->value, &u);
        unsigned char *v;
        size_t vl = 0;
        if (ul >= 0) {
            tag = V_ASN1_UTF8STRING;
            v = OPENSSL_malloc((size_t)ul + 1);
            if (v == NULL) {
                OPENSSL_free(u);
                goto end;
            }
            int a = 0, b = ul;
            while (a < b && isspace(u[a]))
                a++;
            while (b > a && isspace(u[b - 1]))
                b--;
            for (int k = a; k < b; k++) {
                if (isspace(u[k])) {
                    while (k + 1 < b && isspace(u[k + 1]))
                        k++;
                    v[vl++] = ' ';
                } else {
                    v[vl++] = u[k] < 0x80 ? (unsigned char)tolower(u[k]) : u[k];
                }
            }
            OPENSSL_free(u);
        } else {
            vl = (size_t)e->value->length;
            v = OPENSSL_malloc(vl + 1);
            if (v == NULL)
                goto end;
            memcpy(v, e->value->data, vl);
        }
        size_t inner = 1 + 6 + e->object->len + 1 + 6 + vl;
        unsigned char *b = OPENSSL_malloc(inner + 8);
        if (b == NULL) {
            OPENSSL_free(v);
            goto end;
        }
        size_t k = 8; /* room for the SEQUENCE header */
        b[k++] = 0x06;
        k += der_len(b + k, e->object->len);
        memcpy(b + k, e->object->der, e->object->len);
        k += e->object->len;
        b[k++] = (unsigned char)tag;
        k += der_len(b + k, vl);
        memcpy(b + k, v, vl);
        k += vl;
        OPENSSL_free(v);
        unsigned char hdr[8];
        size_t hl = 1 + der_len(hdr + 1, k - 8);
        hdr[0] = 0x30;
        memcpy(b + 8 - hl, hdr, hl);
        memmove(b, b + 8 - hl, k - (8 - hl));
        enc[i] = b;
        enclen[i] = k - (8 - hl);
        total += enclen[i] + 8;
    }
    all = OPENSSL_malloc(total + 1);
    if (all == NULL)
        goto end;
    size_t pos = 0;
    for (int i = 0; i < cnt;) {
        int set = sk_X509_NAME_ENTRY_value(x->entries, i)->set, j = i;
        size_t sl = 0;
        while (j < cnt && sk_X509_NAME_ENTRY_value(x->entries, j)->set == set)
            sl += enclen[j++];
        all[pos++] = 0x31;
        pos += der_len(all + pos, sl);
        for (; i < j; i++) {
            memcpy(all + pos, enc[i], enclen[i]);
            pos += enclen[i];
        }
    }
    unsigned char md[20];
    if (mbedtls_sha1(all, pos, md) != 0)
        goto end;
    ret = ((unsigned long)md[0] | ((unsigned long)md[1] << 8) | ((unsigned long)md[2] << 16)
           | ((unsigned long)md[3] << 24)) & 0xffffffffUL;
    if (ok)
        *ok = 1;
end:
    for (int i = 0; enc && i < cnt; i++)
        OPENSSL_free(enc[i]);
    OPENSSL_free(enc);
    OPENSSL_free(enclen);
    OPENSSL_free(all);
    return ret;
}


/* ---- printing ---- */

/* Escaping classes of ASCII characters for name printing (bit values are the ASN1_STRFLGS_* they react
 * to: 1 ESC_2253, 2 ESC_CTRL, 8 quotable, 0x20 first-position 2253, 0x40 last-position 2253, 0x400
 * ESC_2254), as observed from OpenSSL 3.0's output. */
static const unsigned short char_class[128] = {
    0x402, 0x2,   0x2,   0x2,   0x2, 0x2, 0x2, 0x2,   0x2, 0x2, 0x2, 0x2, 0x2,   0x2,   0x2,   0x2,
    0x2,   0x2,   0x2,   0x2,   0x2, 0x2, 0x2, 0x2,   0x2, 0x2, 0x2, 0x2, 0x2,   0x2,   0x2,   0x2,
    0x68,  0x0,   0x1,   0x28,  0x0, 0x0, 0x0, 0x0,   0x400, 0x400, 0x400, 0x9, 0x9, 0x0, 0x0, 0x0,
    0x0,   0x0,   0x0,   0x0,   0x0, 0x0, 0x0, 0x0,   0x0, 0x0, 0x0, 0x9, 0x9,   0x0,   0x9,   0x0,
    0x0,   0x0,   0x0,   0x0,   0x0, 0x0, 0x0, 0x0,   0x0, 0x0, 0x0, 0x0, 0x0,   0x0,   0x0,   0x0,
    0x0,   0x0,   0x0,   0x0,   0x0, 0x0, 0x0, 0x0,   0x0, 0x0, 0x0, 0x0, 0x401, 0x0,   0x0,   0x0,
    0x0,   0x0,   0x0,   0x0,   0x0, 0x0, 0x0, 0x0,   0x0, 0x0, 0x0, 0x0, 0x0,   0x0,   0x0,   0x0,
    0x0,   0x0,   0x0,   0x0,   0x0, 0x0, 0x0, 0x0,   0x0, 0x0, 0x0, 0x0, 0x0,   0x0,   0x0,   0x2,
};

#define CLS_FIRST 0x20
#define CLS_LAST 0x40
#define CLS_BACKSLASH (ASN1_STRFLGS_ESC_2253 | CLS_FIRST | CLS_LAST)
#define ESC_ANY \
    (ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_2254 | ASN1_STRFLGS_ESC_QUOTE | ASN1_STRFLGS_ESC_CTRL \
     | ASN1_STRFLGS_ESC_MSB)

/* Output sink: counts when out is NULL. */
struct sink {
    BIO *bio;
    long n;
    int fail;
};

static void put(struct sink *s, const void *p, size_t n)
{
    if (n == 0)
        return;
    if (s->bio != NULL && BIO_write(s->bio, p, (int)n) != (int)n)
        s->fail = 1;
    s->n += (long)n;
}

static void put_char(struct sink *s, unsigned long c, unsigned long flags, int *quotes)
{
    char tmp[24];
    if (c > 0xffff) {
        snprintf(tmp, sizeof(tmp), "\\W%08lX", c & 0xffffffffUL);
        put(s, tmp, 10);
        return;
    }
    if (c > 0xff) {
        snprintf(tmp, sizeof(tmp), "\\U%04lX", c);
        put(s, tmp, 6);
        return;
    }
    unsigned char ch = (unsigned char)c;
    unsigned long cls = ch > 0x7f ? (flags & ASN1_STRFLGS_ESC_MSB) : (char_class[ch] & flags);
    if (cls & CLS_BACKSLASH) {
        if (cls & ASN1_STRFLGS_ESC_QUOTE) {
            if (quotes)
                *quotes = 1;
            put(s, &ch, 1);
            return;
        }
        put(s, "\\", 1);
        put(s, &ch, 1);
        return;
    }
    if (cls & (ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_ESC_MSB | ASN1_STRFLGS_ESC_2254)) {
        snprintf(tmp, sizeof(tmp), "\\%02X", ch);
        put(s, tmp, 3);
        return;
    }
    if (ch == '\\' && (flags & ESC_ANY)) {
        put(s, "\\\\", 2);
        return;
    }
    put(s, &ch, 1);
}

/* width: 1, 2, 4 bytes per char, 0 = UTF-8 decode; to_utf8: re-encode each char as UTF-8 bytes. */
static int print_chars(struct sink *s, const unsigned char *p, size_t len, int width, int to_utf8,
                       unsigned long flags, int *quotes)
{
    if ((width == 4 && (len & 3)) || (width == 2 && (len & 1)))
        return -1;
    const unsigned char *q = p + len, *start = p;
    while (p < q) {
        unsigned long extra = (p == start && (flags & ASN1_STRFLGS_ESC_2253)) ? CLS_FIRST : 0;
        unsigned long c;
        if (width == 4) {
            c = ((unsigned long)p[0] << 24) | ((unsigned long)p[1] << 16) | ((unsigned long)p[2] << 8) | p[3];
            p += 4;
        } else if (width == 2) {
            c = ((unsigned long)p[0] << 8) | p[1];
            p += 2;
        } else if (width == 1) {
            c = *p++;
        } else {
            /* UTF-8 decode */
            unsigned char b = *p;
            int n = b < 0x80 ? 1 : (b & 0xe0) == 0xc0 ? 2 : (b & 0xf0) == 0xe0 ? 3 : (b & 0xf8) == 0xf0 ? 4 : -1;
            if (n < 0 || p + n > q)
                return -1;
            c = n == 1 ? b : (unsigned long)(b & (0x7f >> n));
            for (int k = 1; k < n; k++) {
                if ((p[k] & 0xc0) != 0x80)
                    return -1;
                c = (c << 6) | (p[k] & 0x3f);
            }
            p += n;
        }
        if (p == q && (flags & ASN1_STRFLGS_ESC_2253))
            extra = CLS_LAST;
        if (to_utf8) {
            unsigned char u[4];
            int ul;
            if (c < 0x80) {
                u[0] = (unsigned char)c;
                ul = 1;
            } else if (c < 0x800) {
                u[0] = (unsigned char)(0xc0 | (c >> 6));
                u[1] = (unsigned char)(0x80 | (c & 0x3f));
                ul = 2;
            } else if (c < 0x10000) {
                u[0] = (unsigned char)(0xe0 | (c >> 12));
                u[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
                u[2] = (unsigned char)(0x80 | (c & 0x3f));
                ul = 3;
            } else {
                u[0] = (unsigned char)(0xf0 | (c >> 18));
                u[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
                u[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
                u[3] = (unsigned char)(0x80 | (c & 0x3f));
                ul = 4;
            }
            for (int k = 0; k < ul; k++)
                put_char(s, u[k], flags | extra, quotes);
        } else {
            put_char(s, c, flags | extra, quotes);
        }
    }
    return 0;
}

static int tag_width(int type)
{
    switch (type) {
    case V_ASN1_UTF8STRING:
        return 0;
    case V_ASN1_NUMERICSTRING:
    case V_ASN1_PRINTABLESTRING:
    case V_ASN1_T61STRING:
    case V_ASN1_IA5STRING:
    case V_ASN1_UTCTIME:
    case V_ASN1_GENERALIZEDTIME:
    case V_ASN1_VISIBLESTRING:
        return 1;
    case V_ASN1_UNIVERSALSTRING:
        return 4;
    case V_ASN1_BMPSTRING:
        return 2;
    default:
        return -1;
    }
}

static void dump_hex(struct sink *s, const unsigned char *p, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        char b[2] = {hex[p[i] >> 4], hex[p[i] & 15]};
        put(s, b, 2);
    }
}

static int print_value(struct sink *s, const ASN1_STRING *str, unsigned long flags)
{
    int type = str->type;
    int width;
    if (flags & ASN1_STRFLGS_SHOW_TYPE) {
        const char *tn = ASN1_tag2str(type);
        put(s, tn, strlen(tn));
        put(s, ":", 1);
    }
    if (flags & ASN1_STRFLGS_DUMP_ALL)
        width = -1;
    else if (flags & ASN1_STRFLGS_IGNORE_TYPE)
        width = 1;
    else {
        width = (type > 0 && type < 31) ? tag_width(type) : -1;
        if (width == -1 && !(flags & ASN1_STRFLGS_DUMP_UNKNOWN))
            width = 1;
    }
    if (width == -1) {
        put(s, "#", 1);
        if (!(flags & ASN1_STRFLGS_DUMP_DER)) {
            dump_hex(s, str->data, (size_t)str->length);
            return 0;
        }
        /* DER of the value as an ANY */
        unsigned char hdr[8];
        size_t hl = 0, l = (size_t)str->length;
        hdr[hl++] = (unsigned char)(type == V_ASN1_NEG_INTEGER ? V_ASN1_INTEGER : type);
        if (l < 0x80) {
            hdr[hl++] = (unsigned char)l;
        } else {
            int nb = l > 0xffffff ? 4 : l > 0xffff ? 3 : l > 0xff ? 2 : 1;
            hdr[hl++] = (unsigned char)(0x80 | nb);
            for (int k = nb - 1; k >= 0; k--)
                hdr[hl++] = (unsigned char)(l >> (8 * k));
        }
        dump_hex(s, hdr, hl);
        dump_hex(s, str->data, l);
        return 0;
    }
    int to_utf8 = 0;
    if (flags & ASN1_STRFLGS_UTF8_CONVERT) {
        if (width == 0)
            width = 1; /* already UTF-8: pass bytes through */
        else
            to_utf8 = 1;
    }
    int quotes = 0;
    struct sink count = {NULL, 0, 0};
    if (print_chars(&count, str->data, (size_t)str->length, width, to_utf8, flags, &quotes) < 0)
        return -1;
    if (quotes)
        put(s, "\"", 1);
    print_chars(s, str->data, (size_t)str->length, width, to_utf8, flags, NULL);
    if (quotes)
        put(s, "\"", 1);
    return 0;
}

static void put_indent(struct sink *s, int indent)
{
    for (int i = 0; i < indent; i++)
        put(s, " ", 1);
}

static int name_print_ex(struct sink *s, const X509_NAME *n, int indent, unsigned long flags)
{
    const char *sep_dn, *sep_mv, *sep_eq;
    int sep_dn_len, sep_mv_len, sep_eq_len;
    if (indent < 0)
        indent = 0;
    put_indent(s, indent);
    switch (flags & XN_FLAG_SEP_MASK) {
    case XN_FLAG_SEP_MULTILINE:
        sep_dn = "\n";
        sep_dn_len = 1;
        sep_mv = " + ";
        sep_mv_len = 3;
        break;
    case XN_FLAG_SEP_COMMA_PLUS:
        sep_dn = ",";
        sep_dn_len = 1;
        sep_mv = "+";
        sep_mv_len = 1;
        indent = 0;
        break;
    case XN_FLAG_SEP_CPLUS_SPC:
        sep_dn = ", ";
        sep_dn_len = 2;
        sep_mv = " + ";
        sep_mv_len = 3;
        indent = 0;
        break;
    case XN_FLAG_SEP_SPLUS_SPC:
        sep_dn = "; ";
        sep_dn_len = 2;
        sep_mv = " + ";
        sep_mv_len = 3;
        indent = 0;
        break;
    default:
        return -1;
    }
    if (flags & XN_FLAG_SPC_EQ) {
        sep_eq = " = ";
        sep_eq_len = 3;
    } else {
        sep_eq = "=";
        sep_eq_len = 1;
    }
    unsigned long fn_opt = flags & XN_FLAG_FN_MASK;
    int cnt = X509_NAME_entry_count(n), prev = -1;
    for (int i = 0; i < cnt; i++) {
        const X509_NAME_ENTRY *e = X509_NAME_get_entry(n, (flags & XN_FLAG_DN_REV) ? cnt - i - 1 : i);
        if (prev != -1) {
            if (prev == e->set) {
                put(s, sep_mv, (size_t)sep_mv_len);
            } else {
                put(s, sep_dn, (size_t)sep_dn_len);
                put_indent(s, indent);
            }
        }
        prev = e->set;
        int nid = OBJ_obj2nid(e->object);
        if (fn_opt != XN_FLAG_FN_NONE) {
            char oidbuf[80];
            const char *fname;
            int width;
            if (fn_opt == XN_FLAG_FN_OID || nid == NID_undef) {
                OBJ_obj2txt(oidbuf, sizeof(oidbuf), e->object, 1);
                fname = oidbuf;
                width = 0;
            } else if (fn_opt == XN_FLAG_FN_SN) {
                fname = OBJ_nid2sn(nid);
                width = 10;
            } else if (fn_opt == XN_FLAG_FN_LN) {
                fname = OBJ_nid2ln(nid);
                width = 25;
            } else {
                fname = "";
                width = 0;
            }
            int flen = (int)strlen(fname);
            put(s, fname, (size_t)flen);
            if (flen < width && (flags & XN_FLAG_FN_ALIGN))
                put_indent(s, width - flen);
            put(s, sep_eq, (size_t)sep_eq_len);
        }
        unsigned long vflags = flags;
        if (nid == NID_undef && (flags & XN_FLAG_DUMP_UNKNOWN_FIELDS))
            vflags |= ASN1_STRFLGS_DUMP_ALL;
        if (print_value(s, e->value, vflags) < 0)
            return -1;
    }
    return 0;
}

/* XN_FLAG_COMPAT output: the oneline form with "/" turned into ", " before each "XX=" field. */
static int name_print_compat(BIO *bp, const X509_NAME *name)
{
    char *b = X509_NAME_oneline(name, NULL, 0);
    if (b == NULL)
        return 0;
    if (*b == '\0') {
        OPENSSL_free(b);
        return 1;
    }
    char *s = b + 1, *c = s;
    int ok = 1;
    for (;;) {
        if (*s == '\0'
            || (*s == '/' && isupper((unsigned char)s[1])
                && (s[2] == '=' || (isupper((unsigned char)s[2]) && s[3] == '=')))) {
            int i = (int)(s - c);
            if (i > 0 && BIO_write(bp, c, i) != i)
                ok = 0;
            c = s + 1;
            if (*s != '\0' && BIO_write(bp, ", ", 2) != 2)
                ok = 0;
        }
        if (*s == '\0')
            break;
        s++;
    }
    OPENSSL_free(b);
    return ok;
}

MBS_API int X509_NAME_print(BIO *bp, const X509_NAME *name, int obase)
{
    (void)obase;
    return name_print_compat(bp, name);
}

MBS_API int X509_NAME_print_ex(BIO *out, const X509_NAME *nm, int indent, unsigned long flags)
{
    if (out == NULL || nm == NULL)
        return -1;
    if (flags == XN_FLAG_COMPAT)
        return name_print_compat(out, nm);
    struct sink s = {out, 0, 0};
    if (name_print_ex(&s, nm, indent, flags) < 0 || s.fail)
        return -1;
    return (int)s.n;
}

MBS_API int X509_NAME_print_ex_fp(FILE *fp, const X509_NAME *nm, int indent, unsigned long flags)
{
    BIO *b = BIO_new_fp(fp, BIO_NOCLOSE);
    if (b == NULL)
        return -1;
    int r = X509_NAME_print_ex(b, nm, indent, flags);
    BIO_free(b);
    return r;
}

MBS_API char *X509_NAME_oneline(const X509_NAME *a, char *buf, int len)
{
    static const char hex[] = "0123456789ABCDEF";
    if (buf != NULL && len <= 0)
        return NULL;
    if (a == NULL) {
        if (buf != NULL) {
            snprintf(buf, (size_t)len, "%s", "NO X509_NAME");
            return buf;
        }
        return OPENSSL_strdup("NO X509_NAME");
    }
    size_t cap = 128, l = 0;
    char *out = OPENSSL_malloc(cap);
    if (out == NULL)
        return NULL;
    out[0] = '\0';
    for (int i = 0; i < sk_X509_NAME_ENTRY_num(a->entries); i++) {
        const X509_NAME_ENTRY *e = sk_X509_NAME_ENTRY_value(a->entries, i);
        char tmp[80];
        const char *sn;
        int nid = OBJ_obj2nid(e->object);
        if (nid == NID_undef || (sn = OBJ_nid2sn(nid)) == NULL) {
            OBJ_obj2txt(tmp, sizeof(tmp), e->object, 1);
            sn = tmp;
        }
        const unsigned char *q = e->value->data;
        int num = e->value->length, step = 1, start = 0;
        int type = e->value->type;
        /* wide strings whose high bytes are all zero print their low bytes only */
        if ((type == V_ASN1_GENERALSTRING || type == V_ASN1_UNIVERSALSTRING || type == V_ASN1_BMPSTRING)
            && num > 0) {
            int w = type == V_ASN1_BMPSTRING ? 2 : 4;
            if (type == V_ASN1_GENERALSTRING)
                w = (num % 4 == 0) ? 4 : 1;
            if (w > 1 && num % w == 0) {
                int zero = 1;
                for (int j = 0; j < num && zero; j += w)
                    for (int k = 0; k < w - 1; k++)
                        if (q[j + k] != 0)
                            zero = 0;
                if (zero) {
                    step = w;
                    start = w - 1;
                }
            }
        }
        size_t need = strlen(sn) + 2;
        for (int j = start; j < num; j += step)
            need += (q[j] < ' ' || q[j] > '~') ? 4 : (q[j] == '/' || q[j] == '+') ? 2 : 1;
        if (l + need + 1 > cap) {
            cap = (l + need + 1) * 2;
            char *g = OPENSSL_realloc(out, cap);
            if (g == NULL) {
                OPENSSL_free(out);
                return NULL;
            }
            out = g;
        }
        if (buf != NULL && (int)(l + need) > len - 1)
            break;
        out[l++] = (i > 0 && sk_X509_NAME_ENTRY_value(a->entries, i - 1)->set == e->set) ? '+' : '/';
        memcpy(out + l, sn, strlen(sn));
        l += strlen(sn);
        out[l++] = '=';
        for (int j = start; j < num; j += step) {
            unsigned char c = q[j];
            if (c < ' ' || c > '~') {
                out[l++] = '\\';
                out[l++] = 'x';
                out[l++] = hex[c >> 4];
                out[l++] = hex[c & 15];
            } else {
                if (c == '/' || c == '+')
                    out[l++] = '\\';
                out[l++] = (char)c;
            }
        }
        out[l] = '\0';
    }
    if (buf == NULL)
        return out;
    memcpy(buf, out, l + 1);
    OPENSSL_free(out);
    return buf;
}
