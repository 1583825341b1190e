/* Buffering BIOs: a BIO pair whose network half the application pumps to a socket (default and a small
 * 512-byte buffer), and in-process client<->server handshakes over memory BIOs and BIO pairs (both sides
 * are the library under test). */
#include "common.h"

#include <string.h>
#include <unistd.h>

/* Moves bytes between the network half of a pair and the socket; returns -1 when the socket died. */
static int pump_socket(BIO *net, int fd, int want_read)
{
    char buf[4096];
    int moved = 0;
    size_t pending;
    while ((pending = BIO_ctrl_pending(net)) > 0) {
        int n = BIO_read(net, buf, pending < sizeof(buf) ? (int)pending : (int)sizeof(buf));
        if (n <= 0)
            break;
        if (write(fd, buf, (size_t)n) != n)
            return -1;
        moved += n;
    }
    if (want_read) {
        size_t room = BIO_ctrl_get_write_guarantee(net);
        if (room > sizeof(buf))
            room = sizeof(buf);
        if (room > 0 && wait_fd(fd, 0, 5000)) {
            ssize_t n = read(fd, buf, room);
            if (n <= 0)
                return -1;
            ck_assert_int_eq(BIO_write(net, buf, (int)n), (int)n);
            moved += (int)n;
        }
    }
    return moved;
}

/* Runs fn until it is done, pumping on WANT_*; *seen: 1 WANT_READ, 2 WANT_WRITE, 4 other. */
static int drive_pair(SSL *s, int (*fn)(SSL *, void *, int), void *arg, int len, BIO *net, int fd, int *seen)
{
    for (int i = 0; i < 1000; i++) {
        int r = fn(s, arg, len);
        if (r > 0)
            return r;
        int e = SSL_get_error(s, r);
        if (e == SSL_ERROR_WANT_READ)
            *seen |= 1;
        else if (e == SSL_ERROR_WANT_WRITE)
            *seen |= 2;
        else {
            *seen |= 4;
            return r;
        }
        if (pump_socket(net, fd, e == SSL_ERROR_WANT_READ) < 0)
            return r;
    }
    return -1;
}

static int do_connect(SSL *s, void *a, int n)
{
    (void)a;
    (void)n;
    return SSL_connect(s);
}
static int do_write(SSL *s, void *a, int n) { return SSL_write(s, a, n); }
static int do_read(SSL *s, void *a, int n) { return SSL_read(s, a, n); }

static void pair_to_socket(size_t bufsize, int maxver)
{
    peer_t p;
    BIO *internal = NULL, *net = NULL;
    int seen = 0;
    ck_assert_int_eq(peer_s_server(&p, "-rev", NULL), 0);
    int r = BIO_new_bio_pair(&internal, bufsize, &net, bufsize);
    obs_int("new_bio_pair", r);
    ck_assert_int_eq(r, 1);
    obs_int("write_guarantee_initial", (long)BIO_ctrl_get_write_guarantee(net));
    SSL_CTX *ctx = client_ctx();
    if (maxver)
        SSL_CTX_set_max_proto_version(ctx, maxver);
    SSL *s = SSL_new(ctx);
    SSL_set_bio(s, internal, internal);
    int fd = tcp_connect(p.port);
    ck_assert_int_ge(fd, 0);

    /* first call: the ClientHello goes into the pair, the answer is not there yet */
    r = OBS_CALL("first", s, SSL_connect(s));
    ck_assert_int_eq(r, -1);
    ck_assert(last_ssl_error == SSL_ERROR_WANT_READ || last_ssl_error == SSL_ERROR_WANT_WRITE);
    obs_int("pending_after_first", BIO_ctrl_pending(net) > 0);
    r = drive_pair(s, do_connect, NULL, 0, net, fd, &seen);
    obs_int("connect", r);
    obs_int("only_want", (seen & 4) == 0);
    ck_assert_int_eq(r, 1);
    ck_assert_int_eq(seen & 4, 0);
    obs_str("version", SSL_get_version(s));
    obs_int("verify_result", SSL_get_verify_result(s));

    /* nothing to read yet */
    char buf[2048];
    r = OBS_CALL("read_empty", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(last_ssl_error, SSL_ERROR_WANT_READ);

    /* a line larger than the pair's buffer */
    char line[1501];
    for (int i = 0; i < 1500; i++)
        line[i] = (char)('a' + i % 26);
    line[1500] = '\n';
    seen = 0;
    r = drive_pair(s, do_write, line, sizeof(line), net, fd, &seen);
    obs_int("write", r);
    ck_assert_int_eq(r, (int)sizeof(line));
    pump_socket(net, fd, 0);
    int got = 0;
    while (got < (int)sizeof(line)) {
        seen = 0;
        r = drive_pair(s, do_read, buf + got, (int)sizeof(buf) - got, net, fd, &seen);
        if (r <= 0)
            break;
        got += r;
    }
    obs_int("read_total", got);
    ck_assert_int_eq(got, (int)sizeof(line));
    ck_assert_int_eq(buf[0], line[1499]);
    ck_assert_int_eq(buf[1499], line[0]);

    r = OBS_CALL("shutdown", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 0);
    pump_socket(net, fd, 0);
    SSL_free(s); /* frees internal */
    BIO_free(net);
    close(fd);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(pair_default_tls13) { pair_to_socket(0, 0); }
END_TEST
START_TEST(pair_default_tls12) { pair_to_socket(0, TLS1_2_VERSION); }
END_TEST
START_TEST(pair_512_tls13) { pair_to_socket(512, 0); }
END_TEST
START_TEST(pair_512_tls12) { pair_to_socket(512, TLS1_2_VERSION); }
END_TEST

/* ---- in process: both ends are the library under test */

static void make_pair(SSL_CTX **cctx, SSL_CTX **sctx, SSL **c, SSL **s, int maxver)
{
    *cctx = client_ctx();
    *sctx = server_ctx("server.pem", "server.key", "chain.pem");
    ck_assert_ptr_nonnull(*sctx);
    if (maxver)
        SSL_CTX_set_max_proto_version(*cctx, maxver);
    *c = SSL_new(*cctx);
    *s = SSL_new(*sctx);
    SSL_set_connect_state(*c);
    SSL_set_accept_state(*s);
}

static void mem_bios(int maxver)
{
    SSL_CTX *cctx, *sctx;
    SSL *c, *s;
    int seen;
    make_pair(&cctx, &sctx, &c, &s, maxver);
    BIO *crb = BIO_new(BIO_s_mem()), *cwb = BIO_new(BIO_s_mem());
    BIO *srb = BIO_new(BIO_s_mem()), *swb = BIO_new(BIO_s_mem());
    SSL_set_bio(c, crb, cwb);
    SSL_set_bio(s, srb, swb);
    ck_assert_ptr_eq(SSL_get_rbio(c), crb);
    ck_assert_ptr_eq(SSL_get_wbio(c), cwb);

    int r = OBS_CALL("client_first", c, SSL_do_handshake(c));
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(last_ssl_error, SSL_ERROR_WANT_READ);
    obs_int("client_hello_bytes_nonzero", BIO_ctrl_pending(cwb) > 0);
    r = OBS_CALL("server_empty", s, SSL_do_handshake(s));
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(last_ssl_error, SSL_ERROR_WANT_READ);

    r = mem_handshake(c, s, &seen);
    obs_int("handshake", r);
    obs_int("only_want", (seen & 4) == 0);
    ck_assert_int_eq(r, 1);
    obs_str("client_version", SSL_get_version(c));
    obs_str("server_version", SSL_get_version(s));
    obs_str("client_cipher", SSL_get_cipher_name(c));
    obs_str("server_cipher", SSL_get_cipher_name(s));
    ck_assert_str_eq(SSL_get_cipher_name(c), SSL_get_cipher_name(s));
    obs_int("client_verify", SSL_get_verify_result(c));
    obs_int("server_is_server", SSL_is_server(s));
    char buf[256];
    obs_str("server_peer_subject", peer_subject(s, buf, sizeof(buf)));

    /* data both ways */
    r = OBS_CALL("c_write", c, SSL_write(c, "ping", 4));
    ck_assert_int_eq(r, 4);
    bio_pump(cwb, srb);
    r = OBS_CALL("s_read", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, 4);
    r = OBS_CALL("s_read_empty", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(last_ssl_error, SSL_ERROR_WANT_READ);
    r = OBS_CALL("s_write", s, SSL_write(s, "pong!", 5));
    ck_assert_int_eq(r, 5);
    bio_pump(swb, crb);
    r = OBS_CALL("c_read", c, SSL_read(c, buf, sizeof(buf)));
    ck_assert_int_eq(r, 5);
    ck_assert(memcmp(buf, "pong!", 5) == 0);
    r = OBS_CALL("c_read_empty", c, SSL_read(c, buf, sizeof(buf)));
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(last_ssl_error, SSL_ERROR_WANT_READ);
    obs_int("c_pending", SSL_pending(c));

    /* SSL_peek keeps data */
    SSL_write(s, "peek", 4);
    bio_pump(swb, crb);
    r = OBS_CALL("c_peek", c, SSL_peek(c, buf, 2));
    ck_assert_int_eq(r, 2);
    obs_int("c_pending_after_peek", SSL_pending(c));
    r = OBS_CALL("c_read_after_peek", c, SSL_read(c, buf, sizeof(buf)));
    ck_assert_int_eq(r, 4);

    /* shutdown both ways */
    r = OBS_CALL("c_shutdown1", c, SSL_shutdown(c));
    ck_assert_int_eq(r, 0);
    bio_pump(cwb, srb);
    r = OBS_CALL("s_read_close", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(last_ssl_error, SSL_ERROR_ZERO_RETURN);
    r = OBS_CALL("s_shutdown", s, SSL_shutdown(s));
    ck_assert_int_eq(r, 1);
    bio_pump(swb, crb);
    r = OBS_CALL("c_shutdown2", c, SSL_shutdown(c));
    ck_assert_int_eq(r, 1);

    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(mem_tls13) { mem_bios(0); }
END_TEST
START_TEST(mem_tls12) { mem_bios(TLS1_2_VERSION); }
END_TEST

/* one BIO pair joining the two SSL objects directly */
static void direct_pair(size_t size, int maxver)
{
    SSL_CTX *cctx, *sctx;
    SSL *c, *s;
    int seen;
    BIO *b1, *b2;
    make_pair(&cctx, &sctx, &c, &s, maxver);
    ck_assert_int_eq(BIO_new_bio_pair(&b1, size, &b2, size), 1);
    SSL_set_bio(c, b1, b1);
    SSL_set_bio(s, b2, b2);
    int r = mem_handshake(c, s, &seen);
    obs_int("handshake", r);
    obs_int("only_want", (seen & 4) == 0);
    ck_assert_int_eq(r, 1);
    obs_str("version", SSL_get_version(c));
    char big[4000], buf[4000];
    memset(big, 'q', sizeof(big));
    /* a write larger than the pair: partial progress needs the other side to read */
    int written = 0, got = 0;
    for (int i = 0; i < 200 && (written < (int)sizeof(big) || got < (int)sizeof(big)); i++) {
        if (written < (int)sizeof(big)) {
            r = SSL_write(c, big + written, (int)sizeof(big) - written);
            if (r > 0)
                written += r;
            else
                ck_assert_int_eq(SSL_get_error(c, r), SSL_ERROR_WANT_WRITE);
        }
        r = SSL_read(s, buf + got, (int)sizeof(buf) - got);
        if (r > 0)
            got += r;
        else
            ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_WANT_READ);
    }
    obs_int("written", written);
    obs_int("got", got);
    ck_assert_int_eq(got, (int)sizeof(big));
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(direct_pair_default) { direct_pair(0, 0); }
END_TEST
START_TEST(direct_pair_512_tls13) { direct_pair(512, 0); }
END_TEST
START_TEST(direct_pair_512_tls12) { direct_pair(512, TLS1_2_VERSION); }
END_TEST

/* a memory BIO that says EOF (0) instead of "retry" when empty */
START_TEST(mem_eof_return_zero)
{
    SSL_CTX *cctx, *sctx;
    SSL *c, *s;
    int seen;
    make_pair(&cctx, &sctx, &c, &s, 0);
    BIO *crb = BIO_new(BIO_s_mem()), *cwb = BIO_new(BIO_s_mem());
    BIO *srb = BIO_new(BIO_s_mem()), *swb = BIO_new(BIO_s_mem());
    SSL_set_bio(c, crb, cwb);
    SSL_set_bio(s, srb, swb);
    ck_assert_int_eq(mem_handshake(c, s, &seen), 1);
    char buf[64];
    BIO_set_mem_eof_return(crb, 0);
    int r = OBS_CALL("read_eof", c, SSL_read(c, buf, sizeof(buf)));
    ck_assert_int_eq(r, 0);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_UNEXPECTED_EOF_WHILE_READING);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* the handshake over memory BIOs where the server rejects the client's certificate-less handshake */
START_TEST(mem_server_requires_cert)
{
    SSL_CTX *cctx, *sctx;
    SSL *c, *s;
    int seen;
    make_pair(&cctx, &sctx, &c, &s, TLS1_2_VERSION);
    SSL_set_verify(s, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
    SSL_set_bio(c, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
    SSL_set_bio(s, BIO_new(BIO_s_mem()), BIO_new(BIO_s_mem()));
    ERR_clear_error();
    int r = mem_handshake(c, s, &seen);
    obs_int("handshake", r);
    err_dump_clear("handshake");
    ck_assert_int_eq(r, 0);
    /* each side's own answer */
    r = OBS_CALL("server_again", s, SSL_do_handshake(s));
    bio_pump(SSL_get_wbio(s), SSL_get_rbio(c));
    r = OBS_CALL("client_again", c, SSL_do_handshake(c));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("bio_pair");
    TCase *tc = compat_tcase(s, "socket");
    tcase_add_test(tc, pair_default_tls13);
    tcase_add_test(tc, pair_default_tls12);
    tcase_add_test(tc, pair_512_tls13);
    tcase_add_test(tc, pair_512_tls12);
    tc = compat_tcase(s, "in_process");
    tcase_add_test(tc, mem_tls13);
    tcase_add_test(tc, mem_tls12);
    tcase_add_test(tc, direct_pair_default);
    tcase_add_test(tc, direct_pair_512_tls13);
    tcase_add_test(tc, direct_pair_512_tls12);
    tcase_add_test(tc, mem_eof_return_zero);
    tcase_add_test(tc, mem_server_requires_cert);
    return s;
}
