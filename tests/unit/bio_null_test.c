/* BIO_s_null and BIO_f_null (shim/crypto/bio_null.c). Differential: also passes against the real libcrypto. */
#include <check.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/err.h>

START_TEST(null_sink)
{
    BIO *n = BIO_new(BIO_s_null());
    char buf[4];

    ck_assert_str_eq(BIO_method_name(n), "NULL");
    ck_assert_int_eq(BIO_method_type(n), BIO_TYPE_NULL);
    ck_assert_int_eq(BIO_get_init(n), 1);
    ck_assert_int_eq(BIO_read(n, buf, 3), 0);
    ck_assert_int_eq(BIO_write(n, "abc", 3), 3);
    ck_assert_int_eq(BIO_puts(n, "ab"), 2);
    ck_assert_int_eq(BIO_gets(n, buf, 4), 0);
    ck_assert_int_eq(BIO_eof(n), 1);
    ck_assert_int_eq(BIO_pending(n), 0);
    ck_assert_int_eq(BIO_flush(n), 1);
    ck_assert_int_eq(BIO_printf(n, "%d", 12345), 5);
    ck_assert_uint_eq(BIO_number_written(n), 10);
    BIO_free(n);
}
END_TEST

START_TEST(null_filter)
{
    BIO *f = BIO_new(BIO_f_null());
    BIO *m = BIO_new(BIO_s_mem());
    char buf[8];

    ck_assert_str_eq(BIO_method_name(f), "NULL filter");
    ck_assert_int_eq(BIO_method_type(f), BIO_TYPE_NULL_FILTER);
    /* Alone it does nothing. */
    ck_assert_int_eq(BIO_write(f, "x", 1), 0);
    ck_assert_int_eq(BIO_read(f, buf, 1), 0);
    ck_assert_int_eq(BIO_ctrl(f, BIO_CTRL_PENDING, 0, NULL), 0);
    BIO_push(f, m);
    ck_assert_int_eq(BIO_write(f, "abc", 3), 3);
    ck_assert_int_eq(BIO_puts(f, "de"), 2);
    ck_assert_int_eq(BIO_pending(f), 5);
    ck_assert_int_eq(BIO_read(f, buf, 8), 5);
    ck_assert(memcmp(buf, "abcde", 5) == 0);
    ck_assert_int_eq(BIO_read(f, buf, 8), -1);
    ck_assert(BIO_should_retry(f) && BIO_should_read(f));
    BIO_puts(m, "line\nrest");
    ck_assert_int_eq(BIO_gets(f, buf, 8), 5);
    ck_assert_str_eq(buf, "line\n");
    BIO_free_all(f);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_null");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, null_sink);
    tcase_add_test(tc, null_filter);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
