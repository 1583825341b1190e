/* differential */
/*
 * shim/ssl/verify.c: peer certificate verification seen from both ends — verify results, the verify
 * callback's call sequence and override, hostname checks, the alert the other side observes, client
 * certificates. Every expectation is real OpenSSL 3.0's observed behaviour.
 */
#include "unit/ssl_harness.h"

/* ---- the verify callback's view ---- */

static struct call {
    int depth, ok, err;
    int has_ssl;
} calls[16];
static int ncalls;
static int cb_result = -1; /* -1: return preverify_ok; else this value */
static SSL *expect_ssl;

static int record_cb(int ok, X509_STORE_CTX *x)
{
    if (ncalls < 16) {
        SSL *s = X509_STORE_CTX_get_ex_data(x, SSL_get_ex_data_X509_STORE_CTX_idx());
        calls[ncalls].depth = X509_STORE_CTX_get_error_depth(x);
        calls[ncalls].ok = ok;
        calls[ncalls].err = X509_STORE_CTX_get_error(x);
        calls[ncalls].has_ssl = s != NULL && s == expect_ssl;
        ncalls++;
    }
    return cb_result < 0 ? ok : cb_result;
}

static void reset_calls(int result)
{
    ncalls = 0;
    cb_result = result;
    memset(calls, 0, sizeof(calls));
}

static void check_call(int i, int depth, int ok, int err)
{
    ck_assert_int_gt(ncalls, i);
    ck_assert_msg(calls[i].depth == depth && calls[i].ok == ok && calls[i].err == err,
                  "call %d: depth %d ok %d err %d, want depth %d ok %d err %d", i, calls[i].depth, calls[i].ok,
                  calls[i].err, depth, ok, err);
    ck_assert_int_eq(calls[i].has_ssl, 1);
}

/* Client context that trusts nothing. */
static SSL_CTX *untrusting_client(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    ck_assert_ptr_nonnull(ctx);
    return ctx;
}

/* ---- results ---- */

START_TEST(test_trusted_chain)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_OK);
    STACK_OF(X509) *sent = SSL_get_peer_cert_chain(k.c);
    ck_assert_ptr_nonnull(sent);
    ck_assert_int_eq(sk_X509_num(sent), 2); /* a client sees the leaf too */
    STACK_OF(X509) *verified = SSL_get0_verified_chain(k.c);
    ck_assert_ptr_nonnull(verified);
    ck_assert_int_eq(sk_X509_num(verified), 3);
    X509 *peer = SSL_get1_peer_certificate(k.c);
    ck_assert_ptr_nonnull(peer);
    ck_assert_int_eq(X509_cmp(peer, sk_X509_value(sent, 0)), 0);
    X509_free(peer);
    /* the server asked for nothing */
    ck_assert_ptr_null(SSL_get0_peer_certificate(k.s));
    ck_assert_ptr_null(SSL_get_peer_cert_chain(k.s));
    ck_assert_int_eq(SSL_get_verify_result(k.s), X509_V_OK);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* SSL_VERIFY_NONE still verifies and records the result. */
START_TEST(test_unknown_ca_verify_none)
{
    SSL_CTX *cctx = untrusting_client(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    ck_assert_ptr_nonnull(SSL_get0_peer_certificate(k.c));
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

static void unknown_ca_peer(int version)
{
    SSL_CTX *cctx = untrusting_client(), *sctx = h_server_ctx();
    h_conn k;
    int ce, se;
    h_version(cctx, sctx, version);
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(ce, SSL_ERROR_SSL);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED);
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    ck_assert_int_eq(SSL_is_init_finished(k.c), 0);
    /* the server reads the client's alert */
    int r = SSL_do_handshake(k.s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.s, r), SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_TLSV1_ALERT_UNKNOWN_CA);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_unknown_ca_peer_tls13)
{
    unknown_ca_peer(TLS1_3_VERSION);
}
END_TEST

START_TEST(test_unknown_ca_peer_tls12)
{
    unknown_ca_peer(TLS1_2_VERSION);
}
END_TEST

START_TEST(test_hostname_match)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set1_host(k.c, "localhost"), 1);
    h_handshake(&k);
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_OK);
    ck_assert_str_eq(SSL_get0_peername(k.c), "localhost");
    h_conn_free(&k);
    /* an IP literal is checked against the IP SAN */
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set1_host(k.c, "127.0.0.1"), 1);
    h_handshake(&k);
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_OK);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_hostname_mismatch)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    int ce, se;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set1_host(k.c, "other.example"), 1);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(ce, SSL_ERROR_SSL);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED);
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_ERR_HOSTNAME_MISMATCH);
    ck_assert_ptr_null(SSL_get0_peername(k.c));
    int r = SSL_do_handshake(k.s);
    ck_assert_int_eq(r, -1);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_SSLV3_ALERT_BAD_CERTIFICATE);
    h_conn_free(&k);
    /* without SSL_VERIFY_PEER the mismatch is only recorded */
    SSL_CTX_set_verify(cctx, SSL_VERIFY_NONE, NULL);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set1_host(k.c, "other.example"), 1);
    h_handshake(&k);
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_ERR_HOSTNAME_MISMATCH);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- the callback ---- */

START_TEST(test_callback_sequence_ok)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, record_cb);
    ck_assert_ptr_eq(SSL_CTX_get_verify_callback(cctx), record_cb);
    h_conn_mem(&k, cctx, sctx);
    expect_ssl = k.c;
    reset_calls(-1);
    h_handshake(&k);
    /* from the trust anchor down to the leaf */
    ck_assert_int_eq(ncalls, 3);
    check_call(0, 2, 1, X509_V_OK);
    check_call(1, 1, 1, X509_V_OK);
    check_call(2, 0, 1, X509_V_OK);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_callback_sequence_unknown_ca)
{
    SSL_CTX *cctx = untrusting_client(), *sctx = h_server_ctx();
    h_conn k;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, record_cb);
    h_conn_mem(&k, cctx, sctx);
    expect_ssl = k.c;
    reset_calls(1); /* override every verdict */
    h_handshake(&k);
    /* the chain ends at the intermediate; the overridden error stays set for the leaf's call */
    ck_assert_int_eq(ncalls, 2);
    check_call(0, 1, 0, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    check_call(1, 0, 1, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    /* the overridden error stays the verify result */
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* A callback rejecting a good chain fails the handshake; the first rejection ends verification. */
START_TEST(test_callback_rejects)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    int ce, se;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, record_cb);
    h_conn_mem(&k, cctx, sctx);
    expect_ssl = k.c;
    reset_calls(0);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(ncalls, 1);
    check_call(0, 2, 1, X509_V_OK);
    ck_assert_int_eq(ce, SSL_ERROR_SSL);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED);
    /* a rejection without an error code is recorded as X509_V_ERR_UNSPECIFIED */
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_ERR_UNSPECIFIED);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* SSL_set_verify on the SSL overrides the context's callback. */
START_TEST(test_ssl_level_callback)
{
    SSL_CTX *cctx = untrusting_client(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    SSL_set_verify(k.c, SSL_VERIFY_PEER, record_cb);
    ck_assert_int_eq(SSL_get_verify_mode(k.c), SSL_VERIFY_PEER);
    ck_assert_ptr_eq(SSL_get_verify_callback(k.c), record_cb);
    expect_ssl = k.c;
    reset_calls(1);
    h_handshake(&k);
    ck_assert_int_eq(ncalls, 2);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_store_ctx_idx)
{
    int a = SSL_get_ex_data_X509_STORE_CTX_idx();
    int b = SSL_get_ex_data_X509_STORE_CTX_idx();
    ck_assert_int_ge(a, 0);
    ck_assert_int_eq(a, b);
}
END_TEST

/* Verify depth 0 with a leaf + intermediate + root chain: "certificate chain too long". */
START_TEST(test_verify_depth)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    SSL_CTX_set_verify_depth(cctx, 0);
    ck_assert_int_eq(SSL_CTX_get_verify_depth(cctx), 0);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_get_verify_depth(k.c), 0);
    h_handshake(&k);
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_ERR_CERT_CHAIN_TOO_LONG);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- client certificates ---- */

static SSL_CTX *client_with_cert(void)
{
    SSL_CTX *ctx = h_client_ctx();
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, cert("client.pem"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("client.key"), SSL_FILETYPE_PEM), 1);
    return ctx;
}

static SSL_CTX *server_requiring(int mode)
{
    SSL_CTX *ctx = h_server_ctx();
    ck_assert_int_eq(SSL_CTX_load_verify_locations(ctx, cert("ca-bundle.pem"), NULL), 1);
    SSL_CTX_set_verify(ctx, mode, NULL);
    return ctx;
}

static void client_cert_given(int version)
{
    SSL_CTX *cctx = client_with_cert(), *sctx = server_requiring(SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT);
    h_conn k;
    h_version(cctx, sctx, version);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    X509 *peer = SSL_get0_peer_certificate(k.s);
    ck_assert_ptr_nonnull(peer);
    char cn[64] = "";
    X509_NAME_get_text_by_NID(X509_get_subject_name(peer), NID_commonName, cn, sizeof(cn));
    ck_assert_str_eq(cn, "mbedshim client");
    ck_assert_int_eq(SSL_get_verify_result(k.s), X509_V_OK);
    /* a server's peer chain leaves out the client's leaf */
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(k.s);
    ck_assert_ptr_nonnull(chain);
    ck_assert_int_eq(sk_X509_num(chain), 0);
    ck_assert_int_eq(sk_X509_num(SSL_get0_verified_chain(k.s)), 3);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_client_cert_tls13)
{
    client_cert_given(TLS1_3_VERSION);
}
END_TEST

START_TEST(test_client_cert_tls12)
{
    client_cert_given(TLS1_2_VERSION);
}
END_TEST

START_TEST(test_client_cert_missing_tls13)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = server_requiring(SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT);
    h_conn k;
    int ce, se;
    char buf[8];
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    /* the TLS 1.3 client is done before the server decides */
    ck_assert_int_eq(ce, SSL_ERROR_NONE);
    ck_assert_int_eq(SSL_is_init_finished(k.c), 1);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE);
    /* the client learns it from the alert on its next read */
    int r = SSL_read(k.c, buf, sizeof(buf));
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_SSL);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_client_cert_missing_tls12)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = server_requiring(SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT);
    h_conn k;
    int ce, se;
    h_version(cctx, sctx, TLS1_2_VERSION);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE);
    int r = SSL_do_handshake(k.c);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_SSL);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* SSL_VERIFY_PEER alone: a client without a certificate is accepted. */
START_TEST(test_client_cert_optional)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = server_requiring(SSL_VERIFY_PEER);
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_ptr_null(SSL_get0_peer_certificate(k.s));
    ck_assert_int_eq(SSL_get_verify_result(k.s), X509_V_OK);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* A client certificate the server cannot verify. */
START_TEST(test_client_cert_untrusted)
{
    SSL_CTX *cctx = client_with_cert(), *sctx = h_server_ctx();
    h_conn k;
    int ce, se;
    SSL_CTX_set_verify(sctx, SSL_VERIFY_PEER, NULL); /* empty store */
    h_version(cctx, sctx, TLS1_2_VERSION);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED);
    ck_assert_int_eq(SSL_get_verify_result(k.s), X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    int r = SSL_do_handshake(k.c);
    ck_assert_int_eq(r, -1);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_TLSV1_ALERT_UNKNOWN_CA);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* The server callback sees the client's chain (depth 0 = the client leaf). */
START_TEST(test_server_callback_sequence)
{
    SSL_CTX *cctx = client_with_cert(), *sctx = server_requiring(SSL_VERIFY_PEER);
    h_conn k;
    SSL_CTX_set_verify(sctx, SSL_VERIFY_PEER, record_cb);
    h_conn_mem(&k, cctx, sctx);
    expect_ssl = k.s;
    reset_calls(-1);
    h_handshake(&k);
    ck_assert_int_eq(ncalls, 3);
    check_call(0, 2, 1, X509_V_OK);
    check_call(1, 1, 1, X509_V_OK);
    check_call(2, 0, 1, X509_V_OK);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_verify");
    TCase *tc = h_tcase(s, "server_cert");
    tcase_add_test(tc, test_trusted_chain);
    tcase_add_test(tc, test_unknown_ca_verify_none);
    tcase_add_test(tc, test_unknown_ca_peer_tls13);
    tcase_add_test(tc, test_unknown_ca_peer_tls12);
    tcase_add_test(tc, test_hostname_match);
    tcase_add_test(tc, test_hostname_mismatch);
    tcase_add_test(tc, test_verify_depth);
    tc = h_tcase(s, "callback");
    tcase_add_test(tc, test_callback_sequence_ok);
    tcase_add_test(tc, test_callback_sequence_unknown_ca);
    tcase_add_test(tc, test_callback_rejects);
    tcase_add_test(tc, test_ssl_level_callback);
    tcase_add_test(tc, test_store_ctx_idx);
    tc = h_tcase(s, "client_cert");
    tcase_add_test(tc, test_client_cert_tls13);
    tcase_add_test(tc, test_client_cert_tls12);
    tcase_add_test(tc, test_client_cert_missing_tls13);
    tcase_add_test(tc, test_client_cert_missing_tls12);
    tcase_add_test(tc, test_client_cert_optional);
    tcase_add_test(tc, test_client_cert_untrusted);
    tcase_add_test(tc, test_server_callback_sequence);
    return h_run(s);
}
