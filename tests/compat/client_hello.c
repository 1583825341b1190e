/* The ClientHello our client sends, parsed by a raw TCP peer: offered cipher suites in order, supported
 * versions, groups, signature algorithms, extension types in order, SNI, ALPN. This is "our client offers
 * what OpenSSL's offers": the comparison is byte-level precise, and DIFFs here are worth reading one by one. */
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The ClientHello as sent, parsed by a raw TCP peer */
static void capture(void (*setup)(SSL *), const char *expect_ciphers)
{
    peer_t p;
    ck_assert_int_eq(peer_raw_server(&p, RAW_CAPTURE_HELLO), 0);
    SSL_CTX *ctx = client_ctx();
    SSL *s = SSL_new(ctx);
    if (setup)
        setup(s);
    ck_assert_int_ge(ssl_attach_connect(s, p.port), 0);
    ERR_clear_error();
    int r = SSL_connect(s);
    ck_assert_int_le(r, 0);
    ERR_clear_error();
    ck_assert_int_eq(peer_wait(&p, 5000), 0);
    char *log = peer_log_read(&p), *save = NULL;
    int lines = 0;
    for (char *line = strtok_r(log, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *eq = strchr(line, '=');
        if (!eq)
            continue;
        *eq = 0;
        char key[80];
        snprintf(key, sizeof(key), "hello.%s", line);
        obs_str(key, eq + 1);
        if (!strcmp(line, "ciphers") && expect_ciphers)
            ck_assert_str_eq(eq + 1, expect_ciphers);
        lines++;
    }
    free(log);
    ck_assert_int_gt(lines, 3);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

static void set_sni_alpn(SSL *s)
{
    SSL_set_tlsext_host_name(s, "localhost");
    SSL_set_alpn_protos(s, (const unsigned char *)"\x02h2\x08http/1.1", 12);
}
static void set_max12(SSL *s) { SSL_set_max_proto_version(s, TLS1_2_VERSION); }
static void set_aes128sha(SSL *s)
{
    SSL_set_max_proto_version(s, TLS1_2_VERSION);
    SSL_set_cipher_list(s, "AES128-SHA");
}
static void set_suites(SSL *s) { SSL_set_ciphersuites(s, "TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256"); }

/* OpenSSL 3.0's default offer: TLS 1.3 suites, then the TLS 1.2 list, then the renegotiation SCSV */
#define DEFAULT_12 "c02c,c030,009f,cca9,cca8,ccaa,c02b,c02f,009e,c024,c028,006b,c023,c027,0067,c00a,c014,0039,c009,c013,0033,009d,009c,003d,003c,0035,002f,00ff"
START_TEST(hello_default) { capture(NULL, "1302,1303,1301," DEFAULT_12); }
END_TEST
START_TEST(hello_sni_alpn) { capture(set_sni_alpn, "1302,1303,1301," DEFAULT_12); }
END_TEST
START_TEST(hello_max12) { capture(set_max12, DEFAULT_12); }
END_TEST
START_TEST(hello_aes128sha) { capture(set_aes128sha, "002f,00ff"); }
END_TEST
START_TEST(hello_suites) { capture(set_suites, "1301,1303," DEFAULT_12); }
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("client_hello");
    TCase *tc = compat_tcase(s, "client_hello");
    tcase_add_test(tc, hello_default);
    tcase_add_test(tc, hello_sni_alpn);
    tcase_add_test(tc, hello_max12);
    tcase_add_test(tc, hello_aes128sha);
    tcase_add_test(tc, hello_suites);
    return s;
}
