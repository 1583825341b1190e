/* Method objects, library initialisation and version reporting. */
#include <pthread.h>
#include <stdio.h>

#include <mbedtls/version.h>

#include "ssl/ssl_local.h"

static const SSL_METHOD tls_any = {TLS_ANY_VERSION, MBS_ROLE_UNSET};
static const SSL_METHOD tls_client = {TLS_ANY_VERSION, MBS_ROLE_CLIENT};
static const SSL_METHOD tls_server = {TLS_ANY_VERSION, MBS_ROLE_SERVER};
static const SSL_METHOD tls12_any = {TLS1_2_VERSION, MBS_ROLE_UNSET};
static const SSL_METHOD tls12_client = {TLS1_2_VERSION, MBS_ROLE_CLIENT};
static const SSL_METHOD tls12_server = {TLS1_2_VERSION, MBS_ROLE_SERVER};

/* TLS 1.0/1.1 methods exist (apps reference them) but Mbed TLS 3.6 cannot speak those versions:
 * handshakes fail with SSL_R_NO_PROTOCOLS_AVAILABLE. */
static const SSL_METHOD tls10_any = {TLS1_VERSION, MBS_ROLE_UNSET};
static const SSL_METHOD tls10_client = {TLS1_VERSION, MBS_ROLE_CLIENT};
static const SSL_METHOD tls10_server = {TLS1_VERSION, MBS_ROLE_SERVER};
static const SSL_METHOD tls11_any = {TLS1_1_VERSION, MBS_ROLE_UNSET};
static const SSL_METHOD tls11_client = {TLS1_1_VERSION, MBS_ROLE_CLIENT};
static const SSL_METHOD tls11_server = {TLS1_1_VERSION, MBS_ROLE_SERVER};

MBS_API const SSL_METHOD *TLSv1_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls10_any;
}
MBS_API const SSL_METHOD *TLSv1_client_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls10_client;
}
MBS_API const SSL_METHOD *TLSv1_server_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls10_server;
}
MBS_API const SSL_METHOD *TLSv1_1_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls11_any;
}
MBS_API const SSL_METHOD *TLSv1_1_client_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls11_client;
}
MBS_API const SSL_METHOD *TLSv1_1_server_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls11_server;
}
MBS_API const SSL_METHOD *TLS_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls_any;
}
MBS_API const SSL_METHOD *TLS_client_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls_client;
}
MBS_API const SSL_METHOD *TLS_server_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls_server;
}
MBS_API const SSL_METHOD *TLSv1_2_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls12_any;
}
MBS_API const SSL_METHOD *TLSv1_2_client_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls12_client;
}
MBS_API const SSL_METHOD *TLSv1_2_server_method(void)
{
    MBS_TRACE_ENTRY();
    return &tls12_server;
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static int init_ok;

static void do_init(void)
{
    init_ok = mbs_psa_init();
    mbs_ssl_load_strings();
}

int mbs_ssl_init(void)
{
    pthread_once(&init_once, do_init);
    return init_ok;
}

MBS_API int OPENSSL_init_ssl(uint64_t opts, const OPENSSL_INIT_SETTINGS *settings)
{
    MBS_TRACE_ENTRY();
    if (!OPENSSL_init_crypto(opts | OPENSSL_INIT_ADD_ALL_CIPHERS | OPENSSL_INIT_ADD_ALL_DIGESTS, settings))
        return 0;
    return mbs_ssl_init();
}

MBS_API int ERR_load_SSL_strings(void)
{
    MBS_TRACE_ENTRY();
    mbs_ssl_load_strings();
    return 1;
}

/* Error strings are registered by OPENSSL_init_ssl() (SSL_CTX_new calls it), as in OpenSSL: before that,
 * libcrypto alone prints SSL reasons as "reason(N)". */
