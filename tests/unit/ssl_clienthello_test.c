/* differential */
/*
 * shim/ssl/clienthello.c: what the server decides while reading the ClientHello — the servername callback
 * (SNI, SSL_set_SSL_CTX switching the certificate) and the ALPN select callback — and what the client sees
 * of it. Every expectation is real OpenSSL 3.0's observed behaviour.
 */
#include "unit/ssl_harness.h"

/* ---- SNI ---- */

static int sni_calls;
static char sni_seen[256];
static int sni_result = SSL_TLSEXT_ERR_OK;
static SSL_CTX *sni_switch_to;
static int sni_alert = -1;

static int sni_cb(SSL *s, int *al, void *arg)
{
    const char *name = SSL_get_servername(s, TLSEXT_NAMETYPE_host_name);
    sni_calls++;
    snprintf(sni_seen, sizeof(sni_seen), "%s", name != NULL ? name : "(null)");
    ck_assert_ptr_eq(arg, &sni_calls);
    if (sni_switch_to != NULL && name != NULL && strcmp(name, "ec.localhost") == 0)
        ck_assert_ptr_eq(SSL_set_SSL_CTX(s, sni_switch_to), sni_switch_to);
    if (sni_alert >= 0)
        *al = sni_alert;
    return sni_result;
}

static void sni_reset(void)
{
    sni_calls = 0;
    sni_seen[0] = '\0';
    sni_result = SSL_TLSEXT_ERR_OK;
    sni_switch_to = NULL;
    sni_alert = -1;
}

static SSL_CTX *sni_server(void)
{
    SSL_CTX *ctx = h_server_ctx();
    SSL_CTX_set_tlsext_servername_callback(ctx, sni_cb);
    SSL_CTX_set_tlsext_servername_arg(ctx, &sni_calls);
    return ctx;
}

static void sni_basic(int version)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = sni_server();
    h_conn k;
    sni_reset();
    h_version(cctx, sctx, version);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set_tlsext_host_name(k.c, "localhost"), 1);
    h_handshake(&k);
    ck_assert_int_eq(sni_calls, 1);
    ck_assert_str_eq(sni_seen, "localhost");
    ck_assert_str_eq(SSL_get_servername(k.s, TLSEXT_NAMETYPE_host_name), "localhost");
    ck_assert_int_eq(SSL_get_servername_type(k.s), TLSEXT_NAMETYPE_host_name);
    ck_assert_str_eq(SSL_get_servername(k.c, TLSEXT_NAMETYPE_host_name), "localhost");
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_sni_tls13)
{
    sni_basic(TLS1_3_VERSION);
}
END_TEST

START_TEST(test_sni_tls12)
{
    sni_basic(TLS1_2_VERSION);
}
END_TEST

/* The callback runs also when the client sends no name. */
START_TEST(test_sni_callback_without_name)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = sni_server();
    h_conn k;
    sni_reset();
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(sni_calls, 1);
    ck_assert_str_eq(sni_seen, "(null)");
    ck_assert_ptr_null(SSL_get_servername(k.s, TLSEXT_NAMETYPE_host_name));
    ck_assert_int_eq(SSL_get_servername_type(k.s), -1);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_sni_switch_ctx)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = sni_server(), *ec = SSL_CTX_new(TLS_server_method());
    h_conn k;
    char cn[64] = "";
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ec, cert("ec.pem"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ec, cert("ec.key"), SSL_FILETYPE_PEM), 1);
    sni_reset();
    sni_switch_to = ec;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set_tlsext_host_name(k.c, "ec.localhost"), 1);
    h_handshake(&k);
    ck_assert_int_eq(sni_calls, 1);
    ck_assert_ptr_eq(SSL_get_SSL_CTX(k.s), ec);
    X509 *peer = SSL_get0_peer_certificate(k.c);
    ck_assert_ptr_nonnull(peer);
    X509_NAME_get_text_by_NID(X509_get_subject_name(peer), NID_commonName, cn, sizeof(cn));
    ck_assert_str_eq(cn, "ec.localhost");
    ck_assert_int_eq(EVP_PKEY_get_base_id(X509_get0_pubkey(peer)), EVP_PKEY_EC);
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    h_conn_free(&k);
    /* another name keeps the default context */
    sni_reset();
    sni_switch_to = ec;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set_tlsext_host_name(k.c, "localhost"), 1);
    h_handshake(&k);
    ck_assert_ptr_eq(SSL_get_SSL_CTX(k.s), sctx);
    X509_NAME_get_text_by_NID(X509_get_subject_name(SSL_get0_peer_certificate(k.c)), NID_commonName, cn,
                              sizeof(cn));
    ck_assert_str_eq(cn, "localhost");
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    SSL_CTX_free(ec);
}
END_TEST

static void sni_fatal(int alert, int client_reason)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = sni_server();
    h_conn k;
    int ce, se;
    sni_reset();
    sni_result = SSL_TLSEXT_ERR_ALERT_FATAL;
    sni_alert = alert;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set_tlsext_host_name(k.c, "localhost"), 1);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_CALLBACK_FAILED);
    int r = SSL_do_handshake(k.c);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_SSL);
    ck_errs_exact("client", 1, ERR_LIB_SSL, client_reason);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

/* ALERT_FATAL without touching *al: unrecognized_name. */
START_TEST(test_sni_fatal_default_alert)
{
    sni_fatal(-1, SSL_R_TLSV1_UNRECOGNIZED_NAME);
}
END_TEST

START_TEST(test_sni_fatal_own_alert)
{
    sni_fatal(SSL_AD_ACCESS_DENIED, SSL_R_TLSV1_ALERT_ACCESS_DENIED);
}
END_TEST

/* ALERT_WARNING and NOACK both go on. */
START_TEST(test_sni_noack)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = sni_server();
    h_conn k;
    sni_reset();
    sni_result = SSL_TLSEXT_ERR_NOACK;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set_tlsext_host_name(k.c, "localhost"), 1);
    h_handshake(&k);
    ck_assert_int_eq(sni_calls, 1);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- ALPN ---- */

static const unsigned char client_protos[] = "\x02h2\x08http/1.1";
static const unsigned char server_prefs[] = "\x08http/1.1\x06spdy/1";
static int alpn_calls;
static int alpn_result = SSL_TLSEXT_ERR_OK;
static unsigned char alpn_in[64];
static unsigned int alpn_inlen;

static int alpn_cb(SSL *s, const unsigned char **out, unsigned char *outlen, const unsigned char *in,
                   unsigned int inlen, void *arg)
{
    alpn_calls++;
    ck_assert_ptr_eq(arg, &alpn_calls);
    if (inlen <= sizeof(alpn_in)) {
        memcpy(alpn_in, in, inlen);
        alpn_inlen = inlen;
    }
    if (alpn_result != SSL_TLSEXT_ERR_OK)
        return alpn_result;
    if (SSL_select_next_proto((unsigned char **)out, outlen, server_prefs, sizeof(server_prefs) - 1, in, inlen) !=
        OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    return SSL_TLSEXT_ERR_OK;
}

static SSL_CTX *alpn_server(int result)
{
    SSL_CTX *ctx = h_server_ctx();
    alpn_calls = 0;
    alpn_inlen = 0;
    alpn_result = result;
    SSL_CTX_set_alpn_select_cb(ctx, alpn_cb, &alpn_calls);
    return ctx;
}

static void alpn_ok(int version)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = alpn_server(SSL_TLSEXT_ERR_OK);
    h_conn k;
    const unsigned char *sel = NULL;
    unsigned int len = 0;
    h_version(cctx, sctx, version);
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(cctx, client_protos, sizeof(client_protos) - 1), 0);
    h_conn_mem(&k, cctx, sctx);
    /* before the handshake: nothing selected */
    SSL_get0_alpn_selected(k.c, &sel, &len);
    ck_assert_ptr_null(sel);
    ck_assert_uint_eq(len, 0);
    h_handshake(&k);
    ck_assert_int_eq(alpn_calls, 1);
    ck_assert_uint_eq(alpn_inlen, sizeof(client_protos) - 1);
    ck_assert_mem_eq(alpn_in, client_protos, alpn_inlen);
    SSL_get0_alpn_selected(k.c, &sel, &len);
    ck_assert_uint_eq(len, 8);
    ck_assert_mem_eq(sel, "http/1.1", 8);
    SSL_get0_alpn_selected(k.s, &sel, &len);
    ck_assert_uint_eq(len, 8);
    ck_assert_mem_eq(sel, "http/1.1", 8);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_alpn_tls13)
{
    alpn_ok(TLS1_3_VERSION);
}
END_TEST

START_TEST(test_alpn_tls12)
{
    alpn_ok(TLS1_2_VERSION);
}
END_TEST

/* Per-SSL protocols override the context's. */
START_TEST(test_alpn_ssl_level)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = alpn_server(SSL_TLSEXT_ERR_OK);
    h_conn k;
    const unsigned char *sel = NULL;
    unsigned int len = 0;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set_alpn_protos(k.c, (const unsigned char *)"\x06spdy/1", 7), 0);
    h_handshake(&k);
    SSL_get0_alpn_selected(k.c, &sel, &len);
    ck_assert_uint_eq(len, 6);
    ck_assert_mem_eq(sel, "spdy/1", 6);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_alpn_noack)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = alpn_server(SSL_TLSEXT_ERR_NOACK);
    h_conn k;
    const unsigned char *sel = (const unsigned char *)"x";
    unsigned int len = 5;
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(cctx, client_protos, sizeof(client_protos) - 1), 0);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(alpn_calls, 1);
    SSL_get0_alpn_selected(k.c, &sel, &len);
    ck_assert_ptr_null(sel);
    ck_assert_uint_eq(len, 0);
    SSL_get0_alpn_selected(k.s, &sel, &len);
    ck_assert_ptr_null(sel);
    ck_assert_uint_eq(len, 0);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

static void alpn_fatal(int version)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = alpn_server(SSL_TLSEXT_ERR_ALERT_FATAL);
    h_conn k;
    int ce, se;
    h_version(cctx, sctx, version);
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(cctx, client_protos, sizeof(client_protos) - 1), 0);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_NO_APPLICATION_PROTOCOL);
    int r = SSL_do_handshake(k.c);
    ck_assert_int_eq(r, -1);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_TLSV1_ALERT_NO_APPLICATION_PROTOCOL);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_alpn_fatal_tls13)
{
    alpn_fatal(TLS1_3_VERSION);
}
END_TEST

START_TEST(test_alpn_fatal_tls12)
{
    alpn_fatal(TLS1_2_VERSION);
}
END_TEST

/* The callback is not called when the client offers no ALPN; a server without a callback ignores it. */
START_TEST(test_alpn_absent)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = alpn_server(SSL_TLSEXT_ERR_OK), *plain = h_server_ctx();
    h_conn k;
    const unsigned char *sel = NULL;
    unsigned int len = 0;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(alpn_calls, 0);
    h_conn_free(&k);
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(cctx, client_protos, sizeof(client_protos) - 1), 0);
    h_conn_mem(&k, cctx, plain);
    h_handshake(&k);
    SSL_get0_alpn_selected(k.c, &sel, &len);
    ck_assert_ptr_null(sel);
    ck_assert_uint_eq(len, 0);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    SSL_CTX_free(plain);
}
END_TEST

/* set_alpn_protos returns 0 on success (sic) and 1 on a malformed list. */
START_TEST(test_alpn_protos_validation)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(ctx, client_protos, sizeof(client_protos) - 1), 0);
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(ctx, (const unsigned char *)"\x05h2", 3), 1);
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(ctx, (const unsigned char *)"\x00", 1), 1);
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(ctx, NULL, 0), 0);
    ck_assert_int_eq(SSL_set_alpn_protos(s, (const unsigned char *)"\x02h2", 3), 0);
    ck_assert_int_eq(SSL_set_alpn_protos(s, (const unsigned char *)"\x03h2", 3), 1);
    ck_assert_int_eq(SSL_set_alpn_protos(s, NULL, 0), 0);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_clienthello");
    TCase *tc = h_tcase(s, "sni");
    tcase_add_test(tc, test_sni_tls13);
    tcase_add_test(tc, test_sni_tls12);
    tcase_add_test(tc, test_sni_callback_without_name);
    tcase_add_test(tc, test_sni_switch_ctx);
    tcase_add_test(tc, test_sni_fatal_default_alert);
    tcase_add_test(tc, test_sni_fatal_own_alert);
    tcase_add_test(tc, test_sni_noack);
    tc = h_tcase(s, "alpn");
    tcase_add_test(tc, test_alpn_tls13);
    tcase_add_test(tc, test_alpn_tls12);
    tcase_add_test(tc, test_alpn_ssl_level);
    tcase_add_test(tc, test_alpn_noack);
    tcase_add_test(tc, test_alpn_fatal_tls13);
    tcase_add_test(tc, test_alpn_fatal_tls12);
    tcase_add_test(tc, test_alpn_absent);
    tcase_add_test(tc, test_alpn_protos_validation);
    return h_run(s);
}
