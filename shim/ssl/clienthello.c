/*
 * Server side: OpenSSL lets the app decide during the ClientHello — the servername callback (always
 * called, also without SNI, and free to switch SSL_CTX) and the ALPN select callback (which sees the
 * client's list). Mbed TLS has no hook for either, so we read the ClientHello ourselves as its bytes pass
 * through the transport callback, run the app's callbacks, and configure Mbed TLS before it parses the
 * same message.
 */
#include <stdlib.h>
#include <string.h>

#include "ssl/ssl_local.h"

MBS_RESULT mbs_alpn_to_list(SSL *s, const unsigned char *wire, size_t len);

#define CH_MAX (64 * 1024) /* a ClientHello larger than this is left to Mbed TLS to reject */

typedef struct {
    const unsigned char *p;
    size_t n;
} span;

static int take(span *s, size_t k, span *out)
{
    if (s->n < k)
        return 0;
    if (out != NULL) {
        out->p = s->p;
        out->n = k;
    }
    s->p += k;
    s->n -= k;
    return 1;
}

static int take_vec(span *s, size_t lenbytes, span *out)
{
    span l;
    if (!take(s, lenbytes, &l))
        return 0;
    size_t len = 0;
    for (size_t i = 0; i < lenbytes; i++)
        len = (len << 8) | l.p[i];
    return take(s, len, out);
}

/* Joins the payloads of the leading handshake records; 1 = complete first message in *msg. */
static int first_handshake_message(const unsigned char *buf, size_t len, unsigned char *msg, size_t *msglen,
                                   int *not_tls)
{
    size_t off = 0, have = 0;
    while (off + 5 <= len) {
        if (buf[off] != 22 || buf[off + 1] != 3) {
            *not_tls = 1;
            return 0;
        }
        size_t rl = ((size_t)buf[off + 3] << 8) | buf[off + 4];
        if (off + 5 + rl > len)
            return 0;
        memcpy(msg + have, buf + off + 5, rl);
        have += rl;
        off += 5 + rl;
        if (have >= 4) {
            size_t hl = ((size_t)msg[1] << 16) | ((size_t)msg[2] << 8) | msg[3];
            if (msg[0] != 1) { /* not a ClientHello */
                *not_tls = 1;
                return 0;
            }
            if (have >= 4 + hl) {
                *msglen = 4 + hl;
                return 1;
            }
        }
    }
    return 0;
}

static void find_extensions(const unsigned char *msg, size_t len, span *sni, span *alpn)
{
    span s = {msg + 4, len - 4}, ext;
    sni->p = alpn->p = NULL;
    sni->n = alpn->n = 0;
    if (!take(&s, 2 + 32, NULL) || !take_vec(&s, 1, NULL) || !take_vec(&s, 2, NULL) || !take_vec(&s, 1, NULL) ||
        !take_vec(&s, 2, &ext))
        return;
    while (ext.n >= 4) {
        span type, data;
        if (!take(&ext, 2, &type) || !take_vec(&ext, 2, &data))
            return;
        unsigned int t = ((unsigned int)type.p[0] << 8) | type.p[1];
        if (t == 0) { /* server_name: list of (type, name) */
            span list, name, kind;
            if (take_vec(&data, 2, &list) && take(&list, 1, &kind) && kind.p[0] == 0 && take_vec(&list, 2, &name))
                *sni = name;
        } else if (t == 16) { /* ALPN: protocol_name_list in wire format */
            span list;
            if (take_vec(&data, 2, &list))
                *alpn = list;
        }
    }
}

static int run_servername_cb(SSL *s)
{
    SSL_CTX *ctx = s->ctx;
    if (ctx->servername_cb == NULL)
        return 1;
    int al = SSL_AD_UNRECOGNIZED_NAME;
    int r = ctx->servername_cb(s, &al, ctx->servername_arg);
    if (r == SSL_TLSEXT_ERR_ALERT_FATAL) {
        MBS_RAISE(SSL_R_CALLBACK_FAILED);
        s->pending_alert = al;
        return 0;
    }
    if (s->ctx != ctx) {
        /* the app switched SSL_CTX: present that context's certificate */
        if (mbs_cert_key_build(&s->ck) != MBS_OK)
            return 0;
        if (s->ck.crt != NULL && mbedtls_ssl_set_hs_own_cert(&s->mbed, s->ck.crt, s->ck.pk) != 0) {
            MBS_RAISE(ERR_R_INTERNAL_ERROR);
            return 0;
        }
    }
    return 1;
}

static int run_alpn_cb(SSL *s, span alpn)
{
    SSL_CTX *ctx = s->ctx;
    if (ctx->alpn_select_cb == NULL || alpn.p == NULL)
        return 1;
    const unsigned char *out = NULL;
    unsigned char outlen = 0;
    int r = ctx->alpn_select_cb(s, &out, &outlen, alpn.p, (unsigned int)alpn.n, ctx->alpn_select_arg);
    if (r == SSL_TLSEXT_ERR_OK && out != NULL && outlen > 0) {
        unsigned char wire[256];
        wire[0] = outlen;
        memcpy(wire + 1, out, outlen);
        if (mbs_alpn_to_list(s, wire, (size_t)outlen + 1) != MBS_OK ||
            mbedtls_ssl_conf_alpn_protocols(&s->conf, s->alpn_list) != 0)
            return 0;
        return 1;
    }
    if (r == SSL_TLSEXT_ERR_ALERT_FATAL) {
        MBS_RAISE(SSL_R_NO_APPLICATION_PROTOCOL);
        s->pending_alert = SSL_AD_NO_APPLICATION_PROTOCOL;
        return 0;
    }
    return 1; /* NOACK: no ALPN in the ServerHello */
}

int mbs_clienthello_feed(SSL *s, const unsigned char *buf, size_t len)
{
    if (s->ch_len + len > CH_MAX) {
        s->ch_done = 1;
        return 0;
    }
    if (s->ch_cap < s->ch_len + len) {
        size_t cap = s->ch_len + len + 1024;
        unsigned char *p = realloc(s->ch_buf, cap);
        if (p == NULL) {
            s->ch_done = 1;
            return 0;
        }
        s->ch_buf = p;
        s->ch_cap = cap;
    }
    memcpy(s->ch_buf + s->ch_len, buf, len);
    s->ch_len += len;

    unsigned char *msg = malloc(s->ch_len);
    size_t msglen = 0;
    int not_tls = 0;
    if (msg == NULL || !first_handshake_message(s->ch_buf, s->ch_len, msg, &msglen, &not_tls)) {
        free(msg);
        if (not_tls)
            s->ch_done = 1; /* Mbed TLS will reject it; errmap.c classifies the bytes */
        return 0;
    }
    s->ch_done = 1;
    span sni, alpn;
    find_extensions(msg, msglen, &sni, &alpn);
    if (sni.p != NULL && sni.n > 0 && sni.n <= TLSEXT_MAXLEN_host_name && memchr(sni.p, 0, sni.n) == NULL) {
        free(s->hostname);
        s->hostname = strndup((const char *)sni.p, sni.n);
    }
    int ok = run_servername_cb(s) && run_alpn_cb(s, alpn);
    free(msg);
    free(s->ch_buf);
    s->ch_buf = NULL;
    s->ch_len = s->ch_cap = 0;
    return ok ? 0 : -1;
}
