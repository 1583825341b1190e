/* Client handshakes against raw TCP peers that misbehave: close at once, HTTP answer, close after the
 * ClientHello, reset, garbage, a fatal alert, silence (with a receive timeout). Observed: return value,
 * SSL_get_error, the first/last queued error, the verify result. */
#include "common.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Expected (as real OpenSSL 3.0 answers): SSL_get_error and SSL reason (0: empty queue) of the failed
 * SSL_connect, then of an SSL_read and SSL_write on the failed connection. */
struct expect {
    int err, reason;
    int read_ret, read_err, read_reason;
    int write_err, write_reason;
};

static void connect_raw(enum raw_server_mode mode, int nonblocking, struct expect x)
{
    peer_t p;
    int seen = 0, e;
    ck_assert_int_eq(peer_raw_server(&p, mode), 0);
    SSL_CTX *ctx = client_ctx();
    SSL *s = SSL_new(ctx);
    int fd = tcp_connect(p.port);
    ck_assert_int_ge(fd, 0);
    if (mode == RAW_SILENT)
        set_timeouts(fd, 500);
    SSL_set_fd(s, fd);
    int r;
    ERR_clear_error();
    if (nonblocking) {
        set_nonblock(fd, 1);
        r = nb_drive(s, SSL_connect, fd, mode == RAW_SILENT ? 500 : 10000, &seen, &e);
    } else {
        errno = 0;
        r = SSL_connect(s);
    }
    int saved_errno = errno;
    obs_ssl_call("connect", s, r);
    if (last_ssl_error == SSL_ERROR_SYSCALL)
        obs_int("errno", saved_errno);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(last_ssl_error, x.err);
    ck_assert_int_eq(ERR_GET_REASON(last_err_first), x.reason);
    obs_int("verify_result", SSL_get_verify_result(s));
    obs_int("in_init", SSL_in_init(s));
    obs_int("get_shutdown", SSL_get_shutdown(s));
    obs_str("version", SSL_get_version(s));
    /* after a failed handshake, I/O calls keep failing */
    ERR_clear_error();
    char buf[16];
    r = OBS_CALL("read_after", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, x.read_ret);
    ck_assert_int_eq(last_ssl_error, x.read_err);
    ck_assert_int_eq(ERR_GET_REASON(last_err_first), x.read_reason);
    r = OBS_CALL("write_after", s, SSL_write(s, "x", 1));
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(last_ssl_error, x.write_err);
    ck_assert_int_eq(ERR_GET_REASON(last_err_first), x.write_reason);
    SSL_free(s);
    close(fd);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

#define SYS SSL_ERROR_SYSCALL
#define SSLE SSL_ERROR_SSL
#define WR SSL_ERROR_WANT_READ
#define ZR SSL_ERROR_ZERO_RETURN
#define EOF_R SSL_R_UNEXPECTED_EOF_WHILE_READING

/* a TCP reset: SYSCALL (errno ECONNRESET), empty queue; a read afterwards reports the unexpected EOF */
static const struct expect reset = {SYS, 0, -1, SSLE, EOF_R, SYS, 0};
/* an HTTP answer or garbage: the first record header is no TLS version */
static const struct expect wrong_version = {SSLE, SSL_R_WRONG_VERSION_NUMBER, -1, SYS, 0, SYS, 0};
/* EOF (FIN) instead of a ServerHello */
static const struct expect eof_mid = {SSLE, EOF_R, -1, SYS, 0, SYS, 0};
/* a fatal alert marks the connection as received-shutdown: later reads say ZERO_RETURN */
static const struct expect alert = {SSLE, SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE, 0, ZR, 0, ZR, 0};
/* SO_RCVTIMEO expiring on a blocking socket looks like EAGAIN: WANT_READ */
static const struct expect silent = {WR, 0, -1, WR, 0, WR, 0};

START_TEST(peer_closes_at_once) { connect_raw(RAW_CLOSE, 0, eof_mid); }
END_TEST
START_TEST(peer_http_response) { connect_raw(RAW_HTTP_RESPONSE, 0, wrong_version); }
END_TEST
START_TEST(peer_close_after_hello) { connect_raw(RAW_CLOSE_AFTER_HELLO, 0, eof_mid); }
END_TEST
START_TEST(peer_reset) { connect_raw(RAW_RST, 0, reset); }
END_TEST
START_TEST(peer_garbage) { connect_raw(RAW_GARBAGE, 0, wrong_version); }
END_TEST
START_TEST(peer_alert) { connect_raw(RAW_ALERT, 0, alert); }
END_TEST
START_TEST(peer_silent_timeout) { connect_raw(RAW_SILENT, 0, silent); }
END_TEST
START_TEST(nb_peer_closes_at_once) { connect_raw(RAW_CLOSE, 1, eof_mid); }
END_TEST
START_TEST(nb_peer_http_response) { connect_raw(RAW_HTTP_RESPONSE, 1, wrong_version); }
END_TEST
START_TEST(nb_peer_close_after_hello) { connect_raw(RAW_CLOSE_AFTER_HELLO, 1, eof_mid); }
END_TEST
START_TEST(nb_peer_reset) { connect_raw(RAW_RST, 1, reset); }
END_TEST
START_TEST(nb_peer_garbage) { connect_raw(RAW_GARBAGE, 1, wrong_version); }
END_TEST
START_TEST(nb_peer_alert) { connect_raw(RAW_ALERT, 1, alert); }
END_TEST
START_TEST(nb_peer_silent) { connect_raw(RAW_SILENT, 1, silent); }
END_TEST

/* Nothing listening: connect() fails before TLS; SSL_connect on a socket that was never connected. */
START_TEST(unconnected_socket)
{
    SSL_CTX *ctx = client_ctx();
    SSL *s = SSL_new(ctx);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    SSL_set_fd(s, fd);
    errno = 0;
    ERR_clear_error();
    int r = SSL_connect(s);
    int saved_errno = errno;
    obs_ssl_call("connect", s, r);
    obs_int("errno", saved_errno);
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SYSCALL, 0, 0);
    SSL_free(s);
    close(fd);
    SSL_CTX_free(ctx);
}
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("client_failures");
    TCase *tc = compat_tcase(s, "blocking");
    tcase_add_test(tc, peer_closes_at_once);
    tcase_add_test(tc, peer_http_response);
    tcase_add_test(tc, peer_close_after_hello);
    tcase_add_test(tc, peer_reset);
    tcase_add_test(tc, peer_garbage);
    tcase_add_test(tc, peer_alert);
    tcase_add_test(tc, peer_silent_timeout);
    tcase_add_test(tc, unconnected_socket);
    tc = compat_tcase(s, "nonblocking");
    tcase_add_test(tc, nb_peer_closes_at_once);
    tcase_add_test(tc, nb_peer_http_response);
    tcase_add_test(tc, nb_peer_close_after_hello);
    tcase_add_test(tc, nb_peer_reset);
    tcase_add_test(tc, nb_peer_garbage);
    tcase_add_test(tc, nb_peer_alert);
    tcase_add_test(tc, nb_peer_silent);
    return s;
}
