/* mbedshim <openssl/asyncerr.h>: ASYNC_R_* reason codes. */
#ifndef OPENSSL_ASYNCERR_H
#define OPENSSL_ASYNCERR_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/opensslconf.h>
#include <openssl/symhacks.h>
#include <openssl/cryptoerr_legacy.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define ASYNC_R_FAILED_TO_SET_POOL 101
#define ASYNC_R_FAILED_TO_SWAP_CONTEXT 102
#define ASYNC_R_INIT_FAILED 105
#define ASYNC_R_INVALID_POOL_SIZE 103

#ifdef __cplusplus
}
#endif
#endif
