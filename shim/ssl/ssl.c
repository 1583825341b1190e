/* SSL object entry points: argument checks, settings, BIO plumbing; protocol work is in engine.c. */
#include <stdlib.h>
#include <string.h>

#include <openssl/x509v3.h>

#include "ssl/app_local.h"
#include "ssl/certkey.h"
#include "ssl/ssl_local.h"

void mbs_ssl_release_mbed(SSL *s);

MBS_API SSL *SSL_new(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    if (ctx == NULL) {
        MBS_RAISE(SSL_R_NULL_SSL_CTX);
        return NULL;
    }
    SSL *s = calloc(1, sizeof(*s));
    if (s == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    atomic_init(&s->references, 1);
    SSL_CTX_up_ref(ctx);
    s->ctx = ctx;
    SSL_CTX_up_ref(ctx);
    s->initial_ctx = ctx;
    s->method = ctx->method;
    s->rwstate = MBS_NOTHING;
    s->verify_result = X509_V_OK;
    /* the info callback stays the context's (read through it); the message callback is copied */
    s->msg_callback = ctx->msg_callback;
    s->msg_callback_arg = ctx->msg_callback_arg;
    if (mbs_settings_copy(&s->s, &ctx->s) != MBS_OK || mbs_cert_key_copy(&s->ck, &ctx->ck) != MBS_OK ||
        !CRYPTO_new_ex_data(CRYPTO_EX_INDEX_SSL, s, &s->ex_data)) {
        SSL_free(s);
        return NULL;
    }
    return s;
}

MBS_API int SSL_up_ref(SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    atomic_fetch_add(&s->references, 1);
    return 1;
}

static void free_results(SSL *s)
{
    mbs_id_list_free(&s->client_groups);
    X509_free(s->peer_cert);
    s->peer_cert = NULL;
    sk_X509_pop_free(s->peer_chain, X509_free);
    s->peer_chain = NULL;
    sk_X509_pop_free(s->verified_chain, X509_free);
    s->verified_chain = NULL;
    free(s->alpn_selected);
    s->alpn_selected = NULL;
    s->alpn_selected_len = 0;
    free(s->peek_buf);
    s->peek_buf = NULL;
    s->peek_len = s->peek_cap = 0;
    free(s->ch_buf);
    s->ch_buf = NULL;
    s->ch_len = s->ch_cap = 0;
}

MBS_API void SSL_free(SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || atomic_fetch_sub(&s->references, 1) != 1)
        return;
    CRYPTO_free_ex_data(CRYPTO_EX_INDEX_SSL, s, &s->ex_data);
    mbs_app_ssl_free(s);
    mbs_ssl_release_mbed(s);
    free_results(s);
    /* rbio and wbio each own a reference, also when they are the same BIO */
    BIO_free_all(s->rbio);
    BIO_free_all(s->wbio);
    SSL_SESSION_free(s->session);
    free(s->hostname);
    mbs_settings_clear(&s->s);
    mbs_cert_key_clear(&s->ck);
    SSL_CTX_free(s->ctx);
    SSL_CTX_free(s->initial_ctx);
    free(s);
}

/* Everything a connection leaves behind, so that the same SSL can make a new one (SSL_clear). The role,
 * BIOs, settings, own certificate, session to resume and callbacks stay. */
static void reset_connection(SSL *s)
{
    mbs_ssl_release_mbed(s);
    free_results(s);
    s->hs = MBS_HS_BEFORE;
    s->shutdown = 0;
    s->fatal = 0;
    s->pending_alert = 0;
    s->close_notify_pending = 0;
    s->wnum = 0;
    s->wpend_len = 0;
    s->wpend_buf = NULL;
    s->first_len = 0;
    s->ch_done = 0;
    s->version = 0;
    s->cipher_id = 0;
    s->group_id = 0;
    s->have_randoms = 0;
    s->master_key_len = 0;
    s->verify_result = X509_V_OK;
    s->verify_failed = 0;
    s->verify_abort_sent = 0;
    s->client_cert_cb_done = 0;
    s->session_reused = 0;
    mbs_reset_io_state(s);
}

MBS_API int SSL_clear(SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    reset_connection(s);
    if (s->role == MBS_ROLE_SERVER) {
        /* a server learns the name from the next ClientHello */
        free(s->hostname);
        s->hostname = NULL;
    }
    return 1;
}

/* ---- BIO plumbing (OpenSSL's ownership rules) ---- */

MBS_API void SSL_set0_rbio(SSL *s, BIO *rbio)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return;
    BIO_free_all(s->rbio);
    s->rbio = rbio;
}

MBS_API void SSL_set0_wbio(SSL *s, BIO *wbio)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return;
    BIO_free_all(s->wbio);
    s->wbio = wbio;
}

MBS_API void SSL_set_bio(SSL *s, BIO *rbio, BIO *wbio)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return;
    /* one reference each is handed over; the same BIO twice means two references */
    if (rbio == s->rbio && wbio == s->wbio)
        return; /* nothing changes, no reference changes hands */
    if (rbio != NULL && rbio == wbio)
        BIO_up_ref(rbio);
    if (rbio == s->rbio) { /* only the write side changes: adopt one reference */
        SSL_set0_wbio(s, wbio);
        return;
    }
    if (wbio == s->wbio && s->rbio != s->wbio) {
        SSL_set0_rbio(s, rbio);
        return;
    }
    SSL_set0_rbio(s, rbio);
    SSL_set0_wbio(s, wbio);
}

MBS_API BIO *SSL_get_rbio(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->rbio : NULL;
}

MBS_API BIO *SSL_get_wbio(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->wbio : NULL;
}

static BIO *socket_bio(int fd)
{
    BIO *b = BIO_new(BIO_s_socket());
    if (b == NULL) {
        MBS_RAISE(ERR_R_BUF_LIB);
        return NULL;
    }
    BIO_set_fd(b, fd, BIO_NOCLOSE);
    return b;
}

MBS_API int SSL_set_fd(SSL *s, int fd)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    BIO *b = socket_bio(fd);
    if (b == NULL)
        return 0;
    SSL_set_bio(s, b, b);
    return 1;
}

static int is_socket_with_fd(BIO *b, int fd)
{
    return b != NULL && BIO_method_type(b) == BIO_TYPE_SOCKET && BIO_get_fd(b, NULL) == fd;
}

MBS_API int SSL_set_rfd(SSL *s, int fd)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    if (is_socket_with_fd(s->wbio, fd)) {
        BIO_up_ref(s->wbio);
        SSL_set0_rbio(s, s->wbio);
        return 1;
    }
    BIO *b = socket_bio(fd);
    if (b == NULL)
        return 0;
    SSL_set0_rbio(s, b);
    return 1;
}

MBS_API int SSL_set_wfd(SSL *s, int fd)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    if (is_socket_with_fd(s->rbio, fd)) {
        BIO_up_ref(s->rbio);
        SSL_set0_wbio(s, s->rbio);
        return 1;
    }
    BIO *b = socket_bio(fd);
    if (b == NULL)
        return 0;
    SSL_set0_wbio(s, b);
    return 1;
}

static int bio_fd(BIO *b)
{
    BIO *d = b != NULL ? BIO_find_type(b, BIO_TYPE_DESCRIPTOR) : NULL;
    int fd = -1;
    if (d != NULL)
        BIO_get_fd(d, &fd);
    return fd;
}

MBS_API int SSL_get_rfd(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? bio_fd(s->rbio) : -1;
}

MBS_API int SSL_get_wfd(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? bio_fd(s->wbio) : -1;
}

MBS_API int SSL_get_fd(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return SSL_get_rfd(s);
}

/* ---- role and state ---- */

MBS_API void SSL_set_connect_state(SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return;
    s->role = MBS_ROLE_CLIENT;
    s->shutdown = 0;
    s->hs = MBS_HS_BEFORE;
}

MBS_API void SSL_set_accept_state(SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return;
    s->role = MBS_ROLE_SERVER;
    s->shutdown = 0;
    s->hs = MBS_HS_BEFORE;
}

MBS_API int SSL_is_server(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return 0;
    if (s->role != MBS_ROLE_UNSET)
        return s->role == MBS_ROLE_SERVER;
    /* before a role is chosen OpenSSL reports whether the method can accept */
    return s->method->role != MBS_ROLE_CLIENT;
}

MBS_API int SSL_do_handshake(SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, -1);
    MBS_TRACE_ENTRY();
    if (s->role == MBS_ROLE_UNSET) {
        MBS_RAISE(SSL_R_CONNECTION_TYPE_NOT_SET);
        return -1;
    }
    return mbs_handshake(s);
}

MBS_API int SSL_connect(SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, -1);
    if (s->role == MBS_ROLE_UNSET)
        SSL_set_connect_state(s);
    return SSL_do_handshake(s);
}

MBS_API int SSL_accept(SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, -1);
    if (s->role == MBS_ROLE_UNSET)
        SSL_set_accept_state(s);
    return SSL_do_handshake(s);
}

MBS_API int SSL_is_init_finished(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL && s->hs == MBS_HS_DONE;
}

MBS_API int SSL_in_init(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL && s->hs != MBS_HS_DONE;
}

MBS_API int SSL_in_before(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL && s->hs == MBS_HS_BEFORE;
}

MBS_API OSSL_HANDSHAKE_STATE SSL_get_state(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || s->hs == MBS_HS_BEFORE)
        return TLS_ST_BEFORE;
    return s->hs == MBS_HS_DONE ? TLS_ST_OK : TLS_ST_BEFORE;
}

MBS_API const char *SSL_state_string(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return "UNKWN ";
    switch (s->hs) {
    case MBS_HS_BEFORE:
        return "PINIT";
    case MBS_HS_DONE:
        return "SSLOK";
    case MBS_HS_FAILED:
        return "SSLERR";
    default:
        return "UNKWN ";
    }
}

MBS_API const char *SSL_state_string_long(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return "unknown state";
    switch (s->hs) {
    case MBS_HS_BEFORE:
        return "before SSL initialization";
    case MBS_HS_DONE:
        return "SSL negotiation finished successfully";
    case MBS_HS_FAILED:
        return "error";
    default:
        return "unknown state";
    }
}

/* ---- data ---- */

MBS_API int SSL_read_ex(SSL *s, void *buf, size_t num, size_t *readbytes)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    size_t n = 0;
    int r = mbs_read(s, buf, num, &n, 0);
    if (readbytes != NULL && r > 0) /* untouched on failure, as OpenSSL */
        *readbytes = n;
    return r > 0;
}

MBS_API int SSL_read(SSL *s, void *buf, int num)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, -1);
    if (num < 0) {
        MBS_RAISE(SSL_R_BAD_LENGTH);
        return -1;
    }
    size_t n = 0;
    int r = mbs_read(s, buf, (size_t)num, &n, 0);
    return r > 0 ? (int)n : r;
}

MBS_API int SSL_peek_ex(SSL *s, void *buf, size_t num, size_t *readbytes)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    size_t n = 0;
    int r = mbs_read(s, buf, num, &n, 1);
    if (readbytes != NULL && r > 0)
        *readbytes = n;
    return r > 0;
}

MBS_API int SSL_peek(SSL *s, void *buf, int num)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, -1);
    if (num < 0) {
        MBS_RAISE(SSL_R_BAD_LENGTH);
        return -1;
    }
    size_t n = 0;
    int r = mbs_read(s, buf, (size_t)num, &n, 1);
    return r > 0 ? (int)n : r;
}

MBS_API int SSL_write_ex(SSL *s, const void *buf, size_t num, size_t *written)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    size_t n = 0;
    int r = mbs_write(s, buf, num, &n);
    if (written != NULL && r > 0)
        *written = n;
    return r > 0;
}

MBS_API int SSL_write(SSL *s, const void *buf, int num)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, -1);
    if (num < 0) {
        MBS_RAISE(SSL_R_BAD_LENGTH);
        return -1;
    }
    size_t n = 0;
    int r = mbs_write(s, buf, (size_t)num, &n);
    return r > 0 ? (int)n : r;
}

MBS_API int SSL_shutdown(SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, -1);
    return mbs_shutdown(s);
}

MBS_API int SSL_get_shutdown(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->shutdown : 0;
}

MBS_API void SSL_set_shutdown(SSL *s, int mode)
{
    MBS_TRACE_ENTRY();
    if (s != NULL)
        s->shutdown = mode;
}

MBS_API void SSL_set_quiet_shutdown(SSL *s, int mode)
{
    MBS_TRACE_ENTRY();
    if (s != NULL)
        s->s.quiet_shutdown = mode;
}

MBS_API int SSL_get_quiet_shutdown(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->s.quiet_shutdown : 0;
}

MBS_API int SSL_want(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->rwstate : MBS_NOTHING;
}

/* ---- options, ctrl ---- */

MBS_API uint64_t SSL_get_options(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->s.options : 0;
}

MBS_API uint64_t SSL_set_options(SSL *s, uint64_t op)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return 0;
    return s->s.options |= op;
}

MBS_API uint64_t SSL_clear_options(SSL *s, uint64_t op)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return 0;
    return s->s.options &= ~op;
}

static long set_hostname(SSL *s, long type, const char *name)
{
    if (type != TLSEXT_NAMETYPE_host_name) {
        MBS_RAISE(SSL_R_SSL3_EXT_INVALID_SERVERNAME_TYPE);
        return 0;
    }
    char *copy = NULL;
    if (name != NULL) {
        size_t len = strlen(name);
        if (len == 0 || len > TLSEXT_MAXLEN_host_name) {
            MBS_RAISE(SSL_R_SSL3_EXT_INVALID_SERVERNAME);
            return 0;
        }
        if ((copy = strdup(name)) == NULL) {
            MBS_RAISE(ERR_R_MALLOC_FAILURE);
            return 0;
        }
    }
    free(s->hostname);
    s->hostname = copy;
    return 1;
}

MBS_API long SSL_ctrl(SSL *s, int cmd, long larg, void *parg)
{
    MBS_TRACE_ENTRY();
    int handled;
    if (s == NULL)
        return 0;
    long r = mbs_settings_ctrl(&s->s, cmd, larg, parg, &handled);
    if (handled)
        return r;
    switch (cmd) {
    case SSL_CTRL_SET_TLSEXT_HOSTNAME:
        return set_hostname(s, larg, parg);
    case SSL_CTRL_GET_EXTRA_CHAIN_CERTS:
        if (parg == NULL)
            return 0;
        *(STACK_OF(X509) **)parg = s->ck.chain;
        return 1;
    case SSL_CTRL_CHAIN_CERT:
        if (parg == NULL)
            return 0;
        if (larg && !X509_up_ref(parg))
            return 0;
        return mbs_ck_add_chain_cert(&s->ck, parg);
    case SSL_CTRL_GET_CHAIN_CERTS:
        if (parg == NULL)
            return 0;
        *(STACK_OF(X509) **)parg = s->ck.chain;
        return 1;
    case SSL_CTRL_SET_MSG_CALLBACK_ARG:
        s->msg_callback_arg = parg;
        return 1;
    case SSL_CTRL_GET_RI_SUPPORT:
        /* secure renegotiation is a TLS <= 1.2 notion; Mbed TLS always signals it there */
        return s->hs == MBS_HS_DONE && s->version != TLS1_3_VERSION;
    case SSL_CTRL_GET_EXTMS_SUPPORT:
        if (s->hs != MBS_HS_DONE)
            return -1;
        return s->version != TLS1_3_VERSION; /* Mbed TLS negotiates EMS with every TLS 1.2 peer that offers it */
    case SSL_CTRL_GET_SHARED_GROUP:
        return mbs_shared_group(s, larg);
    case SSL_CTRL_GET_NEGOTIATED_GROUP:
        return s->hs == MBS_HS_DONE && s->group_id != 0 ? mbs_group_nid(s->group_id) : 0;
    case SSL_CTRL_SET_SPLIT_SEND_FRAGMENT:
    case SSL_CTRL_SET_MAX_PIPELINES:
    case SSL_CTRL_SET_TLSEXT_STATUS_REQ_TYPE:
        return 1;
    case SSL_CTRL_GET_NUM_RENEGOTIATIONS:
    case SSL_CTRL_CLEAR_NUM_RENEGOTIATIONS:
    case SSL_CTRL_GET_TOTAL_RENEGOTIATIONS:
        return 0;
    default:
        return 0;
    }
}

MBS_API long SSL_callback_ctrl(SSL *s, int cmd, void (*fp)(void))
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return 0;
    if (cmd == SSL_CTRL_SET_MSG_CALLBACK) {
        s->msg_callback = (void (*)(int, int, int, const void *, size_t, SSL *, void *))fp;
        return 1;
    }
    return 0;
}

MBS_API int SSL_set_cipher_list(SSL *s, const char *str)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_settings_cipher_list(&s->s, str);
}

MBS_API int SSL_set_ciphersuites(SSL *s, const char *str)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_settings_ciphersuites(&s->s, str);
}

MBS_API int SSL_set_alpn_protos(SSL *s, const unsigned char *protos, unsigned int len)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? mbs_settings_alpn(&s->s, protos, len) : 1;
}

MBS_API void SSL_get0_alpn_selected(const SSL *s, const unsigned char **data, unsigned int *len)
{
    MBS_TRACE_ENTRY();
    if (data != NULL)
        *data = s != NULL ? s->alpn_selected : NULL;
    if (len != NULL)
        *len = s != NULL ? (unsigned int)s->alpn_selected_len : 0;
}

/* ---- verification ---- */

MBS_API void SSL_set_verify(SSL *s, int mode, SSL_verify_cb cb)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return;
    s->s.verify_mode = mode;
    if (cb != NULL)
        s->s.verify_callback = cb;
}

MBS_API void SSL_set_verify_depth(SSL *s, int depth)
{
    MBS_TRACE_ENTRY();
    if (s != NULL)
        X509_VERIFY_PARAM_set_depth(s->s.param, depth);
}

MBS_API int SSL_get_verify_mode(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->s.verify_mode : 0;
}

MBS_API int SSL_get_verify_depth(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? X509_VERIFY_PARAM_get_depth(s->s.param) : -1;
}

MBS_API SSL_verify_cb SSL_get_verify_callback(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->s.verify_callback : NULL;
}

MBS_API X509_VERIFY_PARAM *SSL_get0_param(SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, NULL);
    return s->s.param;
}

MBS_API int SSL_set1_param(SSL *s, X509_VERIFY_PARAM *vpm)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return X509_VERIFY_PARAM_set1(s->s.param, vpm);
}

MBS_API int SSL_set1_host(SSL *s, const char *host)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    /* an IP literal becomes an IP check, as in OpenSSL 3.0 */
    if (host != NULL && X509_VERIFY_PARAM_set1_ip_asc(s->s.param, host) == 1)
        return X509_VERIFY_PARAM_set1_host(s->s.param, NULL, 0);
    X509_VERIFY_PARAM_set1_ip(s->s.param, NULL, 0);
    return X509_VERIFY_PARAM_set1_host(s->s.param, host, 0);
}

MBS_API int SSL_add1_host(SSL *s, const char *host)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return X509_VERIFY_PARAM_add1_host(s->s.param, host, 0);
}

MBS_API void SSL_set_hostflags(SSL *s, unsigned int flags)
{
    MBS_TRACE_ENTRY();
    if (s != NULL)
        X509_VERIFY_PARAM_set_hostflags(s->s.param, flags);
}

MBS_API const char *SSL_get0_peername(SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, NULL);
    return X509_VERIFY_PARAM_get0_peername(s->s.param);
}

MBS_API long SSL_get_verify_result(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->verify_result : X509_V_ERR_UNSPECIFIED;
}

MBS_API void SSL_set_verify_result(SSL *s, long v)
{
    MBS_TRACE_ENTRY();
    if (s != NULL)
        s->verify_result = v;
}

MBS_API X509 *SSL_get1_peer_certificate(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || s->peer_cert == NULL)
        return NULL;
    X509_up_ref(s->peer_cert);
    return s->peer_cert;
}

MBS_API X509 *SSL_get0_peer_certificate(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->peer_cert : NULL;
}

MBS_API STACK_OF(X509) *SSL_get_peer_cert_chain(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->peer_chain : NULL;
}

MBS_API STACK_OF(X509) *SSL_get0_verified_chain(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->verified_chain : NULL;
}

/* ---- own certificate and key ---- */

MBS_API int SSL_use_certificate(SSL *s, X509 *x)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_ck_use_cert(&s->ck, x);
}

MBS_API int SSL_use_certificate_file(SSL *s, const char *file, int type)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_ck_use_cert_file(&s->ck, file, type, SSL_get_default_passwd_cb(s), SSL_get_default_passwd_cb_userdata(s));
}

MBS_API int SSL_use_certificate_ASN1(SSL *s, const unsigned char *d, int len)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_ck_use_cert_der(&s->ck, d, len);
}

MBS_API int SSL_use_certificate_chain_file(SSL *s, const char *file)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_ck_use_chain_file(&s->ck, file, SSL_get_default_passwd_cb(s), SSL_get_default_passwd_cb_userdata(s));
}

MBS_API int SSL_use_PrivateKey(SSL *s, EVP_PKEY *pkey)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_ck_use_key(&s->ck, pkey);
}

MBS_API int SSL_use_PrivateKey_file(SSL *s, const char *file, int type)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_ck_use_key_file(&s->ck, file, type, SSL_get_default_passwd_cb(s), SSL_get_default_passwd_cb_userdata(s));
}

MBS_API int SSL_use_PrivateKey_ASN1(int type, SSL *s, const unsigned char *d, long len)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_ck_use_key_der(&s->ck, type, d, len);
}

MBS_API int SSL_check_private_key(const SSL *s)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_ck_check_key(&s->ck);
}

MBS_API X509 *SSL_get_certificate(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->ck.x509 : NULL;
}

MBS_API EVP_PKEY *SSL_get_privatekey(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->ck.pkey : NULL;
}

/* ---- context switching (SNI), ex_data, callbacks ---- */

MBS_API SSL_CTX *SSL_get_SSL_CTX(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->ctx : NULL;
}

MBS_API SSL_CTX *SSL_set_SSL_CTX(SSL *s, SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return NULL;
    if (ctx == NULL)
        ctx = s->initial_ctx;
    if (ctx == s->ctx)
        return ctx;
    /* the certificate and key follow the new context (name-based virtual hosting) */
    mbs_cert_key ck;
    if (mbs_cert_key_copy(&ck, &ctx->ck) != MBS_OK)
        return NULL;
    mbs_cert_key_clear(&s->ck);
    s->ck = ck;
    SSL_CTX_up_ref(ctx);
    SSL_CTX_free(s->ctx);
    s->ctx = ctx;
    return ctx;
}

MBS_API int SSL_set_ex_data(SSL *s, int idx, void *arg)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return CRYPTO_set_ex_data(&s->ex_data, idx, arg);
}

MBS_API void *SSL_get_ex_data(const SSL *s, int idx)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? CRYPTO_get_ex_data(&s->ex_data, idx) : NULL;
}

MBS_API int SSL_get_ex_data_X509_STORE_CTX_idx(void)
{
    MBS_TRACE_ENTRY();
    return mbs_store_ctx_ssl_idx();
}

MBS_API void SSL_set_info_callback(SSL *s, void (*cb)(const SSL *, int, int))
{
    MBS_TRACE_ENTRY();
    if (s != NULL)
        s->info_callback = cb;
}

MBS_API void (*SSL_get_info_callback(const SSL *s))(const SSL *, int, int)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->info_callback : NULL;
}

MBS_API void SSL_set_msg_callback(SSL *s, void (*cb)(int, int, int, const void *, size_t, SSL *, void *))
{
    MBS_TRACE_ENTRY();
    SSL_callback_ctrl(s, SSL_CTRL_SET_MSG_CALLBACK, (void (*)(void))cb);
}

MBS_API void SSL_set_security_level(SSL *s, int level)
{
    MBS_TRACE_ENTRY();
    if (s != NULL)
        s->s.security_level = level;
}

MBS_API int SSL_get_security_level(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL ? s->s.security_level : 0;
}

MBS_API int SSL_set_session_id_context(SSL *s, const unsigned char *sid_ctx, unsigned int len)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(s, 0);
    return mbs_settings_sid_ctx(&s->s, sid_ctx, len);
}

MBS_API int SSL_get_servername_type(const SSL *s)
{
    MBS_TRACE_ENTRY();
    return s != NULL && s->hostname != NULL ? TLSEXT_NAMETYPE_host_name : -1;
}

MBS_API const char *SSL_get_servername(const SSL *s, const int type)
{
    MBS_TRACE_ENTRY();
    if (s == NULL || type != TLSEXT_NAMETYPE_host_name)
        return NULL;
    return s->hostname;
}

MBS_API int SSL_pending(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return 0;
    size_t n = s->peek_len;
    if (s->mbed_ready && s->hs == MBS_HS_DONE)
        n += mbedtls_ssl_get_bytes_avail(&s->mbed);
    return n > INT32_MAX ? INT32_MAX : (int)n;
}

MBS_API int SSL_has_pending(const SSL *s)
{
    MBS_TRACE_ENTRY();
    if (s == NULL)
        return 0;
    if (SSL_pending(s) > 0)
        return 1;
    /* unprocessed record bytes count too, as OpenSSL's read-ahead buffer does */
    return s->mbed_ready && mbedtls_ssl_check_pending(&s->mbed);
}
