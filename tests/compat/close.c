/* Connection ends: the peer's close_notify (0 / ZERO_RETURN), a TCP close without close_notify (OpenSSL 3.0:
 * SSL_ERROR_SSL + SSL_R_UNEXPECTED_EOF_WHILE_READING; with SSL_OP_IGNORE_UNEXPECTED_EOF: 0 / ZERO_RETURN),
 * a TCP reset, I/O after our own SSL_shutdown, SSL_shutdown on a connection the peer already dropped. */
#include "common.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static SSL *connect_rev(SSL_CTX *ctx, peer_t *p, int maxver)
{
    ck_assert_int_eq(peer_s_server(p, "-rev", NULL), 0);
    if (maxver)
        SSL_CTX_set_max_proto_version(ctx, maxver);
    SSL *s = SSL_new(ctx);
    ck_assert_int_ge(ssl_attach_connect(s, p->port), 0);
    ck_assert_int_eq(SSL_connect(s), 1);
    return s;
}

static int echo(SSL *s, const char *line, char *buf, int n)
{
    int len = (int)strlen(line), got = 0;
    ck_assert_int_eq(SSL_write(s, line, len), len);
    while (got < len) {
        int r = SSL_read(s, buf + got, n - got);
        if (r <= 0)
            break;
        got += r;
    }
    return got;
}

/* s_server -rev answers "CLOSE" with its close_notify */
static void peer_close_notify(int maxver)
{
    peer_t p;
    char buf[64];
    SSL_CTX *ctx = client_ctx();
    SSL *s = connect_rev(ctx, &p, maxver);
    ck_assert_int_eq(echo(s, "abc\n", buf, sizeof(buf)), 4);
    ck_assert_int_eq(SSL_write(s, "CLOSE\n", 6), 6);
    int r = OBS_CALL("read", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, 0);
    ASSERT_LAST(SSL_ERROR_ZERO_RETURN, 0, 0);
    obs_int("get_shutdown", SSL_get_shutdown(s));
    ck_assert_int_eq(SSL_get_shutdown(s), SSL_RECEIVED_SHUTDOWN);
    r = OBS_CALL("read_again", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, 0);
    ASSERT_LAST(SSL_ERROR_ZERO_RETURN, 0, 0);
    r = OBS_CALL("peek", s, SSL_peek(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, 0);
    /* writing after the peer's close_notify still works (half-close) */
    r = OBS_CALL("write_after_peer_close", s, SSL_write(s, "x\n", 2));
    ck_assert_int_eq(r, 2);
    r = OBS_CALL("shutdown", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 1);
    obs_int("get_shutdown_end", SSL_get_shutdown(s));
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(close_notify_tls13) { peer_close_notify(0); }
END_TEST
START_TEST(close_notify_tls12) { peer_close_notify(TLS1_2_VERSION); }
END_TEST

/* the peer process dies: the kernel closes the TCP connection without close_notify */
static void unexpected_eof(int maxver, int ignore)
{
    peer_t p;
    char buf[64];
    SSL_CTX *ctx = client_ctx();
    if (ignore) {
        uint64_t o = SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
        obs_int("options_has_ignore_eof", (o & SSL_OP_IGNORE_UNEXPECTED_EOF) != 0);
    }
    SSL *s = connect_rev(ctx, &p, maxver);
    ck_assert_int_eq(echo(s, "abc\n", buf, sizeof(buf)), 4);
    kill(p.pid, SIGKILL);
    peer_wait(&p, 2000);
    int r = OBS_CALL("read", s, SSL_read(s, buf, sizeof(buf)));
    if (ignore) {
        ck_assert_int_eq(r, 0);
        ASSERT_LAST(SSL_ERROR_ZERO_RETURN, 0, 0);
    } else {
        /* note: 0, not -1 */
        ck_assert_int_eq(r, 0);
        ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_UNEXPECTED_EOF_WHILE_READING);
    }
    obs_int("get_shutdown", SSL_get_shutdown(s));
    r = OBS_CALL("read_again", s, SSL_read(s, buf, sizeof(buf)));
    r = OBS_CALL("write_after", s, SSL_write(s, "x\n", 2));
    r = OBS_CALL("shutdown", s, SSL_shutdown(s));
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(eof_tls13) { unexpected_eof(0, 0); }
END_TEST
START_TEST(eof_tls12) { unexpected_eof(TLS1_2_VERSION, 0); }
END_TEST
START_TEST(eof_ignored_tls13) { unexpected_eof(0, 1); }
END_TEST
START_TEST(eof_ignored_tls12) { unexpected_eof(TLS1_2_VERSION, 1); }
END_TEST

/* the peer is stopped with unread data in its socket and killed: the kernel answers with RST */
START_TEST(peer_reset_after_handshake)
{
    peer_t p;
    char buf[64];
    SSL_CTX *ctx = client_ctx();
    SSL *s = connect_rev(ctx, &p, 0);
    ck_assert_int_eq(echo(s, "abc\n", buf, sizeof(buf)), 4);
    kill(p.pid, SIGSTOP);
    ck_assert_int_eq(SSL_write(s, "unread\n", 7), 7);
    usleep(50000);
    kill(p.pid, SIGKILL);
    peer_wait(&p, 2000);
    usleep(50000);
    errno = 0;
    int r = SSL_read(s, buf, sizeof(buf));
    int saved_errno = errno;
    obs_ssl_call("read", s, r);
    obs_int("read_errno", saved_errno);
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SYSCALL, 0, 0);
    r = OBS_CALL("write_after", s, SSL_write(s, "x\n", 2));
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

/* after our SSL_shutdown: writes fail, reads still deliver the peer's data until its close_notify */
static void after_own_shutdown(int maxver)
{
    peer_t p;
    char buf[64];
    SSL_CTX *ctx = client_ctx();
    SSL *s = connect_rev(ctx, &p, maxver);
    ck_assert_int_eq(echo(s, "abc\n", buf, sizeof(buf)), 4);
    int r = OBS_CALL("shutdown", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 0);
    r = OBS_CALL("write", s, SSL_write(s, "x\n", 2));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN);
    /* s_server -rev answers our close_notify with its own */
    r = OBS_CALL("read", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, 0);
    ASSERT_LAST(SSL_ERROR_ZERO_RETURN, 0, 0);
    obs_int("get_shutdown", SSL_get_shutdown(s));
    ck_assert_int_eq(SSL_get_shutdown(s), SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
    r = OBS_CALL("shutdown2", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 1);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(write_after_shutdown_tls13) { after_own_shutdown(0); }
END_TEST
START_TEST(write_after_shutdown_tls12) { after_own_shutdown(TLS1_2_VERSION); }
END_TEST

/* SSL_shutdown when the peer is already gone (TCP closed, no close_notify) */
START_TEST(shutdown_peer_gone)
{
    peer_t p;
    char buf[64];
    SSL_CTX *ctx = client_ctx();
    SSL *s = connect_rev(ctx, &p, 0);
    ck_assert_int_eq(echo(s, "abc\n", buf, sizeof(buf)), 4);
    kill(p.pid, SIGKILL);
    peer_wait(&p, 2000);
    usleep(50000);
    int r = OBS_CALL("shutdown", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 0);
    obs_int("get_shutdown", SSL_get_shutdown(s));
    r = OBS_CALL("shutdown2", s, SSL_shutdown(s));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_UNEXPECTED_EOF_WHILE_READING);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

/* SSL_set_shutdown + SSL_shutdown: the "quiet" forms */
START_TEST(quiet_shutdown)
{
    peer_t p;
    char buf[64];
    SSL_CTX *ctx = client_ctx();
    SSL *s = connect_rev(ctx, &p, 0);
    ck_assert_int_eq(echo(s, "abc\n", buf, sizeof(buf)), 4);
    SSL_set_quiet_shutdown(s, 1);
    obs_int("get_quiet_shutdown", SSL_get_quiet_shutdown(s));
    int r = OBS_CALL("shutdown", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 1);
    obs_int("get_shutdown", SSL_get_shutdown(s));
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

START_TEST(set_shutdown_flags)
{
    peer_t p;
    char buf[64];
    SSL_CTX *ctx = client_ctx();
    SSL *s = connect_rev(ctx, &p, 0);
    ck_assert_int_eq(echo(s, "abc\n", buf, sizeof(buf)), 4);
    SSL_set_shutdown(s, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
    obs_int("get_shutdown", SSL_get_shutdown(s));
    int r = OBS_CALL("shutdown", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 1);
    r = OBS_CALL("read", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, 0);
    ASSERT_LAST(SSL_ERROR_ZERO_RETURN, 0, 0);
    r = OBS_CALL("write", s, SSL_write(s, "x", 1));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("close");
    TCase *tc = compat_tcase(s, "close_notify");
    tcase_add_test(tc, close_notify_tls13);
    tcase_add_test(tc, close_notify_tls12);
    tc = compat_tcase(s, "eof");
    tcase_add_test(tc, eof_tls13);
    tcase_add_test(tc, eof_tls12);
    tcase_add_test(tc, eof_ignored_tls13);
    tcase_add_test(tc, eof_ignored_tls12);
    tcase_add_test(tc, peer_reset_after_handshake);
    tc = compat_tcase(s, "own_shutdown");
    tcase_add_test(tc, write_after_shutdown_tls13);
    tcase_add_test(tc, write_after_shutdown_tls12);
    tcase_add_test(tc, shutdown_peer_gone);
    tcase_add_test(tc, quiet_shutdown);
    tcase_add_test(tc, set_shutdown_flags);
    return s;
}
