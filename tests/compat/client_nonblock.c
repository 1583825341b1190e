/* Non-blocking client sockets: SSL_connect / SSL_do_handshake answering -1 + WANT_READ/WANT_WRITE and a
 * select() loop to completion, SSL_read with nothing available, large writes retried (plain, partial-write
 * mode, moving buffer). How many WANT_* answers happen is implementation-dependent and never compared: only
 * the set of answers (must be WANT_READ/WANT_WRITE only) and the final result. */
#include "common.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static SSL *nb_client(SSL_CTX *ctx, peer_t *p, int *fd)
{
    SSL *s = SSL_new(ctx);
    ck_assert_ptr_nonnull(s);
    *fd = tcp_connect(p->port);
    ck_assert_int_ge(*fd, 0);
    set_nonblock(*fd, 1);
    ck_assert_int_eq(SSL_set_fd(s, *fd), 1);
    return s;
}

static void handshake(int (*fn)(SSL *), int set_state, int maxver)
{
    peer_t p;
    int fd, seen, e;
    ck_assert_int_eq(peer_s_server(&p, "-rev", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    if (maxver)
        SSL_CTX_set_max_proto_version(ctx, maxver);
    SSL *s = nb_client(ctx, &p, &fd);
    if (set_state)
        SSL_set_connect_state(s);
    /* the first call sends the ClientHello and cannot have the answer yet: the peer is stopped meanwhile */
    kill(p.pid, SIGSTOP);
    int r = OBS_CALL("first", s, fn(s));
    kill(p.pid, SIGCONT);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_READ);
    obs_int("in_init", SSL_in_init(s));
    obs_int("is_init_finished", SSL_is_init_finished(s));
    r = nb_drive(s, fn, fd, 10000, &seen, &e);
    obs_int("final_ret", r);
    obs_str("final_error", ssl_error_name(e));
    obs_int("only_want_answers", (seen & 4) == 0);
    ck_assert_int_eq(r, 1);
    ck_assert_int_eq(seen & 4, 0);
    obs_str("version", SSL_get_version(s));
    obs_int("verify_result", SSL_get_verify_result(s));
    obs_int("is_init_finished_after", SSL_is_init_finished(s));
    /* calling it again once done is harmless */
    r = OBS_CALL("again", s, fn(s));
    ck_assert_int_eq(r, 1);
    SSL_free(s);
    close(fd);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(nb_connect_tls13) { handshake(SSL_connect, 0, 0); }
END_TEST
START_TEST(nb_connect_tls12) { handshake(SSL_connect, 0, TLS1_2_VERSION); }
END_TEST
START_TEST(nb_do_handshake_tls13) { handshake(SSL_do_handshake, 1, 0); }
END_TEST
START_TEST(nb_do_handshake_tls12) { handshake(SSL_do_handshake, 1, TLS1_2_VERSION); }
END_TEST

/* SSL_read with nothing to read: -1 / WANT_READ, no error queued; then data arrives. */
static void read_empty(int maxver)
{
    peer_t p;
    int fd, seen, e;
    char buf[64];
    ck_assert_int_eq(peer_s_server(&p, "-rev", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    if (maxver)
        SSL_CTX_set_max_proto_version(ctx, maxver);
    SSL *s = nb_client(ctx, &p, &fd);
    ck_assert_int_eq(nb_drive(s, SSL_connect, fd, 10000, &seen, &e), 1);
    int r = OBS_CALL("read_empty", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_READ);
    usleep(200000); /* TLS 1.3 tickets arrive: still no application data */
    r = OBS_CALL("read_empty2", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_READ);
    obs_int("pending", SSL_pending(s));
    obs_int("has_pending", SSL_has_pending(s));
    r = OBS_CALL("write", s, SSL_write(s, "abc\n", 4));
    ck_assert_int_eq(r, 4);
    int got = 0;
    for (int i = 0; i < 100 && got < 4; i++) {
        wait_fd(fd, 0, 100);
        r = SSL_read(s, buf + got, (int)sizeof(buf) - got);
        if (r > 0)
            got += r;
        else
            ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_READ);
    }
    obs("read", "%.*s", got, buf);
    ck_assert_int_eq(got, 4);
    ck_assert(memcmp(buf, "cba\n", 4) == 0);
    /* SSL_peek with nothing available behaves like SSL_read */
    r = OBS_CALL("peek_empty", s, SSL_peek(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_READ);
    SSL_free(s);
    close(fd);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(nb_read_empty_tls13) { read_empty(0); }
END_TEST
START_TEST(nb_read_empty_tls12) { read_empty(TLS1_2_VERSION); }
END_TEST

/* ---- large writes: s_server (default mode: prints what it reads) is stopped with SIGSTOP while we write,
 * so the socket fills up and SSL_write must answer WANT_WRITE; then it is resumed. */

#define BIG (1024 * 1024)

enum write_style { PLAIN, PARTIAL, MOVING };

static size_t count_z(peer_t *p)
{
    FILE *f = fopen(p->log, "r");
    size_t n = 0;
    int c;
    if (!f)
        return 0;
    while ((c = getc(f)) != EOF)
        n += c == 'z';
    fclose(f);
    return n;
}

static void big_write(enum write_style style, int maxver)
{
    peer_t p;
    int fd, seen, e;
    ck_assert_int_eq(peer_s_server(&p, NULL), 0);
    SSL_CTX *ctx = client_ctx();
    if (maxver)
        SSL_CTX_set_max_proto_version(ctx, maxver);
    SSL *s = SSL_new(ctx);
    fd = tcp_connect(p.port);
    ck_assert_int_ge(fd, 0);
    int small = 16384;
    setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &small, sizeof(small));
    set_nonblock(fd, 1);
    SSL_set_fd(s, fd);
    ck_assert_int_eq(nb_drive(s, SSL_connect, fd, 10000, &seen, &e), 1);
    if (style == PARTIAL)
        obs_int("set_mode", (long)SSL_set_mode(s, SSL_MODE_ENABLE_PARTIAL_WRITE));
    if (style == MOVING)
        obs_int("set_mode", (long)SSL_set_mode(s, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER));
    obs_int("get_mode", (long)SSL_get_mode(s));
    usleep(100000); /* let the peer finish its side of the handshake */
    kill(p.pid, SIGSTOP);

    char *data = malloc(BIG), *copy = malloc(BIG);
    memset(data, 'z', BIG);
    memset(copy, 'z', BIG);
    size_t done = 0;
    int wants = 0, other = 0, partials = 0, first_ret = 0, first_err = -1, resumed = 0, calls = 0;
    while (done < BIG && calls < 100000) {
        const char *buf = data + done;
        if (style == MOVING && (calls & 1))
            buf = copy + done; /* retry with another buffer holding the same bytes */
        int r = SSL_write(s, buf, (int)(BIG - done));
        calls++;
        if (calls == 1) {
            first_ret = r;
            first_err = SSL_get_error(s, r);
        }
        if (r > 0) {
            if ((size_t)r < BIG - done)
                partials++;
            done += (size_t)r;
            continue;
        }
        int err = SSL_get_error(s, r);
        if (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_WANT_READ) {
            wants |= err == SSL_ERROR_WANT_WRITE ? 2 : 1;
            if (!resumed) {
                resumed = 1;
                kill(p.pid, SIGCONT);
            }
            wait_fd(fd, err == SSL_ERROR_WANT_WRITE, 1000);
            continue;
        }
        other = err;
        obs_err("write_error");
        break;
    }
    if (!resumed)
        kill(p.pid, SIGCONT);
    if (style == PLAIN || style == MOVING) {
        /* without partial writes the first call can only fail with WANT_WRITE or write everything */
        obs_int("first_ret", first_ret);
        obs_str("first_error", ssl_error_name(first_err));
        ck_assert_int_eq(first_ret, -1);
        ck_assert_int_eq(first_err, SSL_ERROR_WANT_WRITE);
        obs_int("partial_returns", partials);
        ck_assert_int_eq(partials, 0);
    } else {
        /* with partial writes, the first call returns what fitted */
        obs_int("first_ret_positive", first_ret > 0);
        ck_assert_int_gt(first_ret, 0);
        ck_assert_int_lt(first_ret, BIG);
        obs_int("saw_partial", partials > 0);
    }
    obs_int("saw_want_write", (wants & 2) != 0);
    obs_int("other_error", other);
    obs_int("written", (long)done);
    ck_assert_int_eq(other, 0);
    ck_assert_int_eq(done, BIG);
    /* the peer got everything (our close_notify wakes s_server up for what sits in its read buffer) */
    set_nonblock(fd, 0);
    SSL_shutdown(s);
    size_t z = 0;
    for (int i = 0; i < 100 && (z = count_z(&p)) < BIG; i++)
        usleep(50000);
    obs_int("peer_received_all", z >= BIG);
    ck_assert_uint_ge(z, BIG);
    free(data);
    free(copy);
    SSL_free(s);
    close(fd);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(big_write_plain_tls13) { big_write(PLAIN, 0); }
END_TEST
START_TEST(big_write_plain_tls12) { big_write(PLAIN, TLS1_2_VERSION); }
END_TEST
START_TEST(big_write_partial) { big_write(PARTIAL, 0); }
END_TEST
START_TEST(big_write_moving) { big_write(MOVING, 0); }
END_TEST

/* Retrying a WANT_WRITE with another buffer without SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER, or with a
 * shorter length: observed as OpenSSL answers it. */
static void bad_retry(int shorter)
{
    peer_t p;
    int fd, seen, e;
    ck_assert_int_eq(peer_s_server(&p, NULL), 0);
    SSL_CTX *ctx = client_ctx();
    SSL *s = SSL_new(ctx);
    fd = tcp_connect(p.port);
    int small = 16384;
    setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &small, sizeof(small));
    set_nonblock(fd, 1);
    SSL_set_fd(s, fd);
    ck_assert_int_eq(nb_drive(s, SSL_connect, fd, 10000, &seen, &e), 1);
    SSL_clear_mode(s, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER); /* in case it is a default */
    obs_int("get_mode", (long)SSL_get_mode(s));
    usleep(100000); /* let the peer finish its side of the handshake */
    kill(p.pid, SIGSTOP);
    char *a = malloc(BIG), *b = malloc(BIG);
    memset(a, 'z', BIG);
    memset(b, 'z', BIG);
    int r = OBS_CALL("write1", s, SSL_write(s, a, BIG));
    ck_assert_int_eq(r, -1);
    if (shorter) {
        r = OBS_CALL("retry_short", s, SSL_write(s, a, 100));
        ck_assert_int_eq(r, -1);
        ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_BAD_LENGTH);
    } else {
        r = OBS_CALL("retry_other_buf", s, SSL_write(s, b, BIG));
        ck_assert_int_eq(r, -1);
        ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_BAD_WRITE_RETRY);
    }
    kill(p.pid, SIGCONT);
    free(a);
    free(b);
    SSL_free(s);
    close(fd);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(retry_other_buffer) { bad_retry(0); }
END_TEST
START_TEST(retry_shorter) { bad_retry(1); }
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("client_nonblock");
    TCase *tc = compat_tcase(s, "handshake");
    tcase_add_test(tc, nb_connect_tls13);
    tcase_add_test(tc, nb_connect_tls12);
    tcase_add_test(tc, nb_do_handshake_tls13);
    tcase_add_test(tc, nb_do_handshake_tls12);
    tc = compat_tcase(s, "read");
    tcase_add_test(tc, nb_read_empty_tls13);
    tcase_add_test(tc, nb_read_empty_tls12);
    tc = compat_tcase(s, "write");
    tcase_add_test(tc, big_write_plain_tls13);
    tcase_add_test(tc, big_write_plain_tls12);
    tcase_add_test(tc, big_write_partial);
    tcase_add_test(tc, big_write_moving);
    tcase_add_test(tc, retry_other_buffer);
    tcase_add_test(tc, retry_shorter);
    return s;
}
