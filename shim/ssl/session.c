/*
 * What a finished handshake leaves behind — version, cipher, ALPN, peer certificate, secrets for
 * keylogging — and SSL_SESSION objects for resumption (they carry Mbed TLS' own session state).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ssl/app_local.h"

/* ---- keylog and randoms: Mbed TLS reports secrets through its export-keys callback ---- */

static void hex(char *out, const unsigned char *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[p[i] >> 4];
        out[2 * i + 1] = digits[p[i] & 15];
    }
    out[2 * n] = '\0';
}

static void keylog_line(SSL *s, const char *label, const unsigned char *secret, size_t len)
{
    SSL_CTX_keylog_cb_func cb = s->ctx->keylog_cb;
    if (cb == NULL || len > 64)
        return;
    char line[64 + 1 + 64 + 1 + 128 + 1];
    char cr[65], sec[129];
    hex(cr, s->client_random, 32);
    hex(sec, secret, len);
    snprintf(line, sizeof(line), "%s %s %s", label, cr, sec);
    cb(s, line);
}

static void export_keys(void *p, mbedtls_ssl_key_export_type type, const unsigned char *secret, size_t len,
                        const unsigned char client_random[32], const unsigned char server_random[32],
                        mbedtls_tls_prf_types prf)
{
    (void)prf;
    SSL *s = p;
    memcpy(s->client_random, client_random, 32);
    memcpy(s->server_random, server_random, 32);
    s->have_randoms = 1;
    switch (type) {
    case MBEDTLS_SSL_KEY_EXPORT_TLS12_MASTER_SECRET:
        if (len <= sizeof(s->master_key)) {
            memcpy(s->master_key, secret, len);
            s->master_key_len = len;
        }
        keylog_line(s, "CLIENT_RANDOM", secret, len);
        break;
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
    case MBEDTLS_SSL_KEY_EXPORT_TLS1_3_CLIENT_EARLY_SECRET:
        keylog_line(s, "CLIENT_EARLY_TRAFFIC_SECRET", secret, len);
        break;
    case MBEDTLS_SSL_KEY_EXPORT_TLS1_3_CLIENT_HANDSHAKE_TRAFFIC_SECRET:
    case MBEDTLS_SSL_KEY_EXPORT_TLS1_3_SERVER_HANDSHAKE_TRAFFIC_SECRET:
    case MBEDTLS_SSL_KEY_EXPORT_TLS1_3_CLIENT_APPLICATION_TRAFFIC_SECRET:
    case MBEDTLS_SSL_KEY_EXPORT_TLS1_3_SERVER_APPLICATION_TRAFFIC_SECRET: {
        /* kept for keylog_tls13(), which writes them in OpenSSL's order */
        int i = type == MBEDTLS_SSL_KEY_EXPORT_TLS1_3_CLIENT_HANDSHAKE_TRAFFIC_SECRET   ? 0
                : type == MBEDTLS_SSL_KEY_EXPORT_TLS1_3_SERVER_HANDSHAKE_TRAFFIC_SECRET ? 1
                : type == MBEDTLS_SSL_KEY_EXPORT_TLS1_3_CLIENT_APPLICATION_TRAFFIC_SECRET ? 2
                                                                                          : 3;
        if (len <= sizeof(s->secret13[i])) {
            memcpy(s->secret13[i], secret, len);
            s->secret13_len[i] = len;
        }
        break;
    }
#endif
    default:
        break;
    }
}

/* The TLS 1.3 lines, in the order OpenSSL writes them (it differs between client and server). */
static void keylog_tls13(SSL *s)
{
    if (s->ctx->keylog_cb == NULL || s->secret13_len[0] == 0)
        return;
    unsigned char exporter[64];
    size_t elen = mbs_priv_exporter_secret(&s->mbed, exporter, s->secret13_len[3]);
    static const char *const names[4] = {"CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
                                          "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0"};
    /* -1 = EXPORTER_SECRET */
    static const int client_order[5] = {1, -1, 3, 0, 2}, server_order[5] = {1, 0, -1, 3, 2};
    const int *order = s->role == MBS_ROLE_SERVER ? server_order : client_order;
    for (int k = 0; k < 5; k++) {
        int i = order[k];
        if (i < 0) {
            if (elen > 0)
                keylog_line(s, "EXPORTER_SECRET", exporter, elen);
        } else if (s->secret13_len[i] > 0) {
            keylog_line(s, names[i], s->secret13[i], s->secret13_len[i]);
        }
    }
    OPENSSL_cleanse(exporter, sizeof(exporter));
}

void mbs_keylog_attach(SSL *s)
{
    mbedtls_ssl_set_export_keys_cb(&s->mbed, export_keys, s);
}

/* ---- SSL_SESSION ---- */

MBS_API SSL_SESSION *SSL_SESSION_new(void)
{
    MBS_TRACE_ENTRY();
    SSL_SESSION *ss = calloc(1, sizeof(*ss));
    if (ss == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    atomic_init(&ss->references, 1);
    mbedtls_ssl_session_init(&ss->mbed);
    ss->time = (long)time(NULL);
    ss->timeout = 304; /* OpenSSL's default for a bare session; handshakes use the context's timeout */
    if (!CRYPTO_new_ex_data(CRYPTO_EX_INDEX_SSL_SESSION, ss, &ss->ex_data)) {
        free(ss);
        return NULL;
    }
    return ss;
}

MBS_API int SSL_SESSION_up_ref(SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ss, 0);
    atomic_fetch_add(&ss->references, 1);
    return 1;
}

MBS_API void SSL_SESSION_free(SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    if (ss == NULL || atomic_fetch_sub(&ss->references, 1) != 1)
        return;
    CRYPTO_free_ex_data(CRYPTO_EX_INDEX_SSL_SESSION, ss, &ss->ex_data);
    mbedtls_ssl_session_free(&ss->mbed);
    X509_free(ss->peer);
    free(ss->hostname);
    free(ss->alpn);
    free(ss);
}

/* A session made by a handshake lives as long as the context says (OpenSSL: the session context's
 * timeout, else the method's default). */
static SSL_SESSION *new_session_for(const SSL *s)
{
    SSL_SESSION *ss = SSL_SESSION_new();
    if (ss != NULL)
        ss->timeout = s->initial_ctx->session_timeout > 0 ? s->initial_ctx->session_timeout : 7200;
    return ss;
}

/* Refreshes the SSL's session object from Mbed TLS (after the handshake, and per TLS 1.3 ticket). */
static void snapshot_session(SSL *s)
{
    SSL_SESSION *ss = s->session;
    if (ss == NULL || s->role != MBS_ROLE_CLIENT) {
        if (ss == NULL && (ss = new_session_for(s)) == NULL)
            return;
    } else if (atomic_load(&ss->references) > 1) {
        /* the app holds the old one (e.g. the session it resumed): give this connection a new one */
        SSL_SESSION *n = new_session_for(s);
        if (n == NULL)
            return;
        SSL_SESSION_free(ss);
        ss = n;
    }
    s->session = ss;
    if (s->role == MBS_ROLE_CLIENT) {
        mbedtls_ssl_session_free(&ss->mbed);
        mbedtls_ssl_session_init(&ss->mbed);
        ss->has_mbed = mbedtls_ssl_get_session(&s->mbed, &ss->mbed) == 0;
    }
    ss->version = s->version;
    ss->cipher_id = s->cipher_id;
    ss->verify_result = s->verify_result;
    if (s->version != TLS1_3_VERSION)
        ss->id_len = (unsigned int)mbs_priv_session_id(&s->mbed, ss->id, sizeof(ss->id));
    if (s->master_key_len > 0) {
        memcpy(ss->master_key, s->master_key, s->master_key_len);
        ss->master_key_len = s->master_key_len;
    }
    /* offerable again: TLS 1.3 only with a ticket, TLS 1.2 with a session id or a ticket */
    ss->resumable = s->version == TLS1_3_VERSION ? ss->has_ticket && ss->has_mbed
                                                  : ss->id_len > 0 || ss->has_mbed;
    ss->time = (long)time(NULL);
    if (ss->peer == NULL && s->peer_cert != NULL && X509_up_ref(s->peer_cert))
        ss->peer = s->peer_cert;
    if (ss->hostname == NULL && s->hostname != NULL)
        ss->hostname = strdup(s->hostname);
    if (ss->alpn == NULL && s->alpn_selected != NULL && (ss->alpn = malloc(s->alpn_selected_len)) != NULL) {
        memcpy(ss->alpn, s->alpn_selected, s->alpn_selected_len);
        ss->alpn_len = s->alpn_selected_len;
    }
    memcpy(ss->sid_ctx, s->s.sid_ctx, s->s.sid_ctx_len);
    ss->sid_ctx_len = s->s.sid_ctx_len;
}

static void announce_session(SSL *s)
{
    SSL_CTX *ctx = s->ctx;
    int mode = s->role == MBS_ROLE_CLIENT ? SSL_SESS_CACHE_CLIENT : SSL_SESS_CACHE_SERVER;
    if (ctx->new_session_cb == NULL || !(ctx->session_cache_mode & mode) || s->session == NULL)
        return;
    SSL_SESSION_up_ref(s->session);
    if (!ctx->new_session_cb(s, s->session))
        SSL_SESSION_free(s->session); /* the callback did not keep it */
}

void mbs_session_ticket_received(SSL *s)
{
    snapshot_session(s);
    if (s->session != NULL) {
        s->session->has_ticket = 1;
        s->session->resumable = s->session->has_mbed;
    }
    announce_session(s);
}

void mbs_capture_results(SSL *s)
{
    s->version = mbedtls_ssl_get_version_number(&s->mbed);
    s->cipher_id = (uint16_t)mbedtls_ssl_get_ciphersuite_id_from_ssl(&s->mbed);
    const char *alpn = mbedtls_ssl_get_alpn_protocol(&s->mbed);
    free(s->alpn_selected);
    s->alpn_selected = NULL;
    s->alpn_selected_len = 0;
    if (alpn != NULL && (s->alpn_selected = (unsigned char *)strdup(alpn)) != NULL)
        s->alpn_selected_len = strlen(alpn);

    /* a resumed session has no Certificate message: the peer and its verdict come from the session */
    if (s->peer_cert == NULL && s->session_reused && s->session != NULL) {
        if (s->session->peer != NULL && X509_up_ref(s->session->peer))
            s->peer_cert = s->session->peer;
        s->verify_result = s->session->verify_result;
    }
    if (s->peer_cert == NULL) {
        const mbedtls_x509_crt *pc = mbedtls_ssl_get_peer_cert(&s->mbed);
        if (pc != NULL && pc->raw.p != NULL) {
            const unsigned char *p = pc->raw.p;
            s->peer_cert = d2i_X509(NULL, &p, (long)pc->raw.len);
        }
    }
    if (s->version == TLS1_3_VERSION)
        keylog_tls13(s);
    /* TLS 1.3 clients learn their session from tickets later; TLS 1.2 has it now */
    if (s->role == MBS_ROLE_SERVER || s->version != TLS1_3_VERSION || s->session == NULL || !s->session_reused)
        snapshot_session(s);
    mbs_app_server_session_cached(s);
    if (s->version != TLS1_3_VERSION && !s->session_reused)
        announce_session(s);
}

MBS_API SSL_SESSION *SSL_get_session(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->session : NULL;
}

MBS_API SSL_SESSION *SSL_get1_session(SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || s->session == NULL)
        return NULL;
    SSL_SESSION_up_ref(s->session);
    return s->session;
}

MBS_API int SSL_set_session(SSL *s, SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    if (ss != NULL)
        SSL_SESSION_up_ref(ss);
    SSL_SESSION_free(s->session);
    s->session = ss;
    return 1;
}

MBS_API int SSL_session_reused(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL && s->session_reused;
}

MBS_API int SSL_SESSION_is_resumable(const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    return ss != NULL && ss->resumable;
}

MBS_API int SSL_SESSION_has_ticket(const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    return ss != NULL && ss->has_ticket;
}

MBS_API size_t SSL_SESSION_get_master_key(const SSL_SESSION *ss, unsigned char *out, size_t outlen)
{
    MBS_TRACE_ENTRY();
    if (ss == NULL)
        return 0;
    if (outlen == 0)
        return ss->master_key_len;
    if (outlen > ss->master_key_len)
        outlen = ss->master_key_len;
    memcpy(out, ss->master_key, outlen);
    return outlen;
}

MBS_API int SSL_SESSION_get_protocol_version(const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    return ss != NULL ? ss->version : 0;
}

MBS_API const SSL_CIPHER *SSL_SESSION_get0_cipher(const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    return ss != NULL ? mbs_cipher_by_iana(ss->cipher_id) : NULL;
}

MBS_API long SSL_SESSION_get_time(const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    return ss != NULL ? ss->time : 0;
}

MBS_API long SSL_SESSION_set_time(SSL_SESSION *ss, long t)
{
    MBS_TRACE_ENTRY();
    if (ss == NULL)
        return 0;
    ss->time = t;
    return t;
}

MBS_API long SSL_SESSION_get_timeout(const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    return ss != NULL ? ss->timeout : 0;
}

MBS_API long SSL_SESSION_set_timeout(SSL_SESSION *ss, long t)
{
    MBS_TRACE_ENTRY();
    if (ss == NULL)
        return 0;
    ss->timeout = t;
    return 1;
}

MBS_API const unsigned char *SSL_SESSION_get_id(const SSL_SESSION *ss, unsigned int *len)
{
    MBS_TRACE_ENTRY();
    if (len != NULL)
        *len = ss != NULL ? ss->id_len : 0;
    return ss != NULL ? ss->id : NULL;
}

MBS_API const char *SSL_SESSION_get0_hostname(const SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    return ss != NULL ? ss->hostname : NULL;
}

MBS_API X509 *SSL_SESSION_get0_peer(SSL_SESSION *ss)
{
    MBS_TRACE_ENTRY();
    return ss != NULL ? ss->peer : NULL;
}

MBS_API void SSL_SESSION_get0_alpn_selected(const SSL_SESSION *ss, const unsigned char **alpn, size_t *len)
{
    MBS_TRACE_ENTRY();
    if (alpn != NULL)
        *alpn = ss != NULL ? ss->alpn : NULL;
    if (len != NULL)
        *len = ss != NULL ? ss->alpn_len : 0;
}

MBS_API int SSL_SESSION_set_ex_data(SSL_SESSION *ss, int idx, void *arg)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ss, 0);
    return CRYPTO_set_ex_data(&ss->ex_data, idx, arg);
}

MBS_API void *SSL_SESSION_get_ex_data(const SSL_SESSION *ss, int idx)
{
    MBS_TRACE_ENTRY();
    return ss != NULL ? CRYPTO_get_ex_data(&ss->ex_data, idx) : NULL;
}

/* ---- negotiated parameters ---- */

static const char *version_string(int v)
{
    switch (v) {
    case TLS1_3_VERSION:
        return "TLSv1.3";
    case TLS1_2_VERSION:
        return "TLSv1.2";
    case TLS1_1_VERSION:
        return "TLSv1.1";
    case TLS1_VERSION:
        return "TLSv1";
    case SSL3_VERSION:
        return "SSLv3";
    default:
        return "unknown";
    }
}

/* Before a handshake OpenSSL reports its highest protocol (or the method's fixed one), whatever the
 * configured bounds. */
static int current_version(const SSL *s)
{
    if (s->version != 0)
        return s->version;
    return s->method->version != TLS_ANY_VERSION ? s->method->version : TLS1_3_VERSION;
}

MBS_API const char *SSL_get_version(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? version_string(current_version(s)) : "unknown";
}

MBS_API int SSL_version(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? current_version(s) : 0;
}

/* The version the client asked for: the method's (TLS_ANY_VERSION for the generic methods) until a
 * ClientHello exists, then the highest the client offered. */
MBS_API int SSL_client_version(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return 0;
    if (s->hs == MBS_HS_BEFORE)
        return s->method->version;
    if (s->method->version != TLS_ANY_VERSION)
        return s->method->version;
    int max = s->s.max_proto != 0 ? s->s.max_proto : TLS1_3_VERSION;
    if (max == TLS1_3_VERSION && (s->s.options & SSL_OP_NO_TLSv1_3))
        max = TLS1_2_VERSION;
    return s->role == MBS_ROLE_CLIENT ? max : s->version;
}

MBS_API const SSL_CIPHER *SSL_get_current_cipher(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || s->hs != MBS_HS_DONE)
        return NULL;
    return mbs_cipher_by_iana(s->cipher_id);
}

MBS_API const SSL_CIPHER *SSL_get_pending_cipher(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return SSL_get_current_cipher(s);
}

MBS_API size_t SSL_get_finished(const SSL *s, void *buf, size_t count)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || !s->mbed_ready || s->hs != MBS_HS_DONE)
        return 0;
    return mbs_priv_finished(&s->mbed, s->role == MBS_ROLE_SERVER, buf, count);
}

MBS_API size_t SSL_get_peer_finished(const SSL *s, void *buf, size_t count)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || !s->mbed_ready || s->hs != MBS_HS_DONE)
        return 0;
    return mbs_priv_finished(&s->mbed, s->role != MBS_ROLE_SERVER, buf, count);
}

static size_t copy_out(unsigned char *out, size_t outlen, const unsigned char *src, size_t len)
{
    if (outlen == 0)
        return len;
    if (outlen > len)
        outlen = len;
    memcpy(out, src, outlen);
    return outlen;
}

MBS_API size_t SSL_get_client_random(const SSL *s, unsigned char *out, size_t outlen)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || !s->have_randoms)
        return 0;
    return copy_out(out, outlen, s->client_random, 32);
}

MBS_API size_t SSL_get_server_random(const SSL *s, unsigned char *out, size_t outlen)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || !s->have_randoms)
        return 0;
    return copy_out(out, outlen, s->server_random, 32);
}

MBS_API int SSL_export_keying_material(SSL *s, unsigned char *out, size_t olen, const char *label, size_t llen,
                                       const unsigned char *context, size_t contextlen, int use_context)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    if (s->hs != MBS_HS_DONE || !s->mbed_ready)
        return -1; /* as OpenSSL: no session yet, no error queued */
    int r = mbedtls_ssl_export_keying_material(&s->mbed, out, olen, label, llen, context, contextlen,
                                               use_context);
    if (r != 0) {
        MBS_RAISE_MBEDTLS(s, r);
        return 0;
    }
    return 1;
}
