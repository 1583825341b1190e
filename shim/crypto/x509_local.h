/* Internal layouts of the X509 / ASN1 / EVP_PKEY / X509_STORE objects OpenSSL keeps opaque, and the
 * hidden mbs_* helpers shared by shim/crypto/x509*.c, asn1.c, objects.c, pem.c and pkey.c. */
#ifndef MBEDSHIM_X509_LOCAL_H
#define MBEDSHIM_X509_LOCAL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <pthread.h>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <mbedtls/pk.h>
#include <mbedtls/x509_crt.h>

#include "common/api.h"

/* ---- objects.c ---- */
struct asn1_object_st {
    int nid;             /* NID_undef for OIDs outside our table */
    const char *sn, *ln; /* static strings for table objects, NULL otherwise */
    unsigned char *der;  /* OID contents octets (no tag/length) */
    size_t len;
    int dynamic;         /* allocated by us: ASN1_OBJECT_free releases it */
};

/* Object for OID contents octets: the static table entry when known, else a new dynamic object. */
ASN1_OBJECT *mbs_obj_from_der(const unsigned char *der, size_t len);
/* Dotted text of OID contents octets into buf (always terminated); returns the full length. */
int mbs_oid_to_dotted(const unsigned char *der, size_t len, char *buf, size_t buflen);

/* ---- asn1.c ---- */
int mbs_bio_printf(BIO *bio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
ASN1_STRING *mbs_asn1_string_new_data(int type, const void *data, size_t len);
/* Build an ASN1_TIME (UTCTime for 1950..2049, else GeneralizedTime, as RFC 5280 encodes). */
ASN1_TIME *mbs_asn1_time_from_tm(int year, int mon, int day, int hour, int min, int sec);
/* Seconds since the epoch of an ASN1_TIME; returns 0 on a malformed value. */
int mbs_asn1_time_to_epoch(const ASN1_TIME *t, time_t *out);
/* ASN1_INTEGER from DER INTEGER contents octets (two's complement, big endian). */
ASN1_INTEGER *mbs_asn1_integer_from_der(const unsigned char *p, size_t len);
/* Value as UTF-8 (new buffer, NUL-terminated); returns length or -1. */
int mbs_asn1_string_utf8(const ASN1_STRING *s, unsigned char **out);

struct bignum_st {
    unsigned char *mag; /* big-endian magnitude, no leading zeros */
    size_t len;
    int neg;
};

/* ---- x509_name.c ---- */
struct X509_name_entry_st {
    ASN1_OBJECT *object;
    ASN1_STRING *value;
    int set; /* index of the RDN this entry belongs to */
};

struct X509_name_st {
    STACK_OF(X509_NAME_ENTRY) *entries;
    unsigned char *der; /* full DER (SEQUENCE) encoding */
    size_t der_len;
    unsigned char *canon; /* comparison form: lowercased, space-folded (see x509_name.c) */
    size_t canon_len;
};

/* Parse a DER Name (the whole SEQUENCE); *len receives the bytes consumed. */
X509_NAME *mbs_name_from_der(const unsigned char *der, size_t der_len);
int mbs_name_cmp(const X509_NAME *a, const X509_NAME *b);

/* ---- x509.c ---- */
struct x509_st {
    int refs;
    unsigned char *der;
    size_t der_len;
    int parsed;           /* crt below holds a certificate */
    mbedtls_x509_crt crt; /* parsed view of der */
    X509_NAME *subject, *issuer;
    ASN1_INTEGER *serial;
    ASN1_TIME *not_before, *not_after;
    EVP_PKEY *pkey; /* lazily built by X509_get0_pubkey */
    pthread_mutex_t lock;
    CRYPTO_EX_DATA ex_data;
    /* Extension summary, like OpenSSL's cached ex_* fields. */
    uint32_t ex_flags;
    uint32_t ex_kusage;
    uint32_t ex_xkusage;
    long ex_pathlen;
    ASN1_OCTET_STRING *skid, *akid; /* key identifiers (akid keyIdentifier only) */
    /* X509_AUX trust settings are ignored (PEM_read_bio_X509_AUX returns the plain cert). */
};

/* Certificate extension lookup: pointer to the extnValue contents for the NID, criticality. */
int mbs_x509_find_ext(const X509 *x, int nid, int lastpos, const unsigned char **val, size_t *len,
                      int *critical);
int mbs_x509_ext_count(const X509 *x);
X509 *mbs_x509_from_der(const unsigned char *der, size_t len);
int mbs_x509_self_issued(const X509 *x);
/* Is `issuer` a plausible issuer of `x` (names and key identifiers match). */
int mbs_x509_likely_issued(const X509 *issuer, const X509 *x);

/* ---- x509_private.c: the only use of MBEDTLS_PRIVATE fields ---- */
/* Verify x's signature with pk; 1 good, 0 bad. */
int mbs_crt_check_signature(const mbedtls_x509_crt *crt, mbedtls_pk_context *pk);
/* The signature algorithm's hash (MBEDTLS_MD_*) and key type (MBEDTLS_PK_*). */
int mbs_crt_sig_md(const mbedtls_x509_crt *crt);
int mbs_crt_sig_pk(const mbedtls_x509_crt *crt);

/* ---- pkey.c ---- */
struct evp_pkey_st {
    int refs;
    int type; /* EVP_PKEY_RSA, EVP_PKEY_EC, EVP_PKEY_NONE */
    int has_private;
    mbedtls_pk_context pk;
};

struct evp_md_st {
    int type; /* NID */
    int md;   /* mbedtls_md_type_t */
    int size, block_size;
    const char *name;
};

/* New EVP_PKEY over a parsed pk context (takes ownership of *pk's contents). */
EVP_PKEY *mbs_pkey_from_pk(mbedtls_pk_context *pk, int has_private);
EVP_PKEY *mbs_pkey_parse_public_der(const unsigned char *der, size_t len);
/* Parse a private key (DER or PEM text, optional password); NULL on failure, *mbed_err set. */
EVP_PKEY *mbs_pkey_parse_private(const unsigned char *buf, size_t len, const unsigned char *pw,
                                 size_t pwlen, int *mbed_err);
int mbs_pkey_security_bits(const EVP_PKEY *pkey);
/* PKCS#8 PrivateKeyInfo DER of a private key (new buffer); returns its length or -1. */
int mbs_pkey_to_pkcs8(const EVP_PKEY *k, unsigned char **out);

/* ---- x509_vfy.c ---- */
struct X509_VERIFY_PARAM_st {
    char *name;
    time_t check_time;
    uint32_t inh_flags;
    unsigned long flags;
    int purpose, trust, depth, auth_level;
    char **hosts;
    int nhosts;
    unsigned int hostflags;
    char *peername;
    char *email;
    size_t emaillen;
    unsigned char *ip;
    size_t iplen;
};

struct x509_object_st {
    X509_LOOKUP_TYPE type;
    union {
        X509 *x509;
        X509_CRL *crl;
        void *ptr;
    } data;
};

struct x509_lookup_method_st {
    const char *name;
    int kind; /* 1 file, 2 hashed dir */
};

struct x509_lookup_st {
    const X509_LOOKUP_METHOD *method;
    X509_STORE *store;
    char **dirs; /* hashed dirs searched lazily at verification time */
    int ndirs;
};

struct x509_store_st {
    int refs;
    pthread_mutex_t lock;
    STACK_OF(X509_OBJECT) *objs;
    X509_VERIFY_PARAM *param;
    X509_STORE_CTX_verify_cb verify_cb;
    STACK_OF(X509_LOOKUP) *lookups;
    CRYPTO_EX_DATA ex_data;
};

struct x509_store_ctx_st {
    X509_STORE *store;
    X509 *cert;
    STACK_OF(X509) *untrusted;
    STACK_OF(X509) *chain;
    STACK_OF(X509) *trusted_stack; /* X509_STORE_CTX_set0_trusted_stack */
    X509_VERIFY_PARAM *param;
    X509_STORE_CTX_verify_cb verify_cb;
    int error, error_depth;
    X509 *current_cert, *current_issuer;
    int num_untrusted;
    int inited;
    CRYPTO_EX_DATA ex_data;
};

/* Every trusted certificate of the store whose subject equals name (new stack of up-refed X509). */
STACK_OF(X509) *mbs_store_find_by_subject(X509_STORE *store, const X509_NAME *name);

/* ---- pem.c ---- */
/* Read the next PEM block whose label is accepted by want(); returns 1 and the decoded DER. */
int mbs_pem_load_file_certs(X509_STORE *store, const char *file, int with_crls);

/* pkey.c: reads a BIO to its end, for the d2i_*_bio functions. 1 on success. */
int mbs_bio_read_all(BIO *bp, unsigned char **out, size_t *outlen);

#endif
