/*
 * The cipher table, the SSL_CIPHER accessors and the parsers for OpenSSL 3.0 cipher strings and TLS 1.3
 * ciphersuite lists.
 *
 * The table rows (cipher_table.inc) are generated from the real `openssl ciphers -V -stdname` and kept in
 * OpenSSL's base preference order, i.e. the order "ALL" produces. The cipher-string engine reproduces
 * OpenSSL's documented list semantics on that order: a list of every suite, each active or not; a rule
 * adds (append inactive matches), deletes (deactivate, most recently deleted first in line to come back),
 * kills (remove for good), '+' moves active matches to the end, @STRENGTH sorts by bits.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/ssl.h>

#include <mbedtls/ssl.h>
#include <mbedtls/ssl_ciphersuites.h>

#include "common/api.h"
#include "ssl/cipher.h"
#include "ssl/cipher_local.h"

/* ---- The table ---------------------------------------------------------------------------------- */

#define MBS_ROW(iana, name, std, ver, kx, au, enc, mac, bits, flags) \
    {(iana), (ver), (ver) == MBS_V_TLSv1_3 ? MBS_V_TLSv1_3 : MBS_V_TLSv1_2, (bits), (name), (std), (kx), \
     (au), (enc), (mac), (flags)},

static const SSL_CIPHER cipher_table[] = {
#include "ssl/cipher_table.inc"
};
#undef MBS_ROW

#define NCIPHERS (sizeof(cipher_table) / sizeof(cipher_table[0]))

/* The signalling pseudo-suites OpenSSL's SSL_CIPHER_find also knows. */
static const SSL_CIPHER scsv_table[] = {
    {0x00FF, 0, 0, 0, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV", "TLS_EMPTY_RENEGOTIATION_INFO_SCSV", MBS_kANY,
     MBS_aANY, 0, 0, MBS_SCSV},
    {0x5600, 0, 0, 0, "TLS_FALLBACK_SCSV", "TLS_FALLBACK_SCSV", MBS_kANY, MBS_aANY, 0, 0, MBS_SCSV},
};

/* Which rows this Mbed TLS build can actually negotiate (checked once at run time). */
static unsigned char supported[NCIPHERS];
static pthread_once_t supported_once = PTHREAD_ONCE_INIT;

static void supported_init(void)
{
    for (size_t i = 0; i < NCIPHERS; i++)
        supported[i] = mbedtls_ssl_ciphersuite_from_id(cipher_table[i].iana) != NULL;
}

static int row_supported(size_t i)
{
    pthread_once(&supported_once, supported_init);
    return supported[i];
}

static int is_tls13(const SSL_CIPHER *c)
{
    return c->min_tls == MBS_V_TLSv1_3;
}

const SSL_CIPHER *mbs_cipher_by_iana(uint16_t iana)
{
    for (size_t i = 0; i < NCIPHERS; i++)
        if (cipher_table[i].iana == iana)
            return row_supported(i) ? &cipher_table[i] : NULL;
    return NULL;
}

uint16_t mbs_cipher_iana(const SSL_CIPHER *c)
{
    return c != NULL ? c->iana : 0;
}

int mbs_cipher_is_tls13(const SSL_CIPHER *c)
{
    return c != NULL && is_tls13(c);
}

int mbs_cipher_min_version(const SSL_CIPHER *c)
{
    return c != NULL ? c->min_tls : 0;
}

int mbs_cipher_max_version(const SSL_CIPHER *c)
{
    return c != NULL ? c->max_tls : 0;
}

const SSL_CIPHER *mbs_cipher_by_name(const char *name)
{
    if (name == NULL)
        return NULL;
    for (size_t i = 0; i < NCIPHERS; i++)
        if (strcmp(cipher_table[i].name, name) == 0)
            return row_supported(i) ? &cipher_table[i] : NULL;
    return NULL;
}

const SSL_CIPHER *mbs_cipher_by_stdname(const char *stdname)
{
    if (stdname == NULL)
        return NULL;
    for (size_t i = 0; i < NCIPHERS; i++)
        if (strcmp(cipher_table[i].stdname, stdname) == 0)
            return row_supported(i) ? &cipher_table[i] : NULL;
    return NULL;
}

/* ---- Lists --------------------------------------------------------------------------------------- */

void mbs_id_list_free(mbs_id_list *l)
{
    if (l == NULL)
        return;
    free(l->ids);
    l->ids = NULL;
    l->n = 0;
}

int mbs_id_list_copy(mbs_id_list *dst, const mbs_id_list *src)
{
    uint16_t *ids = NULL;

    if (dst == NULL || src == NULL)
        return 0;
    if (src->n > 0) {
        ids = malloc(src->n * sizeof(*ids));
        if (ids == NULL)
            return 0;
        memcpy(ids, src->ids, src->n * sizeof(*ids));
    }
    free(dst->ids);
    dst->ids = ids;
    dst->n = src->n;
    return 1;
}

/* Replaces *out with the n ids; 0 on malloc failure (out untouched). */
static int set_list(mbs_id_list *out, const uint16_t *ids, size_t n)
{
    mbs_id_list tmp = {(uint16_t *)ids, n};
    return mbs_id_list_copy(out, &tmp);
}

/* ---- Accessors ----------------------------------------------------------------------------------- */

/* SSL_CIPHER_get_version says "TLSv1.0" where SSL_CIPHER_description says "TLSv1" (as OpenSSL 3.0). */
static const char *version_str(const SSL_CIPHER *c, int for_description)
{
    switch (c->min_tls) {
    case MBS_V_SSLv3:
        return "SSLv3";
    case MBS_V_TLSv1:
        return for_description ? "TLSv1" : "TLSv1.0";
    case MBS_V_TLSv1_2:
        return "TLSv1.2";
    case MBS_V_TLSv1_3:
        return "TLSv1.3";
    default:
        return "unknown";
    }
}

static const char *kx_str(uint32_t kx)
{
    switch (kx) {
    case MBS_kRSA:
        return "RSA";
    case MBS_kDHE:
        return "DH";
    case MBS_kECDHE:
        return "ECDH";
    case MBS_kANY:
        return "any";
    default:
        return "unknown";
    }
}

static const char *auth_str(uint32_t au)
{
    switch (au) {
    case MBS_aRSA:
        return "RSA";
    case MBS_aECDSA:
        return "ECDSA";
    case MBS_aANY:
        return "any";
    default:
        return "unknown";
    }
}

static const char *enc_str(uint32_t enc)
{
    switch (enc) {
    case MBS_AES128:
        return "AES(128)";
    case MBS_AES256:
        return "AES(256)";
    case MBS_AES128GCM:
        return "AESGCM(128)";
    case MBS_AES256GCM:
        return "AESGCM(256)";
    case MBS_AES128CCM:
        return "AESCCM(128)";
    case MBS_AES256CCM:
        return "AESCCM(256)";
    case MBS_AES128CCM8:
        return "AESCCM8(128)";
    case MBS_AES256CCM8:
        return "AESCCM8(256)";
    case MBS_CHACHA20:
        return "CHACHA20/POLY1305(256)";
    default:
        return "unknown";
    }
}

static const char *mac_str(uint32_t mac)
{
    switch (mac) {
    case MBS_M_SHA1:
        return "SHA1";
    case MBS_M_SHA256:
        return "SHA256";
    case MBS_M_SHA384:
        return "SHA384";
    case MBS_M_AEAD:
        return "AEAD";
    default:
        return "unknown";
    }
}

MBS_API const char *SSL_CIPHER_get_name(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    return c != NULL ? c->name : "(NONE)";
}

MBS_API const char *SSL_CIPHER_standard_name(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    return c != NULL ? c->stdname : "(NONE)";
}

MBS_API const char *OPENSSL_cipher_name(const char *stdname)
{
    MBS_TRACE_ENTRY();
    const SSL_CIPHER *c = mbs_cipher_by_stdname(stdname);

    for (size_t i = 0; c == NULL && stdname != NULL && i < sizeof(scsv_table) / sizeof(scsv_table[0]); i++)
        if (strcmp(scsv_table[i].stdname, stdname) == 0)
            c = &scsv_table[i];
    return c != NULL ? c->name : "(NONE)";
}

MBS_API int SSL_CIPHER_get_bits(const SSL_CIPHER *c, int *alg_bits)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return 0;
    if (alg_bits != NULL)
        *alg_bits = c->bits;
    return c->bits;
}

MBS_API const char *SSL_CIPHER_get_version(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    return c != NULL ? version_str(c, 0) : "(NONE)";
}

MBS_API uint32_t SSL_CIPHER_get_id(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    return c != NULL ? 0x03000000u | c->iana : 0;
}

MBS_API uint16_t SSL_CIPHER_get_protocol_id(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    return c != NULL ? c->iana : 0;
}

MBS_API char *SSL_CIPHER_description(const SSL_CIPHER *c, char *buf, int len)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return NULL;
    if (buf == NULL) {
        len = 128;
        buf = OPENSSL_malloc(len);
        if (buf == NULL)
            return NULL;
    } else if (len < 128) {
        return NULL;
    }
    snprintf(buf, (size_t)len, "%-30s %-7s Kx=%-8s Au=%-5s Enc=%-22s Mac=%-4s\n", c->name, version_str(c, 1),
             kx_str(c->kx), auth_str(c->auth), enc_str(c->enc), mac_str(c->mac));
    return buf;
}

MBS_API const SSL_CIPHER *SSL_CIPHER_find(SSL *ssl, const unsigned char *ptr)
{
    MBS_TRACE_ENTRY();
    uint16_t id;

    (void)ssl; /* OpenSSL goes through ssl's method; every method shares one table here */
    if (ptr == NULL)
        return NULL;
    id = (uint16_t)(ptr[0] << 8 | ptr[1]);
    for (size_t i = 0; i < sizeof(scsv_table) / sizeof(scsv_table[0]); i++)
        if (scsv_table[i].iana == id)
            return &scsv_table[i];
    return mbs_cipher_by_iana(id);
}

MBS_API int SSL_CIPHER_get_cipher_nid(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return NID_undef;
    switch (c->enc) {
    case MBS_AES128:
        return NID_aes_128_cbc;
    case MBS_AES256:
        return NID_aes_256_cbc;
    case MBS_AES128GCM:
        return NID_aes_128_gcm;
    case MBS_AES256GCM:
        return NID_aes_256_gcm;
    case MBS_AES128CCM:
    case MBS_AES128CCM8: /* OpenSSL reports CCM_8 suites with the CCM cipher NID */
        return NID_aes_128_ccm;
    case MBS_AES256CCM:
    case MBS_AES256CCM8:
        return NID_aes_256_ccm;
    case MBS_CHACHA20:
        return NID_chacha20_poly1305;
    default:
        return NID_undef;
    }
}

MBS_API int SSL_CIPHER_get_digest_nid(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return NID_undef;
    switch (c->mac) {
    case MBS_M_SHA1:
        return NID_sha1;
    case MBS_M_SHA256:
        return NID_sha256;
    case MBS_M_SHA384:
        return NID_sha384;
    case MBS_M_AEAD:
        return NID_undef;
    default:
        /* the SCSVs carry no MAC; OpenSSL's lookup lands on its MD5+SHA1 entry */
        return (c->flags & MBS_SCSV) ? NID_md5_sha1 : NID_undef;
    }
}

MBS_API int SSL_CIPHER_get_kx_nid(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return NID_undef;
    switch (c->kx) {
    case MBS_kRSA:
        return NID_kx_rsa;
    case MBS_kDHE:
        return NID_kx_dhe;
    case MBS_kECDHE:
        return NID_kx_ecdhe;
    case MBS_kANY:
        return NID_kx_any;
    default:
        return NID_undef;
    }
}

MBS_API int SSL_CIPHER_get_auth_nid(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return NID_undef;
    switch (c->auth) {
    case MBS_aRSA:
        return NID_auth_rsa;
    case MBS_aECDSA:
        return NID_auth_ecdsa;
    case MBS_aANY:
        return NID_auth_any;
    default:
        return NID_undef;
    }
}

/*
 * The handshake hash OpenSSL 3.0 assigns: SHA-384 for the SHA-384 suites; MD5+SHA1 (its "default") for
 * suites usable before TLS 1.2 and for the RSA/DHE CBC-SHA256 suites; SHA-256 for the rest (AEAD and
 * ECDHE CBC-SHA256). The SCSVs report MD5, as OpenSSL's do.
 */
MBS_API const EVP_MD *SSL_CIPHER_get_handshake_digest(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return NULL;
    if (c->flags & MBS_SCSV)
        return EVP_md5();
    if (c->min_tls < MBS_V_TLSv1_2 || (c->mac == MBS_M_SHA256 && (c->kx & (MBS_kRSA | MBS_kDHE))))
        return EVP_md5_sha1();
    if (c->mac == MBS_M_SHA384 || strstr(c->stdname, "SHA384") != NULL)
        return EVP_sha384();
    return EVP_sha256();
}

MBS_API int SSL_CIPHER_is_aead(const SSL_CIPHER *c)
{
    MBS_TRACE_ENTRY();
    return c != NULL && c->mac == MBS_M_AEAD;
}

/* ---- Security level ------------------------------------------------------------------------------ */

int mbs_cipher_seclevel_ok(const SSL_CIPHER *c, int level)
{
    static const int minbits[] = {0, 80, 112, 128, 192, 256};

    if (c == NULL)
        return 0;
    if (level < 0)
        level = 0;
    if (level > 5)
        level = 5;
    if (c->bits < minbits[level])
        return 0;
    if (c->auth & MBS_aNULL)
        return 0;
    if (c->mac & MBS_M_MD5)
        return 0;
    if (minbits[level] > 160 && (c->mac & MBS_M_SHA1))
        return 0;
    if (level >= 3 && !is_tls13(c) && !(c->kx & (MBS_kDHE | MBS_kECDHE | MBS_kDHEPSK | MBS_kECDHEPSK)))
        return 0;
    return 1;
}

/* ---- Cipher-string language ---------------------------------------------------------------------- */

/* A selector: what one word (or '+'-joined words) of a cipher string matches. Zero fields match all. */
typedef struct {
    uint16_t iana; /* explicit suite */
    uint16_t min_tls;
    uint32_t kx, auth, enc, mac, strength;
} selector;

typedef struct {
    const char *name;
    selector sel;
} alias;

#define ALL_BITS 0xffffffffu
/* Aliases of OpenSSL 3.0 (names and what they select are OpenSSL's; the masks are ours). Aliases for
 * algorithms OpenSSL 3.0's default provider lacks (RC4, IDEA, SEED, GOST ...) are absent there too. */
static const alias aliases[] = {
    {"ALL", {0, 0, 0, 0, ~MBS_eNULL, 0, 0}},
    {"COMPLEMENTOFALL", {0, 0, 0, 0, MBS_eNULL, 0, 0}},
    {"COMPLEMENTOFDEFAULT", {0, 0, 0, 0, 0, 0, MBS_NOT_DEFAULT}},
    {"kRSA", {0, 0, MBS_kRSA, 0, 0, 0, 0}},
    {"kEDH", {0, 0, MBS_kDHE, 0, 0, 0, 0}},
    {"kDHE", {0, 0, MBS_kDHE, 0, 0, 0, 0}},
    {"DH", {0, 0, MBS_kDHE, 0, 0, 0, 0}},
    {"kEECDH", {0, 0, MBS_kECDHE, 0, 0, 0, 0}},
    {"kECDHE", {0, 0, MBS_kECDHE, 0, 0, 0, 0}},
    {"ECDH", {0, 0, MBS_kECDHE, 0, 0, 0, 0}},
    {"kPSK", {0, 0, MBS_kPSK, 0, 0, 0, 0}},
    {"kRSAPSK", {0, 0, MBS_kRSAPSK, 0, 0, 0, 0}},
    {"kECDHEPSK", {0, 0, MBS_kECDHEPSK, 0, 0, 0, 0}},
    {"kDHEPSK", {0, 0, MBS_kDHEPSK, 0, 0, 0, 0}},
    {"kSRP", {0, 0, MBS_kSRP, 0, 0, 0, 0}},
    {"aRSA", {0, 0, 0, MBS_aRSA, 0, 0, 0}},
    {"aDSS", {0, 0, 0, MBS_aDSS, 0, 0, 0}},
    {"DSS", {0, 0, 0, MBS_aDSS, 0, 0, 0}},
    {"aNULL", {0, 0, 0, MBS_aNULL, 0, 0, 0}},
    {"aECDSA", {0, 0, 0, MBS_aECDSA, 0, 0, 0}},
    {"ECDSA", {0, 0, 0, MBS_aECDSA, 0, 0, 0}},
    {"aPSK", {0, 0, 0, MBS_aPSK, 0, 0, 0}},
    {"aSRP", {0, 0, 0, MBS_aSRP, 0, 0, 0}},
    {"EDH", {0, 0, MBS_kDHE, ~MBS_aNULL, 0, 0, 0}},
    {"DHE", {0, 0, MBS_kDHE, ~MBS_aNULL, 0, 0, 0}},
    {"EECDH", {0, 0, MBS_kECDHE, ~MBS_aNULL, 0, 0, 0}},
    {"ECDHE", {0, 0, MBS_kECDHE, ~MBS_aNULL, 0, 0, 0}},
    {"NULL", {0, 0, 0, 0, MBS_eNULL, 0, 0}},
    {"RSA", {0, 0, MBS_kRSA, MBS_aRSA, 0, 0, 0}},
    {"ADH", {0, 0, MBS_kDHE, MBS_aNULL, 0, 0, 0}},
    {"AECDH", {0, 0, MBS_kECDHE, MBS_aNULL, 0, 0, 0}},
    {"PSK", {0, 0, MBS_kPSK | MBS_kRSAPSK | MBS_kECDHEPSK | MBS_kDHEPSK, 0, 0, 0, 0}},
    {"SRP", {0, 0, MBS_kSRP, 0, 0, 0, 0}},
    {"3DES", {0, 0, 0, 0, MBS_3DES, 0, 0}},
    {"eNULL", {0, 0, 0, 0, MBS_eNULL, 0, 0}},
    {"AES128", {0, 0, 0, 0, MBS_AES128 | MBS_AES128GCM | MBS_AES128CCM | MBS_AES128CCM8, 0, 0}},
    {"AES256", {0, 0, 0, 0, MBS_AES256 | MBS_AES256GCM | MBS_AES256CCM | MBS_AES256CCM8, 0, 0}},
    {"AES",
     {0, 0, 0, 0,
      MBS_AES128 | MBS_AES256 | MBS_AES128GCM | MBS_AES256GCM | MBS_AES128CCM | MBS_AES256CCM |
          MBS_AES128CCM8 | MBS_AES256CCM8,
      0, 0}},
    {"AESGCM", {0, 0, 0, 0, MBS_AES128GCM | MBS_AES256GCM, 0, 0}},
    {"AESCCM", {0, 0, 0, 0, MBS_AES128CCM | MBS_AES256CCM | MBS_AES128CCM8 | MBS_AES256CCM8, 0, 0}},
    {"AESCCM8", {0, 0, 0, 0, MBS_AES128CCM8 | MBS_AES256CCM8, 0, 0}},
    {"CAMELLIA128", {0, 0, 0, 0, MBS_CAMELLIA128, 0, 0}},
    {"CAMELLIA256", {0, 0, 0, 0, MBS_CAMELLIA256, 0, 0}},
    {"CAMELLIA", {0, 0, 0, 0, MBS_CAMELLIA128 | MBS_CAMELLIA256, 0, 0}},
    {"CHACHA20", {0, 0, 0, 0, MBS_CHACHA20, 0, 0}},
    {"ARIA", {0, 0, 0, 0, MBS_ARIA128GCM | MBS_ARIA256GCM, 0, 0}},
    {"ARIAGCM", {0, 0, 0, 0, MBS_ARIA128GCM | MBS_ARIA256GCM, 0, 0}},
    {"ARIA128", {0, 0, 0, 0, MBS_ARIA128GCM, 0, 0}},
    {"ARIA256", {0, 0, 0, 0, MBS_ARIA256GCM, 0, 0}},
    {"CBC", {0, 0, 0, 0, MBS_ENC_CBC, 0, 0}},
    {"MD5", {0, 0, 0, 0, 0, MBS_M_MD5, 0}},
    {"SHA1", {0, 0, 0, 0, 0, MBS_M_SHA1, 0}},
    {"SHA", {0, 0, 0, 0, 0, MBS_M_SHA1, 0}},
    {"SHA256", {0, 0, 0, 0, 0, MBS_M_SHA256, 0}},
    {"SHA384", {0, 0, 0, 0, 0, MBS_M_SHA384, 0}},
    {"SSLv3", {0, MBS_V_SSLv3, 0, 0, 0, 0, 0}},
    {"TLSv1", {0, MBS_V_TLSv1, 0, 0, 0, 0, 0}},
    {"TLSv1.0", {0, MBS_V_TLSv1, 0, 0, 0, 0, 0}},
    {"TLSv1.2", {0, MBS_V_TLSv1_2, 0, 0, 0, 0, 0}},
    {"LOW", {0, 0, 0, 0, 0, 0, MBS_LOW}},
    {"MEDIUM", {0, 0, 0, 0, 0, 0, MBS_MEDIUM}},
    {"HIGH", {0, 0, 0, 0, 0, 0, MBS_HIGH}},
    {"FIPS", {0, 0, 0, 0, ~MBS_eNULL, 0, MBS_FIPS}},
    /* old "EDH-" names of 3DES suites: known to OpenSSL, none of ours */
    {"EDH-DSS-DES-CBC3-SHA", {0, 0, MBS_kDHE, MBS_aDSS, MBS_3DES, MBS_M_SHA1, MBS_HIGH | MBS_FIPS}},
    {"EDH-RSA-DES-CBC3-SHA", {0, 0, MBS_kDHE, MBS_aRSA, MBS_3DES, MBS_M_SHA1, MBS_HIGH | MBS_FIPS}},
};

enum rule_op { OP_ADD, OP_DEL, OP_ORD, OP_KILL, OP_BUMP };

/* The working list: TLS <= 1.2 rows we support, doubly linked by index, in OpenSSL's base order. */
#define MAXL NCIPHERS
typedef struct {
    const SSL_CIPHER *c[MAXL];
    int prev[MAXL], next[MAXL];
    unsigned char active[MAXL];
    int head, tail;
} cipher_list;

static void cl_unlink(cipher_list *l, int i)
{
    if (l->prev[i] >= 0)
        l->next[l->prev[i]] = l->next[i];
    else
        l->head = l->next[i];
    if (l->next[i] >= 0)
        l->prev[l->next[i]] = l->prev[i];
    else
        l->tail = l->prev[i];
    l->prev[i] = l->next[i] = -1;
}

static void cl_to_tail(cipher_list *l, int i)
{
    if (l->tail == i)
        return;
    cl_unlink(l, i);
    l->prev[i] = l->tail;
    l->next[i] = -1;
    if (l->tail >= 0)
        l->next[l->tail] = i;
    else
        l->head = i;
    l->tail = i;
}

static void cl_to_head(cipher_list *l, int i)
{
    if (l->head == i)
        return;
    cl_unlink(l, i);
    l->next[i] = l->head;
    l->prev[i] = -1;
    if (l->head >= 0)
        l->prev[l->head] = i;
    else
        l->tail = i;
    l->head = i;
}

static void cl_init(cipher_list *l)
{
    int n = 0;

    l->head = l->tail = -1;
    for (size_t i = 0; i < NCIPHERS; i++) {
        if (is_tls13(&cipher_table[i]) || !row_supported(i))
            continue;
        l->c[n] = &cipher_table[i];
        l->active[n] = 0;
        l->prev[n] = l->tail;
        l->next[n] = -1;
        if (l->tail >= 0)
            l->next[l->tail] = n;
        else
            l->head = n;
        l->tail = n;
        n++;
    }
}

static int sel_matches(const selector *s, const SSL_CIPHER *c)
{
    if (s->iana != 0 && s->iana != c->iana)
        return 0;
    if (s->kx != 0 && !(s->kx & c->kx))
        return 0;
    if (s->auth != 0 && !(s->auth & c->auth))
        return 0;
    if (s->enc != 0 && !(s->enc & c->enc))
        return 0;
    if (s->mac != 0 && !(s->mac & c->mac))
        return 0;
    if (s->min_tls != 0 && s->min_tls != c->min_tls)
        return 0;
    if ((s->strength & MBS_STRONG_MASK) && !(s->strength & MBS_STRONG_MASK & c->flags))
        return 0;
    if ((s->strength & MBS_DEFAULT_MASK) && !(s->strength & MBS_DEFAULT_MASK & c->flags))
        return 0;
    return 1;
}

/*
 * Applies one rule. The walk covers the entries present when it starts (entries it moves to the far end
 * are not visited again); deletions walk backwards so that suites deleted together keep their order when
 * they move to the front of the inactive part.
 */
static void apply_rule(cipher_list *l, const selector *s, enum rule_op op, int strength_bits)
{
    int reverse = (op == OP_DEL || op == OP_BUMP);
    int next = reverse ? l->tail : l->head;
    int last = reverse ? l->head : l->tail;
    int cur = -1;

    while (cur != last) {
        cur = next;
        if (cur < 0)
            break;
        next = reverse ? l->prev[cur] : l->next[cur];
        if (strength_bits >= 0) {
            if (l->c[cur]->bits != strength_bits)
                continue;
        } else if (!sel_matches(s, l->c[cur])) {
            continue;
        }
        switch (op) {
        case OP_ADD:
            if (!l->active[cur]) {
                cl_to_tail(l, cur);
                l->active[cur] = 1;
            }
            break;
        case OP_ORD:
            if (l->active[cur])
                cl_to_tail(l, cur);
            break;
        case OP_DEL:
            if (l->active[cur]) {
                cl_to_head(l, cur);
                l->active[cur] = 0;
            }
            break;
        case OP_BUMP:
            if (l->active[cur])
                cl_to_head(l, cur);
            break;
        case OP_KILL:
            cl_unlink(l, cur);
            l->active[cur] = 0;
            break;
        }
    }
}

/* @STRENGTH: active suites by descending bits, stable. */
static void strength_sort(cipher_list *l)
{
    int maxbits = -1;

    for (int i = l->head; i >= 0; i = l->next[i])
        if (l->active[i] && l->c[i]->bits > maxbits)
            maxbits = l->c[i]->bits;
    for (int b = maxbits; b >= 0; b--) {
        int used = 0;
        for (int i = l->head; i >= 0; i = l->next[i])
            if (l->active[i] && l->c[i]->bits == b)
                used = 1;
        if (used)
            apply_rule(l, NULL, OP_ORD, b);
    }
}

static int is_item_sep(char ch)
{
    return ch == ':' || ch == ' ' || ch == ';' || ch == ',';
}

static int is_word_char(char ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ||
           ch == '.' || ch == '=';
}

/* Finds a word among the explicit TLS <= 1.2 suite names (OpenSSL names only) and the aliases. */
static int lookup_word(const char *w, size_t len, selector *out, int *explicit_suite)
{
    for (size_t i = 0; i < NCIPHERS; i++) {
        const SSL_CIPHER *c = &cipher_table[i];
        if (is_tls13(c) || strlen(c->name) != len || strncmp(c->name, w, len) != 0)
            continue;
        out->iana = c->iana;
        out->min_tls = 0;
        out->kx = c->kx;
        out->auth = c->auth;
        out->enc = c->enc;
        out->mac = c->mac;
        out->strength = c->flags & (MBS_STRONG_MASK | MBS_DEFAULT_MASK);
        *explicit_suite = 1;
        return 1;
    }
    for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++) {
        if (strlen(aliases[i].name) == len && strncmp(aliases[i].name, w, len) == 0) {
            *out = aliases[i].sel;
            *explicit_suite = 0;
            return 1;
        }
    }
    return 0;
}

/* ANDs one category of a multi-word selector; 0 when the intersection becomes empty. */
static int and_mask(uint32_t *acc, uint32_t part)
{
    if (part == 0)
        return 1;
    if (*acc == 0) {
        *acc = part;
        return 1;
    }
    *acc &= part;
    return *acc != 0;
}

static int and_group(uint32_t *acc, uint32_t part, uint32_t group)
{
    if ((part & group) == 0)
        return 1;
    if ((*acc & group) == 0) {
        *acc |= part & group;
        return 1;
    }
    *acc &= (part & group) | ~group;
    return (*acc & group) != 0;
}

/* Processes one rule string; 0 on a syntax error (*reason set). */
static int process_rules(cipher_list *l, const char *p, int *seclevel, int *reason)
{
    for (;;) {
        enum rule_op op = OP_ADD;
        int special = 0;
        char ch = *p;

        if (ch == '\0')
            return 1;
        if (ch == '-') {
            op = OP_DEL;
            p++;
        } else if (ch == '+') {
            op = OP_ORD;
            p++;
        } else if (ch == '!') {
            op = OP_KILL;
            p++;
        } else if (ch == '@') {
            special = 1;
            p++;
        }
        if (is_item_sep(ch)) {
            p++;
            continue;
        }

        selector sel = {0, 0, 0, 0, 0, 0, 0};
        int found = 0;
        const char *word = p;
        size_t wlen = 0;
        for (;;) {
            word = p;
            wlen = 0;
            while (is_word_char(*p)) {
                p++;
                wlen++;
            }
            if (wlen == 0) {
                /* neither a command, a separator nor a name */
                *reason = SSL_R_INVALID_COMMAND;
                return 0;
            }
            if (special)
                break;
            int multi = 0;
            if (*p == '+') {
                multi = 1;
                p++;
            }
            selector part;
            int explicit_suite = 0;
            found = lookup_word(word, wlen, &part, &explicit_suite);
            if (!found)
                break;
            if (!and_mask(&sel.kx, part.kx) || !and_mask(&sel.auth, part.auth) ||
                !and_mask(&sel.enc, part.enc) || !and_mask(&sel.mac, part.mac) ||
                !and_group(&sel.strength, part.strength, MBS_STRONG_MASK) ||
                !and_group(&sel.strength, part.strength, MBS_DEFAULT_MASK)) {
                found = 0;
                break;
            }
            if (explicit_suite) {
                /* an explicit suite's own version is not part of the pattern */
                sel.iana = part.iana;
            } else if (part.min_tls != 0) {
                if (sel.min_tls != 0 && sel.min_tls != part.min_tls) {
                    found = 0;
                    break;
                }
                sel.min_tls = part.min_tls;
            }
            if (!multi)
                break;
        }

        if (special) {
            if (wlen == 8 && strncmp(word, "STRENGTH", 8) == 0) {
                strength_sort(l);
            } else if (wlen == 10 && strncmp(word, "SECLEVEL=", 9) == 0 && word[9] >= '0' && word[9] <= '5') {
                if (seclevel != NULL)
                    *seclevel = word[9] - '0';
            } else {
                *reason = SSL_R_INVALID_COMMAND;
                return 0;
            }
            /* "@" commands take no '+' parts: the rest of the item is ignored */
            while (*p != '\0' && !is_item_sep(*p))
                p++;
        } else if (found) {
            apply_rule(l, &sel, op, -1);
        } else {
            while (*p != '\0' && !is_item_sep(*p))
                p++;
        }
        if (*p == '\0')
            return 1;
    }
}

static const char default_rules[] = "ALL:!COMPLEMENTOFDEFAULT:!eNULL";

int mbs_cipher_list_parse_ex(const char *str, mbs_id_list *out, int *seclevel, int *reason)
{
    cipher_list l;
    uint16_t ids[MAXL];
    size_t n = 0;
    int dummy_reason;

    if (reason == NULL)
        reason = &dummy_reason;
    *reason = 0;
    if (str == NULL || out == NULL) {
        *reason = SSL_R_NO_CIPHER_MATCH;
        return 0;
    }
    cl_init(&l);

    /* Suite B keywords replace the whole string (their certificate/curve rules are not applied here). */
    if (strncmp(str, "SUITEB128ONLY", 13) == 0)
        str = "ECDHE-ECDSA-AES128-GCM-SHA256";
    else if (strncmp(str, "SUITEB128C2", 11) == 0)
        str = "ECDHE-ECDSA-AES256-GCM-SHA384";
    else if (strncmp(str, "SUITEB128", 9) == 0)
        str = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384";
    else if (strncmp(str, "SUITEB192", 9) == 0)
        str = "ECDHE-ECDSA-AES256-GCM-SHA384";

    /* "DEFAULT" is only special as the very first word. */
    if (strncmp(str, "DEFAULT", 7) == 0) {
        if (!process_rules(&l, default_rules, seclevel, reason))
            return 0;
        str += 7;
        if (*str == ':')
            str++;
    }
    if (*str != '\0' && !process_rules(&l, str, seclevel, reason))
        return 0;

    for (int i = l.head; i >= 0; i = l.next[i])
        if (l.active[i])
            ids[n++] = l.c[i]->iana;
    if (n == 0) {
        *reason = SSL_R_NO_CIPHER_MATCH;
        return 0;
    }
    if (!set_list(out, ids, n)) {
        *reason = ERR_R_MALLOC_FAILURE;
        return 0;
    }
    return 1;
}

int mbs_cipher_list_parse(const char *str, mbs_id_list *out, int *seclevel)
{
    return mbs_cipher_list_parse_ex(str, out, seclevel, NULL);
}

int mbs_cipher_default_tls12(mbs_id_list *out)
{
    return mbs_cipher_list_parse_ex("DEFAULT", out, NULL, NULL);
}

/* ---- TLS 1.3 ciphersuite lists ------------------------------------------------------------------- */

/*
 * OpenSSL 3.0: ':'-separated, blanks around each name ignored, empty items skipped, names are
 * case-sensitive RFC names, unknown names skipped; fails only when a non-empty string names nothing.
 * "" is accepted and means no TLS 1.3 suites. Duplicates are kept, as OpenSSL keeps them.
 */
int mbs_ciphersuites_parse(const char *str, mbs_id_list *out)
{
    uint16_t *ids;
    size_t n = 0, cap;
    const char *p;
    int ok;

    if (str == NULL || out == NULL)
        return 0;
    cap = strlen(str) / 2 + 1;
    ids = malloc(cap * sizeof(*ids));
    if (ids == NULL)
        return 0;
    for (p = str;;) {
        const char *end = strchr(p, ':');
        const char *e = end != NULL ? end : p + strlen(p);
        while (p < e && isspace((unsigned char)*p))
            p++;
        while (e > p && isspace((unsigned char)e[-1]))
            e--;
        if (e > p && e - p < 80) {
            for (size_t i = 0; i < NCIPHERS; i++) {
                const SSL_CIPHER *c = &cipher_table[i];
                if (is_tls13(c) && row_supported(i) && strlen(c->stdname) == (size_t)(e - p) &&
                    strncmp(c->stdname, p, (size_t)(e - p)) == 0) {
                    if (n < cap)
                        ids[n++] = c->iana;
                    break;
                }
            }
        }
        if (end == NULL)
            break;
        p = end + 1;
    }
    if (n == 0 && *str != '\0') {
        free(ids);
        return 0;
    }
    ok = set_list(out, ids, n);
    free(ids);
    return ok;
}

int mbs_cipher_default_tls13(mbs_id_list *out)
{
    return mbs_ciphersuites_parse("TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256",
                                  out);
}
