/*
 * Signature-algorithm lists (SSL_CTX_set1_sigalgs_list and friends): OpenSSL's names, either the TLS 1.3
 * scheme names ("rsa_pss_rsae_sha256") or "SIG+HASH" pairs ("ECDSA+SHA256"), to IANA SignatureScheme
 * codes, which Mbed TLS uses too. Schemes OpenSSL knows but Mbed TLS cannot do (EdDSA) are accepted and
 * left out, so a list OpenSSL accepts is accepted here.
 */
#include <string.h>
#include <strings.h>

#include "ssl/ssl_local.h"

static const struct {
    const char *name; /* TLS 1.3 name */
    const char *pair; /* OpenSSL SIG+HASH spelling, or NULL */
    uint16_t code;
    int supported; /* by our Mbed TLS configuration */
} schemes[] = {
    {"ecdsa_secp256r1_sha256", "ECDSA+SHA256", 0x0403, 1},
    {"ecdsa_secp384r1_sha384", "ECDSA+SHA384", 0x0503, 1},
    {"ecdsa_secp521r1_sha512", "ECDSA+SHA512", 0x0603, 1},
    {"ecdsa_sha224", "ECDSA+SHA224", 0x0303, 0},
    {"ecdsa_sha1", "ECDSA+SHA1", 0x0203, 1},
    {"ed25519", NULL, 0x0807, 0},
    {"ed448", NULL, 0x0808, 0},
    {"rsa_pss_rsae_sha256", "RSA-PSS+SHA256", 0x0804, 1},
    {"rsa_pss_rsae_sha384", "RSA-PSS+SHA384", 0x0805, 1},
    {"rsa_pss_rsae_sha512", "RSA-PSS+SHA512", 0x0806, 1},
    {"rsa_pss_pss_sha256", NULL, 0x0809, 0},
    {"rsa_pss_pss_sha384", NULL, 0x080a, 0},
    {"rsa_pss_pss_sha512", NULL, 0x080b, 0},
    {"rsa_pkcs1_sha256", "RSA+SHA256", 0x0401, 1},
    {"rsa_pkcs1_sha384", "RSA+SHA384", 0x0501, 1},
    {"rsa_pkcs1_sha512", "RSA+SHA512", 0x0601, 1},
    {"rsa_pkcs1_sha224", "RSA+SHA224", 0x0301, 0},
    {"rsa_pkcs1_sha1", "RSA+SHA1", 0x0201, 1},
};

static int lookup(const char *tok, size_t len, uint16_t *code, int *supported)
{
    char word[64];
    if (len == 0 || len >= sizeof(word))
        return 0;
    memcpy(word, tok, len);
    word[len] = '\0';
    /* "PSS+SHA256" is OpenSSL's other spelling of RSA-PSS+SHA256 */
    if (strncasecmp(word, "PSS+", 4) == 0) {
        memmove(word + 4, word, len + 1);
        memcpy(word, "RSA-", 4);
    }
    for (size_t i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++) {
        if (strcmp(word, schemes[i].name) == 0 ||
            (schemes[i].pair != NULL && strcasecmp(word, schemes[i].pair) == 0)) {
            *code = schemes[i].code;
            *supported = schemes[i].supported;
            return 1;
        }
    }
    return 0;
}

/* 1 and the supported schemes in order, or 0 for a list OpenSSL would reject. */
int mbs_sigalgs_parse(const char *str, mbs_id_list *out)
{
    mbs_id_list l = {0};
    size_t n = 1;
    for (const char *p = str; *p; p++)
        n += *p == ':';
    if ((l.ids = OPENSSL_malloc(n * sizeof(uint16_t))) == NULL)
        return 0;
    const char *p = str;
    for (;;) {
        const char *e = strchr(p, ':');
        size_t len = e != NULL ? (size_t)(e - p) : strlen(p);
        uint16_t code;
        int supported;
        if (!lookup(p, len, &code, &supported)) {
            OPENSSL_free(l.ids);
            return 0;
        }
        int dup = 0;
        for (size_t i = 0; i < l.n; i++)
            dup |= l.ids[i] == code;
        if (supported && !dup)
            l.ids[l.n++] = code;
        if (e == NULL)
            break;
        p = e + 1;
    }
    *out = l;
    return 1;
}
