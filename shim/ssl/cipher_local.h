/*
 * struct ssl_cipher_st and the attribute masks behind OpenSSL's cipher-string language.
 * The mask bits are our own; what carries over from OpenSSL is which suites each alias selects and how
 * aliases combine (bits of one category OR together inside an alias, categories AND together).
 */
#ifndef MBEDSHIM_CIPHER_LOCAL_H
#define MBEDSHIM_CIPHER_LOCAL_H

#include <stdint.h>

/* Protocol versions (wire values, as SSL3_VERSION/TLS1_VERSION/... ). */
#define MBS_V_SSLv3 0x0300
#define MBS_V_TLSv1 0x0301
#define MBS_V_TLSv1_2 0x0303
#define MBS_V_TLSv1_3 0x0304

/* Key exchange. Bits for exchanges we lack keep aliases such as "kPSK" known but matching nothing. */
#define MBS_kRSA 0x0001u
#define MBS_kDHE 0x0002u
#define MBS_kECDHE 0x0004u
#define MBS_kANY 0x0008u /* TLS 1.3 */
#define MBS_kPSK 0x0010u
#define MBS_kRSAPSK 0x0020u
#define MBS_kECDHEPSK 0x0040u
#define MBS_kDHEPSK 0x0080u
#define MBS_kSRP 0x0100u

/* Authentication. */
#define MBS_aRSA 0x0001u
#define MBS_aECDSA 0x0002u
#define MBS_aANY 0x0004u
#define MBS_aDSS 0x0008u
#define MBS_aNULL 0x0010u
#define MBS_aPSK 0x0020u
#define MBS_aSRP 0x0040u

/* Bulk encryption. */
#define MBS_AES128 0x00001u
#define MBS_AES256 0x00002u
#define MBS_AES128GCM 0x00004u
#define MBS_AES256GCM 0x00008u
#define MBS_AES128CCM 0x00010u
#define MBS_AES256CCM 0x00020u
#define MBS_AES128CCM8 0x00040u
#define MBS_AES256CCM8 0x00080u
#define MBS_CHACHA20 0x00100u
#define MBS_eNULL 0x00200u
#define MBS_3DES 0x00400u
#define MBS_CAMELLIA128 0x00800u
#define MBS_CAMELLIA256 0x01000u
#define MBS_ARIA128GCM 0x02000u
#define MBS_ARIA256GCM 0x04000u
#define MBS_ENC_CBC (MBS_AES128 | MBS_AES256 | MBS_3DES | MBS_CAMELLIA128 | MBS_CAMELLIA256)

/* MAC (AEAD for the AEAD suites). */
#define MBS_M_SHA1 0x01u
#define MBS_M_SHA256 0x02u
#define MBS_M_SHA384 0x04u
#define MBS_M_AEAD 0x08u
#define MBS_M_MD5 0x10u

/* Strength class (one group: aliases intersect within it) and the "not in DEFAULT" marker. */
#define MBS_STRONG_NONE 0x01u
#define MBS_LOW 0x02u
#define MBS_MEDIUM 0x04u
#define MBS_HIGH 0x08u
#define MBS_FIPS 0x10u
#define MBS_STRONG_MASK 0x1fu
#define MBS_NOT_DEFAULT 0x20u
#define MBS_DEFAULT_MASK 0x20u
#define MBS_SCSV 0x40u /* signalling pseudo-suite: only SSL_CIPHER_find returns these */

struct ssl_cipher_st {
    uint16_t iana;     /* also the Mbed TLS ciphersuite id */
    uint16_t min_tls;  /* MBS_V_*; 0 for the SCSVs */
    uint16_t max_tls;
    uint16_t bits;     /* strength bits == algorithm bits for every suite we have */
    const char *name;  /* OpenSSL name */
    const char *stdname; /* RFC name */
    uint32_t kx, auth, enc, mac, flags;
};

#endif
