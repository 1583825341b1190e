/* differential */
/*
 * shim/ssl/sigalgs.c: which signature-algorithm list strings SSL_CTX_set1_sigalgs_list, SSL_set1_sigalgs_list
 * and the client-sigalgs variants accept (OpenSSL's TLS 1.3 scheme names and "SIG+HASH" pairs), what a
 * rejected list leaves on the error queue, and what an accepted list does to a handshake.
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

static const struct {
    const char *list;
    int ok;
} lists[] = {
    {"RSA+SHA256:ECDSA+SHA256", 1},
    {"rsa_pss_rsae_sha256", 1},
    {"ed25519", 1},
    {"ed448", 1},
    {"RSA-PSS+SHA256", 1},
    {"PSS+SHA256", 1},
    {"ECDSA+SHA224", 1},
    {"ECDSA+SHA512", 1},
    {"RSA+SHA1", 1},
    {"ECDSA+SHA1", 1},
    {"DSA+SHA256", 1},
    {"DSA+SHA1", 1},
    {"rsa_pkcs1_sha256", 1},
    {"rsa_pkcs1_sha1", 1},
    {"rsa_pkcs1_sha224", 1},
    {"rsa_pss_pss_sha256", 1},
    {"ecdsa_secp256r1_sha256", 1},
    {"ecdsa_secp384r1_sha384:rsa_pss_rsae_sha512", 1},
    {"RSA+SHA512:RSA+SHA384:RSA+SHA256:RSA+SHA224:RSA+SHA1", 1},
    /* the hash may be spelled by its long name, and the two halves in either order */
    {"RSA+sha256", 1},
    {"SHA256+RSA", 1},
    /* whitespace around an element is dropped, not inside it */
    {"RSA+SHA256 : ECDSA+SHA256", 1},
    {" RSA+SHA256", 1},
    {"RSA + SHA256", 0},
    /* names without a TLS 1.3 spelling in OpenSSL 3.0 */
    {"dsa_sha256", 0},
    {"dsa_sha1", 0},
    {"ecdsa_sha224", 0},
    {"ecdsa_sha1", 0},
    {"rsa_pkcs1_md5_sha1", 0},
    {"gostr34102001", 0},
    /* scheme names are case-sensitive, and so is the signature half of a pair */
    {"RSA_PSS_RSAE_SHA256", 0},
    {"rsa+sha256", 0},
    {"RSA+SHA-256", 0},
    {"ECDSA+sha-256", 0},
    /* pairs that do not exist */
    {"RSA+MD5", 0},
    {"RSA-PSS+SHA1", 0},
    {"ed25519+SHA256", 0},
    {"RSA+RSA", 0},
    {"ECDSA+SHA256+SHA384", 0},
    {"RSA", 0},
    {"SHA256", 0},
    {"rsa_pss_sha256", 0},
    /* empty elements and duplicates */
    {"", 0},
    {"::", 0},
    {"RSA+SHA256:", 0},
    {"rsa_pkcs1_sha256:rsa_pkcs1_sha256", 0},
    {"RSA+SHA256:rsa_pkcs1_sha256", 0},
    {"ECDSA+SHA256:ECDSA+SHA256", 0},
};

#define NLISTS (sizeof(lists) / sizeof(lists[0]))

/* which: 0 ctx sigalgs, 1 ctx client sigalgs, 2 ssl sigalgs, 3 ssl client sigalgs */
static int set_list(SSL_CTX *ctx, SSL *s, int which, const char *l)
{
    switch (which) {
    case 0:
        return (int)SSL_CTX_set1_sigalgs_list(ctx, l);
    case 1:
        return (int)SSL_CTX_set1_client_sigalgs_list(ctx, l);
    case 2:
        return (int)SSL_set1_sigalgs_list(s, l);
    default:
        return (int)SSL_set1_client_sigalgs_list(s, l);
    }
}

static void every_list(int which)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    int bad = 0;
    ck_assert_ptr_nonnull(s);
    for (size_t i = 0; i < NLISTS; i++) {
        int r = set_list(ctx, s, which, lists[i].list);
        if (r != lists[i].ok) {
            fprintf(stderr, "[%d] \"%s\": OpenSSL %d, got %d\n", which, lists[i].list, lists[i].ok, r);
            bad++;
        }
        /* neither an accepted nor a rejected list queues anything */
        if (ERR_peek_error() != 0) {
            err_dump(lists[i].list);
            bad++;
        }
    }
    ck_assert_msg(bad == 0, "%d lists answered differently", bad);
    SSL_free(s);
    SSL_CTX_free(ctx);
}

START_TEST(test_ctx_lists)
{
    every_list(0);
}
END_TEST

START_TEST(test_ctx_client_lists)
{
    every_list(1);
}
END_TEST

START_TEST(test_ssl_lists)
{
    every_list(2);
}
END_TEST

START_TEST(test_ssl_client_lists)
{
    every_list(3);
}
END_TEST

START_TEST(test_null_list)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_CTX_set1_sigalgs_list(ctx, NULL), 0);
    ck_errs_exact("ctx NULL", 1, ERR_LIB_CONF, CONF_R_LIST_CANNOT_BE_NULL);
    ck_assert_int_eq(SSL_set1_sigalgs_list(s, NULL), 0);
    ck_errs_exact("ssl NULL", 1, ERR_LIB_CONF, CONF_R_LIST_CANNOT_BE_NULL);
    ck_assert_int_eq(SSL_CTX_set1_client_sigalgs_list(ctx, NULL), 0);
    ck_errs_exact("ctx client NULL", 1, ERR_LIB_CONF, CONF_R_LIST_CANNOT_BE_NULL);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* A rejected list leaves the previous one in force. */
START_TEST(test_rejected_keeps_previous)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_version(cctx, sctx, TLS1_3_VERSION);
    ck_assert_int_eq(SSL_CTX_set1_sigalgs_list(cctx, "rsa_pss_rsae_sha256"), 1);
    ck_assert_int_eq(SSL_CTX_set1_sigalgs_list(cctx, "ECDSA+SHA256:bogus"), 0);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- effect on a handshake (RSA server certificate) ---- */

static SSL_CTX *cctx_g, *sctx_g;
static h_conn k_g;

static int try_handshake(int version, const char *client_list, const char *server_list, int *ce, int *se)
{
    cctx_g = h_client_ctx();
    sctx_g = h_server_ctx();
    h_version(cctx_g, sctx_g, version);
    if (client_list != NULL)
        ck_assert_int_eq(SSL_CTX_set1_sigalgs_list(cctx_g, client_list), 1);
    if (server_list != NULL)
        ck_assert_int_eq(SSL_CTX_set1_sigalgs_list(sctx_g, server_list), 1);
    h_conn_mem(&k_g, cctx_g, sctx_g);
    return h_handshake_ex(&k_g, ce, se);
}

static void done(void)
{
    h_conn_free(&k_g);
    SSL_CTX_free(cctx_g);
    SSL_CTX_free(sctx_g);
}

START_TEST(test_client_pss_only_tls13)
{
    int ce, se;
    ck_assert_int_eq(try_handshake(TLS1_3_VERSION, "rsa_pss_rsae_sha384", NULL, &ce, &se), 1);
    ck_no_errors();
    done();
}
END_TEST

START_TEST(test_client_pkcs1_only_tls12)
{
    int ce, se;
    ck_assert_int_eq(try_handshake(TLS1_2_VERSION, "RSA+SHA512", NULL, &ce, &se), 1);
    ck_no_errors();
    done();
}
END_TEST

/* the server has an RSA key but the client offers ECDSA only */
START_TEST(test_client_ecdsa_only_tls13)
{
    int ce, se;
    ck_assert_int_eq(try_handshake(TLS1_3_VERSION, "ECDSA+SHA256", NULL, &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    err_take();
    if (!errs_has(ERR_LIB_SSL, SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM))
        errs_print("handshake");
    ck_assert(errs_has(ERR_LIB_SSL, SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM));
    done();
}
END_TEST

START_TEST(test_client_pkcs1_only_tls13)
{
    int ce, se;
    ck_assert_int_eq(try_handshake(TLS1_3_VERSION, "rsa_pkcs1_sha256", NULL, &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    err_take();
    if (!errs_has(ERR_LIB_SSL, SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM))
        errs_print("handshake");
    ck_assert(errs_has(ERR_LIB_SSL, SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM));
    done();
}
END_TEST

START_TEST(test_server_ecdsa_only_tls13)
{
    int ce, se;
    ck_assert_int_eq(try_handshake(TLS1_3_VERSION, NULL, "ECDSA+SHA256", &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    err_take();
    if (!errs_has(ERR_LIB_SSL, SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM))
        errs_print("handshake");
    ck_assert(errs_has(ERR_LIB_SSL, SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM));
    done();
}
END_TEST

START_TEST(test_server_pkcs1_tls12)
{
    int ce, se;
    ck_assert_int_eq(try_handshake(TLS1_2_VERSION, NULL, "rsa_pkcs1_sha256", &ce, &se), 1);
    ck_no_errors();
    done();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_sigalgs");
    TCase *tc = h_tcase(s, "lists");
    tcase_add_test(tc, test_ctx_lists);
    tcase_add_test(tc, test_ctx_client_lists);
    tcase_add_test(tc, test_ssl_lists);
    tcase_add_test(tc, test_ssl_client_lists);
    tcase_add_test(tc, test_null_list);
    tcase_add_test(tc, test_rejected_keeps_previous);
    tc = h_tcase(s, "handshake");
    tcase_add_test(tc, test_client_pss_only_tls13);
    tcase_add_test(tc, test_client_pkcs1_only_tls12);
    tcase_add_test(tc, test_client_ecdsa_only_tls13);
    tcase_add_test(tc, test_client_pkcs1_only_tls13);
    tcase_add_test(tc, test_server_ecdsa_only_tls13);
    tcase_add_test(tc, test_server_pkcs1_tls12);
    return h_run(s);
}
