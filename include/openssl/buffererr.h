/* mbedshim <openssl/buffererr.h>: BUF_R_* reason codes. */
#ifndef OPENSSL_BUFFERERR_H
#define OPENSSL_BUFFERERR_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/opensslconf.h>
#include <openssl/symhacks.h>
#include <openssl/cryptoerr_legacy.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif
#endif
