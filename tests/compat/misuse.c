/* API misuse: I/O on an SSL without a BIO/fd, handshakes with no role set, bad lengths, queries before a
 * handshake, NULL arguments that OpenSSL tolerates, SSL_get_error without a preceding failure. */
#include "common.h"

#include <string.h>
#include <unistd.h>

static SSL_CTX *cctx;
static SSL *fresh(void)
{
    cctx = SSL_CTX_new(TLS_client_method());
    ck_assert_ptr_nonnull(cctx);
    SSL *s = SSL_new(cctx);
    ck_assert_ptr_nonnull(s);
    return s;
}
static void done(SSL *s)
{
    SSL_free(s);
    SSL_CTX_free(cctx);
}

START_TEST(connect_without_bio)
{
    SSL *s = fresh();
    obs_int("rbio_null", SSL_get_rbio(s) == NULL);
    obs_int("fd", SSL_get_fd(s));
    /* the ClientHello goes to a NULL wbio: SYSCALL with an empty queue */
    int r = OBS_CALL("connect", s, SSL_connect(s));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SYSCALL, 0, 0);
    r = OBS_CALL("connect_again", s, SSL_connect(s));
    done(s);
}
END_TEST

START_TEST(accept_without_bio)
{
    SSL_CTX *sctx = server_ctx("server.pem", "server.key", NULL);
    SSL *s = SSL_new(sctx);
    int r = OBS_CALL("accept", s, SSL_accept(s));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_READ_BIO_NOT_SET);
    SSL_free(s);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(read_write_without_bio)
{
    SSL *s = fresh();
    char buf[16];
    int r = OBS_CALL("read", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_UNINITIALIZED);
    r = OBS_CALL("write", s, SSL_write(s, "x", 1));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_UNINITIALIZED);
    r = OBS_CALL("peek", s, SSL_peek(s, buf, sizeof(buf)));
    SSL_set_connect_state(s);
    r = OBS_CALL("read_client_state", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, -1);
    r = OBS_CALL("write_client_state", s, SSL_write(s, "x", 1));
    ck_assert_int_eq(r, -1);
    done(s);
}
END_TEST

/* SSL_do_handshake with no role: fresh SSL from a TLS_method() context (no implicit role) */
START_TEST(do_handshake_no_state)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    BIO *m = BIO_new(BIO_s_mem());
    SSL_set_bio(s, m, m);
    int r = OBS_CALL("do_handshake", s, SSL_do_handshake(s));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_CONNECTION_TYPE_NOT_SET);
    obs_int("is_server", SSL_is_server(s));
    char buf[8];
    r = OBS_CALL("read", s, SSL_read(s, buf, sizeof(buf)));
    r = OBS_CALL("write", s, SSL_write(s, "x", 1));
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* TLS_client_method() alone does not set the role for SSL_do_handshake: SSL_set_connect_state is needed */
START_TEST(do_handshake_client_method)
{
    SSL *s = fresh();
    BIO *m = BIO_new(BIO_s_mem());
    SSL_set_bio(s, m, m);
    obs_int("is_server", SSL_is_server(s));
    OBS_CALL("do_handshake", s, SSL_do_handshake(s));
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_CONNECTION_TYPE_NOT_SET);
    done(s);
}
END_TEST

START_TEST(shutdown_before_handshake)
{
    SSL *s = fresh();
    int r = OBS_CALL("shutdown_no_bio", s, SSL_shutdown(s));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_UNINITIALIZED);
    BIO *m = BIO_new(BIO_s_mem());
    SSL_set_bio(s, m, m);
    SSL_set_connect_state(s);
    r = OBS_CALL("shutdown_bio", s, SSL_shutdown(s));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_SHUTDOWN_WHILE_IN_INIT);
    done(s);
}
END_TEST

START_TEST(queries_before_handshake)
{
    SSL *s = fresh();
    obs_int("peer_cert_null", SSL_get_peer_certificate(s) == NULL);
    obs_int("peer_chain_null", SSL_get_peer_cert_chain(s) == NULL);
    obs_int("current_cipher_null", SSL_get_current_cipher(s) == NULL);
    obs_str("cipher_name", SSL_get_cipher_name(s));
    ck_assert_str_eq(SSL_get_cipher_name(s), "(NONE)");
    obs_str("cipher_name_null", SSL_CIPHER_get_name(NULL));
    obs_int("cipher_bits_null", SSL_CIPHER_get_bits(NULL, NULL));
    obs_str("cipher_version_null", SSL_CIPHER_get_version(NULL));
    obs_int("verify_result", SSL_get_verify_result(s));
    obs_int("pending", SSL_pending(s));
    obs_int("has_pending", SSL_has_pending(s));
    obs_int("in_init", SSL_in_init(s));
    obs_int("in_before", SSL_in_before(s));
    obs_int("is_init_finished", SSL_is_init_finished(s));
    obs_int("get_state", SSL_get_state(s));
    obs_str("state_string", SSL_state_string(s));
    obs_str("state_string_long", SSL_state_string_long(s));
    obs_int("session_null", SSL_get_session(s) == NULL);
    obs_int("session_reused", SSL_session_reused(s));
    obs_str("servername", SSL_get_servername(s, TLSEXT_NAMETYPE_host_name));
    obs_int("servername_type", SSL_get_servername_type(s));
    obs_int("get_shutdown", SSL_get_shutdown(s));
    obs_int("get_error_1", SSL_get_error(s, 1));
    obs_str("get_error_0", ssl_error_name(SSL_get_error(s, 0)));
    ck_assert_int_eq(SSL_get_error(s, 0), SSL_ERROR_SYSCALL);
    obs_str("get_error_m1", ssl_error_name(SSL_get_error(s, -1)));
    obs_int("want", SSL_want(s));
    obs_int("ctx_is_same", SSL_get_SSL_CTX(s) == cctx);
    obs_int("verify_mode", SSL_get_verify_mode(s));
    obs_int("verify_depth", SSL_get_verify_depth(s));
    obs_int("options_nonzero", SSL_get_options(s) != 0);
    obs_int("mode", (long)SSL_get_mode(s));
    const unsigned char *sel = (const unsigned char *)"x";
    unsigned len = 99;
    SSL_get0_alpn_selected(s, &sel, &len);
    obs_int("alpn_len", len);
    obs_int("alpn_null", sel == NULL);
    done(s);
}
END_TEST

START_TEST(bad_lengths)
{
    peer_t p;
    ck_assert_int_eq(peer_s_server(&p, "-rev", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    SSL *s = SSL_new(ctx);
    ck_assert_int_ge(ssl_attach_connect(s, p.port), 0);
    ck_assert_int_eq(SSL_connect(s), 1);
    char buf[16];
    int r = OBS_CALL("read_negative", s, SSL_read(s, buf, -1));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_BAD_LENGTH);
    r = OBS_CALL("write_negative", s, SSL_write(s, buf, -1));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_BAD_LENGTH);
    r = OBS_CALL("write_zero", s, SSL_write(s, buf, 0));
    r = OBS_CALL("peek_negative", s, SSL_peek(s, buf, -1));
    /* SSL_read of 0 bytes on a blocking socket with nothing pending would block in some implementations:
     * give it something first */
    ck_assert_int_eq(SSL_write(s, "ab\n", 3), 3);
    usleep(100000);
    r = OBS_CALL("read_zero", s, SSL_read(s, buf, 0));
    size_t n = 12345;
    r = SSL_read_ex(s, buf, sizeof(buf), &n);
    obs_int("read_ex", r);
    obs_int("read_ex_n", (long)n);
    r = SSL_write_ex(s, "cd\n", 3, &n);
    obs_int("write_ex", r);
    obs_int("write_ex_n", (long)n);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

/* implicit handshake: SSL_write / SSL_read on a client that has not called SSL_connect */
static void implicit(int use_write)
{
    peer_t p;
    char buf[16];
    ck_assert_int_eq(peer_s_server(&p, "-rev", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    SSL *s = SSL_new(ctx);
    ck_assert_int_ge(ssl_attach_connect(s, p.port), 0);
    SSL_set_connect_state(s);
    int r;
    if (use_write) {
        r = OBS_CALL("write", s, SSL_write(s, "xyz\n", 4));
        ck_assert_int_eq(r, 4);
        r = OBS_CALL("read", s, SSL_read(s, buf, sizeof(buf)));
        ck_assert_int_eq(r, 4);
    } else {
        set_timeouts(SSL_get_fd(s), 500); /* nothing will come: a bounded wait */
        r = OBS_CALL("read", s, SSL_read(s, buf, sizeof(buf)));
        ck_assert_int_eq(r, -1);
        ck_assert_int_eq(last_ssl_error, SSL_ERROR_WANT_READ);
    }
    obs_int("is_init_finished", SSL_is_init_finished(s));
    ck_assert_int_eq(SSL_is_init_finished(s), 1);
    obs_str("version", SSL_get_version(s));
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(implicit_handshake_write) { implicit(1); }
END_TEST
START_TEST(implicit_handshake_read) { implicit(0); }
END_TEST

START_TEST(null_arguments)
{
    SSL_free(NULL);
    SSL_CTX_free(NULL);
    BIO_free(NULL);
    BIO_free_all(NULL);
    ERR_clear_error();
    SSL *s = SSL_new(NULL);
    obs_int("ssl_new_null", s == NULL);
    obs_err("ssl_new_null");
    ck_assert_ptr_null(s);
    ck_assert_int_eq(ERR_GET_REASON(last_err_first), SSL_R_NULL_SSL_CTX);
    SSL_CTX *c = SSL_CTX_new(NULL);
    obs_int("ctx_new_null", c == NULL);
    obs_err("ctx_new_null");
    ck_assert_ptr_null(c);
    s = fresh();
    obs_int("set_host_name_null", SSL_set_tlsext_host_name(s, NULL));
    obs_err("set_host_name_null");
    obs_int("set1_host_null", SSL_set1_host(s, NULL));
    obs_err("set1_host_null");
    obs_int("set_alpn_null", SSL_set_alpn_protos(s, NULL, 0));
    obs_err("set_alpn_null");
    obs_int("ctx_set_alpn_null", SSL_CTX_set_alpn_protos(cctx, NULL, 0));
    obs_int("set_cipher_list_empty", SSL_set_cipher_list(s, ""));
    obs_err("set_cipher_list_empty");
    obs_int("load_verify_both_null", SSL_CTX_load_verify_locations(cctx, NULL, NULL));
    obs_err("load_verify_both_null");
    obs_int("set_fd_minus1", SSL_set_fd(s, -1));
    obs_err("set_fd_minus1");
    obs_int("get_fd_after", SSL_get_fd(s));
    SSL_set_bio(s, NULL, NULL);
    obs_int("rbio_after_null", SSL_get_rbio(s) == NULL);
    obs_int("get_error_null_ok", SSL_get_error(s, 1));
    obs_int("set_session_null", SSL_set_session(s, NULL));
    obs_err("set_session_null");
    obs_int("verify_param_nonnull", SSL_get0_param(s) != NULL);
    done(s);
}
END_TEST

/* reusing an SSL object with SSL_clear after a complete connection */
START_TEST(clear_and_reconnect)
{
    peer_t p;
    ck_assert_int_eq(peer_s_server(&p, "-www", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    SSL *s = SSL_new(ctx);
    int fd = ssl_attach_connect(s, p.port);
    ck_assert_int_eq(SSL_connect(s), 1);
    SSL_shutdown(s);
    close(fd);
    int r = SSL_clear(s);
    obs_int("clear", r);
    ck_assert_int_eq(r, 1);
    obs_int("in_before_after_clear", SSL_in_before(s));
    fd = ssl_attach_connect(s, p.port);
    r = OBS_CALL("connect2", s, SSL_connect(s));
    ck_assert_int_eq(r, 1);
    obs_str("version2", SSL_get_version(s));
    SSL_free(s);
    close(fd);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("misuse");
    TCase *tc = compat_tcase(s, "no_bio");
    tcase_add_test(tc, connect_without_bio);
    tcase_add_test(tc, accept_without_bio);
    tcase_add_test(tc, read_write_without_bio);
    tcase_add_test(tc, do_handshake_no_state);
    tcase_add_test(tc, do_handshake_client_method);
    tcase_add_test(tc, shutdown_before_handshake);
    tc = compat_tcase(s, "api");
    tcase_add_test(tc, queries_before_handshake);
    tcase_add_test(tc, bad_lengths);
    tcase_add_test(tc, implicit_handshake_write);
    tcase_add_test(tc, implicit_handshake_read);
    tcase_add_test(tc, null_arguments);
    tcase_add_test(tc, clear_and_reconnect);
    return s;
}
