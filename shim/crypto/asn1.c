/* ASN1_STRING family (IA5, OCTET, INTEGER, TIME, BIT STRING are all ASN1_STRING as in OpenSSL), ASN1_TYPE,
 * and the minimal BIGNUM that ASN1_INTEGER_to_BN hands out. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>

#include "crypto/x509_local.h"

/* printf to a BIO through BIO_write (so only the core BIO API is needed). */
int mbs_bio_printf(BIO *bio, const char *fmt, ...)
{
    char small[256], *buf = small;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    if ((size_t)n >= sizeof(small)) {
        buf = OPENSSL_malloc((size_t)n + 1);
        if (buf == NULL)
            return -1;
        va_start(ap, fmt);
        vsnprintf(buf, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    int r = BIO_write(bio, buf, n);
    if (buf != small)
        OPENSSL_free(buf);
    return r == n ? n : -1;
}

MBS_API const char *ASN1_tag2str(int tag)
{
    static const char *const names[31] = {
        "EOC", "BOOLEAN", "INTEGER", "BIT STRING", "OCTET STRING", "NULL", "OBJECT", "OBJECT DESCRIPTOR",
        "EXTERNAL", "REAL", "ENUMERATED", "<ASN1 11>", "UTF8STRING", "<ASN1 13>", "<ASN1 14>", "<ASN1 15>",
        "SEQUENCE", "SET", "NUMERICSTRING", "PRINTABLESTRING", "T61STRING", "VIDEOTEXSTRING", "IA5STRING",
        "UTCTIME", "GENERALIZEDTIME", "GRAPHICSTRING", "VISIBLESTRING", "GENERALSTRING", "UNIVERSALSTRING",
        "<ASN1 29>", "BMPSTRING"};
    if (tag == V_ASN1_NEG_INTEGER || tag == V_ASN1_NEG_ENUMERATED)
        tag &= ~V_ASN1_NEG;
    if (tag < 0 || tag > 30)
        return "(unknown)";
    return names[tag];
}

/* ---- ASN1_STRING ---- */

MBS_API ASN1_STRING *ASN1_STRING_type_new(int type)
{
    ASN1_STRING *s = OPENSSL_zalloc(sizeof(*s));
    if (s == NULL)
        return NULL;
    s->type = type;
    return s;
}

MBS_API ASN1_STRING *ASN1_STRING_new(void)
{
    return ASN1_STRING_type_new(V_ASN1_OCTET_STRING);
}

MBS_API void ASN1_STRING_free(ASN1_STRING *a)
{
    if (a == NULL)
        return;
    if (!(a->flags & ASN1_STRING_FLAG_NDEF))
        OPENSSL_free(a->data);
    OPENSSL_free(a);
}

MBS_API void ASN1_STRING_clear_free(ASN1_STRING *a)
{
    if (a != NULL && a->data != NULL)
        OPENSSL_cleanse(a->data, (size_t)a->length);
    ASN1_STRING_free(a);
}

MBS_API int ASN1_STRING_set(ASN1_STRING *str, const void *data, int len)
{
    if (str == NULL)
        return 0;
    if (len < 0) {
        if (data == NULL)
            return 0;
        len = (int)strlen(data);
    }
    unsigned char *p = OPENSSL_malloc((size_t)len + 1);
    if (p == NULL)
        return 0;
    if (data != NULL)
        memcpy(p, data, (size_t)len);
    p[len] = '\0';
    OPENSSL_free(str->data);
    str->data = p;
    str->length = len;
    return 1;
}

MBS_API void ASN1_STRING_set0(ASN1_STRING *str, void *data, int len)
{
    OPENSSL_free(str->data);
    str->data = data;
    str->length = len;
}

ASN1_STRING *mbs_asn1_string_new_data(int type, const void *data, size_t len)
{
    ASN1_STRING *s = ASN1_STRING_type_new(type);
    if (s == NULL || !ASN1_STRING_set(s, data, (int)len)) {
        ASN1_STRING_free(s);
        return NULL;
    }
    return s;
}

MBS_API int ASN1_STRING_copy(ASN1_STRING *dst, const ASN1_STRING *str)
{
    if (dst == NULL || str == NULL)
        return 0;
    if (!ASN1_STRING_set(dst, str->data, str->length))
        return 0;
    dst->type = str->type;
    dst->flags = str->flags & ~ASN1_STRING_FLAG_NDEF;
    return 1;
}

MBS_API ASN1_STRING *ASN1_STRING_dup(const ASN1_STRING *a)
{
    if (a == NULL)
        return NULL;
    ASN1_STRING *s = ASN1_STRING_new();
    if (s == NULL || !ASN1_STRING_copy(s, a)) {
        ASN1_STRING_free(s);
        return NULL;
    }
    return s;
}

MBS_API int ASN1_STRING_cmp(const ASN1_STRING *a, const ASN1_STRING *b)
{
    int d = a->length - b->length;
    if (d == 0 && a->length > 0)
        d = memcmp(a->data, b->data, (size_t)a->length);
    if (d == 0)
        d = a->type - b->type;
    return d;
}

MBS_API int ASN1_STRING_length(const ASN1_STRING *x)
{
    return x->length;
}

MBS_API void ASN1_STRING_length_set(ASN1_STRING *x, int n)
{
    x->length = n;
}

MBS_API int ASN1_STRING_type(const ASN1_STRING *x)
{
    return x->type;
}

MBS_API const unsigned char *ASN1_STRING_get0_data(const ASN1_STRING *x)
{
    return x->data;
}

MBS_API unsigned char *ASN1_STRING_data(ASN1_STRING *x)
{
    return x->data;
}

/* Bytes per character of each universal string tag: 0 = UTF-8, -1 = not a character string. */
static int tag_char_width(int type)
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

static size_t utf8_put(unsigned char *out, unsigned long c)
{
    if (c < 0x80) {
        if (out)
            out[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        if (out) {
            out[0] = (unsigned char)(0xc0 | (c >> 6));
            out[1] = (unsigned char)(0x80 | (c & 0x3f));
        }
        return 2;
    }
    if (c < 0x10000) {
        if (out) {
            out[0] = (unsigned char)(0xe0 | (c >> 12));
            out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
            out[2] = (unsigned char)(0x80 | (c & 0x3f));
        }
        return 3;
    }
    if (out) {
        out[0] = (unsigned char)(0xf0 | (c >> 18));
        out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
        out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
        out[3] = (unsigned char)(0x80 | (c & 0x3f));
    }
    return 4;
}

int mbs_asn1_string_utf8(const ASN1_STRING *s, unsigned char **out)
{
    int w = tag_char_width(s->type);
    if (w < 0 || s->length < 0)
        return -1;
    size_t n = (size_t)s->length;
    if (w == 0) {
        unsigned char *r = OPENSSL_malloc(n + 1);
        if (r == NULL)
            return -1;
        memcpy(r, s->data, n);
        r[n] = '\0';
        *out = r;
        return (int)n;
    }
    if (n % (size_t)w != 0)
        return -1;
    for (int pass = 0; pass < 2; pass++) {
        size_t total = 0;
        unsigned char *r = pass ? *out : NULL;
        for (size_t i = 0; i < n; i += (size_t)w) {
            unsigned long c = 0;
            for (int k = 0; k < w; k++)
                c = (c << 8) | s->data[i + (size_t)k];
            if (c > 0x10ffff)
                return -1;
            total += utf8_put(r ? r + total : NULL, c);
        }
        if (!pass) {
            *out = OPENSSL_malloc(total + 1);
            if (*out == NULL)
                return -1;
        } else {
            r[total] = '\0';
            return (int)total;
        }
    }
    return -1;
}

MBS_API int ASN1_STRING_to_UTF8(unsigned char **out, const ASN1_STRING *in)
{
    if (out == NULL || in == NULL)
        return -1;
    int r = mbs_asn1_string_utf8(in, out);
    if (r < 0)
        ERR_raise(ERR_LIB_ASN1, ASN1_R_UNKNOWN_FORMAT);
    return r;
}

MBS_API int ASN1_STRING_print(BIO *bp, const ASN1_STRING *v)
{
    if (v == NULL)
        return 0;
    char buf[80];
    int n = 0;
    for (int i = 0; i < v->length; i++) {
        unsigned char c = v->data[i];
        buf[n++] = ((c > '~') || ((c < ' ') && (c != '\n') && (c != '\r'))) ? '.' : (char)c;
        if (n >= 80) {
            if (BIO_write(bp, buf, n) <= 0)
                return 0;
            n = 0;
        }
    }
    if (n > 0 && BIO_write(bp, buf, n) <= 0)
        return 0;
    return 1;
}

/* Typed constructors and destructors the headers declare for each string type. */
#define STRING_TYPE_FUNCS(name, tag) \
    MBS_API ASN1_STRING *name##_new(void) \
    { \
        return ASN1_STRING_type_new(tag); \
    } \
    MBS_API void name##_free(ASN1_STRING *a) \
    { \
        ASN1_STRING_free(a); \
    }

STRING_TYPE_FUNCS(ASN1_OCTET_STRING, V_ASN1_OCTET_STRING)
STRING_TYPE_FUNCS(ASN1_IA5STRING, V_ASN1_IA5STRING)
STRING_TYPE_FUNCS(ASN1_UTF8STRING, V_ASN1_UTF8STRING)
STRING_TYPE_FUNCS(ASN1_PRINTABLESTRING, V_ASN1_PRINTABLESTRING)
STRING_TYPE_FUNCS(ASN1_BIT_STRING, V_ASN1_BIT_STRING)
STRING_TYPE_FUNCS(ASN1_INTEGER, V_ASN1_INTEGER)
STRING_TYPE_FUNCS(ASN1_ENUMERATED, V_ASN1_ENUMERATED)
STRING_TYPE_FUNCS(ASN1_UTCTIME, V_ASN1_UTCTIME)
STRING_TYPE_FUNCS(ASN1_GENERALIZEDTIME, V_ASN1_GENERALIZEDTIME)
STRING_TYPE_FUNCS(ASN1_TIME, V_ASN1_UTCTIME)

MBS_API ASN1_OCTET_STRING *ASN1_OCTET_STRING_dup(const ASN1_OCTET_STRING *a)
{
    return ASN1_STRING_dup(a);
}

MBS_API int ASN1_OCTET_STRING_cmp(const ASN1_OCTET_STRING *a, const ASN1_OCTET_STRING *b)
{
    return ASN1_STRING_cmp(a, b);
}

MBS_API int ASN1_OCTET_STRING_set(ASN1_OCTET_STRING *str, const unsigned char *data, int len)
{
    return ASN1_STRING_set(str, data, len);
}

MBS_API int ASN1_BIT_STRING_get_bit(const ASN1_BIT_STRING *a, int n)
{
    int w = n / 8, v = 1 << (7 - (n & 7));
    if (a == NULL || a->length < w + 1 || a->data == NULL)
        return 0;
    return (a->data[w] & v) != 0;
}

/* ---- ASN1_TYPE (only what GENERAL_NAME otherName values need) ---- */

MBS_API ASN1_TYPE *ASN1_TYPE_new(void)
{
    return OPENSSL_zalloc(sizeof(ASN1_TYPE));
}

MBS_API void ASN1_TYPE_free(ASN1_TYPE *a)
{
    if (a == NULL)
        return;
    switch (a->type) {
    case V_ASN1_OBJECT:
        ASN1_OBJECT_free(a->value.object);
        break;
    case V_ASN1_BOOLEAN:
    case V_ASN1_NULL:
        break;
    default:
        ASN1_STRING_free(a->value.asn1_string);
    }
    OPENSSL_free(a);
}

MBS_API int ASN1_TYPE_get(const ASN1_TYPE *a)
{
    if (a == NULL)
        return 0;
    if (a->type == V_ASN1_BOOLEAN || a->type == V_ASN1_NULL || a->value.ptr != NULL)
        return a->type;
    return 0;
}

/* ---- INTEGER ---- */

ASN1_INTEGER *mbs_asn1_integer_from_der(const unsigned char *p, size_t len)
{
    ASN1_INTEGER *a = ASN1_INTEGER_new();
    if (a == NULL)
        return NULL;
    if (len > 0 && (p[0] & 0x80)) {
        /* negative: magnitude = two's complement */
        unsigned char *m = OPENSSL_malloc(len);
        if (m == NULL) {
            ASN1_INTEGER_free(a);
            return NULL;
        }
        int carry = 1;
        for (size_t i = len; i-- > 0;) {
            unsigned v = (unsigned)(unsigned char)~p[i] + (unsigned)carry;
            m[i] = (unsigned char)v;
            carry = v > 0xff;
        }
        size_t off = 0;
        while (off + 1 < len && m[off] == 0)
            off++;
        ASN1_STRING_set(a, m + off, (int)(len - off));
        OPENSSL_free(m);
        a->type = V_ASN1_NEG_INTEGER;
        return a;
    }
    size_t off = 0;
    while (off + 1 < len && p[off] == 0)
        off++;
    if (!ASN1_STRING_set(a, p + off, (int)(len - off))) {
        ASN1_INTEGER_free(a);
        return NULL;
    }
    return a;
}

MBS_API ASN1_INTEGER *ASN1_INTEGER_dup(const ASN1_INTEGER *x)
{
    return ASN1_STRING_dup(x);
}

MBS_API int ASN1_INTEGER_cmp(const ASN1_INTEGER *x, const ASN1_INTEGER *y)
{
    int neg = x->type & V_ASN1_NEG, yneg = y->type & V_ASN1_NEG;
    if (neg != yneg)
        return neg ? -1 : 1;
    int r;
    if (x->length != y->length)
        r = x->length < y->length ? -1 : 1;
    else
        r = x->length ? memcmp(x->data, y->data, (size_t)x->length) : 0;
    return neg ? -r : r;
}

MBS_API int ASN1_INTEGER_get_int64(int64_t *pr, const ASN1_INTEGER *a)
{
    if (pr == NULL || a == NULL || (a->type & ~V_ASN1_NEG) != V_ASN1_INTEGER) {
        ERR_raise(ERR_LIB_ASN1, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if (a->length > 8) {
        ERR_raise(ERR_LIB_ASN1, ASN1_R_TOO_LARGE);
        return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < a->length; i++)
        v = (v << 8) | a->data[i];
    if (a->type & V_ASN1_NEG) {
        if (v > (uint64_t)INT64_MAX + 1) {
            ERR_raise(ERR_LIB_ASN1, ASN1_R_TOO_SMALL);
            return 0;
        }
        *pr = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
    } else {
        if (v > (uint64_t)INT64_MAX) {
            ERR_raise(ERR_LIB_ASN1, ASN1_R_TOO_LARGE);
            return 0;
        }
        *pr = (int64_t)v;
    }
    return 1;
}

MBS_API long ASN1_INTEGER_get(const ASN1_INTEGER *a)
{
    int64_t r;
    if (a == NULL)
        return 0;
    if (!ASN1_INTEGER_get_int64(&r, a))
        return -1;
    if (r > LONG_MAX || r < LONG_MIN)
        return -1;
    return (long)r;
}

MBS_API int ASN1_INTEGER_set_int64(ASN1_INTEGER *a, int64_t r)
{
    unsigned char buf[8];
    uint64_t v = r < 0 ? (uint64_t)0 - (uint64_t)r : (uint64_t)r;
    int n = 0;
    for (int i = 7; i >= 0; i--)
        buf[i] = (unsigned char)(v >> (8 * (7 - i)));
    while (n < 7 && buf[n] == 0)
        n++;
    if (!ASN1_STRING_set(a, buf + n, 8 - n))
        return 0;
    a->type = r < 0 ? V_ASN1_NEG_INTEGER : V_ASN1_INTEGER;
    return 1;
}

MBS_API int ASN1_INTEGER_set(ASN1_INTEGER *a, long v)
{
    return ASN1_INTEGER_set_int64(a, v);
}

MBS_API int i2a_ASN1_INTEGER(BIO *bp, const ASN1_INTEGER *a)
{
    static const char hex[] = "0123456789ABCDEF";
    int n = 0;
    if (a == NULL)
        return 0;
    if (a->type & V_ASN1_NEG) {
        if (BIO_write(bp, "-", 1) != 1)
            return -1;
        n = 1;
    }
    if (a->length == 0) {
        if (BIO_write(bp, "00", 2) != 2)
            return -1;
        return n + 2;
    }
    for (int i = 0; i < a->length; i++) {
        if (i != 0 && i % 35 == 0) {
            if (BIO_write(bp, "\\\n", 2) != 2)
                return -1;
            n += 2;
        }
        char b[2] = {hex[a->data[i] >> 4], hex[a->data[i] & 0xf]};
        if (BIO_write(bp, b, 2) != 2)
            return -1;
        n += 2;
    }
    return n;
}

/* ---- minimal BIGNUM ---- */

MBS_API BIGNUM *BN_new(void)
{
    return OPENSSL_zalloc(sizeof(BIGNUM));
}

MBS_API void BN_free(BIGNUM *a)
{
    if (a == NULL)
        return;
    OPENSSL_free(a->mag);
    OPENSSL_free(a);
}

MBS_API void BN_clear_free(BIGNUM *a)
{
    if (a != NULL && a->mag != NULL)
        OPENSSL_cleanse(a->mag, a->len);
    BN_free(a);
}

static int bn_set_mag(BIGNUM *bn, const unsigned char *p, size_t len)
{
    while (len > 0 && *p == 0) {
        p++;
        len--;
    }
    unsigned char *m = OPENSSL_malloc(len ? len : 1);
    if (m == NULL)
        return 0;
    if (len)
        memcpy(m, p, len);
    OPENSSL_free(bn->mag);
    bn->mag = m;
    bn->len = len;
    return 1;
}

MBS_API BIGNUM *BN_bin2bn(const unsigned char *s, int len, BIGNUM *ret)
{
    BIGNUM *bn = ret ? ret : BN_new();
    if (bn == NULL || len < 0 || !bn_set_mag(bn, s, (size_t)len)) {
        if (ret == NULL)
            BN_free(bn);
        return NULL;
    }
    bn->neg = 0;
    return bn;
}

MBS_API int BN_num_bits(const BIGNUM *a)
{
    if (a->len == 0)
        return 0;
    int bits = (int)(a->len - 1) * 8;
    for (unsigned v = a->mag[0]; v; v >>= 1)
        bits++;
    return bits;
}

MBS_API int BN_bn2bin(const BIGNUM *a, unsigned char *to)
{
    if (a->len)
        memcpy(to, a->mag, a->len);
    return (int)a->len;
}

MBS_API int BN_is_zero(const BIGNUM *a)
{
    return a->len == 0;
}

MBS_API int BN_is_negative(const BIGNUM *b)
{
    return b->neg && b->len;
}

MBS_API char *BN_bn2hex(const BIGNUM *a)
{
    static const char hex[] = "0123456789ABCDEF";
    char *s = OPENSSL_malloc(a->len * 2 + 3);
    if (s == NULL)
        return NULL;
    char *p = s;
    if (a->len == 0) {
        strcpy(s, "0");
        return s;
    }
    if (a->neg)
        *p++ = '-';
    for (size_t i = 0; i < a->len; i++) {
        *p++ = hex[a->mag[i] >> 4];
        *p++ = hex[a->mag[i] & 0xf];
    }
    *p = '\0';
    return s;
}

MBS_API char *BN_bn2dec(const BIGNUM *a)
{
    /* schoolbook division by 10 on a copy of the magnitude */
    size_t digits = a->len * 3 + 2;
    char *out = OPENSSL_malloc(digits + 2);
    unsigned char *m = OPENSSL_malloc(a->len ? a->len : 1);
    if (out == NULL || m == NULL) {
        OPENSSL_free(out);
        OPENSSL_free(m);
        return NULL;
    }
    if (a->len)
        memcpy(m, a->mag, a->len);
    size_t nd = 0;
    char tmp[digits + 1];
    int nonzero = a->len > 0;
    while (nonzero) {
        unsigned rem = 0;
        nonzero = 0;
        for (size_t i = 0; i < a->len; i++) {
            unsigned cur = (rem << 8) | m[i];
            m[i] = (unsigned char)(cur / 10);
            rem = cur % 10;
            if (m[i])
                nonzero = 1;
        }
        tmp[nd++] = (char)('0' + rem);
    }
    char *p = out;
    if (nd == 0)
        tmp[nd++] = '0';
    else if (a->neg)
        *p++ = '-';
    while (nd)
        *p++ = tmp[--nd];
    *p = '\0';
    OPENSSL_free(m);
    return out;
}

MBS_API BIGNUM *ASN1_INTEGER_to_BN(const ASN1_INTEGER *ai, BIGNUM *bn)
{
    if (ai == NULL)
        return NULL;
    BIGNUM *r = BN_bin2bn(ai->data, ai->length, bn);
    if (r == NULL) {
        ERR_raise(ERR_LIB_ASN1, ASN1_R_BN_LIB);
        return NULL;
    }
    r->neg = (ai->type & V_ASN1_NEG) != 0;
    return r;
}

MBS_API ASN1_INTEGER *BN_to_ASN1_INTEGER(const BIGNUM *bn, ASN1_INTEGER *ai)
{
    ASN1_INTEGER *r = ai ? ai : ASN1_INTEGER_new();
    if (r == NULL)
        return NULL;
    if (!ASN1_STRING_set(r, bn->mag, (int)bn->len)) {
        if (ai == NULL)
            ASN1_INTEGER_free(r);
        return NULL;
    }
    r->type = BN_is_negative(bn) ? V_ASN1_NEG_INTEGER : V_ASN1_INTEGER;
    return r;
}

/* ---- TIME ---- */

ASN1_TIME *mbs_asn1_time_from_tm(int year, int mon, int day, int hour, int min, int sec)
{
    char buf[32];
    int type;
    if (year >= 1950 && year < 2050) {
        snprintf(buf, sizeof(buf), "%02d%02d%02d%02d%02d%02dZ", year % 100, mon, day, hour, min, sec);
        type = V_ASN1_UTCTIME;
    } else {
        snprintf(buf, sizeof(buf), "%04d%02d%02d%02d%02d%02dZ", year, mon, day, hour, min, sec);
        type = V_ASN1_GENERALIZEDTIME;
    }
    return mbs_asn1_string_new_data(type, buf, strlen(buf));
}

static int digits(const unsigned char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/* Parse into broken-down UTC (with offsets applied); fraction of seconds skipped. */
static int time_parse(const ASN1_TIME *t, struct tm *tm)
{
    if (t == NULL || t->data == NULL)
        return 0;
    const unsigned char *p = t->data;
    int n = t->length, i = 0, year;
    memset(tm, 0, sizeof(*tm));
    if (t->type == V_ASN1_UTCTIME) {
        if (n < 11 || (year = digits(p, 2)) < 0)
            return 0;
        year += year < 50 ? 2000 : 1900;
        i = 2;
    } else if (t->type == V_ASN1_GENERALIZEDTIME) {
        if (n < 13 || (year = digits(p, 4)) < 0)
            return 0;
        i = 4;
    } else {
        return 0;
    }
    int mon = digits(p + i, 2), day = digits(p + i + 2, 2), hour = digits(p + i + 4, 2),
        min = digits(p + i + 6, 2), sec = 0;
    i += 8;
    if (i + 2 <= n && p[i] >= '0' && p[i] <= '9') {
        sec = digits(p + i, 2);
        i += 2;
    }
    if (mon < 1 || mon > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || min < 0 || min > 59
        || sec < 0 || sec > 59)
        return 0;
    if (t->type == V_ASN1_GENERALIZEDTIME && i < n && (p[i] == '.' || p[i] == ',')) {
        i++;
        int start = i;
        while (i < n && p[i] >= '0' && p[i] <= '9')
            i++;
        if (i == start)
            return 0;
    }
    long off = 0;
    if (i < n && p[i] == 'Z') {
        i++;
    } else if (i + 5 <= n && (p[i] == '+' || p[i] == '-')) {
        int oh = digits(p + i + 1, 2), om = digits(p + i + 3, 2);
        if (oh < 0 || om < 0 || oh > 12 || om > 59)
            return 0;
        off = (p[i] == '+' ? 1 : -1) * (oh * 3600L + om * 60L);
        i += 5;
    } else {
        return 0;
    }
    if (i != n)
        return 0;
    tm->tm_year = year - 1900;
    tm->tm_mon = mon - 1;
    tm->tm_mday = day;
    tm->tm_hour = hour;
    tm->tm_min = min;
    tm->tm_sec = sec;
    if (off != 0) {
        time_t e = timegm(tm) - off;
        gmtime_r(&e, tm);
    } else {
        /* normalise (wday/yday) and reject impossible dates such as Feb 30 */
        struct tm chk = *tm;
        time_t e = timegm(&chk);
        gmtime_r(&e, &chk);
        if (chk.tm_mday != tm->tm_mday)
            return 0;
        *tm = chk;
    }
    return 1;
}

int mbs_asn1_time_to_epoch(const ASN1_TIME *t, time_t *out)
{
    struct tm tm;
    if (!time_parse(t, &tm))
        return 0;
    *out = timegm(&tm);
    return 1;
}

MBS_API int ASN1_TIME_check(const ASN1_TIME *t)
{
    struct tm tm;
    return time_parse(t, &tm);
}

MBS_API int ASN1_TIME_to_tm(const ASN1_TIME *s, struct tm *tm)
{
    if (s == NULL) {
        time_t now = time(NULL);
        return gmtime_r(&now, tm) != NULL;
    }
    return time_parse(s, tm);
}

MBS_API int ASN1_TIME_diff(int *pday, int *psec, const ASN1_TIME *from, const ASN1_TIME *to)
{
    time_t f, t;
    if (from == NULL)
        f = time(NULL);
    else if (!mbs_asn1_time_to_epoch(from, &f))
        return 0;
    if (to == NULL)
        t = time(NULL);
    else if (!mbs_asn1_time_to_epoch(to, &t))
        return 0;
    long long d = (long long)t - (long long)f;
    long long days = d / 86400, secs = d % 86400;
    if (pday)
        *pday = (int)days;
    if (psec)
        *psec = (int)secs;
    return 1;
}

MBS_API int ASN1_TIME_compare(const ASN1_TIME *a, const ASN1_TIME *b)
{
    int day, sec;
    if (!ASN1_TIME_diff(&day, &sec, b, a))
        return -2;
    if (day > 0 || sec > 0)
        return 1;
    if (day < 0 || sec < 0)
        return -1;
    return 0;
}

MBS_API int ASN1_TIME_cmp_time_t(const ASN1_TIME *s, time_t t)
{
    time_t v;
    if (!mbs_asn1_time_to_epoch(s, &v))
        return -2;
    return v < t ? -1 : v > t ? 1 : 0;
}

MBS_API int X509_cmp_time(const ASN1_TIME *ctm, time_t *cmp_time)
{
    time_t v, ref = cmp_time ? *cmp_time : time(NULL);
    if (!mbs_asn1_time_to_epoch(ctm, &v))
        return 0;
    return v <= ref ? -1 : 1;
}

MBS_API int X509_cmp_current_time(const ASN1_TIME *ctm)
{
    return X509_cmp_time(ctm, NULL);
}

MBS_API ASN1_TIME *ASN1_TIME_set(ASN1_TIME *s, time_t t)
{
    struct tm tm;
    if (gmtime_r(&t, &tm) == NULL)
        return NULL;
    ASN1_TIME *n = mbs_asn1_time_from_tm(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                                         tm.tm_min, tm.tm_sec);
    if (n == NULL || s == NULL)
        return n;
    ASN1_STRING_copy(s, n);
    ASN1_STRING_free(n);
    return s;
}

MBS_API ASN1_TIME *ASN1_TIME_adj(ASN1_TIME *s, time_t t, int offset_day, long offset_sec)
{
    return ASN1_TIME_set(s, t + (time_t)offset_day * 86400 + offset_sec);
}

MBS_API ASN1_TIME *X509_gmtime_adj(ASN1_TIME *s, long adj)
{
    return ASN1_TIME_adj(s, time(NULL), 0, adj);
}

MBS_API int ASN1_TIME_set_string(ASN1_TIME *s, const char *str)
{
    ASN1_TIME t = {0};
    t.length = (int)strlen(str);
    t.data = (unsigned char *)str;
    t.type = V_ASN1_UTCTIME;
    if (!ASN1_TIME_check(&t)) {
        t.type = V_ASN1_GENERALIZEDTIME;
        if (!ASN1_TIME_check(&t))
            return 0;
    }
    if (s != NULL) {
        if (!ASN1_STRING_set(s, str, t.length))
            return 0;
        s->type = t.type;
    }
    return 1;
}

MBS_API int ASN1_TIME_print(BIO *bp, const ASN1_TIME *tm)
{
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    struct tm t;
    if (!time_parse(tm, &t)) {
        BIO_write(bp, "Bad time value", 14);
        return 0;
    }
    /* GeneralizedTime keeps its fractional seconds in the printout */
    const char *frac = "";
    int flen = 0;
    if (tm->type == V_ASN1_GENERALIZEDTIME && tm->length > 15 && tm->data[14] == '.') {
        frac = (const char *)tm->data + 14;
        flen = 1;
        while (14 + flen < tm->length && tm->data[14 + flen] >= '0' && tm->data[14 + flen] <= '9')
            flen++;
    }
    return mbs_bio_printf(bp, "%s %2d %02d:%02d:%02d%.*s %d GMT", mon[t.tm_mon], t.tm_mday, t.tm_hour,
                      t.tm_min, t.tm_sec, flen, frac, t.tm_year + 1900)
           > 0;
}
