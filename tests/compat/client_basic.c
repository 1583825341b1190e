/* Blocking client against `openssl s_server`: handshake, data, shutdown, negotiated parameters, ALPN, SNI. */
#include "common.h"

#include <string.h>
#include <unistd.h>

/* A fresh SSL from ctx, connected (blocking) to the peer; the SSL_connect result is observed as "connect". */
static SSL *connect_to(SSL_CTX *ctx, peer_t *p, int *ret)
{
    SSL *s = SSL_new(ctx);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_ge(ssl_attach_connect(s, p->port), 0);
    *ret = OBS_CALL("connect", s, SSL_connect(s));
    return s;
}

/* Reads until n bytes or an error; returns the count. */
static int read_n(SSL *s, char *buf, int n)
{
    int got = 0;
    while (got < n) {
        int r = SSL_read(s, buf + got, n - got);
        if (r <= 0)
            break;
        got += r;
    }
    buf[got] = 0;
    return got;
}

static void session(int maxver, const char *expect_version, const char *expect_cipher)
{
    peer_t p;
    char buf[256];
    int r;
    ck_assert_int_eq(peer_s_server(&p, "-rev", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    if (maxver)
        ck_assert_int_eq(SSL_CTX_set_max_proto_version(ctx, maxver), 1);
    SSL *s = connect_to(ctx, &p, &r);
    ck_assert_int_eq(r, 1);
    obs_str("version", SSL_get_version(s));
    ck_assert_str_eq(SSL_get_version(s), expect_version);
    obs_int("version_num", SSL_version(s));
    obs_str("cipher", SSL_get_cipher_name(s));
    ck_assert_str_eq(SSL_get_cipher_name(s), expect_cipher);
    obs_str("cipher_version", SSL_CIPHER_get_version(SSL_get_current_cipher(s)));
    int alg_bits = -1;
    obs_int("cipher_bits", SSL_CIPHER_get_bits(SSL_get_current_cipher(s), &alg_bits));
    obs_int("cipher_alg_bits", alg_bits);
    ck_assert_int_eq(SSL_CIPHER_get_bits(SSL_get_current_cipher(s), NULL), 256);
    obs_int("cipher_id", (long)SSL_CIPHER_get_id(SSL_get_current_cipher(s)));
    obs_int("verify_result", SSL_get_verify_result(s));
    ck_assert_int_eq(SSL_get_verify_result(s), X509_V_OK);
    obs_str("peer_subject", peer_subject(s, buf, sizeof(buf)));
    ck_assert_str_eq(buf, "/O=mbedshim/CN=localhost");
    obs_int("is_server", SSL_is_server(s));
    obs_int("session_reused", SSL_session_reused(s));
    obs_int("is_init_finished", SSL_is_init_finished(s));
    ck_assert_int_eq(SSL_is_init_finished(s), 1);
    obs_int("pending_before", SSL_pending(s));

    r = OBS_CALL("write", s, SSL_write(s, "hello compat\n", 13));
    ck_assert_int_eq(r, 13);
    int got = read_n(s, buf, 13);
    obs_int("read_total", got);
    obs_str("read_data", buf);
    ck_assert_str_eq(buf, "tapmoc olleh\n");

    /* first shutdown sends our close_notify and returns 0 (s_server -rev answers with its own) */
    r = OBS_CALL("shutdown1", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 0);
    obs_int("get_shutdown1", SSL_get_shutdown(s));
    ck_assert_int_eq(SSL_get_shutdown(s), SSL_SENT_SHUTDOWN);
    r = OBS_CALL("shutdown2", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 1);
    obs_int("get_shutdown2", SSL_get_shutdown(s));
    ck_assert_int_eq(SSL_get_shutdown(s), SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
    r = OBS_CALL("shutdown3", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 1);

    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(tls13_session) { session(0, "TLSv1.3", "TLS_AES_256_GCM_SHA384"); }
END_TEST

START_TEST(tls12_session) { session(TLS1_2_VERSION, "TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384"); }
END_TEST

/* s_server -www sends its status page then close_notify: reading to the end gives 0 / ZERO_RETURN. */
static void www(int maxver)
{
    peer_t p;
    char buf[4096];
    int r, total = 0;
    ck_assert_int_eq(peer_s_server(&p, "-www", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    if (maxver)
        SSL_CTX_set_max_proto_version(ctx, maxver);
    SSL *s = connect_to(ctx, &p, &r);
    ck_assert_int_eq(r, 1);
    r = OBS_CALL("write", s, SSL_write(s, "GET / HTTP/1.0\r\n\r\n", 18));
    ck_assert_int_eq(r, 18);
    ERR_clear_error();
    while ((r = SSL_read(s, buf, sizeof(buf) - 1)) > 0) {
        buf[r] = 0;
        if (total == 0)
            obs("first_line", "%.*s", (int)strcspn(buf, "\r\n"), buf);
        total += r;
    }
    obs_ssl_call("read_end", s, r);
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_ZERO_RETURN);
    ck_assert_int_gt(total, 1000);
    obs_int("get_shutdown", SSL_get_shutdown(s));
    ck_assert_int_eq(SSL_get_shutdown(s), SSL_RECEIVED_SHUTDOWN);
    /* the peer already closed: our close_notify completes the shutdown at once */
    r = OBS_CALL("shutdown", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 1);
    /* a read after both close_notifys */
    r = OBS_CALL("read_after", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, 0);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(www_tls13) { www(0); }
END_TEST
START_TEST(www_tls12) { www(TLS1_2_VERSION); }
END_TEST

/* ALPN: s_server picks by its own preference among what the client offers. */
/* expect NULL: s_server (3.0) rejects with a fatal no_application_protocol alert -> SSL reason 1120. */
static void alpn(const char *server_list, const unsigned char *offer, unsigned offer_len, const char *expect)
{
    peer_t p;
    int r;
    ck_assert_int_eq(peer_s_server(&p, "-www", "-alpn", server_list, NULL), 0);
    SSL_CTX *ctx = client_ctx();
    obs_int("set_alpn_protos", SSL_CTX_set_alpn_protos(ctx, offer, offer_len));
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(ctx, offer, offer_len), 0); /* 0 is success here */
    ERR_clear_error();
    SSL *s = SSL_new(ctx);
    ck_assert_int_ge(ssl_attach_connect(s, p.port), 0);
    r = SSL_connect(s);
    int e = SSL_get_error(s, r);
    unsigned long err = ERR_peek_error();
    obs_ssl_call("connect", s, r);
    if (!expect) {
        ck_assert_int_eq(r, -1);
        ck_assert_int_eq(e, SSL_ERROR_SSL);
        ck_assert_int_eq(ERR_GET_LIB(err), ERR_LIB_SSL);
        ck_assert_int_eq(ERR_GET_REASON(err), SSL_R_TLSV1_ALERT_NO_APPLICATION_PROTOCOL);
    } else
        ck_assert_int_eq(r, 1);
    const unsigned char *sel = NULL;
    unsigned len = 12345;
    SSL_get0_alpn_selected(s, &sel, &len);
    obs("alpn_selected", "%.*s", (int)len, sel ? (const char *)sel : "");
    obs_int("alpn_len", len);
    if (expect) {
        ck_assert_uint_eq(len, strlen(expect));
        ck_assert(memcmp(sel, expect, len) == 0);
    } else {
        ck_assert_uint_eq(len, 0);
        ck_assert_ptr_null(sel);
    }
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(alpn_server_pref) { alpn("h2,http/1.1", (const unsigned char *)"\x08http/1.1\x02h2", 12, "h2"); }
END_TEST
START_TEST(alpn_single) { alpn("h2,http/1.1", (const unsigned char *)"\x08http/1.1", 9, "http/1.1"); }
END_TEST
START_TEST(alpn_no_overlap) { alpn("foo", (const unsigned char *)"\x03" "bar", 4, NULL); }
END_TEST

/* SNI: s_server serves server2.pem for "other.example"; observed through the peer certificate. */
static void sni(const char *name, const char *expect_subject)
{
    peer_t p;
    char buf[256];
    int r;
    ck_assert_int_eq(peer_s_server(&p, "-www", "-servername", "other.example", "-cert2", cert("server2.pem"),
                                   "-key2", cert("server2.key"), NULL),
                     0);
    SSL_CTX *ctx = client_ctx();
    /* server2.pem goes out without its intermediate: trust both CAs */
    ck_assert_int_eq(SSL_CTX_load_verify_locations(ctx, cert("fullchain.pem"), NULL), 1);
    SSL *s = SSL_new(ctx);
    if (name) {
        r = SSL_set_tlsext_host_name(s, name);
        obs_int("set_host_name", r);
        ck_assert_int_eq(r, 1);
    }
    obs_str("servername_before", SSL_get_servername(s, TLSEXT_NAMETYPE_host_name));
    ck_assert_int_ge(ssl_attach_connect(s, p.port), 0);
    r = OBS_CALL("connect", s, SSL_connect(s));
    ck_assert_int_eq(r, 1);
    obs_str("servername_after", SSL_get_servername(s, TLSEXT_NAMETYPE_host_name));
    obs_int("servername_type", SSL_get_servername_type(s));
    obs_str("peer_subject", peer_subject(s, buf, sizeof(buf)));
    ck_assert_str_eq(buf, expect_subject);
    obs_int("verify_result", SSL_get_verify_result(s));
    ck_assert_int_eq(SSL_get_verify_result(s), X509_V_OK);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(sni_other) { sni("other.example", "/O=mbedshim/CN=other.example"); }
END_TEST
START_TEST(sni_localhost) { sni("localhost", "/O=mbedshim/CN=localhost"); }
END_TEST
START_TEST(sni_none) { sni(NULL, "/O=mbedshim/CN=localhost"); }
END_TEST

/* ECDSA server certificate: TLS 1.2 default picks the ECDHE-ECDSA suite. */
static void ecdsa(int maxver, const char *expect_cipher)
{
    peer_t p;
    char buf[256];
    int r;
    ck_assert_int_eq(peer_s_server(&p, "-www", "-cert", cert("ecdsa.pem"), "-key", cert("ecdsa.key"), "-cert_chain",
                                   cert("chain.pem"), NULL),
                     0);
    SSL_CTX *ctx = client_ctx();
    if (maxver)
        SSL_CTX_set_max_proto_version(ctx, maxver);
    SSL *s = connect_to(ctx, &p, &r);
    ck_assert_int_eq(r, 1);
    obs_str("version", SSL_get_version(s));
    obs_str("cipher", SSL_get_cipher_name(s));
    ck_assert_str_eq(SSL_get_cipher_name(s), expect_cipher);
    obs_int("cipher_bits", SSL_get_cipher_bits(s, NULL));
    obs_int("verify_result", SSL_get_verify_result(s));
    obs_str("peer_subject", peer_subject(s, buf, sizeof(buf)));
    X509 *x = SSL_get_peer_certificate(s);
    ck_assert_ptr_nonnull(x);
    obs_int("peer_key_type", EVP_PKEY_get_base_id(X509_get0_pubkey(x)));
    ck_assert_int_eq(EVP_PKEY_get_base_id(X509_get0_pubkey(x)), EVP_PKEY_EC);
    X509_free(x);
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(s);
    obs_int("peer_chain_len", chain ? sk_X509_num(chain) : -1);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(ecdsa_tls13) { ecdsa(0, "TLS_AES_256_GCM_SHA384"); }
END_TEST
START_TEST(ecdsa_tls12) { ecdsa(TLS1_2_VERSION, "ECDHE-ECDSA-AES256-GCM-SHA384"); }
END_TEST

/* The peer chain as the client sees it: leaf + intermediate (sent), verified chain adds the root. */
START_TEST(peer_chain)
{
    peer_t p;
    char buf[256];
    int r;
    ck_assert_int_eq(peer_s_server(&p, "-www", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    SSL *s = connect_to(ctx, &p, &r);
    ck_assert_int_eq(r, 1);
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(s);
    obs_int("peer_chain_len", chain ? sk_X509_num(chain) : -1);
    for (int i = 0; chain && i < sk_X509_num(chain); i++) {
        char k[32];
        snprintf(k, sizeof(k), "peer_chain_%d", i);
        obs_str(k, X509_NAME_oneline(X509_get_subject_name(sk_X509_value(chain, i)), buf, sizeof(buf)));
    }
    STACK_OF(X509) *vchain = SSL_get0_verified_chain(s);
    obs_int("verified_chain_len", vchain ? sk_X509_num(vchain) : -1);
    X509 *x = SSL_get0_peer_certificate(s);
    obs_int("get0_peer_nonnull", x != NULL);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("client_basic");
    TCase *tc = compat_tcase(s, "session");
    tcase_add_test(tc, tls13_session);
    tcase_add_test(tc, tls12_session);
    tcase_add_test(tc, www_tls13);
    tcase_add_test(tc, www_tls12);
    tcase_add_test(tc, peer_chain);
    tc = compat_tcase(s, "alpn");
    tcase_add_test(tc, alpn_server_pref);
    tcase_add_test(tc, alpn_single);
    tcase_add_test(tc, alpn_no_overlap);
    tc = compat_tcase(s, "sni");
    tcase_add_test(tc, sni_other);
    tcase_add_test(tc, sni_localhost);
    tcase_add_test(tc, sni_none);
    tc = compat_tcase(s, "ecdsa");
    tcase_add_test(tc, ecdsa_tls13);
    tcase_add_test(tc, ecdsa_tls12);
    return s;
}
