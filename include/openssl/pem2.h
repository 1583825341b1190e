/* mbedshim <openssl/pem2.h>: legacy PEM helper. */
#ifndef OPENSSL_PEM2_H
#define OPENSSL_PEM2_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_PEM2_H
#endif

#include <openssl/macros.h>
#include <openssl/pemerr.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif
#endif
