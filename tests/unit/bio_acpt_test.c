/* Accept BIO (shim/crypto/bio_acpt.c) on 127.0.0.1. Differential: also passes against the real libcrypto. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/err.h>

START_TEST(accept_one)
{
    BIO *acc = BIO_new_accept("127.0.0.1:0");
    BIO *c, *cli;
    char hp[64], buf[8];
    const char *port;

    ck_assert_ptr_nonnull(acc);
    ck_assert_str_eq(BIO_method_name(acc), "socket accept");
    ck_assert_int_eq(BIO_method_type(acc), BIO_TYPE_ACCEPT);
    /* First call: bind + listen. */
    ck_assert_int_eq(BIO_do_accept(acc), 1);
    ck_assert_str_eq(BIO_get_accept_name(acc), "127.0.0.1");
    port = BIO_get_accept_port(acc);
    ck_assert_ptr_nonnull(port);
    ck_assert_int_gt(atoi(port), 0);
    ck_assert_int_ge(BIO_get_fd(acc, NULL), 0);

    snprintf(hp, sizeof(hp), "127.0.0.1:%s", port);
    c = BIO_new_connect(hp);
    ck_assert_int_eq(BIO_do_connect(c), 1);
    ck_assert_int_eq(BIO_write(c, "ping", 4), 4);

    /* Second call: accept; the connection becomes the next BIO. */
    ck_assert_int_eq(BIO_do_accept(acc), 1);
    ck_assert_str_eq(BIO_get_peer_name(acc), "127.0.0.1");
    ck_assert_ptr_nonnull(BIO_next(acc));
    ck_assert_int_eq(BIO_read(acc, buf, 8), 4);
    ck_assert(memcmp(buf, "ping", 4) == 0);
    ck_assert_int_eq(BIO_write(acc, "pong", 4), 4);
    ck_assert_int_eq(BIO_read(c, buf, 8), 4);

    cli = BIO_pop(acc);
    ck_assert_int_eq(BIO_method_type(cli), BIO_TYPE_SOCKET);
    BIO_free(cli);
    ck_assert_int_eq(BIO_read(c, buf, 8), 0);
    BIO_free(c);
    BIO_free(acc);
}
END_TEST

START_TEST(accept_errors)
{
    BIO *acc = BIO_new(BIO_s_accept());
    unsigned long e;

    ERR_clear_error();
    ck_assert_int_le(BIO_do_accept(acc), 0);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_BIO);
    ck_assert_int_eq(ERR_GET_REASON(e), BIO_R_NO_ACCEPT_ADDR_OR_SERVICE_SPECIFIED);
    ck_assert_int_eq(BIO_get_fd(acc, NULL), -1);
    BIO_free(acc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_acpt");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, accept_one);
    tcase_add_test(tc, accept_errors);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
