/* SSL_CTX entry points: check arguments, then act on the context's settings and objects. */
#include <stdlib.h>
#include <string.h>

#include <openssl/x509v3.h>

#include "ssl/app_local.h"
#include "ssl/certkey.h"
#include "ssl/ssl_local.h"

MBS_API SSL_CTX *SSL_CTX_new_ex(OSSL_LIB_CTX *libctx, const char *propq, const SSL_METHOD *meth)
{
    MBS_TRACE_ENTRY();
    (void)libctx;
    (void)propq;
    if (meth == NULL) {
        MBS_RAISE(SSL_R_NULL_SSL_METHOD_PASSED);
        return NULL;
    }
    if (!OPENSSL_init_ssl(OPENSSL_INIT_LOAD_SSL_STRINGS, NULL)) {
        MBS_RAISE(SSL_R_LIBRARY_HAS_NO_CIPHERS);
        return NULL;
    }
    SSL_CTX *ctx = calloc(1, sizeof(*ctx));
    if (ctx == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    atomic_init(&ctx->references, 1);
    ctx->method = meth;
    pthread_mutex_init(&ctx->lock, NULL);
    ctx->session_cache_mode = SSL_SESS_CACHE_SERVER;
    ctx->session_cache_size = SSL_SESSION_CACHE_MAX_SIZE_DEFAULT;
    ctx->session_timeout = 7200; /* TLS 1.3 default lifetime, as OpenSSL uses for its methods */
    ctx->num_tickets = 2;
    if (mbs_settings_init(&ctx->s) != MBS_OK || (ctx->cert_store = X509_STORE_new()) == NULL ||
        !CRYPTO_new_ex_data(CRYPTO_EX_INDEX_SSL_CTX, ctx, &ctx->ex_data)) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        SSL_CTX_free(ctx);
        return NULL;
    }
    return ctx;
}

MBS_API SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth)
{
    MBS_TRACE_ENTRY();
    return SSL_CTX_new_ex(NULL, NULL, meth);
}

MBS_API int SSL_CTX_up_ref(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    atomic_fetch_add(&ctx->references, 1);
    return 1;
}

MBS_API void SSL_CTX_free(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL || atomic_fetch_sub(&ctx->references, 1) != 1)
        return;
    mbs_app_ctx_free(ctx); /* empties the session cache (remove callbacks) before ex_data goes, as OpenSSL */
    CRYPTO_free_ex_data(CRYPTO_EX_INDEX_SSL_CTX, ctx, &ctx->ex_data);
    mbs_settings_clear(&ctx->s);
    mbs_cert_key_clear(&ctx->ck);
    X509_STORE_free(ctx->cert_store);
    if (ctx->tickets_ready)
        mbedtls_ssl_ticket_free(&ctx->tickets);
    if (ctx->cache_ready)
        mbedtls_ssl_cache_free(&ctx->cache);
    pthread_mutex_destroy(&ctx->lock);
    free(ctx);
}

MBS_API const SSL_METHOD *SSL_CTX_get_ssl_method(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, NULL);
    return ctx->method;
}

MBS_API int SSL_CTX_set_ssl_version(SSL_CTX *ctx, const SSL_METHOD *meth)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    MBS_CHECK_NULL(meth, 0);
    ctx->method = meth;
    return 1;
}

/* ---- options ---- */

MBS_API uint64_t SSL_CTX_get_options(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->s.options : 0;
}

MBS_API uint64_t SSL_CTX_set_options(SSL_CTX *ctx, uint64_t op)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return 0;
    return ctx->s.options |= op;
}

MBS_API uint64_t SSL_CTX_clear_options(SSL_CTX *ctx, uint64_t op)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return 0;
    return ctx->s.options &= ~op;
}

/* ---- ctrl ---- */

MBS_API long SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg)
{
    MBS_TRACE_ENTRY();
    int handled;
    if (ctx == NULL) {
        /* OpenSSL answers the no-context query about protocol-bound support only */
        return 0;
    }
    long r = mbs_settings_ctrl(&ctx->s, cmd, larg, parg, &handled);
    if (handled)
        return r;
    switch (cmd) {
    case SSL_CTRL_EXTRA_CHAIN_CERT:
        return mbs_ck_add_chain_cert(&ctx->ck, parg);
    case SSL_CTRL_GET_EXTRA_CHAIN_CERTS:
        if (parg == NULL)
            return 0;
        *(STACK_OF(X509) **)parg = ctx->ck.chain;
        return 1;
    case SSL_CTRL_CLEAR_EXTRA_CHAIN_CERTS:
        sk_X509_pop_free(ctx->ck.chain, X509_free);
        ctx->ck.chain = NULL;
        ctx->ck.dirty = 1;
        return 1;
    case SSL_CTRL_CHAIN:
        if (larg) {
            sk_X509_pop_free(ctx->ck.chain, X509_free);
            ctx->ck.chain = parg != NULL ? X509_chain_up_ref(parg) : NULL;
        } else {
            sk_X509_pop_free(ctx->ck.chain, X509_free);
            ctx->ck.chain = parg;
        }
        ctx->ck.dirty = 1;
        return 1;
    case SSL_CTRL_CHAIN_CERT:
        if (parg == NULL)
            return 0;
        if (larg && !X509_up_ref(parg))
            return 0;
        return mbs_ck_add_chain_cert(&ctx->ck, parg);
    case SSL_CTRL_GET_CHAIN_CERTS:
        if (parg == NULL)
            return 0;
        *(STACK_OF(X509) **)parg = ctx->ck.chain;
        return 1;
    case SSL_CTRL_SESS_NUMBER:
        return mbs_app_sess_number(ctx);
    case SSL_CTRL_SET_SESS_CACHE_MODE: {
        long old = ctx->session_cache_mode;
        ctx->session_cache_mode = larg;
        return old;
    }
    case SSL_CTRL_GET_SESS_CACHE_MODE:
        return ctx->session_cache_mode;
    case SSL_CTRL_SET_SESS_CACHE_SIZE: {
        if (larg < 0)
            return 0;
        long old = ctx->session_cache_size;
        ctx->session_cache_size = larg;
        return old;
    }
    case SSL_CTRL_GET_SESS_CACHE_SIZE:
        return ctx->session_cache_size;
    case SSL_CTRL_SET_TLSEXT_SERVERNAME_ARG:
        ctx->servername_arg = parg;
        return 1;
    case SSL_CTRL_SET_MSG_CALLBACK_ARG:
        ctx->msg_callback_arg = parg;
        return 1;
    case SSL_CTRL_SESS_CONNECT:
    case SSL_CTRL_SESS_CONNECT_GOOD:
    case SSL_CTRL_SESS_CONNECT_RENEGOTIATE:
    case SSL_CTRL_SESS_ACCEPT:
    case SSL_CTRL_SESS_ACCEPT_GOOD:
    case SSL_CTRL_SESS_ACCEPT_RENEGOTIATE:
    case SSL_CTRL_SESS_HIT:
    case SSL_CTRL_SESS_CB_HIT:
    case SSL_CTRL_SESS_MISSES:
    case SSL_CTRL_SESS_TIMEOUTS:
    case SSL_CTRL_SESS_CACHE_FULL:
        return 0; /* statistics are not kept */
    case SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB_ARG:
    case SSL_CTRL_SET_TLSEXT_TICKET_KEYS:
    case SSL_CTRL_SET_SPLIT_SEND_FRAGMENT:
    case SSL_CTRL_SET_MAX_PIPELINES:
    case SSL_CTRL_CERT_FLAGS:
    case SSL_CTRL_CLEAR_CERT_FLAGS:
        return 1;
    default:
        return 0;
    }
}

MBS_API long SSL_CTX_callback_ctrl(SSL_CTX *ctx, int cmd, void (*fp)(void))
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return 0;
    switch (cmd) {
    case SSL_CTRL_SET_TLSEXT_SERVERNAME_CB:
        ctx->servername_cb = (int (*)(SSL *, int *, void *))fp;
        return 1;
    case SSL_CTRL_SET_MSG_CALLBACK:
        ctx->msg_callback = (void (*)(int, int, int, const void *, size_t, SSL *, void *))fp;
        return 1;
    case SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB:
    case SSL_CTRL_SET_TLSEXT_TICKET_KEY_CB:
    case SSL_CTRL_SET_TMP_DH_CB:
        return 1; /* accepted and not used */
    default:
        return 0;
    }
}

/* ---- verification ---- */

MBS_API void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb cb)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return;
    ctx->s.verify_mode = mode;
    ctx->s.verify_callback = cb;
}

MBS_API void SSL_CTX_set_verify_depth(SSL_CTX *ctx, int depth)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return;
    X509_VERIFY_PARAM_set_depth(ctx->s.param, depth);
}

MBS_API int SSL_CTX_get_verify_mode(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->s.verify_mode : 0;
}

MBS_API int SSL_CTX_get_verify_depth(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? X509_VERIFY_PARAM_get_depth(ctx->s.param) : -1;
}

MBS_API SSL_verify_cb SSL_CTX_get_verify_callback(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->s.verify_callback : NULL;
}

MBS_API void SSL_CTX_set_cert_verify_callback(SSL_CTX *ctx, int (*cb)(X509_STORE_CTX *, void *), void *arg)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return;
    ctx->app_verify_cb = cb;
    ctx->app_verify_arg = arg;
}

MBS_API X509_VERIFY_PARAM *SSL_CTX_get0_param(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, NULL);
    return ctx->s.param;
}

MBS_API int SSL_CTX_set1_param(SSL_CTX *ctx, X509_VERIFY_PARAM *vpm)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return X509_VERIFY_PARAM_set1(ctx->s.param, vpm);
}

MBS_API X509_STORE *SSL_CTX_get_cert_store(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->cert_store : NULL;
}

MBS_API void SSL_CTX_set_cert_store(SSL_CTX *ctx, X509_STORE *store)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return;
    X509_STORE_free(ctx->cert_store);
    ctx->cert_store = store;
}

MBS_API void SSL_CTX_set1_cert_store(SSL_CTX *ctx, X509_STORE *store)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL || (store != NULL && !X509_STORE_up_ref(store)))
        return;
    SSL_CTX_set_cert_store(ctx, store);
}

MBS_API int SSL_CTX_load_verify_locations(SSL_CTX *ctx, const char *file, const char *path)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    if (file == NULL && path == NULL)
        return 0;
    if (file != NULL && !X509_STORE_load_file(ctx->cert_store, file))
        return 0;
    if (path != NULL && !X509_STORE_load_path(ctx->cert_store, path))
        return 0;
    return 1;
}

MBS_API int SSL_CTX_load_verify_file(SSL_CTX *ctx, const char *file)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return X509_STORE_load_file(ctx->cert_store, file);
}

MBS_API int SSL_CTX_load_verify_dir(SSL_CTX *ctx, const char *dir)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return X509_STORE_load_path(ctx->cert_store, dir);
}

MBS_API int SSL_CTX_set_default_verify_paths(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return X509_STORE_set_default_paths(ctx->cert_store);
}

MBS_API int SSL_CTX_set_default_verify_file(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    /* 3.0 ignores a missing default file and clears the error */
    X509_LOOKUP *lookup = X509_STORE_add_lookup(ctx->cert_store, X509_LOOKUP_file());
    if (lookup == NULL)
        return 0;
    ERR_set_mark();
    X509_LOOKUP_load_file(lookup, NULL, X509_FILETYPE_DEFAULT);
    ERR_pop_to_mark();
    return 1;
}

MBS_API int SSL_CTX_set_default_verify_dir(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    X509_LOOKUP *lookup = X509_STORE_add_lookup(ctx->cert_store, X509_LOOKUP_hash_dir());
    if (lookup == NULL)
        return 0;
    ERR_set_mark();
    X509_LOOKUP_add_dir(lookup, NULL, X509_FILETYPE_DEFAULT);
    ERR_pop_to_mark();
    return 1;
}

/* ---- own certificate and key ---- */

MBS_API int SSL_CTX_use_certificate(SSL_CTX *ctx, X509 *x)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_ck_use_cert(&ctx->ck, x);
}

MBS_API int SSL_CTX_use_certificate_file(SSL_CTX *ctx, const char *file, int type)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_ck_use_cert_file(&ctx->ck, file, type, ctx->passwd_cb, ctx->passwd_arg);
}

MBS_API int SSL_CTX_use_certificate_ASN1(SSL_CTX *ctx, int len, const unsigned char *d)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_ck_use_cert_der(&ctx->ck, d, len);
}

MBS_API int SSL_CTX_use_certificate_chain_file(SSL_CTX *ctx, const char *file)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_ck_use_chain_file(&ctx->ck, file, ctx->passwd_cb, ctx->passwd_arg);
}

MBS_API int SSL_CTX_use_PrivateKey(SSL_CTX *ctx, EVP_PKEY *pkey)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_ck_use_key(&ctx->ck, pkey);
}

MBS_API int SSL_CTX_use_PrivateKey_file(SSL_CTX *ctx, const char *file, int type)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_ck_use_key_file(&ctx->ck, file, type, ctx->passwd_cb, ctx->passwd_arg);
}

MBS_API int SSL_CTX_use_PrivateKey_ASN1(int type, SSL_CTX *ctx, const unsigned char *d, long len)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_ck_use_key_der(&ctx->ck, type, d, len);
}

MBS_API int SSL_CTX_check_private_key(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_ck_check_key(&ctx->ck);
}

MBS_API X509 *SSL_CTX_get0_certificate(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->ck.x509 : NULL;
}

MBS_API EVP_PKEY *SSL_CTX_get0_privatekey(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->ck.pkey : NULL;
}

MBS_API void SSL_CTX_set_default_passwd_cb(SSL_CTX *ctx, pem_password_cb *cb)
{
    MBS_TRACE_ENTRY();
    if (ctx != NULL)
        ctx->passwd_cb = cb;
}

MBS_API void SSL_CTX_set_default_passwd_cb_userdata(SSL_CTX *ctx, void *u)
{
    MBS_TRACE_ENTRY();
    if (ctx != NULL)
        ctx->passwd_arg = u;
}

MBS_API pem_password_cb *SSL_CTX_get_default_passwd_cb(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->passwd_cb : NULL;
}

MBS_API void *SSL_CTX_get_default_passwd_cb_userdata(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->passwd_arg : NULL;
}

/* ---- ciphers, ALPN, callbacks ---- */

MBS_API int SSL_CTX_set_cipher_list(SSL_CTX *ctx, const char *str)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_settings_cipher_list(&ctx->s, str);
}

MBS_API int SSL_CTX_set_ciphersuites(SSL_CTX *ctx, const char *str)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_settings_ciphersuites(&ctx->s, str);
}

MBS_API int SSL_CTX_set_alpn_protos(SSL_CTX *ctx, const unsigned char *protos, unsigned int len)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? mbs_settings_alpn(&ctx->s, protos, len) : 1;
}

MBS_API void SSL_CTX_set_alpn_select_cb(SSL_CTX *ctx, SSL_CTX_alpn_select_cb_func cb, void *arg)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return;
    ctx->alpn_select_cb = cb;
    ctx->alpn_select_arg = arg;
}

MBS_API void SSL_CTX_set_info_callback(SSL_CTX *ctx, void (*cb)(const SSL *, int, int))
{
    MBS_TRACE_ENTRY();
    if (ctx != NULL)
        ctx->info_callback = cb;
}

MBS_API void (*SSL_CTX_get_info_callback(SSL_CTX *ctx))(const SSL *, int, int)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->info_callback : NULL;
}

MBS_API void SSL_CTX_set_keylog_callback(SSL_CTX *ctx, SSL_CTX_keylog_cb_func cb)
{
    MBS_TRACE_ENTRY();
    if (ctx != NULL)
        ctx->keylog_cb = cb;
}

MBS_API SSL_CTX_keylog_cb_func SSL_CTX_get_keylog_callback(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->keylog_cb : NULL;
}

MBS_API void SSL_CTX_set_client_hello_cb(SSL_CTX *ctx, SSL_client_hello_cb_fn cb, void *arg)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return;
    ctx->client_hello_cb = cb;
    ctx->client_hello_arg = arg;
}

MBS_API void SSL_CTX_set_client_cert_cb(SSL_CTX *ctx, int (*cb)(SSL *, X509 **, EVP_PKEY **))
{
    MBS_TRACE_ENTRY();
    if (ctx != NULL)
        ctx->client_cert_cb = cb;
}

MBS_API void SSL_CTX_set_msg_callback(SSL_CTX *ctx, void (*cb)(int, int, int, const void *, size_t, SSL *, void *))
{
    MBS_TRACE_ENTRY();
    SSL_CTX_callback_ctrl(ctx, SSL_CTRL_SET_MSG_CALLBACK, (void (*)(void))cb);
}

MBS_API void SSL_CTX_set_quiet_shutdown(SSL_CTX *ctx, int mode)
{
    MBS_TRACE_ENTRY();
    if (ctx != NULL)
        ctx->s.quiet_shutdown = mode;
}

MBS_API int SSL_CTX_get_quiet_shutdown(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->s.quiet_shutdown : 0;
}

MBS_API void SSL_CTX_set_security_level(SSL_CTX *ctx, int level)
{
    MBS_TRACE_ENTRY();
    if (ctx != NULL)
        ctx->s.security_level = level;
}

MBS_API int SSL_CTX_get_security_level(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->s.security_level : 0;
}

MBS_API int SSL_CTX_set_session_id_context(SSL_CTX *ctx, const unsigned char *sid_ctx, unsigned int len)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return mbs_settings_sid_ctx(&ctx->s, sid_ctx, len);
}

MBS_API long SSL_CTX_set_timeout(SSL_CTX *ctx, long t)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL)
        return 0;
    long old = ctx->session_timeout;
    ctx->session_timeout = t;
    return old;
}

MBS_API long SSL_CTX_get_timeout(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->session_timeout : 0;
}

MBS_API void SSL_CTX_sess_set_new_cb(SSL_CTX *ctx, int (*cb)(SSL *, SSL_SESSION *))
{
    MBS_TRACE_ENTRY();
    if (ctx != NULL)
        ctx->new_session_cb = cb;
}

MBS_API void SSL_CTX_sess_set_remove_cb(SSL_CTX *ctx, void (*cb)(SSL_CTX *, SSL_SESSION *))
{
    MBS_TRACE_ENTRY();
    if (ctx != NULL)
        ctx->remove_session_cb = cb;
}

MBS_API int SSL_CTX_set_num_tickets(SSL_CTX *ctx, size_t n)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    ctx->num_tickets = n;
    ctx->s.num_tickets = n; /* what SSL_new copies */
    ctx->s.num_tickets_set = 1;
    return 1;
}

MBS_API size_t SSL_CTX_get_num_tickets(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? ctx->num_tickets : 0;
}

MBS_API int SSL_CTX_set_ex_data(SSL_CTX *ctx, int idx, void *arg)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return CRYPTO_set_ex_data(&ctx->ex_data, idx, arg);
}

MBS_API void *SSL_CTX_get_ex_data(const SSL_CTX *ctx, int idx)
{
    MBS_TRACE_ENTRY();
    return ctx != NULL ? CRYPTO_get_ex_data(&ctx->ex_data, idx) : NULL;
}
