/* differential */
/*
 * shim/ssl/app_ciphers.c: the cipher lists an application can query: SSL_CTX_get_ciphers/SSL_get_ciphers
 * after restrictions, SSL_get_cipher_list(s, n), SSL_get1_supported_ciphers (filtered by the enabled
 * versions), SSL_get_client_ciphers on a server after a handshake, and SSL_get_shared_ciphers' buffer rules.
 */
#include "unit/ssl_harness.h"

/* strict: the queue must be empty here (reports this line) */
#define ck_no_errors() \
    do { \
        int n_ = err_take(); \
        if (n_ != 0) \
            errs_print("unexpected"); \
        ck_assert_msg(n_ == 0, "error queue not empty (%d entries)", n_); \
    } while (0)

#define TLS13_ALL "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256"

/* The stack's names joined with ':' (static buffer). */
static const char *names(STACK_OF(SSL_CIPHER) * sk)
{
    static char buf[4096];
    size_t off = 0;
    buf[0] = '\0';
    if (sk == NULL)
        return "(null)";
    for (int i = 0; i < sk_SSL_CIPHER_num(sk); i++)
        off += (size_t)snprintf(buf + off, sizeof(buf) - off, "%s%s", i ? ":" : "",
                                SSL_CIPHER_get_name(sk_SSL_CIPHER_value(sk, i)));
    return buf;
}

START_TEST(test_ctx_ciphers_restricted)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    ck_assert_int_eq(SSL_CTX_set_cipher_list(ctx, "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384"), 1);
    ck_assert_str_eq(names(SSL_CTX_get_ciphers(ctx)),
                     TLS13_ALL ":ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384");
    ck_assert_int_eq(SSL_CTX_set_ciphersuites(ctx, "TLS_AES_128_GCM_SHA256"), 1);
    ck_assert_str_eq(names(SSL_CTX_get_ciphers(ctx)),
                     "TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384");
    /* no TLS 1.3 suites at all */
    ck_assert_int_eq(SSL_CTX_set_ciphersuites(ctx, ""), 1);
    ck_assert_str_eq(names(SSL_CTX_get_ciphers(ctx)), "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384");
    ck_no_errors();
    /* a list that matches no TLS 1.2 suite fails, but it has replaced the old one: only the TLS 1.3 suites
       are left */
    ck_assert_int_eq(SSL_CTX_set_ciphersuites(ctx, "TLS_AES_128_GCM_SHA256"), 1);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(ctx, "NO-SUCH-CIPHER"), 0);
    ck_errs_exact("no match", 1, ERR_LIB_SSL, SSL_R_NO_CIPHER_MATCH);
    ck_assert_str_eq(names(SSL_CTX_get_ciphers(ctx)), "TLS_AES_128_GCM_SHA256");
    /* strength ordering with @STRENGTH */
    ck_assert_int_eq(SSL_CTX_set_cipher_list(ctx, "AES128-SHA:AES256-SHA:@STRENGTH"), 1);
    ck_assert_str_eq(names(SSL_CTX_get_ciphers(ctx)), "TLS_AES_128_GCM_SHA256:AES256-SHA:AES128-SHA");
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_ssl_ciphers_own_list)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s;
    ck_assert_int_eq(SSL_CTX_set_cipher_list(ctx, "AES128-SHA"), 1);
    s = SSL_new(ctx);
    ck_assert_str_eq(names(SSL_get_ciphers(s)), TLS13_ALL ":AES128-SHA");
    ck_assert_int_eq(SSL_set_cipher_list(s, "AES256-SHA:AES128-GCM-SHA256"), 1);
    ck_assert_str_eq(names(SSL_get_ciphers(s)), TLS13_ALL ":AES256-SHA:AES128-GCM-SHA256");
    ck_assert_str_eq(names(SSL_CTX_get_ciphers(ctx)), TLS13_ALL ":AES128-SHA");
    ck_assert_int_eq(SSL_set_ciphersuites(s, "TLS_CHACHA20_POLY1305_SHA256"), 1);
    ck_assert_str_eq(names(SSL_get_ciphers(s)), "TLS_CHACHA20_POLY1305_SHA256:AES256-SHA:AES128-GCM-SHA256");
    ck_assert_str_eq(names(SSL_CTX_get_ciphers(ctx)), TLS13_ALL ":AES128-SHA");
    ck_no_errors();
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_get_cipher_list_index)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s;
    ck_assert_int_eq(SSL_CTX_set_cipher_list(ctx, "ECDHE-RSA-AES128-GCM-SHA256:AES256-SHA"), 1);
    s = SSL_new(ctx);
    ck_assert_str_eq(SSL_get_cipher_list(s, 0), "TLS_AES_256_GCM_SHA384");
    ck_assert_str_eq(SSL_get_cipher_list(s, 2), "TLS_AES_128_GCM_SHA256");
    ck_assert_str_eq(SSL_get_cipher_list(s, 3), "ECDHE-RSA-AES128-GCM-SHA256");
    ck_assert_str_eq(SSL_get_cipher_list(s, 4), "AES256-SHA");
    ck_assert_ptr_null(SSL_get_cipher_list(s, 5));
    ck_assert_ptr_null(SSL_get_cipher_list(s, 1000));
    ck_assert_ptr_null(SSL_get_cipher_list(s, -1));
    ck_assert_ptr_null(SSL_get_cipher_list(NULL, 0));
    ck_no_errors();
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

static STACK_OF(SSL_CIPHER) * supported(const SSL_METHOD *m, int minv, int maxv, const char *list)
{
    SSL_CTX *ctx = SSL_CTX_new(m);
    SSL *s;
    STACK_OF(SSL_CIPHER) * sk;
    ck_assert_int_eq(SSL_CTX_set_cipher_list(ctx, list), 1);
    ck_assert_int_eq(SSL_CTX_set_min_proto_version(ctx, minv), 1);
    ck_assert_int_eq(SSL_CTX_set_max_proto_version(ctx, maxv), 1);
    s = SSL_new(ctx);
    sk = SSL_get1_supported_ciphers(s);
    SSL_free(s);
    SSL_CTX_free(ctx);
    return sk;
}

START_TEST(test_supported_ciphers)
{
    const char *l = "ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256";
    STACK_OF(SSL_CIPHER) *sk = supported(TLS_client_method(), TLS1_2_VERSION, TLS1_2_VERSION, l);
    ck_assert_str_eq(names(sk), l);
    sk_SSL_CIPHER_free(sk);
    sk = supported(TLS_client_method(), TLS1_3_VERSION, TLS1_3_VERSION, l);
    ck_assert_str_eq(names(sk), TLS13_ALL);
    sk_SSL_CIPHER_free(sk);
    sk = supported(TLS_client_method(), TLS1_2_VERSION, TLS1_3_VERSION, l);
    ck_assert_str_eq(names(sk), TLS13_ALL ":ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256");
    sk_SSL_CIPHER_free(sk);
    /* SHA-256 suites are TLS 1.2-only: gone when TLS 1.1 is the maximum... which is not available here */
    sk = supported(TLS_server_method(), TLS1_2_VERSION, TLS1_2_VERSION, "AES128-SHA256:AES128-SHA");
    ck_assert_str_eq(names(sk), "AES128-SHA256:AES128-SHA");
    sk_SSL_CIPHER_free(sk);
    ck_assert_ptr_null(SSL_get1_supported_ciphers(NULL));
    ck_no_errors();
}
END_TEST

/* Client offers TLS_AES_128_GCM_SHA256 + two TLS 1.2 suites; the server's list has more. */
static void pair(h_conn *k, SSL_CTX **cctx, SSL_CTX **sctx, int version)
{
    *cctx = h_client_ctx();
    *sctx = h_server_ctx();
    h_version(*cctx, *sctx, version);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(*cctx, "ECDHE-RSA-AES128-GCM-SHA256:AES256-SHA:AES128-SHA"), 1);
    ck_assert_int_eq(SSL_CTX_set_ciphersuites(*cctx, "TLS_AES_128_GCM_SHA256"), 1);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(*sctx, "AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256"), 1);
    h_conn_mem(k, *cctx, *sctx);
}

START_TEST(test_client_ciphers_on_server)
{
    SSL_CTX *cctx, *sctx;
    h_conn k;
    pair(&k, &cctx, &sctx, 0);
    ck_assert_ptr_null(SSL_get_client_ciphers(k.s));
    h_handshake(&k);
    ck_assert_str_eq(names(SSL_get_client_ciphers(k.s)),
                     "TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:AES256-SHA:AES128-SHA");
    ck_assert_ptr_null(SSL_get_client_ciphers(k.c));
    ck_no_errors();
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_shared_ciphers)
{
    SSL_CTX *cctx, *sctx;
    h_conn k;
    char buf[512];
    const char *full = "TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA";
    const size_t first = strlen("TLS_AES_128_GCM_SHA256");
    pair(&k, &cctx, &sctx, 0);
    ck_assert_ptr_null(SSL_get_shared_ciphers(k.s, buf, sizeof(buf)));
    h_handshake(&k);
    /* client order, only what the server also has */
    memset(buf, 'X', sizeof(buf));
    ck_assert_ptr_eq(SSL_get_shared_ciphers(k.s, buf, sizeof(buf)), buf);
    ck_assert_str_eq(buf, full);
    /* exactly enough room */
    memset(buf, 'X', sizeof(buf));
    ck_assert_ptr_eq(SSL_get_shared_ciphers(k.s, buf, (int)strlen(full) + 1), buf);
    ck_assert_str_eq(buf, full);
    /* one byte short: the last name is dropped whole */
    memset(buf, 'X', sizeof(buf));
    ck_assert_ptr_eq(SSL_get_shared_ciphers(k.s, buf, (int)strlen(full)), buf);
    ck_assert_str_eq(buf, "TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256");
    /* room for the first name and its terminator only */
    memset(buf, 'X', sizeof(buf));
    ck_assert_ptr_eq(SSL_get_shared_ciphers(k.s, buf, (int)first + 1), buf);
    ck_assert_str_eq(buf, "TLS_AES_128_GCM_SHA256");
    /* not even that: NULL, buffer untouched */
    memset(buf, 'X', sizeof(buf));
    ck_assert_ptr_null(SSL_get_shared_ciphers(k.s, buf, (int)first));
    ck_assert_ptr_null(SSL_get_shared_ciphers(k.s, buf, 2));
    ck_assert_ptr_null(SSL_get_shared_ciphers(k.s, buf, 1));
    ck_assert_ptr_null(SSL_get_shared_ciphers(k.s, buf, 0));
    ck_assert_int_eq(buf[0], 'X');
    /* a client has no shared list */
    ck_assert_ptr_null(SSL_get_shared_ciphers(k.c, buf, sizeof(buf)));
    ck_assert_int_eq(buf[0], 'X');
    ck_assert_str_eq(SSL_get_cipher_name(k.c), "TLS_AES_128_GCM_SHA256");
    ck_no_errors();
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_app_ciphers");
    TCase *tc = h_tcase(s, "lists");
    tcase_add_test(tc, test_ctx_ciphers_restricted);
    tcase_add_test(tc, test_ssl_ciphers_own_list);
    tcase_add_test(tc, test_get_cipher_list_index);
    tcase_add_test(tc, test_supported_ciphers);
    tc = h_tcase(s, "handshake");
    tcase_add_test(tc, test_client_ciphers_on_server);
    tcase_add_test(tc, test_shared_ciphers);
    return h_run(s);
}
