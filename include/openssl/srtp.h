/* mbedshim <openssl/srtp.h>: DTLS-SRTP profile selection. */
#ifndef OPENSSL_SRTP_H
#define OPENSSL_SRTP_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_D1_SRTP_H
#endif

#include <openssl/macros.h>
#include <openssl/ssl.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define SRTP_AEAD_AES_128_GCM 0x7
#define SRTP_AEAD_AES_256_GCM 0x8
#define SRTP_AES128_CM_SHA1_32 0x2
#define SRTP_AES128_CM_SHA1_80 0x1
#define SRTP_AES128_F8_SHA1_32 0x4
#define SRTP_AES128_F8_SHA1_80 0x3
#define SRTP_NULL_SHA1_32 0x6
#define SRTP_NULL_SHA1_80 0x5

/* Functions. */
int SSL_CTX_set_tlsext_use_srtp(SSL_CTX *ctx, const char *profiles);
SRTP_PROTECTION_PROFILE *SSL_get_selected_srtp_profile(SSL *s);
STACK_OF(SRTP_PROTECTION_PROFILE) * SSL_get_srtp_profiles(SSL *ssl);
int SSL_set_tlsext_use_srtp(SSL *ssl, const char *profiles);

#ifdef __cplusplus
}
#endif
#endif
