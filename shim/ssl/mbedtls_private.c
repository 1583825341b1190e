/*
 * The only file that reads Mbed TLS internals. Mbed TLS 3.6 has no accessor for these facts, which
 * OpenSSL's API exposes; each access is commented. Compiled with Mbed TLS' library/ on the include path
 * (see mk/ssl.mk), because the handshake parameters are defined in library/ssl_misc.h.
 */
#define MBEDTLS_ALLOW_PRIVATE_ACCESS
#include <string.h>

#include "ssl_misc.h" /* Mbed TLS library-internal: mbedtls_ssl_handshake_params */

#include "ssl/ssl_local.h"

/* SSL_session_reused(): Mbed TLS frees the handshake parameters, which hold the "resume" flag, at the
 * end of the handshake, so the driver samples this before every step. TLS 1.3 resumption shows as a
 * PSK key exchange mode instead. */
int mbs_priv_session_resumed(const mbedtls_ssl_context *m)
{
    const mbedtls_ssl_handshake_params *hs = m->handshake;
    if (hs == NULL)
        return -1; /* unknown at this point */
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
    /* TLS 1.3: resumed when the server accepted the PSK. (A client's "resume" flag only says that a
     * session was offered: mbedtls_ssl_set_session() sets it and TLS 1.3 never clears it.) */
    if (m->tls_version == MBEDTLS_SSL_VERSION_TLS1_3)
        return (hs->key_exchange_mode & MBEDTLS_SSL_TLS1_3_KEY_EXCHANGE_MODE_PSK_ALL) != 0;
#endif
    return hs->resume != 0;
}

/* mbedtls_ssl_is_handshake_over() is also true while a TLS 1.3 server still has NewSessionTickets to
 * write (those states come after HANDSHAKE_OVER); OpenSSL's handshake call only returns once they are
 * written, so the driver runs to exactly HANDSHAKE_OVER, as mbedtls_ssl_handshake() itself does. */
int mbs_priv_handshake_over(const mbedtls_ssl_context *m)
{
    return m->state == MBEDTLS_SSL_HANDSHAKE_OVER;
}

/* A TLS 1.3 client that rejects the server's certificate: Mbed TLS would send the alert in plaintext
 * (it switches its outbound keys only later), which the server, already expecting handshake-key
 * protection, reads as a bad record MAC. OpenSSL protects it with the client handshake traffic keys,
 * so switch those on before Mbed TLS sends the alert. */
void mbs_priv_tls13_protect_alerts(mbedtls_ssl_context *m)
{
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
    if (m->tls_version == MBEDTLS_SSL_VERSION_TLS1_3 && m->handshake != NULL &&
        m->handshake->transform_handshake != NULL && m->transform_out == NULL)
        mbedtls_ssl_set_outbound_transform(m, m->handshake->transform_handshake);
#else
    (void)m;
#endif
}

/* A TLS 1.3 server that has sent its Finished writes with the application traffic keys from then on
 * (OpenSSL does, and a client that has processed that Finished reads with them). Mbed TLS computes those
 * keys with the Finished but switches to them only at wrap-up, so an alert it sends in between (e.g.
 * certificate_required after the client's empty Certificate) could not be read. Nothing else is written
 * in that window, so switching early is safe; Mbed TLS' own switch at wrap-up then changes nothing. */
void mbs_priv_tls13_server_app_keys(mbedtls_ssl_context *m)
{
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
    if (m->conf->endpoint == MBEDTLS_SSL_IS_SERVER && m->tls_version == MBEDTLS_SSL_VERSION_TLS1_3 &&
        m->transform_application != NULL && m->transform_out != m->transform_application)
        mbedtls_ssl_set_outbound_transform(m, m->transform_application);
#else
    (void)m;
#endif
}

/* A server that asked for a client certificate has just processed the client's Certificate message and
 * it was empty. Mbed TLS could enforce this itself (authmode REQUIRED), but it would send the TLS 1.2
 * no_certificate alert in TLS 1.3 and nothing at all in TLS 1.2; OpenSSL sends certificate_required and
 * handshake_failure, so the driver enforces it at exactly this point. */
int mbs_priv_client_cert_missing(const mbedtls_ssl_context *m)
{
    if (m->conf->endpoint != MBEDTLS_SSL_IS_SERVER || m->session_negotiate == NULL ||
        m->session_negotiate->peer_cert != NULL || m->handshake == NULL)
        return 0;
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
    if (m->tls_version == MBEDTLS_SSL_VERSION_TLS1_3)
        return m->handshake->certificate_request_sent && m->state == MBEDTLS_SSL_CLIENT_FINISHED;
#endif
    /* TLS 1.2: the step after the client's Certificate is its ClientKeyExchange; a resumed session
     * never gets there */
    return m->state == MBEDTLS_SSL_CLIENT_KEY_EXCHANGE && !m->handshake->resume;
}

/* TLS 1.3 exporter master secret, for the EXPORTER_SECRET keylog line OpenSSL writes: Mbed TLS keeps it
 * in the session for mbedtls_ssl_export_keying_material() but does not pass it to the export-keys
 * callback. */
size_t mbs_priv_exporter_secret(const mbedtls_ssl_context *m, unsigned char *out, size_t outlen)
{
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
    if (m->session == NULL || m->tls_version != MBEDTLS_SSL_VERSION_TLS1_3 || outlen > MBEDTLS_TLS1_3_MD_MAX_SIZE)
        return 0;
    memcpy(out, m->session->app_secrets.exporter_master_secret, outlen);
    return outlen;
#else
    (void)m;
    (void)out;
    (void)outlen;
    return 0;
#endif
}

/* The server has asked this client for a certificate (a CertificateRequest was processed). */
int mbs_priv_cert_requested(const mbedtls_ssl_context *m)
{
    return m->conf->endpoint == MBEDTLS_SSL_IS_CLIENT && m->handshake != NULL && m->handshake->client_auth;
}

/* The suite chosen so far in the running handshake (0 before the ServerHello): the public accessor only
 * looks at the established session. Tells "no common suite" from "no usable certificate/signature". */
int mbs_priv_negotiating_suite(const mbedtls_ssl_context *m)
{
    return m->session_negotiate != NULL ? m->session_negotiate->ciphersuite : 0;
}

/* TLS 1.3: the key-exchange group of the running handshake (SSL_get_negotiated_group); Mbed TLS forgets
 * it with the handshake parameters, so the driver samples it. 0 when not known (yet). */
int mbs_priv_tls13_group(const mbedtls_ssl_context *m)
{
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
    if (m->handshake != NULL && m->tls_version == MBEDTLS_SSL_VERSION_TLS1_3)
        return m->handshake->offered_group_id;
#else
    (void)m;
#endif
    return 0;
}

/* Bytes of the current incoming record already read (SSL_rstate_string: a header without its body). */
size_t mbs_priv_in_left(const mbedtls_ssl_context *m)
{
    return m->in_left;
}

/* The session id (TLS 1.2) of the established session; mbedtls_ssl_get_session() is client-only. */
size_t mbs_priv_session_id(const mbedtls_ssl_context *m, unsigned char *out, size_t outlen)
{
    if (m->session == NULL)
        return 0;
    size_t len = m->session->id_len;
    if (len > outlen)
        len = outlen;
    memcpy(out, m->session->id, len);
    return len;
}

/* The description of the alert record just received (for SSL_R_*_ALERT_* reasons): Mbed TLS only
 * returns MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE and leaves the record in its input buffer. */
int mbs_priv_last_alert(const mbedtls_ssl_context *m)
{
    if (m->in_msg == NULL || m->in_msgtype != MBEDTLS_SSL_MSG_ALERT || m->in_msglen < 2)
        return -1;
    return m->in_msg[1];
}

/* SSL_get_finished / SSL_get_peer_finished (TLS 1.2 channel binding, "tls-unique"): kept by Mbed TLS
 * for secure renegotiation only, in the context itself. */
size_t mbs_priv_finished(const mbedtls_ssl_context *m, int peer, void *buf, size_t count)
{
#if defined(MBEDTLS_SSL_RENEGOTIATION)
    /* both directions have the same length (12 bytes in TLS 1.2) */
    const char *src = peer ? m->peer_verify_data : m->own_verify_data;
    size_t len = m->verify_data_len < count ? m->verify_data_len : count;
    if (buf != NULL && len > 0)
        memcpy(buf, src, len);
    return m->verify_data_len;
#else
    (void)m;
    (void)peer;
    (void)buf;
    (void)count;
    return 0;
#endif
}
