/* Connect BIO (shim/crypto/bio_conn.c) against a local listener and a closed port, 127.0.0.1 only.
 * Differential: also passes against the real libcrypto. */
#include <check.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <openssl/bio.h>
#include <openssl/err.h>

/* A listening socket on 127.0.0.1 with a kernel-chosen port. */
static int listener(int *port)
{
    struct sockaddr_in a;
    socklen_t l = sizeof(a);
    int s = socket(AF_INET, SOCK_STREAM, 0);

    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ck_assert_int_eq(bind(s, (struct sockaddr *)&a, sizeof(a)), 0);
    ck_assert_int_eq(listen(s, 4), 0);
    getsockname(s, (struct sockaddr *)&a, &l);
    *port = ntohs(a.sin_port);
    return s;
}

static int closed_port(void)
{
    int port, s = listener(&port);

    close(s);
    return port;
}

START_TEST(blocking_connect)
{
    int port, ls = listener(&port), as;
    char hp[64], buf[8];
    BIO *c;

    snprintf(hp, sizeof(hp), "127.0.0.1:%d", port);
    c = BIO_new_connect(hp);
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(BIO_method_name(c), "socket connect");
    ck_assert_int_eq(BIO_method_type(c), BIO_TYPE_CONNECT);
    ck_assert_str_eq(BIO_get_conn_hostname(c), "127.0.0.1");
    ck_assert_int_eq(BIO_get_fd(c, NULL), -1);
    ck_assert_int_eq(BIO_do_connect(c), 1);
    ck_assert_int_ge(BIO_get_fd(c, NULL), 0);
    ck_assert_int_eq(BIO_get_conn_ip_family(c), 0);
    as = accept(ls, NULL, NULL);
    ck_assert_int_ge(as, 0);
    ck_assert_int_eq(BIO_write(c, "ping", 4), 4);
    ck_assert_int_eq(read(as, buf, 4), 4);
    ck_assert(memcmp(buf, "ping", 4) == 0);
    ck_assert_int_eq(write(as, "pong", 4), 4);
    ck_assert_int_eq(BIO_read(c, buf, 8), 4);
    close(as);
    ck_assert_int_eq(BIO_read(c, buf, 8), 0);
    ck_assert(!BIO_should_retry(c));
    ck_assert_int_eq(BIO_eof(c), 1);
    /* Already connected: nothing to do. */
    ck_assert_int_eq(BIO_do_connect(c), 1);
    BIO_free(c);
    close(ls);
}
END_TEST

START_TEST(host_and_port_separately)
{
    int port, ls = listener(&port);
    char ps[16];
    BIO *c = BIO_new(BIO_s_connect());

    snprintf(ps, sizeof(ps), "%d", port);
    ck_assert_int_eq(BIO_set_conn_hostname(c, "127.0.0.1"), 1);
    ck_assert_int_eq(BIO_set_conn_port(c, ps), 1);
    ck_assert_str_eq(BIO_get_conn_port(c), ps);
    ck_assert_int_eq(BIO_do_connect(c), 1);
    BIO_free(c);
    close(ls);
}
END_TEST

START_TEST(nonblocking_connect)
{
    int port, ls = listener(&port), r, tries = 0;
    char hp[64];
    BIO *c;
    struct pollfd p;

    snprintf(hp, sizeof(hp), "127.0.0.1:%d", port);
    c = BIO_new_connect(hp);
    ck_assert_int_eq(BIO_set_nbio(c, 1), 1);
    while ((r = (int)BIO_do_connect(c)) <= 0) {
        /* In progress: a special retry with reason BIO_RR_CONNECT, and no error left behind. */
        ck_assert(BIO_should_retry(c));
        ck_assert(BIO_should_io_special(c));
        ck_assert_int_eq(BIO_get_retry_reason(c), BIO_RR_CONNECT);
        ck_assert_int_eq(ERR_peek_error(), 0);
        p.fd = (int)BIO_get_fd(c, NULL);
        p.events = POLLOUT;
        poll(&p, 1, 1000);
        ck_assert_int_lt(++tries, 10);
    }
    ck_assert_int_eq(r, 1);
    ck_assert_int_eq(BIO_write(c, "x", 1), 1);
    BIO_free(c);
    close(ls);
}
END_TEST

START_TEST(closed_port_errors)
{
    char hp[64];
    BIO *c;
    unsigned long e;

    snprintf(hp, sizeof(hp), "127.0.0.1:%d", closed_port());
    c = BIO_new_connect(hp);
    ERR_clear_error();
    ck_assert_int_le(BIO_do_connect(c), 0);
    ck_assert(!BIO_should_retry(c));
    /* ERR_LIB_SYS(ECONNREFUSED), BIO_R_CONNECT_ERROR, ERR_LIB_SYS(ECONNREFUSED), BIO_R_CONNECT_ERROR */
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_SYS);
    ck_assert_int_eq(ERR_GET_REASON(e), ECONNREFUSED);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_BIO);
    ck_assert_int_eq(ERR_GET_REASON(e), BIO_R_CONNECT_ERROR);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_SYS);
    ck_assert_int_eq(ERR_GET_REASON(e), ECONNREFUSED);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_BIO);
    ck_assert_int_eq(ERR_GET_REASON(e), BIO_R_CONNECT_ERROR);
    ck_assert_int_eq(ERR_get_error(), 0);
    /* Stays failed. */
    ck_assert_int_le(BIO_do_connect(c), 0);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_REASON(e), BIO_R_CONNECT_ERROR);
    ck_assert_int_eq(ERR_get_error(), 0);
    BIO_free(c);
}
END_TEST

START_TEST(closed_port_nonblocking)
{
    char hp[64];
    BIO *c;
    unsigned long e;
    int r, tries = 0;

    snprintf(hp, sizeof(hp), "127.0.0.1:%d", closed_port());
    c = BIO_new_connect(hp);
    BIO_set_nbio(c, 1);
    ERR_clear_error();
    while ((r = (int)BIO_do_connect(c)) <= 0 && BIO_should_retry(c)) {
        struct pollfd p = { .fd = (int)BIO_get_fd(c, NULL), .events = POLLOUT };

        poll(&p, 1, 1000);
        ck_assert_int_lt(++tries, 10);
    }
    ck_assert_int_le(r, 0);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_SYS);
    ck_assert_int_eq(ERR_GET_REASON(e), ECONNREFUSED);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_BIO);
    /* Refused at once by connect() or reported later by SO_ERROR. */
    ck_assert(ERR_GET_REASON(e) == BIO_R_CONNECT_ERROR || ERR_GET_REASON(e) == BIO_R_NBIO_CONNECT_ERROR);
    BIO_free(c);
}
END_TEST

START_TEST(bad_parameters)
{
    BIO *c = BIO_new(BIO_s_connect());
    unsigned long e;

    ERR_clear_error();
    ck_assert_int_eq(BIO_do_connect(c), -1);
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_BIO);
    ck_assert_int_eq(ERR_GET_REASON(e), BIO_R_NO_HOSTNAME_OR_SERVICE_SPECIFIED);
    ck_assert_int_eq(BIO_set_conn_hostname(c, "a:b:c"), 0);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_AMBIGUOUS_HOST_OR_SERVICE);
    ck_assert_int_eq(BIO_set_conn_hostname(c, "[::1]:5"), 1);
    ck_assert_str_eq(BIO_get_conn_hostname(c), "::1");
    ck_assert_str_eq(BIO_get_conn_port(c), "5");
    /* A bare host keeps the earlier port. */
    ck_assert_int_eq(BIO_set_conn_hostname(c, "example"), 1);
    ck_assert_str_eq(BIO_get_conn_hostname(c), "example");
    ck_assert_str_eq(BIO_get_conn_port(c), "5");
    ck_assert_int_eq(BIO_get_init(c), 1);
    BIO_free(c);
    ck_assert_ptr_null(BIO_new_connect("[::1"));
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_MALFORMED_HOST_OR_SERVICE);
}
END_TEST

START_TEST(connect_retry_helper)
{
    int port, ls = listener(&port);
    char hp[64];
    BIO *c;

    snprintf(hp, sizeof(hp), "127.0.0.1:%d", port);
    c = BIO_new_connect(hp);
    ck_assert_int_eq(BIO_do_connect_retry(c, 5, 10), 1);
    BIO_free(c);
    close(ls);
    ck_assert_int_eq(BIO_do_connect_retry(NULL, 1, 10), -1);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), ERR_R_PASSED_NULL_PARAMETER & ERR_REASON_MASK);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_conn");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, blocking_connect);
    tcase_add_test(tc, host_and_port_separately);
    tcase_add_test(tc, nonblocking_connect);
    tcase_add_test(tc, closed_port_errors);
    tcase_add_test(tc, closed_port_nonblocking);
    tcase_add_test(tc, bad_parameters);
    tcase_add_test(tc, connect_retry_helper);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
