/* differential */
/*
 * shim/ssl/ssl.c: SSL objects, their BIO plumbing and its reference-count rules (SSL_set_bio, set0_rbio/wbio),
 * file descriptors (SSL_set_fd/rfd/wfd, get_fd), SSL_clear, ex_data, NULL handling. BIO references are
 * observed with a BIO_METHOD whose destroy counts calls. Every expectation is real OpenSSL 3.0's behaviour.
 */
#include <fcntl.h>
#include <sys/socket.h>

#include "unit/ssl_harness.h"

/* ---- a BIO that counts its destruction ---- */

static int destroyed[8];

static int c_destroy(BIO *b)
{
    int *slot = BIO_get_data(b);
    if (slot != NULL)
        (*slot)++;
    return 1;
}

static int c_write(BIO *b, const char *buf, int len)
{
    return len;
}

static int c_read(BIO *b, char *buf, int len)
{
    BIO_set_retry_read(b);
    return -1;
}

static long c_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    return cmd == BIO_CTRL_FLUSH ? 1 : 0;
}

static BIO_METHOD *cmeth;

/* Counting BIO number i (destroyed[i] counts its frees). */
static BIO *counted(int i)
{
    if (cmeth == NULL) {
        cmeth = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "counted");
        BIO_meth_set_write(cmeth, c_write);
        BIO_meth_set_read(cmeth, c_read);
        BIO_meth_set_ctrl(cmeth, c_ctrl);
        BIO_meth_set_destroy(cmeth, c_destroy);
    }
    BIO *b = BIO_new(cmeth);
    ck_assert_ptr_nonnull(b);
    BIO_set_data(b, &destroyed[i]);
    BIO_set_init(b, 1);
    destroyed[i] = 0;
    return b;
}

static SSL_CTX *g_ctx;

static void ssl_setup(void)
{
    ERR_clear_error();
    g_ctx = SSL_CTX_new(TLS_method());
    ck_assert_ptr_nonnull(g_ctx);
}

static void ssl_teardown(void)
{
    SSL_CTX_free(g_ctx);
}

/* ---- SSL_set_bio: the rules of SSL_set_bio(3) ---- */

START_TEST(test_set_bio_same_both)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0);
    SSL_set_bio(s, a, a); /* one reference serves both directions */
    ck_assert_ptr_eq(SSL_get_rbio(s), a);
    ck_assert_ptr_eq(SSL_get_wbio(s), a);
    SSL_free(s);
    ck_assert_int_eq(destroyed[0], 1);
}
END_TEST

START_TEST(test_set_bio_different)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0), *b = counted(1);
    SSL_set_bio(s, a, b);
    ck_assert_ptr_eq(SSL_get_rbio(s), a);
    ck_assert_ptr_eq(SSL_get_wbio(s), b);
    SSL_free(s);
    ck_assert_int_eq(destroyed[0], 1);
    ck_assert_int_eq(destroyed[1], 1);
}
END_TEST

START_TEST(test_set_bio_unchanged_is_noop)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0), *b = counted(1);
    SSL_set_bio(s, a, a);
    SSL_set_bio(s, a, a); /* nothing consumed, nothing freed */
    ck_assert_int_eq(destroyed[0], 0);
    SSL_free(s);
    ck_assert_int_eq(destroyed[0], 1);

    s = SSL_new(g_ctx);
    a = counted(0);
    SSL_set_bio(s, a, b);
    SSL_set_bio(s, a, b);
    ck_assert_int_eq(destroyed[0], 0);
    ck_assert_int_eq(destroyed[1], 0);
    SSL_free(s);
    ck_assert_int_eq(destroyed[0], 1);
    ck_assert_int_eq(destroyed[1], 1);
}
END_TEST

START_TEST(test_set_bio_replace_both)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0), *b = counted(1), *c = counted(2);
    SSL_set_bio(s, a, b);
    SSL_set_bio(s, c, c); /* the old ones are released at once */
    ck_assert_int_eq(destroyed[0], 1);
    ck_assert_int_eq(destroyed[1], 1);
    ck_assert_int_eq(destroyed[2], 0);
    SSL_free(s);
    ck_assert_int_eq(destroyed[2], 1);
}
END_TEST

/* rbio unchanged, new wbio: one reference consumed for the wbio only. */
START_TEST(test_set_bio_new_wbio)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0), *b = counted(1);
    SSL_set_bio(s, a, a);
    SSL_set_bio(s, a, b);
    ck_assert_int_eq(destroyed[0], 0);
    ck_assert_ptr_eq(SSL_get_rbio(s), a);
    ck_assert_ptr_eq(SSL_get_wbio(s), b);
    SSL_free(s);
    ck_assert_int_eq(destroyed[0], 1);
    ck_assert_int_eq(destroyed[1], 1);
}
END_TEST

/* wbio unchanged, old rbio != old wbio: only the new rbio's reference is consumed, the wbio is kept as is
 * (the old rbio is released). */
START_TEST(test_set_bio_new_rbio_was_separate)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0), *b = counted(1), *c = counted(2);
    SSL_set_bio(s, a, b);
    SSL_set_bio(s, c, b);
    ck_assert_ptr_eq(SSL_get_rbio(s), c);
    ck_assert_ptr_eq(SSL_get_wbio(s), b);
    ck_assert_int_eq(destroyed[0], 1);
    ck_assert_int_eq(destroyed[1], 0);
    SSL_free(s);
    ck_assert_int_eq(destroyed[1], 1);
    ck_assert_int_eq(destroyed[2], 1);
}
END_TEST

START_TEST(test_set_bio_null)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0);
    SSL_set_bio(s, a, a);
    SSL_set_bio(s, NULL, NULL);
    ck_assert_int_eq(destroyed[0], 1);
    ck_assert_ptr_null(SSL_get_rbio(s));
    ck_assert_ptr_null(SSL_get_wbio(s));
    SSL_free(s);
    ck_assert_int_eq(destroyed[0], 1);
}
END_TEST

START_TEST(test_set0_rbio_wbio)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0), *b = counted(1), *c = counted(2);
    SSL_set0_rbio(s, a);
    ck_assert_ptr_eq(SSL_get_rbio(s), a);
    ck_assert_ptr_null(SSL_get_wbio(s));
    SSL_set0_wbio(s, b);
    ck_assert_ptr_eq(SSL_get_wbio(s), b);
    SSL_set0_rbio(s, c); /* the old rbio is freed */
    ck_assert_int_eq(destroyed[0], 1);
    SSL_set0_rbio(s, NULL);
    ck_assert_int_eq(destroyed[2], 1);
    SSL_free(s);
    ck_assert_int_eq(destroyed[1], 1);
}
END_TEST

/* The same BIO through set0_rbio and set0_wbio needs two references. */
START_TEST(test_set0_same_bio_twice)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0);
    BIO_up_ref(a);
    SSL_set0_rbio(s, a);
    SSL_set0_wbio(s, a);
    SSL_free(s);
    ck_assert_int_eq(destroyed[0], 1);
}
END_TEST

/* BIO_up_ref by the app keeps a BIO alive past SSL_free. */
START_TEST(test_app_reference_survives)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0);
    BIO_up_ref(a);
    SSL_set_bio(s, a, a);
    SSL_free(s);
    ck_assert_int_eq(destroyed[0], 0);
    BIO_free(a);
    ck_assert_int_eq(destroyed[0], 1);
}
END_TEST

/* ---- file descriptors ---- */

static int fd_open(int fd)
{
    return fcntl(fd, F_GETFD) != -1;
}

START_TEST(test_set_fd)
{
    int sv[2];
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    SSL *s = SSL_new(g_ctx);
    ck_assert_int_eq(SSL_get_fd(s), -1);
    ck_assert_int_eq(SSL_get_rfd(s), -1);
    ck_assert_int_eq(SSL_get_wfd(s), -1);
    ck_assert_int_eq(SSL_set_fd(s, sv[0]), 1);
    ck_assert_int_eq(SSL_get_fd(s), sv[0]);
    ck_assert_int_eq(SSL_get_rfd(s), sv[0]);
    ck_assert_int_eq(SSL_get_wfd(s), sv[0]);
    ck_assert_ptr_nonnull(SSL_get_rbio(s));
    ck_assert_ptr_eq(SSL_get_rbio(s), SSL_get_wbio(s));
    ck_assert_int_eq(BIO_method_type(SSL_get_rbio(s)), BIO_TYPE_SOCKET);
    ck_assert_int_eq(BIO_get_close(SSL_get_rbio(s)), BIO_NOCLOSE);
    SSL_free(s);
    ck_assert(fd_open(sv[0])); /* never closed by the SSL */
    close(sv[0]);
    close(sv[1]);
}
END_TEST

START_TEST(test_set_rfd_wfd)
{
    int sv[2];
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    SSL *s = SSL_new(g_ctx);
    ck_assert_int_eq(SSL_set_rfd(s, sv[0]), 1);
    ck_assert_int_eq(SSL_get_rfd(s), sv[0]);
    ck_assert_int_eq(SSL_get_wfd(s), -1);
    ck_assert_ptr_null(SSL_get_wbio(s));
    /* the same descriptor for writing shares the read BIO */
    ck_assert_int_eq(SSL_set_wfd(s, sv[0]), 1);
    ck_assert_ptr_eq(SSL_get_rbio(s), SSL_get_wbio(s));
    /* a different one gets its own BIO */
    ck_assert_int_eq(SSL_set_wfd(s, sv[1]), 1);
    ck_assert_ptr_ne(SSL_get_rbio(s), SSL_get_wbio(s));
    ck_assert_int_eq(SSL_get_rfd(s), sv[0]);
    ck_assert_int_eq(SSL_get_wfd(s), sv[1]);
    ck_assert_int_eq(SSL_get_fd(s), sv[0]);
    SSL_free(s);

    s = SSL_new(g_ctx);
    ck_assert_int_eq(SSL_set_wfd(s, sv[1]), 1);
    ck_assert_int_eq(SSL_get_wfd(s), sv[1]);
    ck_assert_int_eq(SSL_get_rfd(s), -1);
    ck_assert_int_eq(SSL_set_rfd(s, sv[1]), 1);
    ck_assert_ptr_eq(SSL_get_rbio(s), SSL_get_wbio(s));
    SSL_free(s);
    ck_assert(fd_open(sv[0]) && fd_open(sv[1]));
    close(sv[0]);
    close(sv[1]);
}
END_TEST

/* get_fd looks through a filter chain; a memory BIO has no descriptor. */
START_TEST(test_get_fd_chain)
{
    int sv[2];
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    SSL *s = SSL_new(g_ctx);
    BIO *sock = BIO_new_socket(sv[0], BIO_NOCLOSE);
    BIO *buf = BIO_new(BIO_f_buffer());
    BIO_push(buf, sock);
    SSL_set_bio(s, buf, buf);
    ck_assert_int_eq(SSL_get_fd(s), sv[0]);
    SSL_set_bio(s, h_mem(), h_mem());
    ck_assert_int_eq(SSL_get_fd(s), -1);
    SSL_free(s);
    close(sv[0]);
    close(sv[1]);
}
END_TEST

/* A whole handshake over a non-blocking socketpair with SSL_set_fd. */
START_TEST(test_handshake_over_fds)
{
    int sv[2];
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    char buf[8];
    ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    fcntl(sv[0], F_SETFL, O_NONBLOCK);
    fcntl(sv[1], F_SETFL, O_NONBLOCK);
    memset(&k, 0, sizeof(k));
    k.c = SSL_new(cctx);
    k.s = SSL_new(sctx);
    ck_assert_int_eq(SSL_set_fd(k.c, sv[0]), 1);
    ck_assert_int_eq(SSL_set_fd(k.s, sv[1]), 1);
    SSL_set_connect_state(k.c);
    SSL_set_accept_state(k.s);
    h_handshake(&k);
    ck_assert_int_eq(SSL_write(k.c, "ping", 4), 4);
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), 4);
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), -1);
    ck_assert_int_eq(SSL_get_error(k.s, -1), SSL_ERROR_WANT_READ);
    /* the peer (having read everything, incl. TLS 1.3 tickets) closes the socket without close_notify */
    ck_assert_int_eq(SSL_read(k.c, buf, sizeof(buf)), -1);
    ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_WANT_READ);
    SSL_free(k.c);
    close(sv[0]);
    int r = SSL_read(k.s, buf, sizeof(buf));
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(SSL_get_error(k.s, r), SSL_ERROR_SSL);
    ck_errs_exact("eof", 1, ERR_LIB_SSL, SSL_R_UNEXPECTED_EOF_WHILE_READING);
    SSL_free(k.s);
    close(sv[1]);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- SSL_clear, ex_data, NULL ---- */

/* SSL_clear after a finished connection: a new handshake on the same object. */
START_TEST(test_clear_and_reuse)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_pair(&k, cctx, sctx, 0);
    h_handshake(&k);
    ck_assert_int_eq(SSL_shutdown(k.c), 0);
    ck_assert_int_eq(SSL_shutdown(k.s), 0);
    ck_assert_int_eq(SSL_shutdown(k.c), 1);
    ck_assert_int_eq(SSL_shutdown(k.s), 1);
    ck_assert_int_eq(SSL_clear(k.c), 1);
    ck_assert_int_eq(SSL_clear(k.s), 1);
    ck_assert_int_eq(SSL_in_before(k.c), 1);
    ck_assert_int_eq(SSL_is_init_finished(k.c), 0);
    ck_assert_int_eq(SSL_get_shutdown(k.c), 0);
    ck_assert_int_eq(SSL_is_server(k.c), 0);
    ck_assert_int_eq(SSL_is_server(k.s), 1);
    h_handshake(&k);
    ck_assert_int_eq(SSL_is_init_finished(k.c), 1);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

static int freed_arg;

static void ex_free(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp)
{
    if (ptr != NULL)
        freed_arg++;
}

START_TEST(test_ex_data)
{
    int idx = SSL_get_ex_new_index(0, NULL, NULL, NULL, ex_free);
    ck_assert_int_ge(idx, 0);
    SSL *s = SSL_new(g_ctx);
    static int value;
    ck_assert_ptr_null(SSL_get_ex_data(s, idx));
    ck_assert_int_eq(SSL_set_ex_data(s, idx, &value), 1);
    ck_assert_ptr_eq(SSL_get_ex_data(s, idx), &value);
    freed_arg = 0;
    SSL_free(s);
    ck_assert_int_eq(freed_arg, 1);
    /* the context's own index space */
    int cidx = SSL_CTX_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    ck_assert_int_ge(cidx, 0);
    ck_assert_int_eq(SSL_CTX_set_ex_data(g_ctx, cidx, &value), 1);
    ck_assert_ptr_eq(SSL_CTX_get_ex_data(g_ctx, cidx), &value);
}
END_TEST

/* An SSL inherits from its context at SSL_new and keeps its own copy afterwards. */
START_TEST(test_inherits_settings)
{
    SSL_CTX_set_options(g_ctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_mode(g_ctx, SSL_MODE_ENABLE_PARTIAL_WRITE);
    SSL_CTX_set_verify(g_ctx, SSL_VERIFY_PEER, NULL);
    SSL *s = SSL_new(g_ctx);
    ck_assert(SSL_get_options(s) & SSL_OP_NO_TICKET);
    ck_assert(SSL_get_mode(s) & SSL_MODE_ENABLE_PARTIAL_WRITE);
    ck_assert(SSL_get_mode(s) & SSL_MODE_AUTO_RETRY);
    ck_assert_int_eq(SSL_get_verify_mode(s), SSL_VERIFY_PEER);
    SSL_CTX_clear_options(g_ctx, SSL_OP_NO_TICKET);
    ck_assert(SSL_get_options(s) & SSL_OP_NO_TICKET);
    ck_assert_uint_eq(SSL_clear_options(s, SSL_OP_NO_TICKET) & SSL_OP_NO_TICKET, 0);
    ck_assert_ptr_eq(SSL_get_SSL_CTX(s), g_ctx);
    ck_assert_ptr_eq(SSL_get_ssl_method(s), TLS_method());
    SSL_free(s);
}
END_TEST

START_TEST(test_new_null_ctx)
{
    ck_assert_ptr_null(SSL_new(NULL));
    ck_errs_exact("SSL_new(NULL)", 1, ERR_LIB_SSL, SSL_R_NULL_SSL_CTX);
    SSL_free(NULL);
}
END_TEST

START_TEST(test_up_ref)
{
    SSL *s = SSL_new(g_ctx);
    BIO *a = counted(0);
    SSL_set_bio(s, a, a);
    ck_assert_int_eq(SSL_up_ref(s), 1);
    SSL_free(s);
    ck_assert_int_eq(destroyed[0], 0);
    ck_assert_ptr_eq(SSL_get_rbio(s), a);
    SSL_free(s);
    ck_assert_int_eq(destroyed[0], 1);
}
END_TEST

/* Hostname for SNI: accepted forms and errors. */
START_TEST(test_set_tlsext_host_name)
{
    SSL *s = SSL_new(g_ctx);
    char longname[300];
    ck_assert_int_eq(SSL_set_tlsext_host_name(s, "example.com"), 1);
    ck_assert_str_eq(SSL_get_servername(s, TLSEXT_NAMETYPE_host_name), "example.com");
    ck_assert_int_eq(SSL_get_servername_type(s), TLSEXT_NAMETYPE_host_name);
    ck_assert_int_eq(SSL_set_tlsext_host_name(s, NULL), 1);
    ck_assert_ptr_null(SSL_get_servername(s, TLSEXT_NAMETYPE_host_name));
    ck_assert_int_eq(SSL_get_servername_type(s), -1);
    memset(longname, 'a', sizeof(longname) - 1);
    longname[sizeof(longname) - 1] = '\0';
    ck_assert_int_eq(SSL_set_tlsext_host_name(s, longname), 0);
    ck_errs_exact("too long", 1, ERR_LIB_SSL, SSL_R_SSL3_EXT_INVALID_SERVERNAME);
    ck_assert_int_eq(SSL_set_tlsext_host_name(s, ""), 0);
    ck_errs_exact("empty", 1, ERR_LIB_SSL, SSL_R_SSL3_EXT_INVALID_SERVERNAME);
    ck_assert_int_eq((int)SSL_ctrl(s, SSL_CTRL_SET_TLSEXT_HOSTNAME, 99, (void *)"x"), 0);
    ck_errs_exact("bad type", 1, ERR_LIB_SSL, SSL_R_SSL3_EXT_INVALID_SERVERNAME_TYPE);
    SSL_free(s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_ssl");
    TCase *tc = h_tcase(s, "bio");
    tcase_add_checked_fixture(tc, ssl_setup, ssl_teardown);
    tcase_add_test(tc, test_set_bio_same_both);
    tcase_add_test(tc, test_set_bio_different);
    tcase_add_test(tc, test_set_bio_unchanged_is_noop);
    tcase_add_test(tc, test_set_bio_replace_both);
    tcase_add_test(tc, test_set_bio_new_wbio);
    tcase_add_test(tc, test_set_bio_new_rbio_was_separate);
    tcase_add_test(tc, test_set_bio_null);
    tcase_add_test(tc, test_set0_rbio_wbio);
    tcase_add_test(tc, test_set0_same_bio_twice);
    tcase_add_test(tc, test_app_reference_survives);
    tc = h_tcase(s, "fd");
    tcase_add_checked_fixture(tc, ssl_setup, ssl_teardown);
    tcase_add_test(tc, test_set_fd);
    tcase_add_test(tc, test_set_rfd_wfd);
    tcase_add_test(tc, test_get_fd_chain);
    tcase_add_test(tc, test_handshake_over_fds);
    tc = h_tcase(s, "object");
    tcase_add_checked_fixture(tc, ssl_setup, ssl_teardown);
    tcase_add_test(tc, test_clear_and_reuse);
    tcase_add_test(tc, test_ex_data);
    tcase_add_test(tc, test_inherits_settings);
    tcase_add_test(tc, test_new_null_ctx);
    tcase_add_test(tc, test_up_ref);
    tcase_add_test(tc, test_set_tlsext_host_name);
    return h_run(s);
}
