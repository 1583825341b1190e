/* Socket BIO and socket helpers (shim/crypto/bio_sock.c) over a socketpair.
 * Differential: also passes against the real libcrypto. */
#include <check.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#include <openssl/bio.h>
#include <openssl/err.h>

START_TEST(nonblocking_socket)
{
    int sv[2];
    BIO *s;
    char buf[8];
    int fd = -1;

    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    s = BIO_new_socket(sv[0], BIO_CLOSE);
    ck_assert_str_eq(BIO_method_name(s), "socket");
    ck_assert_int_eq(BIO_method_type(s), BIO_TYPE_SOCKET);
    ck_assert_int_eq(BIO_get_fd(s, &fd), sv[0]);
    ck_assert_int_eq(fd, sv[0]);
    ck_assert_int_eq(BIO_get_close(s), BIO_CLOSE);
    ck_assert_int_eq(BIO_socket_nbio(sv[0], 1), 1);

    /* Nothing there on a non-blocking socket: EAGAIN becomes a read retry. */
    ck_assert_int_eq(BIO_read(s, buf, 4), -1);
    ck_assert(BIO_should_retry(s));
    ck_assert(BIO_should_read(s));
    ck_assert_int_eq(BIO_retry_type(s), BIO_FLAGS_READ);
    ck_assert_int_eq(BIO_eof(s), 0);
    ck_assert_int_eq(BIO_pending(s), 0);
    ck_assert_int_eq(BIO_set_nbio(s, 1), 0);

    ck_assert_int_eq(BIO_puts(s, "hi"), 2);
    ck_assert(!BIO_should_retry(s));
    ck_assert_int_eq(read(sv[1], buf, 2), 2);
    ck_assert(memcmp(buf, "hi", 2) == 0);

    ck_assert_int_eq(write(sv[1], "yo", 2), 2);
    shutdown(sv[1], SHUT_WR);
    ck_assert_int_eq(BIO_read(s, buf, 4), 2);
    /* Orderly shutdown: 0, no retry, EOF reported. */
    ck_assert_int_eq(BIO_read(s, buf, 4), 0);
    ck_assert(!BIO_should_retry(s));
    ck_assert_int_eq(BIO_eof(s), 1);
    ck_assert_int_eq(BIO_sock_error(sv[0]), 0);
    BIO_free(s);
    close(sv[1]);
    /* BIO_CLOSE closed our end. */
    ck_assert_int_eq(BIO_closesocket(sv[0]), 0);
}
END_TEST

START_TEST(full_socket_write_retry)
{
    int sv[2];
    BIO *s;
    char chunk[4096];
    int r;

    memset(chunk, 'a', sizeof(chunk));
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    s = BIO_new_socket(sv[0], BIO_NOCLOSE);
    BIO_socket_nbio(sv[0], 1);
    do {
        r = BIO_write(s, chunk, sizeof(chunk));
    } while (r > 0);
    ck_assert_int_eq(r, -1);
    ck_assert(BIO_should_retry(s));
    ck_assert(BIO_should_write(s));
    BIO_free(s);
    close(sv[0]);
    close(sv[1]);
}
END_TEST

START_TEST(peer_gone)
{
    int sv[2];
    BIO *s;

    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    s = BIO_new_socket(sv[0], BIO_CLOSE);
    close(sv[1]);
    /* EPIPE is fatal, not a retry (and must not kill the process). */
    signal(SIGPIPE, SIG_IGN);
    ck_assert_int_le(BIO_write(s, "x", 1), 0);
    ck_assert(!BIO_should_retry(s));
    BIO_free(s);
}
END_TEST

START_TEST(retry_classification)
{
    errno = EAGAIN;
    ck_assert_int_eq(BIO_sock_should_retry(-1), 1);
    errno = EAGAIN;
    ck_assert_int_eq(BIO_sock_should_retry(0), 1);
    errno = EAGAIN;
    ck_assert_int_eq(BIO_sock_should_retry(1), 0);
    errno = ECONNRESET;
    ck_assert_int_eq(BIO_sock_should_retry(-1), 0);
    ck_assert_int_eq(BIO_sock_non_fatal_error(EWOULDBLOCK), 1);
    ck_assert_int_eq(BIO_sock_non_fatal_error(EINTR), 1);
    ck_assert_int_eq(BIO_sock_non_fatal_error(EINPROGRESS), 1);
    ck_assert_int_eq(BIO_sock_non_fatal_error(EALREADY), 1);
    ck_assert_int_eq(BIO_sock_non_fatal_error(ENOTCONN), 1);
    ck_assert_int_eq(BIO_sock_non_fatal_error(EPROTO), 1);
    ck_assert_int_eq(BIO_sock_non_fatal_error(ECONNRESET), 0);
    ck_assert_int_eq(BIO_sock_non_fatal_error(EPIPE), 0);
}
END_TEST

START_TEST(bad_descriptors)
{
    unsigned long e;
    int s;

    ERR_clear_error();
    ck_assert_int_eq(BIO_socket_nbio(-1, 1), 0);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_SYS);
    ck_assert_int_eq(ERR_GET_REASON(e), EBADF);
    ck_assert_int_eq(BIO_set_tcp_ndelay(-1, 1), 0);
    ck_assert_int_eq(BIO_closesocket(-1), 0);
    ck_assert_int_eq(BIO_sock_error(-1), EBADF);
    ck_assert_int_eq(BIO_sock_init(), 1);
    ck_assert_int_eq(BIO_connect(-1, NULL, 0), 0);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_BIO);
    ck_assert_int_eq(ERR_GET_REASON(e), BIO_R_INVALID_SOCKET);

    s = BIO_socket(AF_INET, SOCK_STREAM, 0, 0);
    ck_assert_int_ge(s, 0);
    ck_assert_int_eq(BIO_set_tcp_ndelay(s, 1), 1);
    ck_assert_int_eq(BIO_closesocket(s), 1);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_sock");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, nonblocking_socket);
    tcase_add_test(tc, full_socket_write_retry);
    tcase_add_test(tc, peer_gone);
    tcase_add_test(tc, retry_classification);
    tcase_add_test(tc, bad_descriptors);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
