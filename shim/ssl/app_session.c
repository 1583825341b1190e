/*
 * SSL_SESSION serialisation, printing and the session-cache entry points apps
 * call.
 *
 * Encoding (i2d_SSL_SESSION / d2i_SSL_SESSION, and PEM "SSL SESSION PARAMETERS"
 * around it): a DER SEQUENCE of our own layout, opaque to apps as OpenSSL's is:
 *   SEQUENCE { INTEGER 1 (layout version), INTEGER protocol version, OCTET
 * STRING cipher (2 bytes), OCTET STRING session id, OCTET STRING sid_ctx,
 * INTEGER time, INTEGER timeout, INTEGER verify result, [0] OCTET STRING
 * hostname OPTIONAL, [1] OCTET STRING alpn OPTIONAL, [2] OCTET STRING peer
 * certificate DER OPTIONAL, [3] OCTET STRING Mbed TLS session
 * (mbedtls_ssl_session_save) OPTIONAL, [4] OCTET STRING flags (1 byte: 1 =
 * resumable, 2 = has a ticket) OPTIONAL } The Mbed TLS part carries what
 * resumption needs (ticket, secrets), so a client session written by i2d and
 * read back by d2i (python's session copy, s_client -sess_out/-sess_in)
 * resumes.
 *
 * Server-side resumption runs on Mbed TLS' own cache and tickets: the
 * external-cache callbacks (SSL_CTX_sess_set_get_cb) are accepted and kept,
 * not consulted; the cache API works on a list that mirrors what Mbed TLS'
 * cache took (see mbs_app_server_session_cached) plus what the app added.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/asn1err.h>
#include <openssl/pem.h>
#include <openssl/pemerr.h>

#include "ssl/app_local.h"

#define ASN1_RAISE(reason) mbs_err_push(ERR_LIB_ASN1, (reason), __FILE__, __LINE__, __func__)
#define PEM_RAISE(reason) mbs_err_push(ERR_LIB_PEM, (reason), __FILE__, __LINE__, __func__)

/* ---- a tiny DER writer/reader for the layout above ---- */

typedef struct {
    unsigned char *p; /* NULL: only count */
    size_t len;
} der_out;

static void put_byte(der_out *o, unsigned char b)
{
    if (o->p != NULL)
        o->p[o->len] = b;
    o->len++;
}

static void put_len(der_out *o, size_t n)
{
    if (n < 0x80) {
        put_byte(o, (unsigned char)n);
        return;
    }
    int bytes = 0;
    for (size_t t = n; t != 0; t >>= 8)
        bytes++;
    put_byte(o, (unsigned char)(0x80 | bytes));
    for (int i = bytes - 1; i >= 0; i--)
        put_byte(o, (unsigned char)(n >> (8 * i)));
}

static void put_tlv(der_out *o, unsigned char tag, const unsigned char *v, size_t n)
{
    put_byte(o, tag);
    put_len(o, n);
    for (size_t i = 0; i < n; i++)
        put_byte(o, v[i]);
}

static void put_int(der_out *o, long long v)
{
    /* 9 bytes of big-endian two's complement, then drop the redundant leading
     * bytes */
    unsigned char buf[9];
    unsigned long long u = (unsigned long long)v;
    buf[0] = v < 0 ? 0xff : 0;
    for (int i = 0; i < 8; i++)
        buf[8 - i] = (unsigned char)(u >> (8 * i));
    int start = 0;
    while (start < 8 &&
           ((buf[start] == 0 && !(buf[start + 1] & 0x80)) || (buf[start] == 0xff && (buf[start + 1] & 0x80))))
        start++;
    put_tlv(o, 0x02, buf + start, (size_t)(9 - start));
}

typedef struct {
    const unsigned char *p;
    size_t len;
} der_in;

/* Reads one TLV with the expected tag; 0 on any malformation. */
static int get_tlv(der_in *in, unsigned char tag, const unsigned char **v, size_t *n)
{
    if (in->len < 2 || in->p[0] != tag)
        return 0;
    size_t hdr = 2, l = in->p[1];
    if (l & 0x80) {
        size_t bytes = l & 0x7f;
        if (bytes == 0 || bytes > sizeof(size_t) || in->len < 2 + bytes)
            return 0;
        l = 0;
        for (size_t i = 0; i < bytes; i++)
            l = (l << 8) | in->p[2 + i];
        hdr += bytes;
    }
    if (l > in->len - hdr)
        return 0;
    *v = in->p + hdr;
    *n = l;
    in->p += hdr + l;
    in->len -= hdr + l;
    return 1;
}

static int get_int(der_in *in, long long *out)
{
    const unsigned char *v;
    size_t n;
    if (!get_tlv(in, 0x02, &v, &n) || n == 0 || n > 8)
        return 0;
    long long r = (v[0] & 0x80) ? -1 : 0;
    for (size_t i = 0; i < n; i++)
        r = (long long)(((unsigned long long)r << 8) | v[i]);
    *out = r;
    return 1;
}

static int peek_tag(const der_in *in)
{
    return in->len > 0 ? in->p[0] : -1;
}

/* ---- i2d / d2i ---- */

static void encode_body(der_out *o, const SSL_SESSION *ss, const unsigned char *peer, size_t peer_len,
                        const unsigned char *mbed, size_t mbed_len)
{
    unsigned char cipher[2] = {(unsigned char)(ss->cipher_id >> 8), (unsigned char)ss->cipher_id};
    put_int(o, 1);
    put_int(o, ss->version);
    put_tlv(o, 0x04, cipher, 2);
    put_tlv(o, 0x04, ss->id, ss->id_len);
    put_tlv(o, 0x04, ss->sid_ctx, ss->sid_ctx_len);
    put_int(o, ss->time);
    put_int(o, ss->timeout);
    put_int(o, ss->verify_result);
    if (ss->hostname != NULL)
        put_tlv(o, 0x80, (const unsigned char *)ss->hostname, strlen(ss->hostname));
    if (ss->alpn != NULL)
        put_tlv(o, 0x81, ss->alpn, ss->alpn_len);
    if (peer != NULL)
        put_tlv(o, 0x82, peer, peer_len);
    if (mbed != NULL)
        put_tlv(o, 0x83, mbed, mbed_len);
    unsigned char flags = (unsigned char)((ss->resumable ? 1 : 0) | (ss->has_ticket ? 2 : 0));
    if (flags != 0)
        put_tlv(o, 0x84, &flags, 1);
}

MBS_API int i2d_SSL_SESSION(const SSL_SESSION *ss, unsigned char **pp)
{
    MBS_TRACE_ENTRY();
    if (ss == NULL || ss->cipher_id == 0)
        return 0; /* as OpenSSL: a session without a cipher has no encoding */
    unsigned char *peer = NULL, *mbed = NULL;
    size_t peer_len = 0, mbed_len = 0;
    int ret = 0;
    if (ss->peer != NULL) {
        int n = i2d_X509(ss->peer, &peer);
        if (n <= 0)
            goto done;
        peer_len = (size_t)n;
    }
    if (ss->has_mbed) {
        /* the first call reports the size */
        int r = mbedtls_ssl_session_save(&ss->mbed, NULL, 0, &mbed_len);
        if (r != 0 && r != MBEDTLS_ERR_SSL_BUFFER_TOO_SMALL) {
            MBS_RAISE(ERR_R_INTERNAL_ERROR);
            goto done;
        }
        if ((mbed = malloc(mbed_len > 0 ? mbed_len : 1)) == NULL) {
            MBS_RAISE(ERR_R_MALLOC_FAILURE);
            goto done;
        }
        if (mbedtls_ssl_session_save(&ss->mbed, mbed, mbed_len, &mbed_len) != 0) {
            MBS_RAISE(ERR_R_INTERNAL_ERROR);
            goto done;
        }
    }
    der_out body = {NULL, 0};
    encode_body(&body, ss, peer, peer_len, mbed, mbed_len);
    der_out whole = {NULL, 0};
    put_byte(&whole, 0x30);
    put_len(&whole, body.len);
    size_t total = whole.len + body.len;
    if (total > 0x7fffffff) {
        ASN1_RAISE(ASN1_R_TOO_LONG);
        goto done;
    }
    if (pp != NULL) {
        unsigned char *out = *pp;
        int allocated = 0;
        if (out == NULL) {
            if ((out = OPENSSL_malloc(total)) == NULL) {
                MBS_RAISE(ERR_R_MALLOC_FAILURE);
                goto done;
            }
            allocated = 1;
        }
        der_out w = {out, 0};
        put_byte(&w, 0x30);
        put_len(&w, body.len);
        der_out b = {out + w.len, 0};
        encode_body(&b, ss, peer, peer_len, mbed, mbed_len);
        if (allocated)
            *pp = out; /* OpenSSL's convention: a buffer we allocate is returned
                          unadvanced */
        else
            *pp = out + total;
    }
    ret = (int)total;
done:
    OPENSSL_free(peer);
    if (mbed != NULL) {
        memset(mbed, 0, mbed_len);
        free(mbed);
    }
    return ret;
}

MBS_API SSL_SESSION *d2i_SSL_SESSION(SSL_SESSION **a, const unsigned char **pp, long length)
{
    MBS_TRACE_ENTRY();
    if (pp == NULL || *pp == NULL || length <= 0) {
        ASN1_RAISE(ASN1_R_HEADER_TOO_LONG);
        return NULL;
    }
    der_in in = {*pp, (size_t)length}, body;
    const unsigned char *v, *cipher, *id, *sidctx;
    size_t n, cipher_len, id_len, sidctx_len;
    long long layout, version, tm, timeout, verify;
    if (!get_tlv(&in, 0x30, &v, &n)) {
        ASN1_RAISE(in.len >= 1 && in.p[0] != 0x30 ? ASN1_R_WRONG_TAG : ASN1_R_HEADER_TOO_LONG);
        return NULL;
    }
    body.p = v;
    body.len = n;
    if (!get_int(&body, &layout) || layout != 1 || !get_int(&body, &version) ||
        !get_tlv(&body, 0x04, &cipher, &cipher_len) || cipher_len != 2 || !get_tlv(&body, 0x04, &id, &id_len) ||
        id_len > SSL_MAX_SSL_SESSION_ID_LENGTH || !get_tlv(&body, 0x04, &sidctx, &sidctx_len) ||
        sidctx_len > SSL_MAX_SID_CTX_LENGTH || !get_int(&body, &tm) || !get_int(&body, &timeout) ||
        !get_int(&body, &verify)) {
        ASN1_RAISE(ASN1_R_WRONG_TAG);
        return NULL;
    }
    SSL_SESSION *ss = SSL_SESSION_new();
    if (ss == NULL)
        return NULL;
    ss->version = (int)version;
    ss->cipher_id = (uint16_t)(cipher[0] << 8 | cipher[1]);
    memcpy(ss->id, id, id_len);
    ss->id_len = (unsigned int)id_len;
    memcpy(ss->sid_ctx, sidctx, sidctx_len);
    ss->sid_ctx_len = (unsigned int)sidctx_len;
    ss->time = (long)tm;
    ss->timeout = (long)timeout;
    ss->verify_result = (long)verify;
    int ok = 1;
    if (ok && peek_tag(&body) == 0x80) {
        ok = get_tlv(&body, 0x80, &v, &n) && memchr(v, 0, n) == NULL &&
             (ss->hostname = strndup((const char *)v, n)) != NULL;
    }
    if (ok && peek_tag(&body) == 0x81) {
        ok = get_tlv(&body, 0x81, &v, &n) && n > 0 && (ss->alpn = malloc(n)) != NULL;
        if (ok) {
            memcpy(ss->alpn, v, n);
            ss->alpn_len = n;
        }
    }
    if (ok && peek_tag(&body) == 0x82) {
        ok = get_tlv(&body, 0x82, &v, &n);
        const unsigned char *q = v;
        if (ok && ((ss->peer = d2i_X509(NULL, &q, (long)n)) == NULL || q != v + n))
            ok = 0;
    }
    if (ok && peek_tag(&body) == 0x83) {
        ok = get_tlv(&body, 0x83, &v, &n) && mbedtls_ssl_session_load(&ss->mbed, v, n) == 0;
        if (ok)
            ss->has_mbed = 1;
    }
    if (ok && peek_tag(&body) == 0x84) {
        ok = get_tlv(&body, 0x84, &v, &n) && n == 1;
        if (ok) {
            /* resumable only with the Mbed TLS state that resumption needs */
            ss->resumable = (v[0] & 1) && ss->has_mbed;
            ss->has_ticket = (v[0] & 2) != 0;
        }
    }
    if (!ok || body.len != 0) {
        ASN1_RAISE(ASN1_R_WRONG_TAG);
        SSL_SESSION_free(ss);
        return NULL;
    }
    *pp = in.p;
    if (a != NULL) {
        SSL_SESSION_free(*a);
        *a = ss;
    }
    return ss;
}

MBS_API SSL_SESSION *SSL_SESSION_dup(const SSL_SESSION *src)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(src, NULL);
    unsigned char *der = NULL;
    int n = i2d_SSL_SESSION(src, &der);
    if (n <= 0) {
        /* no cipher yet: a fresh session with the same settable fields */
        SSL_SESSION *ss = SSL_SESSION_new();
        if (ss == NULL)
            return NULL;
        ss->version = src->version;
        ss->time = src->time;
        ss->timeout = src->timeout;
        memcpy(ss->sid_ctx, src->sid_ctx, src->sid_ctx_len);
        ss->sid_ctx_len = src->sid_ctx_len;
        return ss;
    }
    const unsigned char *p = der;
    SSL_SESSION *ss = d2i_SSL_SESSION(NULL, &p, n);
    OPENSSL_clear_free(der, (size_t)n);
    return ss;
}

/* ---- PEM "SSL SESSION PARAMETERS" ---- */

#define PEM_LABEL "SSL SESSION PARAMETERS"

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

MBS_API int PEM_write_bio_SSL_SESSION(BIO *bp, const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(bp, 0);
    unsigned char *der = NULL;
    int n = i2d_SSL_SESSION(ss, &der);
    if (n <= 0) {
        PEM_RAISE(ERR_R_ASN1_LIB);
        return 0;
    }
    int ok = BIO_puts(bp, "-----BEGIN " PEM_LABEL "-----\n") > 0;
    char line[65];
    size_t col = 0;
    for (int i = 0; ok && i < n; i += 3) {
        unsigned v = (unsigned)der[i] << 16;
        int rem = n - i;
        if (rem > 1)
            v |= (unsigned)der[i + 1] << 8;
        if (rem > 2)
            v |= der[i + 2];
        line[col++] = b64[(v >> 18) & 63];
        line[col++] = b64[(v >> 12) & 63];
        line[col++] = rem > 1 ? b64[(v >> 6) & 63] : '=';
        line[col++] = rem > 2 ? b64[v & 63] : '=';
        if (col == 64 || i + 3 >= n) {
            line[col] = '\0';
            ok = BIO_puts(bp, line) > 0 && BIO_puts(bp, "\n") > 0;
            col = 0;
        }
    }
    ok = ok && BIO_puts(bp, "-----END " PEM_LABEL "-----\n") > 0;
    OPENSSL_clear_free(der, (size_t)n);
    if (!ok)
        PEM_RAISE(ERR_R_BUF_LIB);
    return ok;
}

static int b64_val(int c)
{
    const char *p = c != 0 ? strchr(b64, c) : NULL;
    return p != NULL ? (int)(p - b64) : -1;
}

MBS_API SSL_SESSION *PEM_read_bio_SSL_SESSION(BIO *bp, SSL_SESSION **x, pem_password_cb *cb, void *u)
{
    MBS_TRACE_ENTRY();
    (void)cb; /* session PEM is never encrypted */
    (void)u;
    MBS_CHECK_NULL(bp, NULL);
    char line[256];
    int in_block = 0, bad = 0, done = 0;
    size_t cap = 1024, len = 0;
    unsigned char *der = malloc(cap);
    unsigned acc = 0;
    int bits = 0;
    if (der == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    while (!done && BIO_gets(bp, line, sizeof(line)) > 0) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!in_block) {
            in_block = strcmp(line, "-----BEGIN " PEM_LABEL "-----") == 0;
            continue;
        }
        if (strcmp(line, "-----END " PEM_LABEL "-----") == 0) {
            done = 1;
            break;
        }
        for (char *c = line; *c != '\0' && !bad; c++) {
            if (*c == '=' || *c == ' ' || *c == '\t')
                continue;
            int v = b64_val((unsigned char)*c);
            if (v < 0) {
                bad = 1;
                break;
            }
            acc = (acc << 6) | (unsigned)v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                if (len == cap) {
                    unsigned char *n = realloc(der, cap * 2);
                    if (n == NULL) {
                        bad = 1;
                        break;
                    }
                    der = n;
                    cap *= 2;
                }
                der[len++] = (unsigned char)(acc >> bits);
            }
        }
        if (bad)
            break;
    }
    SSL_SESSION *ss = NULL;
    if (!done) {
        PEM_RAISE(bad ? PEM_R_BAD_BASE64_DECODE : PEM_R_NO_START_LINE);
    } else {
        const unsigned char *p = der;
        ss = d2i_SSL_SESSION(x, &p, (long)len);
        if (ss == NULL)
            PEM_RAISE(ERR_R_ASN1_LIB);
    }
    OPENSSL_clear_free(der, cap);
    return ss;
}

MBS_API int PEM_write_SSL_SESSION(FILE *fp, const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(fp, 0);
    BIO *b = BIO_new_fp(fp, BIO_NOCLOSE);
    if (b == NULL)
        return 0;
    int r = PEM_write_bio_SSL_SESSION(b, ss);
    BIO_free(b);
    return r;
}

MBS_API SSL_SESSION *PEM_read_SSL_SESSION(FILE *fp, SSL_SESSION **x, pem_password_cb *cb, void *u)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(fp, NULL);
    BIO *b = BIO_new_fp(fp, BIO_NOCLOSE);
    if (b == NULL)
        return NULL;
    SSL_SESSION *r = PEM_read_bio_SSL_SESSION(b, x, cb, u);
    BIO_free(b);
    return r;
}

/* ---- printing (the layout of OpenSSL's SSL_SESSION_print; values Mbed TLS
 * does not expose are left out rather than invented) ---- */

static const char *proto_name(int v)
{
    switch (v) {
    case TLS1_3_VERSION:
        return "TLSv1.3";
    case TLS1_2_VERSION:
        return "TLSv1.2";
    case TLS1_1_VERSION:
        return "TLSv1";
    case TLS1_VERSION:
        return "TLSv1";
    case SSL3_VERSION:
        return "SSLv3";
    default:
        return "unknown";
    }
}

static int print_hex(BIO *bp, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (BIO_printf(bp, "%02X", p[i]) <= 0)
            return 0;
    return 1;
}

MBS_API int SSL_SESSION_print(BIO *bp, const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    if (bp == NULL || ss == NULL)
        return 0;
    const SSL_CIPHER *c = mbs_cipher_by_iana(ss->cipher_id);
    if (BIO_puts(bp, "SSL-Session:\n") <= 0 || BIO_printf(bp, "    Protocol  : %s\n", proto_name(ss->version)) <= 0)
        return 0;
    if (c != NULL) {
        if (BIO_printf(bp, "    Cipher    : %s\n", SSL_CIPHER_get_name(c)) <= 0)
            return 0;
    } else if (BIO_printf(bp, "    Cipher    : %04X\n", (unsigned)ss->cipher_id) <= 0) {
        return 0;
    }
    if (BIO_puts(bp, "    Session-ID: ") <= 0 || !print_hex(bp, ss->id, ss->id_len) ||
        BIO_puts(bp, "\n    Session-ID-ctx: ") <= 0 || !print_hex(bp, ss->sid_ctx, ss->sid_ctx_len) ||
        BIO_puts(bp, "\n    PSK identity: None\n    PSK identity hint: None\n    "
                     "SRP username: None\n") <= 0)
        return 0;
    if (ss->time != 0 && BIO_printf(bp, "    Start Time: %lld\n", (long long)ss->time) <= 0)
        return 0;
    if (ss->timeout != 0 && BIO_printf(bp, "    Timeout   : %lld (sec)\n", (long long)ss->timeout) <= 0)
        return 0;
    if (BIO_printf(bp, "    Verify return code: %ld (%s)\n", ss->verify_result,
                   X509_verify_cert_error_string(ss->verify_result)) <= 0)
        return 0;
    if (ss->version == TLS1_3_VERSION && BIO_puts(bp, "    Max Early Data: 0\n") <= 0)
        return 0;
    return 1;
}

MBS_API int SSL_SESSION_print_fp(FILE *fp, const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    if (fp == NULL)
        return 0;
    BIO *b = BIO_new_fp(fp, BIO_NOCLOSE);
    if (b == NULL)
        return 0;
    int r = SSL_SESSION_print(b, ss);
    BIO_free(b);
    return r;
}

/* ---- settable fields ---- */

MBS_API const unsigned char *SSL_SESSION_get0_id_context(const SSL_SESSION *ss, unsigned int *len)
{
    MBS_TRACE_ENTRY();
    if (ss == NULL) {
        if (len != NULL)
            *len = 0;
        return NULL;
    }
    if (len != NULL)
        *len = ss->sid_ctx_len;
    return ss->sid_ctx;
}

MBS_API int SSL_SESSION_set1_id_context(SSL_SESSION *ss, const unsigned char *sid_ctx, unsigned int len)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ss, 0);
    if (len > SSL_MAX_SID_CTX_LENGTH) {
        MBS_RAISE(SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG);
        return 0;
    }
    if (len > 0)
        memcpy(ss->sid_ctx, sid_ctx, len);
    ss->sid_ctx_len = len;
    return 1;
}

MBS_API int SSL_SESSION_set1_id(SSL_SESSION *ss, const unsigned char *sid, unsigned int len)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ss, 0);
    if (len > SSL_MAX_SSL_SESSION_ID_LENGTH) {
        MBS_RAISE(SSL_R_SSL_SESSION_ID_TOO_LONG);
        return 0;
    }
    if (len > 0)
        memcpy(ss->id, sid, len);
    ss->id_len = len;
    return 1;
}

MBS_API int SSL_SESSION_set1_hostname(SSL_SESSION *ss, const char *hostname)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ss, 0);
    char *copy = NULL;
    if (hostname != NULL && (copy = strdup(hostname)) == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return 0;
    }
    free(ss->hostname);
    ss->hostname = copy;
    return 1;
}

MBS_API int SSL_SESSION_set1_alpn_selected(SSL_SESSION *ss, const unsigned char *alpn, size_t len)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ss, 0);
    unsigned char *copy = NULL;
    if (alpn != NULL && len > 0) {
        if ((copy = malloc(len)) == NULL) {
            MBS_RAISE(ERR_R_MALLOC_FAILURE);
            return 0;
        }
        memcpy(copy, alpn, len);
    }
    free(ss->alpn);
    ss->alpn = copy;
    ss->alpn_len = copy != NULL ? len : 0;
    return 1;
}

MBS_API int SSL_SESSION_set_protocol_version(SSL_SESSION *ss, int version)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ss, 0);
    ss->version = version;
    return 1;
}

MBS_API int SSL_SESSION_set_cipher(SSL_SESSION *ss, const SSL_CIPHER *cipher)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ss, 0);
    MBS_CHECK_NULL(cipher, 0);
    ss->cipher_id = mbs_cipher_iana(cipher);
    return 1;
}

/* ---- session cache entry points ---- */

MBS_API void SSL_CTX_sess_set_get_cb(SSL_CTX *ctx, SSL_SESSION *(*cb)(SSL *, const unsigned char *, int, int *))
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx(ctx)) == NULL)
        return;
    e->get_session_cb = cb;
}

MBS_API SSL_SESSION *(*SSL_CTX_sess_get_get_cb(SSL_CTX *ctx))(SSL *, const unsigned char *, int, int *)
{
    MBS_TRACE_ENTRY();
    const struct mbs_app_ctx_ext *e = mbs_app_ctx_peek(ctx);
    return e != NULL ? e->get_session_cb : NULL;
}

/* OpenSSL keys its cache on (protocol version, session id). */
static int same_key(const SSL_SESSION *a, int version, const unsigned char *id, unsigned int id_len)
{
    return a->version == version && a->id_len == id_len && memcmp(a->id, id, id_len) == 0;
}

/* Index of the entry with ss's key, or -1 (ctx->lock held). */
static long find_entry(const struct mbs_app_ctx_ext *e, int version, const unsigned char *id,
                       unsigned int id_len)
{
    for (size_t i = 0; i < e->n_sessions; i++)
        if (same_key(e->sessions[i].ss, version, id, id_len))
            return (long)i;
    return -1;
}

/* Takes entry i out of the list (ctx->lock held); the caller owns the returned reference. */
static SSL_SESSION *take_entry(SSL_CTX *ctx, struct mbs_app_ctx_ext *e, size_t i)
{
    struct mbs_sess_entry ent = e->sessions[i];
    memmove(&e->sessions[i], &e->sessions[i + 1], (e->n_sessions - i - 1) * sizeof(e->sessions[0]));
    e->n_sessions--;
    if (ent.in_mbed && ctx->cache_ready)
        (void)mbedtls_ssl_cache_remove(&ctx->cache, ent.ss->id, ent.ss->id_len);
    ent.ss->resumable = 0; /* as OpenSSL's not_resumable */
    return ent.ss;
}

/* What leaves the cache is announced to the app, then released (outside the lock). */
static void removed(SSL_CTX *ctx, SSL_SESSION **gone, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (ctx->remove_session_cb != NULL)
            ctx->remove_session_cb(ctx, gone[i]);
        SSL_SESSION_free(gone[i]);
    }
}

/* Adds ss (a reference is taken). Returns 1 if added, 0 if this very object was already there; a
 * different object with the same key replaces the old one. Evicts the oldest entries when the
 * cache is full. */
static int add_entry(SSL_CTX *ctx, SSL_SESSION *ss, int in_mbed)
{
    struct mbs_app_ctx_ext *e = mbs_app_ctx(ctx);
    if (e == NULL)
        return 0;
    SSL_SESSION *gone[8];
    size_t ngone = 0;
    int ret = 1;
    pthread_mutex_lock(&ctx->lock);
    long i = find_entry(e, ss->version, ss->id, ss->id_len);
    if (i >= 0 && e->sessions[i].ss == ss) {
        /* already cached: it becomes the most recent entry */
        struct mbs_sess_entry ent = e->sessions[i];
        memmove(&e->sessions[i], &e->sessions[i + 1], (e->n_sessions - (size_t)i - 1) * sizeof(ent));
        e->sessions[e->n_sessions - 1] = ent;
        e->sessions[e->n_sessions - 1].in_mbed |= in_mbed;
        pthread_mutex_unlock(&ctx->lock);
        return 0;
    }
    if (i >= 0) {
        /* the replaced session leaves quietly (OpenSSL calls no remove callback here) */
        struct mbs_sess_entry old = e->sessions[i];
        memmove(&e->sessions[i], &e->sessions[i + 1], (e->n_sessions - (size_t)i - 1) * sizeof(old));
        e->n_sessions--;
        in_mbed |= old.in_mbed;
        gone[ngone++] = old.ss;
    }
    while (ctx->session_cache_size > 0 && e->n_sessions > 0 &&
           (long)e->n_sessions >= ctx->session_cache_size && ngone < sizeof(gone) / sizeof(gone[0]))
        gone[ngone++] = take_entry(ctx, e, 0);
    if (e->n_sessions == e->cap_sessions) {
        size_t cap = e->cap_sessions ? e->cap_sessions * 2 : 16;
        struct mbs_sess_entry *n = realloc(e->sessions, cap * sizeof(*n));
        if (n == NULL) {
            pthread_mutex_unlock(&ctx->lock);
            MBS_RAISE(ERR_R_MALLOC_FAILURE);
            removed(ctx, gone, ngone);
            return 0;
        }
        e->sessions = n;
        e->cap_sessions = cap;
    }
    SSL_SESSION_up_ref(ss);
    e->sessions[e->n_sessions].ss = ss;
    e->sessions[e->n_sessions].in_mbed = in_mbed;
    e->n_sessions++;
    pthread_mutex_unlock(&ctx->lock);
    /* the first one (if any) was replaced, not evicted: no callback for it */
    if (i >= 0) {
        SSL_SESSION_free(gone[0]);
        removed(ctx, gone + 1, ngone - 1);
    } else {
        removed(ctx, gone, ngone);
    }
    return ret;
}

long mbs_app_sess_number(SSL_CTX *ctx)
{
    const struct mbs_app_ctx_ext *e = mbs_app_ctx_peek(ctx);
    if (e == NULL)
        return 0;
    pthread_mutex_lock(&ctx->lock);
    long n = (long)e->n_sessions;
    pthread_mutex_unlock(&ctx->lock);
    return n;
}

/* After a full server handshake: Mbed TLS stored the session in its cache if it gave the client a
 * session id (TLS 1.2, no ticket); list it as OpenSSL's internal cache would hold it. */
void mbs_app_server_session_cached(SSL *s)
{
    SSL_CTX *ctx = s->ctx;
    SSL_SESSION *ss = s->session;
    if (s->role != MBS_ROLE_SERVER || s->session_reused || ss == NULL || ss->id_len == 0 ||
        s->version == TLS1_3_VERSION || !ctx->cache_ready || !(ctx->session_cache_mode & SSL_SESS_CACHE_SERVER) ||
        (ctx->session_cache_mode & SSL_SESS_CACHE_NO_INTERNAL_STORE))
        return;
    mbedtls_ssl_session probe;
    mbedtls_ssl_session_init(&probe);
    int there = mbedtls_ssl_cache_get(&ctx->cache, ss->id, ss->id_len, &probe) == 0;
    mbedtls_ssl_session_free(&probe);
    if (there)
        (void)add_entry(ctx, ss, 1);
}

void mbs_app_sessions_free(SSL_CTX *ctx, struct mbs_app_ctx_ext *e)
{
    /* as SSL_CTX_free's flush: every entry is announced as removed */
    for (size_t i = 0; i < e->n_sessions; i++) {
        e->sessions[i].ss->resumable = 0;
        if (ctx->remove_session_cb != NULL)
            ctx->remove_session_cb(ctx, e->sessions[i].ss);
        SSL_SESSION_free(e->sessions[i].ss);
    }
    free(e->sessions);
    e->sessions = NULL;
    e->n_sessions = e->cap_sessions = 0;
}

/* An app-supplied session is listed (sess_number, remove, flush, SSL_has_matching_session_id see
 * it) but not injected into Mbed TLS' cache: it does not make a client resume. */
MBS_API int SSL_CTX_add_session(SSL_CTX *ctx, SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    MBS_CHECK_NULL(ss, 0);
    return add_entry(ctx, ss, 0);
}

MBS_API int SSL_CTX_remove_session(SSL_CTX *ctx, SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL || ss == NULL || ss->id_len == 0)
        return 0;
    struct mbs_app_ctx_ext *e = ctx->app_ext;
    SSL_SESSION *gone = NULL;
    if (e != NULL) {
        pthread_mutex_lock(&ctx->lock);
        long i = find_entry(e, ss->version, ss->id, ss->id_len);
        if (i >= 0)
            gone = take_entry(ctx, e, (size_t)i);
        pthread_mutex_unlock(&ctx->lock);
    }
    ss->resumable = 0;
    if (gone == NULL)
        return 0;
    if (ctx->remove_session_cb != NULL)
        ctx->remove_session_cb(ctx, ss);
    SSL_SESSION_free(gone);
    return 1;
}

/* Drops the sessions expired at time tm (all of them for tm == 0). */
MBS_API void SSL_CTX_flush_sessions(SSL_CTX *ctx, long tm)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e = ctx != NULL ? ctx->app_ext : NULL;
    if (e == NULL)
        return;
    for (;;) {
        SSL_SESSION *gone[16];
        size_t n = 0;
        pthread_mutex_lock(&ctx->lock);
        for (size_t i = 0; i < e->n_sessions && n < sizeof(gone) / sizeof(gone[0]);) {
            const SSL_SESSION *c = e->sessions[i].ss;
            if (tm == 0 || tm > c->time + c->timeout)
                gone[n++] = take_entry(ctx, e, i);
            else
                i++;
        }
        pthread_mutex_unlock(&ctx->lock);
        removed(ctx, gone, n);
        if (n < sizeof(gone) / sizeof(gone[0]))
            break;
    }
}

MBS_API struct lhash_st_SSL_SESSION *SSL_CTX_sessions(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    (void)ctx;
    return NULL;
}

/* The lookup key includes the SSL's protocol version (its method's until a handshake fixed it). */
MBS_API int SSL_has_matching_session_id(const SSL *s, const unsigned char *id, unsigned int id_len)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || (id == NULL && id_len > 0) || id_len > SSL_MAX_SSL_SESSION_ID_LENGTH)
        return 0;
    SSL_CTX *ctx = s->ctx;
    struct mbs_app_ctx_ext *e = ctx->app_ext;
    if (e == NULL)
        return 0;
    int version = s->version != 0 ? s->version : s->method->version;
    pthread_mutex_lock(&ctx->lock);
    int found = find_entry(e, version, id, id_len) >= 0;
    pthread_mutex_unlock(&ctx->lock);
    return found;
}

/* Copies the session and the session-id context (OpenSSL also copies the method
 * and cert). */
MBS_API int SSL_copy_session_id(SSL *to, const SSL *from)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(to, 0);
    MBS_CHECK_NULL(from, 0);
    if (!SSL_set_session(to, SSL_get_session(from)))
        return 0;
    return SSL_set_session_id_context(to, from->s.sid_ctx, from->s.sid_ctx_len);
}
