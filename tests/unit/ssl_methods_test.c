/* differential */
/*
 * shim/ssl/methods.c: the SSL_METHOD objects — which role a method allows, fixed-version methods, and what
 * SSL_connect / SSL_accept do with a method of the other role. Every expectation is real OpenSSL 3.0's
 * observed behaviour.
 */
#ifndef OPENSSL_SUPPRESS_DEPRECATED
#define OPENSSL_SUPPRESS_DEPRECATED /* the version-specific methods are part of what is tested */
#endif
#include "unit/ssl_harness.h"

START_TEST(test_distinct_methods)
{
    ck_assert_ptr_nonnull(TLS_method());
    ck_assert_ptr_nonnull(TLS_client_method());
    ck_assert_ptr_nonnull(TLS_server_method());
    ck_assert_ptr_ne(TLS_method(), TLS_client_method());
    ck_assert_ptr_ne(TLS_client_method(), TLS_server_method());
    ck_assert_ptr_eq(TLS_method(), TLS_method());
    ck_assert_ptr_eq(SSLv23_method(), TLS_method());
    ck_assert_ptr_eq(SSLv23_client_method(), TLS_client_method());
    ck_assert_ptr_ne(TLSv1_2_method(), TLS_method());
}
END_TEST

/* SSL_is_server before any role is chosen: whether the method can accept. */
START_TEST(test_is_server_by_method)
{
    const SSL_METHOD *m[3] = {TLS_method(), TLS_client_method(), TLS_server_method()};
    int want[3] = {1, 0, 1};
    for (int i = 0; i < 3; i++) {
        SSL_CTX *ctx = SSL_CTX_new(m[i]);
        SSL *s = SSL_new(ctx);
        ck_assert_int_eq(SSL_is_server(s), want[i]);
        ck_assert_ptr_eq(SSL_CTX_get_ssl_method(ctx), m[i]);
        ck_assert_ptr_eq(SSL_get_ssl_method(s), m[i]);
        SSL_free(s);
        SSL_CTX_free(ctx);
    }
}
END_TEST

/* A server-only method cannot connect, a client-only method cannot accept. */
START_TEST(test_wrong_role)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *s = SSL_new(ctx);
    SSL_set_bio(s, h_mem(), h_mem());
    int r = SSL_connect(s);
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_SSL);
    ck_errs_exact("connect", 1, ERR_LIB_SSL, ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED);
    ck_assert_int_eq(SSL_is_server(s), 0);
    SSL_free(s);
    SSL_CTX_free(ctx);

    ctx = SSL_CTX_new(TLS_client_method());
    s = SSL_new(ctx);
    SSL_set_bio(s, h_mem(), h_mem());
    r = SSL_accept(s);
    ck_assert_int_eq(r, 0);
    ck_errs_exact("accept", 1, ERR_LIB_SSL, ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED);
    ck_assert_int_eq(SSL_is_server(s), 1);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* A fixed-version method negotiates that version with a flexible peer; its bounds read as 0. */
START_TEST(test_tls12_method)
{
    SSL_CTX *cctx = SSL_CTX_new(TLSv1_2_client_method()), *sctx = h_server_ctx();
    h_conn k;
    ck_assert_int_eq(SSL_CTX_get_min_proto_version(cctx), 0);
    ck_assert_int_eq(SSL_CTX_get_max_proto_version(cctx), 0);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_str_eq(SSL_get_version(k.c), "TLSv1.2");
    ck_assert_int_eq(SSL_version(k.s), TLS1_2_VERSION);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    /* and on the server side */
    cctx = h_client_ctx();
    SSL_CTX *s12 = SSL_CTX_new(TLSv1_2_server_method());
    ck_assert_int_eq(SSL_CTX_use_certificate_chain_file(s12, cert("chain.pem")), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(s12, cert("leaf.key"), SSL_FILETYPE_PEM), 1);
    h_conn_mem(&k, cctx, s12);
    h_handshake(&k);
    ck_assert_int_eq(SSL_version(k.c), TLS1_2_VERSION);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(s12);
    SSL_CTX_free(sctx);
}
END_TEST

/* TLS 1.0 cannot be negotiated at the default security level. */
START_TEST(test_tls10_method_fails)
{
    SSL_CTX *cctx = SSL_CTX_new(TLSv1_client_method()), *sctx = h_server_ctx();
    h_conn k;
    int ce, se;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(SSL_is_init_finished(k.c), 0);
    ck_assert_int_eq(SSL_is_init_finished(k.s), 0);
    if (known_difference("no-tls10")) {
        /* the client cannot build a TLS 1.0 ClientHello at all: it fails first, the server never starts */
        ck_assert_int_eq(ce, SSL_ERROR_SSL);
        ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_NO_PROTOCOLS_AVAILABLE);
    } else {
        ck_assert_int_eq(se, SSL_ERROR_SSL);
        ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM);
    }
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_set_ssl_version)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    ck_assert_int_eq(SSL_CTX_set_ssl_version(ctx, TLSv1_2_method()), 1);
    ck_assert_ptr_eq(SSL_CTX_get_ssl_method(ctx), TLSv1_2_method());
    ck_assert_int_eq(SSL_CTX_get_min_proto_version(ctx), 0);
    SSL_CTX_free(ctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_methods");
    TCase *tc = h_tcase(s, "core");
    tcase_add_test(tc, test_distinct_methods);
    tcase_add_test(tc, test_is_server_by_method);
    tcase_add_test(tc, test_wrong_role);
    tcase_add_test(tc, test_tls12_method);
    tcase_add_test(tc, test_tls10_method_fails);
    tcase_add_test(tc, test_set_ssl_version);
    return h_run(s);
}
