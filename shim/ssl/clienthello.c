/*
 * Server side: OpenSSL lets the app decide during the ClientHello — the servername callback (always
 * called, also without SNI, and free to switch SSL_CTX) and the ALPN select callback (which sees the
 * client's list). Mbed TLS has no hook for either, so we read the ClientHello ourselves as its bytes pass
 * through the transport callback, run the app's callbacks, and configure Mbed TLS before it parses the
 * same message.
 */
#include <stdlib.h>
#include <string.h>

#include "ssl/app_local.h"

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

typedef struct {
    span suites, sni, alpn, groups;
} hello_fields;

static void find_extensions(const unsigned char *msg, size_t len, hello_fields *h)
{
    span s = {msg + 4, len - 4}, ext;
    span *sni = &h->sni, *alpn = &h->alpn;
    memset(h, 0, sizeof(*h));
    if (!take(&s, 2 + 32, NULL) || !take_vec(&s, 1, NULL) || !take_vec(&s, 2, &h->suites) ||
        !take_vec(&s, 1, NULL) || !take_vec(&s, 2, &ext))
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
        } else if (t == 10) { /* supported_groups */
            span list;
            if (take_vec(&data, 2, &list))
                h->groups = list;
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

static void record_groups(SSL *s, span g)
{
    mbs_id_list_free(&s->client_groups);
    if (g.p == NULL || g.n < 2 || (s->client_groups.ids = malloc(g.n)) == NULL)
        return;
    for (size_t i = 0; i + 1 < g.n; i += 2)
        s->client_groups.ids[s->client_groups.n++] = (uint16_t)((g.p[i] << 8) | g.p[i + 1]);
}

static int list_has(const int *l, uint16_t id)
{
    for (; l != NULL && *l != 0; l++)
        if (*l == id)
            return 1;
    return 0;
}

/*
 * Cipher preference. OpenSSL's server follows the client's order unless SSL_OP_CIPHER_SERVER_PREFERENCE;
 * Mbed TLS walks its own list for TLS 1.2 and the client's list for TLS 1.3. We hand Mbed TLS a list in
 * the order OpenSSL would choose from: the client's order (TLS 1.3 picks it anyway), or for server
 * preference our order with only our best shared TLS 1.3 suite left, so that both walks agree.
 */
static int order_suites(SSL *s, span offered)
{
    if (offered.p == NULL || s->suites == NULL)
        return 1;
    size_t n = 0;
    while (s->suites[n] != 0)
        n++;
    int *out = calloc(n + 1, sizeof(int));
    if (out == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return 0;
    }
    size_t k = 0;
    if (!(s->s.options & SSL_OP_CIPHER_SERVER_PREFERENCE)) {
        for (size_t i = 0; i + 1 < offered.n; i += 2) {
            uint16_t id = (uint16_t)((offered.p[i] << 8) | offered.p[i + 1]);
            if (list_has(s->suites, id) && !list_has(out, id))
                out[k++] = id;
        }
    } else {
        int tls13_done = 0;
        for (size_t j = 0; j < n; j++) {
            int offered_by_client = 0;
            for (size_t i = 0; i + 1 < offered.n && !offered_by_client; i += 2)
                offered_by_client = ((offered.p[i] << 8) | offered.p[i + 1]) == s->suites[j];
            if (!offered_by_client)
                continue;
            const SSL_CIPHER *c = mbs_cipher_by_iana((uint16_t)s->suites[j]);
            if (c != NULL && mbs_cipher_is_tls13(c)) {
                if (tls13_done)
                    continue;
                tls13_done = 1;
            }
            out[k++] = s->suites[j];
        }
    }
    if (k == 0) {
        free(out); /* nothing shared: leave Mbed TLS to fail the handshake as it would */
        return 1;
    }
    free(s->suites);
    s->suites = out;
    mbedtls_ssl_conf_ciphersuites(&s->conf, s->suites);
    return 1;
}

long mbs_shared_group(const SSL *s, long n)
{
    /* OpenSSL answers on the server only: groups both sides support, in the client's order (ours with
     * SSL_OP_CIPHER_SERVER_PREFERENCE); n == -1 asks for the count */
    if (s->role != MBS_ROLE_SERVER || s->groups == NULL)
        return n == -1 ? 0 : 0;
    long count = 0;
    const mbs_id_list *client = &s->client_groups;
    int server_pref = (s->s.options & SSL_OP_CIPHER_SERVER_PREFERENCE) != 0;
    size_t outer_n = 0;
    while (s->groups[outer_n] != 0)
        outer_n++;
    size_t limit = server_pref ? outer_n : client->n;
    for (size_t i = 0; i < limit; i++) {
        uint16_t g = server_pref ? s->groups[i] : client->ids[i];
        int shared = 0;
        if (server_pref) {
            for (size_t j = 0; j < client->n && !shared; j++)
                shared = client->ids[j] == g;
        } else {
            for (size_t j = 0; j < outer_n && !shared; j++)
                shared = s->groups[j] == g;
        }
        if (!shared)
            continue;
        if (count == n)
            return mbs_group_nid(g);
        count++;
    }
    return n == -1 ? count : 0;
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
    hello_fields h;
    find_extensions(msg, msglen, &h);
    if (h.sni.p != NULL && h.sni.n > 0 && h.sni.n <= TLSEXT_MAXLEN_host_name && memchr(h.sni.p, 0, h.sni.n) == NULL) {
        free(s->hostname);
        s->hostname = strndup((const char *)h.sni.p, h.sni.n);
    }
    record_groups(s, h.groups);
    mbs_app_record_client_suites(s, h.suites.p, h.suites.n);
    int ok = run_servername_cb(s) && run_alpn_cb(s, h.alpn) && order_suites(s, h.suites);
    free(msg);
    free(s->ch_buf);
    s->ch_buf = NULL;
    s->ch_len = s->ch_cap = 0;
    return ok ? 0 : -1;
}
