/*
 * Small libssl functions the app suite needed: alert/state strings, ALPN/NPN
 * helpers, post-handshake auth, read-ahead, ticket counts, callback setters and
 * getters, early-data settings, method queries.
 *
 * Several setters store a callback that Mbed TLS gives us no hook to call (NPN,
 * PSK callbacks, the certificate callback, ticket app-data callbacks): they are
 * accepted so that an app's set-up succeeds without leaving an error on the
 * queue, the getters return what was set, and the feature itself stays
 * unavailable (the handshake behaves as if the callback were not set).
 */
#include <string.h>

#include "ssl/app_local.h"

/* ---- alert descriptions (value = level << 8 | description, as the info
 * callback reports) ---- */

struct alert_name {
    int code;
    const char *abbrev;
    const char *text;
};

static const struct alert_name alert_names[] = {
    {0, "CN", "close notify"},
    {10, "UM", "unexpected_message"},
    {20, "BM", "bad record mac"},
    {21, "DC", "decryption failed"},
    {22, "RO", "record overflow"},
    {30, "DF", "decompression failure"},
    {40, "HF", "handshake failure"},
    {41, "NC", "no certificate"},
    {42, "BC", "bad certificate"},
    {43, "UC", "unsupported certificate"},
    {44, "CR", "certificate revoked"},
    {45, "CE", "certificate expired"},
    {46, "CU", "certificate unknown"},
    {47, "IP", "illegal parameter"},
    {48, "CA", "unknown CA"},
    {49, "AD", "access denied"},
    {50, "DE", "decode error"},
    {51, "CY", "decrypt error"},
    {60, "ER", "export restriction"},
    {70, "PV", "protocol version"},
    {71, "IS", "insufficient security"},
    {80, "IE", "internal error"},
    {90, "US", "user canceled"},
    {100, "NR", "no renegotiation"},
    {110, "UE", "unsupported extension"},
    {111, "CO", "certificate unobtainable"},
    {112, "UN", "unrecognized name"},
    {113, "BR", "bad certificate status response"},
    {114, "BH", "bad certificate hash value"},
    {115, "UP", "unknown PSK identity"},
    {120, "UK", "no application protocol"},
};

static const struct alert_name *alert_lookup(int value)
{
    int desc = value & 0xff;
    for (size_t i = 0; i < sizeof(alert_names) / sizeof(alert_names[0]); i++)
        if (alert_names[i].code == desc)
            return &alert_names[i];
    return NULL;
}

MBS_API const char *SSL_alert_desc_string(int value)
{
    MBS_TRACE_ENTRY();
    const struct alert_name *a = alert_lookup(value);
    return a != NULL ? a->abbrev : "UK";
}

MBS_API const char *SSL_alert_desc_string_long(int value)
{
    MBS_TRACE_ENTRY();
    const struct alert_name *a = alert_lookup(value);
    return a != NULL ? a->text : "unknown";
}

MBS_API const char *SSL_alert_type_string(int value)
{
    MBS_TRACE_ENTRY();
    switch (value >> 8) {
    case SSL3_AL_WARNING:
        return "W";
    case SSL3_AL_FATAL:
        return "F";
    default:
        return "U";
    }
}

MBS_API const char *SSL_alert_type_string_long(int value)
{
    MBS_TRACE_ENTRY();
    switch (value >> 8) {
    case SSL3_AL_WARNING:
        return "warning";
    case SSL3_AL_FATAL:
        return "fatal";
    default:
        return "unknown";
    }
}

/* A record header read without its body yet: "read body", else "read header". */
static int reading_body(const SSL *s)
{
    return s != NULL && s->mbed_ready && mbs_priv_in_left(&s->mbed) >= 5;
}

MBS_API const char *SSL_rstate_string(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return reading_body(s) ? "RB" : "RH";
}

MBS_API const char *SSL_rstate_string_long(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return reading_body(s) ? "read body" : "read header";
}

/* ---- ALPN / NPN ---- */

/* (SSL_select_next_proto lives in alpn.c) */

/* NPN is not offered by Mbed TLS: the callbacks are kept for the getters' sake
 * and never called. */
MBS_API void SSL_CTX_set_next_proto_select_cb(SSL_CTX *ctx, SSL_CTX_npn_select_cb_func cb, void *arg)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx(ctx)) == NULL)
        return;
    e->npn_select_cb = cb;
    e->npn_select_arg = arg;
}

MBS_API void SSL_CTX_set_next_protos_advertised_cb(SSL_CTX *ctx, SSL_CTX_npn_advertised_cb_func cb, void *arg)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx(ctx)) == NULL)
        return;
    e->npn_adv_cb = cb;
    e->npn_adv_arg = arg;
}

MBS_API void SSL_get0_next_proto_negotiated(const SSL *s, const unsigned char **data, unsigned *len)
{
    MBS_TRACE_ENTRY();
    (void)s;
    if (data != NULL)
        *data = NULL;
    if (len != NULL)
        *len = 0;
}

/* ---- post-handshake client authentication (TLS 1.3) ---- */

/* Mbed TLS 3.6 has no post-handshake authentication: the flag is remembered,
 * the extension is never sent, so a server's SSL_verify_client_post_handshake()
 * fails as OpenSSL's does when the client did not offer it. */
MBS_API void SSL_CTX_set_post_handshake_auth(SSL_CTX *ctx, int val)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx(ctx)) == NULL)
        return;
    e->pha = val != 0;
}

MBS_API void SSL_set_post_handshake_auth(SSL *s, int val)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    if (s == NULL || (e = mbs_app_ssl(s)) == NULL)
        return;
    e->pha = val != 0;
}

MBS_API int SSL_verify_client_post_handshake(SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    if (s->version != TLS1_3_VERSION) {
        MBS_RAISE(SSL_R_WRONG_SSL_VERSION);
        return 0;
    }
    if (s->role != MBS_ROLE_SERVER) {
        MBS_RAISE(SSL_R_NOT_SERVER);
        return 0;
    }
    if (s->hs != MBS_HS_DONE) {
        MBS_RAISE(SSL_R_STILL_IN_INIT);
        return 0;
    }
    MBS_RAISE(SSL_R_EXTENSION_NOT_RECEIVED);
    return 0;
}

/* ---- read-ahead, tickets, timeouts, method ---- */

/* Mbed TLS reads whole records itself; the flag (copied from the context at
 * SSL_new, as the rest of the settings) is only reported back. */
MBS_API void SSL_set_read_ahead(SSL *s, int yes)
{
    MBS_TRACE_ENTRY();
    if (s != NULL)
        s->s.read_ahead = yes;
}

MBS_API int SSL_get_read_ahead(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->s.read_ahead : 0;
}

MBS_API int SSL_set_num_tickets(SSL *s, size_t num_tickets)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    s->s.num_tickets = num_tickets;
    s->s.num_tickets_set = 1;
    return 1;
}

/* The SSL's own count, else its context's: the tickets a TLS 1.3 server sends. */
size_t mbs_num_tickets(const SSL *s)
{
    if (s->s.num_tickets_set)
        return s->s.num_tickets;
    return s->ctx != NULL ? s->ctx->num_tickets : 0;
}

MBS_API size_t SSL_get_num_tickets(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? mbs_num_tickets(s) : 0;
}

/* OpenSSL's TLS methods: two hours. */
MBS_API long SSL_get_default_timeout(const SSL *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return 7200;
}

MBS_API int SSL_is_dtls(const SSL *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return 0;
}

MBS_API const SSL_METHOD *SSL_get_ssl_method(const SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, NULL);
    return s->method;
}

MBS_API int SSL_set_ssl_method(SSL *s, const SSL_METHOD *meth)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    MBS_CHECK_NULL(meth, 0);
    s->method = meth;
    /* a role-specific method decides the side when none was chosen yet */
    if (s->role == MBS_ROLE_UNSET)
        s->role = meth->role;
    return 1;
}

/* ---- callback getters over the core structs ---- */

MBS_API int (*SSL_CTX_sess_get_new_cb(SSL_CTX *ctx))(SSL *, SSL_SESSION *)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->new_session_cb : NULL;
}

MBS_API void (*SSL_CTX_sess_get_remove_cb(SSL_CTX *ctx))(SSL_CTX *, SSL_SESSION *)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->remove_session_cb : NULL;
}

MBS_API int (*SSL_CTX_get_client_cert_cb(SSL_CTX *ctx))(SSL *, X509 **, EVP_PKEY **)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->client_cert_cb : NULL;
}

/* ---- per-SSL password callback (used by the app's own PEM calls through the
 * getters) ---- */

MBS_API void SSL_set_default_passwd_cb(SSL *s, pem_password_cb *cb)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    if (s == NULL || (e = mbs_app_ssl(s)) == NULL)
        return;
    e->passwd_cb = cb;
    e->passwd_cb_set = 1;
}

MBS_API void SSL_set_default_passwd_cb_userdata(SSL *s, void *u)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    if (s == NULL || (e = mbs_app_ssl(s)) == NULL)
        return;
    e->passwd_arg = u;
    e->passwd_arg_set = 1;
}

/* What the SSL set for itself (NULL included), else its context's. */
MBS_API pem_password_cb *SSL_get_default_passwd_cb(SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return NULL;
    const struct mbs_app_ssl_ext *e = mbs_app_ssl_peek(s);
    if (e != NULL && e->passwd_cb_set)
        return e->passwd_cb;
    return s->ctx != NULL ? s->ctx->passwd_cb : NULL;
}

MBS_API void *SSL_get_default_passwd_cb_userdata(SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return NULL;
    const struct mbs_app_ssl_ext *e = mbs_app_ssl_peek(s);
    if (e != NULL && e->passwd_arg_set)
        return e->passwd_arg;
    return s->ctx != NULL ? s->ctx->passwd_arg : NULL;
}

/* ---- callbacks accepted but not called (see the file comment) ---- */

MBS_API void SSL_CTX_set_cert_cb(SSL_CTX *ctx, int (*cb)(SSL *, void *), void *arg)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx(ctx)) == NULL)
        return;
    e->cert_cb = cb;
    e->cert_cb_arg = arg;
}

MBS_API void SSL_set_cert_cb(SSL *s, int (*cb)(SSL *, void *), void *arg)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    if (s == NULL || (e = mbs_app_ssl(s)) == NULL)
        return;
    e->cert_cb = cb;
    e->cert_cb_arg = arg;
}

MBS_API void SSL_CTX_set_psk_client_callback(SSL_CTX *ctx, SSL_psk_client_cb_func cb)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx(ctx)) == NULL)
        return;
    e->psk_client_cb = cb;
}

MBS_API void SSL_CTX_set_psk_server_callback(SSL_CTX *ctx, SSL_psk_server_cb_func cb)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx(ctx)) == NULL)
        return;
    e->psk_server_cb = cb;
}

MBS_API void SSL_set_psk_client_callback(SSL *s, SSL_psk_client_cb_func cb)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    if (s == NULL || (e = mbs_app_ssl(s)) == NULL)
        return;
    e->psk_client_cb = cb;
}

MBS_API void SSL_set_psk_server_callback(SSL *s, SSL_psk_server_cb_func cb)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    if (s == NULL || (e = mbs_app_ssl(s)) == NULL)
        return;
    e->psk_server_cb = cb;
}

MBS_API int SSL_CTX_set_session_ticket_cb(SSL_CTX *ctx, SSL_CTX_generate_session_ticket_fn gen_cb,
                                          SSL_CTX_decrypt_session_ticket_fn dec_cb, void *arg)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    MBS_CHECK_NULL(ctx, 0);
    if ((e = mbs_app_ctx(ctx)) == NULL)
        return 0;
    e->ticket_gen_cb = gen_cb;
    e->ticket_dec_cb = dec_cb;
    e->ticket_cb_arg = arg;
    return 1;
}

/* ---- early data: never sent or accepted (Mbed TLS early data is not enabled
 * in our config) ---- */

MBS_API int SSL_CTX_set_max_early_data(SSL_CTX *ctx, uint32_t max_early_data)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    MBS_CHECK_NULL(ctx, 0);
    if ((e = mbs_app_ctx(ctx)) == NULL)
        return 0;
    e->max_early_data = max_early_data;
    return 1;
}

MBS_API uint32_t SSL_CTX_get_max_early_data(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    const struct mbs_app_ctx_ext *e = mbs_app_ctx_peek(ctx);
    return e != NULL ? e->max_early_data : 0;
}

/* OpenSSL's default for the receive limit is one full record. */
#define MBS_DEFAULT_RECV_EARLY 16384

MBS_API int SSL_CTX_set_recv_max_early_data(SSL_CTX *ctx, uint32_t recv_max_early_data)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    MBS_CHECK_NULL(ctx, 0);
    if ((e = mbs_app_ctx(ctx)) == NULL)
        return 0;
    e->recv_max_early_data = recv_max_early_data;
    e->max_early_data_set = 1;
    return 1;
}

MBS_API uint32_t SSL_CTX_get_recv_max_early_data(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    const struct mbs_app_ctx_ext *e = mbs_app_ctx_peek(ctx);
    return e != NULL && e->max_early_data_set ? e->recv_max_early_data : MBS_DEFAULT_RECV_EARLY;
}

MBS_API int SSL_set_max_early_data(SSL *s, uint32_t max_early_data)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    MBS_CHECK_NULL(s, 0);
    if ((e = mbs_app_ssl(s)) == NULL)
        return 0;
    e->max_early_data = max_early_data;
    e->max_early_data_set |= 1;
    return 1;
}

MBS_API uint32_t SSL_get_max_early_data(const SSL *s)
{
    MBS_TRACE_ENTRY();
    const struct mbs_app_ssl_ext *e = mbs_app_ssl_peek(s);
    if (e != NULL && (e->max_early_data_set & 1))
        return e->max_early_data;
    return s != NULL ? SSL_CTX_get_max_early_data(s->ctx) : 0;
}

MBS_API int SSL_set_recv_max_early_data(SSL *s, uint32_t recv_max_early_data)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    MBS_CHECK_NULL(s, 0);
    if ((e = mbs_app_ssl(s)) == NULL)
        return 0;
    e->recv_max_early_data = recv_max_early_data;
    e->max_early_data_set |= 2;
    return 1;
}

MBS_API uint32_t SSL_get_recv_max_early_data(const SSL *s)
{
    MBS_TRACE_ENTRY();
    const struct mbs_app_ssl_ext *e = mbs_app_ssl_peek(s);
    if (e != NULL && (e->max_early_data_set & 2))
        return e->recv_max_early_data;
    return s != NULL ? SSL_CTX_get_recv_max_early_data(s->ctx) : MBS_DEFAULT_RECV_EARLY;
}

MBS_API int SSL_get_early_data_status(const SSL *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return SSL_EARLY_DATA_NOT_SENT;
}

MBS_API uint32_t SSL_SESSION_get_max_early_data(const SSL_SESSION *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return 0;
}

/* ---- verification purpose / trust: set on the inherited X509_VERIFY_PARAM
 * ---- */

MBS_API int SSL_CTX_set_purpose(SSL_CTX *ctx, int purpose)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return X509_VERIFY_PARAM_set_purpose(ctx->s.param, purpose);
}

MBS_API int SSL_set_purpose(SSL *s, int purpose)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return X509_VERIFY_PARAM_set_purpose(s->s.param, purpose);
}

MBS_API int SSL_CTX_set_trust(SSL_CTX *ctx, int trust)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return X509_VERIFY_PARAM_set_trust(ctx->s.param, trust);
}

MBS_API int SSL_set_trust(SSL *s, int trust)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return X509_VERIFY_PARAM_set_trust(s->s.param, trust);
}
