/* BIO_printf family (shim/crypto/bio_print.c). Differential: also passes against the real libcrypto. */
#include <check.h>
#include <stdint.h>
#include <string.h>

#include <openssl/bio.h>

static const char *mem_text(BIO *m)
{
    static char out[512];
    char *p;
    long n = BIO_get_mem_data(m, &p);

    memcpy(out, p, (size_t)n);
    out[n] = '\0';
    return out;
}

START_TEST(printf_to_bio)
{
    BIO *m = BIO_new(BIO_s_mem());
    int n;

    n = BIO_printf(m, "[%s] [%5.2f] [%p] [%-4d] [%lld] [%zu] [%#x] [%c] [%05d] [%.3s] [%*d] [%%]",
                   (char *)NULL, 3.14159, NULL, 7, 1LL << 40, (size_t)9, 255, 'q', -42, "abcdef", 4, 5);
    ck_assert_str_eq(mem_text(m),
                     "[<NULL>] [ 3.14] [0x0] [7   ] [1099511627776] [9] [0xff] [q] [-0042] [abc] [   5] [%]");
    ck_assert_int_eq(n, (int)strlen(mem_text(m)));
    (void)BIO_reset(m);
    ck_assert_int_eq(BIO_printf(m, "%s", ""), 0);
    ck_assert_int_eq(BIO_printf(m, "%lu-%ld-%u-%x-%X-%o", 4000000000UL, -5L, 3U, 0xabcU, 0xabcU, 8U), 26);
    ck_assert_str_eq(mem_text(m), "4000000000--5-3-abc-ABC-10");
    BIO_free(m);
}
END_TEST

START_TEST(long_output)
{
    BIO *m = BIO_new(BIO_s_mem());
    char big[5000];

    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    ck_assert_int_eq(BIO_printf(m, "<%s>", big), 5001);
    ck_assert_int_eq(BIO_pending(m), 5001);
    BIO_free(m);
}
END_TEST

START_TEST(snprintf_truncation)
{
    char buf[16];

    ck_assert_int_eq(BIO_snprintf(buf, 6, "hello"), 5);
    ck_assert_str_eq(buf, "hello");
    /* OpenSSL's formatter treats truncation as failure, output still terminated. */
    ck_assert_int_eq(BIO_snprintf(buf, 5, "hello"), -1);
    ck_assert_str_eq(buf, "hell");
    ck_assert_int_eq(BIO_snprintf(buf, 0, "hello"), -1);
    ck_assert_int_eq(BIO_snprintf(buf, sizeof(buf), "%d:%s", 12, "ab"), 5);
    ck_assert_str_eq(buf, "12:ab");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_print");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, printf_to_bio);
    tcase_add_test(tc, long_output);
    tcase_add_test(tc, snprintf_truncation);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
