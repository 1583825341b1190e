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
    if (hs->resume)
        return 1;
#if defined(MBEDTLS_SSL_PROTO_TLS1_3)
    if (m->tls_version == MBEDTLS_SSL_VERSION_TLS1_3 &&
        (hs->key_exchange_mode & MBEDTLS_SSL_TLS1_3_KEY_EXCHANGE_MODE_PSK_ALL) != 0)
        return 1;
#endif
    return 0;
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
