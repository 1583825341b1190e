/* Negotiated parameters: protocol version limits and mismatches, default and constrained cipher choices,
 * SSL_get_version strings, the client's cipher lists and cipher lookups. (The ClientHello bytes: client_hello.c) */
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char last_cipher[128], last_version[32];

/* Handshake with s_server given extra args; the client ctx is adjusted by setup. Returns SSL_connect's
 * result, observed as "connect"; version/cipher observed on success. */
static int handshake(void (*setup)(SSL_CTX *), const char *a1, const char *a2, const char *a3, const char *a4)
{
    peer_t p;
    ck_assert_int_eq(peer_s_server(&p, "-www", a1 ? a1 : NULL, a2, a3, a4, NULL), 0);
    SSL_CTX *ctx = client_ctx();
    if (setup)
        setup(ctx);
    SSL *s = SSL_new(ctx);
    ck_assert_int_ge(ssl_attach_connect(s, p.port), 0);
    int r = OBS_CALL("connect", s, SSL_connect(s));
    last_cipher[0] = last_version[0] = 0;
    if (r == 1) {
        snprintf(last_cipher, sizeof(last_cipher), "%s", SSL_get_cipher_name(s));
        snprintf(last_version, sizeof(last_version), "%s", SSL_get_version(s));
        obs_str("version", SSL_get_version(s));
        obs_str("cipher", SSL_get_cipher_name(s));
        obs_str("cipher_std", SSL_CIPHER_standard_name(SSL_get_current_cipher(s)));
        obs_int("cipher_bits", SSL_get_cipher_bits(s, NULL));
        obs_int("cipher_protocol_id", SSL_CIPHER_get_protocol_id(SSL_get_current_cipher(s)));
    }
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
    return r;
}

static void max12(SSL_CTX *c) { ck_assert_int_eq(SSL_CTX_set_max_proto_version(c, TLS1_2_VERSION), 1); }
static void min13(SSL_CTX *c) { ck_assert_int_eq(SSL_CTX_set_min_proto_version(c, TLS1_3_VERSION), 1); }

START_TEST(client_max12_server_min13)
{
    int r = handshake(max12, "-tls1_3", NULL, NULL, NULL);
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_TLSV1_ALERT_PROTOCOL_VERSION);
}
END_TEST

START_TEST(client_min13_server_max12)
{
    int r = handshake(min13, "-tls1_2", NULL, NULL, NULL);
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_TLSV1_ALERT_PROTOCOL_VERSION);
}
END_TEST

START_TEST(server_tls12_only)
{
    int r = handshake(NULL, "-tls1_2", NULL, NULL, NULL);
    ck_assert_int_eq(r, 1);
    ck_assert_str_eq(last_version, "TLSv1.2");
    ck_assert_str_eq(last_cipher, "ECDHE-RSA-AES256-GCM-SHA384");
}
END_TEST

static void suites_chacha(SSL_CTX *c)
{
    ck_assert_int_eq(SSL_CTX_set_ciphersuites(c, "TLS_CHACHA20_POLY1305_SHA256"), 1);
}
static void suites_pref(SSL_CTX *c)
{
    ck_assert_int_eq(SSL_CTX_set_ciphersuites(c, "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384"), 1);
}
static void list_aes128sha(SSL_CTX *c)
{
    max12(c);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(c, "AES128-SHA"), 1);
}
static void list_pref(SSL_CTX *c)
{
    max12(c);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(c, "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384"), 1);
}
static void list_chacha(SSL_CTX *c)
{
    max12(c);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(c, "ECDHE-RSA-CHACHA20-POLY1305"), 1);
}

START_TEST(tls13_chacha)
{
    ck_assert_int_eq(handshake(suites_chacha, NULL, NULL, NULL, NULL), 1);
    ck_assert_str_eq(last_version, "TLSv1.3");
    ck_assert_str_eq(last_cipher, "TLS_CHACHA20_POLY1305_SHA256");
}
END_TEST

/* s_server follows the client's order (no -serverpref) */
START_TEST(tls13_client_order)
{
    ck_assert_int_eq(handshake(suites_pref, NULL, NULL, NULL, NULL), 1);
    ck_assert_str_eq(last_version, "TLSv1.3");
    ck_assert_str_eq(last_cipher, "TLS_AES_128_GCM_SHA256");
}
END_TEST

START_TEST(tls13_server_order)
{
    ck_assert_int_eq(handshake(suites_pref, "-serverpref", "-ciphersuites",
                               "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256", NULL),
                     1);
    ck_assert_str_eq(last_version, "TLSv1.3");
    ck_assert_str_eq(last_cipher, "TLS_AES_256_GCM_SHA384");
}
END_TEST

START_TEST(tls12_aes128_sha)
{
    ck_assert_int_eq(handshake(list_aes128sha, NULL, NULL, NULL, NULL), 1);
    ck_assert_str_eq(last_version, "TLSv1.2");
    ck_assert_str_eq(last_cipher, "AES128-SHA");
}
END_TEST

START_TEST(tls12_client_order)
{
    ck_assert_int_eq(handshake(list_pref, NULL, NULL, NULL, NULL), 1);
    ck_assert_str_eq(last_version, "TLSv1.2");
    ck_assert_str_eq(last_cipher, "ECDHE-RSA-AES128-GCM-SHA256");
}
END_TEST

START_TEST(tls12_chacha)
{
    ck_assert_int_eq(handshake(list_chacha, NULL, NULL, NULL, NULL), 1);
    ck_assert_str_eq(last_version, "TLSv1.2");
    ck_assert_str_eq(last_cipher, "ECDHE-RSA-CHACHA20-POLY1305");
}
END_TEST

START_TEST(tls12_no_shared_cipher)
{
    int r = handshake(list_aes128sha, "-cipher", "AES256-GCM-SHA384", NULL, NULL);
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE);
}
END_TEST

/* the server only does TLS 1.2 and ciphers the client did not allow */
START_TEST(tls13_only_client_vs_tls12_server_cipher)
{
    int r = handshake(suites_chacha, "-tls1_2", "-cipher", "AES256-GCM-SHA384", NULL);
    obs_int("ret", r);
    ck_assert_int_eq(r, 1); /* TLS 1.2 ciphers are a separate list: still allowed */
    ck_assert_str_eq(last_version, "TLSv1.2");
    ck_assert_str_eq(last_cipher, "AES256-GCM-SHA384");
}
END_TEST

START_TEST(bad_cipher_strings)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    ERR_clear_error();
    int r = SSL_CTX_set_cipher_list(ctx, "NOT-A-CIPHER");
    obs_int("set_cipher_list", r);
    obs_err("set_cipher_list");
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(ERR_GET_REASON(last_err_first), SSL_R_NO_CIPHER_MATCH);
    r = SSL_CTX_set_ciphersuites(ctx, "NOT_A_SUITE");
    obs_int("set_ciphersuites", r);
    obs_err("set_ciphersuites");
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(ERR_GET_REASON(last_err_first), SSL_R_NO_CIPHER_MATCH);
    r = SSL_CTX_set_ciphersuites(ctx, "");
    obs_int("set_ciphersuites_empty", r);
    obs_err("set_ciphersuites_empty");
    r = SSL_CTX_set_cipher_list(ctx, "AES128-SHA:NOT-A-CIPHER");
    obs_int("set_cipher_list_partial", r);
    obs_err("set_cipher_list_partial");
    ck_assert_int_eq(r, 1);
    SSL *s = SSL_new(ctx);
    r = SSL_set_cipher_list(s, "NOT-A-CIPHER");
    obs_int("ssl_set_cipher_list", r);
    obs_err("ssl_set_cipher_list");
    ck_assert_int_eq(r, 0);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(proto_version_api)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    obs_int("ctx_min_default", SSL_CTX_get_min_proto_version(ctx));
    obs_int("ctx_max_default", SSL_CTX_get_max_proto_version(ctx));
    ck_assert_int_eq(SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION), 1);
    obs_int("ctx_min_set", SSL_CTX_get_min_proto_version(ctx));
    obs_int("set_bogus", SSL_CTX_set_max_proto_version(ctx, 0x1234));
    obs_err("set_bogus");
    obs_int("ctx_max_after_bogus", SSL_CTX_get_max_proto_version(ctx));
    SSL *s = SSL_new(ctx);
    obs_int("ssl_min_inherited", SSL_get_min_proto_version(s));
    obs_int("ssl_set_max", SSL_set_max_proto_version(s, TLS1_2_VERSION));
    obs_int("ssl_max", SSL_get_max_proto_version(s));
    obs_str("version_before_handshake", SSL_get_version(s));
    ck_assert_str_eq(SSL_get_version(s), "TLSv1.3");
    obs_int("version_num_before_handshake", SSL_version(s));
    obs_int("client_version_before", SSL_client_version(s));
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* The client's cipher lists as the API reports them */
static void dump_list(const char *key, STACK_OF(SSL_CIPHER) * sk)
{
    char buf[8192] = "";
    size_t off = 0;
    for (int i = 0; sk && i < sk_SSL_CIPHER_num(sk) && off < sizeof(buf) - 100; i++)
        off += (size_t)snprintf(buf + off, sizeof(buf) - off, "%s%s", i ? ":" : "",
                                SSL_CIPHER_get_name(sk_SSL_CIPHER_value(sk, i)));
    obs_str(key, buf);
}

START_TEST(cipher_lists)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    dump_list("ctx_ciphers", SSL_CTX_get_ciphers(ctx));
    dump_list("ssl_ciphers", SSL_get_ciphers(s));
    STACK_OF(SSL_CIPHER) *sup = SSL_get1_supported_ciphers(s);
    dump_list("supported", sup);
    sk_SSL_CIPHER_free(sup);
    obs_str("cipher_list_0", SSL_get_cipher_list(s, 0));
    ck_assert_str_eq(SSL_get_cipher_list(s, 0), "TLS_AES_256_GCM_SHA384");
    obs_str("cipher_list_3", SSL_get_cipher_list(s, 3));
    obs_str("cipher_list_9999", SSL_get_cipher_list(s, 9999));
    char buf[8192];
    obs_str("shared_ciphers_before", SSL_get_shared_ciphers(s, buf, sizeof(buf)));
    ck_assert_int_eq(SSL_set_cipher_list(s, "AES128-SHA:AES256-SHA"), 1);
    dump_list("ssl_ciphers_after_set", SSL_get_ciphers(s));
    ck_assert_int_eq(SSL_set_ciphersuites(s, "TLS_AES_128_GCM_SHA256"), 1);
    dump_list("ssl_ciphers_after_suites", SSL_get_ciphers(s));
    /* lookups by protocol id */
    const SSL_CIPHER *c = SSL_CIPHER_find(s, (const unsigned char *)"\x13\x01");
    obs_str("find_1301", c ? SSL_CIPHER_get_name(c) : "(null)");
    c = SSL_CIPHER_find(s, (const unsigned char *)"\xc0\x2f");
    obs_str("find_c02f", c ? SSL_CIPHER_get_name(c) : "(null)");
    if (c) {
        obs_str("c02f_std", SSL_CIPHER_standard_name(c));
        obs_str("c02f_version", SSL_CIPHER_get_version(c));
        obs_int("c02f_kx_nid", SSL_CIPHER_get_kx_nid(c));
        obs_int("c02f_auth_nid", SSL_CIPHER_get_auth_nid(c));
        obs_int("c02f_cipher_nid", SSL_CIPHER_get_cipher_nid(c));
        obs_int("c02f_digest_nid", SSL_CIPHER_get_digest_nid(c));
        obs_int("c02f_aead", SSL_CIPHER_is_aead(c));
        char d[256];
        SSL_CIPHER_description(c, d, sizeof(d));
        d[strcspn(d, "\n")] = 0;
        obs_str("c02f_description", d);
    }
    obs_str("openssl_name_of_std", OPENSSL_cipher_name("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("negotiation");
    TCase *tc = compat_tcase(s, "versions");
    tcase_add_test(tc, client_max12_server_min13);
    tcase_add_test(tc, client_min13_server_max12);
    tcase_add_test(tc, server_tls12_only);
    tcase_add_test(tc, proto_version_api);
    tc = compat_tcase(s, "ciphers");
    tcase_add_test(tc, tls13_chacha);
    tcase_add_test(tc, tls13_client_order);
    tcase_add_test(tc, tls13_server_order);
    tcase_add_test(tc, tls12_aes128_sha);
    tcase_add_test(tc, tls12_client_order);
    tcase_add_test(tc, tls12_chacha);
    tcase_add_test(tc, tls12_no_shared_cipher);
    tcase_add_test(tc, tls13_only_client_vs_tls12_server_cipher);
    tcase_add_test(tc, bad_cipher_strings);
    tcase_add_test(tc, cipher_lists);
    return s;
}
