/* differential */
/*
 * shim/ssl/app_comp.c: record compression queries. Debian's OpenSSL 3.0 offers no compression method by
 * default, so every query answers "none" (empty list, NULL, 0) without leaving an error behind.
 */
#include <openssl/comp.h>

#include "unit/ssl_harness.h"

/* strict: the queue must be empty here (reports this line) */
#define ck_no_errors() \
    do { \
        int n_ = err_take(); \
        if (n_ != 0) \
            errs_print("unexpected"); \
        ck_assert_msg(n_ == 0, "error queue not empty (%d entries)", n_); \
    } while (0)

START_TEST(test_method_list_empty)
{
    STACK_OF(SSL_COMP) *m;
    ck_assert_int_eq(OPENSSL_init_ssl(0, NULL), 1);
    m = SSL_COMP_get_compression_methods();
    ck_assert_ptr_nonnull(m);
    ck_assert_int_eq(sk_SSL_COMP_num(m), 0);
    /* the same stack every time */
    ck_assert_ptr_eq(SSL_COMP_get_compression_methods(), m);
    ck_no_errors();
}
END_TEST

START_TEST(test_set0_returns_old)
{
    STACK_OF(SSL_COMP) *m = SSL_COMP_get_compression_methods(), *mine = sk_SSL_COMP_new_null(), *old;
    old = SSL_COMP_set0_compression_methods(mine);
    ck_assert_ptr_eq(old, m);
    ck_assert_ptr_eq(SSL_COMP_get_compression_methods(), mine);
    old = SSL_COMP_set0_compression_methods(m);
    ck_assert_ptr_eq(old, mine);
    ck_assert_ptr_eq(SSL_COMP_get_compression_methods(), m);
    sk_SSL_COMP_free(mine);
    ck_no_errors();
}
END_TEST

START_TEST(test_add_null_method)
{
    /* a NULL method (what a zlib-less libcrypto hands out) is ignored: 1, nothing queued */
    ck_assert_int_eq(SSL_COMP_add_compression_method(200, NULL), 1);
    ck_no_errors();
    ck_assert_int_eq(SSL_COMP_add_compression_method(1, NULL), 1);
    ck_no_errors();
    ck_assert_int_eq(sk_SSL_COMP_num(SSL_COMP_get_compression_methods()), 0);
}
END_TEST

START_TEST(test_names)
{
    ck_assert_ptr_null(SSL_COMP_get_name(NULL));
    ck_no_errors();
}
END_TEST

static void after_handshake(int version)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    SSL_SESSION *ss;
    h_version(cctx, sctx, version);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_ptr_null(SSL_get_current_compression(k.c));
    ck_assert_ptr_null(SSL_get_current_expansion(k.c));
    h_handshake(&k);
    ck_assert_ptr_null(SSL_get_current_compression(k.c));
    ck_assert_ptr_null(SSL_get_current_expansion(k.c));
    ck_assert_ptr_null(SSL_get_current_compression(k.s));
    ck_assert_ptr_null(SSL_get_current_expansion(k.s));
    ss = SSL_get_session(k.c);
    ck_assert_ptr_nonnull(ss);
    ck_assert_uint_eq(SSL_SESSION_get_compress_id(ss), 0);
    ck_assert_uint_eq(SSL_SESSION_get_compress_id(SSL_get_session(k.s)), 0);
    /* SSL_OP_NO_COMPRESSION is part of the defaults */
    ck_assert_uint_ne(SSL_CTX_get_options(cctx) & SSL_OP_NO_COMPRESSION, 0);
    ck_assert_uint_ne(SSL_get_options(k.s) & SSL_OP_NO_COMPRESSION, 0);
    ck_no_errors();
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_handshake_tls13)
{
    after_handshake(TLS1_3_VERSION);
}
END_TEST

START_TEST(test_handshake_tls12)
{
    after_handshake(TLS1_2_VERSION);
}
END_TEST

START_TEST(test_new_session)
{
    SSL_SESSION *ss = SSL_SESSION_new();
    ck_assert_ptr_nonnull(ss);
    ck_assert_uint_eq(SSL_SESSION_get_compress_id(ss), 0);
    SSL_SESSION_free(ss);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_app_comp");
    TCase *tc = h_tcase(s, "comp");
    tcase_add_test(tc, test_method_list_empty);
    tcase_add_test(tc, test_set0_returns_old);
    tcase_add_test(tc, test_add_null_method);
    tcase_add_test(tc, test_names);
    tcase_add_test(tc, test_handshake_tls13);
    tcase_add_test(tc, test_handshake_tls12);
    tcase_add_test(tc, test_new_session);
    return h_run(s);
}
