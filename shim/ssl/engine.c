/*
 * The protocol engine: builds the per-SSL Mbed TLS configuration, connects Mbed TLS to the app's BIOs,
 * drives the handshake and carries application data, turning every outcome into OpenSSL's answer
 * (return value, rwstate for SSL_get_error, error queue).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <mbedtls/debug.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/psa_util.h>

#include "ssl/app_local.h"
#include "ssl/certkey.h"
#include "ssl/ssl_local.h"

void mbs_capture_results(SSL *s);
void mbs_keylog_attach(SSL *s);

/* ---------------------------------------------------------------------------------------------
 * Transport: Mbed TLS reads and writes through the SSL's BIOs, honouring their retry flags.
 * ------------------------------------------------------------------------------------------- */

/* Writes what is pending in the flight buffer: 0 when empty, else Mbed TLS' WANT_WRITE or failure. */
static int flush_flight(SSL *s)
{
    while (s->obuf_off < s->obuf_len) {
        if (s->wbio == NULL) {
            s->io_syscall_error = 1;
            return MBEDTLS_ERR_NET_SEND_FAILED;
        }
        size_t left = s->obuf_len - s->obuf_off;
        int n = BIO_write(s->wbio, s->obuf + s->obuf_off, left > INT32_MAX ? INT32_MAX : (int)left);
        if (n > 0) {
            s->obuf_off += (size_t)n;
            continue;
        }
        if (BIO_should_retry(s->wbio)) {
            s->rwstate = MBS_WRITING;
            return MBEDTLS_ERR_SSL_WANT_WRITE;
        }
        s->io_syscall_error = 1;
        s->saved_errno = errno;
        return MBEDTLS_ERR_NET_SEND_FAILED;
    }
    s->obuf_len = s->obuf_off = 0;
    return 0;
}

static int bio_send(void *ctx, const unsigned char *buf, size_t len)
{
    SSL *s = ctx;
    if (s->buffering) {
        /* OpenSSL sends a handshake flight in one write: a peer that fails fast then still gets (and a
         * fast-closing peer does not cut off) the whole flight; also fewer, fuller TCP segments */
        if (s->obuf_cap - s->obuf_len < len) {
            size_t cap = s->obuf_len + len + 4096;
            unsigned char *p = realloc(s->obuf, cap);
            if (p == NULL)
                return MBEDTLS_ERR_SSL_ALLOC_FAILED;
            s->obuf = p;
            s->obuf_cap = cap;
        }
        memcpy(s->obuf + s->obuf_len, buf, len);
        s->obuf_len += len;
        return (int)len;
    }
    if (s->wbio == NULL) {
        s->io_syscall_error = 1; /* OpenSSL queues nothing: SSL_ERROR_SYSCALL */
        return MBEDTLS_ERR_NET_SEND_FAILED;
    }
    int n = BIO_write(s->wbio, buf, len > INT32_MAX ? INT32_MAX : (int)len);
    if (n > 0)
        return n;
    if (BIO_should_retry(s->wbio)) {
        s->rwstate = MBS_WRITING;
        return MBEDTLS_ERR_SSL_WANT_WRITE;
    }
    s->io_syscall_error = 1;
    s->saved_errno = errno;
    return MBEDTLS_ERR_NET_SEND_FAILED;
}

static int bio_recv(void *ctx, unsigned char *buf, size_t len)
{
    SSL *s = ctx;
    int f = flush_flight(s); /* about to wait for the peer: our flight must be on its way */
    if (f != 0)
        return f;
    if (s->rbio == NULL) {
        /* OpenSSL: a missing read BIO is reported (a missing write BIO is not, see flush_flight) */
        MBS_RAISE(SSL_R_READ_BIO_NOT_SET);
        s->io_error_queued = 1;
        return MBEDTLS_ERR_SSL_BAD_INPUT_DATA;
    }
    int n = BIO_read(s->rbio, buf, len > INT32_MAX ? INT32_MAX : (int)len);
    if (n > 0) {
        if (s->first_len < sizeof(s->first_bytes)) {
            size_t k = sizeof(s->first_bytes) - s->first_len;
            if (k > (size_t)n)
                k = (size_t)n;
            memcpy(s->first_bytes + s->first_len, buf, k);
            s->first_len += k;
        }
        if (s->role == MBS_ROLE_SERVER && !s->ch_done && mbs_clienthello_feed(s, buf, (size_t)n) < 0) {
            s->io_error_queued = 1;
            return MBEDTLS_ERR_SSL_HANDSHAKE_FAILURE;
        }
        return n;
    }
    if (BIO_should_retry(s->rbio)) {
        s->rwstate = MBS_READING;
        return MBEDTLS_ERR_SSL_WANT_READ;
    }
    if (BIO_eof(s->rbio)) {
        return 0; /* Mbed TLS reports MBEDTLS_ERR_SSL_CONN_EOF */
    }
    s->io_syscall_error = 1;
    s->saved_errno = errno;
    return MBEDTLS_ERR_NET_RECV_FAILED;
}

void mbs_reset_io_state(SSL *s)
{
    s->rwstate = MBS_NOTHING;
    s->io_syscall_error = 0;
    s->io_error_queued = 0;
    s->saved_errno = 0;
}

/* ---------------------------------------------------------------------------------------------
 * Configuration: OpenSSL settings → one Mbed TLS config per SSL (built at its first handshake call).
 * ------------------------------------------------------------------------------------------- */

static void debug_cb(void *ctx, int level, const char *file, int line, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "mbedtls[%d] %s:%d: %s", level, file, line, msg);
}

static MBS_RESULT set_versions(SSL *s)
{
    int min = s->s.min_proto, max = s->s.max_proto;
    if (s->method->version != TLS_ANY_VERSION) /* TLSv1_2_method() and friends fix the version */
        min = max = s->method->version;
    if (min == 0 || min < TLS1_2_VERSION)
        min = TLS1_2_VERSION; /* Mbed TLS 3.6 speaks TLS 1.2 and 1.3 only */
    if (max == 0)
        max = TLS1_3_VERSION;
    if (s->s.options & SSL_OP_NO_TLSv1_3)
        max = max > TLS1_2_VERSION ? TLS1_2_VERSION : max;
    if (s->s.options & SSL_OP_NO_TLSv1_2)
        min = min < TLS1_3_VERSION ? TLS1_3_VERSION : min;
    MBS_ENSURE(min <= max && max >= TLS1_2_VERSION, SSL_R_NO_PROTOCOLS_AVAILABLE);
    mbedtls_ssl_conf_min_tls_version(&s->conf, (mbedtls_ssl_protocol_version)min);
    mbedtls_ssl_conf_max_tls_version(&s->conf, (mbedtls_ssl_protocol_version)max);
    return MBS_OK;
}

static MBS_RESULT set_suites(SSL *s)
{
    mbs_id_list l;
    if (!mbs_settings_suites(&s->s, &l))
        return MBS_ERR;
    free(s->suites);
    s->suites = calloc(l.n + 1, sizeof(int)); /* 0-terminated, as Mbed TLS wants it */
    for (size_t i = 0; s->suites != NULL && i < l.n; i++)
        s->suites[i] = l.ids[i];
    size_t n = l.n;
    mbs_id_list_free(&l);
    MBS_ENSURE(s->suites != NULL, ERR_R_MALLOC_FAILURE);
    MBS_ENSURE(n > 0, SSL_R_NO_CIPHERS_AVAILABLE);
    mbedtls_ssl_conf_ciphersuites(&s->conf, s->suites);
    return MBS_OK;
}

static MBS_RESULT set_groups(SSL *s)
{
    mbs_id_list d = {0};
    const mbs_id_list *l = &s->s.groups;
    if (l->n == 0) {
        MBS_ENSURE(mbs_groups_default(&d), ERR_R_MALLOC_FAILURE);
        l = &d;
    }
    free(s->groups);
    s->groups = calloc(l->n + 1, sizeof(uint16_t));
    if (s->groups != NULL)
        memcpy(s->groups, l->ids, l->n * sizeof(uint16_t));
    mbs_id_list_free(&d);
    MBS_ENSURE(s->groups != NULL, ERR_R_MALLOC_FAILURE);
    mbedtls_ssl_conf_groups(&s->conf, s->groups);
    return MBS_OK;
}

/*
 * A client's default signature algorithms put RSA PKCS#1 ahead of RSA-PSS. Mbed TLS 3.6's TLS 1.2 client
 * cannot verify an rsa_pss_rsae ServerKeyExchange (Mbed TLS issue #10668) although it offers those schemes
 * for TLS 1.3; OpenSSL servers follow the client's order by default, so a TLS 1.2 server then picks
 * PKCS#1, while a TLS 1.3 server, which may not use PKCS#1 in CertificateVerify, still picks PSS.
 */
static const uint16_t client_default_sigalgs[] = {
    0x0403, 0x0503, 0x0603, /* ecdsa_secp256r1_sha256, _secp384r1_sha384, _secp521r1_sha512 */
    0x0401, 0x0501, 0x0601, /* rsa_pkcs1_sha256, _sha384, _sha512 */
    0x0804, 0x0805, 0x0806, /* rsa_pss_rsae_sha256, _sha384, _sha512 */
    0,                      /* MBEDTLS_TLS1_3_SIG_NONE */
};

static MBS_RESULT set_sig_algs(SSL *s)
{
    if (s->s.sigalgs.n == 0) {
        if (s->role == MBS_ROLE_CLIENT)
            mbedtls_ssl_conf_sig_algs(&s->conf, client_default_sigalgs);
        return MBS_OK; /* a server keeps Mbed TLS' defaults */
    }
    free(s->sig_algs);
    s->sig_algs = calloc(s->s.sigalgs.n + 1, sizeof(uint16_t)); /* 0 = MBEDTLS_TLS1_3_SIG_NONE */
    MBS_ENSURE(s->sig_algs != NULL, ERR_R_MALLOC_FAILURE);
    memcpy(s->sig_algs, s->s.sigalgs.ids, s->s.sigalgs.n * sizeof(uint16_t));
    mbedtls_ssl_conf_sig_algs(&s->conf, s->sig_algs);
    return MBS_OK;
}

/* Wire-format ALPN list → the NULL-terminated string array Mbed TLS wants. */
MBS_RESULT mbs_alpn_to_list(SSL *s, const unsigned char *wire, size_t len)
{
    size_t count = 0;
    for (size_t i = 0; i < len; i += 1 + wire[i])
        count++;
    free(s->alpn_list);
    free(s->alpn_store);
    s->alpn_list = calloc(count + 1, sizeof(char *));
    s->alpn_store = malloc(len + 1);
    MBS_ENSURE(s->alpn_list != NULL && s->alpn_store != NULL, ERR_R_MALLOC_FAILURE);
    char *p = s->alpn_store;
    size_t k = 0;
    for (size_t i = 0; i < len; i += 1 + wire[i]) {
        memcpy(p, wire + i + 1, wire[i]);
        p[wire[i]] = '\0';
        s->alpn_list[k++] = p;
        p += wire[i] + 1;
    }
    return MBS_OK;
}

/* Own certificate: reuse the context's parsed copy when the SSL has not overridden it. */
static MBS_RESULT set_own_cert(SSL *s)
{
    mbs_cert_key *ck = &s->ck;
    SSL_CTX *ctx = s->ctx;
    if (ck->inherited && ck->x509 == ctx->ck.x509 && ck->pkey == ctx->ck.pkey) {
        /* parse the context's keys once, not per connection */
        pthread_mutex_lock(&ctx->lock);
        int ok = mbs_cert_key_build(&ctx->ck);
        pthread_mutex_unlock(&ctx->lock);
        MBS_GUARD(ok);
        ck = &ctx->ck;
    } else {
        MBS_GUARD(mbs_cert_key_build(ck));
    }
    /* every complete pair (one per key type): Mbed TLS picks by suite and signature algorithm */
    for (mbs_cert_key *p = ck; p != NULL; p = p->alt)
        if (p->crt != NULL && p->pk != NULL)
            MBS_ENSURE(mbedtls_ssl_conf_own_cert(&s->conf, p->crt, p->pk) == 0, ERR_R_INTERNAL_ERROR);
    return MBS_OK;
}

static MBS_RESULT set_server_resumption(SSL *s)
{
    SSL_CTX *ctx = s->ctx;
    int ok = MBS_OK;
    pthread_mutex_lock(&ctx->lock);
    if (!(s->s.options & SSL_OP_NO_TICKET) && !ctx->tickets_ready) {
        mbedtls_ssl_ticket_init(&ctx->tickets);
        if (mbedtls_ssl_ticket_setup(&ctx->tickets, mbedtls_psa_get_random, MBEDTLS_PSA_RANDOM_STATE,
                                     MBEDTLS_CIPHER_AES_256_GCM, (uint32_t)(ctx->session_timeout > 0 ? ctx->session_timeout : 7200)) == 0)
            ctx->tickets_ready = 1;
        else
            mbedtls_ssl_ticket_free(&ctx->tickets);
    }
    if ((ctx->session_cache_mode & SSL_SESS_CACHE_SERVER) && !ctx->cache_ready) {
        mbedtls_ssl_cache_init(&ctx->cache);
        mbedtls_ssl_cache_set_max_entries(&ctx->cache, ctx->session_cache_size > 0
                                                           ? (int)ctx->session_cache_size
                                                           : 1024);
        mbedtls_ssl_cache_set_timeout(&ctx->cache, ctx->session_timeout);
        ctx->cache_ready = 1;
    }
    pthread_mutex_unlock(&ctx->lock);
    if (!(s->s.options & SSL_OP_NO_TICKET) && ctx->tickets_ready) {
        mbedtls_ssl_conf_session_tickets_cb(&s->conf, mbedtls_ssl_ticket_write, mbedtls_ssl_ticket_parse,
                                            &ctx->tickets);
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
        mbedtls_ssl_conf_new_session_tickets(&s->conf, (uint16_t)mbs_num_tickets(s));
#endif
    } else {
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
        mbedtls_ssl_conf_new_session_tickets(&s->conf, 0);
#endif
    }
    if ((ctx->session_cache_mode & SSL_SESS_CACHE_SERVER) && ctx->cache_ready)
        mbedtls_ssl_conf_session_cache(&s->conf, &ctx->cache, mbedtls_ssl_cache_get, mbedtls_ssl_cache_set);
    return ok;
}

MBS_RESULT mbs_setup(SSL *s)
{
    int server = s->role == MBS_ROLE_SERVER;
    MBS_ENSURE(mbs_psa_init(), ERR_R_INTERNAL_ERROR);
    mbedtls_ssl_config_init(&s->conf);
    mbedtls_ssl_init(&s->mbed);
    s->mbed_ready = 1;
    MBS_ENSURE(mbedtls_ssl_config_defaults(&s->conf, server ? MBEDTLS_SSL_IS_SERVER : MBEDTLS_SSL_IS_CLIENT,
                                           MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT) == 0,
               ERR_R_INTERNAL_ERROR);
    mbedtls_ssl_conf_rng(&s->conf, mbedtls_psa_get_random, MBEDTLS_PSA_RANDOM_STATE);

    const char *dbg = getenv("MBEDSHIM_DEBUG");
    if (dbg != NULL && *dbg != '\0') {
        mbedtls_debug_set_threshold(atoi(dbg));
        mbedtls_ssl_conf_dbg(&s->conf, debug_cb, NULL);
    }

    MBS_GUARD(set_versions(s));
    MBS_GUARD(set_suites(s));
    MBS_GUARD(set_groups(s));
    MBS_GUARD(set_sig_algs(s));
    MBS_GUARD(set_own_cert(s));

    /* We verify with libcrypto's API (verify.c); Mbed TLS asks us through the CA and verify callbacks.
     * A client always verifies (OpenSSL records the result even in SSL_VERIFY_NONE mode). */
    int authmode;
    if (!server)
        authmode = (s->s.verify_mode & SSL_VERIFY_PEER) ? MBEDTLS_SSL_VERIFY_REQUIRED
                                                         : MBEDTLS_SSL_VERIFY_OPTIONAL;
    else if (!(s->s.verify_mode & SSL_VERIFY_PEER))
        authmode = MBEDTLS_SSL_VERIFY_NONE;
    else
        authmode = MBEDTLS_SSL_VERIFY_OPTIONAL; /* the driver enforces the rest (verify_abort_needed) */
    mbedtls_ssl_conf_authmode(&s->conf, authmode);
    mbedtls_ssl_conf_ca_cb(&s->conf, mbs_ca_cb, s);
    mbedtls_ssl_conf_verify(&s->conf, mbs_verify_cb, s);

    if (server) {
        MBS_GUARD(set_server_resumption(s));
        mbedtls_ssl_conf_cert_req_ca_list(&s->conf, MBEDTLS_SSL_CERT_REQ_CA_LIST_DISABLED);
    } else {
        mbedtls_ssl_conf_session_tickets(&s->conf, (s->s.options & SSL_OP_NO_TICKET)
                                                       ? MBEDTLS_SSL_SESSION_TICKETS_DISABLED
                                                       : MBEDTLS_SSL_SESSION_TICKETS_ENABLED);
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
        mbedtls_ssl_conf_tls13_enable_signal_new_session_tickets(&s->conf,
                                                                 MBEDTLS_SSL_TLS1_3_SIGNAL_NEW_SESSION_TICKETS_ENABLED);
#endif
        if (s->s.alpn != NULL) {
            MBS_GUARD(mbs_alpn_to_list(s, s->s.alpn, s->s.alpn_len));
            MBS_ENSURE(mbedtls_ssl_conf_alpn_protocols(&s->conf, s->alpn_list) == 0, ERR_R_INTERNAL_ERROR);
        }
    }
    mbedtls_ssl_conf_renegotiation(&s->conf, MBEDTLS_SSL_RENEGOTIATION_DISABLED);
    mbedtls_ssl_conf_legacy_renegotiation(&s->conf, MBEDTLS_SSL_LEGACY_NO_RENEGOTIATION);

    MBS_ENSURE(mbedtls_ssl_setup(&s->mbed, &s->conf) == 0, ERR_R_MALLOC_FAILURE);
    mbedtls_ssl_set_bio(&s->mbed, s, bio_send, bio_recv, NULL);
    if (!server) {
        /* NULL explicitly means "no name check by Mbed TLS": we check names with X509_VERIFY_PARAM */
        MBS_ENSURE(mbedtls_ssl_set_hostname(&s->mbed, s->hostname) == 0, ERR_R_INTERNAL_ERROR);
        if (s->session != NULL && s->session->has_mbed)
            (void)mbedtls_ssl_set_session(&s->mbed, &s->session->mbed); /* a stale session is not fatal */
    }
    mbs_keylog_attach(s);
    return MBS_OK;
}

void mbs_ssl_release_mbed(SSL *s)
{
    if (s->mbed_ready) {
        mbedtls_ssl_free(&s->mbed);
        mbedtls_ssl_config_free(&s->conf);
        s->mbed_ready = 0;
    }
    free(s->suites);
    s->suites = NULL;
    free(s->groups);
    s->groups = NULL;
    free(s->sig_algs);
    s->sig_algs = NULL;
    free(s->alpn_list);
    s->alpn_list = NULL;
    free(s->alpn_store);
    s->alpn_store = NULL;
    free(s->obuf);
    s->obuf = NULL;
    s->obuf_len = s->obuf_off = s->obuf_cap = 0;
    s->buffering = 0;
}

/* ---------------------------------------------------------------------------------------------
 * Outcomes
 * ------------------------------------------------------------------------------------------- */

void mbs_info_cb(SSL *s, int where, int ret)
{
    void (*cb)(const SSL *, int, int) = s->info_callback != NULL ? s->info_callback : s->ctx->info_callback;
    if (cb != NULL)
        cb(s, where, ret);
}

static void send_alert(SSL *s, int level, int desc)
{
    if (mbedtls_ssl_send_alert_message(&s->mbed, (unsigned char)level, (unsigned char)desc) == 0)
        mbs_info_cb(s, SSL_CB_WRITE_ALERT, (level << 8) | desc);
}

/*
 * A fatal protocol or transport failure. OpenSSL's model: the error is queued once (none for an OS-level
 * transport failure, which SSL_get_error reports as SSL_ERROR_SYSCALL with errno intact), the connection
 * is back "in init" and in an error state, so every later call fails with -1 and nothing queued, and
 * SSL_shutdown says SSL_R_SHUTDOWN_WHILE_IN_INIT.
 */
static int fail(SSL *s, int ret)
{
    if (ret == MBEDTLS_ERR_NET_RECV_FAILED || ret == MBEDTLS_ERR_NET_SEND_FAILED) {
        /* an OS-level transport failure is not a protocol failure: OpenSSL queues nothing and simply
         * tries the transport again on the next call (which then typically sees EOF) */
        if (s->saved_errno != 0)
            errno = s->saved_errno;
        return -1;
    }
    if (!s->io_error_queued)
        MBS_RAISE_MBEDTLS(s, ret);
    if (s->pending_alert != 0) {
        /* a check of ours failed the handshake: tell the peer why, as OpenSSL does */
        send_alert(s, SSL3_AL_FATAL, s->pending_alert);
        s->pending_alert = 0;
    }
    /* whatever Mbed TLS or we queued last (typically the fatal alert) still goes out */
    s->buffering = 0;
    (void)flush_flight(s);
    if (ret == MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE) {
        /* OpenSSL counts a fatal alert as the peer's shutdown: later reads answer 0 / ZERO_RETURN */
        s->shutdown |= SSL_RECEIVED_SHUTDOWN;
        int desc = mbs_priv_last_alert(&s->mbed);
        mbs_info_cb(s, SSL_CB_READ_ALERT, (SSL3_AL_FATAL << 8) | (desc >= 0 ? desc : 0));
    }
    s->hs = MBS_HS_FAILED;
    s->fatal = 1;
    if (s->saved_errno != 0)
        errno = s->saved_errno;
    return -1;
}

static int is_want(int ret)
{
    return ret == MBEDTLS_ERR_SSL_WANT_READ || ret == MBEDTLS_ERR_SSL_WANT_WRITE;
}

/* Mbed TLS also answers WANT_READ after consuming a record that carried no data for the caller (a
 * TLS 1.3 NewSessionTicket, a warning alert): only a BIO that really blocked makes it a retry for the
 * app; otherwise we simply call again. */
static int blocked(const SSL *s, int ret)
{
    return is_want(ret) && s->rwstate != MBS_NOTHING;
}

/* A peer certificate that failed verification while Mbed TLS was told to carry on (a server asking for,
 * but not requiring, a client certificate): OpenSSL aborts whenever SSL_VERIFY_PEER is set. */
static int verify_abort_needed(const SSL *s)
{
    return s->verify_failed && !s->verify_abort_sent;
}

/*
 * Client: the server asked for a certificate and none is configured, so ask the app's client_cert_cb, as
 * OpenSSL does at that point. 1 = carry on, 0 = the callback wants to be called again (WANT_X509_LOOKUP).
 */
static int client_cert_lookup(SSL *s)
{
    if (s->role != MBS_ROLE_CLIENT || s->client_cert_cb_done || s->ctx->client_cert_cb == NULL ||
        !mbs_priv_cert_requested(&s->mbed))
        return 1;
    if (s->ck.x509 != NULL && s->ck.pkey != NULL) {
        s->client_cert_cb_done = 1;
        return 1;
    }
    X509 *x = NULL;
    EVP_PKEY *pk = NULL;
    int r = s->ctx->client_cert_cb(s, &x, &pk);
    if (r < 0) {
        s->rwstate = MBS_X509_LOOKUP;
        return 0;
    }
    s->client_cert_cb_done = 1;
    if (r == 1 && x != NULL && pk != NULL && mbs_ck_use_cert(&s->ck, x) && mbs_ck_use_key(&s->ck, pk) &&
        mbs_cert_key_build(&s->ck) == MBS_OK && s->ck.crt != NULL)
        (void)mbedtls_ssl_set_hs_own_cert(&s->mbed, s->ck.crt, s->ck.pk);
    X509_free(x);
    EVP_PKEY_free(pk);
    return 1;
}

/* A server that requires a client certificate (SSL_VERIFY_FAIL_IF_NO_PEER_CERT) got none. */
static int client_cert_missing(SSL *s)
{
    if (s->role != MBS_ROLE_SERVER || (s->s.verify_mode & (SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT)) !=
                                          (SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT))
        return 0;
    if (!mbs_priv_client_cert_missing(&s->mbed))
        return 0;
    MBS_RAISE(SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE);
    s->io_error_queued = 1;
    s->pending_alert = mbedtls_ssl_get_version_number(&s->mbed) == MBEDTLS_SSL_VERSION_TLS1_3
                           ? SSL_AD_CERTIFICATE_REQUIRED
                           : SSL_AD_HANDSHAKE_FAILURE;
    return 1;
}

int mbs_handshake(SSL *s)
{
    mbs_reset_io_state(s);
    if (s->hs == MBS_HS_DONE)
        return 1;
    if (s->hs == MBS_HS_FAILED || s->fatal)
        return -1;
    if (s->method->role != MBS_ROLE_UNSET && s->method->role != s->role) {
        /* a client-only method cannot accept and vice versa */
        MBS_RAISE(ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED);
        return 0;
    }
    if (!s->mbed_ready && mbs_setup(s) != MBS_OK) {
        s->hs = MBS_HS_FAILED;
        s->fatal = 1;
        return -1;
    }
    int loop = s->role == MBS_ROLE_SERVER ? SSL_CB_ACCEPT_LOOP : SSL_CB_CONNECT_LOOP;
    int exit_ev = s->role == MBS_ROLE_SERVER ? SSL_CB_ACCEPT_EXIT : SSL_CB_CONNECT_EXIT;
    if (s->hs == MBS_HS_BEFORE) {
        s->hs = MBS_HS_RUNNING;
        mbs_info_cb(s, SSL_CB_HANDSHAKE_START, 1);
    }
    /* mbedtls_ssl_handshake() is this loop; stepping ourselves lets us note facts Mbed TLS forgets at the
     * end (whether the session was resumed) and act between steps. The loop runs to HANDSHAKE_OVER
     * exactly, so a TLS 1.3 server has also written its NewSessionTickets, as OpenSSL's has. */
    int ret = 0;
    s->buffering = 1;
    while (!mbs_priv_handshake_over(&s->mbed)) {
        if (!client_cert_lookup(s)) {
            mbs_info_cb(s, exit_ev, -1);
            return -1;
        }
        int resumed = mbs_priv_session_resumed(&s->mbed);
        if (resumed >= 0)
            s->session_reused = resumed;
        int group = mbs_priv_tls13_group(&s->mbed);
        if (group > 0)
            s->group_id = (uint16_t)group;
        ret = mbedtls_ssl_handshake_step(&s->mbed);
        if (s->role == MBS_ROLE_SERVER)
            mbs_priv_tls13_server_app_keys(&s->mbed);
        if (ret == 0 && verify_abort_needed(s)) {
            s->verify_abort_sent = 1;
            s->pending_alert = mbs_verify_alert(s->verify_result);
            ret = MBEDTLS_ERR_X509_CERT_VERIFY_FAILED;
        }
        if (ret == 0 && client_cert_missing(s))
            ret = MBEDTLS_ERR_SSL_NO_CLIENT_CERTIFICATE;
        if (ret != 0 && !(is_want(ret) && !blocked(s, ret)))
            break;
        ret = 0;
        mbs_info_cb(s, loop, 1);
    }
    if (ret == 0)
        ret = flush_flight(s); /* the last flight (the server's Finished, its tickets) */
    if (ret == 0) {
        s->buffering = 0;
        s->hs = MBS_HS_DONE;
        mbs_capture_results(s);
        mbs_info_cb(s, SSL_CB_HANDSHAKE_DONE, 1);
        mbs_info_cb(s, exit_ev, 1);
        return 1;
    }
    if (is_want(ret)) {
        mbs_info_cb(s, exit_ev, -1);
        return -1;
    }
    int r = fail(s, ret);
    mbs_info_cb(s, exit_ev, r);
    return r;
}

/* Preconditions shared by read and write: a finished handshake (run it implicitly, as OpenSSL does). */
static int ready_for_data(SSL *s)
{
    if (s->hs != MBS_HS_DONE)
        return mbs_handshake(s);
    return 1;
}

/* The connection failed while reading application data. OpenSSL's SSL_read returns 0 (not -1) for a
 * transport EOF without close_notify and for a fatal alert from the peer; -1 for everything else. */
static int read_failure(SSL *s, int ret)
{
    fail(s, ret);
    return ret == MBEDTLS_ERR_SSL_CONN_EOF || ret == MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE ? 0 : -1;
}

/* EOF from the transport without close_notify: OpenSSL 3.0 calls it an error unless told not to. */
static int unexpected_eof(SSL *s)
{
    if (s->s.options & SSL_OP_IGNORE_UNEXPECTED_EOF) {
        s->shutdown |= SSL_RECEIVED_SHUTDOWN;
        return 0;
    }
    MBS_RAISE(SSL_R_UNEXPECTED_EOF_WHILE_READING);
    s->io_error_queued = 1;
    return read_failure(s, MBEDTLS_ERR_SSL_CONN_EOF);
}

/* One record's worth of plaintext (or the reason there is none): 1, 0 (clean or EOF end) or -1. */
static int read_some(SSL *s, unsigned char *buf, size_t num, size_t *got)
{
    for (;;) {
        int ret = mbedtls_ssl_read(&s->mbed, buf, num);
        if (ret > 0) {
            *got = (size_t)ret;
            return 1;
        }
        if (ret == MBEDTLS_ERR_SSL_RECEIVED_NEW_SESSION_TICKET) {
            mbs_session_ticket_received(s);
            if (!(s->s.mode & SSL_MODE_AUTO_RETRY) && mbedtls_ssl_get_bytes_avail(&s->mbed) == 0) {
                /* without auto-retry OpenSSL hands control back after a non-data record */
                s->rwstate = MBS_READING;
                BIO_clear_retry_flags(s->rbio);
                BIO_set_retry_read(s->rbio);
                return -1;
            }
            continue;
        }
        if (blocked(s, ret))
            return -1;
        if (is_want(ret))
            continue;
        if (ret == MBEDTLS_ERR_SSL_PEER_CLOSE_NOTIFY) {
            s->shutdown |= SSL_RECEIVED_SHUTDOWN;
            mbs_info_cb(s, SSL_CB_READ_ALERT, (SSL3_AL_WARNING << 8) | SSL_AD_CLOSE_NOTIFY);
            return 0;
        }
        if (ret == 0 || ret == MBEDTLS_ERR_SSL_CONN_EOF) {
            if (s->io_syscall_error)
                return fail(s, MBEDTLS_ERR_NET_RECV_FAILED);
            return unexpected_eof(s);
        }
        return read_failure(s, ret);
    }
}

/* Makes sure a whole record's plaintext (what OpenSSL would hold decrypted) sits in the peek buffer. */
static int fill_peek(SSL *s)
{
    if (s->peek_len > 0)
        return 1;
    if (s->peek_cap < MBEDTLS_SSL_IN_CONTENT_LEN) {
        unsigned char *p = realloc(s->peek_buf, MBEDTLS_SSL_IN_CONTENT_LEN);
        if (p == NULL) {
            MBS_RAISE(ERR_R_MALLOC_FAILURE);
            return -1;
        }
        s->peek_buf = p;
        s->peek_cap = MBEDTLS_SSL_IN_CONTENT_LEN;
    }
    size_t got = 0;
    int r = read_some(s, s->peek_buf, s->peek_cap, &got);
    if (r > 0)
        s->peek_len = got;
    return r;
}

int mbs_read(SSL *s, void *buf, size_t num, size_t *readbytes, int peek)
{
    mbs_reset_io_state(s);
    *readbytes = 0;
    if (s->role == MBS_ROLE_UNSET) {
        MBS_RAISE(SSL_R_UNINITIALIZED);
        return -1;
    }
    if (s->shutdown & SSL_RECEIVED_SHUTDOWN)
        return 0;
    int r = ready_for_data(s);
    if (r <= 0)
        return r;
    if (buf == NULL && num > 0) {
        MBS_RAISE(ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    /* a zero-length read (or a peek) still decrypts a record, as OpenSSL's does */
    if (peek || num == 0) {
        r = fill_peek(s);
        if (r <= 0)
            return r;
        if (num == 0)
            return 0;
    }
    if (s->peek_len > 0) {
        size_t n = num < s->peek_len ? num : s->peek_len;
        memcpy(buf, s->peek_buf, n);
        if (!peek) {
            memmove(s->peek_buf, s->peek_buf + n, s->peek_len - n);
            s->peek_len -= n;
        }
        *readbytes = n;
        return 1;
    }
    return read_some(s, buf, num, readbytes);
}

/* A misuse OpenSSL treats as fatal (SSLfatal): the error is queued already. */
static int fail_quiet(SSL *s)
{
    s->fatal = 1;
    s->hs = MBS_HS_FAILED;
    s->wnum = 0;
    s->wpend_len = 0;
    return -1;
}

int mbs_write(SSL *s, const void *buf, size_t num, size_t *written)
{
    mbs_reset_io_state(s);
    *written = 0;
    if (s->role == MBS_ROLE_UNSET) {
        MBS_RAISE(SSL_R_UNINITIALIZED);
        return -1;
    }
    if (s->shutdown & SSL_SENT_SHUTDOWN) {
        MBS_RAISE(SSL_R_PROTOCOL_IS_SHUTDOWN);
        return -1;
    }
    if (s->obuf_len > s->obuf_off && num < s->obuf_len) {
        /* OpenSSL's write-retry rule also covers a handshake record still waiting in its write buffer:
         * a write shorter than what is pending is refused as a bad length */
        MBS_RAISE(SSL_R_BAD_LENGTH);
        return fail_quiet(s);
    }
    int r = ready_for_data(s);
    if (r <= 0)
        return r;
    if (buf == NULL && num > 0) {
        MBS_RAISE(ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    if (s->wpend_len > 0) {
        /* the retry of a blocked write: OpenSSL's rules for what the caller may change */
        if (num < s->wpend_len) {
            MBS_RAISE(SSL_R_BAD_LENGTH);
            return fail_quiet(s);
        }
        if (buf != s->wpend_buf && !(s->s.mode & SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER)) {
            MBS_RAISE(SSL_R_BAD_WRITE_RETRY);
            return fail_quiet(s);
        }
    }
    if (num == 0)
        return 1; /* SSL_write() then answers 0, SSL_write_ex() success with nothing written */
    const unsigned char *p = buf;
    size_t total = s->wnum;
    while (total < num) {
        int ret = mbedtls_ssl_write(&s->mbed, p + total, num - total);
        if (ret >= 0) {
            total += (size_t)ret;
            s->wnum = total;
            if (s->s.mode & SSL_MODE_ENABLE_PARTIAL_WRITE)
                break;
            continue;
        }
        if (is_want(ret) && !blocked(s, ret))
            continue;
        if (is_want(ret)) {
            /* Mbed TLS holds the encrypted record; the caller must repeat the same call */
            s->wnum = total;
            s->wpend_buf = buf;
            s->wpend_len = num;
            if (s->s.mode & SSL_MODE_ENABLE_PARTIAL_WRITE && total > 0)
                break;
            return -1;
        }
        s->wnum = 0;
        s->wpend_len = 0;
        return fail(s, ret);
    }
    *written = total;
    s->wnum = 0;
    s->wpend_len = 0;
    s->wpend_buf = NULL;
    return 1;
}

int mbs_shutdown(SSL *s)
{
    mbs_reset_io_state(s);
    if (s->role == MBS_ROLE_UNSET) {
        MBS_RAISE(SSL_R_UNINITIALIZED);
        return -1;
    }
    if (s->hs != MBS_HS_DONE) {
        /* before, during or after a failed handshake: OpenSSL is "in init" */
        MBS_RAISE(SSL_R_SHUTDOWN_WHILE_IN_INIT);
        return -1;
    }
    if (s->s.quiet_shutdown) {
        s->shutdown = SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN;
        return 1;
    }
    if (!(s->shutdown & SSL_SENT_SHUTDOWN) || s->close_notify_pending) {
        s->shutdown |= SSL_SENT_SHUTDOWN;
        int ret = mbedtls_ssl_close_notify(&s->mbed);
        if (is_want(ret)) {
            s->close_notify_pending = 1;
            return -1;
        }
        s->close_notify_pending = 0;
        if (ret != 0)
            return fail(s, ret);
        mbs_info_cb(s, SSL_CB_WRITE_ALERT, (SSL3_AL_WARNING << 8) | SSL_AD_CLOSE_NOTIFY);
    } else if (!(s->shutdown & SSL_RECEIVED_SHUTDOWN)) {
        /* waiting for the peer's close_notify: application data now is a protocol error */
        unsigned char scratch[512];
        size_t got = 0;
        int r = s->peek_len > 0 ? 1 : read_some(s, scratch, sizeof(scratch), &got);
        if (r > 0) {
            MBS_RAISE(SSL_R_APPLICATION_DATA_AFTER_CLOSE_NOTIFY);
            s->io_error_queued = 1;
            send_alert(s, SSL3_AL_FATAL, SSL_AD_UNEXPECTED_MESSAGE);
            s->hs = MBS_HS_FAILED;
            s->fatal = 1;
            return -1;
        }
        if (r < 0 || !(s->shutdown & SSL_RECEIVED_SHUTDOWN))
            return -1;
    }
    return s->shutdown == (SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN) ? 1 : 0;
}
