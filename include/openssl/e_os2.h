/* mbedshim <openssl/e_os2.h>: platform basics (the reference platform is Linux/glibc, LP64). */
#ifndef OPENSSL_E_OS2_H
#define OPENSSL_E_OS2_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/opensslconf.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_E_OS2_H
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define OPENSSL_SYS_UNIX
#if defined(linux) || defined(__linux__)
#ifndef OPENSSL_SYS_LINUX
#define OPENSSL_SYS_LINUX
#endif
#endif

/* Linkage of exported data and functions (no DLL import/export games on ELF). */
#define OPENSSL_EXPORT extern
#define OPENSSL_EXTERN extern

#include <sys/types.h>
#define ossl_ssize_t ssize_t
#define OSSL_SSIZE_MAX ((ssize_t)(SIZE_MAX >> 1))

/* "warn unused result": the reference build leaves it empty. */
#define __owur

#include <inttypes.h>
#include <stdint.h>
typedef intmax_t ossl_intmax_t;
typedef uintmax_t ossl_uintmax_t;

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#define ossl_inline inline
#elif defined(__GNUC__)
#define ossl_inline __inline__
#else
#define ossl_inline
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__cplusplus)
#define ossl_noreturn _Noreturn
#elif defined(__GNUC__)
#define ossl_noreturn __attribute__((noreturn))
#else
#define ossl_noreturn
#endif

#ifdef __GNUC__
#define ossl_unused __attribute__((unused))
#else
#define ossl_unused
#endif

#ifdef __cplusplus
}
#endif
#endif
