/*
 * What mbedshim relies on in Mbed TLS. A user's own tree (MBEDTLS_DIR=) is compiled with our config,
 * but these checks also catch an edited config or the wrong Mbed TLS version early and clearly.
 */
#ifndef MBEDSHIM_REQUIREMENTS_H
#define MBEDSHIM_REQUIREMENTS_H

#include <mbedtls/build_info.h>

#if MBEDTLS_VERSION_MAJOR != 3 || MBEDTLS_VERSION_MINOR != 6
#error "mbedshim needs Mbed TLS 3.6.x (LTS)"
#endif
#if !defined(MBEDTLS_SSL_CLI_C) || !defined(MBEDTLS_SSL_SRV_C)
#error "mbedshim needs both TLS roles (MBEDTLS_SSL_CLI_C, MBEDTLS_SSL_SRV_C)"
#endif
#if !defined(MBEDTLS_SSL_PROTO_TLS1_2) || !defined(MBEDTLS_SSL_PROTO_TLS1_3)
#error "mbedshim needs TLS 1.2 and TLS 1.3"
#endif
#if !defined(MBEDTLS_X509_TRUSTED_CERTIFICATE_CALLBACK)
#error "mbedshim verifies certificates itself through the CA callback (MBEDTLS_X509_TRUSTED_CERTIFICATE_CALLBACK)"
#endif
#if !defined(MBEDTLS_SSL_KEEP_PEER_CERTIFICATE)
#error "SSL_get_peer_certificate needs MBEDTLS_SSL_KEEP_PEER_CERTIFICATE"
#endif
#if !defined(MBEDTLS_SSL_SERVER_NAME_INDICATION) || !defined(MBEDTLS_SSL_ALPN)
#error "mbedshim needs SNI and ALPN"
#endif
#if !defined(MBEDTLS_SSL_SESSION_TICKETS) || !defined(MBEDTLS_SSL_TICKET_C) || !defined(MBEDTLS_SSL_CACHE_C)
#error "mbedshim needs session tickets and the session cache"
#endif
#if !defined(MBEDTLS_PSA_CRYPTO_C) || !defined(MBEDTLS_THREADING_PTHREAD)
#error "mbedshim needs PSA crypto (TLS 1.3, RNG) and pthread threading"
#endif
#if !defined(MBEDTLS_SSL_KEYING_MATERIAL_EXPORT)
#error "SSL_export_keying_material needs MBEDTLS_SSL_KEYING_MATERIAL_EXPORT"
#endif

#endif
