/* mbedshim <openssl/x509.h>: X509 certificates, names, extensions and CRLs. */
#ifndef OPENSSL_X509_H
#define OPENSSL_X509_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_X509_H
#endif

#include <openssl/macros.h>
#include <openssl/e_os2.h>
#include <openssl/types.h>
#include <openssl/symhacks.h>
#include <openssl/buffer.h>
#include <openssl/evp.h>
#include <openssl/bio.h>
#include <openssl/asn1.h>
#include <openssl/safestack.h>
#include <openssl/ec.h>
#include <openssl/rsa.h>
#include <openssl/dsa.h>
#include <openssl/dh.h>
#include <openssl/sha.h>
#include <openssl/x509err.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define X509_ADD_FLAG_DEFAULT 0
#define X509_ADD_FLAG_NO_DUP 0x4
#define X509_ADD_FLAG_NO_SS 0x8
#define X509_ADD_FLAG_PREPEND 0x2
#define X509_ADD_FLAG_UP_REF 0x1
#define X509_CRL_VERSION_1 0
#define X509_CRL_VERSION_2 1
#define X509_EXT_PACK_STRING 2
#define X509_EXT_PACK_UNKNOWN 1
#define X509_EX_V_INIT 0x1
#define X509_EX_V_NETSCAPE_HACK 0x8000
#define X509_FILETYPE_ASN1 2
#define X509_FILETYPE_DEFAULT 3
#define X509_FILETYPE_PEM 1
#define X509_FLAG_COMPAT 0
#define X509_FLAG_EXTENSIONS_ONLY_KID 0x2000L
#define X509_FLAG_NO_ATTRIBUTES 0x800L
#define X509_FLAG_NO_AUX 0x400L
#define X509_FLAG_NO_EXTENSIONS 0x100L
#define X509_FLAG_NO_HEADER 1L
#define X509_FLAG_NO_IDS 0x1000L
#define X509_FLAG_NO_ISSUER 0x10L
#define X509_FLAG_NO_PUBKEY 0x80L
#define X509_FLAG_NO_SERIAL 0x4L
#define X509_FLAG_NO_SIGDUMP 0x200L
#define X509_FLAG_NO_SIGNAME 0x8L
#define X509_FLAG_NO_SUBJECT 0x40L
#define X509_FLAG_NO_VALIDITY 0x20L
#define X509_FLAG_NO_VERSION 0x2L
#define X509_REQ_VERSION_1 0
#define X509_REQ_extract_key(a) X509_REQ_get_pubkey(a)
#define X509_SIG_INFO_TLS 0x2
#define X509_SIG_INFO_VALID 0x1
#define X509_VERSION_1 0
#define X509_VERSION_2 1
#define X509_VERSION_3 2
#define X509_extract_key(x) X509_get_pubkey(x)
#define X509_get_ex_new_index(l, p, newf, dupf, freef)                                                       \
    CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_X509, l, p, newf, dupf, freef)
#define X509_name_cmp(a, b) X509_NAME_cmp((a), (b))
#define X509v3_KU_CRL_SIGN 0x2
#define X509v3_KU_DATA_ENCIPHERMENT 0x10
#define X509v3_KU_DECIPHER_ONLY 0x8000
#define X509v3_KU_DIGITAL_SIGNATURE 0x80
#define X509v3_KU_ENCIPHER_ONLY 0x1
#define X509v3_KU_KEY_AGREEMENT 0x8
#define X509v3_KU_KEY_CERT_SIGN 0x4
#define X509v3_KU_KEY_ENCIPHERMENT 0x20
#define X509v3_KU_NON_REPUDIATION 0x40
#define X509v3_KU_UNDEF 0xFFFF
#define XN_FLAG_COMPAT 0
#define XN_FLAG_DN_REV 0x100000
#define XN_FLAG_DUMP_UNKNOWN_FIELDS 0x1000000
#define XN_FLAG_FN_ALIGN 0x2000000
#define XN_FLAG_FN_LN 0x200000
#define XN_FLAG_FN_MASK 0x600000
#define XN_FLAG_FN_NONE 0x600000
#define XN_FLAG_FN_OID 0x400000
#define XN_FLAG_FN_SN 0
#define XN_FLAG_MULTILINE 0x2A40006
#define XN_FLAG_ONELINE 0x82031F
#define XN_FLAG_RFC2253 0x1110317
#define XN_FLAG_SEP_COMMA_PLUS 0x10000
#define XN_FLAG_SEP_CPLUS_SPC 0x20000
#define XN_FLAG_SEP_MASK 0xF0000
#define XN_FLAG_SEP_MULTILINE 0x40000
#define XN_FLAG_SEP_SPLUS_SPC 0x30000
#define XN_FLAG_SPC_EQ 0x800000
#define sk_X509_ATTRIBUTE_deep_copy(sk, copyfunc, freefunc)                                                  \
    ((STACK_OF(X509_ATTRIBUTE) *)OPENSSL_sk_deep_copy(ossl_check_const_X509_ATTRIBUTE_sk_type(sk),           \
                                                      ossl_check_X509_ATTRIBUTE_copyfunc_type(copyfunc),     \
                                                      ossl_check_X509_ATTRIBUTE_freefunc_type(freefunc)))
#define sk_X509_ATTRIBUTE_delete(sk, i)                                                                      \
    ((X509_ATTRIBUTE *)OPENSSL_sk_delete(ossl_check_X509_ATTRIBUTE_sk_type(sk), (i)))
#define sk_X509_ATTRIBUTE_delete_ptr(sk, ptr)                                                                \
    ((X509_ATTRIBUTE *)OPENSSL_sk_delete_ptr(ossl_check_X509_ATTRIBUTE_sk_type(sk),                          \
                                             ossl_check_X509_ATTRIBUTE_type(ptr)))
#define sk_X509_ATTRIBUTE_dup(sk)                                                                            \
    ((STACK_OF(X509_ATTRIBUTE) *)OPENSSL_sk_dup(ossl_check_const_X509_ATTRIBUTE_sk_type(sk)))
#define sk_X509_ATTRIBUTE_find(sk, ptr)                                                                      \
    OPENSSL_sk_find(ossl_check_X509_ATTRIBUTE_sk_type(sk), ossl_check_X509_ATTRIBUTE_type(ptr))
#define sk_X509_ATTRIBUTE_find_all(sk, ptr, pnum)                                                            \
    OPENSSL_sk_find_all(ossl_check_X509_ATTRIBUTE_sk_type(sk), ossl_check_X509_ATTRIBUTE_type(ptr), pnum)
#define sk_X509_ATTRIBUTE_find_ex(sk, ptr)                                                                   \
    OPENSSL_sk_find_ex(ossl_check_X509_ATTRIBUTE_sk_type(sk), ossl_check_X509_ATTRIBUTE_type(ptr))
#define sk_X509_ATTRIBUTE_free(sk) OPENSSL_sk_free(ossl_check_X509_ATTRIBUTE_sk_type(sk))
#define sk_X509_ATTRIBUTE_insert(sk, ptr, idx)                                                               \
    OPENSSL_sk_insert(ossl_check_X509_ATTRIBUTE_sk_type(sk), ossl_check_X509_ATTRIBUTE_type(ptr), (idx))
#define sk_X509_ATTRIBUTE_is_sorted(sk) OPENSSL_sk_is_sorted(ossl_check_const_X509_ATTRIBUTE_sk_type(sk))
#define sk_X509_ATTRIBUTE_new(cmp)                                                                           \
    ((STACK_OF(X509_ATTRIBUTE) *)OPENSSL_sk_new(ossl_check_X509_ATTRIBUTE_compfunc_type(cmp)))
#define sk_X509_ATTRIBUTE_new_null() ((STACK_OF(X509_ATTRIBUTE) *)OPENSSL_sk_new_null())
#define sk_X509_ATTRIBUTE_new_reserve(cmp, n)                                                                \
    ((STACK_OF(X509_ATTRIBUTE) *)OPENSSL_sk_new_reserve(ossl_check_X509_ATTRIBUTE_compfunc_type(cmp), (n)))
#define sk_X509_ATTRIBUTE_num(sk) OPENSSL_sk_num(ossl_check_const_X509_ATTRIBUTE_sk_type(sk))
#define sk_X509_ATTRIBUTE_pop(sk) ((X509_ATTRIBUTE *)OPENSSL_sk_pop(ossl_check_X509_ATTRIBUTE_sk_type(sk)))
#define sk_X509_ATTRIBUTE_pop_free(sk, freefunc)                                                             \
    OPENSSL_sk_pop_free(ossl_check_X509_ATTRIBUTE_sk_type(sk),                                               \
                        ossl_check_X509_ATTRIBUTE_freefunc_type(freefunc))
#define sk_X509_ATTRIBUTE_push(sk, ptr)                                                                      \
    OPENSSL_sk_push(ossl_check_X509_ATTRIBUTE_sk_type(sk), ossl_check_X509_ATTRIBUTE_type(ptr))
#define sk_X509_ATTRIBUTE_reserve(sk, n) OPENSSL_sk_reserve(ossl_check_X509_ATTRIBUTE_sk_type(sk), (n))
#define sk_X509_ATTRIBUTE_set(sk, idx, ptr)                                                                  \
    ((X509_ATTRIBUTE *)OPENSSL_sk_set(ossl_check_X509_ATTRIBUTE_sk_type(sk), (idx),                          \
                                      ossl_check_X509_ATTRIBUTE_type(ptr)))
#define sk_X509_ATTRIBUTE_set_cmp_func(sk, cmp)                                                              \
    ((sk_X509_ATTRIBUTE_compfunc)OPENSSL_sk_set_cmp_func(ossl_check_X509_ATTRIBUTE_sk_type(sk),              \
                                                         ossl_check_X509_ATTRIBUTE_compfunc_type(cmp)))
#define sk_X509_ATTRIBUTE_shift(sk)                                                                          \
    ((X509_ATTRIBUTE *)OPENSSL_sk_shift(ossl_check_X509_ATTRIBUTE_sk_type(sk)))
#define sk_X509_ATTRIBUTE_sort(sk) OPENSSL_sk_sort(ossl_check_X509_ATTRIBUTE_sk_type(sk))
#define sk_X509_ATTRIBUTE_unshift(sk, ptr)                                                                   \
    OPENSSL_sk_unshift(ossl_check_X509_ATTRIBUTE_sk_type(sk), ossl_check_X509_ATTRIBUTE_type(ptr))
#define sk_X509_ATTRIBUTE_value(sk, idx)                                                                     \
    ((X509_ATTRIBUTE *)OPENSSL_sk_value(ossl_check_const_X509_ATTRIBUTE_sk_type(sk), (idx)))
#define sk_X509_ATTRIBUTE_zero(sk) OPENSSL_sk_zero(ossl_check_X509_ATTRIBUTE_sk_type(sk))
#define sk_X509_CRL_deep_copy(sk, copyfunc, freefunc)                                                        \
    ((STACK_OF(X509_CRL) *)OPENSSL_sk_deep_copy(ossl_check_const_X509_CRL_sk_type(sk),                       \
                                                ossl_check_X509_CRL_copyfunc_type(copyfunc),                 \
                                                ossl_check_X509_CRL_freefunc_type(freefunc)))
#define sk_X509_CRL_delete(sk, i) ((X509_CRL *)OPENSSL_sk_delete(ossl_check_X509_CRL_sk_type(sk), (i)))
#define sk_X509_CRL_delete_ptr(sk, ptr)                                                                      \
    ((X509_CRL *)OPENSSL_sk_delete_ptr(ossl_check_X509_CRL_sk_type(sk), ossl_check_X509_CRL_type(ptr)))
#define sk_X509_CRL_dup(sk) ((STACK_OF(X509_CRL) *)OPENSSL_sk_dup(ossl_check_const_X509_CRL_sk_type(sk)))
#define sk_X509_CRL_find(sk, ptr)                                                                            \
    OPENSSL_sk_find(ossl_check_X509_CRL_sk_type(sk), ossl_check_X509_CRL_type(ptr))
#define sk_X509_CRL_find_all(sk, ptr, pnum)                                                                  \
    OPENSSL_sk_find_all(ossl_check_X509_CRL_sk_type(sk), ossl_check_X509_CRL_type(ptr), pnum)
#define sk_X509_CRL_find_ex(sk, ptr)                                                                         \
    OPENSSL_sk_find_ex(ossl_check_X509_CRL_sk_type(sk), ossl_check_X509_CRL_type(ptr))
#define sk_X509_CRL_free(sk) OPENSSL_sk_free(ossl_check_X509_CRL_sk_type(sk))
#define sk_X509_CRL_insert(sk, ptr, idx)                                                                     \
    OPENSSL_sk_insert(ossl_check_X509_CRL_sk_type(sk), ossl_check_X509_CRL_type(ptr), (idx))
#define sk_X509_CRL_is_sorted(sk) OPENSSL_sk_is_sorted(ossl_check_const_X509_CRL_sk_type(sk))
#define sk_X509_CRL_new(cmp) ((STACK_OF(X509_CRL) *)OPENSSL_sk_new(ossl_check_X509_CRL_compfunc_type(cmp)))
#define sk_X509_CRL_new_null() ((STACK_OF(X509_CRL) *)OPENSSL_sk_new_null())
#define sk_X509_CRL_new_reserve(cmp, n)                                                                      \
    ((STACK_OF(X509_CRL) *)OPENSSL_sk_new_reserve(ossl_check_X509_CRL_compfunc_type(cmp), (n)))
#define sk_X509_CRL_num(sk) OPENSSL_sk_num(ossl_check_const_X509_CRL_sk_type(sk))
#define sk_X509_CRL_pop(sk) ((X509_CRL *)OPENSSL_sk_pop(ossl_check_X509_CRL_sk_type(sk)))
#define sk_X509_CRL_pop_free(sk, freefunc)                                                                   \
    OPENSSL_sk_pop_free(ossl_check_X509_CRL_sk_type(sk), ossl_check_X509_CRL_freefunc_type(freefunc))
#define sk_X509_CRL_push(sk, ptr)                                                                            \
    OPENSSL_sk_push(ossl_check_X509_CRL_sk_type(sk), ossl_check_X509_CRL_type(ptr))
#define sk_X509_CRL_reserve(sk, n) OPENSSL_sk_reserve(ossl_check_X509_CRL_sk_type(sk), (n))
#define sk_X509_CRL_set(sk, idx, ptr)                                                                        \
    ((X509_CRL *)OPENSSL_sk_set(ossl_check_X509_CRL_sk_type(sk), (idx), ossl_check_X509_CRL_type(ptr)))
#define sk_X509_CRL_set_cmp_func(sk, cmp)                                                                    \
    ((sk_X509_CRL_compfunc)OPENSSL_sk_set_cmp_func(ossl_check_X509_CRL_sk_type(sk),                          \
                                                   ossl_check_X509_CRL_compfunc_type(cmp)))
#define sk_X509_CRL_shift(sk) ((X509_CRL *)OPENSSL_sk_shift(ossl_check_X509_CRL_sk_type(sk)))
#define sk_X509_CRL_sort(sk) OPENSSL_sk_sort(ossl_check_X509_CRL_sk_type(sk))
#define sk_X509_CRL_unshift(sk, ptr)                                                                         \
    OPENSSL_sk_unshift(ossl_check_X509_CRL_sk_type(sk), ossl_check_X509_CRL_type(ptr))
#define sk_X509_CRL_value(sk, idx)                                                                           \
    ((X509_CRL *)OPENSSL_sk_value(ossl_check_const_X509_CRL_sk_type(sk), (idx)))
#define sk_X509_CRL_zero(sk) OPENSSL_sk_zero(ossl_check_X509_CRL_sk_type(sk))
#define sk_X509_EXTENSION_deep_copy(sk, copyfunc, freefunc)                                                  \
    ((STACK_OF(X509_EXTENSION) *)OPENSSL_sk_deep_copy(ossl_check_const_X509_EXTENSION_sk_type(sk),           \
                                                      ossl_check_X509_EXTENSION_copyfunc_type(copyfunc),     \
                                                      ossl_check_X509_EXTENSION_freefunc_type(freefunc)))
#define sk_X509_EXTENSION_delete(sk, i)                                                                      \
    ((X509_EXTENSION *)OPENSSL_sk_delete(ossl_check_X509_EXTENSION_sk_type(sk), (i)))
#define sk_X509_EXTENSION_delete_ptr(sk, ptr)                                                                \
    ((X509_EXTENSION *)OPENSSL_sk_delete_ptr(ossl_check_X509_EXTENSION_sk_type(sk),                          \
                                             ossl_check_X509_EXTENSION_type(ptr)))
#define sk_X509_EXTENSION_dup(sk)                                                                            \
    ((STACK_OF(X509_EXTENSION) *)OPENSSL_sk_dup(ossl_check_const_X509_EXTENSION_sk_type(sk)))
#define sk_X509_EXTENSION_find(sk, ptr)                                                                      \
    OPENSSL_sk_find(ossl_check_X509_EXTENSION_sk_type(sk), ossl_check_X509_EXTENSION_type(ptr))
#define sk_X509_EXTENSION_find_all(sk, ptr, pnum)                                                            \
    OPENSSL_sk_find_all(ossl_check_X509_EXTENSION_sk_type(sk), ossl_check_X509_EXTENSION_type(ptr), pnum)
#define sk_X509_EXTENSION_find_ex(sk, ptr)                                                                   \
    OPENSSL_sk_find_ex(ossl_check_X509_EXTENSION_sk_type(sk), ossl_check_X509_EXTENSION_type(ptr))
#define sk_X509_EXTENSION_free(sk) OPENSSL_sk_free(ossl_check_X509_EXTENSION_sk_type(sk))
#define sk_X509_EXTENSION_insert(sk, ptr, idx)                                                               \
    OPENSSL_sk_insert(ossl_check_X509_EXTENSION_sk_type(sk), ossl_check_X509_EXTENSION_type(ptr), (idx))
#define sk_X509_EXTENSION_is_sorted(sk) OPENSSL_sk_is_sorted(ossl_check_const_X509_EXTENSION_sk_type(sk))
#define sk_X509_EXTENSION_new(cmp)                                                                           \
    ((STACK_OF(X509_EXTENSION) *)OPENSSL_sk_new(ossl_check_X509_EXTENSION_compfunc_type(cmp)))
#define sk_X509_EXTENSION_new_null() ((STACK_OF(X509_EXTENSION) *)OPENSSL_sk_new_null())
#define sk_X509_EXTENSION_new_reserve(cmp, n)                                                                \
    ((STACK_OF(X509_EXTENSION) *)OPENSSL_sk_new_reserve(ossl_check_X509_EXTENSION_compfunc_type(cmp), (n)))
#define sk_X509_EXTENSION_num(sk) OPENSSL_sk_num(ossl_check_const_X509_EXTENSION_sk_type(sk))
#define sk_X509_EXTENSION_pop(sk) ((X509_EXTENSION *)OPENSSL_sk_pop(ossl_check_X509_EXTENSION_sk_type(sk)))
#define sk_X509_EXTENSION_pop_free(sk, freefunc)                                                             \
    OPENSSL_sk_pop_free(ossl_check_X509_EXTENSION_sk_type(sk),                                               \
                        ossl_check_X509_EXTENSION_freefunc_type(freefunc))
#define sk_X509_EXTENSION_push(sk, ptr)                                                                      \
    OPENSSL_sk_push(ossl_check_X509_EXTENSION_sk_type(sk), ossl_check_X509_EXTENSION_type(ptr))
#define sk_X509_EXTENSION_reserve(sk, n) OPENSSL_sk_reserve(ossl_check_X509_EXTENSION_sk_type(sk), (n))
#define sk_X509_EXTENSION_set(sk, idx, ptr)                                                                  \
    ((X509_EXTENSION *)OPENSSL_sk_set(ossl_check_X509_EXTENSION_sk_type(sk), (idx),                          \
                                      ossl_check_X509_EXTENSION_type(ptr)))
#define sk_X509_EXTENSION_set_cmp_func(sk, cmp)                                                              \
    ((sk_X509_EXTENSION_compfunc)OPENSSL_sk_set_cmp_func(ossl_check_X509_EXTENSION_sk_type(sk),              \
                                                         ossl_check_X509_EXTENSION_compfunc_type(cmp)))
#define sk_X509_EXTENSION_shift(sk)                                                                          \
    ((X509_EXTENSION *)OPENSSL_sk_shift(ossl_check_X509_EXTENSION_sk_type(sk)))
#define sk_X509_EXTENSION_sort(sk) OPENSSL_sk_sort(ossl_check_X509_EXTENSION_sk_type(sk))
#define sk_X509_EXTENSION_unshift(sk, ptr)                                                                   \
    OPENSSL_sk_unshift(ossl_check_X509_EXTENSION_sk_type(sk), ossl_check_X509_EXTENSION_type(ptr))
#define sk_X509_EXTENSION_value(sk, idx)                                                                     \
    ((X509_EXTENSION *)OPENSSL_sk_value(ossl_check_const_X509_EXTENSION_sk_type(sk), (idx)))
#define sk_X509_EXTENSION_zero(sk) OPENSSL_sk_zero(ossl_check_X509_EXTENSION_sk_type(sk))
#define sk_X509_INFO_deep_copy(sk, copyfunc, freefunc)                                                       \
    ((STACK_OF(X509_INFO) *)OPENSSL_sk_deep_copy(ossl_check_const_X509_INFO_sk_type(sk),                     \
                                                 ossl_check_X509_INFO_copyfunc_type(copyfunc),               \
                                                 ossl_check_X509_INFO_freefunc_type(freefunc)))
#define sk_X509_INFO_delete(sk, i) ((X509_INFO *)OPENSSL_sk_delete(ossl_check_X509_INFO_sk_type(sk), (i)))
#define sk_X509_INFO_delete_ptr(sk, ptr)                                                                     \
    ((X509_INFO *)OPENSSL_sk_delete_ptr(ossl_check_X509_INFO_sk_type(sk), ossl_check_X509_INFO_type(ptr)))
#define sk_X509_INFO_dup(sk) ((STACK_OF(X509_INFO) *)OPENSSL_sk_dup(ossl_check_const_X509_INFO_sk_type(sk)))
#define sk_X509_INFO_find(sk, ptr)                                                                           \
    OPENSSL_sk_find(ossl_check_X509_INFO_sk_type(sk), ossl_check_X509_INFO_type(ptr))
#define sk_X509_INFO_find_all(sk, ptr, pnum)                                                                 \
    OPENSSL_sk_find_all(ossl_check_X509_INFO_sk_type(sk), ossl_check_X509_INFO_type(ptr), pnum)
#define sk_X509_INFO_find_ex(sk, ptr)                                                                        \
    OPENSSL_sk_find_ex(ossl_check_X509_INFO_sk_type(sk), ossl_check_X509_INFO_type(ptr))
#define sk_X509_INFO_free(sk) OPENSSL_sk_free(ossl_check_X509_INFO_sk_type(sk))
#define sk_X509_INFO_insert(sk, ptr, idx)                                                                    \
    OPENSSL_sk_insert(ossl_check_X509_INFO_sk_type(sk), ossl_check_X509_INFO_type(ptr), (idx))
#define sk_X509_INFO_is_sorted(sk) OPENSSL_sk_is_sorted(ossl_check_const_X509_INFO_sk_type(sk))
#define sk_X509_INFO_new(cmp) ((STACK_OF(X509_INFO) *)OPENSSL_sk_new(ossl_check_X509_INFO_compfunc_type(cmp)))
#define sk_X509_INFO_new_null() ((STACK_OF(X509_INFO) *)OPENSSL_sk_new_null())
#define sk_X509_INFO_new_reserve(cmp, n)                                                                     \
    ((STACK_OF(X509_INFO) *)OPENSSL_sk_new_reserve(ossl_check_X509_INFO_compfunc_type(cmp), (n)))
#define sk_X509_INFO_num(sk) OPENSSL_sk_num(ossl_check_const_X509_INFO_sk_type(sk))
#define sk_X509_INFO_pop(sk) ((X509_INFO *)OPENSSL_sk_pop(ossl_check_X509_INFO_sk_type(sk)))
#define sk_X509_INFO_pop_free(sk, freefunc)                                                                  \
    OPENSSL_sk_pop_free(ossl_check_X509_INFO_sk_type(sk), ossl_check_X509_INFO_freefunc_type(freefunc))
#define sk_X509_INFO_push(sk, ptr)                                                                           \
    OPENSSL_sk_push(ossl_check_X509_INFO_sk_type(sk), ossl_check_X509_INFO_type(ptr))
#define sk_X509_INFO_reserve(sk, n) OPENSSL_sk_reserve(ossl_check_X509_INFO_sk_type(sk), (n))
#define sk_X509_INFO_set(sk, idx, ptr)                                                                       \
    ((X509_INFO *)OPENSSL_sk_set(ossl_check_X509_INFO_sk_type(sk), (idx), ossl_check_X509_INFO_type(ptr)))
#define sk_X509_INFO_set_cmp_func(sk, cmp)                                                                   \
    ((sk_X509_INFO_compfunc)OPENSSL_sk_set_cmp_func(ossl_check_X509_INFO_sk_type(sk),                        \
                                                    ossl_check_X509_INFO_compfunc_type(cmp)))
#define sk_X509_INFO_shift(sk) ((X509_INFO *)OPENSSL_sk_shift(ossl_check_X509_INFO_sk_type(sk)))
#define sk_X509_INFO_sort(sk) OPENSSL_sk_sort(ossl_check_X509_INFO_sk_type(sk))
#define sk_X509_INFO_unshift(sk, ptr)                                                                        \
    OPENSSL_sk_unshift(ossl_check_X509_INFO_sk_type(sk), ossl_check_X509_INFO_type(ptr))
#define sk_X509_INFO_value(sk, idx)                                                                          \
    ((X509_INFO *)OPENSSL_sk_value(ossl_check_const_X509_INFO_sk_type(sk), (idx)))
#define sk_X509_INFO_zero(sk) OPENSSL_sk_zero(ossl_check_X509_INFO_sk_type(sk))
#define sk_X509_NAME_ENTRY_deep_copy(sk, copyfunc, freefunc)                                                 \
    ((STACK_OF(X509_NAME_ENTRY) *)OPENSSL_sk_deep_copy(ossl_check_const_X509_NAME_ENTRY_sk_type(sk),         \
                                                       ossl_check_X509_NAME_ENTRY_copyfunc_type(copyfunc),   \
                                                       ossl_check_X509_NAME_ENTRY_freefunc_type(freefunc)))
#define sk_X509_NAME_ENTRY_delete(sk, i)                                                                     \
    ((X509_NAME_ENTRY *)OPENSSL_sk_delete(ossl_check_X509_NAME_ENTRY_sk_type(sk), (i)))
#define sk_X509_NAME_ENTRY_delete_ptr(sk, ptr)                                                               \
    ((X509_NAME_ENTRY *)OPENSSL_sk_delete_ptr(ossl_check_X509_NAME_ENTRY_sk_type(sk),                        \
                                              ossl_check_X509_NAME_ENTRY_type(ptr)))
#define sk_X509_NAME_ENTRY_dup(sk)                                                                           \
    ((STACK_OF(X509_NAME_ENTRY) *)OPENSSL_sk_dup(ossl_check_const_X509_NAME_ENTRY_sk_type(sk)))
#define sk_X509_NAME_ENTRY_find(sk, ptr)                                                                     \
    OPENSSL_sk_find(ossl_check_X509_NAME_ENTRY_sk_type(sk), ossl_check_X509_NAME_ENTRY_type(ptr))
#define sk_X509_NAME_ENTRY_find_all(sk, ptr, pnum)                                                           \
    OPENSSL_sk_find_all(ossl_check_X509_NAME_ENTRY_sk_type(sk), ossl_check_X509_NAME_ENTRY_type(ptr), pnum)
#define sk_X509_NAME_ENTRY_find_ex(sk, ptr)                                                                  \
    OPENSSL_sk_find_ex(ossl_check_X509_NAME_ENTRY_sk_type(sk), ossl_check_X509_NAME_ENTRY_type(ptr))
#define sk_X509_NAME_ENTRY_free(sk) OPENSSL_sk_free(ossl_check_X509_NAME_ENTRY_sk_type(sk))
#define sk_X509_NAME_ENTRY_insert(sk, ptr, idx)                                                              \
    OPENSSL_sk_insert(ossl_check_X509_NAME_ENTRY_sk_type(sk), ossl_check_X509_NAME_ENTRY_type(ptr), (idx))
#define sk_X509_NAME_ENTRY_is_sorted(sk) OPENSSL_sk_is_sorted(ossl_check_const_X509_NAME_ENTRY_sk_type(sk))
#define sk_X509_NAME_ENTRY_new(cmp)                                                                          \
    ((STACK_OF(X509_NAME_ENTRY) *)OPENSSL_sk_new(ossl_check_X509_NAME_ENTRY_compfunc_type(cmp)))
#define sk_X509_NAME_ENTRY_new_null() ((STACK_OF(X509_NAME_ENTRY) *)OPENSSL_sk_new_null())
#define sk_X509_NAME_ENTRY_new_reserve(cmp, n)                                                               \
    ((STACK_OF(X509_NAME_ENTRY) *)OPENSSL_sk_new_reserve(ossl_check_X509_NAME_ENTRY_compfunc_type(cmp), (n)))
#define sk_X509_NAME_ENTRY_num(sk) OPENSSL_sk_num(ossl_check_const_X509_NAME_ENTRY_sk_type(sk))
#define sk_X509_NAME_ENTRY_pop(sk) ((X509_NAME_ENTRY *)OPENSSL_sk_pop(ossl_check_X509_NAME_ENTRY_sk_type(sk)))
#define sk_X509_NAME_ENTRY_pop_free(sk, freefunc)                                                            \
    OPENSSL_sk_pop_free(ossl_check_X509_NAME_ENTRY_sk_type(sk),                                              \
                        ossl_check_X509_NAME_ENTRY_freefunc_type(freefunc))
#define sk_X509_NAME_ENTRY_push(sk, ptr)                                                                     \
    OPENSSL_sk_push(ossl_check_X509_NAME_ENTRY_sk_type(sk), ossl_check_X509_NAME_ENTRY_type(ptr))
#define sk_X509_NAME_ENTRY_reserve(sk, n) OPENSSL_sk_reserve(ossl_check_X509_NAME_ENTRY_sk_type(sk), (n))
#define sk_X509_NAME_ENTRY_set(sk, idx, ptr)                                                                 \
    ((X509_NAME_ENTRY *)OPENSSL_sk_set(ossl_check_X509_NAME_ENTRY_sk_type(sk), (idx),                        \
                                       ossl_check_X509_NAME_ENTRY_type(ptr)))
#define sk_X509_NAME_ENTRY_set_cmp_func(sk, cmp)                                                             \
    ((sk_X509_NAME_ENTRY_compfunc)OPENSSL_sk_set_cmp_func(ossl_check_X509_NAME_ENTRY_sk_type(sk),            \
                                                          ossl_check_X509_NAME_ENTRY_compfunc_type(cmp)))
#define sk_X509_NAME_ENTRY_shift(sk)                                                                         \
    ((X509_NAME_ENTRY *)OPENSSL_sk_shift(ossl_check_X509_NAME_ENTRY_sk_type(sk)))
#define sk_X509_NAME_ENTRY_sort(sk) OPENSSL_sk_sort(ossl_check_X509_NAME_ENTRY_sk_type(sk))
#define sk_X509_NAME_ENTRY_unshift(sk, ptr)                                                                  \
    OPENSSL_sk_unshift(ossl_check_X509_NAME_ENTRY_sk_type(sk), ossl_check_X509_NAME_ENTRY_type(ptr))
#define sk_X509_NAME_ENTRY_value(sk, idx)                                                                    \
    ((X509_NAME_ENTRY *)OPENSSL_sk_value(ossl_check_const_X509_NAME_ENTRY_sk_type(sk), (idx)))
#define sk_X509_NAME_ENTRY_zero(sk) OPENSSL_sk_zero(ossl_check_X509_NAME_ENTRY_sk_type(sk))
#define sk_X509_NAME_deep_copy(sk, copyfunc, freefunc)                                                       \
    ((STACK_OF(X509_NAME) *)OPENSSL_sk_deep_copy(ossl_check_const_X509_NAME_sk_type(sk),                     \
                                                 ossl_check_X509_NAME_copyfunc_type(copyfunc),               \
                                                 ossl_check_X509_NAME_freefunc_type(freefunc)))
#define sk_X509_NAME_delete(sk, i) ((X509_NAME *)OPENSSL_sk_delete(ossl_check_X509_NAME_sk_type(sk), (i)))
#define sk_X509_NAME_delete_ptr(sk, ptr)                                                                     \
    ((X509_NAME *)OPENSSL_sk_delete_ptr(ossl_check_X509_NAME_sk_type(sk), ossl_check_X509_NAME_type(ptr)))
#define sk_X509_NAME_dup(sk) ((STACK_OF(X509_NAME) *)OPENSSL_sk_dup(ossl_check_const_X509_NAME_sk_type(sk)))
#define sk_X509_NAME_find(sk, ptr)                                                                           \
    OPENSSL_sk_find(ossl_check_X509_NAME_sk_type(sk), ossl_check_X509_NAME_type(ptr))
#define sk_X509_NAME_find_all(sk, ptr, pnum)                                                                 \
    OPENSSL_sk_find_all(ossl_check_X509_NAME_sk_type(sk), ossl_check_X509_NAME_type(ptr), pnum)
#define sk_X509_NAME_find_ex(sk, ptr)                                                                        \
    OPENSSL_sk_find_ex(ossl_check_X509_NAME_sk_type(sk), ossl_check_X509_NAME_type(ptr))
#define sk_X509_NAME_free(sk) OPENSSL_sk_free(ossl_check_X509_NAME_sk_type(sk))
#define sk_X509_NAME_insert(sk, ptr, idx)                                                                    \
    OPENSSL_sk_insert(ossl_check_X509_NAME_sk_type(sk), ossl_check_X509_NAME_type(ptr), (idx))
#define sk_X509_NAME_is_sorted(sk) OPENSSL_sk_is_sorted(ossl_check_const_X509_NAME_sk_type(sk))
#define sk_X509_NAME_new(cmp) ((STACK_OF(X509_NAME) *)OPENSSL_sk_new(ossl_check_X509_NAME_compfunc_type(cmp)))
#define sk_X509_NAME_new_null() ((STACK_OF(X509_NAME) *)OPENSSL_sk_new_null())
#define sk_X509_NAME_new_reserve(cmp, n)                                                                     \
    ((STACK_OF(X509_NAME) *)OPENSSL_sk_new_reserve(ossl_check_X509_NAME_compfunc_type(cmp), (n)))
#define sk_X509_NAME_num(sk) OPENSSL_sk_num(ossl_check_const_X509_NAME_sk_type(sk))
#define sk_X509_NAME_pop(sk) ((X509_NAME *)OPENSSL_sk_pop(ossl_check_X509_NAME_sk_type(sk)))
#define sk_X509_NAME_pop_free(sk, freefunc)                                                                  \
    OPENSSL_sk_pop_free(ossl_check_X509_NAME_sk_type(sk), ossl_check_X509_NAME_freefunc_type(freefunc))
#define sk_X509_NAME_push(sk, ptr)                                                                           \
    OPENSSL_sk_push(ossl_check_X509_NAME_sk_type(sk), ossl_check_X509_NAME_type(ptr))
#define sk_X509_NAME_reserve(sk, n) OPENSSL_sk_reserve(ossl_check_X509_NAME_sk_type(sk), (n))
#define sk_X509_NAME_set(sk, idx, ptr)                                                                       \
    ((X509_NAME *)OPENSSL_sk_set(ossl_check_X509_NAME_sk_type(sk), (idx), ossl_check_X509_NAME_type(ptr)))
#define sk_X509_NAME_set_cmp_func(sk, cmp)                                                                   \
    ((sk_X509_NAME_compfunc)OPENSSL_sk_set_cmp_func(ossl_check_X509_NAME_sk_type(sk),                        \
                                                    ossl_check_X509_NAME_compfunc_type(cmp)))
#define sk_X509_NAME_shift(sk) ((X509_NAME *)OPENSSL_sk_shift(ossl_check_X509_NAME_sk_type(sk)))
#define sk_X509_NAME_sort(sk) OPENSSL_sk_sort(ossl_check_X509_NAME_sk_type(sk))
#define sk_X509_NAME_unshift(sk, ptr)                                                                        \
    OPENSSL_sk_unshift(ossl_check_X509_NAME_sk_type(sk), ossl_check_X509_NAME_type(ptr))
#define sk_X509_NAME_value(sk, idx)                                                                          \
    ((X509_NAME *)OPENSSL_sk_value(ossl_check_const_X509_NAME_sk_type(sk), (idx)))
#define sk_X509_NAME_zero(sk) OPENSSL_sk_zero(ossl_check_X509_NAME_sk_type(sk))
#define sk_X509_REVOKED_deep_copy(sk, copyfunc, freefunc)                                                    \
    ((STACK_OF(X509_REVOKED) *)OPENSSL_sk_deep_copy(ossl_check_const_X509_REVOKED_sk_type(sk),               \
                                                    ossl_check_X509_REVOKED_copyfunc_type(copyfunc),         \
                                                    ossl_check_X509_REVOKED_freefunc_type(freefunc)))
#define sk_X509_REVOKED_delete(sk, i)                                                                        \
    ((X509_REVOKED *)OPENSSL_sk_delete(ossl_check_X509_REVOKED_sk_type(sk), (i)))
#define sk_X509_REVOKED_delete_ptr(sk, ptr)                                                                  \
    ((X509_REVOKED *)OPENSSL_sk_delete_ptr(ossl_check_X509_REVOKED_sk_type(sk),                              \
                                           ossl_check_X509_REVOKED_type(ptr)))
#define sk_X509_REVOKED_dup(sk)                                                                              \
    ((STACK_OF(X509_REVOKED) *)OPENSSL_sk_dup(ossl_check_const_X509_REVOKED_sk_type(sk)))
#define sk_X509_REVOKED_find(sk, ptr)                                                                        \
    OPENSSL_sk_find(ossl_check_X509_REVOKED_sk_type(sk), ossl_check_X509_REVOKED_type(ptr))
#define sk_X509_REVOKED_find_all(sk, ptr, pnum)                                                              \
    OPENSSL_sk_find_all(ossl_check_X509_REVOKED_sk_type(sk), ossl_check_X509_REVOKED_type(ptr), pnum)
#define sk_X509_REVOKED_find_ex(sk, ptr)                                                                     \
    OPENSSL_sk_find_ex(ossl_check_X509_REVOKED_sk_type(sk), ossl_check_X509_REVOKED_type(ptr))
#define sk_X509_REVOKED_free(sk) OPENSSL_sk_free(ossl_check_X509_REVOKED_sk_type(sk))
#define sk_X509_REVOKED_insert(sk, ptr, idx)                                                                 \
    OPENSSL_sk_insert(ossl_check_X509_REVOKED_sk_type(sk), ossl_check_X509_REVOKED_type(ptr), (idx))
#define sk_X509_REVOKED_is_sorted(sk) OPENSSL_sk_is_sorted(ossl_check_const_X509_REVOKED_sk_type(sk))
#define sk_X509_REVOKED_new(cmp)                                                                             \
    ((STACK_OF(X509_REVOKED) *)OPENSSL_sk_new(ossl_check_X509_REVOKED_compfunc_type(cmp)))
#define sk_X509_REVOKED_new_null() ((STACK_OF(X509_REVOKED) *)OPENSSL_sk_new_null())
#define sk_X509_REVOKED_new_reserve(cmp, n)                                                                  \
    ((STACK_OF(X509_REVOKED) *)OPENSSL_sk_new_reserve(ossl_check_X509_REVOKED_compfunc_type(cmp), (n)))
#define sk_X509_REVOKED_num(sk) OPENSSL_sk_num(ossl_check_const_X509_REVOKED_sk_type(sk))
#define sk_X509_REVOKED_pop(sk) ((X509_REVOKED *)OPENSSL_sk_pop(ossl_check_X509_REVOKED_sk_type(sk)))
#define sk_X509_REVOKED_pop_free(sk, freefunc)                                                               \
    OPENSSL_sk_pop_free(ossl_check_X509_REVOKED_sk_type(sk), ossl_check_X509_REVOKED_freefunc_type(freefunc))
#define sk_X509_REVOKED_push(sk, ptr)                                                                        \
    OPENSSL_sk_push(ossl_check_X509_REVOKED_sk_type(sk), ossl_check_X509_REVOKED_type(ptr))
#define sk_X509_REVOKED_reserve(sk, n) OPENSSL_sk_reserve(ossl_check_X509_REVOKED_sk_type(sk), (n))
#define sk_X509_REVOKED_set(sk, idx, ptr)                                                                    \
    ((X509_REVOKED *)OPENSSL_sk_set(ossl_check_X509_REVOKED_sk_type(sk), (idx),                              \
                                    ossl_check_X509_REVOKED_type(ptr)))
#define sk_X509_REVOKED_set_cmp_func(sk, cmp)                                                                \
    ((sk_X509_REVOKED_compfunc)OPENSSL_sk_set_cmp_func(ossl_check_X509_REVOKED_sk_type(sk),                  \
                                                       ossl_check_X509_REVOKED_compfunc_type(cmp)))
#define sk_X509_REVOKED_shift(sk) ((X509_REVOKED *)OPENSSL_sk_shift(ossl_check_X509_REVOKED_sk_type(sk)))
#define sk_X509_REVOKED_sort(sk) OPENSSL_sk_sort(ossl_check_X509_REVOKED_sk_type(sk))
#define sk_X509_REVOKED_unshift(sk, ptr)                                                                     \
    OPENSSL_sk_unshift(ossl_check_X509_REVOKED_sk_type(sk), ossl_check_X509_REVOKED_type(ptr))
#define sk_X509_REVOKED_value(sk, idx)                                                                       \
    ((X509_REVOKED *)OPENSSL_sk_value(ossl_check_const_X509_REVOKED_sk_type(sk), (idx)))
#define sk_X509_REVOKED_zero(sk) OPENSSL_sk_zero(ossl_check_X509_REVOKED_sk_type(sk))
#define sk_X509_deep_copy(sk, copyfunc, freefunc)                                                            \
    ((STACK_OF(X509) *)OPENSSL_sk_deep_copy(ossl_check_const_X509_sk_type(sk),                               \
                                            ossl_check_X509_copyfunc_type(copyfunc),                         \
                                            ossl_check_X509_freefunc_type(freefunc)))
#define sk_X509_delete(sk, i) ((X509 *)OPENSSL_sk_delete(ossl_check_X509_sk_type(sk), (i)))
#define sk_X509_delete_ptr(sk, ptr)                                                                          \
    ((X509 *)OPENSSL_sk_delete_ptr(ossl_check_X509_sk_type(sk), ossl_check_X509_type(ptr)))
#define sk_X509_dup(sk) ((STACK_OF(X509) *)OPENSSL_sk_dup(ossl_check_const_X509_sk_type(sk)))
#define sk_X509_find(sk, ptr) OPENSSL_sk_find(ossl_check_X509_sk_type(sk), ossl_check_X509_type(ptr))
#define sk_X509_find_all(sk, ptr, pnum)                                                                      \
    OPENSSL_sk_find_all(ossl_check_X509_sk_type(sk), ossl_check_X509_type(ptr), pnum)
#define sk_X509_find_ex(sk, ptr) OPENSSL_sk_find_ex(ossl_check_X509_sk_type(sk), ossl_check_X509_type(ptr))
#define sk_X509_free(sk) OPENSSL_sk_free(ossl_check_X509_sk_type(sk))
#define sk_X509_insert(sk, ptr, idx)                                                                         \
    OPENSSL_sk_insert(ossl_check_X509_sk_type(sk), ossl_check_X509_type(ptr), (idx))
#define sk_X509_is_sorted(sk) OPENSSL_sk_is_sorted(ossl_check_const_X509_sk_type(sk))
#define sk_X509_new(cmp) ((STACK_OF(X509) *)OPENSSL_sk_new(ossl_check_X509_compfunc_type(cmp)))
#define sk_X509_new_null() ((STACK_OF(X509) *)OPENSSL_sk_new_null())
#define sk_X509_new_reserve(cmp, n)                                                                          \
    ((STACK_OF(X509) *)OPENSSL_sk_new_reserve(ossl_check_X509_compfunc_type(cmp), (n)))
#define sk_X509_num(sk) OPENSSL_sk_num(ossl_check_const_X509_sk_type(sk))
#define sk_X509_pop(sk) ((X509 *)OPENSSL_sk_pop(ossl_check_X509_sk_type(sk)))
#define sk_X509_pop_free(sk, freefunc)                                                                       \
    OPENSSL_sk_pop_free(ossl_check_X509_sk_type(sk), ossl_check_X509_freefunc_type(freefunc))
#define sk_X509_push(sk, ptr) OPENSSL_sk_push(ossl_check_X509_sk_type(sk), ossl_check_X509_type(ptr))
#define sk_X509_reserve(sk, n) OPENSSL_sk_reserve(ossl_check_X509_sk_type(sk), (n))
#define sk_X509_set(sk, idx, ptr)                                                                            \
    ((X509 *)OPENSSL_sk_set(ossl_check_X509_sk_type(sk), (idx), ossl_check_X509_type(ptr)))
#define sk_X509_set_cmp_func(sk, cmp)                                                                        \
    ((sk_X509_compfunc)OPENSSL_sk_set_cmp_func(ossl_check_X509_sk_type(sk),                                  \
                                               ossl_check_X509_compfunc_type(cmp)))
#define sk_X509_shift(sk) ((X509 *)OPENSSL_sk_shift(ossl_check_X509_sk_type(sk)))
#define sk_X509_sort(sk) OPENSSL_sk_sort(ossl_check_X509_sk_type(sk))
#define sk_X509_unshift(sk, ptr) OPENSSL_sk_unshift(ossl_check_X509_sk_type(sk), ossl_check_X509_type(ptr))
#define sk_X509_value(sk, idx) ((X509 *)OPENSSL_sk_value(ossl_check_const_X509_sk_type(sk), (idx)))
#define sk_X509_zero(sk) OPENSSL_sk_zero(ossl_check_X509_sk_type(sk))

/* Macros of the API deprecated in 1.1.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_1_0
#define X509_CRL_set_lastUpdate X509_CRL_set1_lastUpdate
#define X509_CRL_set_nextUpdate X509_CRL_set1_nextUpdate
#define X509_get_notAfter X509_getm_notAfter
#define X509_get_notBefore X509_getm_notBefore
#define X509_set_notAfter X509_set1_notAfter
#define X509_set_notBefore X509_set1_notBefore
#endif

/* Macros of the API deprecated in 3.0. */
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define X509_CRL_http_nbio(rctx, pcrl) OSSL_HTTP_REQ_CTX_nbio_d2i(rctx, pcrl, ASN1_ITEM_rptr(X509_CRL))
#define X509_NAME_hash(x) X509_NAME_hash_ex(x, NULL, NULL, NULL)
#define X509_http_nbio(rctx, pcert) OSSL_HTTP_REQ_CTX_nbio_d2i(rctx, pcert, ASN1_ITEM_rptr(X509))
#endif

/* Types. */
SKM_DEFINE_STACK_OF_INTERNAL(X509_NAME, X509_NAME, X509_NAME)
SKM_DEFINE_STACK_OF_INTERNAL(X509, X509, X509)
SKM_DEFINE_STACK_OF_INTERNAL(X509_REVOKED, X509_REVOKED, X509_REVOKED)
SKM_DEFINE_STACK_OF_INTERNAL(X509_CRL, X509_CRL, X509_CRL)
struct X509_algor_st {
    ASN1_OBJECT *algorithm;
    ASN1_TYPE *parameter;
};
typedef STACK_OF(X509_ALGOR) X509_ALGORS;
typedef struct X509_val_st {
    ASN1_TIME *notBefore;
    ASN1_TIME *notAfter;
} X509_VAL;
typedef struct X509_sig_st X509_SIG;
typedef struct X509_name_entry_st X509_NAME_ENTRY;
SKM_DEFINE_STACK_OF_INTERNAL(X509_NAME_ENTRY, X509_NAME_ENTRY, X509_NAME_ENTRY)
typedef struct X509_extension_st X509_EXTENSION;
SKM_DEFINE_STACK_OF_INTERNAL(X509_EXTENSION, X509_EXTENSION, X509_EXTENSION)
typedef STACK_OF(X509_EXTENSION) X509_EXTENSIONS;
typedef struct x509_attributes_st X509_ATTRIBUTE;
SKM_DEFINE_STACK_OF_INTERNAL(X509_ATTRIBUTE, X509_ATTRIBUTE, X509_ATTRIBUTE)
typedef struct X509_req_info_st X509_REQ_INFO;
typedef struct X509_req_st X509_REQ;
typedef struct x509_cert_aux_st X509_CERT_AUX;
typedef struct x509_cinf_st X509_CINF;
typedef struct X509_crl_info_st X509_CRL_INFO;
typedef struct private_key_st {
    int version;
    X509_ALGOR *enc_algor;
    ASN1_OCTET_STRING *enc_pkey;
    EVP_PKEY *dec_pkey;
    int key_length;
    char *key_data;
    int key_free;
    EVP_CIPHER_INFO cipher;
} X509_PKEY;
typedef struct X509_info_st {
    X509 *x509;
    X509_CRL *crl;
    X509_PKEY *x_pkey;
    EVP_CIPHER_INFO enc_cipher;
    int enc_len;
    char *enc_data;
} X509_INFO;
SKM_DEFINE_STACK_OF_INTERNAL(X509_INFO, X509_INFO, X509_INFO)
typedef struct Netscape_spkac_st {
    X509_PUBKEY *pubkey;
    ASN1_IA5STRING *challenge;
} NETSCAPE_SPKAC;
typedef struct Netscape_spki_st {
    NETSCAPE_SPKAC *spkac;
    X509_ALGOR sig_algor;
    ASN1_BIT_STRING *signature;
} NETSCAPE_SPKI;
typedef struct Netscape_certificate_sequence {
    ASN1_OBJECT *type;
    STACK_OF(X509) * certs;
} NETSCAPE_CERT_SEQUENCE;
typedef struct PBEPARAM_st {
    ASN1_OCTET_STRING *salt;
    ASN1_INTEGER *iter;
} PBEPARAM;
typedef struct PBE2PARAM_st {
    X509_ALGOR *keyfunc;
    X509_ALGOR *encryption;
} PBE2PARAM;
typedef struct PBKDF2PARAM_st {
    ASN1_TYPE *salt;
    ASN1_INTEGER *iter;
    ASN1_INTEGER *keylength;
    X509_ALGOR *prf;
} PBKDF2PARAM;
typedef struct SCRYPT_PARAMS_st {
    ASN1_OCTET_STRING *salt;
    ASN1_INTEGER *costParameter;
    ASN1_INTEGER *blockSize;
    ASN1_INTEGER *parallelizationParameter;
    ASN1_INTEGER *keyLength;
} SCRYPT_PARAMS;

#include <openssl/x509_vfy.h>
#include <openssl/pkcs7.h>
#include <openssl/http.h>

/* Functions. */
int ASN1_item_digest(const ASN1_ITEM *it, const EVP_MD *type, void *data, unsigned char *md,
                     unsigned int *len);
int ASN1_item_sign(const ASN1_ITEM *it, X509_ALGOR *algor1, X509_ALGOR *algor2, ASN1_BIT_STRING *signature,
                   const void *data, EVP_PKEY *pkey, const EVP_MD *md);
int ASN1_item_sign_ctx(const ASN1_ITEM *it, X509_ALGOR *algor1, X509_ALGOR *algor2,
                       ASN1_BIT_STRING *signature, const void *data, EVP_MD_CTX *ctx);
int ASN1_item_verify(const ASN1_ITEM *it, const X509_ALGOR *alg, const ASN1_BIT_STRING *signature,
                     const void *data, EVP_PKEY *pkey);
int ASN1_item_verify_ctx(const ASN1_ITEM *it, const X509_ALGOR *alg, const ASN1_BIT_STRING *signature,
                         const void *data, EVP_MD_CTX *ctx);
EVP_PKEY *EVP_PKCS82PKEY(const PKCS8_PRIV_KEY_INFO *p8);
EVP_PKEY *EVP_PKCS82PKEY_ex(const PKCS8_PRIV_KEY_INFO *p8, OSSL_LIB_CTX *libctx, const char *propq);
PKCS8_PRIV_KEY_INFO *EVP_PKEY2PKCS8(const EVP_PKEY *pkey);
int EVP_PKEY_add1_attr(EVP_PKEY *key, X509_ATTRIBUTE *attr);
int EVP_PKEY_add1_attr_by_NID(EVP_PKEY *key, int nid, int type, const unsigned char *bytes, int len);
int EVP_PKEY_add1_attr_by_OBJ(EVP_PKEY *key, const ASN1_OBJECT *obj, int type, const unsigned char *bytes,
                              int len);
int EVP_PKEY_add1_attr_by_txt(EVP_PKEY *key, const char *attrname, int type, const unsigned char *bytes,
                              int len);
X509_ATTRIBUTE *EVP_PKEY_delete_attr(EVP_PKEY *key, int loc);
X509_ATTRIBUTE *EVP_PKEY_get_attr(const EVP_PKEY *key, int loc);
int EVP_PKEY_get_attr_by_NID(const EVP_PKEY *key, int nid, int lastpos);
int EVP_PKEY_get_attr_by_OBJ(const EVP_PKEY *key, const ASN1_OBJECT *obj, int lastpos);
int EVP_PKEY_get_attr_count(const EVP_PKEY *key);
extern void NETSCAPE_CERT_SEQUENCE_free(NETSCAPE_CERT_SEQUENCE *a);
extern const ASN1_ITEM *NETSCAPE_CERT_SEQUENCE_it(void);
extern NETSCAPE_CERT_SEQUENCE *NETSCAPE_CERT_SEQUENCE_new(void);
extern void NETSCAPE_SPKAC_free(NETSCAPE_SPKAC *a);
extern const ASN1_ITEM *NETSCAPE_SPKAC_it(void);
extern NETSCAPE_SPKAC *NETSCAPE_SPKAC_new(void);
NETSCAPE_SPKI *NETSCAPE_SPKI_b64_decode(const char *str, int len);
char *NETSCAPE_SPKI_b64_encode(NETSCAPE_SPKI *x);
extern void NETSCAPE_SPKI_free(NETSCAPE_SPKI *a);
EVP_PKEY *NETSCAPE_SPKI_get_pubkey(NETSCAPE_SPKI *x);
extern const ASN1_ITEM *NETSCAPE_SPKI_it(void);
extern NETSCAPE_SPKI *NETSCAPE_SPKI_new(void);
int NETSCAPE_SPKI_print(BIO *out, NETSCAPE_SPKI *spki);
int NETSCAPE_SPKI_set_pubkey(NETSCAPE_SPKI *x, EVP_PKEY *pkey);
int NETSCAPE_SPKI_sign(NETSCAPE_SPKI *x, EVP_PKEY *pkey, const EVP_MD *md);
int NETSCAPE_SPKI_verify(NETSCAPE_SPKI *a, EVP_PKEY *r);
extern void PBE2PARAM_free(PBE2PARAM *a);
extern const ASN1_ITEM *PBE2PARAM_it(void);
extern PBE2PARAM *PBE2PARAM_new(void);
extern void PBEPARAM_free(PBEPARAM *a);
extern const ASN1_ITEM *PBEPARAM_it(void);
extern PBEPARAM *PBEPARAM_new(void);
extern void PBKDF2PARAM_free(PBKDF2PARAM *a);
extern const ASN1_ITEM *PBKDF2PARAM_it(void);
extern PBKDF2PARAM *PBKDF2PARAM_new(void);
X509_ALGOR *PKCS5_pbe2_set(const EVP_CIPHER *cipher, int iter, unsigned char *salt, int saltlen);
X509_ALGOR *PKCS5_pbe2_set_iv(const EVP_CIPHER *cipher, int iter, unsigned char *salt, int saltlen,
                              unsigned char *aiv, int prf_nid);
X509_ALGOR *PKCS5_pbe2_set_iv_ex(const EVP_CIPHER *cipher, int iter, unsigned char *salt, int saltlen,
                                 unsigned char *aiv, int prf_nid, OSSL_LIB_CTX *libctx);
X509_ALGOR *PKCS5_pbe2_set_scrypt(const EVP_CIPHER *cipher, const unsigned char *salt, int saltlen,
                                  unsigned char *aiv, uint64_t N, uint64_t r, uint64_t p);
X509_ALGOR *PKCS5_pbe_set(int alg, int iter, const unsigned char *salt, int saltlen);
int PKCS5_pbe_set0_algor(X509_ALGOR *algor, int alg, int iter, const unsigned char *salt, int saltlen);
int PKCS5_pbe_set0_algor_ex(X509_ALGOR *algor, int alg, int iter, const unsigned char *salt, int saltlen,
                            OSSL_LIB_CTX *libctx);
X509_ALGOR *PKCS5_pbe_set_ex(int alg, int iter, const unsigned char *salt, int saltlen, OSSL_LIB_CTX *libctx);
X509_ALGOR *PKCS5_pbkdf2_set(int iter, unsigned char *salt, int saltlen, int prf_nid, int keylen);
X509_ALGOR *PKCS5_pbkdf2_set_ex(int iter, unsigned char *salt, int saltlen, int prf_nid, int keylen,
                                OSSL_LIB_CTX *libctx);
extern void PKCS8_PRIV_KEY_INFO_free(PKCS8_PRIV_KEY_INFO *a);
extern const ASN1_ITEM *PKCS8_PRIV_KEY_INFO_it(void);
extern PKCS8_PRIV_KEY_INFO *PKCS8_PRIV_KEY_INFO_new(void);
int PKCS8_pkey_add1_attr(PKCS8_PRIV_KEY_INFO *p8, X509_ATTRIBUTE *attr);
int PKCS8_pkey_add1_attr_by_NID(PKCS8_PRIV_KEY_INFO *p8, int nid, int type, const unsigned char *bytes,
                                int len);
int PKCS8_pkey_add1_attr_by_OBJ(PKCS8_PRIV_KEY_INFO *p8, const ASN1_OBJECT *obj, int type,
                                const unsigned char *bytes, int len);
int PKCS8_pkey_get0(const ASN1_OBJECT **ppkalg, const unsigned char **pk, int *ppklen, const X509_ALGOR **pa,
                    const PKCS8_PRIV_KEY_INFO *p8);
const STACK_OF(X509_ATTRIBUTE) * PKCS8_pkey_get0_attrs(const PKCS8_PRIV_KEY_INFO *p8);
int PKCS8_pkey_set0(PKCS8_PRIV_KEY_INFO *priv, ASN1_OBJECT *aobj, int version, int ptype, void *pval,
                    unsigned char *penc, int penclen);
extern void SCRYPT_PARAMS_free(SCRYPT_PARAMS *a);
extern const ASN1_ITEM *SCRYPT_PARAMS_it(void);
extern SCRYPT_PARAMS *SCRYPT_PARAMS_new(void);
extern const ASN1_ITEM *X509_ALGORS_it(void);
int X509_ALGOR_cmp(const X509_ALGOR *a, const X509_ALGOR *b);
int X509_ALGOR_copy(X509_ALGOR *dest, const X509_ALGOR *src);
extern X509_ALGOR *X509_ALGOR_dup(const X509_ALGOR *a);
extern void X509_ALGOR_free(X509_ALGOR *a);
void X509_ALGOR_get0(const ASN1_OBJECT **paobj, int *pptype, const void **ppval, const X509_ALGOR *algor);
extern const ASN1_ITEM *X509_ALGOR_it(void);
extern X509_ALGOR *X509_ALGOR_new(void);
int X509_ALGOR_set0(X509_ALGOR *alg, ASN1_OBJECT *aobj, int ptype, void *pval);
void X509_ALGOR_set_md(X509_ALGOR *alg, const EVP_MD *md);
int X509_ATTRIBUTE_count(const X509_ATTRIBUTE *attr);
X509_ATTRIBUTE *X509_ATTRIBUTE_create(int nid, int atrtype, void *value);
X509_ATTRIBUTE *X509_ATTRIBUTE_create_by_NID(X509_ATTRIBUTE **attr, int nid, int atrtype, const void *data,
                                             int len);
X509_ATTRIBUTE *X509_ATTRIBUTE_create_by_OBJ(X509_ATTRIBUTE **attr, const ASN1_OBJECT *obj, int atrtype,
                                             const void *data, int len);
X509_ATTRIBUTE *X509_ATTRIBUTE_create_by_txt(X509_ATTRIBUTE **attr, const char *atrname, int type,
                                             const unsigned char *bytes, int len);
extern X509_ATTRIBUTE *X509_ATTRIBUTE_dup(const X509_ATTRIBUTE *a);
extern void X509_ATTRIBUTE_free(X509_ATTRIBUTE *a);
void *X509_ATTRIBUTE_get0_data(X509_ATTRIBUTE *attr, int idx, int atrtype, void *data);
ASN1_OBJECT *X509_ATTRIBUTE_get0_object(X509_ATTRIBUTE *attr);
ASN1_TYPE *X509_ATTRIBUTE_get0_type(X509_ATTRIBUTE *attr, int idx);
extern const ASN1_ITEM *X509_ATTRIBUTE_it(void);
extern X509_ATTRIBUTE *X509_ATTRIBUTE_new(void);
int X509_ATTRIBUTE_set1_data(X509_ATTRIBUTE *attr, int attrtype, const void *data, int len);
int X509_ATTRIBUTE_set1_object(X509_ATTRIBUTE *attr, const ASN1_OBJECT *obj);
extern void X509_CERT_AUX_free(X509_CERT_AUX *a);
extern const ASN1_ITEM *X509_CERT_AUX_it(void);
extern X509_CERT_AUX *X509_CERT_AUX_new(void);
extern void X509_CINF_free(X509_CINF *a);
extern const ASN1_ITEM *X509_CINF_it(void);
extern X509_CINF *X509_CINF_new(void);
extern void X509_CRL_INFO_free(X509_CRL_INFO *a);
extern const ASN1_ITEM *X509_CRL_INFO_it(void);
extern X509_CRL_INFO *X509_CRL_INFO_new(void);
void X509_CRL_METHOD_free(X509_CRL_METHOD *m);
X509_CRL_METHOD *X509_CRL_METHOD_new(int (*crl_init)(X509_CRL *crl), int (*crl_free)(X509_CRL *crl),
                                     int (*crl_lookup)(X509_CRL *crl, X509_REVOKED **ret,
                                                       const ASN1_INTEGER *serial, const X509_NAME *issuer),
                                     int (*crl_verify)(X509_CRL *crl, EVP_PKEY *pk));
int X509_CRL_add0_revoked(X509_CRL *crl, X509_REVOKED *rev);
int X509_CRL_add1_ext_i2d(X509_CRL *x, int nid, void *value, int crit, unsigned long flags);
int X509_CRL_add_ext(X509_CRL *x, X509_EXTENSION *ex, int loc);
int X509_CRL_check_suiteb(X509_CRL *crl, EVP_PKEY *pk, unsigned long flags);
int X509_CRL_cmp(const X509_CRL *a, const X509_CRL *b);
X509_EXTENSION *X509_CRL_delete_ext(X509_CRL *x, int loc);
X509_CRL *X509_CRL_diff(X509_CRL *base, X509_CRL *newer, EVP_PKEY *skey, const EVP_MD *md,
                        unsigned int flags);
int X509_CRL_digest(const X509_CRL *data, const EVP_MD *type, unsigned char *md, unsigned int *len);
extern X509_CRL *X509_CRL_dup(const X509_CRL *a);
extern void X509_CRL_free(X509_CRL *a);
int X509_CRL_get0_by_cert(X509_CRL *crl, X509_REVOKED **ret, X509 *x);
int X509_CRL_get0_by_serial(X509_CRL *crl, X509_REVOKED **ret, const ASN1_INTEGER *serial);
const STACK_OF(X509_EXTENSION) * X509_CRL_get0_extensions(const X509_CRL *crl);
const ASN1_TIME *X509_CRL_get0_lastUpdate(const X509_CRL *crl);
const ASN1_TIME *X509_CRL_get0_nextUpdate(const X509_CRL *crl);
void X509_CRL_get0_signature(const X509_CRL *crl, const ASN1_BIT_STRING **psig, const X509_ALGOR **palg);
STACK_OF(X509_REVOKED) * X509_CRL_get_REVOKED(X509_CRL *crl);
X509_EXTENSION *X509_CRL_get_ext(const X509_CRL *x, int loc);
int X509_CRL_get_ext_by_NID(const X509_CRL *x, int nid, int lastpos);
int X509_CRL_get_ext_by_OBJ(const X509_CRL *x, const ASN1_OBJECT *obj, int lastpos);
int X509_CRL_get_ext_by_critical(const X509_CRL *x, int crit, int lastpos);
int X509_CRL_get_ext_count(const X509_CRL *x);
void *X509_CRL_get_ext_d2i(const X509_CRL *x, int nid, int *crit, int *idx);
X509_NAME *X509_CRL_get_issuer(const X509_CRL *crl);
void *X509_CRL_get_meth_data(X509_CRL *crl);
int X509_CRL_get_signature_nid(const X509_CRL *crl);
long X509_CRL_get_version(const X509_CRL *crl);
extern const ASN1_ITEM *X509_CRL_it(void);
X509_CRL *X509_CRL_load_http(const char *url, BIO *bio, BIO *rbio, int timeout);
int X509_CRL_match(const X509_CRL *a, const X509_CRL *b);
extern X509_CRL *X509_CRL_new(void);
X509_CRL *X509_CRL_new_ex(OSSL_LIB_CTX *libctx, const char *propq);
int X509_CRL_print(BIO *bp, X509_CRL *x);
int X509_CRL_print_ex(BIO *out, X509_CRL *x, unsigned long nmflag);
int X509_CRL_print_fp(FILE *bp, X509_CRL *x);
int X509_CRL_set1_lastUpdate(X509_CRL *x, const ASN1_TIME *tm);
int X509_CRL_set1_nextUpdate(X509_CRL *x, const ASN1_TIME *tm);
void X509_CRL_set_default_method(const X509_CRL_METHOD *meth);
int X509_CRL_set_issuer_name(X509_CRL *x, const X509_NAME *name);
void X509_CRL_set_meth_data(X509_CRL *crl, void *dat);
int X509_CRL_set_version(X509_CRL *x, long version);
int X509_CRL_sign(X509_CRL *x, EVP_PKEY *pkey, const EVP_MD *md);
int X509_CRL_sign_ctx(X509_CRL *x, EVP_MD_CTX *ctx);
int X509_CRL_sort(X509_CRL *crl);
int X509_CRL_up_ref(X509_CRL *crl);
int X509_CRL_verify(X509_CRL *a, EVP_PKEY *r);
extern const ASN1_ITEM *X509_EXTENSIONS_it(void);
X509_EXTENSION *X509_EXTENSION_create_by_NID(X509_EXTENSION **ex, int nid, int crit, ASN1_OCTET_STRING *data);
X509_EXTENSION *X509_EXTENSION_create_by_OBJ(X509_EXTENSION **ex, const ASN1_OBJECT *obj, int crit,
                                             ASN1_OCTET_STRING *data);
extern X509_EXTENSION *X509_EXTENSION_dup(const X509_EXTENSION *a);
extern void X509_EXTENSION_free(X509_EXTENSION *a);
int X509_EXTENSION_get_critical(const X509_EXTENSION *ex);
ASN1_OCTET_STRING *X509_EXTENSION_get_data(X509_EXTENSION *ne);
ASN1_OBJECT *X509_EXTENSION_get_object(X509_EXTENSION *ex);
extern const ASN1_ITEM *X509_EXTENSION_it(void);
extern X509_EXTENSION *X509_EXTENSION_new(void);
int X509_EXTENSION_set_critical(X509_EXTENSION *ex, int crit);
int X509_EXTENSION_set_data(X509_EXTENSION *ex, ASN1_OCTET_STRING *data);
int X509_EXTENSION_set_object(X509_EXTENSION *ex, const ASN1_OBJECT *obj);
void X509_INFO_free(X509_INFO *a);
X509_INFO *X509_INFO_new(void);
X509_NAME_ENTRY *X509_NAME_ENTRY_create_by_NID(X509_NAME_ENTRY **ne, int nid, int type,
                                               const unsigned char *bytes, int len);
X509_NAME_ENTRY *X509_NAME_ENTRY_create_by_OBJ(X509_NAME_ENTRY **ne, const ASN1_OBJECT *obj, int type,
                                               const unsigned char *bytes, int len);
X509_NAME_ENTRY *X509_NAME_ENTRY_create_by_txt(X509_NAME_ENTRY **ne, const char *field, int type,
                                               const unsigned char *bytes, int len);
extern X509_NAME_ENTRY *X509_NAME_ENTRY_dup(const X509_NAME_ENTRY *a);
extern void X509_NAME_ENTRY_free(X509_NAME_ENTRY *a);
ASN1_STRING *X509_NAME_ENTRY_get_data(const X509_NAME_ENTRY *ne);
ASN1_OBJECT *X509_NAME_ENTRY_get_object(const X509_NAME_ENTRY *ne);
extern const ASN1_ITEM *X509_NAME_ENTRY_it(void);
extern X509_NAME_ENTRY *X509_NAME_ENTRY_new(void);
int X509_NAME_ENTRY_set(const X509_NAME_ENTRY *ne);
int X509_NAME_ENTRY_set_data(X509_NAME_ENTRY *ne, int type, const unsigned char *bytes, int len);
int X509_NAME_ENTRY_set_object(X509_NAME_ENTRY *ne, const ASN1_OBJECT *obj);
int X509_NAME_add_entry(X509_NAME *name, const X509_NAME_ENTRY *ne, int loc, int set);
int X509_NAME_add_entry_by_NID(X509_NAME *name, int nid, int type, const unsigned char *bytes, int len,
                               int loc, int set);
int X509_NAME_add_entry_by_OBJ(X509_NAME *name, const ASN1_OBJECT *obj, int type, const unsigned char *bytes,
                               int len, int loc, int set);
int X509_NAME_add_entry_by_txt(X509_NAME *name, const char *field, int type, const unsigned char *bytes,
                               int len, int loc, int set);
int X509_NAME_cmp(const X509_NAME *a, const X509_NAME *b);
X509_NAME_ENTRY *X509_NAME_delete_entry(X509_NAME *name, int loc);
int X509_NAME_digest(const X509_NAME *data, const EVP_MD *type, unsigned char *md, unsigned int *len);
extern X509_NAME *X509_NAME_dup(const X509_NAME *a);
int X509_NAME_entry_count(const X509_NAME *name);
extern void X509_NAME_free(X509_NAME *a);
int X509_NAME_get0_der(const X509_NAME *nm, const unsigned char **pder, size_t *pderlen);
X509_NAME_ENTRY *X509_NAME_get_entry(const X509_NAME *name, int loc);
int X509_NAME_get_index_by_NID(const X509_NAME *name, int nid, int lastpos);
int X509_NAME_get_index_by_OBJ(const X509_NAME *name, const ASN1_OBJECT *obj, int lastpos);
int X509_NAME_get_text_by_NID(const X509_NAME *name, int nid, char *buf, int len);
int X509_NAME_get_text_by_OBJ(const X509_NAME *name, const ASN1_OBJECT *obj, char *buf, int len);
unsigned long X509_NAME_hash_ex(const X509_NAME *x, OSSL_LIB_CTX *libctx, const char *propq, int *ok);
unsigned long X509_NAME_hash_old(const X509_NAME *x);
extern const ASN1_ITEM *X509_NAME_it(void);
extern X509_NAME *X509_NAME_new(void);
char *X509_NAME_oneline(const X509_NAME *a, char *buf, int size);
int X509_NAME_print(BIO *bp, const X509_NAME *name, int obase);
int X509_NAME_print_ex(BIO *out, const X509_NAME *nm, int indent, unsigned long flags);
int X509_NAME_print_ex_fp(FILE *fp, const X509_NAME *nm, int indent, unsigned long flags);
int X509_NAME_set(X509_NAME **xn, const X509_NAME *name);
void X509_PKEY_free(X509_PKEY *a);
X509_PKEY *X509_PKEY_new(void);
extern X509_PUBKEY *X509_PUBKEY_dup(const X509_PUBKEY *a);
int X509_PUBKEY_eq(const X509_PUBKEY *a, const X509_PUBKEY *b);
extern void X509_PUBKEY_free(X509_PUBKEY *a);
EVP_PKEY *X509_PUBKEY_get(const X509_PUBKEY *key);
EVP_PKEY *X509_PUBKEY_get0(const X509_PUBKEY *key);
int X509_PUBKEY_get0_param(ASN1_OBJECT **ppkalg, const unsigned char **pk, int *ppklen, X509_ALGOR **pa,
                           const X509_PUBKEY *pub);
extern const ASN1_ITEM *X509_PUBKEY_it(void);
extern X509_PUBKEY *X509_PUBKEY_new(void);
X509_PUBKEY *X509_PUBKEY_new_ex(OSSL_LIB_CTX *libctx, const char *propq);
int X509_PUBKEY_set(X509_PUBKEY **x, EVP_PKEY *pkey);
int X509_PUBKEY_set0_param(X509_PUBKEY *pub, ASN1_OBJECT *aobj, int ptype, void *pval, unsigned char *penc,
                           int penclen);
extern void X509_REQ_INFO_free(X509_REQ_INFO *a);
extern const ASN1_ITEM *X509_REQ_INFO_it(void);
extern X509_REQ_INFO *X509_REQ_INFO_new(void);
int X509_REQ_add1_attr(X509_REQ *req, X509_ATTRIBUTE *attr);
int X509_REQ_add1_attr_by_NID(X509_REQ *req, int nid, int type, const unsigned char *bytes, int len);
int X509_REQ_add1_attr_by_OBJ(X509_REQ *req, const ASN1_OBJECT *obj, int type, const unsigned char *bytes,
                              int len);
int X509_REQ_add1_attr_by_txt(X509_REQ *req, const char *attrname, int type, const unsigned char *bytes,
                              int len);
int X509_REQ_add_extensions(X509_REQ *req, const STACK_OF(X509_EXTENSION) * ext);
int X509_REQ_add_extensions_nid(X509_REQ *req, const STACK_OF(X509_EXTENSION) * exts, int nid);
int X509_REQ_check_private_key(X509_REQ *x509, EVP_PKEY *pkey);
X509_ATTRIBUTE *X509_REQ_delete_attr(X509_REQ *req, int loc);
int X509_REQ_digest(const X509_REQ *data, const EVP_MD *type, unsigned char *md, unsigned int *len);
extern X509_REQ *X509_REQ_dup(const X509_REQ *a);
int X509_REQ_extension_nid(int nid);
extern void X509_REQ_free(X509_REQ *a);
ASN1_OCTET_STRING *X509_REQ_get0_distinguishing_id(X509_REQ *x);
EVP_PKEY *X509_REQ_get0_pubkey(X509_REQ *req);
void X509_REQ_get0_signature(const X509_REQ *req, const ASN1_BIT_STRING **psig, const X509_ALGOR **palg);
X509_PUBKEY *X509_REQ_get_X509_PUBKEY(X509_REQ *req);
X509_ATTRIBUTE *X509_REQ_get_attr(const X509_REQ *req, int loc);
int X509_REQ_get_attr_by_NID(const X509_REQ *req, int nid, int lastpos);
int X509_REQ_get_attr_by_OBJ(const X509_REQ *req, const ASN1_OBJECT *obj, int lastpos);
int X509_REQ_get_attr_count(const X509_REQ *req);
int *X509_REQ_get_extension_nids(void);
STACK_OF(X509_EXTENSION) * X509_REQ_get_extensions(X509_REQ *req);
EVP_PKEY *X509_REQ_get_pubkey(X509_REQ *req);
int X509_REQ_get_signature_nid(const X509_REQ *req);
X509_NAME *X509_REQ_get_subject_name(const X509_REQ *req);
long X509_REQ_get_version(const X509_REQ *req);
extern const ASN1_ITEM *X509_REQ_it(void);
extern X509_REQ *X509_REQ_new(void);
X509_REQ *X509_REQ_new_ex(OSSL_LIB_CTX *libctx, const char *propq);
int X509_REQ_print(BIO *bp, X509_REQ *req);
int X509_REQ_print_ex(BIO *bp, X509_REQ *x, unsigned long nmflag, unsigned long cflag);
int X509_REQ_print_fp(FILE *bp, X509_REQ *req);
void X509_REQ_set0_distinguishing_id(X509_REQ *x, ASN1_OCTET_STRING *d_id);
void X509_REQ_set0_signature(X509_REQ *req, ASN1_BIT_STRING *psig);
int X509_REQ_set1_signature_algo(X509_REQ *req, X509_ALGOR *palg);
void X509_REQ_set_extension_nids(int *nids);
int X509_REQ_set_pubkey(X509_REQ *x, EVP_PKEY *pkey);
int X509_REQ_set_subject_name(X509_REQ *req, const X509_NAME *name);
int X509_REQ_set_version(X509_REQ *x, long version);
int X509_REQ_sign(X509_REQ *x, EVP_PKEY *pkey, const EVP_MD *md);
int X509_REQ_sign_ctx(X509_REQ *x, EVP_MD_CTX *ctx);
X509 *X509_REQ_to_X509(X509_REQ *r, int days, EVP_PKEY *pkey);
int X509_REQ_verify(X509_REQ *a, EVP_PKEY *r);
int X509_REQ_verify_ex(X509_REQ *a, EVP_PKEY *r, OSSL_LIB_CTX *libctx, const char *propq);
int X509_REVOKED_add1_ext_i2d(X509_REVOKED *x, int nid, void *value, int crit, unsigned long flags);
int X509_REVOKED_add_ext(X509_REVOKED *x, X509_EXTENSION *ex, int loc);
X509_EXTENSION *X509_REVOKED_delete_ext(X509_REVOKED *x, int loc);
extern X509_REVOKED *X509_REVOKED_dup(const X509_REVOKED *a);
extern void X509_REVOKED_free(X509_REVOKED *a);
const STACK_OF(X509_EXTENSION) * X509_REVOKED_get0_extensions(const X509_REVOKED *r);
const ASN1_TIME *X509_REVOKED_get0_revocationDate(const X509_REVOKED *x);
const ASN1_INTEGER *X509_REVOKED_get0_serialNumber(const X509_REVOKED *x);
X509_EXTENSION *X509_REVOKED_get_ext(const X509_REVOKED *x, int loc);
int X509_REVOKED_get_ext_by_NID(const X509_REVOKED *x, int nid, int lastpos);
int X509_REVOKED_get_ext_by_OBJ(const X509_REVOKED *x, const ASN1_OBJECT *obj, int lastpos);
int X509_REVOKED_get_ext_by_critical(const X509_REVOKED *x, int crit, int lastpos);
int X509_REVOKED_get_ext_count(const X509_REVOKED *x);
void *X509_REVOKED_get_ext_d2i(const X509_REVOKED *x, int nid, int *crit, int *idx);
extern const ASN1_ITEM *X509_REVOKED_it(void);
extern X509_REVOKED *X509_REVOKED_new(void);
int X509_REVOKED_set_revocationDate(X509_REVOKED *r, ASN1_TIME *tm);
int X509_REVOKED_set_serialNumber(X509_REVOKED *x, ASN1_INTEGER *serial);
int X509_SIG_INFO_get(const X509_SIG_INFO *siginf, int *mdnid, int *pknid, int *secbits, uint32_t *flags);
void X509_SIG_INFO_set(X509_SIG_INFO *siginf, int mdnid, int pknid, int secbits, uint32_t flags);
extern void X509_SIG_free(X509_SIG *a);
void X509_SIG_get0(const X509_SIG *sig, const X509_ALGOR **palg, const ASN1_OCTET_STRING **pdigest);
void X509_SIG_getm(X509_SIG *sig, X509_ALGOR **palg, ASN1_OCTET_STRING **pdigest);
extern const ASN1_ITEM *X509_SIG_it(void);
extern X509_SIG *X509_SIG_new(void);
extern void X509_VAL_free(X509_VAL *a);
extern const ASN1_ITEM *X509_VAL_it(void);
extern X509_VAL *X509_VAL_new(void);
int X509_add1_ext_i2d(X509 *x, int nid, void *value, int crit, unsigned long flags);
int X509_add_cert(STACK_OF(X509) * sk, X509 *cert, int flags);
int X509_add_certs(STACK_OF(X509) * sk, STACK_OF(X509) * certs, int flags);
int X509_add_ext(X509 *x, X509_EXTENSION *ex, int loc);
unsigned char *X509_alias_get0(X509 *x, int *len);
int X509_alias_set1(X509 *x, const unsigned char *name, int len);
int X509_aux_print(BIO *out, X509 *x, int indent);
int X509_chain_check_suiteb(int *perror_depth, X509 *x, STACK_OF(X509) * chain, unsigned long flags);
STACK_OF(X509) * X509_chain_up_ref(STACK_OF(X509) * chain);
int X509_check_private_key(const X509 *x509, const EVP_PKEY *pkey);
int X509_cmp(const X509 *a, const X509 *b);
int X509_cmp_current_time(const ASN1_TIME *s);
int X509_cmp_time(const ASN1_TIME *s, time_t *t);
int X509_cmp_timeframe(const X509_VERIFY_PARAM *vpm, const ASN1_TIME *start, const ASN1_TIME *end);
X509_EXTENSION *X509_delete_ext(X509 *x, int loc);
int X509_digest(const X509 *data, const EVP_MD *type, unsigned char *md, unsigned int *len);
ASN1_OCTET_STRING *X509_digest_sig(const X509 *cert, EVP_MD **md_used, int *md_is_fallback);
extern X509 *X509_dup(const X509 *a);
X509 *X509_find_by_issuer_and_serial(STACK_OF(X509) * sk, const X509_NAME *name, const ASN1_INTEGER *serial);
X509 *X509_find_by_subject(STACK_OF(X509) * sk, const X509_NAME *name);
extern void X509_free(X509 *a);
ASN1_OCTET_STRING *X509_get0_distinguishing_id(X509 *x);
const STACK_OF(X509_EXTENSION) * X509_get0_extensions(const X509 *x);
const ASN1_TIME *X509_get0_notAfter(const X509 *x);
const ASN1_TIME *X509_get0_notBefore(const X509 *x);
EVP_PKEY *X509_get0_pubkey(const X509 *x);
ASN1_BIT_STRING *X509_get0_pubkey_bitstr(const X509 *x);
const ASN1_INTEGER *X509_get0_serialNumber(const X509 *x);
void X509_get0_signature(const ASN1_BIT_STRING **psig, const X509_ALGOR **palg, const X509 *x);
const X509_ALGOR *X509_get0_tbs_sigalg(const X509 *x);
void X509_get0_uids(const X509 *x, const ASN1_BIT_STRING **piuid, const ASN1_BIT_STRING **psuid);
X509_PUBKEY *X509_get_X509_PUBKEY(const X509 *x);
const char *X509_get_default_cert_area(void);
const char *X509_get_default_cert_dir(void);
const char *X509_get_default_cert_dir_env(void);
const char *X509_get_default_cert_file(void);
const char *X509_get_default_cert_file_env(void);
const char *X509_get_default_private_dir(void);
void *X509_get_ex_data(const X509 *r, int idx);
X509_EXTENSION *X509_get_ext(const X509 *x, int loc);
int X509_get_ext_by_NID(const X509 *x, int nid, int lastpos);
int X509_get_ext_by_OBJ(const X509 *x, const ASN1_OBJECT *obj, int lastpos);
int X509_get_ext_by_critical(const X509 *x, int crit, int lastpos);
int X509_get_ext_count(const X509 *x);
void *X509_get_ext_d2i(const X509 *x, int nid, int *crit, int *idx);
X509_NAME *X509_get_issuer_name(const X509 *a);
long X509_get_pathlen(X509 *x);
EVP_PKEY *X509_get_pubkey(X509 *x);
int X509_get_pubkey_parameters(EVP_PKEY *pkey, STACK_OF(X509) * chain);
ASN1_INTEGER *X509_get_serialNumber(X509 *x);
int X509_get_signature_info(X509 *x, int *mdnid, int *pknid, int *secbits, uint32_t *flags);
int X509_get_signature_nid(const X509 *x);
int X509_get_signature_type(const X509 *x);
X509_NAME *X509_get_subject_name(const X509 *a);
long X509_get_version(const X509 *x);
ASN1_TIME *X509_getm_notAfter(const X509 *x);
ASN1_TIME *X509_getm_notBefore(const X509 *x);
ASN1_TIME *X509_gmtime_adj(ASN1_TIME *s, long adj);
int X509_issuer_and_serial_cmp(const X509 *a, const X509 *b);
unsigned long X509_issuer_and_serial_hash(X509 *a);
int X509_issuer_name_cmp(const X509 *a, const X509 *b);
unsigned long X509_issuer_name_hash(X509 *a);
unsigned long X509_issuer_name_hash_old(X509 *a);
extern const ASN1_ITEM *X509_it(void);
unsigned char *X509_keyid_get0(X509 *x, int *len);
int X509_keyid_set1(X509 *x, const unsigned char *id, int len);
X509 *X509_load_http(const char *url, BIO *bio, BIO *rbio, int timeout);
extern X509 *X509_new(void);
X509 *X509_new_ex(OSSL_LIB_CTX *libctx, const char *propq);
int X509_ocspid_print(BIO *bp, X509 *x);
int X509_print(BIO *bp, X509 *x);
int X509_print_ex(BIO *bp, X509 *x, unsigned long nmflag, unsigned long cflag);
int X509_print_ex_fp(FILE *bp, X509 *x, unsigned long nmflag, unsigned long cflag);
int X509_print_fp(FILE *bp, X509 *x);
int X509_pubkey_digest(const X509 *data, const EVP_MD *type, unsigned char *md, unsigned int *len);
int X509_self_signed(X509 *cert, int verify_signature);
void X509_set0_distinguishing_id(X509 *x, ASN1_OCTET_STRING *d_id);
int X509_set1_notAfter(X509 *x, const ASN1_TIME *tm);
int X509_set1_notBefore(X509 *x, const ASN1_TIME *tm);
int X509_set_ex_data(X509 *r, int idx, void *arg);
int X509_set_issuer_name(X509 *x, const X509_NAME *name);
int X509_set_pubkey(X509 *x, EVP_PKEY *pkey);
int X509_set_serialNumber(X509 *x, ASN1_INTEGER *serial);
int X509_set_subject_name(X509 *x, const X509_NAME *name);
int X509_set_version(X509 *x, long version);
int X509_sign(X509 *x, EVP_PKEY *pkey, const EVP_MD *md);
int X509_sign_ctx(X509 *x, EVP_MD_CTX *ctx);
int X509_signature_dump(BIO *bp, const ASN1_STRING *sig, int indent);
int X509_signature_print(BIO *bp, const X509_ALGOR *alg, const ASN1_STRING *sig);
int X509_subject_name_cmp(const X509 *a, const X509 *b);
unsigned long X509_subject_name_hash(X509 *x);
unsigned long X509_subject_name_hash_old(X509 *x);
ASN1_TIME *X509_time_adj(ASN1_TIME *s, long adj, time_t *t);
ASN1_TIME *X509_time_adj_ex(ASN1_TIME *s, int offset_day, long offset_sec, time_t *t);
X509_REQ *X509_to_X509_REQ(X509 *x, EVP_PKEY *pkey, const EVP_MD *md);
int X509_up_ref(X509 *x);
int X509_verify(X509 *a, EVP_PKEY *r);
const char *X509_verify_cert_error_string(long n);
STACK_OF(X509_ATTRIBUTE) * X509at_add1_attr(STACK_OF(X509_ATTRIBUTE) * *x, X509_ATTRIBUTE *attr);
STACK_OF(X509_ATTRIBUTE) * X509at_add1_attr_by_NID(STACK_OF(X509_ATTRIBUTE) * *x, int nid, int type,
                                                   const unsigned char *bytes, int len);
STACK_OF(X509_ATTRIBUTE) * X509at_add1_attr_by_OBJ(STACK_OF(X509_ATTRIBUTE) * *x, const ASN1_OBJECT *obj,
                                                   int type, const unsigned char *bytes, int len);
STACK_OF(X509_ATTRIBUTE) * X509at_add1_attr_by_txt(STACK_OF(X509_ATTRIBUTE) * *x, const char *attrname,
                                                   int type, const unsigned char *bytes, int len);
X509_ATTRIBUTE *X509at_delete_attr(STACK_OF(X509_ATTRIBUTE) * x, int loc);
void *X509at_get0_data_by_OBJ(const STACK_OF(X509_ATTRIBUTE) * x, const ASN1_OBJECT *obj, int lastpos,
                              int type);
X509_ATTRIBUTE *X509at_get_attr(const STACK_OF(X509_ATTRIBUTE) * x, int loc);
int X509at_get_attr_by_NID(const STACK_OF(X509_ATTRIBUTE) * x, int nid, int lastpos);
int X509at_get_attr_by_OBJ(const STACK_OF(X509_ATTRIBUTE) * sk, const ASN1_OBJECT *obj, int lastpos);
int X509at_get_attr_count(const STACK_OF(X509_ATTRIBUTE) * x);
STACK_OF(X509_EXTENSION) * X509v3_add_ext(STACK_OF(X509_EXTENSION) * *x, X509_EXTENSION *ex, int loc);
X509_EXTENSION *X509v3_delete_ext(STACK_OF(X509_EXTENSION) * x, int loc);
X509_EXTENSION *X509v3_get_ext(const STACK_OF(X509_EXTENSION) * x, int loc);
int X509v3_get_ext_by_NID(const STACK_OF(X509_EXTENSION) * x, int nid, int lastpos);
int X509v3_get_ext_by_OBJ(const STACK_OF(X509_EXTENSION) * x, const ASN1_OBJECT *obj, int lastpos);
int X509v3_get_ext_by_critical(const STACK_OF(X509_EXTENSION) * x, int crit, int lastpos);
int X509v3_get_ext_count(const STACK_OF(X509_EXTENSION) * x);
extern NETSCAPE_CERT_SEQUENCE *d2i_NETSCAPE_CERT_SEQUENCE(NETSCAPE_CERT_SEQUENCE **a,
                                                          const unsigned char **in, long len);
extern NETSCAPE_SPKAC *d2i_NETSCAPE_SPKAC(NETSCAPE_SPKAC **a, const unsigned char **in, long len);
extern NETSCAPE_SPKI *d2i_NETSCAPE_SPKI(NETSCAPE_SPKI **a, const unsigned char **in, long len);
extern PBE2PARAM *d2i_PBE2PARAM(PBE2PARAM **a, const unsigned char **in, long len);
extern PBEPARAM *d2i_PBEPARAM(PBEPARAM **a, const unsigned char **in, long len);
extern PBKDF2PARAM *d2i_PBKDF2PARAM(PBKDF2PARAM **a, const unsigned char **in, long len);
extern PKCS8_PRIV_KEY_INFO *d2i_PKCS8_PRIV_KEY_INFO(PKCS8_PRIV_KEY_INFO **a, const unsigned char **in,
                                                    long len);
PKCS8_PRIV_KEY_INFO *d2i_PKCS8_PRIV_KEY_INFO_bio(BIO *bp, PKCS8_PRIV_KEY_INFO **p8inf);
PKCS8_PRIV_KEY_INFO *d2i_PKCS8_PRIV_KEY_INFO_fp(FILE *fp, PKCS8_PRIV_KEY_INFO **p8inf);
X509_SIG *d2i_PKCS8_bio(BIO *bp, X509_SIG **p8);
X509_SIG *d2i_PKCS8_fp(FILE *fp, X509_SIG **p8);
extern EVP_PKEY *d2i_PUBKEY(EVP_PKEY **a, const unsigned char **in, long len);
EVP_PKEY *d2i_PUBKEY_bio(BIO *bp, EVP_PKEY **a);
EVP_PKEY *d2i_PUBKEY_ex(EVP_PKEY **a, const unsigned char **pp, long length, OSSL_LIB_CTX *libctx,
                        const char *propq);
EVP_PKEY *d2i_PUBKEY_fp(FILE *fp, EVP_PKEY **a);
EVP_PKEY *d2i_PrivateKey_bio(BIO *bp, EVP_PKEY **a);
EVP_PKEY *d2i_PrivateKey_ex_bio(BIO *bp, EVP_PKEY **a, OSSL_LIB_CTX *libctx, const char *propq);
EVP_PKEY *d2i_PrivateKey_ex_fp(FILE *fp, EVP_PKEY **a, OSSL_LIB_CTX *libctx, const char *propq);
EVP_PKEY *d2i_PrivateKey_fp(FILE *fp, EVP_PKEY **a);
extern SCRYPT_PARAMS *d2i_SCRYPT_PARAMS(SCRYPT_PARAMS **a, const unsigned char **in, long len);
extern X509 *d2i_X509(X509 **a, const unsigned char **in, long len);
extern X509_ALGOR *d2i_X509_ALGOR(X509_ALGOR **a, const unsigned char **in, long len);
extern X509_ALGORS *d2i_X509_ALGORS(X509_ALGORS **a, const unsigned char **in, long len);
extern X509_ATTRIBUTE *d2i_X509_ATTRIBUTE(X509_ATTRIBUTE **a, const unsigned char **in, long len);
extern X509 *d2i_X509_AUX(X509 **a, const unsigned char **in, long len);
extern X509_CERT_AUX *d2i_X509_CERT_AUX(X509_CERT_AUX **a, const unsigned char **in, long len);
extern X509_CINF *d2i_X509_CINF(X509_CINF **a, const unsigned char **in, long len);
extern X509_CRL *d2i_X509_CRL(X509_CRL **a, const unsigned char **in, long len);
extern X509_CRL_INFO *d2i_X509_CRL_INFO(X509_CRL_INFO **a, const unsigned char **in, long len);
X509_CRL *d2i_X509_CRL_bio(BIO *bp, X509_CRL **crl);
X509_CRL *d2i_X509_CRL_fp(FILE *fp, X509_CRL **crl);
extern X509_EXTENSION *d2i_X509_EXTENSION(X509_EXTENSION **a, const unsigned char **in, long len);
extern X509_EXTENSIONS *d2i_X509_EXTENSIONS(X509_EXTENSIONS **a, const unsigned char **in, long len);
extern X509_NAME *d2i_X509_NAME(X509_NAME **a, const unsigned char **in, long len);
extern X509_NAME_ENTRY *d2i_X509_NAME_ENTRY(X509_NAME_ENTRY **a, const unsigned char **in, long len);
extern X509_PUBKEY *d2i_X509_PUBKEY(X509_PUBKEY **a, const unsigned char **in, long len);
X509_PUBKEY *d2i_X509_PUBKEY_bio(BIO *bp, X509_PUBKEY **xpk);
X509_PUBKEY *d2i_X509_PUBKEY_fp(FILE *fp, X509_PUBKEY **xpk);
extern X509_REQ *d2i_X509_REQ(X509_REQ **a, const unsigned char **in, long len);
extern X509_REQ_INFO *d2i_X509_REQ_INFO(X509_REQ_INFO **a, const unsigned char **in, long len);
X509_REQ *d2i_X509_REQ_bio(BIO *bp, X509_REQ **req);
X509_REQ *d2i_X509_REQ_fp(FILE *fp, X509_REQ **req);
extern X509_REVOKED *d2i_X509_REVOKED(X509_REVOKED **a, const unsigned char **in, long len);
extern X509_SIG *d2i_X509_SIG(X509_SIG **a, const unsigned char **in, long len);
extern X509_VAL *d2i_X509_VAL(X509_VAL **a, const unsigned char **in, long len);
X509 *d2i_X509_bio(BIO *bp, X509 **x509);
X509 *d2i_X509_fp(FILE *fp, X509 **x509);
extern int i2d_NETSCAPE_CERT_SEQUENCE(const NETSCAPE_CERT_SEQUENCE *a, unsigned char **out);
extern int i2d_NETSCAPE_SPKAC(const NETSCAPE_SPKAC *a, unsigned char **out);
extern int i2d_NETSCAPE_SPKI(const NETSCAPE_SPKI *a, unsigned char **out);
extern int i2d_PBE2PARAM(const PBE2PARAM *a, unsigned char **out);
extern int i2d_PBEPARAM(const PBEPARAM *a, unsigned char **out);
extern int i2d_PBKDF2PARAM(const PBKDF2PARAM *a, unsigned char **out);
int i2d_PKCS8PrivateKeyInfo_bio(BIO *bp, const EVP_PKEY *key);
int i2d_PKCS8PrivateKeyInfo_fp(FILE *fp, const EVP_PKEY *key);
extern int i2d_PKCS8_PRIV_KEY_INFO(const PKCS8_PRIV_KEY_INFO *a, unsigned char **out);
int i2d_PKCS8_PRIV_KEY_INFO_bio(BIO *bp, const PKCS8_PRIV_KEY_INFO *p8inf);
int i2d_PKCS8_PRIV_KEY_INFO_fp(FILE *fp, const PKCS8_PRIV_KEY_INFO *p8inf);
int i2d_PKCS8_bio(BIO *bp, const X509_SIG *p8);
int i2d_PKCS8_fp(FILE *fp, const X509_SIG *p8);
extern int i2d_PUBKEY(const EVP_PKEY *a, unsigned char **out);
int i2d_PUBKEY_bio(BIO *bp, const EVP_PKEY *pkey);
int i2d_PUBKEY_fp(FILE *fp, const EVP_PKEY *pkey);
int i2d_PrivateKey_bio(BIO *bp, const EVP_PKEY *pkey);
int i2d_PrivateKey_fp(FILE *fp, const EVP_PKEY *pkey);
extern int i2d_SCRYPT_PARAMS(const SCRYPT_PARAMS *a, unsigned char **out);
extern int i2d_X509(const X509 *a, unsigned char **out);
extern int i2d_X509_ALGOR(const X509_ALGOR *a, unsigned char **out);
extern int i2d_X509_ALGORS(const X509_ALGORS *a, unsigned char **out);
extern int i2d_X509_ATTRIBUTE(const X509_ATTRIBUTE *a, unsigned char **out);
extern int i2d_X509_AUX(const X509 *a, unsigned char **out);
extern int i2d_X509_CERT_AUX(const X509_CERT_AUX *a, unsigned char **out);
extern int i2d_X509_CINF(const X509_CINF *a, unsigned char **out);
extern int i2d_X509_CRL(const X509_CRL *a, unsigned char **out);
extern int i2d_X509_CRL_INFO(const X509_CRL_INFO *a, unsigned char **out);
int i2d_X509_CRL_bio(BIO *bp, const X509_CRL *crl);
int i2d_X509_CRL_fp(FILE *fp, const X509_CRL *crl);
extern int i2d_X509_EXTENSION(const X509_EXTENSION *a, unsigned char **out);
extern int i2d_X509_EXTENSIONS(const X509_EXTENSIONS *a, unsigned char **out);
extern int i2d_X509_NAME(const X509_NAME *a, unsigned char **out);
extern int i2d_X509_NAME_ENTRY(const X509_NAME_ENTRY *a, unsigned char **out);
extern int i2d_X509_PUBKEY(const X509_PUBKEY *a, unsigned char **out);
int i2d_X509_PUBKEY_bio(BIO *bp, const X509_PUBKEY *xpk);
int i2d_X509_PUBKEY_fp(FILE *fp, const X509_PUBKEY *xpk);
extern int i2d_X509_REQ(const X509_REQ *a, unsigned char **out);
extern int i2d_X509_REQ_INFO(const X509_REQ_INFO *a, unsigned char **out);
int i2d_X509_REQ_bio(BIO *bp, const X509_REQ *req);
int i2d_X509_REQ_fp(FILE *fp, const X509_REQ *req);
extern int i2d_X509_REVOKED(const X509_REVOKED *a, unsigned char **out);
extern int i2d_X509_SIG(const X509_SIG *a, unsigned char **out);
extern int i2d_X509_VAL(const X509_VAL *a, unsigned char **out);
int i2d_X509_bio(BIO *bp, const X509 *x509);
int i2d_X509_fp(FILE *fp, const X509 *x509);
int i2d_re_X509_CRL_tbs(X509_CRL *req, unsigned char **pp);
int i2d_re_X509_REQ_tbs(X509_REQ *req, unsigned char **pp);
int i2d_re_X509_tbs(X509 *x, unsigned char **pp);

/* Deprecated in 1.1.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_1_0
OSSL_DEPRECATEDIN_1_1_0 ASN1_TIME *X509_CRL_get_lastUpdate(X509_CRL *crl);
OSSL_DEPRECATEDIN_1_1_0 ASN1_TIME *X509_CRL_get_nextUpdate(X509_CRL *crl);
#endif

/* Deprecated in 3.0. */
#ifndef OPENSSL_NO_DEPRECATED_3_0
OSSL_DEPRECATEDIN_3_0 int ASN1_digest(i2d_of_void *i2d, const EVP_MD *type, char *data, unsigned char *md,
                                      unsigned int *len);
OSSL_DEPRECATEDIN_3_0 int ASN1_sign(i2d_of_void *i2d, X509_ALGOR *algor1, X509_ALGOR *algor2,
                                    ASN1_BIT_STRING *signature, char *data, EVP_PKEY *pkey,
                                    const EVP_MD *type);
OSSL_DEPRECATEDIN_3_0 int ASN1_verify(i2d_of_void *i2d, X509_ALGOR *algor1, ASN1_BIT_STRING *signature,
                                      char *data, EVP_PKEY *pkey);
OSSL_DEPRECATEDIN_3_0 int X509_certificate_type(const X509 *x, const EVP_PKEY *pubkey);
OSSL_DEPRECATEDIN_3_0 DSA *d2i_DSAPrivateKey_bio(BIO *bp, DSA **dsa);
OSSL_DEPRECATEDIN_3_0 DSA *d2i_DSAPrivateKey_fp(FILE *fp, DSA **dsa);
OSSL_DEPRECATEDIN_3_0 DSA *d2i_DSA_PUBKEY(DSA **a, const unsigned char **in, long len);
OSSL_DEPRECATEDIN_3_0 DSA *d2i_DSA_PUBKEY_bio(BIO *bp, DSA **dsa);
OSSL_DEPRECATEDIN_3_0 DSA *d2i_DSA_PUBKEY_fp(FILE *fp, DSA **dsa);
OSSL_DEPRECATEDIN_3_0 EC_KEY *d2i_ECPrivateKey_bio(BIO *bp, EC_KEY **eckey);
OSSL_DEPRECATEDIN_3_0 EC_KEY *d2i_ECPrivateKey_fp(FILE *fp, EC_KEY **eckey);
OSSL_DEPRECATEDIN_3_0 EC_KEY *d2i_EC_PUBKEY(EC_KEY **a, const unsigned char **in, long len);
OSSL_DEPRECATEDIN_3_0 EC_KEY *d2i_EC_PUBKEY_bio(BIO *bp, EC_KEY **eckey);
OSSL_DEPRECATEDIN_3_0 EC_KEY *d2i_EC_PUBKEY_fp(FILE *fp, EC_KEY **eckey);
OSSL_DEPRECATEDIN_3_0 RSA *d2i_RSAPrivateKey_bio(BIO *bp, RSA **rsa);
OSSL_DEPRECATEDIN_3_0 RSA *d2i_RSAPrivateKey_fp(FILE *fp, RSA **rsa);
OSSL_DEPRECATEDIN_3_0 RSA *d2i_RSAPublicKey_bio(BIO *bp, RSA **rsa);
OSSL_DEPRECATEDIN_3_0 RSA *d2i_RSAPublicKey_fp(FILE *fp, RSA **rsa);
OSSL_DEPRECATEDIN_3_0 RSA *d2i_RSA_PUBKEY(RSA **a, const unsigned char **in, long len);
OSSL_DEPRECATEDIN_3_0 RSA *d2i_RSA_PUBKEY_bio(BIO *bp, RSA **rsa);
OSSL_DEPRECATEDIN_3_0 RSA *d2i_RSA_PUBKEY_fp(FILE *fp, RSA **rsa);
OSSL_DEPRECATEDIN_3_0 int i2d_DSAPrivateKey_bio(BIO *bp, const DSA *dsa);
OSSL_DEPRECATEDIN_3_0 int i2d_DSAPrivateKey_fp(FILE *fp, const DSA *dsa);
OSSL_DEPRECATEDIN_3_0 int i2d_DSA_PUBKEY(const DSA *a, unsigned char **out);
OSSL_DEPRECATEDIN_3_0 int i2d_DSA_PUBKEY_bio(BIO *bp, const DSA *dsa);
OSSL_DEPRECATEDIN_3_0 int i2d_DSA_PUBKEY_fp(FILE *fp, const DSA *dsa);
OSSL_DEPRECATEDIN_3_0 int i2d_ECPrivateKey_bio(BIO *bp, const EC_KEY *eckey);
OSSL_DEPRECATEDIN_3_0 int i2d_ECPrivateKey_fp(FILE *fp, const EC_KEY *eckey);
OSSL_DEPRECATEDIN_3_0 int i2d_EC_PUBKEY(const EC_KEY *a, unsigned char **out);
OSSL_DEPRECATEDIN_3_0 int i2d_EC_PUBKEY_bio(BIO *bp, const EC_KEY *eckey);
OSSL_DEPRECATEDIN_3_0 int i2d_EC_PUBKEY_fp(FILE *fp, const EC_KEY *eckey);
OSSL_DEPRECATEDIN_3_0 int i2d_RSAPrivateKey_bio(BIO *bp, const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int i2d_RSAPrivateKey_fp(FILE *fp, const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int i2d_RSAPublicKey_bio(BIO *bp, const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int i2d_RSAPublicKey_fp(FILE *fp, const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int i2d_RSA_PUBKEY(const RSA *a, unsigned char **out);
OSSL_DEPRECATEDIN_3_0 int i2d_RSA_PUBKEY_bio(BIO *bp, const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int i2d_RSA_PUBKEY_fp(FILE *fp, const RSA *rsa);
#endif

#ifdef __cplusplus
}
#endif
#endif
