/* mbedshim <openssl/opensslv.h>: version of the OpenSSL API we implement (the 3.0 release on the reference system). */
#ifndef OPENSSL_OPENSSLV_H
#define OPENSSL_OPENSSLV_H
#pragma GCC system_header /* like the real headers in /usr/include */
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_OPENSSLV_H
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define OPENSSL_VERSION_MAJOR 3
#define OPENSSL_VERSION_MINOR 0
#define OPENSSL_VERSION_PATCH 22
#define OPENSSL_VERSION_PRE_RELEASE ""
#define OPENSSL_VERSION_BUILD_METADATA ""
#define OPENSSL_SHLIB_VERSION 3

#define OPENSSL_VERSION_PREREQ(maj, min) \
    ((OPENSSL_VERSION_MAJOR << 16) + OPENSSL_VERSION_MINOR >= ((maj) << 16) + (min))

#define OPENSSL_VERSION_STR "3.0.22"
#define OPENSSL_FULL_VERSION_STR "3.0.22"
#define OPENSSL_RELEASE_DATE "25 Aug 2026"
/* Lets code (our tests' documented known differences, an app's workaround) tell mbedshim from OpenSSL. */
#define MBEDSHIM_VERSION_NUMBER 0x00010000L

/* The one string that says what really runs underneath. */
#define OPENSSL_VERSION_TEXT "OpenSSL 3.0.22 25 Aug 2026 (mbedshim on Mbed TLS 3.6)"

/* 0xMNN00PP0L: major, minor, patch, status 0 = release. */
#define OPENSSL_VERSION_NUMBER                                                                                \
    ((OPENSSL_VERSION_MAJOR << 28) | (OPENSSL_VERSION_MINOR << 20) | (OPENSSL_VERSION_PATCH << 4) | 0x0L)

#ifdef __cplusplus
}
#endif

#include <openssl/macros.h>
#endif
