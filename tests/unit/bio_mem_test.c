/* Memory BIO (shim/crypto/bio_mem.c). Differential: also passes against the real libcrypto
 * (make check-unit-openssl). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/buffer.h>
#include <openssl/err.h>

/* True when the queue holds lib/reason; clears the queue. */
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

START_TEST(empty_read_retries)
{
    BIO *m = BIO_new(BIO_s_mem());
    char buf[8];
    size_t n = 77;

    ck_assert_ptr_nonnull(m);
    ck_assert_str_eq(BIO_method_name(m), "memory buffer");
    ck_assert_int_eq(BIO_method_type(m), BIO_TYPE_MEM);
    ck_assert_int_eq(BIO_read(m, buf, sizeof(buf)), -1);
    ck_assert(BIO_should_retry(m));
    ck_assert(BIO_should_read(m));
    ck_assert(!BIO_should_write(m));
    ck_assert_int_eq(BIO_retry_type(m), BIO_FLAGS_READ);
    ck_assert_int_eq(BIO_read(m, buf, 0), -1);
    ck_assert_int_eq(BIO_read_ex(m, buf, 5, &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(BIO_read(m, buf, -1), 0);
    ck_assert_int_eq(BIO_eof(m), 1);
    ck_assert_int_eq(ERR_peek_error(), 0);
    BIO_free(m);
}
END_TEST

START_TEST(write_read_pending)
{
    BIO *m = BIO_new(BIO_s_mem());
    char buf[16];
    size_t n = 0;

    ck_assert_int_eq(BIO_write(m, "hello world", 11), 11);
    ck_assert_int_eq(BIO_pending(m), 11);
    ck_assert_uint_eq(BIO_ctrl_pending(m), 11);
    ck_assert_int_eq(BIO_wpending(m), 0);
    ck_assert_int_eq(BIO_eof(m), 0);
    ck_assert_int_eq(BIO_read(m, buf, 5), 5);
    ck_assert(memcmp(buf, "hello", 5) == 0);
    ck_assert(!BIO_should_retry(m));
    ck_assert_int_eq(BIO_read(m, buf, 0), 0);
    ck_assert_int_eq(BIO_pending(m), 6);
    ck_assert_int_eq(BIO_read_ex(m, buf, sizeof(buf), &n), 1);
    ck_assert_uint_eq(n, 6);
    ck_assert(memcmp(buf, " world", 6) == 0);
    ck_assert_uint_eq(BIO_number_read(m), 11);
    ck_assert_uint_eq(BIO_number_written(m), 11);
    ck_assert_int_eq(BIO_write(m, "x", 0), 0);
    ck_assert_int_eq(BIO_write(m, "x", -1), 0);
    ck_assert_int_eq(BIO_write_ex(m, "x", 0, &n), 1);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(BIO_write(m, NULL, 3), -1);
    ck_assert(has_err(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
    ck_assert_int_eq(BIO_puts(m, "line\n"), 5);
    ck_assert_int_eq(BIO_flush(m), 1);
    ck_assert_int_eq(BIO_get_close(m), BIO_CLOSE);
    ck_assert_int_eq(BIO_set_nbio(m, 1), 0);
    ck_assert_int_eq(BIO_ctrl(m, 9999, 0, NULL), 0);
    BIO_free(m);
}
END_TEST

START_TEST(eof_return)
{
    BIO *m = BIO_new(BIO_s_mem());
    char buf[4];

    ck_assert_int_eq(BIO_set_mem_eof_return(m, 0), 1);
    ck_assert_int_eq(BIO_read(m, buf, 4), 0);
    ck_assert(!BIO_should_retry(m));
    BIO_set_mem_eof_return(m, -7);
    ck_assert_int_eq(BIO_read(m, buf, 4), -7);
    ck_assert(BIO_should_read(m));
    ck_assert_int_eq(BIO_write(m, "abc", 3), 3);
    ck_assert(!BIO_should_retry(m));
    BIO_free(m);
}
END_TEST

START_TEST(gets)
{
    BIO *m = BIO_new(BIO_s_mem());
    char buf[10];

    BIO_puts(m, "ab\ncdefghijklmn");
    ck_assert_int_eq(BIO_gets(m, buf, sizeof(buf)), 3);
    ck_assert_str_eq(buf, "ab\n");
    ck_assert_int_eq(BIO_gets(m, buf, 1), 0);
    ck_assert_int_eq(buf[0], '\0');
    ck_assert_int_eq(BIO_gets(m, buf, 0), 0);
    ck_assert_int_eq(BIO_gets(m, buf, -1), -1);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_INVALID_ARGUMENT));
    ck_assert_int_eq(BIO_gets(m, buf, sizeof(buf)), 9);
    ck_assert_str_eq(buf, "cdefghijk");
    ck_assert_int_eq(BIO_gets(m, buf, sizeof(buf)), 3);
    ck_assert_str_eq(buf, "lmn");
    /* An exhausted memory BIO reads a line as 0 and does not ask for a retry. */
    ck_assert_int_eq(BIO_gets(m, buf, sizeof(buf)), 0);
    ck_assert(!BIO_should_retry(m));
    BIO_free(m);
}
END_TEST

START_TEST(readonly)
{
    static const char data[] = "hello world";
    BIO *ro = BIO_new_mem_buf(data, -1);
    char buf[16];
    char *p = NULL;
    BUF_MEM *bm = NULL;

    ck_assert_ptr_nonnull(ro);
    ck_assert(BIO_test_flags(ro, BIO_FLAGS_MEM_RDONLY));
    ck_assert_int_eq(BIO_write(ro, "a", 1), -1);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_WRITE_TO_READ_ONLY_BIO));
    ck_assert_int_eq(BIO_read(ro, buf, 3), 3);
    ck_assert_int_eq(BIO_get_mem_data(ro, &p), 8);
    ck_assert(memcmp(p, "lo world", 8) == 0);
    BIO_get_mem_ptr(ro, &bm);
    ck_assert_uint_eq(bm->length, 8);
    ck_assert(memcmp(bm->data, "lo world", 8) == 0);
    ck_assert_int_eq(BIO_read(ro, buf, sizeof(buf)), 8);
    /* Static data: an exhausted read-only BIO is at EOF, no retry. */
    ck_assert_int_eq(BIO_read(ro, buf, sizeof(buf)), 0);
    ck_assert(!BIO_should_retry(ro));
    ck_assert_int_eq(BIO_eof(ro), 1);
    ck_assert_int_eq(BIO_reset(ro), 1);
    ck_assert_int_eq(BIO_pending(ro), 11);
    ck_assert_int_eq(BIO_gets(ro, buf, 4), 3);
    ck_assert_str_eq(buf, "hel");
    BIO_free(ro);

    ro = BIO_new_mem_buf("abc", 0);
    ck_assert_int_eq(BIO_read(ro, buf, 4), 0);
    BIO_free(ro);
    ck_assert_ptr_null(BIO_new_mem_buf(NULL, 3));
    ck_assert(has_err(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
}
END_TEST

START_TEST(reset_modes)
{
    BIO *m = BIO_new(BIO_s_mem());
    char buf[8];
    char *p;
    long l;

    BIO_write(m, "abc", 3);
    ck_assert_int_eq(BIO_reset(m), 1);
    ck_assert_int_eq(BIO_pending(m), 0);
    BIO_set_flags(m, BIO_FLAGS_NONCLEAR_RST);
    BIO_write(m, "hello", 5);
    ck_assert_int_eq(BIO_read(m, buf, 5), 5);
    ck_assert_int_eq(BIO_pending(m), 0);
    ck_assert_int_eq(BIO_reset(m), 1);
    ck_assert_int_eq(BIO_pending(m), 5);
    /* A write drops what was already read; a non-clearing reset then rewinds to what is left. */
    BIO_read(m, buf, 3);
    BIO_write(m, "XY", 2);
    (void)BIO_reset(m);
    l = BIO_get_mem_data(m, &p);
    ck_assert_int_eq(l, 4);
    ck_assert(memcmp(p, "loXY", 4) == 0);
    BIO_free(m);
}
END_TEST

START_TEST(mem_buf_handover)
{
    BIO *m = BIO_new(BIO_s_mem());
    BUF_MEM *bm = NULL, *nb;
    char buf[8];
    char *p;

    BIO_write(m, "abcdef", 6);
    BIO_read(m, buf, 2);
    BIO_get_mem_ptr(m, &bm);
    ck_assert_uint_eq(bm->length, 4);
    ck_assert(memcmp(bm->data, "cdef", 4) == 0);

    nb = BUF_MEM_new();
    ck_assert_uint_eq(BUF_MEM_grow(nb, 4), 4);
    memcpy(nb->data, "wxyz", 4);
    ck_assert_int_eq(BIO_set_mem_buf(m, nb, BIO_CLOSE), 1);
    ck_assert_int_eq(BIO_get_mem_data(m, &p), 4);
    ck_assert(memcmp(p, "wxyz", 4) == 0);
    BIO_read(m, buf, 1);
    BIO_write(m, "!", 1);
    ck_assert_uint_eq(nb->length, 4);
    ck_assert(memcmp(nb->data, "xyz!", 4) == 0);
    BIO_free(m);

    /* The usual "take the buffer and drop the BIO" idiom. */
    m = BIO_new(BIO_s_mem());
    BIO_printf(m, "%s-%d", "k", 42);
    BIO_get_mem_ptr(m, &bm);
    (void)BIO_set_close(m, BIO_NOCLOSE);
    BIO_free(m);
    ck_assert_uint_eq(bm->length, 4);
    ck_assert(memcmp(bm->data, "k-42", 4) == 0);
    BUF_MEM_free(bm);
}
END_TEST

START_TEST(secmem)
{
    BIO *m = BIO_new(BIO_s_secmem());
    char buf[4];

    ck_assert_str_eq(BIO_method_name(m), "secure memory buffer");
    ck_assert_int_eq(BIO_method_type(m), BIO_TYPE_MEM);
    ck_assert_int_eq(BIO_write(m, "abc", 3), 3);
    ck_assert_int_eq(BIO_read(m, buf, 4), 3);
    BIO_free(m);
}
END_TEST

START_TEST(large_write)
{
    BIO *m = BIO_new(BIO_s_mem());
    char *big = malloc(100000), *back = malloc(100000);

    for (int i = 0; i < 100000; i++)
        big[i] = (char)i;
    for (int i = 0; i < 10; i++)
        ck_assert_int_eq(BIO_write(m, big + i * 10000, 10000), 10000);
    ck_assert_int_eq(BIO_pending(m), 100000);
    ck_assert_int_eq(BIO_read(m, back, 100000), 100000);
    ck_assert(memcmp(big, back, 100000) == 0);
    free(big);
    free(back);
    BIO_free(m);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_mem");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, empty_read_retries);
    tcase_add_test(tc, write_read_pending);
    tcase_add_test(tc, eof_return);
    tcase_add_test(tc, gets);
    tcase_add_test(tc, readonly);
    tcase_add_test(tc, reset_modes);
    tcase_add_test(tc, mem_buf_handover);
    tcase_add_test(tc, secmem);
    tcase_add_test(tc, large_write);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
