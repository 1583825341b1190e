/* BIO-level usage from TLS applications: the 1.1-style BIO_new_ssl_connect + BIO_do_connect + BIO_puts /
 * BIO_read, BIO_f_ssl over a socket BIO, SSL_get_rbio/wbio, and the SSL_set_bio / SSL_set0_rbio reference
 * rules observed through a BIO whose destruction is counted. */
#include "common.h"

#include <string.h>
#include <unistd.h>

static int http_get(BIO *b, int *first_line_ok)
{
    char buf[4096];
    int total = 0, r;
    ck_assert_int_gt(BIO_puts(b, "GET / HTTP/1.0\r\n\r\n"), 0);
    ck_assert_int_eq(BIO_flush(b), 1);
    *first_line_ok = 0;
    while ((r = BIO_read(b, buf, sizeof(buf) - 1)) > 0) {
        buf[r] = 0;
        if (total == 0)
            *first_line_ok = strncmp(buf, "HTTP/1.0 200 ok", 15) == 0;
        total += r;
    }
    obs_int("last_read", r);
    obs_int("should_retry_at_end", BIO_should_retry(b));
    return total;
}

START_TEST(bio_new_ssl_connect)
{
    peer_t p;
    char host[64];
    ck_assert_int_eq(peer_s_server(&p, "-www", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    BIO *b = BIO_new_ssl_connect(ctx);
    ck_assert_ptr_nonnull(b);
    SSL *s = NULL;
    BIO_get_ssl(b, &s);
    ck_assert_ptr_nonnull(s);
    SSL_set_mode(s, SSL_MODE_AUTO_RETRY);
    ck_assert_int_eq(SSL_set1_host(s, "localhost"), 1);
    snprintf(host, sizeof(host), "127.0.0.1:%d", p.port);
    ck_assert_int_eq(BIO_set_conn_hostname(b, host), 1);
    ERR_clear_error();
    long r = BIO_do_connect(b);
    obs_int("do_connect", r);
    obs_err("do_connect");
    ck_assert_int_eq(r, 1);
    r = BIO_do_handshake(b);
    obs_int("do_handshake", r);
    ck_assert_int_eq(r, 1);
    obs_str("version", SSL_get_version(s));
    obs_int("verify_result", SSL_get_verify_result(s));
    ck_assert_int_eq(SSL_get_verify_result(s), X509_V_OK);
    int ok;
    int total = http_get(b, &ok);
    obs_int("first_line_ok", ok);
    obs_int("got_page", total > 1000);
    ck_assert_int_eq(ok, 1);
    BIO_ssl_shutdown(b);
    BIO_free_all(b);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

/* BIO_new_ssl + BIO_new_connect pushed below it */
START_TEST(bio_ssl_push_connect)
{
    peer_t p;
    char host[64];
    ck_assert_int_eq(peer_s_server(&p, "-www", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    BIO *sslb = BIO_new_ssl(ctx, 1);
    snprintf(host, sizeof(host), "127.0.0.1:%d", p.port);
    BIO *conn = BIO_new_connect(host);
    ck_assert_ptr_nonnull(sslb);
    ck_assert_ptr_nonnull(conn);
    BIO *chain = BIO_push(sslb, conn);
    ck_assert_ptr_eq(chain, sslb);
    obs_int("next_is_conn", BIO_next(sslb) == conn);
    long r = BIO_do_handshake(chain);
    obs_int("do_handshake", r);
    obs_err("do_handshake");
    ck_assert_int_eq(r, 1);
    int ok;
    http_get(chain, &ok);
    obs_int("first_line_ok", ok);
    ck_assert_int_eq(ok, 1);
    BIO_free_all(chain);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

/* BIO_f_ssl over BIO_new_socket, with SSL_set_bio done by hand */
START_TEST(bio_socket_and_f_ssl)
{
    peer_t p;
    ck_assert_int_eq(peer_s_server(&p, "-www", NULL), 0);
    SSL_CTX *ctx = client_ctx();
    SSL *s = SSL_new(ctx);
    int fd = tcp_connect(p.port);
    BIO *sock = BIO_new_socket(fd, BIO_NOCLOSE);
    SSL_set_bio(s, sock, sock);
    obs_int("rbio_is_sock", SSL_get_rbio(s) == sock);
    obs_int("wbio_is_sock", SSL_get_wbio(s) == sock);
    obs_int("get_fd", SSL_get_fd(s) == fd);
    obs_int("get_rfd", SSL_get_rfd(s) == fd);
    SSL_set_connect_state(s);
    BIO *f = BIO_new(BIO_f_ssl());
    BIO_set_ssl(f, s, BIO_CLOSE);
    int ok;
    int total = http_get(f, &ok);
    obs_int("first_line_ok", ok);
    obs_int("got_page", total > 1000);
    ck_assert_int_eq(ok, 1);
    BIO_free_all(f); /* frees s (BIO_CLOSE), which frees sock */
    close(fd);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

START_TEST(bio_connect_refused)
{
    SSL_CTX *ctx = client_ctx();
    BIO *b = BIO_new_ssl_connect(ctx);
    char host[64];
    snprintf(host, sizeof(host), "127.0.0.1:%d", free_port());
    BIO_set_conn_hostname(b, host);
    ERR_clear_error();
    long r = BIO_do_connect(b);
    obs_int("do_connect", r);
    ck_assert_int_le(r, 0);
    obs_err("do_connect");
    obs_int("should_retry", BIO_should_retry(b));
    BIO_free_all(b);
    SSL_CTX_free(ctx);
}
END_TEST

/* ---- reference rules, observed with a BIO whose destruction is counted */

static int destroyed;
static BIO_METHOD *counted_meth;

static int counted_destroy(BIO *b)
{
    (void)b;
    destroyed++;
    return 1;
}
static int counted_create(BIO *b)
{
    BIO_set_init(b, 1);
    return 1;
}
static long counted_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    (void)b;
    (void)num;
    (void)ptr;
    return cmd == BIO_CTRL_FLUSH ? 1 : 0;
}

static BIO *counted(void)
{
    if (!counted_meth) {
        counted_meth = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "counted");
        BIO_meth_set_create(counted_meth, counted_create);
        BIO_meth_set_destroy(counted_meth, counted_destroy);
        BIO_meth_set_ctrl(counted_meth, counted_ctrl);
    }
    BIO *b = BIO_new(counted_meth);
    ck_assert_ptr_nonnull(b);
    return b;
}

START_TEST(set_bio_same_bio)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    BIO *b = counted();
    destroyed = 0;
    SSL_set_bio(s, b, b); /* one reference serves both */
    obs_int("rbio_eq_wbio", SSL_get_rbio(s) == SSL_get_wbio(s));
    SSL_free(s);
    obs_int("destroyed_after_free", destroyed);
    ck_assert_int_eq(destroyed, 1);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(set_bio_two_bios)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    BIO *r = counted(), *w = counted();
    destroyed = 0;
    SSL_set_bio(s, r, w);
    SSL_free(s);
    obs_int("destroyed_after_free", destroyed);
    ck_assert_int_eq(destroyed, 2);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(set_bio_replace)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    BIO *a = counted(), *b = counted();
    destroyed = 0;
    SSL_set_bio(s, a, a);
    SSL_set_bio(s, b, b);
    obs_int("destroyed_after_replace", destroyed);
    ck_assert_int_eq(destroyed, 1);
    /* same BIOs again: nothing changes */
    SSL_set_bio(s, SSL_get_rbio(s), SSL_get_wbio(s));
    obs_int("destroyed_after_noop", destroyed);
    ck_assert_int_eq(destroyed, 1);
    SSL_free(s);
    obs_int("destroyed_after_free", destroyed);
    ck_assert_int_eq(destroyed, 2);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(set_bio_extra_ref)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    BIO *b = counted();
    destroyed = 0;
    ck_assert_int_eq(BIO_up_ref(b), 1);
    SSL_set_bio(s, b, b);
    SSL_free(s);
    obs_int("destroyed_after_free", destroyed);
    ck_assert_int_eq(destroyed, 0);
    BIO_free(b);
    obs_int("destroyed_after_bio_free", destroyed);
    ck_assert_int_eq(destroyed, 1);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(set0_rbio_wbio)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    BIO *r = counted(), *w = counted(), *r2 = counted();
    destroyed = 0;
    SSL_set0_rbio(s, r);
    SSL_set0_wbio(s, w);
    obs_int("rbio_ok", SSL_get_rbio(s) == r);
    obs_int("wbio_ok", SSL_get_wbio(s) == w);
    SSL_set0_rbio(s, r2);
    obs_int("destroyed_after_set0", destroyed);
    ck_assert_int_eq(destroyed, 1);
    SSL_free(s);
    obs_int("destroyed_after_free", destroyed);
    ck_assert_int_eq(destroyed, 3);
    SSL_CTX_free(ctx);
}
END_TEST

/* the classic "same BIO for rbio and wbio, then change only the wbio" sequence */
START_TEST(set_bio_change_wbio_only)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    BIO *a = counted(), *w = counted();
    destroyed = 0;
    SSL_set_bio(s, a, a);
    SSL_set_bio(s, SSL_get_rbio(s), w); /* rbio unchanged: the caller passes no new reference for it */
    obs_int("destroyed_after_change", destroyed);
    obs_int("rbio_still_a", SSL_get_rbio(s) == a);
    SSL_free(s);
    obs_int("destroyed_after_free", destroyed);
    ck_assert_int_eq(destroyed, 2);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(set_fd_makes_socket_bios)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    int port = 0, lfd = tcp_listen(&port);
    int fd = tcp_connect(port);
    ck_assert_int_eq(SSL_set_fd(s, fd), 1);
    BIO *r = SSL_get_rbio(s), *w = SSL_get_wbio(s);
    obs_int("same_bio", r == w);
    obs_int("rbio_type", BIO_method_type(r));
    obs_int("fd", SSL_get_fd(s) == fd);
    int got = -1;
    BIO_get_fd(r, &got);
    obs_int("bio_get_fd", got == fd);
    obs_int("close_flag", (int)BIO_get_close(r));
    SSL_free(s);
    /* BIO_NOCLOSE: the fd is still open */
    obs_int("fd_still_open", write(fd, "", 0) == 0);
    close(fd);
    close(lfd);
    SSL_CTX_free(ctx);
}
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("bio_ssl");
    TCase *tc = compat_tcase(s, "bio_ssl");
    tcase_add_test(tc, bio_new_ssl_connect);
    tcase_add_test(tc, bio_ssl_push_connect);
    tcase_add_test(tc, bio_socket_and_f_ssl);
    tcase_add_test(tc, bio_connect_refused);
    tc = compat_tcase(s, "refs");
    tcase_add_test(tc, set_bio_same_bio);
    tcase_add_test(tc, set_bio_two_bios);
    tcase_add_test(tc, set_bio_replace);
    tcase_add_test(tc, set_bio_extra_ref);
    tcase_add_test(tc, set0_rbio_wbio);
    tcase_add_test(tc, set_bio_change_wbio_only);
    tcase_add_test(tc, set_fd_makes_socket_bios);
    return s;
}
