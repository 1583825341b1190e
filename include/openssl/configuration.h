/* mbedshim <openssl/configuration.h>: build configuration seen by applications (mirrors Debian 12's OpenSSL 3.0 on x86_64). */
#ifndef OPENSSL_CONFIGURATION_H
#define OPENSSL_CONFIGURATION_H
#pragma GCC system_header /* like the real headers in /usr/include */

#ifdef __cplusplus
extern "C" {
#endif

#define OPENSSL_CONFIGURED_API 30000

#ifndef OPENSSL_RAND_SEED_OS
#define OPENSSL_RAND_SEED_OS
#endif
#ifndef OPENSSL_THREADS
#define OPENSSL_THREADS
#endif

/* Features the reference build leaves out; applications test these. */
#ifndef OPENSSL_NO_ACVP_TESTS
#define OPENSSL_NO_ACVP_TESTS
#endif
#ifndef OPENSSL_NO_ASAN
#define OPENSSL_NO_ASAN
#endif
#ifndef OPENSSL_NO_CAPIENG
#define OPENSSL_NO_CAPIENG
#endif
#ifndef OPENSSL_NO_CRYPTO_MDEBUG
#define OPENSSL_NO_CRYPTO_MDEBUG
#endif
#ifndef OPENSSL_NO_CRYPTO_MDEBUG_BACKTRACE
#define OPENSSL_NO_CRYPTO_MDEBUG_BACKTRACE
#endif
#ifndef OPENSSL_NO_DEVCRYPTOENG
#define OPENSSL_NO_DEVCRYPTOENG
#endif
#ifndef OPENSSL_NO_EGD
#define OPENSSL_NO_EGD
#endif
#ifndef OPENSSL_NO_EXTERNAL_TESTS
#define OPENSSL_NO_EXTERNAL_TESTS
#endif
#ifndef OPENSSL_NO_FIPS_SECURITYCHECKS
#define OPENSSL_NO_FIPS_SECURITYCHECKS
#endif
#ifndef OPENSSL_NO_FUZZ_AFL
#define OPENSSL_NO_FUZZ_AFL
#endif
#ifndef OPENSSL_NO_FUZZ_LIBFUZZER
#define OPENSSL_NO_FUZZ_LIBFUZZER
#endif
#ifndef OPENSSL_NO_HEARTBEATS
#define OPENSSL_NO_HEARTBEATS
#endif
#ifndef OPENSSL_NO_IDEA
#define OPENSSL_NO_IDEA
#endif
#ifndef OPENSSL_NO_MD2
#define OPENSSL_NO_MD2
#endif
#ifndef OPENSSL_NO_MDC2
#define OPENSSL_NO_MDC2
#endif
#ifndef OPENSSL_NO_MSAN
#define OPENSSL_NO_MSAN
#endif
#ifndef OPENSSL_NO_RC5
#define OPENSSL_NO_RC5
#endif
#ifndef OPENSSL_NO_RDRAND
#define OPENSSL_NO_RDRAND
#endif
#ifndef OPENSSL_NO_SCTP
#define OPENSSL_NO_SCTP
#endif
#ifndef OPENSSL_NO_SSL3
#define OPENSSL_NO_SSL3
#endif
#ifndef OPENSSL_NO_SSL3_METHOD
#define OPENSSL_NO_SSL3_METHOD
#endif
#ifndef OPENSSL_NO_TRACE
#define OPENSSL_NO_TRACE
#endif
#ifndef OPENSSL_NO_UBSAN
#define OPENSSL_NO_UBSAN
#endif
#ifndef OPENSSL_NO_UPLINK
#define OPENSSL_NO_UPLINK
#endif
#ifndef OPENSSL_NO_WEAK_SSL_CIPHERS
#define OPENSSL_NO_WEAK_SSL_CIPHERS
#endif
#ifndef OPENSSL_NO_STATIC_ENGINE
#define OPENSSL_NO_STATIC_ENGINE
#endif

/* LP64 bignum word layout. */
#define SIXTY_FOUR_BIT_LONG
#define RC4_INT unsigned int

#ifdef __cplusplus
}
#endif
#endif
