/* mbedshim <openssl/symhacks.h>: symbol aliasing (nothing to do on ELF). */
#ifndef OPENSSL_SYMHACKS_H
#define OPENSSL_SYMHACKS_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_SYMHACKS_H
#endif

#include <openssl/macros.h>
#include <openssl/e_os2.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif
#endif
