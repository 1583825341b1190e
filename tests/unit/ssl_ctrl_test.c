/* differential */
/*
 * shim/ssl/ctrl.c (and the SSL_ctrl / SSL_CTX_ctrl dispatch in ssl.c / ctx.c): the ctrl-number API behind
 * OpenSSL's macros — modes, version bounds, groups, sigalgs, fragment sizes, extra chain certificates,
 * renegotiation/EMS queries, unknown commands. Every expectation is real OpenSSL 3.0's observed behaviour.
 */
#include "unit/ssl_harness.h"

START_TEST(test_unknown_commands)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_ctrl(s, 9999, 0, NULL), 0);
    ck_assert_int_eq(SSL_CTX_ctrl(ctx, 9999, 0, NULL), 0);
    ck_assert_int_eq(SSL_CTX_ctrl(NULL, SSL_CTRL_GET_MIN_PROTO_VERSION, 0, NULL), 0);
    ck_assert_err_empty();
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_mode_ctrl)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_get_mode(s), SSL_MODE_AUTO_RETRY);
    ck_assert_int_eq(SSL_set_mode(s, SSL_MODE_ENABLE_PARTIAL_WRITE), SSL_MODE_AUTO_RETRY | SSL_MODE_ENABLE_PARTIAL_WRITE);
    ck_assert_int_eq(SSL_clear_mode(s, SSL_MODE_AUTO_RETRY), SSL_MODE_ENABLE_PARTIAL_WRITE);
    ck_assert_int_eq(SSL_ctrl(s, SSL_CTRL_MODE, 0, NULL), SSL_MODE_ENABLE_PARTIAL_WRITE);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_max_send_fragment)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    ck_assert_int_eq(SSL_CTX_set_max_send_fragment(ctx, 100), 0);
    ck_assert_int_eq(SSL_CTX_set_max_send_fragment(ctx, 512), 1);
    ck_assert_int_eq(SSL_CTX_set_max_send_fragment(ctx, 16384), 1);
    ck_assert_int_eq(SSL_CTX_set_max_send_fragment(ctx, 20000), 0);
    ck_assert_err_empty();
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_misc_queries)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_CTX_get_max_cert_list(ctx), 102400);
    ck_assert_int_eq(SSL_num_renegotiations(s), 0);
    ck_assert_int_eq(SSL_CTX_sess_number(ctx), 0);
    ck_assert_int_eq(SSL_get_read_ahead(s), 0);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_groups_and_sigalgs)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    ck_assert_int_eq(SSL_CTX_set1_groups_list(ctx, "P-256:X25519"), 1);
    ck_assert_err_empty();
    ck_assert_int_eq(SSL_CTX_set1_groups_list(ctx, "nonsense"), 0);
    ck_errs_exact("groups", 1, ERR_LIB_SSL, ERR_R_PASSED_INVALID_ARGUMENT);
    ck_assert_int_eq(SSL_CTX_set1_sigalgs_list(ctx, "RSA-PSS+SHA256:ECDSA+SHA256"), 1);
    ck_assert_int_eq(SSL_CTX_set1_sigalgs_list(ctx, "nonsense"), 0);
    ERR_clear_error();
    SSL_CTX_free(ctx);
}
END_TEST

/* Groups restricted on both sides to one the peer also has. */
START_TEST(test_groups_negotiated)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    ck_assert_int_eq(SSL_CTX_set1_groups_list(cctx, "P-384"), 1);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_get_shared_group(k.s, 0), NID_secp384r1);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* Secure renegotiation and extended master secret, before and after a handshake. */
START_TEST(test_ri_and_ems)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_get_secure_renegotiation_support(k.c), 0);
    ck_assert_int_eq(SSL_get_extms_support(k.c), -1);
    h_handshake(&k);
    ck_assert_int_eq(SSL_get_secure_renegotiation_support(k.c), 0); /* TLS 1.3 */
    ck_assert_int_eq(SSL_get_extms_support(k.c), 0);
    h_conn_free(&k);
    h_version(cctx, sctx, TLS1_2_VERSION);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_get_secure_renegotiation_support(k.c), 1);
    ck_assert_int_eq(SSL_get_extms_support(k.c), 1);
    ck_assert_int_eq(SSL_get_secure_renegotiation_support(k.s), 1);
    ck_assert_int_eq(SSL_get_extms_support(k.s), 1);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* Extra chain certificates: added ones are sent; clearing empties the list. */
START_TEST(test_extra_chain_certs)
{
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method()), *cctx = h_client_ctx();
    STACK_OF(X509) *ex = NULL;
    FILE *f = fopen(cert("inter.pem"), "r");
    X509 *inter = PEM_read_X509(f, NULL, NULL, NULL);
    fclose(f);
    ck_assert_ptr_nonnull(inter);
    ck_assert_int_eq(SSL_CTX_use_certificate_file(sctx, cert("leaf.pem"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(sctx, cert("leaf.key"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_get_extra_chain_certs_only(sctx, &ex), 1);
    ck_assert_ptr_null(ex);
    ck_assert_int_eq(SSL_CTX_add_extra_chain_cert(sctx, inter), 1); /* takes the reference */
    ck_assert_int_eq(SSL_CTX_get_extra_chain_certs_only(sctx, &ex), 1);
    ck_assert_int_eq(sk_X509_num(ex), 1);
    h_conn k;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(sk_X509_num(SSL_get_peer_cert_chain(k.c)), 2);
    h_conn_free(&k);
    ck_assert_int_eq(SSL_CTX_clear_extra_chain_certs(sctx), 1);
    ex = (STACK_OF(X509) *)1;
    ck_assert_int_eq(SSL_CTX_get_extra_chain_certs_only(sctx, &ex), 1);
    ck_assert_ptr_null(ex);
    SSL_CTX_free(sctx);
    SSL_CTX_free(cctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_ctrl");
    TCase *tc = h_tcase(s, "core");
    tcase_add_test(tc, test_unknown_commands);
    tcase_add_test(tc, test_mode_ctrl);
    tcase_add_test(tc, test_max_send_fragment);
    tcase_add_test(tc, test_misc_queries);
    tcase_add_test(tc, test_groups_and_sigalgs);
    tcase_add_test(tc, test_groups_negotiated);
    tcase_add_test(tc, test_ri_and_ems);
    tcase_add_test(tc, test_extra_chain_certs);
    return h_run(s);
}
