/* mbedshim <openssl/comperr.h>: COMP_R_* reason codes. */
#ifndef OPENSSL_COMPERR_H
#define OPENSSL_COMPERR_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/opensslconf.h>
#include <openssl/symhacks.h>
#include <openssl/cryptoerr_legacy.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define COMP_R_ZLIB_DEFLATE_ERROR 99
#define COMP_R_ZLIB_INFLATE_ERROR 100
#define COMP_R_ZLIB_NOT_SUPPORTED 101

#ifdef __cplusplus
}
#endif
#endif
