/* mbedshim <openssl/err.h>: the per-thread error queue: ERR_* functions, ERR_LIB_* and ERR_R_* codes and the
 * packing macros. */
#ifndef OPENSSL_ERR_H
#define OPENSSL_ERR_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_ERR_H
#endif

#include <openssl/macros.h>
#include <openssl/e_os2.h>
#include <stdio.h>
#include <stdlib.h>
#include <openssl/types.h>
#include <openssl/bio.h>
#include <openssl/lhash.h>
#include <openssl/cryptoerr_legacy.h>
#include <limits.h>
#include <errno.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define ERR_LIB_ASN1 13
#define ERR_LIB_ASYNC 51
#define ERR_LIB_BIO 32
#define ERR_LIB_BN 3
#define ERR_LIB_BUF 7
#define ERR_LIB_CMP 58
#define ERR_LIB_CMS 46
#define ERR_LIB_COMP 41
#define ERR_LIB_CONF 14
#define ERR_LIB_CRMF 56
#define ERR_LIB_CRYPTO 15
#define ERR_LIB_CT 50
#define ERR_LIB_DH 5
#define ERR_LIB_DSA 10
#define ERR_LIB_DSO 37
#define ERR_LIB_EC 16
#define ERR_LIB_ECDH 43
#define ERR_LIB_ECDSA 42
#define ERR_LIB_ENGINE 38
#define ERR_LIB_ESS 54
#define ERR_LIB_EVP 6
#define ERR_LIB_FIPS 45
#define ERR_LIB_HMAC 48
#define ERR_LIB_HTTP 61
#define ERR_LIB_KDF 52
#define ERR_LIB_MASK 0xFF
#define ERR_LIB_NONE 1
#define ERR_LIB_OBJ 8
#define ERR_LIB_OCSP 39
#define ERR_LIB_OFFSET 23L
#define ERR_LIB_OSSL_DECODER 60
#define ERR_LIB_OSSL_ENCODER 59
#define ERR_LIB_OSSL_STORE 44
#define ERR_LIB_PEM 9
#define ERR_LIB_PKCS12 35
#define ERR_LIB_PKCS7 33
#define ERR_LIB_PROP 55
#define ERR_LIB_PROV 57
#define ERR_LIB_RAND 36
#define ERR_LIB_RSA 4
#define ERR_LIB_SM2 53
#define ERR_LIB_SSL 20
#define ERR_LIB_SYS 2
#define ERR_LIB_TS 47
#define ERR_LIB_UI 40
#define ERR_LIB_USER 128
#define ERR_LIB_X509 11
#define ERR_LIB_X509V3 34
#define ERR_MAX_DATA_SIZE 1024
#define ERR_PACK(lib, func, reason)                                                                          \
    ((((unsigned long)(lib)&ERR_LIB_MASK) << ERR_LIB_OFFSET) | (((unsigned long)(reason)&ERR_REASON_MASK)))
#define ERR_REASON_MASK 0x7FFFFF
#define ERR_RFLAGS_MASK 0x1F
#define ERR_RFLAGS_OFFSET 18L
#define ERR_RFLAG_COMMON 0x80000
#define ERR_RFLAG_FATAL 0x40000
#define ERR_R_ASN1_LIB 0x8000D
#define ERR_R_BIO_LIB 0x80020
#define ERR_R_BN_LIB 0x80003
#define ERR_R_BUF_LIB 0x80007
#define ERR_R_CMP_LIB 0x8003A
#define ERR_R_CMS_LIB 0x8002E
#define ERR_R_CONF_LIB 0x8000E
#define ERR_R_CRYPTO_LIB 0x8000F
#define ERR_R_CT_LIB 0x80032
#define ERR_R_DH_LIB 0x80005
#define ERR_R_DISABLED 0xC0104
#define ERR_R_DSA_LIB 0x8000A
#define ERR_R_DSO_LIB 0x80025
#define ERR_R_ECDSA_LIB 0x8002A
#define ERR_R_EC_LIB 0x80010
#define ERR_R_ENGINE_LIB 0x80026
#define ERR_R_ESS_LIB 0x80036
#define ERR_R_EVP_LIB 0x80006
#define ERR_R_FATAL 0xC0000
#define ERR_R_FETCH_FAILED 0x8010D
#define ERR_R_INIT_FAIL 0xC0105
#define ERR_R_INTERNAL_ERROR 0xC0103
#define ERR_R_INTERRUPTED_OR_CANCELLED 0x80109
#define ERR_R_INVALID_PROPERTY_DEFINITION 0x8010E
#define ERR_R_INVALID_PROVIDER_FUNCTIONS 0xC0108
#define ERR_R_MALLOC_FAILURE 0xC0100
#define ERR_R_MISSING_ASN1_EOS 0x8010B
#define ERR_R_NESTED_ASN1_ERROR 0x8010A
#define ERR_R_OBJ_LIB 0x80008
#define ERR_R_OPERATION_FAIL 0xC0107
#define ERR_R_OSSL_DECODER_LIB 0x8003C
#define ERR_R_OSSL_ENCODER_LIB 0x8003B
#define ERR_R_OSSL_STORE_LIB 0x8002C
#define ERR_R_PASSED_INVALID_ARGUMENT 0x80106
#define ERR_R_PASSED_NULL_PARAMETER 0xC0102
#define ERR_R_PEM_LIB 0x80009
#define ERR_R_PKCS12_LIB 0x80023
#define ERR_R_PKCS7_LIB 0x80021
#define ERR_R_PROV_LIB 0x80039
#define ERR_R_RAND_LIB 0x80024
#define ERR_R_RSA_LIB 0x80004
#define ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED 0xC0101
#define ERR_R_SSL_LIB 0x80014
#define ERR_R_SYS_LIB 0x80002
#define ERR_R_TS_LIB 0x8002F
#define ERR_R_UI_LIB 0x80028
#define ERR_R_UNABLE_TO_GET_READ_LOCK 0xC010F
#define ERR_R_UNABLE_TO_GET_WRITE_LOCK 0xC0110
#define ERR_R_UNSUPPORTED 0x8010C
#define ERR_R_X509V3_LIB 0x80022
#define ERR_R_X509_LIB 0x8000B
#define ERR_SYSTEM_ERROR(errcode) (((errcode)&ERR_SYSTEM_FLAG) != 0)
#define ERR_SYSTEM_FLAG 0x80000000U
#define ERR_SYSTEM_MASK 0x7FFFFFFFU
#define ERR_TXT_MALLOCED 0x1
#define ERR_TXT_STRING 0x2
#define ERR_raise(lib, reason) ERR_raise_data((lib), (reason), NULL)
#define ERR_raise_data (ERR_new(), ERR_set_debug(OPENSSL_FILE, OPENSSL_LINE, OPENSSL_FUNC), ERR_set_error)
#define lh_ERR_STRING_DATA_delete(lh, ptr)                                                                   \
    ((ERR_STRING_DATA *)OPENSSL_LH_delete(ossl_check_ERR_STRING_DATA_lh_type(lh),                            \
                                          ossl_check_const_ERR_STRING_DATA_lh_plain_type(ptr)))
#define lh_ERR_STRING_DATA_doall(lh, dfn)                                                                    \
    OPENSSL_LH_doall(ossl_check_ERR_STRING_DATA_lh_type(lh),                                                 \
                     ossl_check_ERR_STRING_DATA_lh_doallfunc_type(dfn))
#define lh_ERR_STRING_DATA_error(lh) OPENSSL_LH_error(ossl_check_ERR_STRING_DATA_lh_type(lh))
#define lh_ERR_STRING_DATA_flush(lh) OPENSSL_LH_flush(ossl_check_ERR_STRING_DATA_lh_type(lh))
#define lh_ERR_STRING_DATA_free(lh) OPENSSL_LH_free(ossl_check_ERR_STRING_DATA_lh_type(lh))
#define lh_ERR_STRING_DATA_get_down_load(lh) OPENSSL_LH_get_down_load(ossl_check_ERR_STRING_DATA_lh_type(lh))
#define lh_ERR_STRING_DATA_insert(lh, ptr)                                                                   \
    ((ERR_STRING_DATA *)OPENSSL_LH_insert(ossl_check_ERR_STRING_DATA_lh_type(lh),                            \
                                          ossl_check_ERR_STRING_DATA_lh_plain_type(ptr)))
#define lh_ERR_STRING_DATA_new(hfn, cmp)                                                                     \
    ((LHASH_OF(ERR_STRING_DATA) *)OPENSSL_LH_new(ossl_check_ERR_STRING_DATA_lh_hashfunc_type(hfn),           \
                                                 ossl_check_ERR_STRING_DATA_lh_compfunc_type(cmp)))
#define lh_ERR_STRING_DATA_node_stats_bio(lh, out)                                                           \
    OPENSSL_LH_node_stats_bio(ossl_check_const_ERR_STRING_DATA_lh_type(lh), out)
#define lh_ERR_STRING_DATA_node_usage_stats_bio(lh, out)                                                     \
    OPENSSL_LH_node_usage_stats_bio(ossl_check_const_ERR_STRING_DATA_lh_type(lh), out)
#define lh_ERR_STRING_DATA_num_items(lh) OPENSSL_LH_num_items(ossl_check_ERR_STRING_DATA_lh_type(lh))
#define lh_ERR_STRING_DATA_retrieve(lh, ptr)                                                                 \
    ((ERR_STRING_DATA *)OPENSSL_LH_retrieve(ossl_check_ERR_STRING_DATA_lh_type(lh),                          \
                                            ossl_check_const_ERR_STRING_DATA_lh_plain_type(ptr)))
#define lh_ERR_STRING_DATA_set_down_load(lh, dl)                                                             \
    OPENSSL_LH_set_down_load(ossl_check_ERR_STRING_DATA_lh_type(lh), dl)
#define lh_ERR_STRING_DATA_stats_bio(lh, out)                                                                \
    OPENSSL_LH_stats_bio(ossl_check_const_ERR_STRING_DATA_lh_type(lh), out)

/* Macros of the API deprecated in 1.1.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_1_0
#define ERR_free_strings()                                                                                   \
    while (0)                                                                                                \
    continue
#define ERR_load_crypto_strings() OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CRYPTO_STRINGS, NULL)
#endif

/* Macros of the API deprecated in 3.0. */
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define ASN1err(f, r) ERR_raise_data(ERR_LIB_ASN1, (r), NULL)
#define ASYNCerr(f, r) ERR_raise_data(ERR_LIB_ASYNC, (r), NULL)
#define BIOerr(f, r) ERR_raise_data(ERR_LIB_BIO, (r), NULL)
#define BNerr(f, r) ERR_raise_data(ERR_LIB_BN, (r), NULL)
#define BUFerr(f, r) ERR_raise_data(ERR_LIB_BUF, (r), NULL)
#define CMPerr(f, r) ERR_raise_data(ERR_LIB_CMP, (r), NULL)
#define CMSerr(f, r) ERR_raise_data(ERR_LIB_CMS, (r), NULL)
#define COMPerr(f, r) ERR_raise_data(ERR_LIB_COMP, (r), NULL)
#define CONFerr(f, r) ERR_raise_data(ERR_LIB_CONF, (r), NULL)
#define CRMFerr(f, r) ERR_raise_data(ERR_LIB_CRMF, (r), NULL)
#define CRYPTOerr(f, r) ERR_raise_data(ERR_LIB_CRYPTO, (r), NULL)
#define CTerr(f, r) ERR_raise_data(ERR_LIB_CT, (r), NULL)
#define DHerr(f, r) ERR_raise_data(ERR_LIB_DH, (r), NULL)
#define DSAerr(f, r) ERR_raise_data(ERR_LIB_DSA, (r), NULL)
#define DSOerr(f, r) ERR_raise_data(ERR_LIB_DSO, (r), NULL)
#define ECDHerr(f, r) ERR_raise_data(ERR_LIB_ECDH, (r), NULL)
#define ECDSAerr(f, r) ERR_raise_data(ERR_LIB_ECDSA, (r), NULL)
#define ECerr(f, r) ERR_raise_data(ERR_LIB_EC, (r), NULL)
#define ENGINEerr(f, r) ERR_raise_data(ERR_LIB_ENGINE, (r), NULL)
#define ERR_FLAG_CLEAR 0x2
#define ERR_FLAG_MARK 0x1
#define ERR_NUM_ERRORS 16
#define ERR_PUT_error(l, f, r, fn, ln) ERR_put_error(l, f, r, fn, ln)
#define ERR_put_error(lib, func, reason, file, line)                                                         \
    (ERR_new(), ERR_set_debug((file), (line), OPENSSL_FUNC), ERR_set_error((lib), (reason), NULL))
#define ESSerr(f, r) ERR_raise_data(ERR_LIB_ESS, (r), NULL)
#define EVPerr(f, r) ERR_raise_data(ERR_LIB_EVP, (r), NULL)
#define FIPSerr(f, r) ERR_raise_data(ERR_LIB_FIPS, (r), NULL)
#define HMACerr(f, r) ERR_raise_data(ERR_LIB_HMAC, (r), NULL)
#define HTTPerr(f, r) ERR_raise_data(ERR_LIB_HTTP, (r), NULL)
#define KDFerr(f, r) ERR_raise_data(ERR_LIB_KDF, (r), NULL)
#define OBJerr(f, r) ERR_raise_data(ERR_LIB_OBJ, (r), NULL)
#define OCSPerr(f, r) ERR_raise_data(ERR_LIB_OCSP, (r), NULL)
#define OSSL_STOREerr(f, r) ERR_raise_data(ERR_LIB_OSSL_STORE, (r), NULL)
#define PEMerr(f, r) ERR_raise_data(ERR_LIB_PEM, (r), NULL)
#define PKCS12err(f, r) ERR_raise_data(ERR_LIB_PKCS12, (r), NULL)
#define PKCS7err(f, r) ERR_raise_data(ERR_LIB_PKCS7, (r), NULL)
#define PROPerr(f, r) ERR_raise_data(ERR_LIB_PROP, (r), NULL)
#define PROVerr(f, r) ERR_raise_data(ERR_LIB_PROV, (r), NULL)
#define RANDerr(f, r) ERR_raise_data(ERR_LIB_RAND, (r), NULL)
#define RSAerr(f, r) ERR_raise_data(ERR_LIB_RSA, (r), NULL)
#define SM2err(f, r) ERR_raise_data(ERR_LIB_SM2, (r), NULL)
#define SSLerr(f, r) ERR_raise_data(ERR_LIB_SSL, (r), NULL)
#define SYS_F_ACCEPT 0
#define SYS_F_BIND 0
#define SYS_F_CLOSE 0
#define SYS_F_CONNECT 0
#define SYS_F_FCNTL 0
#define SYS_F_FFLUSH 0
#define SYS_F_FOPEN 0
#define SYS_F_FREAD 0
#define SYS_F_FSTAT 0
#define SYS_F_GETADDRINFO 0
#define SYS_F_GETHOSTBYNAME 0
#define SYS_F_GETNAMEINFO 0
#define SYS_F_GETSERVBYNAME 0
#define SYS_F_GETSOCKNAME 0
#define SYS_F_GETSOCKOPT 0
#define SYS_F_IOCTL 0
#define SYS_F_IOCTLSOCKET 0
#define SYS_F_LISTEN 0
#define SYS_F_OPEN 0
#define SYS_F_OPENDIR 0
#define SYS_F_SENDFILE 0
#define SYS_F_SETSOCKOPT 0
#define SYS_F_SOCKET 0
#define SYS_F_STAT 0
#define SYS_F_WSASTARTUP 0
#define SYSerr(f, r) ERR_raise_data(ERR_LIB_SYS, (r), NULL)
#define TSerr(f, r) ERR_raise_data(ERR_LIB_TS, (r), NULL)
#define UIerr(f, r) ERR_raise_data(ERR_LIB_UI, (r), NULL)
#define X509V3err(f, r) ERR_raise_data(ERR_LIB_X509V3, (r), NULL)
#define X509err(f, r) ERR_raise_data(ERR_LIB_X509, (r), NULL)
#endif

/* Types. */
struct err_state_st {
    int err_flags[16];
    int err_marks[16];
    unsigned long err_buffer[16];
    char *err_data[16];
    size_t err_data_size[16];
    int err_data_flags[16];
    char *err_file[16];
    int err_line[16];
    char *err_func[16];
    int top, bottom;
};
typedef struct ERR_string_data_st {
    unsigned long error;
    const char *string;
} ERR_STRING_DATA;
DEFINE_LHASH_OF_INTERNAL(ERR_STRING_DATA);

/* Functions. */
void ERR_add_error_data(int num, ...);
void ERR_add_error_mem_bio(const char *sep, BIO *bio);
void ERR_add_error_txt(const char *sepr, const char *txt);
void ERR_add_error_vdata(int num, va_list args);
void ERR_clear_error(void);
int ERR_clear_last_mark(void);
char *ERR_error_string(unsigned long e, char *buf);
void ERR_error_string_n(unsigned long e, char *buf, size_t len);
unsigned long ERR_get_error(void);
unsigned long ERR_get_error_all(const char **file, int *line, const char **func, const char **data,
                                int *flags);
int ERR_get_next_error_library(void);
const char *ERR_lib_error_string(unsigned long e);
int ERR_load_strings(int lib, ERR_STRING_DATA *str);
int ERR_load_strings_const(const ERR_STRING_DATA *str);
void ERR_new(void);
unsigned long ERR_peek_error(void);
unsigned long ERR_peek_error_all(const char **file, int *line, const char **func, const char **data,
                                 int *flags);
unsigned long ERR_peek_error_data(const char **data, int *flags);
unsigned long ERR_peek_error_func(const char **func);
unsigned long ERR_peek_error_line(const char **file, int *line);
unsigned long ERR_peek_last_error(void);
unsigned long ERR_peek_last_error_all(const char **file, int *line, const char **func, const char **data,
                                      int *flags);
unsigned long ERR_peek_last_error_data(const char **data, int *flags);
unsigned long ERR_peek_last_error_func(const char **func);
unsigned long ERR_peek_last_error_line(const char **file, int *line);
int ERR_pop_to_mark(void);
void ERR_print_errors(BIO *bp);
void ERR_print_errors_cb(int (*cb)(const char *str, size_t len, void *u), void *u);
void ERR_print_errors_fp(FILE *fp);
const char *ERR_reason_error_string(unsigned long e);
void ERR_set_debug(const char *file, int line, const char *func);
void ERR_set_error(int lib, int reason, const char *fmt, ...);
void ERR_set_error_data(char *data, int flags);
int ERR_set_mark(void);
int ERR_unload_strings(int lib, ERR_STRING_DATA *str);
void ERR_vset_error(int lib, int reason, const char *fmt, va_list args);

/* Deprecated in 1.0.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_0_0
OSSL_DEPRECATEDIN_1_0_0 void ERR_remove_state(unsigned long pid);
#endif

/* Deprecated in 1.1.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_1_0
OSSL_DEPRECATEDIN_1_1_0 void ERR_remove_thread_state(void *);
#endif

/* Deprecated in 3.0. */
#ifndef OPENSSL_NO_DEPRECATED_3_0
OSSL_DEPRECATEDIN_3_0 const char *ERR_func_error_string(unsigned long e);
OSSL_DEPRECATEDIN_3_0 unsigned long ERR_get_error_line(const char **file, int *line);
OSSL_DEPRECATEDIN_3_0 unsigned long ERR_get_error_line_data(const char **file, int *line, const char **data,
                                                            int *flags);
OSSL_DEPRECATEDIN_3_0 ERR_STATE *ERR_get_state(void);
OSSL_DEPRECATEDIN_3_0 unsigned long ERR_peek_error_line_data(const char **file, int *line, const char **data,
                                                             int *flags);
OSSL_DEPRECATEDIN_3_0 unsigned long ERR_peek_last_error_line_data(const char **file, int *line,
                                                                  const char **data, int *flags);
#endif

/* Decoding a packed error code; system errors (top bit set) carry errno in the low 31 bits. */
static ossl_unused ossl_inline int ERR_GET_LIB(unsigned long errcode)
{
    return ERR_SYSTEM_ERROR(errcode) ? ERR_LIB_SYS : (int)((errcode >> ERR_LIB_OFFSET) & ERR_LIB_MASK);
}

static ossl_unused ossl_inline int ERR_GET_RFLAGS(unsigned long errcode)
{
    return ERR_SYSTEM_ERROR(errcode) ? 0 : (int)(errcode & (ERR_RFLAGS_MASK << ERR_RFLAGS_OFFSET));
}

static ossl_unused ossl_inline int ERR_GET_REASON(unsigned long errcode)
{
    return ERR_SYSTEM_ERROR(errcode) ? (int)(errcode & ERR_SYSTEM_MASK) : (int)(errcode & ERR_REASON_MASK);
}

static ossl_unused ossl_inline int ERR_FATAL_ERROR(unsigned long errcode)
{
    return (ERR_GET_RFLAGS(errcode) & ERR_RFLAG_FATAL) != 0;
}

static ossl_unused ossl_inline int ERR_COMMON_ERROR(unsigned long errcode)
{
    return (ERR_GET_RFLAGS(errcode) & ERR_RFLAG_COMMON) != 0;
}

#ifdef __cplusplus
}
#endif
#endif
