/* mbedshim <openssl/ssl2.h>: SSLv2 leftovers. */
#ifndef OPENSSL_SSL2_H
#define OPENSSL_SSL2_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_SSL2_H
#endif

#include <openssl/macros.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define SSL2_MT_CLIENT_HELLO 1
#define SSL2_VERSION 0x2

#ifdef __cplusplus
}
#endif
#endif
