/*
 * CA name lists: the client CA list a server keeps (SSL_CTX_set_client_CA_list,
 * SSL_load_client_CA_file, SSL_add_*_cert_subjects_to_stack ...) and the
 * generic CA list (SSL_CTX_set0_CA_list ...).
 *
 * The lists are kept and reported back exactly as OpenSSL 3.0 does; client
 * certificates are still verified against the trust store (which is what the
 * apps load the same file into). The certificate_authorities sent in a
 * CertificateRequest are the ones Mbed TLS derives from that store.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <openssl/pem.h>

#include "ssl/app_local.h"

/* Opens file for reading; NULL with the system error queued when it cannot be
 * opened. */
static BIO *open_file(const char *file)
{
    BIO *in = BIO_new(BIO_s_file());
    if (in == NULL) {
        MBS_RAISE(ERR_R_BUF_LIB);
        return NULL;
    }
    if (BIO_read_filename(in, file) <= 0) {
        BIO_free(in);
        return NULL;
    }
    return in;
}

static int name_in(const STACK_OF(X509_NAME) * sk, const X509_NAME *n)
{
    for (int i = 0; i < sk_X509_NAME_num(sk); i++)
        if (X509_NAME_cmp(sk_X509_NAME_value(sk, i), n) == 0)
            return 1;
    return 0;
}

/* Appends a copy of x's subject to *sk (created on demand) unless an equal name
 * is there; 1 ok, 0 fail. */
static int add_subject(STACK_OF(X509_NAME) * *sk, X509 *x, int dedup)
{
    const X509_NAME *subj = X509_get_subject_name(x);
    if (subj == NULL)
        return 0;
    if (*sk == NULL && (*sk = sk_X509_NAME_new_null()) == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return 0;
    }
    if (dedup && name_in(*sk, subj))
        return 1;
    X509_NAME *copy = X509_NAME_dup(subj);
    if (copy == NULL || !sk_X509_NAME_push(*sk, copy)) {
        X509_NAME_free(copy);
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return 0;
    }
    return 1;
}

MBS_API STACK_OF(X509_NAME) * SSL_load_client_CA_file_ex(const char *file, OSSL_LIB_CTX *libctx, const char *propq)
{
    MBS_TRACE_ENTRY();
    (void)libctx;
    (void)propq;
    MBS_CHECK_NULL(file, NULL);
    BIO *in = open_file(file);
    if (in == NULL)
        return NULL; /* BIO_new_file queued the system error */
    STACK_OF(X509_NAME) *ret = NULL;
    X509 *x;
    int ok = 1;
    /* every certificate of the file, in order, each distinct subject once */
    while ((x = PEM_read_bio_X509(in, NULL, NULL, NULL)) != NULL) {
        if (!add_subject(&ret, x, 1))
            ok = 0;
        X509_free(x);
        if (!ok)
            break;
    }
    BIO_free(in);
    if (!ok) {
        sk_X509_NAME_pop_free(ret, X509_NAME_free);
        return NULL;
    }
    /* reading stops at the end of the file with a "no start line" error: not a
     * failure once we have names (OpenSSL clears the queue then); with no
     * certificate at all the result is NULL */
    if (ret != NULL)
        ERR_clear_error();
    return ret;
}

MBS_API STACK_OF(X509_NAME) * SSL_load_client_CA_file(const char *file)
{
    MBS_TRACE_ENTRY();
    return SSL_load_client_CA_file_ex(file, NULL, NULL);
}

MBS_API int SSL_add_file_cert_subjects_to_stack(STACK_OF(X509_NAME) * stack, const char *file)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(stack, 0);
    MBS_CHECK_NULL(file, 0);
    BIO *in = open_file(file);
    if (in == NULL)
        return 0;
    X509 *x;
    int ok = 1;
    while ((x = PEM_read_bio_X509(in, NULL, NULL, NULL)) != NULL) {
        ok = add_subject(&stack, x, 1);
        X509_free(x);
        if (!ok)
            break;
    }
    BIO_free(in);
    if (ok)
        ERR_clear_error(); /* the end-of-file PEM error */
    return ok;
}

MBS_API int SSL_add_dir_cert_subjects_to_stack(STACK_OF(X509_NAME) * stack, const char *dir)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(stack, 0);
    MBS_CHECK_NULL(dir, 0);
    DIR *d = opendir(dir);
    if (d == NULL) {
        ERR_raise_data(ERR_LIB_SYS, errno, "calling OPENSSL_dir_read(%s)", dir);
        MBS_RAISE(ERR_R_SYS_LIB);
        return 0;
    }
    int ok = 1;
    struct dirent *de;
    char path[4096];
    while (ok && (de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        int n = snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
        if (n < 0 || (size_t)n >= sizeof(path)) {
            MBS_RAISE(SSL_R_PATH_TOO_LONG);
            ok = 0;
            break;
        }
        ok = SSL_add_file_cert_subjects_to_stack(stack, path);
    }
    closedir(d);
    return ok;
}

MBS_API STACK_OF(X509_NAME) * SSL_dup_CA_list(const STACK_OF(X509_NAME) * sk)
{
    MBS_TRACE_ENTRY();
    STACK_OF(X509_NAME) *ret = sk_X509_NAME_new_reserve(NULL, sk_X509_NAME_num(sk) > 0 ? sk_X509_NAME_num(sk) : 1);
    if (ret == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    for (int i = 0; i < sk_X509_NAME_num(sk); i++) {
        X509_NAME *n = X509_NAME_dup(sk_X509_NAME_value(sk, i));
        if (n == NULL || !sk_X509_NAME_push(ret, n)) {
            X509_NAME_free(n);
            sk_X509_NAME_pop_free(ret, X509_NAME_free);
            MBS_RAISE(ERR_R_MALLOC_FAILURE);
            return NULL;
        }
    }
    return ret;
}

/* ---- client CA list ---- */

/*
 * OpenSSL's model: a new context starts with empty lists (never NULL) that set(NULL) really clears; an
 * SSL has no list of its own until one is set or added to, and answers with its context's list while
 * its own is NULL. The context lists are made on first use here (*init records that they exist).
 */
static STACK_OF(X509_NAME) * ctx_list(STACK_OF(X509_NAME) * *slot, int *init)
{
    if (!__atomic_load_n(init, __ATOMIC_ACQUIRE)) {
        STACK_OF(X509_NAME) *empty = sk_X509_NAME_new_null(), *expected = NULL;
        if (empty == NULL) {
            MBS_RAISE(ERR_R_MALLOC_FAILURE);
            return NULL;
        }
        if (!__atomic_compare_exchange_n(slot, &expected, empty, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            sk_X509_NAME_free(empty);
        __atomic_store_n(init, 1, __ATOMIC_RELEASE);
    }
    return __atomic_load_n(slot, __ATOMIC_ACQUIRE);
}

static void ctx_set_list(STACK_OF(X509_NAME) * *slot, int *init, STACK_OF(X509_NAME) * name_list)
{
    sk_X509_NAME_pop_free(*slot, X509_NAME_free);
    *slot = name_list;
    __atomic_store_n(init, 1, __ATOMIC_RELEASE);
}

MBS_API void SSL_CTX_set_client_CA_list(SSL_CTX *ctx, STACK_OF(X509_NAME) * name_list)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx(ctx)) == NULL) {
        sk_X509_NAME_pop_free(name_list, X509_NAME_free); /* ownership was passed to us */
        return;
    }
    ctx_set_list(&e->client_ca, &e->client_ca_init, name_list);
}

MBS_API STACK_OF(X509_NAME) * SSL_CTX_get_client_CA_list(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx((SSL_CTX *)ctx)) == NULL)
        return NULL;
    return ctx_list(&e->client_ca, &e->client_ca_init);
}

MBS_API int SSL_CTX_add_client_CA(SSL_CTX *ctx, X509 *x)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || x == NULL)
        return 0;
    if ((e = mbs_app_ctx(ctx)) == NULL)
        return 0;
    (void)ctx_list(&e->client_ca, &e->client_ca_init);
    return add_subject(&e->client_ca, x, 0);
}

MBS_API void SSL_set_client_CA_list(SSL *s, STACK_OF(X509_NAME) * name_list)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    if (s == NULL || (e = mbs_app_ssl(s)) == NULL) {
        sk_X509_NAME_pop_free(name_list, X509_NAME_free);
        return;
    }
    sk_X509_NAME_pop_free(e->client_ca, X509_NAME_free);
    e->client_ca = name_list;
}

/* Server: the SSL's own list, else its context's. Client: the CA names the
 * server asked for, which Mbed TLS does not report: NULL, as OpenSSL before a
 * CertificateRequest. */
MBS_API STACK_OF(X509_NAME) * SSL_get_client_CA_list(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return NULL;
    if (s->role == MBS_ROLE_CLIENT)
        return NULL; /* an SSL without a role yet counts as a server, as with
                        OpenSSL's TLS_method() */
    const struct mbs_app_ssl_ext *e = mbs_app_ssl_peek(s);
    if (e != NULL && e->client_ca != NULL)
        return e->client_ca;
    return SSL_CTX_get_client_CA_list(s->ctx);
}

MBS_API int SSL_add_client_CA(SSL *s, X509 *x)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    if (s == NULL || x == NULL)
        return 0;
    if ((e = mbs_app_ssl(s)) == NULL)
        return 0;
    return add_subject(&e->client_ca, x, 0);
}

/* ---- generic CA list (certificate_authorities) ---- */

MBS_API void SSL_CTX_set0_CA_list(SSL_CTX *ctx, STACK_OF(X509_NAME) * name_list)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx(ctx)) == NULL) {
        sk_X509_NAME_pop_free(name_list, X509_NAME_free);
        return;
    }
    ctx_set_list(&e->ca_names, &e->ca_names_init, name_list);
}

MBS_API const STACK_OF(X509_NAME) * SSL_CTX_get0_CA_list(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || (e = mbs_app_ctx((SSL_CTX *)ctx)) == NULL)
        return NULL;
    return ctx_list(&e->ca_names, &e->ca_names_init);
}

MBS_API int SSL_CTX_add1_to_CA_list(SSL_CTX *ctx, const X509 *x)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ctx_ext *e;
    if (ctx == NULL || x == NULL)
        return 0;
    if ((e = mbs_app_ctx(ctx)) == NULL)
        return 0;
    (void)ctx_list(&e->ca_names, &e->ca_names_init);
    return add_subject(&e->ca_names, (X509 *)x, 0);
}

MBS_API void SSL_set0_CA_list(SSL *s, STACK_OF(X509_NAME) * name_list)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    if (s == NULL || (e = mbs_app_ssl(s)) == NULL) {
        sk_X509_NAME_pop_free(name_list, X509_NAME_free);
        return;
    }
    sk_X509_NAME_pop_free(e->ca_names, X509_NAME_free);
    e->ca_names = name_list;
}

MBS_API const STACK_OF(X509_NAME) * SSL_get0_CA_list(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return NULL;
    const struct mbs_app_ssl_ext *e = mbs_app_ssl_peek(s);
    if (e != NULL && e->ca_names != NULL)
        return e->ca_names;
    return SSL_CTX_get0_CA_list(s->ctx);
}

MBS_API int SSL_add1_to_CA_list(SSL *s, const X509 *x)
{
    MBS_TRACE_ENTRY();
    struct mbs_app_ssl_ext *e;
    if (s == NULL || x == NULL)
        return 0;
    if ((e = mbs_app_ssl(s)) == NULL)
        return 0;
    return add_subject(&e->ca_names, (X509 *)x, 0);
}

/* The peer's certificate_authorities are not reported by Mbed TLS. */
MBS_API const STACK_OF(X509_NAME) * SSL_get0_peer_CA_list(const SSL *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return NULL;
}
