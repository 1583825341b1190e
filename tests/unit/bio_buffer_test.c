/* BIO_f_buffer (shim/crypto/bio_buffer.c). Differential: also passes against the real libcrypto. */
#include <check.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/err.h>

START_TEST(write_behind)
{
    BIO *f = BIO_new(BIO_f_buffer());
    BIO *m = BIO_new(BIO_s_mem());

    ck_assert_str_eq(BIO_method_name(f), "buffer");
    ck_assert_int_eq(BIO_method_type(f), BIO_TYPE_BUFFER);
    BIO_push(f, m);
    ck_assert_int_eq(BIO_write(f, "hello", 5), 5);
    ck_assert_int_eq(BIO_pending(m), 0);
    ck_assert_int_eq(BIO_wpending(f), 5);
    ck_assert_int_eq(BIO_flush(f), 1);
    ck_assert_int_eq(BIO_pending(m), 5);
    ck_assert_int_eq(BIO_wpending(f), 0);
    BIO_free_all(f);
}
END_TEST

START_TEST(big_write_passes_through)
{
    BIO *f = BIO_new(BIO_f_buffer());
    BIO *m = BIO_new(BIO_s_mem());
    static char big[10000];

    memset(big, 'z', sizeof(big));
    BIO_push(f, m);
    ck_assert_int_eq(BIO_write(f, "ab", 2), 2);
    ck_assert_int_eq(BIO_write(f, big, sizeof(big)), (int)sizeof(big));
    /* Buffered bytes first, then the rest bypassed or buffered: nothing is lost or reordered. */
    ck_assert_int_eq(BIO_flush(f), 1);
    ck_assert_int_eq(BIO_pending(m), 10002);
    BIO_free_all(f);
}
END_TEST

START_TEST(read_ahead_and_lines)
{
    BIO *f = BIO_new(BIO_f_buffer());
    BIO *m = BIO_new(BIO_s_mem());
    char buf[32];

    BIO_push(f, m);
    BIO_puts(m, "one\ntwo\nthree");
    ck_assert_int_eq(BIO_gets(f, buf, sizeof(buf)), 4);
    ck_assert_str_eq(buf, "one\n");
    /* The rest was read ahead into the filter. */
    ck_assert_int_eq(BIO_pending(m), 0);
    ck_assert_int_eq(BIO_pending(f), 9);
    ck_assert_int_eq(BIO_get_buffer_num_lines(f), 1);
    ck_assert_int_eq(BIO_buffer_peek(f, buf, 3), 3);
    ck_assert(memcmp(buf, "two", 3) == 0);
    ck_assert_int_eq(BIO_read(f, buf, 4), 4);
    ck_assert(memcmp(buf, "two\n", 4) == 0);
    /* The memory source runs dry: partial line first, then its retry. */
    ck_assert_int_eq(BIO_gets(f, buf, sizeof(buf)), 5);
    ck_assert_str_eq(buf, "three");
    ck_assert_int_eq(BIO_read(f, buf, 4), -1);
    ck_assert(BIO_should_retry(f) && BIO_should_read(f));
    ck_assert_int_eq(BIO_gets(f, buf, sizeof(buf)), -1);
    BIO_free_all(f);
}
END_TEST

START_TEST(sizes_and_read_data)
{
    BIO *f = BIO_new(BIO_f_buffer());
    BIO *m = BIO_new(BIO_s_mem());
    char buf[16];
    static char big[6000];

    BIO_push(f, m);
    ck_assert_int_eq(BIO_set_buffer_size(f, 8192), 1);
    ck_assert_int_eq(BIO_set_read_buffer_size(f, 100), 1);
    ck_assert_int_eq(BIO_set_write_buffer_size(f, 5000), 1);
    /* The write side is now 5000 bytes: 4000 stay buffered. */
    memset(big, 'q', sizeof(big));
    ck_assert_int_eq(BIO_write(f, big, 4000), 4000);
    ck_assert_int_eq(BIO_wpending(f), 4000);
    ck_assert_int_eq(BIO_set_buffer_read_data(f, "preset", 6), 1);
    ck_assert_int_eq(BIO_read(f, buf, 16), 6);
    ck_assert(memcmp(buf, "preset", 6) == 0);
    ck_assert_int_eq(BIO_flush(f), 1);
    ck_assert_int_eq(BIO_pending(m), 4000);
    BIO_free_all(f);
}
END_TEST

START_TEST(write_retry_through_pair)
{
    BIO *f = BIO_new(BIO_f_buffer());
    BIO *a1, *a2;
    char buf[64];

    BIO_new_bio_pair(&a1, 16, &a2, 16);
    BIO_push(f, a1);
    ck_assert_int_eq(BIO_write(f, "0123456789012345678901234567890123456789", 40), 40);
    /* Only 16 bytes fit into the pair: flush reports the pair's write retry. */
    ck_assert_int_le(BIO_flush(f), 0);
    ck_assert(BIO_should_retry(f) && BIO_should_write(f));
    ck_assert_int_eq(BIO_read(a2, buf, 64), 16);
    ck_assert_int_le(BIO_flush(f), 0);
    ck_assert_int_eq(BIO_read(a2, buf, 64), 16);
    ck_assert_int_eq(BIO_flush(f), 1);
    ck_assert_int_eq(BIO_read(a2, buf, 64), 8);
    BIO_free_all(f);
    BIO_free(a2);
}
END_TEST

START_TEST(no_next)
{
    BIO *f = BIO_new(BIO_f_buffer());
    char c;

    ck_assert_int_eq(BIO_write(f, "x", 1), 0);
    ck_assert_int_eq(BIO_read(f, &c, 1), 0);
    ck_assert_int_eq(BIO_flush(f), 0);
    BIO_free(f);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_buffer");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, write_behind);
    tcase_add_test(tc, big_write_passes_through);
    tcase_add_test(tc, read_ahead_and_lines);
    tcase_add_test(tc, sizes_and_read_data);
    tcase_add_test(tc, write_retry_through_pair);
    tcase_add_test(tc, no_next);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
