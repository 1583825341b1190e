/* mbedshim <openssl/prov_ssl.h>: protocol version numbers shared with providers. */
#ifndef OPENSSL_PROV_SSL_H
#define OPENSSL_PROV_SSL_H
#pragma GCC system_header /* like the real headers in /usr/include */

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define DTLS1_2_VERSION 0xFEFD
#define DTLS1_BAD_VER 0x100
#define DTLS1_VERSION 0xFEFF
#define SSL3_VERSION 0x300
#define SSL_MAX_MASTER_KEY_LENGTH 48
#define TLS1_1_VERSION 0x302
#define TLS1_2_VERSION 0x303
#define TLS1_3_VERSION 0x304
#define TLS1_VERSION 0x301

#ifdef __cplusplus
}
#endif
#endif
