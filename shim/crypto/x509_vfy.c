/* X509_STORE, X509_LOOKUP (file and hashed directory), X509_VERIFY_PARAM, X509_STORE_CTX and
 * X509_verify_cert. Chains are built here (trusted store first, then the untrusted certificates) and
 * checked in OpenSSL 3.0's order -- chain building, extensions/purpose, key strength, host/email/IP,
 * then signatures and validity from the top down -- so the verify callback sees the same (ok, error,
 * depth, certificate) sequence as with OpenSSL. Mbed TLS parses certificates and checks signatures. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <openssl/err.h>
#include <openssl/rsaerr.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include "crypto/x509_local.h"

int mbs_parse_ip(const char *s, unsigned char out[16]);

/* Strings of X509_verify_cert_error_string, as OpenSSL 3.0 words them. */
static const struct {
    int code;
    const char *text;
} verify_errors[] = {
    {0, "ok"},
    {1, "unspecified certificate verification error"},
    {2, "unable to get issuer certificate"},
    {3, "unable to get certificate CRL"},
    {4, "unable to decrypt certificate's signature"},
    {5, "unable to decrypt CRL's signature"},
    {6, "unable to decode issuer public key"},
    {7, "certificate signature failure"},
    {8, "CRL signature failure"},
    {9, "certificate is not yet valid"},
    {10, "certificate has expired"},
    {11, "CRL is not yet valid"},
    {12, "CRL has expired"},
    {13, "format error in certificate's notBefore field"},
    {14, "format error in certificate's notAfter field"},
    {15, "format error in CRL's lastUpdate field"},
    {16, "format error in CRL's nextUpdate field"},
    {17, "out of memory"},
    {18, "self-signed certificate"},
    {19, "self-signed certificate in certificate chain"},
    {20, "unable to get local issuer certificate"},
    {21, "unable to verify the first certificate"},
    {22, "certificate chain too long"},
    {23, "certificate revoked"},
    {24, "issuer certificate doesn't have a public key"},
    {25, "path length constraint exceeded"},
    {26, "unsuitable certificate purpose"},
    {27, "certificate not trusted"},
    {28, "certificate rejected"},
    {29, "subject issuer mismatch"},
    {30, "authority and subject key identifier mismatch"},
    {31, "authority and issuer serial number mismatch"},
    {32, "key usage does not include certificate signing"},
    {33, "unable to get CRL issuer certificate"},
    {34, "unhandled critical extension"},
    {35, "key usage does not include CRL signing"},
    {36, "unhandled critical CRL extension"},
    {37, "invalid non-CA certificate (has CA markings)"},
    {38, "proxy path length constraint exceeded"},
    {39, "key usage does not include digital signature"},
    {40, "proxy certificates not allowed, please set the appropriate flag"},
    {41, "invalid or inconsistent certificate extension"},
    {42, "invalid or inconsistent certificate policy extension"},
    {43, "no explicit policy"},
    {44, "different CRL scope"},
    {45, "unsupported extension feature"},
    {46, "RFC 3779 resource not subset of parent's resources"},
    {47, "permitted subtree violation"},
    {48, "excluded subtree violation"},
    {49, "name constraints minimum and maximum not supported"},
    {50, "application verification failure"},
    {51, "unsupported name constraint type"},
    {52, "unsupported or invalid name constraint syntax"},
    {53, "unsupported or invalid name syntax"},
    {54, "CRL path validation error"},
    {55, "path loop"},
    {56, "Suite B: certificate version invalid"},
    {57, "Suite B: invalid public key algorithm"},
    {58, "Suite B: invalid ECC curve"},
    {59, "Suite B: invalid signature algorithm"},
    {60, "Suite B: curve not allowed for this LOS"},
    {61, "Suite B: cannot sign P-384 with P-256"},
    {62, "hostname mismatch"},
    {63, "email address mismatch"},
    {64, "IP address mismatch"},
    {65, "no matching DANE TLSA records"},
    {66, "EE certificate key too weak"},
    {67, "CA certificate key too weak"},
    {68, "CA signature digest algorithm too weak"},
    {69, "invalid certificate verification context"},
    {70, "issuer certificate lookup error"},
    {71, "Certificate Transparency required, but no valid SCTs found"},
    {72, "proxy subject name violation"},
    {73, "OCSP verification needed"},
    {74, "OCSP verification failed"},
    {75, "OCSP unknown cert"},
    {76, "Cannot find certificate signature algorithm"},
    {77, "subject signature algorithm and issuer public key algorithm mismatch"},
    {78, "cert info signature and signature algorithm mismatch"},
    {79, "invalid CA certificate"},
    {80, "Path length invalid for non-CA cert"},
    {81, "Path length given without key usage keyCertSign"},
    {82, "Key usage keyCertSign invalid for non-CA cert"},
    {83, "Issuer name empty"},
    {84, "Subject name empty"},
    {85, "Missing Authority Key Identifier"},
    {86, "Missing Subject Key Identifier"},
    {87, "Empty Subject Alternative Name extension"},
    {88, "Subject empty and Subject Alt Name extension not critical"},
    {89, "Basic Constraints of CA cert not marked critical"},
    {90, "Authority Key Identifier marked critical"},
    {91, "Subject Key Identifier marked critical"},
    {92, "CA cert does not include key usage extension"},
    {93, "Using cert extension requires at least X509v3"},
    {94, "Certificate public key has explicit ECC parameters"},
};

MBS_API const char *X509_verify_cert_error_string(long n)
{
    for (size_t i = 0; i < sizeof(verify_errors) / sizeof(verify_errors[0]); i++)
        if (verify_errors[i].code == n)
            return verify_errors[i].text;
    return "unknown certificate verification error";
}

/* ---- X509_VERIFY_PARAM ---- */

static void param_zero(X509_VERIFY_PARAM *p)
{
    p->depth = -1;
    p->auth_level = -1;
    p->trust = X509_TRUST_DEFAULT;
    p->purpose = 0;
    p->check_time = 0;
    p->flags = 0;
    p->inh_flags = 0;
}

static void hosts_clear(X509_VERIFY_PARAM *p)
{
    for (int i = 0; i < p->nhosts; i++)
        OPENSSL_free(p->hosts[i]);
    OPENSSL_free(p->hosts);
    p->hosts = NULL;
    p->nhosts = 0;
}

MBS_API X509_VERIFY_PARAM *X509_VERIFY_PARAM_new(void)
{
    X509_VERIFY_PARAM *p = OPENSSL_zalloc(sizeof(*p));
    if (p == NULL)
        return NULL;
    param_zero(p);
    return p;
}

MBS_API void X509_VERIFY_PARAM_free(X509_VERIFY_PARAM *p)
{
    if (p == NULL)
        return;
    hosts_clear(p);
    OPENSSL_free(p->name);
    OPENSSL_free(p->peername);
    OPENSSL_free(p->email);
    OPENSSL_free(p->ip);
    OPENSSL_free(p);
}

MBS_API int X509_VERIFY_PARAM_set1_name(X509_VERIFY_PARAM *p, const char *name)
{
    OPENSSL_free(p->name);
    p->name = name ? OPENSSL_strdup(name) : NULL;
    return name == NULL || p->name != NULL;
}

MBS_API const char *X509_VERIFY_PARAM_get0_name(const X509_VERIFY_PARAM *p)
{
    return p->name;
}

static int host_add(X509_VERIFY_PARAM *p, const char *name, size_t len)
{
    if (name == NULL)
        return 1;
    if (len == 0)
        len = strlen(name);
    if (len > 0 && name[len - 1] == '\0')
        len--;
    if (len == 0 || memchr(name, '\0', len) != NULL)
        return len == 0;
    char *h = OPENSSL_strndup(name, len);
    char **g = OPENSSL_realloc(p->hosts, sizeof(char *) * (size_t)(p->nhosts + 1));
    if (h == NULL || g == NULL) {
        OPENSSL_free(h);
        if (g != NULL)
            p->hosts = g;
        return 0;
    }
    p->hosts = g;
    p->hosts[p->nhosts++] = h;
    return 1;
}

MBS_API int X509_VERIFY_PARAM_set1_host(X509_VERIFY_PARAM *p, const char *name, size_t namelen)
{
    if (name != NULL && namelen != 0 && memchr(name, '\0', namelen > 1 ? namelen - 1 : namelen) != NULL)
        return 0;
    hosts_clear(p);
    return host_add(p, name, namelen);
}

MBS_API int X509_VERIFY_PARAM_add1_host(X509_VERIFY_PARAM *p, const char *name, size_t namelen)
{
    if (name != NULL && namelen != 0 && memchr(name, '\0', namelen > 1 ? namelen - 1 : namelen) != NULL)
        return 0;
    return host_add(p, name, namelen);
}

MBS_API char *X509_VERIFY_PARAM_get0_host(X509_VERIFY_PARAM *p, int idx)
{
    return (idx >= 0 && idx < p->nhosts) ? p->hosts[idx] : NULL;
}

MBS_API void X509_VERIFY_PARAM_set_hostflags(X509_VERIFY_PARAM *p, unsigned int flags)
{
    p->hostflags = flags;
}

MBS_API unsigned int X509_VERIFY_PARAM_get_hostflags(const X509_VERIFY_PARAM *p)
{
    return p->hostflags;
}

MBS_API char *X509_VERIFY_PARAM_get0_peername(const X509_VERIFY_PARAM *p)
{
    return p->peername;
}

MBS_API void X509_VERIFY_PARAM_move_peername(X509_VERIFY_PARAM *to, X509_VERIFY_PARAM *from)
{
    char *peer = from ? from->peername : NULL;
    if (to->peername != peer) {
        OPENSSL_free(to->peername);
        to->peername = peer;
    }
    if (from)
        from->peername = NULL;
}

MBS_API int X509_VERIFY_PARAM_set1_email(X509_VERIFY_PARAM *p, const char *email, size_t emaillen)
{
    if (email != NULL && emaillen == 0)
        emaillen = strlen(email);
    if (email != NULL && memchr(email, '\0', emaillen) != NULL)
        return 0;
    OPENSSL_free(p->email);
    p->email = email ? OPENSSL_strndup(email, emaillen) : NULL;
    p->emaillen = email ? emaillen : 0;
    return email == NULL || p->email != NULL;
}

MBS_API char *X509_VERIFY_PARAM_get0_email(X509_VERIFY_PARAM *p)
{
    return p->email;
}

MBS_API int X509_VERIFY_PARAM_set1_ip(X509_VERIFY_PARAM *p, const unsigned char *ip, size_t iplen)
{
    if (ip != NULL && iplen != 4 && iplen != 16)
        return 0;
    OPENSSL_free(p->ip);
    p->ip = NULL;
    p->iplen = 0;
    if (ip != NULL) {
        p->ip = OPENSSL_memdup(ip, iplen);
        if (p->ip == NULL)
            return 0;
        p->iplen = iplen;
    }
    return 1;
}

MBS_API int X509_VERIFY_PARAM_set1_ip_asc(X509_VERIFY_PARAM *p, const char *ipasc)
{
    unsigned char ip[16];
    int len = mbs_parse_ip(ipasc, ip);
    if (len == 0)
        return 0;
    return X509_VERIFY_PARAM_set1_ip(p, ip, (size_t)len);
}

MBS_API int X509_VERIFY_PARAM_set_flags(X509_VERIFY_PARAM *p, unsigned long flags)
{
    p->flags |= flags;
    if (flags & X509_V_FLAG_POLICY_MASK)
        p->flags |= X509_V_FLAG_POLICY_CHECK;
    return 1;
}

MBS_API int X509_VERIFY_PARAM_clear_flags(X509_VERIFY_PARAM *p, unsigned long flags)
{
    p->flags &= ~flags;
    return 1;
}

MBS_API unsigned long X509_VERIFY_PARAM_get_flags(const X509_VERIFY_PARAM *p)
{
    return p->flags;
}

MBS_API uint32_t X509_VERIFY_PARAM_get_inh_flags(const X509_VERIFY_PARAM *p)
{
    return p->inh_flags;
}

MBS_API int X509_VERIFY_PARAM_set_inh_flags(X509_VERIFY_PARAM *p, uint32_t flags)
{
    p->inh_flags = flags;
    return 1;
}

MBS_API int X509_VERIFY_PARAM_set_purpose(X509_VERIFY_PARAM *p, int purpose)
{
    if (purpose < X509_PURPOSE_MIN || purpose > X509_PURPOSE_MAX) {
        ERR_raise(ERR_LIB_X509V3, X509V3_R_INVALID_PURPOSE); /* as 3.0's X509_PURPOSE_get_by_id() check */
        return 0;
    }
    p->purpose = purpose;
    return 1;
}

MBS_API int X509_VERIFY_PARAM_set_trust(X509_VERIFY_PARAM *p, int trust)
{
    if (trust < X509_TRUST_MIN || trust > X509_TRUST_MAX) {
        ERR_raise(ERR_LIB_X509, X509_R_INVALID_TRUST);
        return 0;
    }
    p->trust = trust;
    return 1;
}

MBS_API void X509_VERIFY_PARAM_set_depth(X509_VERIFY_PARAM *p, int depth)
{
    p->depth = depth;
}

MBS_API int X509_VERIFY_PARAM_get_depth(const X509_VERIFY_PARAM *p)
{
    return p->depth;
}

MBS_API void X509_VERIFY_PARAM_set_auth_level(X509_VERIFY_PARAM *p, int auth_level)
{
    p->auth_level = auth_level;
}

MBS_API int X509_VERIFY_PARAM_get_auth_level(const X509_VERIFY_PARAM *p)
{
    return p->auth_level;
}

MBS_API void X509_VERIFY_PARAM_set_time(X509_VERIFY_PARAM *p, time_t t)
{
    p->check_time = t;
    p->flags |= X509_V_FLAG_USE_CHECK_TIME;
}

MBS_API time_t X509_VERIFY_PARAM_get_time(const X509_VERIFY_PARAM *p)
{
    return p->check_time;
}

/* Field copy rule of OpenSSL's inheritance: overwrite, or src set and (defaults wanted or dest unset). */
#define SHOULD_COPY(field, unset) \
    (overwrite || ((src->field != (unset)) && (to_default || dest->field == (unset))))

MBS_API int X509_VERIFY_PARAM_inherit(X509_VERIFY_PARAM *dest, const X509_VERIFY_PARAM *src)
{
    if (src == NULL)
        return 1;
    uint32_t inh = dest->inh_flags | src->inh_flags;
    if (inh & X509_VP_FLAG_ONCE)
        dest->inh_flags = 0;
    if (inh & X509_VP_FLAG_LOCKED)
        return 1;
    int to_default = (inh & X509_VP_FLAG_DEFAULT) != 0, overwrite = (inh & X509_VP_FLAG_OVERWRITE) != 0;
    if (SHOULD_COPY(purpose, 0))
        dest->purpose = src->purpose;
    if (SHOULD_COPY(trust, X509_TRUST_DEFAULT))
        dest->trust = src->trust;
    if (SHOULD_COPY(depth, -1))
        dest->depth = src->depth;
    if (SHOULD_COPY(auth_level, -1))
        dest->auth_level = src->auth_level;
    if (!(dest->flags & X509_V_FLAG_USE_CHECK_TIME)) {
        dest->check_time = src->check_time;
        dest->flags &= ~X509_V_FLAG_USE_CHECK_TIME;
    }
    if (inh & X509_VP_FLAG_RESET_FLAGS)
        dest->flags = 0;
    dest->flags |= src->flags;
    if (SHOULD_COPY(hostflags, 0))
        dest->hostflags = src->hostflags;
    if (overwrite || (src->nhosts > 0 && (to_default || dest->nhosts == 0))) {
        hosts_clear(dest);
        for (int i = 0; i < src->nhosts; i++)
            if (!host_add(dest, src->hosts[i], 0))
                return 0;
        if (dest->nhosts > 0)
            dest->hostflags = src->hostflags;
    }
    if (overwrite || (src->email != NULL && (to_default || dest->email == NULL)))
        if (!X509_VERIFY_PARAM_set1_email(dest, src->email, src->emaillen))
            return 0;
    if (overwrite || (src->ip != NULL && (to_default || dest->ip == NULL)))
        if (!X509_VERIFY_PARAM_set1_ip(dest, src->ip, src->iplen))
            return 0;
    return 1;
}

MBS_API int X509_VERIFY_PARAM_set1(X509_VERIFY_PARAM *to, const X509_VERIFY_PARAM *from)
{
    uint32_t save = to->inh_flags;
    to->inh_flags |= X509_VP_FLAG_DEFAULT;
    int r = X509_VERIFY_PARAM_inherit(to, from);
    to->inh_flags = save;
    return r;
}

/* Built-in parameter sets, as OpenSSL's table: name, purpose, trust, depth, flags. */
static X509_VERIFY_PARAM builtin_params[] = {
    {.name = "default", .depth = 100, .auth_level = -1, .trust = X509_TRUST_DEFAULT,
     .flags = X509_V_FLAG_TRUSTED_FIRST},
    {.name = "pkcs7", .purpose = X509_PURPOSE_SMIME_SIGN, .trust = X509_TRUST_EMAIL, .depth = -1, .auth_level = -1},
    {.name = "smime_sign", .purpose = X509_PURPOSE_SMIME_SIGN, .trust = X509_TRUST_EMAIL, .depth = -1,
     .auth_level = -1},
    {.name = "ssl_client", .purpose = X509_PURPOSE_SSL_CLIENT, .trust = X509_TRUST_SSL_CLIENT, .depth = -1,
     .auth_level = -1},
    {.name = "ssl_server", .purpose = X509_PURPOSE_SSL_SERVER, .trust = X509_TRUST_SSL_SERVER, .depth = -1,
     .auth_level = -1},
};

MBS_API const X509_VERIFY_PARAM *X509_VERIFY_PARAM_lookup(const char *name)
{
    for (size_t i = 0; name && i < sizeof(builtin_params) / sizeof(builtin_params[0]); i++)
        if (strcmp(builtin_params[i].name, name) == 0)
            return &builtin_params[i];
    return NULL;
}

/* ---- X509_OBJECT ---- */

MBS_API X509_OBJECT *X509_OBJECT_new(void)
{
    X509_OBJECT *o = OPENSSL_zalloc(sizeof(*o));
    if (o != NULL)
        o->type = X509_LU_NONE;
    return o;
}

MBS_API void X509_OBJECT_free(X509_OBJECT *a)
{
    if (a == NULL)
        return;
    if (a->type == X509_LU_X509)
        X509_free(a->data.x509);
    OPENSSL_free(a);
}

MBS_API X509_LOOKUP_TYPE X509_OBJECT_get_type(const X509_OBJECT *a)
{
    return a ? a->type : X509_LU_NONE;
}

MBS_API X509 *X509_OBJECT_get0_X509(const X509_OBJECT *a)
{
    return (a != NULL && a->type == X509_LU_X509) ? a->data.x509 : NULL;
}

MBS_API X509_CRL *X509_OBJECT_get0_X509_CRL(const X509_OBJECT *a)
{
    (void)a;
    return NULL;
}

/* ---- X509_STORE ---- */

MBS_API X509_STORE *X509_STORE_new(void)
{
    X509_STORE *s = OPENSSL_zalloc(sizeof(*s));
    if (s == NULL)
        return NULL;
    s->refs = 1;
    pthread_mutex_init(&s->lock, NULL);
    s->objs = sk_X509_OBJECT_new_null();
    s->lookups = sk_X509_LOOKUP_new_null();
    s->param = X509_VERIFY_PARAM_new();
    if (s->objs == NULL || s->lookups == NULL || s->param == NULL
        || !CRYPTO_new_ex_data(CRYPTO_EX_INDEX_X509_STORE, s, &s->ex_data)) {
        sk_X509_OBJECT_free(s->objs);
        sk_X509_LOOKUP_free(s->lookups);
        X509_VERIFY_PARAM_free(s->param);
        pthread_mutex_destroy(&s->lock);
        OPENSSL_free(s);
        return NULL;
    }
    return s;
}

MBS_API void X509_LOOKUP_free(X509_LOOKUP *ctx)
{
    if (ctx == NULL)
        return;
    for (int i = 0; i < ctx->ndirs; i++)
        OPENSSL_free(ctx->dirs[i]);
    OPENSSL_free(ctx->dirs);
    OPENSSL_free(ctx);
}

MBS_API void X509_STORE_free(X509_STORE *s)
{
    if (s == NULL || __atomic_sub_fetch(&s->refs, 1, __ATOMIC_ACQ_REL) > 0)
        return;
    CRYPTO_free_ex_data(CRYPTO_EX_INDEX_X509_STORE, s, &s->ex_data);
    sk_X509_OBJECT_pop_free(s->objs, X509_OBJECT_free);
    sk_X509_LOOKUP_pop_free(s->lookups, X509_LOOKUP_free);
    X509_VERIFY_PARAM_free(s->param);
    pthread_mutex_destroy(&s->lock);
    OPENSSL_free(s);
}

MBS_API int X509_STORE_up_ref(X509_STORE *s)
{
    if (s == NULL)
        return 0;
    __atomic_add_fetch(&s->refs, 1, __ATOMIC_ACQ_REL);
    return 1;
}

MBS_API int X509_STORE_lock(X509_STORE *s)
{
    return s != NULL && pthread_mutex_lock(&s->lock) == 0;
}

MBS_API int X509_STORE_unlock(X509_STORE *s)
{
    return s != NULL && pthread_mutex_unlock(&s->lock) == 0;
}

static int store_has(X509_STORE *s, X509 *x)
{
    for (int i = 0; i < sk_X509_OBJECT_num(s->objs); i++) {
        X509_OBJECT *o = sk_X509_OBJECT_value(s->objs, i);
        if (o->type == X509_LU_X509 && X509_cmp(o->data.x509, x) == 0)
            return 1;
    }
    return 0;
}

MBS_API int X509_STORE_add_cert(X509_STORE *s, X509 *x)
{
    if (s == NULL || x == NULL) {
        ERR_raise(ERR_LIB_X509, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    int ok = 1;
    pthread_mutex_lock(&s->lock);
    if (!store_has(s, x)) {
        X509_OBJECT *o = X509_OBJECT_new();
        if (o == NULL) {
            ok = 0;
        } else {
            X509_up_ref(x);
            o->type = X509_LU_X509;
            o->data.x509 = x;
            if (!sk_X509_OBJECT_push(s->objs, o)) {
                X509_OBJECT_free(o);
                ok = 0;
            }
        }
    }
    pthread_mutex_unlock(&s->lock);
    if (!ok)
        ERR_raise(ERR_LIB_X509, ERR_R_MALLOC_FAILURE);
    return ok;
}

MBS_API int X509_STORE_add_crl(X509_STORE *s, X509_CRL *x)
{
    (void)s;
    (void)x;
    /* CRLs are not supported by this libcrypto subset */
    ERR_raise(ERR_LIB_X509, ERR_R_UNSUPPORTED);
    return 0;
}

MBS_API STACK_OF(X509_OBJECT) *X509_STORE_get0_objects(const X509_STORE *s)
{
    return s ? s->objs : NULL;
}

MBS_API STACK_OF(X509) *X509_STORE_get1_all_certs(X509_STORE *s)
{
    STACK_OF(X509) *r = sk_X509_new_null();
    if (s == NULL || r == NULL)
        return r;
    pthread_mutex_lock(&s->lock);
    for (int i = 0; i < sk_X509_OBJECT_num(s->objs); i++) {
        X509 *x = X509_OBJECT_get0_X509(sk_X509_OBJECT_value(s->objs, i));
        if (x != NULL && sk_X509_push(r, x))
            X509_up_ref(x);
    }
    pthread_mutex_unlock(&s->lock);
    return r;
}

MBS_API X509_VERIFY_PARAM *X509_STORE_get0_param(const X509_STORE *s)
{
    return s->param;
}

MBS_API int X509_STORE_set1_param(X509_STORE *s, const X509_VERIFY_PARAM *pm)
{
    return X509_VERIFY_PARAM_set1(s->param, pm);
}

MBS_API int X509_STORE_set_flags(X509_STORE *s, unsigned long flags)
{
    return X509_VERIFY_PARAM_set_flags(s->param, flags);
}

MBS_API int X509_STORE_set_depth(X509_STORE *s, int depth)
{
    X509_VERIFY_PARAM_set_depth(s->param, depth);
    return 1;
}

MBS_API int X509_STORE_set_purpose(X509_STORE *s, int purpose)
{
    return X509_VERIFY_PARAM_set_purpose(s->param, purpose);
}

MBS_API int X509_STORE_set_trust(X509_STORE *s, int trust)
{
    return X509_VERIFY_PARAM_set_trust(s->param, trust);
}

MBS_API void X509_STORE_set_verify_cb(X509_STORE *s, X509_STORE_CTX_verify_cb verify_cb)
{
    s->verify_cb = verify_cb;
}

MBS_API X509_STORE_CTX_verify_cb X509_STORE_get_verify_cb(const X509_STORE *s)
{
    return s->verify_cb;
}

MBS_API int X509_STORE_set_ex_data(X509_STORE *s, int idx, void *data)
{
    return CRYPTO_set_ex_data(&s->ex_data, idx, data);
}

MBS_API void *X509_STORE_get_ex_data(const X509_STORE *s, int idx)
{
    return CRYPTO_get_ex_data(&s->ex_data, idx);
}

/* ---- lookups ---- */

static const X509_LOOKUP_METHOD lookup_file = {"Load file into cache", 1};
static const X509_LOOKUP_METHOD lookup_dir = {"Load certs from files in a directory", 2};

MBS_API X509_LOOKUP_METHOD *X509_LOOKUP_file(void)
{
    return (X509_LOOKUP_METHOD *)&lookup_file;
}

MBS_API X509_LOOKUP_METHOD *X509_LOOKUP_hash_dir(void)
{
    return (X509_LOOKUP_METHOD *)&lookup_dir;
}

MBS_API X509_LOOKUP *X509_STORE_add_lookup(X509_STORE *s, X509_LOOKUP_METHOD *m)
{
    if (s == NULL || m == NULL)
        return NULL;
    pthread_mutex_lock(&s->lock);
    X509_LOOKUP *l = NULL;
    for (int i = 0; i < sk_X509_LOOKUP_num(s->lookups); i++)
        if (sk_X509_LOOKUP_value(s->lookups, i)->method == m)
            l = sk_X509_LOOKUP_value(s->lookups, i);
    if (l == NULL) {
        l = OPENSSL_zalloc(sizeof(*l));
        if (l != NULL) {
            l->method = m;
            l->store = s;
            if (!sk_X509_LOOKUP_push(s->lookups, l)) {
                OPENSSL_free(l);
                l = NULL;
            }
        }
    }
    pthread_mutex_unlock(&s->lock);
    return l;
}

static int lookup_add_dirs(X509_LOOKUP *l, const char *dirs)
{
    const char *p = dirs;
    while (p != NULL && *p) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n > 0) {
            int dup = 0;
            for (int i = 0; i < l->ndirs; i++)
                if (strlen(l->dirs[i]) == n && strncmp(l->dirs[i], p, n) == 0)
                    dup = 1;
            if (!dup) {
                char **g = OPENSSL_realloc(l->dirs, sizeof(char *) * (size_t)(l->ndirs + 1));
                if (g == NULL)
                    return 0;
                l->dirs = g;
                if ((l->dirs[l->ndirs] = OPENSSL_strndup(p, n)) == NULL)
                    return 0;
                l->ndirs++;
            }
        }
        p = e ? e + 1 : NULL;
    }
    return 1;
}

MBS_API int X509_load_cert_file(X509_LOOKUP *ctx, const char *file, int type)
{
    if (ctx == NULL || file == NULL)
        return 0;
    if (type == X509_FILETYPE_ASN1) {
        BIO *in = BIO_new_file(file, "rb");
        if (in == NULL) {
            ERR_raise(ERR_LIB_X509, ERR_R_SYS_LIB);
            return 0;
        }
        X509 *x = d2i_X509_bio(in, NULL);
        BIO_free(in);
        if (x == NULL) {
            ERR_raise(ERR_LIB_X509, ERR_R_ASN1_LIB);
            return 0;
        }
        int r = X509_STORE_add_cert(ctx->store, x);
        X509_free(x);
        return r;
    }
    return mbs_pem_load_file_certs(ctx->store, file, 0);
}

MBS_API int X509_load_cert_crl_file(X509_LOOKUP *ctx, const char *file, int type)
{
    return X509_load_cert_file(ctx, file, type);
}

MBS_API int X509_LOOKUP_ctrl(X509_LOOKUP *ctx, int cmd, const char *argc, long argl, char **ret)
{
    (void)ret;
    if (ctx == NULL)
        return 0;
    switch (cmd) {
    case X509_L_FILE_LOAD:
        if (ctx->method != &lookup_file)
            return 0;
        if (argl == X509_FILETYPE_DEFAULT) {
            const char *f = getenv(X509_get_default_cert_file_env());
            int r = X509_load_cert_crl_file(ctx, f ? f : X509_get_default_cert_file(), X509_FILETYPE_PEM);
            if (r == 0)
                ERR_raise(ERR_LIB_X509, X509_R_LOADING_DEFAULTS);
            return r != 0;
        }
        return X509_load_cert_crl_file(ctx, argc, (int)argl) != 0;
    case X509_L_ADD_DIR:
        if (ctx->method != &lookup_dir)
            return 0;
        if (argl == X509_FILETYPE_DEFAULT) {
            const char *d = getenv(X509_get_default_cert_dir_env());
            return lookup_add_dirs(ctx, d ? d : X509_get_default_cert_dir());
        }
        if (argc == NULL) {
            ERR_raise(ERR_LIB_X509, X509_R_INVALID_DIRECTORY);
            return 0;
        }
        return lookup_add_dirs(ctx, argc);
    default:
        return 0;
    }
}

MBS_API const char *X509_get_default_cert_file(void)
{
    return "/usr/lib/ssl/cert.pem";
}

MBS_API const char *X509_get_default_cert_dir(void)
{
    return "/usr/lib/ssl/certs";
}

MBS_API const char *X509_get_default_cert_file_env(void)
{
    return "SSL_CERT_FILE";
}

MBS_API const char *X509_get_default_cert_dir_env(void)
{
    return "SSL_CERT_DIR";
}

MBS_API const char *X509_get_default_private_dir(void)
{
    return "/usr/lib/ssl/private";
}

MBS_API int X509_STORE_load_file(X509_STORE *s, const char *file)
{
    X509_LOOKUP *l = X509_STORE_add_lookup(s, X509_LOOKUP_file());
    if (l == NULL || file == NULL)
        return 0;
    return X509_load_cert_crl_file(l, file, X509_FILETYPE_PEM) != 0;
}

MBS_API int X509_STORE_load_path(X509_STORE *s, const char *path)
{
    X509_LOOKUP *l = X509_STORE_add_lookup(s, X509_LOOKUP_hash_dir());
    if (l == NULL || path == NULL)
        return 0;
    return X509_LOOKUP_ctrl(l, X509_L_ADD_DIR, path, X509_FILETYPE_PEM, NULL);
}

MBS_API int X509_STORE_load_store(X509_STORE *s, const char *store)
{
    (void)s;
    (void)store;
    ERR_raise(ERR_LIB_X509, ERR_R_UNSUPPORTED);
    return 0;
}

MBS_API int X509_STORE_load_locations(X509_STORE *s, const char *file, const char *dir)
{
    if (file == NULL && dir == NULL)
        return 0;
    if (file != NULL && !X509_STORE_load_file(s, file))
        return 0;
    if (dir != NULL && !X509_STORE_load_path(s, dir))
        return 0;
    return 1;
}

MBS_API int X509_STORE_set_default_paths(X509_STORE *s)
{
    X509_LOOKUP *l = X509_STORE_add_lookup(s, X509_LOOKUP_file());
    if (l == NULL)
        return 0;
    X509_LOOKUP_ctrl(l, X509_L_FILE_LOAD, NULL, X509_FILETYPE_DEFAULT, NULL);
    l = X509_STORE_add_lookup(s, X509_LOOKUP_hash_dir());
    if (l == NULL)
        return 0;
    X509_LOOKUP_ctrl(l, X509_L_ADD_DIR, NULL, X509_FILETYPE_DEFAULT, NULL);
    /* missing default files are not an error */
    ERR_clear_error();
    return 1;
}

/* Loads <dir>/<hash>.N files of the hashed directories for this subject into the store. */
static void store_load_hashed(X509_STORE *s, const X509_NAME *name)
{
    unsigned long h = X509_NAME_hash_ex(name, NULL, NULL, NULL);
    for (int i = 0; i < sk_X509_LOOKUP_num(s->lookups); i++) {
        X509_LOOKUP *l = sk_X509_LOOKUP_value(s->lookups, i);
        for (int d = 0; l->method == &lookup_dir && d < l->ndirs; d++) {
            for (int k = 0;; k++) {
                char path[4096];
                struct stat st;
                snprintf(path, sizeof(path), "%s/%08lx.%d", l->dirs[d], h, k);
                if (stat(path, &st) != 0)
                    break;
                ERR_set_mark();
                mbs_pem_load_file_certs(s, path, 0);
                ERR_pop_to_mark();
            }
        }
    }
}

STACK_OF(X509) *mbs_store_find_by_subject(X509_STORE *s, const X509_NAME *name)
{
    STACK_OF(X509) *r = sk_X509_new_null();
    if (r == NULL || s == NULL)
        return r;
    for (int pass = 0; pass < 2 && sk_X509_num(r) == 0; pass++) {
        if (pass == 1)
            store_load_hashed(s, name);
        pthread_mutex_lock(&s->lock);
        for (int i = 0; i < sk_X509_OBJECT_num(s->objs); i++) {
            X509 *x = X509_OBJECT_get0_X509(sk_X509_OBJECT_value(s->objs, i));
            if (x != NULL && mbs_name_cmp(X509_get_subject_name(x), name) == 0 && sk_X509_push(r, x))
                X509_up_ref(x);
        }
        pthread_mutex_unlock(&s->lock);
    }
    return r;
}

/* ---- X509_STORE_CTX ---- */

MBS_API X509_STORE_CTX *X509_STORE_CTX_new(void)
{
    return OPENSSL_zalloc(sizeof(X509_STORE_CTX));
}

MBS_API X509_STORE_CTX *X509_STORE_CTX_new_ex(OSSL_LIB_CTX *libctx, const char *propq)
{
    (void)libctx;
    (void)propq;
    return X509_STORE_CTX_new();
}

MBS_API void X509_STORE_CTX_cleanup(X509_STORE_CTX *ctx)
{
    if (ctx == NULL)
        return;
    if (ctx->inited)
        CRYPTO_free_ex_data(CRYPTO_EX_INDEX_X509_STORE_CTX, ctx, &ctx->ex_data);
    X509_VERIFY_PARAM_free(ctx->param);
    sk_X509_pop_free(ctx->chain, X509_free);
    memset(ctx, 0, sizeof(*ctx));
}

MBS_API void X509_STORE_CTX_free(X509_STORE_CTX *ctx)
{
    if (ctx == NULL)
        return;
    X509_STORE_CTX_cleanup(ctx);
    OPENSSL_free(ctx);
}

static int null_callback(int ok, X509_STORE_CTX *ctx)
{
    (void)ctx;
    return ok;
}

MBS_API int X509_STORE_CTX_init(X509_STORE_CTX *ctx, X509_STORE *store, X509 *x509, STACK_OF(X509) *chain)
{
    if (ctx == NULL) {
        ERR_raise(ERR_LIB_X509, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    X509_STORE_CTX_cleanup(ctx);
    ctx->store = store;
    ctx->cert = x509;
    ctx->untrusted = chain;
    ctx->error = X509_V_OK;
    ctx->verify_cb = (store && store->verify_cb) ? store->verify_cb : null_callback;
    ctx->param = X509_VERIFY_PARAM_new();
    if (ctx->param == NULL)
        goto err;
    int ok;
    if (store != NULL)
        ok = X509_VERIFY_PARAM_inherit(ctx->param, store->param);
    else {
        ctx->param->inh_flags |= X509_VP_FLAG_DEFAULT | X509_VP_FLAG_ONCE;
        ok = 1;
    }
    if (!ok || !X509_VERIFY_PARAM_inherit(ctx->param, X509_VERIFY_PARAM_lookup("default")))
        goto err;
    if (!CRYPTO_new_ex_data(CRYPTO_EX_INDEX_X509_STORE_CTX, ctx, &ctx->ex_data))
        goto err;
    ctx->inited = 1;
    return 1;
err:
    X509_VERIFY_PARAM_free(ctx->param);
    ctx->param = NULL;
    ERR_raise(ERR_LIB_X509, ERR_R_MALLOC_FAILURE);
    return 0;
}

MBS_API void X509_STORE_CTX_set_verify_cb(X509_STORE_CTX *ctx, X509_STORE_CTX_verify_cb verify_cb)
{
    ctx->verify_cb = verify_cb ? verify_cb : null_callback;
}

MBS_API X509_STORE_CTX_verify_cb X509_STORE_CTX_get_verify_cb(const X509_STORE_CTX *ctx)
{
    return ctx->verify_cb;
}

MBS_API X509 *X509_STORE_CTX_get_current_cert(const X509_STORE_CTX *ctx)
{
    return ctx->current_cert;
}

MBS_API X509 *X509_STORE_CTX_get0_current_issuer(const X509_STORE_CTX *ctx)
{
    return ctx->current_issuer;
}

MBS_API int X509_STORE_CTX_get_error(const X509_STORE_CTX *ctx)
{
    return ctx->error;
}

MBS_API void X509_STORE_CTX_set_error(X509_STORE_CTX *ctx, int s)
{
    ctx->error = s;
}

MBS_API int X509_STORE_CTX_get_error_depth(const X509_STORE_CTX *ctx)
{
    return ctx->error_depth;
}

MBS_API void X509_STORE_CTX_set_error_depth(X509_STORE_CTX *ctx, int depth)
{
    ctx->error_depth = depth;
}

MBS_API void X509_STORE_CTX_set_current_cert(X509_STORE_CTX *ctx, X509 *x)
{
    ctx->current_cert = x;
}

MBS_API STACK_OF(X509) *X509_STORE_CTX_get0_chain(const X509_STORE_CTX *ctx)
{
    return ctx->chain;
}

MBS_API STACK_OF(X509) *X509_STORE_CTX_get1_chain(const X509_STORE_CTX *ctx)
{
    return ctx->chain ? X509_chain_up_ref(ctx->chain) : NULL;
}

MBS_API void X509_STORE_CTX_set0_verified_chain(X509_STORE_CTX *ctx, STACK_OF(X509) *sk)
{
    sk_X509_pop_free(ctx->chain, X509_free);
    ctx->chain = sk;
}

MBS_API int X509_STORE_CTX_get_num_untrusted(const X509_STORE_CTX *ctx)
{
    return ctx->num_untrusted;
}

MBS_API int X509_STORE_CTX_set_ex_data(X509_STORE_CTX *ctx, int idx, void *data)
{
    return CRYPTO_set_ex_data(&ctx->ex_data, idx, data);
}

MBS_API void *X509_STORE_CTX_get_ex_data(const X509_STORE_CTX *ctx, int idx)
{
    return CRYPTO_get_ex_data(&ctx->ex_data, idx);
}

MBS_API X509_VERIFY_PARAM *X509_STORE_CTX_get0_param(const X509_STORE_CTX *ctx)
{
    return ctx->param;
}

MBS_API void X509_STORE_CTX_set0_param(X509_STORE_CTX *ctx, X509_VERIFY_PARAM *param)
{
    X509_VERIFY_PARAM_free(ctx->param);
    ctx->param = param;
}

MBS_API int X509_STORE_CTX_set_default(X509_STORE_CTX *ctx, const char *name)
{
    const X509_VERIFY_PARAM *p = X509_VERIFY_PARAM_lookup(name);
    if (p == NULL)
        return 0;
    return X509_VERIFY_PARAM_inherit(ctx->param, p);
}

MBS_API X509 *X509_STORE_CTX_get0_cert(const X509_STORE_CTX *ctx)
{
    return ctx->cert;
}

MBS_API void X509_STORE_CTX_set_cert(X509_STORE_CTX *ctx, X509 *x)
{
    ctx->cert = x;
}

MBS_API STACK_OF(X509) *X509_STORE_CTX_get0_untrusted(const X509_STORE_CTX *ctx)
{
    return ctx->untrusted;
}

MBS_API void X509_STORE_CTX_set0_untrusted(X509_STORE_CTX *ctx, STACK_OF(X509) *sk)
{
    ctx->untrusted = sk;
}

MBS_API void X509_STORE_CTX_set0_trusted_stack(X509_STORE_CTX *ctx, STACK_OF(X509) *sk)
{
    ctx->trusted_stack = sk;
}

MBS_API X509_STORE *X509_STORE_CTX_get0_store(const X509_STORE_CTX *ctx)
{
    return ctx->store;
}

MBS_API void X509_STORE_CTX_set_flags(X509_STORE_CTX *ctx, unsigned long flags)
{
    X509_VERIFY_PARAM_set_flags(ctx->param, flags);
}

MBS_API void X509_STORE_CTX_set_depth(X509_STORE_CTX *ctx, int depth)
{
    X509_VERIFY_PARAM_set_depth(ctx->param, depth);
}

MBS_API void X509_STORE_CTX_set_time(X509_STORE_CTX *ctx, unsigned long flags, time_t t)
{
    (void)flags;
    X509_VERIFY_PARAM_set_time(ctx->param, t);
}

MBS_API int X509_STORE_CTX_set_purpose(X509_STORE_CTX *ctx, int purpose)
{
    return X509_VERIFY_PARAM_set_purpose(ctx->param, purpose);
}

MBS_API int X509_STORE_CTX_set_trust(X509_STORE_CTX *ctx, int trust)
{
    return X509_VERIFY_PARAM_set_trust(ctx->param, trust);
}

/* ---- verification ---- */

/* Report an error for the certificate at depth (OpenSSL's verify_cb_cert); returns the callback's answer. */
static int report(X509_STORE_CTX *ctx, X509 *x, int depth, int err)
{
    ctx->error_depth = depth;
    ctx->current_cert = x != NULL ? x : sk_X509_value(ctx->chain, depth);
    if (err != X509_V_OK)
        ctx->error = err;
    return ctx->verify_cb(0, ctx);
}

static int in_chain(STACK_OF(X509) *chain, X509 *x)
{
    for (int i = 0; i < sk_X509_num(chain); i++)
        if (sk_X509_value(chain, i) == x || X509_cmp(sk_X509_value(chain, i), x) == 0)
            return 1;
    return 0;
}

/* A trusted certificate issuing x (or equal to x when want_self), up-refed; NULL when none. */
static X509 *find_trusted(X509_STORE_CTX *ctx, X509 *x, int want_self)
{
    STACK_OF(X509) *cands;
    if (ctx->trusted_stack != NULL) {
        cands = sk_X509_new_null();
        for (int i = 0; cands && i < sk_X509_num(ctx->trusted_stack); i++) {
            X509 *c = sk_X509_value(ctx->trusted_stack, i);
            if (mbs_name_cmp(X509_get_subject_name(c), X509_get_issuer_name(x)) == 0 && sk_X509_push(cands, c))
                X509_up_ref(c);
        }
    } else {
        cands = mbs_store_find_by_subject(ctx->store, X509_get_issuer_name(x));
    }
    X509 *found = NULL;
    for (int i = 0; cands != NULL && i < sk_X509_num(cands) && found == NULL; i++) {
        X509 *c = sk_X509_value(cands, i);
        if (want_self ? X509_cmp(c, x) == 0 : (mbs_x509_likely_issued(c, x) && !in_chain(ctx->chain, c)))
            found = c;
    }
    /* prefer a candidate valid now when several match */
    if (found != NULL)
        X509_up_ref(found);
    sk_X509_pop_free(cands, X509_free);
    return found;
}

static X509 *find_untrusted(X509_STORE_CTX *ctx, X509 *x)
{
    for (int i = 0; i < sk_X509_num(ctx->untrusted); i++) {
        X509 *c = sk_X509_value(ctx->untrusted, i);
        if (c != x && mbs_x509_likely_issued(c, x) && !in_chain(ctx->chain, c))
            return c;
    }
    return NULL;
}

static int self_signed(X509 *x)
{
    return (X509_get_extension_flags(x) & EXFLAG_SS) != 0;
}

/* Returns 1 to continue, 0 when the callback rejected (ctx->error set). */
static int build_chain(X509_STORE_CTX *ctx, int *trusted_out)
{
    int depth = ctx->param->depth < 0 ? 100 : ctx->param->depth;
    int max_certs = depth + 2, trusted = 0, too_long = 0;
    ctx->chain = sk_X509_new_null();
    if (ctx->chain == NULL || !sk_X509_push(ctx->chain, ctx->cert)) {
        ctx->error = X509_V_ERR_OUT_OF_MEM;
        return 0;
    }
    X509_up_ref(ctx->cert);
    ctx->num_untrusted = 1;
    for (;;) {
        X509 *top = sk_X509_value(ctx->chain, sk_X509_num(ctx->chain) - 1);
        int num = sk_X509_num(ctx->chain);
        if (self_signed(top)) {
            /* a self-signed top is trusted only when the store holds it */
            X509 *t = find_trusted(ctx, top, 1);
            if (t != NULL) {
                if (num == ctx->num_untrusted) {
                    (void)sk_X509_set(ctx->chain, num - 1, t);
                    X509_free(top);
                    ctx->num_untrusted--;
                } else {
                    X509_free(t);
                }
                trusted = 1;
            }
            break;
        }
        X509 *issuer = find_trusted(ctx, top, 0);
        int from_store = issuer != NULL;
        if (issuer == NULL) {
            if (trusted)
                break; /* trusted part ends: continue only within the store */
            issuer = find_untrusted(ctx, top);
            if (issuer == NULL)
                break;
            X509_up_ref(issuer);
        }
        if (num + 1 > max_certs) {
            X509_free(issuer);
            too_long = 1;
            break;
        }
        if (!sk_X509_push(ctx->chain, issuer)) {
            X509_free(issuer);
            ctx->error = X509_V_ERR_OUT_OF_MEM;
            return 0;
        }
        if (from_store)
            trusted = 1;
        else
            ctx->num_untrusted++;
    }
    int num = sk_X509_num(ctx->chain);
    if (too_long && !report(ctx, NULL, num - 1, X509_V_ERR_CERT_CHAIN_TOO_LONG))
        return 0;
    X509 *top = sk_X509_value(ctx->chain, num - 1);
    if (trusted && (self_signed(top) || (ctx->param->flags & X509_V_FLAG_PARTIAL_CHAIN))) {
        *trusted_out = 1;
        return 1;
    }
    *trusted_out = 0;
    int err;
    if (trusted)
        err = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
    else if (self_signed(top))
        err = num == 1 ? X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT : X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN;
    else
        err = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY;
    return report(ctx, NULL, num - 1, err);
}

static int purpose_ok(X509 *x, int purpose, int ca)
{
    uint32_t xku = X509_get_extended_key_usage(x), ku = X509_get_key_usage(x);
    switch (purpose) {
    case X509_PURPOSE_SSL_CLIENT:
        if ((X509_get_extension_flags(x) & EXFLAG_XKUSAGE) && !(xku & XKU_SSL_CLIENT))
            return 0;
        if (ca)
            return X509_check_ca(x) != 0;
        return !((X509_get_extension_flags(x) & EXFLAG_KUSAGE) && !(ku & (KU_DIGITAL_SIGNATURE | KU_KEY_AGREEMENT)));
    case X509_PURPOSE_SSL_SERVER:
    case X509_PURPOSE_NS_SSL_SERVER:
        if ((X509_get_extension_flags(x) & EXFLAG_XKUSAGE) && !(xku & (XKU_SSL_SERVER | XKU_SGC)))
            return 0;
        if (ca)
            return X509_check_ca(x) != 0;
        if (purpose == X509_PURPOSE_NS_SSL_SERVER)
            return !((X509_get_extension_flags(x) & EXFLAG_KUSAGE) && !(ku & KU_KEY_ENCIPHERMENT));
        return !((X509_get_extension_flags(x) & EXFLAG_KUSAGE)
                 && !(ku & (KU_DIGITAL_SIGNATURE | KU_KEY_ENCIPHERMENT | KU_KEY_AGREEMENT)));
    default:
        return 1;
    }
}

static int check_extensions(X509_STORE_CTX *ctx)
{
    int num = sk_X509_num(ctx->chain), plen = 0;
    int purpose = ctx->param->purpose;
    for (int i = 0; i < num; i++) {
        X509 *x = sk_X509_value(ctx->chain, i);
        int must_be_ca = i > 0;
        if (must_be_ca && X509_check_ca(x) == 0 && !report(ctx, x, i, X509_V_ERR_INVALID_CA))
            return 0;
        if (purpose > 0 && i < ctx->num_untrusted && !purpose_ok(x, purpose, must_be_ca)
            && !report(ctx, x, i, X509_V_ERR_INVALID_PURPOSE))
            return 0;
        long pl = X509_get_pathlen(x);
        if (i > 1 && pl != -1 && plen > pl && !report(ctx, x, i, X509_V_ERR_PATH_LENGTH_EXCEEDED))
            return 0;
        if (i > 0 && !(X509_get_extension_flags(x) & EXFLAG_SI))
            plen++;
    }
    return 1;
}

static int check_auth_level(X509_STORE_CTX *ctx)
{
    static const int level_bits[] = {0, 80, 112, 128, 192, 256};
    int level = ctx->param->auth_level;
    if (level <= 0)
        return 1;
    if (level > 5)
        level = 5;
    for (int i = 0; i < sk_X509_num(ctx->chain); i++) {
        X509 *x = sk_X509_value(ctx->chain, i);
        EVP_PKEY *k = X509_get0_pubkey(x);
        if (k != NULL && mbs_pkey_security_bits(k) < level_bits[level]
            && !report(ctx, x, i, i == 0 ? X509_V_ERR_EE_KEY_TOO_SMALL : X509_V_ERR_CA_KEY_TOO_SMALL))
            return 0;
    }
    return 1;
}

static int check_id(X509_STORE_CTX *ctx)
{
    X509_VERIFY_PARAM *vpm = ctx->param;
    X509 *x = sk_X509_value(ctx->chain, 0);
    if (vpm->nhosts > 0) {
        int ok = 0;
        OPENSSL_free(vpm->peername);
        vpm->peername = NULL;
        for (int i = 0; i < vpm->nhosts && !ok; i++)
            ok = X509_check_host(x, vpm->hosts[i], 0, vpm->hostflags, &vpm->peername) > 0;
        if (!ok && !report(ctx, x, 0, X509_V_ERR_HOSTNAME_MISMATCH))
            return 0;
    }
    if (vpm->email != NULL && X509_check_email(x, vpm->email, vpm->emaillen, vpm->hostflags) <= 0
        && !report(ctx, x, 0, X509_V_ERR_EMAIL_MISMATCH))
        return 0;
    if (vpm->ip != NULL && X509_check_ip(x, vpm->ip, vpm->iplen, vpm->hostflags) <= 0
        && !report(ctx, x, 0, X509_V_ERR_IP_ADDRESS_MISMATCH))
        return 0;
    return 1;
}

static int check_time(X509_STORE_CTX *ctx, X509 *x, int depth)
{
    if (ctx->param->flags & X509_V_FLAG_NO_CHECK_TIME)
        return 1;
    time_t now = (ctx->param->flags & X509_V_FLAG_USE_CHECK_TIME) ? ctx->param->check_time : time(NULL);
    int i = X509_cmp_time(X509_get0_notBefore(x), &now);
    if (i == 0 && !report(ctx, x, depth, X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD))
        return 0;
    if (i > 0 && !report(ctx, x, depth, X509_V_ERR_CERT_NOT_YET_VALID))
        return 0;
    i = X509_cmp_time(X509_get0_notAfter(x), &now);
    if (i == 0 && !report(ctx, x, depth, X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD))
        return 0;
    if (i < 0 && !report(ctx, x, depth, X509_V_ERR_CERT_HAS_EXPIRED))
        return 0;
    return 1;
}

/* Signatures and validity from the top of the chain down, with the ok=1 callback per certificate. */
static int internal_verify(X509_STORE_CTX *ctx)
{
    int n = sk_X509_num(ctx->chain) - 1;
    X509 *xi = sk_X509_value(ctx->chain, n), *xs;
    if (X509_check_issued(xi, xi) == X509_V_OK) {
        xs = xi;
    } else if (ctx->param->flags & X509_V_FLAG_PARTIAL_CHAIN) {
        xs = xi;
        goto time_check;
    } else if (n <= 0) {
        if (!report(ctx, xi, 0, X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE))
            return 0;
        xs = xi;
        goto time_check;
    } else {
        n--;
        ctx->error_depth = n;
        xs = sk_X509_value(ctx->chain, n);
    }
    while (n >= 0) {
        if (xs != xi || (ctx->param->flags & X509_V_FLAG_CHECK_SS_SIGNATURE)) {
            EVP_PKEY *pk = X509_get0_pubkey(xi);
            if (pk == NULL) {
                if (!report(ctx, xi, n, X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY))
                    return 0;
            } else if (X509_verify(xs, pk) <= 0) {
                /* OpenSSL's RSA verification leaves its padding error on the queue */
                if (EVP_PKEY_get_id(pk) == EVP_PKEY_RSA)
                    ERR_raise(ERR_LIB_RSA, RSA_R_INVALID_PADDING);
                if (!report(ctx, xs, n, X509_V_ERR_CERT_SIGNATURE_FAILURE))
                    return 0;
            }
        }
    time_check:
        if (!check_time(ctx, xs, n))
            return 0;
        ctx->current_issuer = xi;
        ctx->current_cert = xs;
        ctx->error_depth = n;
        if (!ctx->verify_cb(1, ctx))
            return 0;
        if (--n >= 0) {
            xi = xs;
            xs = sk_X509_value(ctx->chain, n);
        }
    }
    return 1;
}

MBS_API int X509_verify_cert(X509_STORE_CTX *ctx)
{
    if (ctx == NULL || ctx->cert == NULL) {
        ERR_raise(ERR_LIB_X509, X509_R_NO_CERT_SET_FOR_US_TO_VERIFY);
        if (ctx != NULL)
            ctx->error = X509_V_ERR_INVALID_CALL;
        return -1;
    }
    if (ctx->chain != NULL) {
        /* a ctx is verified once; OpenSSL refuses reuse without re-init */
        ERR_raise(ERR_LIB_X509, ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED);
        ctx->error = X509_V_ERR_INVALID_CALL;
        return -1;
    }
    if (!mbs_psa_init()) {
        ctx->error = X509_V_ERR_UNSPECIFIED;
        return -1;
    }
    ctx->error = X509_V_OK;
    int trusted = 0;
    if (!build_chain(ctx, &trusted) || !check_extensions(ctx) || !check_auth_level(ctx) || !check_id(ctx)
        || !internal_verify(ctx)) {
        /* a verify callback that rejects a certificate OpenSSL found fine leaves "unspecified" */
        if (ctx->error == X509_V_OK)
            ctx->error = X509_V_ERR_UNSPECIFIED;
        return 0;
    }
    (void)trusted;
    return 1;
}

MBS_API X509 *d2i_X509_bio(BIO *bp, X509 **x509)
{
    unsigned char *buf = NULL;
    size_t len = 0;
    if (!mbs_bio_read_all(bp, &buf, &len))
        return NULL;
    const unsigned char *p = buf;
    X509 *r = d2i_X509(x509, &p, (long)len);
    OPENSSL_free(buf);
    return r;
}

MBS_API int i2d_X509_bio(BIO *bp, const X509 *x509)
{
    if (x509 == NULL || x509->der == NULL)
        return 0;
    return BIO_write(bp, x509->der, (int)x509->der_len) == (int)x509->der_len;
}
