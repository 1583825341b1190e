/*
 * The one table from Mbed TLS error codes to OpenSSL's SSL_R_* reasons, plus the two decisions that need
 * more than the code: a received fatal alert becomes SSL_AD_REASON_OFFSET + description (as OpenSSL
 * reports "tlsv1 alert unknown ca"), and a first record that is not TLS at all is classified from its
 * header bytes the way OpenSSL's record layer does (wrong version number, HTTP request, proxy request).
 */
#include <string.h>

#include <mbedtls/error.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/x509.h>

#include "ssl/ssl_local.h"

static const struct {
    int mbed;
    int reason;
} map[] = {
    {MBEDTLS_ERR_SSL_CONN_EOF, SSL_R_UNEXPECTED_EOF_WHILE_READING},
    {MBEDTLS_ERR_SSL_INVALID_MAC, SSL_R_DECRYPTION_FAILED_OR_BAD_RECORD_MAC},
    {MBEDTLS_ERR_SSL_INVALID_RECORD, SSL_R_WRONG_VERSION_NUMBER},
    {MBEDTLS_ERR_SSL_DECODE_ERROR, SSL_R_LENGTH_MISMATCH},
    {MBEDTLS_ERR_SSL_UNEXPECTED_MESSAGE, SSL_R_UNEXPECTED_MESSAGE},
    {MBEDTLS_ERR_SSL_UNEXPECTED_RECORD, SSL_R_UNEXPECTED_RECORD},
    {MBEDTLS_ERR_SSL_BAD_PROTOCOL_VERSION, SSL_R_UNSUPPORTED_PROTOCOL},
    {MBEDTLS_ERR_SSL_HANDSHAKE_FAILURE, SSL_R_NO_SHARED_CIPHER},
    {MBEDTLS_ERR_SSL_NO_CLIENT_CERTIFICATE, SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE},
    {MBEDTLS_ERR_X509_CERT_VERIFY_FAILED, SSL_R_CERTIFICATE_VERIFY_FAILED},
    {MBEDTLS_ERR_SSL_BAD_CERTIFICATE, SSL_R_CERTIFICATE_VERIFY_FAILED},
    {MBEDTLS_ERR_SSL_NO_APPLICATION_PROTOCOL, SSL_R_NO_APPLICATION_PROTOCOL},
    {MBEDTLS_ERR_SSL_ILLEGAL_PARAMETER, SSL_R_BAD_EXTENSION},
    {MBEDTLS_ERR_SSL_UNSUPPORTED_EXTENSION, SSL_R_BAD_EXTENSION},
    {MBEDTLS_ERR_SSL_UNRECOGNIZED_NAME, SSL_R_CALLBACK_FAILED},
    {MBEDTLS_ERR_SSL_PRIVATE_KEY_REQUIRED, SSL_R_MISSING_SIGNING_CERT},
    {MBEDTLS_ERR_SSL_ALLOC_FAILED, ERR_R_MALLOC_FAILURE},
    {MBEDTLS_ERR_SSL_BUFFER_TOO_SMALL, SSL_R_EXCESSIVE_MESSAGE_SIZE},
    {MBEDTLS_ERR_SSL_CA_CHAIN_REQUIRED, SSL_R_CERTIFICATE_VERIFY_FAILED},
    {MBEDTLS_ERR_SSL_BAD_CONFIG, SSL_R_NO_CIPHERS_AVAILABLE},
    {MBEDTLS_ERR_SSL_BAD_INPUT_DATA, ERR_R_INTERNAL_ERROR},
    {MBEDTLS_ERR_SSL_INTERNAL_ERROR, ERR_R_INTERNAL_ERROR},
};

int mbs_alert_to_reason(int alert_desc)
{
    return SSL_AD_REASON_OFFSET + alert_desc;
}

/* OpenSSL's view of a first record whose header is not TLS. 0 = it looks like TLS. */
static int classify_first_record(const SSL *s)
{
    const unsigned char *b = s->first_bytes;
    if (s->first_len < 5)
        return 0;
    if (b[1] != 3) {
        if (!memcmp(b, "GET ", 4) || !memcmp(b, "POST ", 5) || !memcmp(b, "HEAD ", 5) ||
            !memcmp(b, "PUT ", 4))
            return SSL_R_HTTP_REQUEST;
        if (!memcmp(b, "CONNE", 5))
            return SSL_R_HTTPS_PROXY_REQUEST;
        return SSL_R_WRONG_VERSION_NUMBER;
    }
    if (b[0] < 20 || b[0] > 24)
        return SSL_R_WRONG_VERSION_NUMBER;
    unsigned int len = ((unsigned int)b[3] << 8) | b[4];
    if (len > 16384 + 2048)
        return SSL_R_PACKET_LENGTH_TOO_LONG;
    /* a handshake record whose first message is not the Hello this side waits for */
    unsigned int expected = s->role == MBS_ROLE_SERVER ? 1 /* ClientHello */ : 2 /* ServerHello */;
    if (b[0] != 22 || (s->first_len > 5 && b[5] != expected))
        return SSL_R_UNEXPECTED_MESSAGE;
    return 0;
}

void mbs_raise_mbedtls(SSL *s, int ret, const char *file, int line, const char *func)
{
    int reason = 0;
    if (ret == MBEDTLS_ERR_NET_RECV_FAILED || ret == MBEDTLS_ERR_NET_SEND_FAILED)
        return; /* the OS error: SSL_ERROR_SYSCALL with errno, nothing queued (as OpenSSL 3.0) */
    if (ret == MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE) {
        int desc = mbs_priv_last_alert(&s->mbed);
        reason = desc >= 0 ? mbs_alert_to_reason(desc) : SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE;
    } else if (s->hs != MBS_HS_DONE && (ret == MBEDTLS_ERR_SSL_INVALID_RECORD ||
                                        ret == MBEDTLS_ERR_SSL_DECODE_ERROR ||
                                        ret == MBEDTLS_ERR_SSL_UNEXPECTED_MESSAGE ||
                                        ret == MBEDTLS_ERR_SSL_BAD_PROTOCOL_VERSION)) {
        reason = classify_first_record(s);
    }
    if (s->verify_failed)
        reason = SSL_R_CERTIFICATE_VERIFY_FAILED;
    /* a server that agreed on a suite but then has no certificate/signature scheme the client accepts */
    if (reason == 0 && ret == MBEDTLS_ERR_SSL_HANDSHAKE_FAILURE && s->role == MBS_ROLE_SERVER &&
        s->ck.x509 != NULL && mbs_priv_negotiating_suite(&s->mbed) != 0)
        reason = SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM;
    for (size_t i = 0; reason == 0 && i < sizeof(map) / sizeof(map[0]); i++)
        if (map[i].mbed == ret)
            reason = map[i].reason;
    if (reason == 0)
        reason = ERR_R_INTERNAL_ERROR;

    char text[128];
    mbedtls_strerror(ret, text, sizeof(text));
    ERR_new();
    ERR_set_debug(file, line, func);
    ERR_set_error(ERR_LIB_SSL, reason, "mbedtls: %s (-0x%04X)", text, (unsigned int)-ret);
}
