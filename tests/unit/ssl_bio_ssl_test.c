/* differential */
/*
 * shim/ssl/bio_ssl.c: BIO_f_ssl / BIO_new_ssl — an SSL as a filter BIO over a BIO pair, handshake and data
 * through BIO calls, retry flags, BIO_get_ssl, close flags, BIO_ssl_shutdown. Every expectation is real
 * OpenSSL 3.0's observed behaviour.
 */
#include "unit/ssl_harness.h"

typedef struct {
    BIO *c, *s;   /* the SSL filter BIOs (each owns its SSL) */
    BIO *pc, *ps; /* the pair ends below them */
} bconn;

static void bconn_new(bconn *b, SSL_CTX *cctx, SSL_CTX *sctx)
{
    ck_assert_int_eq(BIO_new_bio_pair(&b->pc, 0, &b->ps, 0), 1);
    b->c = BIO_new_ssl(cctx, 1);
    b->s = BIO_new_ssl(sctx, 0);
    ck_assert_ptr_nonnull(b->c);
    ck_assert_ptr_nonnull(b->s);
    ck_assert_int_eq(BIO_method_type(b->c), BIO_TYPE_SSL);
    ck_assert_ptr_eq(BIO_push(b->c, b->pc), b->c);
    ck_assert_ptr_eq(BIO_push(b->s, b->ps), b->s);
}

static void bconn_handshake(bconn *b)
{
    long rc = 0, rs = 0;
    for (int i = 0; i < 50 && (rc != 1 || rs != 1); i++) {
        if (rc != 1) {
            rc = BIO_do_handshake(b->c);
            if (rc != 1) {
                ck_assert_int_eq(rc, -1);
                ck_assert(BIO_should_retry(b->c));
                ck_assert(BIO_should_read(b->c));
            }
        }
        if (rs != 1) {
            rs = BIO_do_handshake(b->s);
            if (rs != 1) {
                ck_assert_int_eq(rs, -1);
                ck_assert(BIO_should_retry(b->s));
                ck_assert(BIO_should_read(b->s));
            }
        }
    }
    ck_assert_int_eq(rc, 1);
    ck_assert_int_eq(rs, 1);
}

START_TEST(test_handshake_and_data)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    bconn b;
    char buf[32];
    bconn_new(&b, cctx, sctx);
    SSL *cs = NULL, *ss = NULL;
    ck_assert_int_eq(BIO_get_ssl(b.c, &cs), 1);
    ck_assert_int_eq(BIO_get_ssl(b.s, &ss), 1);
    ck_assert_ptr_nonnull(cs);
    ck_assert_ptr_nonnull(ss);
    /* the pushed BIO became the SSL's transport */
    ck_assert_ptr_eq(SSL_get_rbio(cs), b.pc);
    ck_assert_ptr_eq(SSL_get_wbio(cs), b.pc);
    ck_assert_ptr_eq(BIO_next(b.c), b.pc);
    ck_assert_int_eq(SSL_is_server(cs), 0);
    ck_assert_int_eq(SSL_is_server(ss), 1);
    bconn_handshake(&b);
    ck_assert_int_eq(SSL_is_init_finished(cs), 1);
    ck_assert_int_eq(SSL_get_verify_result(cs), X509_V_OK);

    ck_assert_int_eq(BIO_write(b.c, "hello", 5), 5);
    ck_assert_int_eq(BIO_puts(b.c, " world"), 6);
    ck_assert_int_eq(BIO_flush(b.c), 1);
    ck_assert_int_eq(BIO_read(b.s, buf, sizeof(buf)), 5);
    ck_assert_mem_eq(buf, "hello", 5);
    ck_assert_int_eq(BIO_read(b.s, buf, sizeof(buf)), 6);
    ck_assert_mem_eq(buf, " world", 6);
    /* nothing more: a read retry */
    ck_assert_int_eq(BIO_read(b.s, buf, sizeof(buf)), -1);
    ck_assert(BIO_should_retry(b.s));
    ck_assert(BIO_should_read(b.s));
    ck_assert_int_eq(BIO_write(b.s, "back", 4), 4);
    ck_assert_int_eq(BIO_read(b.c, buf, sizeof(buf)), 4);
    ck_assert_mem_eq(buf, "back", 4);
    BIO_free_all(b.c);
    BIO_free_all(b.s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* Data written through the filter before the handshake drives it implicitly. */
START_TEST(test_implicit_handshake)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    bconn b;
    char buf[16];
    int got = -1;
    bconn_new(&b, cctx, sctx);
    ck_assert_int_eq(BIO_write(b.c, "early", 5), -1);
    ck_assert(BIO_should_retry(b.c));
    ck_assert(BIO_should_read(b.c));
    for (int i = 0; i < 20 && got < 0; i++) {
        got = BIO_read(b.s, buf, sizeof(buf));
        if (got < 0)
            ck_assert(BIO_should_retry(b.s));
        int w = BIO_write(b.c, "early", 5);
        if (w < 0)
            ck_assert(BIO_should_retry(b.c));
    }
    ck_assert_int_eq(got, 5);
    ck_assert_mem_eq(buf, "early", 5);
    BIO_free_all(b.c);
    BIO_free_all(b.s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_ssl_shutdown_via_bio)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    bconn b;
    char buf[16];
    bconn_new(&b, cctx, sctx);
    bconn_handshake(&b);
    BIO_ssl_shutdown(b.c);
    SSL *cs = NULL;
    BIO_get_ssl(b.c, &cs);
    ck_assert_int_eq(SSL_get_shutdown(cs), SSL_SENT_SHUTDOWN);
    ck_assert_int_eq(BIO_read(b.s, buf, sizeof(buf)), 0);
    ck_assert(!BIO_should_retry(b.s));
    SSL *ss = NULL;
    BIO_get_ssl(b.s, &ss);
    ck_assert_int_eq(SSL_get_error(ss, 0), SSL_ERROR_ZERO_RETURN);
    BIO_free_all(b.c);
    BIO_free_all(b.s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* BIO_set_ssl with BIO_NOCLOSE: freeing the filter leaves the SSL alive. */
START_TEST(test_set_ssl_noclose)
{
    SSL_CTX *ctx = h_client_ctx();
    SSL *s = SSL_new(ctx);
    BIO *f = BIO_new(BIO_f_ssl());
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(BIO_set_ssl(f, s, BIO_NOCLOSE), 1);
    SSL *got = NULL;
    ck_assert_int_eq(BIO_get_ssl(f, &got), 1);
    ck_assert_ptr_eq(got, s);
    ck_assert_int_eq(BIO_get_close(f), BIO_NOCLOSE);
    BIO_free(f);
    /* still usable */
    SSL_set_connect_state(s);
    ck_assert_int_eq(SSL_is_server(s), 0);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* An SSL filter with no SSL yet. */
START_TEST(test_empty_filter)
{
    BIO *f = BIO_new(BIO_f_ssl());
    char buf[4];
    SSL *got = (SSL *)1;
    ck_assert_ptr_nonnull(f);
    /* nothing to return: 0, the output left alone */
    ck_assert_int_eq(BIO_get_ssl(f, &got), 0);
    ck_assert_ptr_eq(got, (SSL *)1);
    ck_assert_int_le(BIO_read(f, buf, sizeof(buf)), 0);
    BIO_free(f);
}
END_TEST

/* BIO_pending on the filter: SSL_pending first. */
START_TEST(test_pending)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    bconn b;
    char buf[4];
    bconn_new(&b, cctx, sctx);
    bconn_handshake(&b);
    ck_assert_int_eq(BIO_write(b.c, "abcdef", 6), 6);
    ck_assert_int_eq(BIO_read(b.s, buf, 2), 2);
    ck_assert_int_eq(BIO_pending(b.s), 4);
    BIO_free_all(b.c);
    BIO_free_all(b.s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_bio_ssl");
    TCase *tc = h_tcase(s, "core");
    tcase_add_test(tc, test_handshake_and_data);
    tcase_add_test(tc, test_implicit_handshake);
    tcase_add_test(tc, test_ssl_shutdown_via_bio);
    tcase_add_test(tc, test_set_ssl_noclose);
    tcase_add_test(tc, test_empty_filter);
    tcase_add_test(tc, test_pending);
    return h_run(s);
}
