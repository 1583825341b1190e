/* FILE BIO (shim/crypto/bio_file.c). Differential: also passes against the real libcrypto. */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>

static char path[64];

static void setup(void)
{
    int fd;

    strcpy(path, "/tmp/bio_file_testXXXXXX");
    fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
}

static void teardown(void)
{
    unlink(path);
}

START_TEST(write_then_read)
{
    BIO *b = BIO_new_file(path, "w");
    char buf[32];
    FILE *fp = NULL;

    ck_assert_ptr_nonnull(b);
    ck_assert_str_eq(BIO_method_name(b), "FILE pointer");
    ck_assert_int_eq(BIO_method_type(b), BIO_TYPE_FILE);
    ck_assert_int_eq(BIO_write(b, "line one\n", 9), 9);
    ck_assert_int_eq(BIO_puts(b, "line two\n"), 9);
    ck_assert_int_eq(BIO_printf(b, "%s %d\n", "n", 3), 4);
    ck_assert_int_eq(BIO_get_fp(b, &fp), 1);
    ck_assert_ptr_nonnull(fp);
    ck_assert_int_eq(BIO_flush(b), 1);
    ck_assert_int_eq(BIO_tell(b), 22);
    BIO_free(b);

    b = BIO_new(BIO_s_file());
    ck_assert_int_eq(BIO_get_init(b), 0);
    ck_assert_int_eq(BIO_read_filename(b, path), 1);
    ck_assert_int_eq(BIO_gets(b, buf, sizeof(buf)), 9);
    ck_assert_str_eq(buf, "line one\n");
    ck_assert_int_eq(BIO_read(b, buf, 4), 4);
    ck_assert(memcmp(buf, "line", 4) == 0);
    ck_assert_int_eq(BIO_eof(b), 0);
    ck_assert_int_eq(BIO_read(b, buf, sizeof(buf)), 9);
    ck_assert_int_eq(BIO_read(b, buf, sizeof(buf)), 0);
    ck_assert(!BIO_should_retry(b));
    ck_assert_int_ne(BIO_eof(b), 0);
    ck_assert_int_eq(BIO_reset(b), 0);
    ck_assert_int_eq(BIO_read(b, buf, 4), 4);
    ck_assert_int_eq(BIO_seek(b, 5), 0);
    ck_assert_int_eq(BIO_read(b, buf, 3), 3);
    ck_assert(memcmp(buf, "one", 3) == 0);
    BIO_free(b);
}
END_TEST

START_TEST(append_and_fp)
{
    BIO *b = BIO_new(BIO_s_file());
    FILE *fp;
    char buf[16];

    ck_assert_int_eq(BIO_write_filename(b, path), 1);
    BIO_puts(b, "ab");
    BIO_free(b);
    b = BIO_new(BIO_s_file());
    ck_assert_int_eq(BIO_append_filename(b, path), 1);
    BIO_puts(b, "cd");
    BIO_free(b);

    fp = fopen(path, "r");
    b = BIO_new_fp(fp, BIO_NOCLOSE);
    ck_assert_int_eq(BIO_read(b, buf, sizeof(buf)), 4);
    ck_assert(memcmp(buf, "abcd", 4) == 0);
    BIO_free(b);
    /* BIO_NOCLOSE: still ours to close. */
    ck_assert_int_eq(fclose(fp), 0);
}
END_TEST

START_TEST(open_errors)
{
    unsigned long e;
    BIO *b;

    ERR_clear_error();
    ck_assert_ptr_null(BIO_new_file("/nonexistent/dir/file", "r"));
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_SYS);
    ck_assert_int_eq(ERR_GET_REASON(e), ENOENT);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_BIO);
    ck_assert_int_eq(ERR_GET_REASON(e), BIO_R_NO_SUCH_FILE);
    ck_assert_int_eq(ERR_get_error(), 0);

    b = BIO_new(BIO_s_file());
    ck_assert_int_eq(BIO_read_filename(b, "/nonexistent/dir/file"), 0);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_SYS);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_BIO);
    ck_assert_int_eq(ERR_GET_REASON(e), ERR_R_SYS_LIB & ERR_REASON_MASK);
    ck_assert_int_eq((int)BIO_ctrl(b, BIO_C_SET_FILENAME, BIO_CLOSE, path), 0);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_REASON(e), BIO_R_BAD_FOPEN_MODE);
    BIO_free(b);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_file");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, write_then_read);
    tcase_add_test(tc, append_and_fp);
    tcase_add_test(tc, open_errors);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
