/*
 * Signature-algorithm lists (SSL_CTX_set1_sigalgs_list and friends), accepted and rejected exactly as
 * OpenSSL 3.0 does: ':'-separated entries, each trimmed of surrounding blanks, either a TLS 1.3 scheme
 * name (case-sensitive) or a "SIG+HASH" pair in either order (SIG case-sensitive, HASH by its short or long
 * name), no empty entry, no scheme twice. The result is the IANA SignatureScheme codes Mbed TLS uses
 * too; schemes OpenSSL knows but our Mbed TLS cannot do (EdDSA, DSA, RSA-PSS-PSS, SHA-224) are accepted
 * and left out.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/conf.h>

#include "ssl/ssl_local.h"

static const struct {
    const char *name; /* TLS 1.3 name */
    uint16_t code;
    int supported; /* by our Mbed TLS configuration */
} names[] = {
    {"ecdsa_secp256r1_sha256", 0x0403, 1}, {"ecdsa_secp384r1_sha384", 0x0503, 1},
    {"ecdsa_secp521r1_sha512", 0x0603, 1}, {"ed25519", 0x0807, 0},
    {"ed448", 0x0808, 0},                  {"rsa_pss_rsae_sha256", 0x0804, 1},
    {"rsa_pss_rsae_sha384", 0x0805, 1},    {"rsa_pss_rsae_sha512", 0x0806, 1},
    {"rsa_pss_pss_sha256", 0x0809, 0},     {"rsa_pss_pss_sha384", 0x080a, 0},
    {"rsa_pss_pss_sha512", 0x080b, 0},     {"rsa_pkcs1_sha256", 0x0401, 1},
    {"rsa_pkcs1_sha384", 0x0501, 1},       {"rsa_pkcs1_sha512", 0x0601, 1},
    {"rsa_pkcs1_sha224", 0x0301, 0},       {"rsa_pkcs1_sha1", 0x0201, 1},
};

/* hash names as OpenSSL looks them up (short and long object names); the value is the TLS 1.2 hash byte */
static const struct {
    const char *sn, *ln;
    unsigned char tls;
} hashes[] = {
    {"SHA1", "sha1", 2}, {"SHA224", "sha224", 3}, {"SHA256", "sha256", 4}, {"SHA384", "sha384", 5},
    {"SHA512", "sha512", 6},
};

/* Signature halves; RSA-PSS ("PSS") maps to rsa_pss_rsae_<hash>, which exists for SHA-256/384/512 only. */
static int pair_code(const char *sig, const char *hash, uint16_t *code, int *supported)
{
    int h = -1;
    for (size_t i = 0; i < sizeof(hashes) / sizeof(hashes[0]); i++)
        if (strcmp(hash, hashes[i].sn) == 0 || strcmp(hash, hashes[i].ln) == 0)
            h = hashes[i].tls;
    if (h < 0)
        return 0;
    if (strcmp(sig, "RSA") == 0) {
        *code = (uint16_t)(h << 8 | 1);
        *supported = h != 3; /* no SHA-224 in our configuration's signature list */
    } else if (strcmp(sig, "ECDSA") == 0) {
        *code = (uint16_t)(h << 8 | 3);
        *supported = h != 3;
    } else if (strcmp(sig, "DSA") == 0) {
        *code = (uint16_t)(h << 8 | 2);
        *supported = 0;
    } else if (strcmp(sig, "RSA-PSS") == 0 || strcmp(sig, "PSS") == 0) {
        if (h < 4)
            return 0;
        *code = (uint16_t)(0x0800 | h); /* sha256 -> 0x0804, sha384 -> 0x0805, sha512 -> 0x0806 */
        *supported = 1;
    } else {
        return 0;
    }
    return 1;
}

static int lookup(const char *word, uint16_t *code, int *supported)
{
    const char *plus = strchr(word, '+');
    if (plus == NULL) {
        for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
            if (strcmp(word, names[i].name) == 0) {
                *code = names[i].code;
                *supported = names[i].supported;
                return 1;
            }
        return 0;
    }
    if (strchr(plus + 1, '+') != NULL)
        return 0;
    char a[32], b[32];
    size_t la = (size_t)(plus - word), lb = strlen(plus + 1);
    if (la == 0 || lb == 0 || la >= sizeof(a) || lb >= sizeof(b))
        return 0;
    memcpy(a, word, la);
    a[la] = '\0';
    memcpy(b, plus + 1, lb + 1);
    /* "SIG+HASH" or "HASH+SIG" */
    return pair_code(a, b, code, supported) || pair_code(b, a, code, supported);
}

/* 1 and the supported schemes in order, or 0 (nothing queued) for a list OpenSSL would reject. */
int mbs_sigalgs_parse(const char *str, mbs_id_list *out)
{
    if (str == NULL) {
        mbs_err_push(ERR_LIB_CONF, CONF_R_LIST_CANNOT_BE_NULL, __FILE__, __LINE__, __func__);
        return 0;
    }
    size_t n = 1;
    for (const char *p = str; *p; p++)
        n += *p == ':';
    mbs_id_list l = {0};
    uint16_t *seen = OPENSSL_malloc(n * sizeof(uint16_t));
    if ((l.ids = malloc(n * sizeof(uint16_t))) == NULL || seen == NULL) {
        free(l.ids);
        OPENSSL_free(seen);
        return 0;
    }
    size_t nseen = 0;
    int ok = 1;
    for (const char *p = str;; p++) {
        const char *e = strchr(p, ':');
        size_t len = e != NULL ? (size_t)(e - p) : strlen(p);
        while (len > 0 && isspace((unsigned char)*p)) {
            p++;
            len--;
        }
        while (len > 0 && isspace((unsigned char)p[len - 1]))
            len--;
        char word[64];
        uint16_t code;
        int supported;
        if (len == 0 || len >= sizeof(word)) {
            ok = 0;
            break;
        }
        memcpy(word, p, len);
        word[len] = '\0';
        if (!lookup(word, &code, &supported)) {
            ok = 0;
            break;
        }
        for (size_t i = 0; i < nseen; i++)
            ok &= seen[i] != code; /* a scheme named twice, under either spelling */
        if (!ok)
            break;
        seen[nseen++] = code;
        if (supported)
            l.ids[l.n++] = code;
        if (e == NULL)
            break;
        p = e;
    }
    OPENSSL_free(seen);
    if (!ok) {
        free(l.ids);
        return 0;
    }
    *out = l;
    return 1;
}
