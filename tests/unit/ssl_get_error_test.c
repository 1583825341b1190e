/* differential */
/*
 * shim/ssl/get_error.c: SSL_get_error's decision order (a queued error, then the retry state of the BIO in
 * the direction the call was blocked on, then a clean close, else SSL_ERROR_SYSCALL), driven by a scripted
 * transport BIO. Every expectation is real OpenSSL 3.0's observed behaviour.
 */
#include "unit/ssl_harness.h"

/* ---- a scripted BIO: each direction fails the way the test says ---- */

enum mode {
    M_SINK,          /* writes: swallow everything; reads: as M_RETRY_READ */
    M_RETRY_READ,    /* -1 + BIO_set_retry_read */
    M_RETRY_WRITE,   /* -1 + BIO_set_retry_write */
    M_SPECIAL_CONN,  /* -1 + retry special, reason BIO_RR_CONNECT */
    M_SPECIAL_ACPT,  /* -1 + retry special, reason BIO_RR_ACCEPT */
    M_SPECIAL_OTHER, /* -1 + retry special, reason BIO_RR_SSL_X509_LOOKUP */
    M_EOF,           /* 0, BIO_eof() = 1 */
    M_ZERO_NOEOF,    /* 0, BIO_eof() = 0 */
    M_ERRNO          /* -1, errno = ECONNRESET, no retry flags */
};

static enum mode rmode, wmode;
static int eof_flag;

static int apply(BIO *b, enum mode m, int len)
{
    BIO_clear_retry_flags(b);
    eof_flag = 0;
    switch (m) {
    case M_SINK:
        return len;
    case M_RETRY_READ:
        BIO_set_retry_read(b);
        return -1;
    case M_RETRY_WRITE:
        BIO_set_retry_write(b);
        return -1;
    case M_SPECIAL_CONN:
        BIO_set_flags(b, BIO_FLAGS_IO_SPECIAL | BIO_FLAGS_SHOULD_RETRY);
        BIO_set_retry_reason(b, BIO_RR_CONNECT);
        return -1;
    case M_SPECIAL_ACPT:
        BIO_set_flags(b, BIO_FLAGS_IO_SPECIAL | BIO_FLAGS_SHOULD_RETRY);
        BIO_set_retry_reason(b, BIO_RR_ACCEPT);
        return -1;
    case M_SPECIAL_OTHER:
        BIO_set_flags(b, BIO_FLAGS_IO_SPECIAL | BIO_FLAGS_SHOULD_RETRY);
        BIO_set_retry_reason(b, BIO_RR_SSL_X509_LOOKUP);
        return -1;
    case M_EOF:
        eof_flag = 1;
        return 0;
    case M_ZERO_NOEOF:
        return 0;
    case M_ERRNO:
        errno = ECONNRESET;
        return -1;
    }
    return -1;
}

static int s_write(BIO *b, const char *buf, int len)
{
    return apply(b, wmode, len);
}

static int s_read(BIO *b, char *buf, int len)
{
    return apply(b, rmode == M_SINK ? M_RETRY_READ : rmode, len);
}

static long s_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    switch (cmd) {
    case BIO_CTRL_EOF:
        return eof_flag;
    case BIO_CTRL_FLUSH:
        return 1;
    default:
        return 0;
    }
}

static BIO_METHOD *smeth;

static BIO *scripted(void)
{
    if (smeth == NULL) {
        smeth = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "scripted");
        BIO_meth_set_write(smeth, s_write);
        BIO_meth_set_read(smeth, s_read);
        BIO_meth_set_ctrl(smeth, s_ctrl);
    }
    BIO *b = BIO_new(smeth);
    ck_assert_ptr_nonnull(b);
    BIO_set_init(b, 1);
    return b;
}

/* A client over the scripted BIO; one handshake call with the given modes. */
static int client_step(enum mode w, enum mode r, SSL **out)
{
    SSL_CTX *ctx = h_client_ctx();
    SSL *s = SSL_new(ctx);
    BIO *b = scripted();
    SSL_CTX_free(ctx);
    SSL_set_bio(s, b, b);
    SSL_set_connect_state(s);
    wmode = w;
    rmode = r;
    *out = s;
    return SSL_do_handshake(s);
}

START_TEST(test_positive_is_none)
{
    SSL_CTX *ctx = h_client_ctx();
    SSL *s = SSL_new(ctx);
    ERR_raise(ERR_LIB_SSL, SSL_R_BAD_LENGTH);
    ck_assert_int_eq(SSL_get_error(s, 1), SSL_ERROR_NONE);
    ck_assert_int_eq(SSL_get_error(s, 1000), SSL_ERROR_NONE);
    /* the queue decides for 0 and negative returns */
    ck_assert_int_eq(SSL_get_error(s, 0), SSL_ERROR_SSL);
    ck_assert_int_eq(SSL_get_error(s, -1), SSL_ERROR_SSL);
    ck_assert_int_eq(err_take(), 1); /* SSL_get_error does not consume it */
    ERR_raise(ERR_LIB_SYS, ECONNRESET);
    ck_assert_int_eq(SSL_get_error(s, -1), SSL_ERROR_SYSCALL);
    ERR_clear_error();
    ERR_raise(ERR_LIB_BIO, BIO_R_BROKEN_PIPE);
    ck_assert_int_eq(SSL_get_error(s, -1), SSL_ERROR_SSL);
    ERR_clear_error();
    /* nothing queued, nothing happened yet */
    ck_assert_int_eq(SSL_get_error(s, 0), SSL_ERROR_SYSCALL);
    ck_assert_int_eq(SSL_get_error(s, -1), SSL_ERROR_SYSCALL);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_want_write)
{
    SSL *s;
    int r = client_step(M_RETRY_WRITE, M_RETRY_READ, &s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_WRITE);
    ck_assert_int_eq(SSL_want(s), SSL_WRITING);
    ck_assert_err_empty();
    SSL_free(s);
}
END_TEST

START_TEST(test_want_read)
{
    SSL *s;
    int r = client_step(M_SINK, M_RETRY_READ, &s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_READ);
    ck_assert_int_eq(SSL_want(s), SSL_READING);
    ck_assert_int_eq(SSL_want_read(s), 1);
    ck_assert_int_eq(SSL_want_write(s), 0);
    /* a read BIO that says "retry write" makes it WANT_WRITE */
    BIO_clear_retry_flags(SSL_get_rbio(s));
    BIO_set_retry_write(SSL_get_rbio(s));
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_WRITE);
    SSL_free(s);
}
END_TEST

START_TEST(test_want_connect_on_write)
{
    SSL *s;
    int r = client_step(M_SPECIAL_CONN, M_RETRY_READ, &s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_CONNECT);
    SSL_free(s);
}
END_TEST

START_TEST(test_want_accept_on_write)
{
    SSL *s;
    int r = client_step(M_SPECIAL_ACPT, M_RETRY_READ, &s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_ACCEPT);
    SSL_free(s);
}
END_TEST

START_TEST(test_want_connect_on_read)
{
    SSL *s;
    int r = client_step(M_SINK, M_SPECIAL_CONN, &s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_CONNECT);
    SSL_free(s);
}
END_TEST

START_TEST(test_special_other_reason)
{
    SSL *s;
    int r = client_step(M_SINK, M_SPECIAL_OTHER, &s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_SYSCALL);
    SSL_free(s);
}
END_TEST

START_TEST(test_eof_in_handshake)
{
    SSL *s;
    int r = client_step(M_SINK, M_EOF, &s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_SSL);
    ck_errs_exact("eof", 1, ERR_LIB_SSL, SSL_R_UNEXPECTED_EOF_WHILE_READING);
    SSL_free(s);
}
END_TEST

/* 0 from the BIO without BIO_eof(): not EOF for OpenSSL, just a failed read. */
START_TEST(test_zero_without_eof)
{
    SSL *s;
    int r = client_step(M_SINK, M_ZERO_NOEOF, &s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_SYSCALL);
    ck_assert_err_empty();
    SSL_free(s);
}
END_TEST

START_TEST(test_errno_read)
{
    SSL *s;
    errno = 0;
    int r = client_step(M_SINK, M_ERRNO, &s);
    int e = errno;
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_SYSCALL);
    ck_assert_int_eq(e, ECONNRESET);
    ck_assert_err_empty();
    SSL_free(s);
}
END_TEST

START_TEST(test_errno_write)
{
    SSL *s;
    errno = 0;
    int r = client_step(M_ERRNO, M_RETRY_READ, &s);
    int e = errno;
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_SYSCALL);
    ck_assert_int_eq(e, ECONNRESET);
    ck_assert_err_empty();
    SSL_free(s);
}
END_TEST

/* SSL_ERROR_ZERO_RETURN comes from the RECEIVED_SHUTDOWN flag (with no warning alert seen): the app setting
 * it with SSL_set_shutdown is enough, and SSL_read then reports a clean close without reading. */
START_TEST(test_zero_return_from_shutdown_flag)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    char buf[8];
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    SSL_set_shutdown(k.s, SSL_RECEIVED_SHUTDOWN);
    ck_assert_int_eq(SSL_get_shutdown(k.s), SSL_RECEIVED_SHUTDOWN);
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), 0);
    ck_assert_int_eq(SSL_get_error(k.s, 0), SSL_ERROR_ZERO_RETURN);
    ck_assert_err_empty();
    ck_assert_int_eq(SSL_shutdown(k.c), 0);
    ck_assert_int_eq(SSL_read(k.c, buf, sizeof(buf)), -1);
    ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_WANT_READ);
    h_conn_free(&k);
    /* and a real one does */
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_shutdown(k.c), 0);
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), 0);
    ck_assert_int_eq(SSL_get_error(k.s, 0), SSL_ERROR_ZERO_RETURN);
    /* a queued error still wins */
    ERR_raise(ERR_LIB_SSL, SSL_R_BAD_LENGTH);
    ck_assert_int_eq(SSL_get_error(k.s, 0), SSL_ERROR_SSL);
    ERR_clear_error();
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* A received fatal alert: SSL_ERROR_SSL with the alert's reason. */
START_TEST(test_fatal_alert_reason)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    int ce, se;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    X509_STORE *empty = X509_STORE_new();
    SSL_CTX_set_cert_store(cctx, empty); /* the client trusts nothing */
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(ce, SSL_ERROR_SSL);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED);
    int r = SSL_do_handshake(k.s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.s, r), SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_TLSV1_ALERT_UNKNOWN_CA);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_get_error");
    TCase *tc = h_tcase(s, "core");
    tcase_add_test(tc, test_positive_is_none);
    tcase_add_test(tc, test_want_write);
    tcase_add_test(tc, test_want_read);
    tcase_add_test(tc, test_want_connect_on_write);
    tcase_add_test(tc, test_want_accept_on_write);
    tcase_add_test(tc, test_want_connect_on_read);
    tcase_add_test(tc, test_special_other_reason);
    tcase_add_test(tc, test_eof_in_handshake);
    tcase_add_test(tc, test_zero_without_eof);
    tcase_add_test(tc, test_errno_read);
    tcase_add_test(tc, test_errno_write);
    tcase_add_test(tc, test_zero_return_from_shutdown_flag);
    tcase_add_test(tc, test_fatal_alert_reason);
    return h_run(s);
}
