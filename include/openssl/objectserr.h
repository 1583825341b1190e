/* mbedshim <openssl/objectserr.h>: OBJ_R_* reason codes. */
#ifndef OPENSSL_OBJECTSERR_H
#define OPENSSL_OBJECTSERR_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/opensslconf.h>
#include <openssl/symhacks.h>
#include <openssl/cryptoerr_legacy.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define OBJ_R_OID_EXISTS 102
#define OBJ_R_UNKNOWN_NID 101
#define OBJ_R_UNKNOWN_OBJECT_NAME 103

#ifdef __cplusplus
}
#endif
#endif
