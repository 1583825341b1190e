/* BIO pairs (shim/crypto/bio_pair.c). Differential: also passes against the real libcrypto. */
#include <check.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/err.h>

static int has_err(int lib, int reason)
{
    unsigned long e;
    int found = 0;

    while ((e = ERR_get_error()) != 0) {
        if (ERR_GET_LIB(e) == lib && ERR_GET_REASON(e) == (reason & ERR_REASON_MASK))
            found = 1;
    }
    return found;
}

START_TEST(unpaired)
{
    BIO *b = BIO_new(BIO_s_bio());
    char buf[4];
    char *p;

    ck_assert_str_eq(BIO_method_name(b), "BIO pair");
    ck_assert_int_eq(BIO_get_init(b), 0);
    ck_assert_int_eq(BIO_read(b, buf, 3), -1);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
    ck_assert_int_eq(BIO_write(b, "ab", 2), -1);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
    ck_assert_uint_eq(BIO_ctrl_get_write_guarantee(b), 0);
    ck_assert_uint_eq(BIO_ctrl_get_read_request(b), 0);
    ck_assert_int_eq(BIO_eof(b), 1);
    ck_assert_int_eq(BIO_pending(b), 0);
    ck_assert_int_eq((int)BIO_get_write_buf_size(b, 0), 17 * 1024);
    ck_assert_int_eq(BIO_nread0(b, &p), -2);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
    ck_assert_int_eq(BIO_set_write_buf_size(b, 0), 0);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_INVALID_ARGUMENT));
    ck_assert_int_eq(BIO_set_write_buf_size(b, 100), 1);
    ck_assert_int_eq((int)BIO_get_write_buf_size(b, 0), 100);
    BIO_free(b);
}
END_TEST

START_TEST(guarantee_and_request)
{
    BIO *a1, *a2;
    char buf[64];

    ck_assert_int_eq(BIO_new_bio_pair(&a1, 10, &a2, 0), 1);
    ck_assert_int_eq((int)BIO_get_write_buf_size(a2, 0), 17 * 1024);
    ck_assert_int_eq(BIO_make_bio_pair(a1, a2), 0);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_IN_USE));
    ck_assert_int_eq(BIO_set_write_buf_size(a1, 100), 0);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_IN_USE));

    /* Reading an empty pair: retry, and the writer learns how much is wanted (capped to its buffer). */
    ck_assert_int_eq(BIO_read(a2, buf, 40), -1);
    ck_assert(BIO_should_retry(a2) && BIO_should_read(a2));
    ck_assert_uint_eq(BIO_ctrl_get_read_request(a1), 10);
    ck_assert_int_eq(BIO_read(a2, buf, 4), -1);
    ck_assert_uint_eq(BIO_ctrl_get_read_request(a1), 4);
    ck_assert_uint_eq(BIO_ctrl_get_write_guarantee(a1), 10);

    ck_assert_int_eq(BIO_write(a1, "0123456789AB", 12), 10);
    ck_assert_uint_eq(BIO_ctrl_get_read_request(a1), 0);
    ck_assert_int_eq(BIO_write(a1, "x", 1), -1);
    ck_assert(BIO_should_retry(a1) && BIO_should_write(a1));
    ck_assert_uint_eq(BIO_ctrl_get_write_guarantee(a1), 0);
    ck_assert_int_eq(BIO_wpending(a1), 10);
    ck_assert_int_eq(BIO_pending(a2), 10);
    ck_assert_int_eq(BIO_pending(a1), 0);

    ck_assert_int_eq(BIO_read(a2, buf, 4), 4);
    ck_assert(memcmp(buf, "0123", 4) == 0);
    ck_assert(!BIO_should_retry(a2));
    ck_assert_uint_eq(BIO_ctrl_get_write_guarantee(a1), 4);
    ck_assert_int_eq(BIO_read(a2, buf, 40), 6);
    ck_assert_int_eq(BIO_read(a2, buf, 40), -1);
    ck_assert_int_eq(BIO_ctrl_reset_read_request(a1), 1);
    ck_assert_uint_eq(BIO_ctrl_get_read_request(a1), 0);
    BIO_free(a1);
    BIO_free(a2);
}
END_TEST

START_TEST(shutdown_wr)
{
    BIO *a1, *a2;
    char buf[16];

    BIO_new_bio_pair(&a1, 0, &a2, 0);
    ck_assert_int_eq(BIO_write(a1, "abcdef", 6), 6);
    ck_assert_int_eq(BIO_shutdown_wr(a1), 1);
    ck_assert_int_eq(BIO_write(a1, "x", 1), -1);
    ck_assert(!BIO_should_retry(a1));
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_BROKEN_PIPE));
    ck_assert_uint_eq(BIO_ctrl_get_write_guarantee(a1), 0);
    ck_assert_int_eq(BIO_eof(a2), 0);
    ck_assert_int_eq(BIO_read(a2, buf, sizeof(buf)), 6);
    ck_assert_int_eq(BIO_eof(a2), 1);
    /* Drained and closed: EOF, no retry. */
    ck_assert_int_eq(BIO_read(a2, buf, sizeof(buf)), 0);
    ck_assert(!BIO_should_retry(a2));
    /* The other direction still works. */
    ck_assert_int_eq(BIO_write(a2, "hey", 3), 3);
    ck_assert_int_eq(BIO_read(a1, buf, sizeof(buf)), 3);
    ck_assert_int_eq(BIO_eof(a1), 0);
    BIO_free(a1);
    BIO_free(a2);
}
END_TEST

START_TEST(destroy_and_free)
{
    BIO *a1, *a2;
    char buf[4];

    BIO_new_bio_pair(&a1, 0, &a2, 0);
    BIO_write(a2, "abc", 3);
    ck_assert_int_eq(BIO_reset(a2), 0);
    ck_assert_int_eq(BIO_pending(a1), 0);
    ck_assert_int_eq(BIO_destroy_bio_pair(a1), 1);
    ck_assert_int_eq(BIO_get_init(a2), 0);
    ck_assert_int_eq(BIO_read(a2, buf, 3), -1);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
    ck_assert_int_eq(BIO_make_bio_pair(a1, a2), 1);
    ck_assert_int_eq(BIO_write(a1, "z", 1), 1);
    BIO_free(a1);
    ck_assert_int_eq(BIO_get_init(a2), 0);
    ck_assert_int_eq(BIO_read(a2, buf, 3), -1);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
    BIO_free(a2);
}
END_TEST

START_TEST(zero_copy)
{
    BIO *a1, *a2;
    char buf[16];
    char *p;

    BIO_new_bio_pair(&a1, 8, &a2, 8);
    BIO_write(a1, "abcdef", 6);
    BIO_read(a2, buf, 5);
    ck_assert_int_eq(BIO_write(a1, "ghijk", 5), 5);
    /* 6 bytes queued, but only 3 contiguous before the ring wraps. */
    ck_assert_int_eq(BIO_nread0(a2, &p), 3);
    ck_assert(memcmp(p, "fgh", 3) == 0);
    ck_assert_int_eq(BIO_nread(a2, &p, 10), 3);
    ck_assert_int_eq(BIO_nread(a2, &p, 10), 3);
    ck_assert(memcmp(p, "ijk", 3) == 0);
    ck_assert_int_eq(BIO_nread(a2, &p, 10), -1);
    ck_assert(BIO_should_read(a2));
    ck_assert_int_eq(BIO_nwrite0(a1, &p), 8);
    ck_assert_int_eq(BIO_nwrite(a1, &p, 3), 3);
    memcpy(p, "XYZ", 3);
    ck_assert_int_eq(BIO_pending(a2), 3);
    ck_assert_int_eq(BIO_read(a2, buf, 16), 3);
    ck_assert(memcmp(buf, "XYZ", 3) == 0);
    ck_assert_uint_eq(BIO_number_written(a1), 14);
    ck_assert_uint_eq(BIO_number_read(a2), 14);
    BIO_free(a1);
    BIO_free(a2);
}
END_TEST

START_TEST(wraparound_stream)
{
    BIO *a1, *a2;
    unsigned char out[1000], in[1000];
    int w = 0, r = 0;

    for (int i = 0; i < 1000; i++)
        out[i] = (unsigned char)(i * 31);
    BIO_new_bio_pair(&a1, 7, &a2, 7);
    while (r < 1000) {
        int k = BIO_write(a1, out + w, 1000 - w > 5 ? 5 : 1000 - w);

        if (k > 0)
            w += k;
        k = BIO_read(a2, in + r, 3);
        if (k > 0)
            r += k;
    }
    ck_assert(memcmp(in, out, 1000) == 0);
    BIO_free(a1);
    BIO_free(a2);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_pair");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, unpaired);
    tcase_add_test(tc, guarantee_and_request);
    tcase_add_test(tc, shutdown_wr);
    tcase_add_test(tc, destroy_and_free);
    tcase_add_test(tc, zero_copy);
    tcase_add_test(tc, wraparound_stream);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
