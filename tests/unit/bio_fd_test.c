/* File descriptor BIO (shim/crypto/bio_fd.c). Differential: also passes against the real libcrypto. */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#include <openssl/bio.h>
#include <openssl/err.h>

START_TEST(fd_over_socketpair)
{
    int sv[2];
    BIO *f;
    char buf[16];

    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    f = BIO_new_fd(sv[0], BIO_NOCLOSE);
    ck_assert_str_eq(BIO_method_name(f), "file descriptor");
    ck_assert_int_eq(BIO_method_type(f), BIO_TYPE_FD);
    ck_assert_int_eq(BIO_get_fd(f, NULL), sv[0]);
    BIO_socket_nbio(sv[0], 1);
    ck_assert_int_eq(BIO_read(f, buf, 4), -1);
    ck_assert(BIO_should_retry(f) && BIO_should_read(f));
    ck_assert_int_eq(write(sv[1], "l1\nl2", 5), 5);
    close(sv[1]);
    ck_assert_int_eq(BIO_gets(f, buf, sizeof(buf)), 3);
    ck_assert_str_eq(buf, "l1\n");
    ck_assert_int_eq(BIO_gets(f, buf, sizeof(buf)), 2);
    ck_assert_str_eq(buf, "l2");
    ck_assert_int_eq(BIO_gets(f, buf, sizeof(buf)), 0);
    ck_assert_int_eq(BIO_read(f, buf, 4), 0);
    ck_assert(!BIO_should_retry(f));
    ck_assert_int_eq(BIO_eof(f), 1);
    BIO_free(f);
    /* BIO_NOCLOSE left the descriptor open. */
    ck_assert_int_eq(close(sv[0]), 0);
}
END_TEST

START_TEST(fd_file_seek)
{
    char path[] = "/tmp/bio_fd_testXXXXXX";
    int fd = mkstemp(path);
    BIO *f;
    char buf[8];

    ck_assert_int_ge(fd, 0);
    unlink(path);
    f = BIO_new_fd(fd, BIO_CLOSE);
    ck_assert_int_eq(BIO_write(f, "abcdef", 6), 6);
    ck_assert_int_eq(BIO_tell(f), 6);
    ck_assert_int_eq(BIO_seek(f, 2), 2);
    ck_assert_int_eq(BIO_read(f, buf, 8), 4);
    ck_assert(memcmp(buf, "cdef", 4) == 0);
    ck_assert_int_eq(BIO_reset(f), 0);
    ck_assert_int_eq(BIO_read(f, buf, 2), 2);
    ck_assert_int_eq(BIO_pending(f), 0);
    ck_assert_int_eq(BIO_fd_should_retry(1), 0);
    ck_assert_int_eq(BIO_fd_non_fatal_error(EAGAIN), 1);
    ck_assert_int_eq(BIO_fd_non_fatal_error(EBADF), 0);
    BIO_free(f);
}
END_TEST

START_TEST(fd_uninitialised)
{
    BIO *f = BIO_new(BIO_s_fd());
    char c;

    ck_assert_int_eq(BIO_get_fd(f, NULL), -1);
    ck_assert_int_eq(BIO_read(f, &c, 1), -1);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_UNINITIALIZED);
    BIO_free(f);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_fd");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, fd_over_socketpair);
    tcase_add_test(tc, fd_file_seek);
    tcase_add_test(tc, fd_uninitialised);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
