/* differential */
/*
 * shim/ssl/ctx.c: SSL_CTX defaults and settings, and their effect on a handshake — cipher lists and TLS 1.3
 * ciphersuites on either side (SSL_get_current_cipher), server preference, protocol version bounds.
 * Every expectation is real OpenSSL 3.0's observed behaviour (Debian 12 build: security level 2).
 */
#include "unit/ssl_harness.h"

START_TEST(test_defaults)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    ck_assert_uint_eq(SSL_CTX_get_options(ctx), SSL_OP_NO_COMPRESSION | SSL_OP_ENABLE_MIDDLEBOX_COMPAT);
    ck_assert_uint_eq(SSL_CTX_get_mode(ctx), SSL_MODE_AUTO_RETRY);
    ck_assert_int_eq(SSL_CTX_get_verify_mode(ctx), SSL_VERIFY_NONE);
    ck_assert_int_eq(SSL_CTX_get_verify_depth(ctx), -1);
    ck_assert_ptr_null(SSL_CTX_get_verify_callback(ctx));
    ck_assert_int_eq(SSL_CTX_get_security_level(ctx), 2);
    ck_assert_int_eq(SSL_CTX_get_min_proto_version(ctx), 0);
    ck_assert_int_eq(SSL_CTX_get_max_proto_version(ctx), 0);
    ck_assert_int_eq(SSL_CTX_get_timeout(ctx), 7200);
    ck_assert_int_eq(SSL_CTX_get_session_cache_mode(ctx), SSL_SESS_CACHE_SERVER);
    ck_assert_int_eq(SSL_CTX_sess_get_cache_size(ctx), SSL_SESSION_CACHE_MAX_SIZE_DEFAULT);
    ck_assert_uint_eq(SSL_CTX_get_num_tickets(ctx), 2);
    ck_assert_ptr_nonnull(SSL_CTX_get_cert_store(ctx));
    ck_assert_ptr_eq(SSL_CTX_get_ssl_method(ctx), TLS_method());
    ck_assert_ptr_null(SSL_CTX_get0_certificate(ctx));
    SSL *s = SSL_new(ctx);
    ck_assert_uint_eq(SSL_get_options(s), SSL_OP_NO_COMPRESSION | SSL_OP_ENABLE_MIDDLEBOX_COMPAT);
    ck_assert_int_eq(SSL_get_security_level(s), 2);
    ck_assert_ptr_null(SSL_get_current_cipher(s));
    ck_assert_str_eq(SSL_get_version(s), "TLSv1.3"); /* before a handshake: the method's highest */
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_new_null_method)
{
    ck_assert_ptr_null(SSL_CTX_new(NULL));
    ck_errs_exact("null method", 1, ERR_LIB_SSL, SSL_R_NULL_SSL_METHOD_PASSED);
}
END_TEST

START_TEST(test_up_ref)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    ck_assert_int_eq(SSL_CTX_up_ref(ctx), 1);
    SSL_CTX_free(ctx);
    ck_assert_int_eq(SSL_CTX_get_verify_mode(ctx), SSL_VERIFY_NONE); /* still alive */
    SSL *s = SSL_new(ctx);
    SSL_CTX_free(ctx); /* the SSL holds a reference */
    ck_assert_ptr_eq(SSL_get_SSL_CTX(s), ctx);
    SSL_free(s);
}
END_TEST

START_TEST(test_options_and_mode)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    uint64_t o = SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET | SSL_OP_CIPHER_SERVER_PREFERENCE);
    ck_assert_uint_eq(o, SSL_OP_NO_COMPRESSION | SSL_OP_ENABLE_MIDDLEBOX_COMPAT | SSL_OP_NO_TICKET |
                             SSL_OP_CIPHER_SERVER_PREFERENCE);
    ck_assert_uint_eq(SSL_CTX_clear_options(ctx, SSL_OP_NO_TICKET), o & ~SSL_OP_NO_TICKET);
    ck_assert_uint_eq(SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS),
                      SSL_MODE_AUTO_RETRY | SSL_MODE_RELEASE_BUFFERS);
    ck_assert_uint_eq(SSL_CTX_clear_mode(ctx, SSL_MODE_AUTO_RETRY), SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
    ck_assert_int_eq(SSL_CTX_get_verify_mode(ctx), SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT);
    SSL_CTX_set_verify_depth(ctx, 4);
    ck_assert_int_eq(SSL_CTX_get_verify_depth(ctx), 4);
    ck_assert_int_eq(SSL_CTX_set_timeout(ctx, 300), 7200);
    ck_assert_int_eq(SSL_CTX_get_timeout(ctx), 300);
    ck_assert_int_eq(SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_BOTH), SSL_SESS_CACHE_SERVER);
    ck_assert_int_eq(SSL_CTX_get_session_cache_mode(ctx), SSL_SESS_CACHE_BOTH);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_proto_bounds)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    ck_assert_int_eq(SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION), 1);
    ck_assert_int_eq(SSL_CTX_get_min_proto_version(ctx), TLS1_2_VERSION);
    ck_assert_int_eq(SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION), 1);
    ck_assert_int_eq(SSL_CTX_get_max_proto_version(ctx), TLS1_3_VERSION);
    ck_assert_int_eq(SSL_CTX_set_max_proto_version(ctx, 0), 1);
    ck_assert_int_eq(SSL_CTX_get_max_proto_version(ctx), 0);
    ck_assert_int_eq(SSL_CTX_set_min_proto_version(ctx, 0x1234), 0);
    ck_assert_err_empty();
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_get_min_proto_version(s), TLS1_2_VERSION);
    ck_assert_int_eq(SSL_set_min_proto_version(s, TLS1_3_VERSION), 1);
    ck_assert_int_eq(SSL_get_min_proto_version(s), TLS1_3_VERSION);
    ck_assert_int_eq(SSL_CTX_get_min_proto_version(ctx), TLS1_2_VERSION);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* Server TLS 1.3 only, client TLS 1.2 at most. */
START_TEST(test_version_mismatch)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    int ce, se;
    ck_assert_int_eq(SSL_CTX_set_min_proto_version(sctx, TLS1_3_VERSION), 1);
    ck_assert_int_eq(SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION), 1);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_UNSUPPORTED_PROTOCOL);
    int r = SSL_do_handshake(k.c);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_SSL);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_TLSV1_ALERT_PROTOCOL_VERSION);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_cipher_list_errors)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(ctx, "nonsense"), 0);
    ck_errs_exact("ctx list", 1, ERR_LIB_SSL, SSL_R_NO_CIPHER_MATCH);
    ck_assert_int_eq(SSL_set_cipher_list(s, "nonsense"), 0);
    ck_errs_exact("ssl list", 1, ERR_LIB_SSL, SSL_R_NO_CIPHER_MATCH);
    ck_assert_int_eq(SSL_CTX_set_ciphersuites(ctx, "nonsense"), 0);
    ck_errs_exact("ctx suites", 1, ERR_LIB_SSL, SSL_R_NO_CIPHER_MATCH);
    /* unknown names among known ones are skipped */
    ck_assert_int_eq(SSL_CTX_set_ciphersuites(ctx, "nonsense:TLS_AES_128_GCM_SHA256"), 1);
    ck_assert_err_empty();
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* One side restricts, the other offers the defaults: the restricted choice wins. */
static void negotiate(const char *cl12, const char *sl12, const char *cs13, const char *ss13, int version,
                      const char *want)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_version(cctx, sctx, version);
    if (cl12 != NULL)
        ck_assert_int_eq(SSL_CTX_set_cipher_list(cctx, cl12), 1);
    if (sl12 != NULL)
        ck_assert_int_eq(SSL_CTX_set_cipher_list(sctx, sl12), 1);
    if (cs13 != NULL)
        ck_assert_int_eq(SSL_CTX_set_ciphersuites(cctx, cs13), 1);
    if (ss13 != NULL)
        ck_assert_int_eq(SSL_CTX_set_ciphersuites(sctx, ss13), 1);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_ptr_null(SSL_get_current_cipher(k.c));
    h_handshake(&k);
    ck_assert_str_eq(SSL_CIPHER_get_name(SSL_get_current_cipher(k.c)), want);
    ck_assert_str_eq(SSL_CIPHER_get_name(SSL_get_current_cipher(k.s)), want);
    ck_assert_ptr_eq(SSL_get_current_cipher(k.c), SSL_get_current_cipher(k.s));
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_cipher_client_restricts_tls12)
{
    negotiate("ECDHE-RSA-AES128-GCM-SHA256", NULL, NULL, NULL, TLS1_2_VERSION, "ECDHE-RSA-AES128-GCM-SHA256");
}
END_TEST

START_TEST(test_cipher_server_restricts_tls12)
{
    negotiate(NULL, "ECDHE-RSA-CHACHA20-POLY1305", NULL, NULL, TLS1_2_VERSION, "ECDHE-RSA-CHACHA20-POLY1305");
}
END_TEST

/* Without server preference the client's order decides; with it, the server's. */
START_TEST(test_cipher_preference_tls12)
{
    negotiate("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384",
              "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256", NULL, NULL, TLS1_2_VERSION,
              "ECDHE-RSA-AES128-GCM-SHA256");
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_version(cctx, sctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(cctx, "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384"), 1);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(sctx, "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256"), 1);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_str_eq(SSL_get_cipher_name(k.c), "ECDHE-RSA-AES256-GCM-SHA384");
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_suite_client_restricts_tls13)
{
    negotiate(NULL, NULL, "TLS_CHACHA20_POLY1305_SHA256", NULL, TLS1_3_VERSION, "TLS_CHACHA20_POLY1305_SHA256");
}
END_TEST

START_TEST(test_suite_server_restricts_tls13)
{
    negotiate(NULL, NULL, NULL, "TLS_AES_128_GCM_SHA256", TLS1_3_VERSION, "TLS_AES_128_GCM_SHA256");
}
END_TEST

/* The TLS 1.2 cipher list does not affect TLS 1.3 suites. */
START_TEST(test_cipher_list_does_not_touch_tls13)
{
    negotiate("ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", NULL, NULL, 0, "TLS_AES_256_GCM_SHA384");
}
END_TEST

START_TEST(test_no_shared_suite_tls13)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    int ce, se;
    ck_assert_int_eq(SSL_CTX_set_ciphersuites(cctx, "TLS_AES_128_GCM_SHA256"), 1);
    ck_assert_int_eq(SSL_CTX_set_ciphersuites(sctx, "TLS_CHACHA20_POLY1305_SHA256"), 1);
    h_version(cctx, sctx, TLS1_3_VERSION);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_NO_SHARED_CIPHER);
    int r = SSL_do_handshake(k.c);
    ck_assert_int_eq(r, -1);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* SSL-level cipher settings override the context's. */
START_TEST(test_ssl_level_cipher)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set_ciphersuites(k.c, "TLS_AES_128_GCM_SHA256"), 1);
    h_handshake(&k);
    ck_assert_str_eq(SSL_get_cipher_name(k.s), "TLS_AES_128_GCM_SHA256");
    h_conn_free(&k);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set_max_proto_version(k.c, TLS1_2_VERSION), 1);
    ck_assert_int_eq(SSL_set_cipher_list(k.s, "ECDHE-RSA-AES128-GCM-SHA256"), 1);
    h_handshake(&k);
    ck_assert_str_eq(SSL_get_cipher_name(k.c), "ECDHE-RSA-AES128-GCM-SHA256");
    ck_assert_str_eq(SSL_get_version(k.c), "TLSv1.2");
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* Verify locations: a missing file fails. */
START_TEST(test_load_verify_locations)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    ck_assert_int_eq(SSL_CTX_load_verify_locations(ctx, NULL, NULL), 0);
    ERR_clear_error();
    ck_assert_int_eq(SSL_CTX_load_verify_locations(ctx, "/nonexistent/ca.pem", NULL), 0);
    ck_assert_int_gt(err_take(), 0);
    ck_assert_int_eq(SSL_CTX_load_verify_locations(ctx, cert("ca-bundle.pem"), NULL), 1);
    ck_assert_int_eq(SSL_CTX_load_verify_file(ctx, cert("root.pem")), 1);
    ck_assert_err_empty();
    SSL_CTX_free(ctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_ctx");
    TCase *tc = h_tcase(s, "settings");
    tcase_add_test(tc, test_defaults);
    tcase_add_test(tc, test_new_null_method);
    tcase_add_test(tc, test_up_ref);
    tcase_add_test(tc, test_options_and_mode);
    tcase_add_test(tc, test_proto_bounds);
    tcase_add_test(tc, test_cipher_list_errors);
    tcase_add_test(tc, test_load_verify_locations);
    tc = h_tcase(s, "negotiation");
    tcase_add_test(tc, test_version_mismatch);
    tcase_add_test(tc, test_cipher_client_restricts_tls12);
    tcase_add_test(tc, test_cipher_server_restricts_tls12);
    tcase_add_test(tc, test_cipher_preference_tls12);
    tcase_add_test(tc, test_suite_client_restricts_tls13);
    tcase_add_test(tc, test_suite_server_restricts_tls13);
    tcase_add_test(tc, test_cipher_list_does_not_touch_tls13);
    tcase_add_test(tc, test_no_shared_suite_tls13);
    tcase_add_test(tc, test_ssl_level_cipher);
    return h_run(s);
}
