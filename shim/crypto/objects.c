/* OBJ_* and ASN1_OBJECT: a static table of the objects TLS applications name (NIDs, short and long names
 * and OIDs as in OpenSSL 3.0's obj_mac.h), plus dynamic objects for OIDs outside it. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/objects.h>

#include "crypto/x509_local.h"

struct obj_entry {
    int nid;
    const char *sn, *ln;
    int len;
    const char *der;
};

/* nid, short name, long name, OID contents octets */
static const struct obj_entry obj_table[] = {
    {0, "UNDEF", "undefined", 0, ""},
    {14, "C", "countryName", 3, "\x55\x04\x06"},
    {16, "ST", "stateOrProvinceName", 3, "\x55\x04\x08"},
    {15, "L", "localityName", 3, "\x55\x04\x07"},
    {17, "O", "organizationName", 3, "\x55\x04\x0a"},
    {18, "OU", "organizationalUnitName", 3, "\x55\x04\x0b"},
    {13, "CN", "commonName", 3, "\x55\x04\x03"},
    {48, "emailAddress", "emailAddress", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x09\x01"},
    {105, "serialNumber", "serialNumber", 3, "\x55\x04\x05"},
    {100, "SN", "surname", 3, "\x55\x04\x04"},
    {99, "GN", "givenName", 3, "\x55\x04\x2a"},
    {106, "title", "title", 3, "\x55\x04\x0c"},
    {101, "initials", "initials", 3, "\x55\x04\x2b"},
    {509, "generationQualifier", "generationQualifier", 3, "\x55\x04\x2c"},
    {174, "dnQualifier", "dnQualifier", 3, "\x55\x04\x2e"},
    {510, "pseudonym", "pseudonym", 3, "\x55\x04\x41"},
    {391, "DC", "domainComponent", 10, "\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x19"},
    {458, "UID", "userId", 10, "\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x01"},
    {660, "street", "streetAddress", 3, "\x55\x04\x09"},
    {661, "postalCode", "postalCode", 3, "\x55\x04\x11"},
    {860, "businessCategory", "businessCategory", 3, "\x55\x04\x0f"},
    {957, "jurisdictionC", "jurisdictionCountryName", 11, "\x2b\x06\x01\x04\x01\x82\x37\x3c\x02\x01\x03"},
    {956, "jurisdictionST", "jurisdictionStateOrProvinceName", 11, "\x2b\x06\x01\x04\x01\x82\x37\x3c\x02\x01\x02"},
    {955, "jurisdictionL", "jurisdictionLocalityName", 11, "\x2b\x06\x01\x04\x01\x82\x37\x3c\x02\x01\x01"},
    {173, "name", "name", 3, "\x55\x04\x29"},
    {107, "description", "description", 3, "\x55\x04\x0d"},
    {861, "postalAddress", "postalAddress", 3, "\x55\x04\x10"},
    {1089, "organizationIdentifier", "organizationIdentifier", 3, "\x55\x04\x61"},
    {85, "subjectAltName", "X509v3 Subject Alternative Name", 3, "\x55\x1d\x11"},
    {86, "issuerAltName", "X509v3 Issuer Alternative Name", 3, "\x55\x1d\x12"},
    {87, "basicConstraints", "X509v3 Basic Constraints", 3, "\x55\x1d\x13"},
    {83, "keyUsage", "X509v3 Key Usage", 3, "\x55\x1d\x0f"},
    {126, "extendedKeyUsage", "X509v3 Extended Key Usage", 3, "\x55\x1d\x25"},
    {82, "subjectKeyIdentifier", "X509v3 Subject Key Identifier", 3, "\x55\x1d\x0e"},
    {90, "authorityKeyIdentifier", "X509v3 Authority Key Identifier", 3, "\x55\x1d\x23"},
    {103, "crlDistributionPoints", "X509v3 CRL Distribution Points", 3, "\x55\x1d\x1f"},
    {177, "authorityInfoAccess", "Authority Information Access", 8, "\x2b\x06\x01\x05\x05\x07\x01\x01"},
    {89, "certificatePolicies", "X509v3 Certificate Policies", 3, "\x55\x1d\x20"},
    {666, "nameConstraints", "X509v3 Name Constraints", 3, "\x55\x1d\x1e"},
    {401, "policyConstraints", "X509v3 Policy Constraints", 3, "\x55\x1d\x24"},
    {748, "inhibitAnyPolicy", "X509v3 Inhibit Any Policy", 3, "\x55\x1d\x36"},
    {71, "nsCertType", "Netscape Cert Type", 9, "\x60\x86\x48\x01\x86\xf8\x42\x01\x01"},
    {78, "nsComment", "Netscape Comment", 9, "\x60\x86\x48\x01\x86\xf8\x42\x01\x0d"},
    {951, "ct_precert_scts", "CT Precertificate SCTs", 10, "\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x02"},
    {1020, "tlsfeature", "TLS Feature", 8, "\x2b\x06\x01\x05\x05\x07\x01\x18"},
    {129, "serverAuth", "TLS Web Server Authentication", 8, "\x2b\x06\x01\x05\x05\x07\x03\x01"},
    {130, "clientAuth", "TLS Web Client Authentication", 8, "\x2b\x06\x01\x05\x05\x07\x03\x02"},
    {131, "codeSigning", "Code Signing", 8, "\x2b\x06\x01\x05\x05\x07\x03\x03"},
    {132, "emailProtection", "E-mail Protection", 8, "\x2b\x06\x01\x05\x05\x07\x03\x04"},
    {133, "timeStamping", "Time Stamping", 8, "\x2b\x06\x01\x05\x05\x07\x03\x08"},
    {180, "OCSPSigning", "OCSP Signing", 8, "\x2b\x06\x01\x05\x05\x07\x03\x09"},
    {910, "anyExtendedKeyUsage", "Any Extended Key Usage", 4, "\x55\x1d\x25\x00"},
    {178, "OCSP", "OCSP", 8, "\x2b\x06\x01\x05\x05\x07\x30\x01"},
    {179, "caIssuers", "CA Issuers", 8, "\x2b\x06\x01\x05\x05\x07\x30\x02"},
    {746, "anyPolicy", "X509v3 Any Policy", 4, "\x55\x1d\x20\x00"},
    {6, "rsaEncryption", "rsaEncryption", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01"},
    {912, "RSASSA-PSS", "rsassaPss", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0a"},
    {919, "RSAES-OAEP", "rsaesOaep", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x07"},
    {911, "MGF1", "mgf1", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x08"},
    {408, "id-ecPublicKey", "id-ecPublicKey", 7, "\x2a\x86\x48\xce\x3d\x02\x01"},
    {28, "dhKeyAgreement", "dhKeyAgreement", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x03\x01"},
    {116, "DSA", "dsaEncryption", 7, "\x2a\x86\x48\xce\x38\x04\x01"},
    {1087, "ED25519", "ED25519", 3, "\x2b\x65\x70"},
    {1088, "ED448", "ED448", 3, "\x2b\x65\x71"},
    {1034, "X25519", "X25519", 3, "\x2b\x65\x6e"},
    {1035, "X448", "X448", 3, "\x2b\x65\x6f"},
    {4, "MD5", "md5", 8, "\x2a\x86\x48\x86\xf7\x0d\x02\x05"},
    {64, "SHA1", "sha1", 5, "\x2b\x0e\x03\x02\x1a"},
    {675, "SHA224", "sha224", 9, "\x60\x86\x48\x01\x65\x03\x04\x02\x04"},
    {672, "SHA256", "sha256", 9, "\x60\x86\x48\x01\x65\x03\x04\x02\x01"},
    {673, "SHA384", "sha384", 9, "\x60\x86\x48\x01\x65\x03\x04\x02\x02"},
    {674, "SHA512", "sha512", 9, "\x60\x86\x48\x01\x65\x03\x04\x02\x03"},
    {1097, "SHA3-256", "sha3-256", 9, "\x60\x86\x48\x01\x65\x03\x04\x02\x08"},
    {1098, "SHA3-384", "sha3-384", 9, "\x60\x86\x48\x01\x65\x03\x04\x02\x09"},
    {1099, "SHA3-512", "sha3-512", 9, "\x60\x86\x48\x01\x65\x03\x04\x02\x0a"},
    {8, "RSA-MD5", "md5WithRSAEncryption", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x04"},
    {65, "RSA-SHA1", "sha1WithRSAEncryption", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x05"},
    {671, "RSA-SHA224", "sha224WithRSAEncryption", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0e"},
    {668, "RSA-SHA256", "sha256WithRSAEncryption", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b"},
    {669, "RSA-SHA384", "sha384WithRSAEncryption", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0c"},
    {670, "RSA-SHA512", "sha512WithRSAEncryption", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0d"},
    {416, "ecdsa-with-SHA1", "ecdsa-with-SHA1", 7, "\x2a\x86\x48\xce\x3d\x04\x01"},
    {793, "ecdsa-with-SHA224", "ecdsa-with-SHA224", 8, "\x2a\x86\x48\xce\x3d\x04\x03\x01"},
    {794, "ecdsa-with-SHA256", "ecdsa-with-SHA256", 8, "\x2a\x86\x48\xce\x3d\x04\x03\x02"},
    {795, "ecdsa-with-SHA384", "ecdsa-with-SHA384", 8, "\x2a\x86\x48\xce\x3d\x04\x03\x03"},
    {796, "ecdsa-with-SHA512", "ecdsa-with-SHA512", 8, "\x2a\x86\x48\xce\x3d\x04\x03\x04"},
    {803, "dsa_with_SHA256", "dsa_with_SHA256", 9, "\x60\x86\x48\x01\x65\x03\x04\x03\x02"},
    {415, "prime256v1", "prime256v1", 8, "\x2a\x86\x48\xce\x3d\x03\x01\x07"},
    {715, "secp384r1", "secp384r1", 5, "\x2b\x81\x04\x00\x22"},
    {716, "secp521r1", "secp521r1", 5, "\x2b\x81\x04\x00\x23"},
    {714, "secp256k1", "secp256k1", 5, "\x2b\x81\x04\x00\x0a"},
    {163, "hmacWithSHA1", "hmacWithSHA1", 8, "\x2a\x86\x48\x86\xf7\x0d\x02\x07"},
    {799, "hmacWithSHA256", "hmacWithSHA256", 8, "\x2a\x86\x48\x86\xf7\x0d\x02\x09"},
    {800, "hmacWithSHA384", "hmacWithSHA384", 8, "\x2a\x86\x48\x86\xf7\x0d\x02\x0a"},
    {801, "hmacWithSHA512", "hmacWithSHA512", 8, "\x2a\x86\x48\x86\xf7\x0d\x02\x0b"},
    {161, "PBES2", "PBES2", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d"},
    {69, "PBKDF2", "PBKDF2", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0c"},
    {146, "PBE-SHA1-3DES", "pbeWithSHA1And3-KeyTripleDES-CBC", 10, "\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x03"},
    {44, "DES-EDE3-CBC", "des-ede3-cbc", 8, "\x2a\x86\x48\x86\xf7\x0d\x03\x07"},
    {419, "AES-128-CBC", "aes-128-cbc", 9, "\x60\x86\x48\x01\x65\x03\x04\x01\x02"},
    {423, "AES-192-CBC", "aes-192-cbc", 9, "\x60\x86\x48\x01\x65\x03\x04\x01\x16"},
    {427, "AES-256-CBC", "aes-256-cbc", 9, "\x60\x86\x48\x01\x65\x03\x04\x01\x2a"},
    {895, "id-aes128-GCM", "aes-128-gcm", 9, "\x60\x86\x48\x01\x65\x03\x04\x01\x06"},
    {901, "id-aes256-GCM", "aes-256-gcm", 9, "\x60\x86\x48\x01\x65\x03\x04\x01\x2e"},
    {21, "pkcs7-data", "pkcs7-data", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01"},
    {22, "pkcs7-signedData", "pkcs7-signedData", 9, "\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02"},
    {649, "msUPN", "Microsoft User Principal Name", 10, "\x2b\x06\x01\x04\x01\x82\x37\x14\x02\x03"},
    {1208, "id-on-SmtpUTF8Mailbox", "Smtp UTF8 Mailbox", 8, "\x2b\x06\x01\x05\x05\x07\x08\x09"},
    {648, "msSmartcardLogin", "Microsoft Smartcard Login", 10, "\x2b\x06\x01\x04\x01\x82\x37\x14\x02\x02"},
    {365, "basicOCSPResponse", "Basic OCSP Response", 9, "\x2b\x06\x01\x05\x05\x07\x30\x01\x01"},
    {366, "Nonce", "OCSP Nonce", 9, "\x2b\x06\x01\x05\x05\x07\x30\x01\x02"},
};

#define OBJ_COUNT (sizeof(obj_table) / sizeof(obj_table[0]))

/* Constant ASN1_OBJECTs handed out by OBJ_nid2obj, built once from obj_table. */
static struct asn1_object_st obj_static[OBJ_COUNT];
static pthread_once_t obj_once = PTHREAD_ONCE_INIT;

static void obj_init(void)
{
    for (size_t i = 0; i < OBJ_COUNT; i++) {
        obj_static[i].nid = obj_table[i].nid;
        obj_static[i].sn = obj_table[i].sn;
        obj_static[i].ln = obj_table[i].ln;
        obj_static[i].der = (unsigned char *)obj_table[i].der;
        obj_static[i].len = (size_t)obj_table[i].len;
        obj_static[i].dynamic = 0;
    }
}

static const struct obj_entry *by_nid(int nid)
{
    for (size_t i = 0; i < OBJ_COUNT; i++)
        if (obj_table[i].nid == nid)
            return &obj_table[i];
    return NULL;
}

static const struct obj_entry *by_der(const unsigned char *der, size_t len)
{
    for (size_t i = 1; i < OBJ_COUNT; i++)
        if ((size_t)obj_table[i].len == len && memcmp(obj_table[i].der, der, len) == 0)
            return &obj_table[i];
    return NULL;
}

MBS_API ASN1_OBJECT *OBJ_nid2obj(int n)
{
    const struct obj_entry *e = by_nid(n);
    if (e == NULL)
        return NULL; /* OpenSSL 3.0 leaves no error for an unknown NID here */
    pthread_once(&obj_once, obj_init);
    return &obj_static[e - obj_table];
}

MBS_API const char *OBJ_nid2sn(int n)
{
    const struct obj_entry *e = by_nid(n);
    if (e == NULL)
        return NULL; /* OpenSSL 3.0 leaves no error for an unknown NID here */
    return e->sn;
}

MBS_API const char *OBJ_nid2ln(int n)
{
    const struct obj_entry *e = by_nid(n);
    if (e == NULL)
        return NULL; /* OpenSSL 3.0 leaves no error for an unknown NID here */
    return e->ln;
}

MBS_API int OBJ_sn2nid(const char *s)
{
    if (s == NULL)
        return NID_undef;
    for (size_t i = 0; i < OBJ_COUNT; i++)
        if (strcmp(obj_table[i].sn, s) == 0)
            return obj_table[i].nid;
    return NID_undef;
}

MBS_API int OBJ_ln2nid(const char *s)
{
    if (s == NULL)
        return NID_undef;
    for (size_t i = 0; i < OBJ_COUNT; i++)
        if (strcmp(obj_table[i].ln, s) == 0)
            return obj_table[i].nid;
    return NID_undef;
}

MBS_API int OBJ_obj2nid(const ASN1_OBJECT *o)
{
    if (o == NULL)
        return NID_undef;
    if (o->nid != NID_undef)
        return o->nid;
    const struct obj_entry *e = by_der(o->der, o->len);
    return e ? e->nid : NID_undef;
}

/* Dotted numeric text to OID contents octets; returns the length or -1. */
static int dotted_to_der(const char *s, unsigned char *out, size_t outlen)
{
    unsigned long arcs[64];
    int n = 0;
    const char *p = s;
    while (*p) {
        if (!isdigit((unsigned char)*p) || n == 64)
            return -1;
        char *end;
        unsigned long v = strtoul(p, &end, 10);
        arcs[n++] = v;
        if (*end == '.')
            p = end + 1;
        else if (*end == '\0')
            p = end;
        else
            return -1;
        if (*end == '.' && *p == '\0')
            return -1;
    }
    if (n < 2 || arcs[0] > 2 || (arcs[0] < 2 && arcs[1] > 39))
        return -1;
    size_t l = 0;
    for (int i = 1; i < n; i++) {
        unsigned long v = i == 1 ? arcs[0] * 40 + arcs[1] : arcs[i];
        unsigned char tmp[10];
        int k = 0;
        do {
            tmp[k++] = v & 0x7f;
            v >>= 7;
        } while (v);
        if (l + (size_t)k > outlen)
            return -1;
        while (k--)
            out[l++] = tmp[k] | (k ? 0x80 : 0);
    }
    return (int)l;
}

int mbs_oid_to_dotted(const unsigned char *der, size_t len, char *buf, size_t buflen)
{
    char tmp[512];
    size_t t = 0;
    unsigned long v = 0;
    int first = 1;
    for (size_t i = 0; i < len; i++) {
        v = (v << 7) | (der[i] & 0x7f);
        if (der[i] & 0x80)
            continue;
        int w;
        if (first) {
            unsigned long a = v < 80 ? v / 40 : 2;
            w = snprintf(tmp + t, sizeof(tmp) - t, "%lu.%lu", a, v - a * 40);
            first = 0;
        } else {
            w = snprintf(tmp + t, sizeof(tmp) - t, ".%lu", v);
        }
        if (w < 0 || (size_t)w >= sizeof(tmp) - t)
            break;
        t += (size_t)w;
        v = 0;
    }
    tmp[t] = '\0';
    if (buf != NULL && buflen > 0)
        snprintf(buf, buflen, "%s", tmp);
    return (int)t;
}

MBS_API int OBJ_txt2nid(const char *s)
{
    int nid = OBJ_sn2nid(s);
    if (nid == NID_undef)
        nid = OBJ_ln2nid(s);
    if (nid == NID_undef && s != NULL) {
        unsigned char der[128];
        int l = dotted_to_der(s, der, sizeof(der));
        const struct obj_entry *e = l > 0 ? by_der(der, (size_t)l) : NULL;
        if (e != NULL)
            nid = e->nid;
        else if (l <= 0)
            ERR_raise(ERR_LIB_OBJ, OBJ_R_UNKNOWN_OBJECT_NAME);
    }
    return nid;
}

ASN1_OBJECT *mbs_obj_from_der(const unsigned char *der, size_t len)
{
    const struct obj_entry *e = by_der(der, len);
    if (e != NULL)
        return OBJ_nid2obj(e->nid);
    ASN1_OBJECT *o = OPENSSL_zalloc(sizeof(*o));
    if (o == NULL)
        return NULL;
    o->der = OPENSSL_malloc(len ? len : 1);
    if (o->der == NULL) {
        OPENSSL_free(o);
        return NULL;
    }
    memcpy(o->der, der, len);
    o->len = len;
    o->dynamic = 1;
    return o;
}

MBS_API ASN1_OBJECT *OBJ_txt2obj(const char *s, int no_name)
{
    if (s == NULL)
        return NULL;
    if (!no_name) {
        int nid = OBJ_sn2nid(s);
        if (nid == NID_undef)
            nid = OBJ_ln2nid(s);
        if (nid != NID_undef)
            return OBJ_nid2obj(nid);
    }
    unsigned char der[128];
    int l = dotted_to_der(s, der, sizeof(der));
    if (l <= 0) {
        /* unknown names and malformed dotted text, reported as OpenSSL 3.0 does */
        if (!no_name && !(s[0] >= '0' && s[0] <= '9'))
            ERR_raise(ERR_LIB_OBJ, OBJ_R_UNKNOWN_OBJECT_NAME);
        else
            ERR_raise(ERR_LIB_ASN1, ASN1_R_FIRST_NUM_TOO_LARGE);
        return NULL;
    }
    return mbs_obj_from_der(der, (size_t)l);
}

MBS_API int OBJ_obj2txt(char *buf, int buf_len, const ASN1_OBJECT *a, int no_name)
{
    if (buf != NULL && buf_len > 0)
        buf[0] = '\0';
    if (a == NULL || (a->len == 0 && a->nid == NID_undef))
        return 0;
    if (!no_name) {
        int nid = OBJ_obj2nid(a);
        const struct obj_entry *e = nid != NID_undef ? by_nid(nid) : NULL;
        if (e != NULL) {
            const char *s = e->ln ? e->ln : e->sn;
            if (buf != NULL && buf_len > 0)
                snprintf(buf, (size_t)buf_len, "%s", s);
            return (int)strlen(s);
        }
    }
    return mbs_oid_to_dotted(a->der, a->len, buf_len > 0 ? buf : NULL, buf_len > 0 ? (size_t)buf_len : 0);
}

MBS_API int OBJ_cmp(const ASN1_OBJECT *a, const ASN1_OBJECT *b)
{
    if (a == NULL || b == NULL)
        return a == b ? 0 : (a == NULL ? -1 : 1);
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    return a->len ? memcmp(a->der, b->der, a->len) : 0;
}

MBS_API ASN1_OBJECT *OBJ_dup(const ASN1_OBJECT *o)
{
    if (o == NULL)
        return NULL;
    if (!o->dynamic)
        return (ASN1_OBJECT *)o;
    return mbs_obj_from_der(o->der, o->len);
}

MBS_API void ASN1_OBJECT_free(ASN1_OBJECT *a)
{
    if (a == NULL || !a->dynamic)
        return;
    OPENSSL_free(a->der);
    OPENSSL_free(a);
}

MBS_API size_t OBJ_length(const ASN1_OBJECT *obj)
{
    return obj ? obj->len : 0;
}

MBS_API const unsigned char *OBJ_get0_data(const ASN1_OBJECT *obj)
{
    return obj ? obj->der : NULL;
}

MBS_API int i2t_ASN1_OBJECT(char *buf, int buf_len, const ASN1_OBJECT *a)
{
    return OBJ_obj2txt(buf, buf_len, a, 0);
}

MBS_API int i2a_ASN1_OBJECT(BIO *bp, const ASN1_OBJECT *a)
{
    if (a == NULL || a->len == 0)
        return BIO_write(bp, "NULL", 4);
    char buf[128];
    int n = i2t_ASN1_OBJECT(buf, sizeof(buf), a);
    if (n > (int)sizeof(buf) - 1)
        n = (int)sizeof(buf) - 1;
    return BIO_write(bp, buf, n);
}
