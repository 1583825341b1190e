/* differential */
/*
 * shim/ssl/engine.c: the handshake driver and record I/O (SSL_do_handshake, SSL_read/peek/write and their
 * _ex forms, SSL_pending/has_pending, SSL_shutdown, EOF handling), seen through the public API with both
 * peers in this process. Every expectation is real OpenSSL 3.0's observed behaviour.
 */
#include "unit/ssl_harness.h"

/* ---- handshake, step by step ---- */

/* One handshake call; asserts its return and (for failures) SSL_get_error. */
#define STEP(ssl, want_ret, want_err) \
    do { \
        int r_ = SSL_do_handshake(ssl); \
        if (r_ != (want_ret)) \
            err_dump("step"); \
        ck_assert_int_eq(r_, (want_ret)); \
        if (r_ <= 0) \
            ck_assert_int_eq(SSL_get_error((ssl), r_), (want_err)); \
        ck_assert_err_empty(); \
    } while (0)

static void check_before(h_conn *k)
{
    ck_assert_int_eq(SSL_in_before(k->c), 1);
    ck_assert_int_eq(SSL_in_init(k->c), 1);
    ck_assert_int_eq(SSL_is_init_finished(k->c), 0);
    ck_assert_int_eq(SSL_in_before(k->s), 1);
    ck_assert_int_eq(SSL_is_init_finished(k->s), 0);
    ck_assert_int_eq(SSL_is_server(k->c), 0);
    ck_assert_int_eq(SSL_is_server(k->s), 1);
    ck_assert_int_eq(SSL_get_state(k->c), TLS_ST_BEFORE);
    ck_assert_str_eq(SSL_state_string_long(k->c), "before SSL initialization");
}

static void check_after(h_conn *k, int version)
{
    const char *vs = version == TLS1_3_VERSION ? "TLSv1.3" : "TLSv1.2";
    const char *cs = version == TLS1_3_VERSION ? "TLS_AES_256_GCM_SHA384" : "ECDHE-RSA-AES256-GCM-SHA384";
    SSL *both[2] = {k->c, k->s};
    for (int i = 0; i < 2; i++) {
        SSL *s = both[i];
        ck_assert_int_eq(SSL_is_init_finished(s), 1);
        ck_assert_int_eq(SSL_in_init(s), 0);
        ck_assert_int_eq(SSL_in_before(s), 0);
        ck_assert_int_eq(SSL_get_state(s), TLS_ST_OK);
        ck_assert_str_eq(SSL_state_string_long(s), "SSL negotiation finished successfully");
        ck_assert_str_eq(SSL_state_string(s), "SSLOK");
        ck_assert_int_eq(SSL_version(s), version);
        ck_assert_str_eq(SSL_get_version(s), vs);
        ck_assert_ptr_nonnull(SSL_get_current_cipher(s));
        ck_assert_str_eq(SSL_get_cipher_name(s), cs);
        ck_assert_str_eq(SSL_CIPHER_get_name(SSL_get_current_cipher(s)), cs);
        ck_assert_str_eq(SSL_CIPHER_get_version(SSL_get_current_cipher(s)),
                         version == TLS1_3_VERSION ? "TLSv1.3" : "TLSv1.2");
        ck_assert_int_eq(SSL_session_reused(s), 0);
        ck_assert_int_eq(SSL_want(s), SSL_NOTHING);
    }
    ck_assert_int_eq(SSL_get_verify_result(k->c), X509_V_OK);
    X509 *peer = SSL_get0_peer_certificate(k->c);
    ck_assert_ptr_nonnull(peer);
    ck_assert_ptr_null(SSL_get0_peer_certificate(k->s));
}

static void handshake_steps(h_conn *k, int version)
{
    check_before(k);
    /* ClientHello */
    STEP(k->c, -1, SSL_ERROR_WANT_READ);
    ck_assert_int_eq(SSL_in_before(k->c), 0);
    ck_assert_int_eq(SSL_in_init(k->c), 1);
    ck_assert_int_eq(SSL_want(k->c), SSL_READING);
    ck_assert_int_eq(SSL_want_read(k->c), 1);
    if (version == TLS1_3_VERSION) {
        STEP(k->s, -1, SSL_ERROR_WANT_READ); /* ServerHello .. server Finished, waits for client Finished */
        ck_assert_int_eq(SSL_in_init(k->s), 1);
        STEP(k->c, 1, 0); /* client Finished: the client is done */
        STEP(k->s, 1, 0); /* reads it, sends the tickets */
    } else {
        STEP(k->s, -1, SSL_ERROR_WANT_READ); /* ServerHello .. ServerHelloDone */
        STEP(k->c, -1, SSL_ERROR_WANT_READ); /* ClientKeyExchange, CCS, Finished */
        STEP(k->s, 1, 0);                    /* CCS, Finished */
        STEP(k->c, 1, 0);
    }
    /* further calls are no-ops */
    STEP(k->c, 1, 0);
    STEP(k->s, 1, 0);
    check_after(k, version);
}

START_TEST(test_handshake_mem_tls13)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    h_conn_mem(&k, cctx, sctx);
    handshake_steps(&k, TLS1_3_VERSION);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_handshake_mem_tls12)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_version(cctx, NULL, TLS1_2_VERSION);
    h_conn_mem(&k, cctx, sctx);
    handshake_steps(&k, TLS1_2_VERSION);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_handshake_pair_tls13)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_pair(&k, cctx, sctx, 0);
    handshake_steps(&k, TLS1_3_VERSION);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_handshake_pair_tls12)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_version(sctx, NULL, TLS1_2_VERSION); /* limited on the server side this time */
    h_conn_pair(&k, cctx, sctx, 0);
    handshake_steps(&k, TLS1_2_VERSION);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* SSL_connect / SSL_accept set the role themselves and answer like SSL_do_handshake. */
START_TEST(test_connect_accept)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
    BIO *a, *b;
    int rc = 0, rs = 0;
    ck_assert_int_eq(BIO_new_bio_pair(&a, 0, &b, 0), 1);
    SSL_set_bio(c, a, a);
    SSL_set_bio(s, b, b);
    for (int i = 0; i < 20 && (rc != 1 || rs != 1); i++) {
        if (rc != 1) {
            rc = SSL_connect(c);
            if (rc != 1)
                ck_assert_int_eq(SSL_get_error(c, rc), SSL_ERROR_WANT_READ);
        }
        if (rs != 1) {
            rs = SSL_accept(s);
            if (rs != 1)
                ck_assert_int_eq(SSL_get_error(s, rs), SSL_ERROR_WANT_READ);
        }
    }
    ck_assert_int_eq(rc, 1);
    ck_assert_int_eq(rs, 1);
    ck_assert_int_eq(SSL_is_server(c), 0);
    ck_assert_int_eq(SSL_is_server(s), 1);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- application data ---- */

static void data_both_ways(int version)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    char buf[64];
    size_t n = 0;
    h_version(cctx, sctx, version);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);

    /* nothing yet: pending 0, read wants more */
    ck_assert_int_eq(SSL_pending(k.s), 0);
    ck_assert_int_eq(SSL_has_pending(k.s), 0);
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), -1);
    ck_assert_int_eq(SSL_get_error(k.s, -1), SSL_ERROR_WANT_READ);
    ck_assert_int_eq(SSL_read_ex(k.s, buf, sizeof(buf), &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(SSL_get_error(k.s, 0), SSL_ERROR_WANT_READ);

    ck_assert_int_eq(SSL_write(k.c, "hello", 5), 5);
    ck_assert_int_eq(SSL_write_ex(k.c, " world", 6, &n), 1);
    ck_assert_uint_eq(n, 6);
    /* records sit in the transport, nothing decrypted yet */
    ck_assert_int_eq(SSL_pending(k.s), 0);
    ck_assert_int_eq(SSL_has_pending(k.s), 0);

    memset(buf, 0, sizeof(buf));
    ck_assert_int_eq(SSL_peek(k.s, buf, 3), 3);
    ck_assert_mem_eq(buf, "hel", 3);
    /* the whole first record is decrypted and kept */
    ck_assert_int_eq(SSL_pending(k.s), 5);
    ck_assert_int_eq(SSL_has_pending(k.s), 1);
    ck_assert_int_eq(SSL_peek_ex(k.s, buf, sizeof(buf), &n), 1);
    ck_assert_uint_eq(n, 5);
    ck_assert_mem_eq(buf, "hello", 5);
    ck_assert_int_eq(SSL_read(k.s, buf, 2), 2);
    ck_assert_mem_eq(buf, "he", 2);
    ck_assert_int_eq(SSL_pending(k.s), 3);
    /* a read never crosses a record boundary */
    ck_assert_int_eq(SSL_read_ex(k.s, buf, sizeof(buf), &n), 1);
    ck_assert_uint_eq(n, 3);
    ck_assert_mem_eq(buf, "llo", 3);
    ck_assert_int_eq(SSL_pending(k.s), 0);
    /* the second record is still in the transport buffer: has_pending is 0 without read-ahead */
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), 6);
    ck_assert_mem_eq(buf, " world", 6);
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), -1);
    ck_assert_int_eq(SSL_get_error(k.s, -1), SSL_ERROR_WANT_READ);

    /* the other way; a TLS 1.3 client first eats the session tickets */
    ck_assert_int_eq(SSL_write(k.s, "pong", 4), 4);
    ck_assert_int_eq(SSL_read(k.c, buf, sizeof(buf)), 4);
    ck_assert_mem_eq(buf, "pong", 4);
    ck_assert_int_eq(SSL_read(k.c, buf, sizeof(buf)), -1);
    ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_WANT_READ);

    /* zero-length calls: write_ex succeeds with 0 bytes, write returns 0 (SSL_ERROR_SYSCALL); a zero-length
     * read still waits for a record, and leaves *readbytes alone */
    n = 99;
    ck_assert_int_eq(SSL_write_ex(k.c, "x", 0, &n), 1);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(SSL_write(k.c, "x", 0), 0);
    ck_assert_int_eq(SSL_get_error(k.c, 0), SSL_ERROR_SYSCALL);
    n = 99;
    ck_assert_int_eq(SSL_read_ex(k.s, buf, 0, &n), 0);
    ck_assert_int_eq(SSL_get_error(k.s, 0), SSL_ERROR_WANT_READ);
    ck_assert_uint_eq(n, 99);
    ck_assert_int_eq(SSL_read(k.s, buf, 0), -1);
    ck_assert_int_eq(SSL_get_error(k.s, -1), SSL_ERROR_WANT_READ);
    ck_assert_int_eq(SSL_peek(k.s, buf, 0), -1);
    ck_assert_int_eq(SSL_get_error(k.s, -1), SSL_ERROR_WANT_READ);
    /* with a record available, a zero-length read decrypts it and returns 0 */
    ck_assert_int_eq(SSL_write(k.c, "abc", 3), 3);
    ck_assert_int_eq(SSL_read(k.s, buf, 0), 0);
    ck_assert_int_eq(SSL_pending(k.s), 3);
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), 3);
    ck_assert_err_empty();
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_data_tls13)
{
    data_both_ways(TLS1_3_VERSION);
}
END_TEST

START_TEST(test_data_tls12)
{
    data_both_ways(TLS1_2_VERSION);
}
END_TEST

/* A 256-byte BIO pair: the ClientHello does not fit, the client has to wait for the server to drain. */
START_TEST(test_small_pair_want_write)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    int saw_want_write = 0;
    h_conn_pair(&k, cctx, sctx, 256);
    int r = SSL_do_handshake(k.c);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_WANT_WRITE);
    ck_assert_int_eq(SSL_want(k.c), SSL_WRITING);
    ck_assert_int_eq(SSL_want_write(k.c), 1);
    for (int i = 0; i < 400; i++) {
        int rc = SSL_do_handshake(k.c), rs = SSL_do_handshake(k.s);
        if (rc != 1 && SSL_get_error(k.c, rc) == SSL_ERROR_WANT_WRITE)
            saw_want_write++;
        if (rc == 1 && rs != 1) {
            /* the TLS 1.3 server's tickets only fit once the finished client reads them */
            char b1[16];
            ck_assert_int_eq(SSL_read(k.c, b1, sizeof(b1)), -1);
            ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_WANT_READ);
        }
        if (rc == 1 && rs == 1)
            break;
        if (rc != 1)
            ck_assert(h_is_retry(SSL_get_error(k.c, rc)));
        if (rs != 1)
            ck_assert(h_is_retry(SSL_get_error(k.s, rs)));
    }
    ck_assert_int_eq(SSL_is_init_finished(k.c), 1);
    ck_assert_int_eq(SSL_is_init_finished(k.s), 1);
    ck_assert_int_gt(saw_want_write, 0);

    /* 4000 bytes of data through the same tiny pipe */
    char out[4000], in[4000];
    for (size_t i = 0; i < sizeof(out); i++)
        out[i] = (char)(i * 7);
    ck_assert_uint_eq(h_transfer(k.c, k.s, out, sizeof(out), in), sizeof(out));
    ck_assert_mem_eq(in, out, sizeof(out));
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- large writes on a non-blocking transport ---- */

#define BIG (1024 * 1024)

static unsigned char *big_buf(void)
{
    unsigned char *p = malloc(BIG);
    ck_assert_ptr_nonnull(p);
    for (size_t i = 0; i < BIG; i++)
        p[i] = (unsigned char)(i * 31 + (i >> 12));
    return p;
}

/* Reads everything available on `r` into in+*got. */
static void drain_reader(SSL *r, unsigned char *in, size_t *got)
{
    while (*got < BIG) {
        size_t n = 0;
        if (!SSL_read_ex(r, in + *got, BIG - *got, &n)) {
            ck_assert_int_eq(SSL_get_error(r, 0), SSL_ERROR_WANT_READ);
            return;
        }
        *got += n;
    }
}

START_TEST(test_large_write_retry_same_buffer)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    unsigned char *out = big_buf(), *in = malloc(BIG);
    size_t got = 0;
    int r, blocked = 0;
    h_conn_pair(&k, cctx, sctx, 0);
    h_handshake(&k);
    while ((r = SSL_write(k.c, out, BIG)) <= 0) {
        ck_assert_int_eq(r, -1);
        ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_WANT_WRITE);
        ck_assert_err_empty();
        blocked++;
        drain_reader(k.s, in, &got);
        ck_assert_int_lt(blocked, 10000);
    }
    /* without partial writes the one successful call reports the whole buffer */
    ck_assert_int_eq(r, BIG);
    ck_assert_int_gt(blocked, 10);
    drain_reader(k.s, in, &got);
    ck_assert_uint_eq(got, BIG);
    ck_assert_mem_eq(in, out, BIG);
    free(out);
    free(in);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_large_write_partial)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    unsigned char *out = big_buf(), *in = malloc(BIG);
    size_t got = 0, sent = 0;
    int calls = 0;
    h_conn_pair(&k, cctx, sctx, 0);
    h_handshake(&k);
    ck_assert_uint_eq(SSL_set_mode(k.c, SSL_MODE_ENABLE_PARTIAL_WRITE) & SSL_MODE_ENABLE_PARTIAL_WRITE,
                      SSL_MODE_ENABLE_PARTIAL_WRITE);
    while (sent < BIG) {
        size_t n = 0;
        calls++;
        if (SSL_write_ex(k.c, out + sent, BIG - sent, &n)) {
            ck_assert_uint_gt(n, 0);
            /* a partial write is a whole number of full records, except at the end (TLS 1.3 here) */
            size_t record = known_difference("tls13-record-16383") ? 16383 : 16384;
            ck_assert(n < BIG - sent ? n % record == 0 : 1);
            sent += n;
        } else {
            ck_assert_int_eq(SSL_get_error(k.c, 0), SSL_ERROR_WANT_WRITE);
        }
        drain_reader(k.s, in, &got);
        ck_assert_int_lt(calls, 10000);
    }
    ck_assert_int_gt(calls, 10);
    drain_reader(k.s, in, &got);
    ck_assert_uint_eq(got, BIG);
    ck_assert_mem_eq(in, out, BIG);
    free(out);
    free(in);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_large_write_moving_buffer)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    unsigned char *out = big_buf(), *in = malloc(BIG);
    size_t got = 0;
    int r, blocked = 0;
    h_conn_pair(&k, cctx, sctx, 0);
    h_handshake(&k);
    SSL_set_mode(k.c, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    r = SSL_write(k.c, out, BIG);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_WANT_WRITE);
    /* each retry presents the same bytes at a new address */
    while (r <= 0) {
        unsigned char *copy = malloc(BIG);
        memcpy(copy, out, BIG);
        drain_reader(k.s, in, &got);
        r = SSL_write(k.c, copy, BIG);
        free(copy);
        if (r <= 0)
            ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_WANT_WRITE);
        ck_assert_int_lt(++blocked, 10000);
    }
    ck_assert_int_eq(r, BIG);
    drain_reader(k.s, in, &got);
    ck_assert_uint_eq(got, BIG);
    ck_assert_mem_eq(in, out, BIG);
    free(out);
    free(in);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* Retrying a blocked write from another address without ACCEPT_MOVING_WRITE_BUFFER. */
START_TEST(test_bad_write_retry)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    unsigned char *out = big_buf(), *copy = malloc(BIG), *in = malloc(BIG);
    size_t got = 0;
    h_conn_pair(&k, cctx, sctx, 0);
    h_handshake(&k);
    ck_assert_int_eq(SSL_write(k.c, out, BIG), -1);
    ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_WANT_WRITE);
    memcpy(copy, out, BIG);
    ck_assert_int_eq(SSL_write(k.c, copy, BIG), -1);
    ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_SSL);
    ck_errs_exact("bad write retry", 1, ERR_LIB_SSL, SSL_R_BAD_WRITE_RETRY);
    /* fatal: even the right buffer is refused now, with nothing queued */
    drain_reader(k.s, in, &got);
    ck_assert_int_eq(SSL_write(k.c, out, BIG), -1);
    ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_SYSCALL);
    ck_assert_err_empty();
    free(out);
    free(copy);
    free(in);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* Retrying a blocked write with fewer bytes than were already taken. */
START_TEST(test_bad_length_retry)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    unsigned char *out = big_buf(), *in = malloc(BIG);
    size_t got = 0;
    h_conn_pair(&k, cctx, sctx, 0);
    h_handshake(&k);
    ck_assert_int_eq(SSL_write(k.c, out, BIG), -1);
    ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_WANT_WRITE);
    drain_reader(k.s, in, &got);
    ck_assert_int_eq(SSL_write(k.c, out, 100), -1);
    ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_SSL);
    ck_errs_exact("bad length", 1, ERR_LIB_SSL, SSL_R_BAD_LENGTH);
    free(out);
    free(in);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- shutdown ---- */

static void shutdown_client_first(int version)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    char buf[16];
    h_version(cctx, sctx, version);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_get_shutdown(k.c), 0);
    ck_assert_int_eq(SSL_shutdown(k.c), 0); /* close_notify sent, the peer's not seen yet */
    ck_assert_int_eq(SSL_get_shutdown(k.c), SSL_SENT_SHUTDOWN);
    /* the server sees a clean close */
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), 0);
    ck_assert_int_eq(SSL_get_error(k.s, 0), SSL_ERROR_ZERO_RETURN);
    ck_assert_int_eq(SSL_get_shutdown(k.s), SSL_RECEIVED_SHUTDOWN);
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), 0); /* and keeps seeing it */
    ck_assert_int_eq(SSL_get_error(k.s, 0), SSL_ERROR_ZERO_RETURN);
    ck_assert_err_empty();
    ck_assert_int_eq(SSL_shutdown(k.s), 1); /* answers: both directions closed */
    ck_assert_int_eq(SSL_get_shutdown(k.s), SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
    /* the client's second call reads the server's close_notify (a TLS 1.3 client skips the tickets) */
    ck_assert_int_eq(SSL_shutdown(k.c), 1);
    ck_assert_int_eq(SSL_get_shutdown(k.c), SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
    ck_assert_int_eq(SSL_shutdown(k.c), 1);
    ck_assert_err_empty();
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_shutdown_client_first_tls13)
{
    shutdown_client_first(TLS1_3_VERSION);
}
END_TEST

START_TEST(test_shutdown_client_first_tls12)
{
    shutdown_client_first(TLS1_2_VERSION);
}
END_TEST

/* The server closes first; the client reads the close, then answers. */
START_TEST(test_shutdown_server_first)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    char buf[16];
    h_conn_pair(&k, cctx, sctx, 0);
    h_handshake(&k);
    ck_assert_int_eq(SSL_shutdown(k.s), 0);
    ck_assert_int_eq(SSL_get_shutdown(k.s), SSL_SENT_SHUTDOWN);
    ck_assert_int_eq(SSL_read(k.c, buf, sizeof(buf)), 0); /* after the TLS 1.3 tickets */
    ck_assert_int_eq(SSL_get_error(k.c, 0), SSL_ERROR_ZERO_RETURN);
    ck_assert_int_eq(SSL_get_shutdown(k.c), SSL_RECEIVED_SHUTDOWN);
    ck_assert_int_eq(SSL_shutdown(k.c), 1);
    ck_assert_int_eq(SSL_shutdown(k.s), 1);
    ck_assert_int_eq(SSL_get_shutdown(k.s), SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
    ck_assert_err_empty();
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* Both send close_notify before reading the other's. */
START_TEST(test_shutdown_simultaneous)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_shutdown(k.s), 0);
    ck_assert_int_eq(SSL_shutdown(k.c), 0);
    ck_assert_int_eq(SSL_shutdown(k.s), 1);
    ck_assert_int_eq(SSL_shutdown(k.c), 1);
    ck_assert_err_empty();
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* The second SSL_shutdown with nothing from the peer yet: a retry. */
START_TEST(test_shutdown_waits_for_peer)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_shutdown(k.c), 0);
    int r = SSL_shutdown(k.c);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_WANT_READ);
    ck_assert_err_empty();
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* Data in flight before the peer's close_notify is discarded by the second SSL_shutdown. */
START_TEST(test_shutdown_discards_data)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_write(k.s, "late", 4), 4);
    ck_assert_int_eq(SSL_shutdown(k.s), 0);
    ck_assert_int_eq(SSL_shutdown(k.c), 0);
    /* data after our close_notify is a protocol error for SSL_shutdown */
    int r = SSL_shutdown(k.c);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_SSL);
    ck_errs_exact("data after close", 1, ERR_LIB_SSL, SSL_R_APPLICATION_DATA_AFTER_CLOSE_NOTIFY);
    ck_assert_int_eq(SSL_shutdown(k.c), -1);
    ck_errs_exact("shutdown after error", 1, ERR_LIB_SSL, SSL_R_SHUTDOWN_WHILE_IN_INIT);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_write_after_shutdown)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    size_t n = 99;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_shutdown(k.c), 0);
    ck_assert_int_eq(SSL_write(k.c, "x", 1), -1);
    ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_SSL);
    ck_errs_exact("write after shutdown", 1, ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN);
    ck_assert_int_eq(SSL_write_ex(k.c, "x", 1, &n), 0);
    ck_assert_uint_eq(n, 99); /* left alone */
    ck_errs_exact("write_ex after shutdown", 1, ERR_LIB_SSL, SSL_R_PROTOCOL_IS_SHUTDOWN);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* The peer's transport ends without close_notify. */
static void eof_case(int version, int ignore)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    char buf[16];
    size_t n = 0;
    h_version(cctx, sctx, version);
    if (ignore)
        SSL_CTX_set_options(cctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_write(k.s, "abc", 3), 3);
    BIO_set_mem_eof_return(k.s2c, 0); /* an empty buffer is now EOF */
    ck_assert_int_eq(SSL_read(k.c, buf, sizeof(buf)), 3);
    int r = SSL_read(k.c, buf, sizeof(buf));
    if (ignore) {
        ck_assert_int_eq(r, 0);
        ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_ZERO_RETURN);
        ck_assert_err_empty();
        ck_assert_int_eq(SSL_get_shutdown(k.c), SSL_RECEIVED_SHUTDOWN);
    } else {
        ck_assert_int_eq(r, 0);
        ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_SSL);
        ck_errs_exact("unexpected eof", 1, ERR_LIB_SSL, SSL_R_UNEXPECTED_EOF_WHILE_READING);
        ck_assert_int_eq(SSL_get_shutdown(k.c), 0);
        /* the connection is dead: later calls fail with nothing queued */
        ck_assert_int_eq(SSL_read_ex(k.c, buf, sizeof(buf), &n), 0);
        ck_assert_int_eq(SSL_get_error(k.c, 0), SSL_ERROR_SYSCALL);
        ck_assert_int_eq(SSL_read(k.c, buf, sizeof(buf)), -1);
        ck_assert_int_eq(SSL_write(k.c, "x", 1), -1);
        ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_SYSCALL);
        ck_assert_err_empty();
        ck_assert_int_eq(SSL_shutdown(k.c), -1);
        ck_errs_exact("shutdown after eof", 1, ERR_LIB_SSL, SSL_R_SHUTDOWN_WHILE_IN_INIT);
    }
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_unexpected_eof_tls13)
{
    eof_case(TLS1_3_VERSION, 0);
}
END_TEST

START_TEST(test_unexpected_eof_tls12)
{
    eof_case(TLS1_2_VERSION, 0);
}
END_TEST

START_TEST(test_ignore_unexpected_eof)
{
    eof_case(TLS1_3_VERSION, 1);
}
END_TEST

/* EOF in the middle of the handshake. */
START_TEST(test_eof_during_handshake)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_do_handshake(k.c), -1);
    BIO_set_mem_eof_return(k.s2c, 0);
    int r = SSL_do_handshake(k.c);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_SSL);
    ck_errs_exact("eof in handshake", 1, ERR_LIB_SSL, SSL_R_UNEXPECTED_EOF_WHILE_READING);
    ck_assert_int_eq(SSL_is_init_finished(k.c), 0);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- misuse ---- */

START_TEST(test_no_role)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    char buf[4];
    size_t n = 7;
    SSL_set_bio(s, h_mem(), h_mem());
    ck_assert_int_eq(SSL_do_handshake(s), -1);
    ck_assert_int_eq(SSL_get_error(s, -1), SSL_ERROR_SSL);
    ck_errs_exact("do_handshake", 1, ERR_LIB_SSL, SSL_R_CONNECTION_TYPE_NOT_SET);
    ck_assert_int_eq(SSL_read(s, buf, sizeof(buf)), -1);
    ck_errs_exact("read", 1, ERR_LIB_SSL, SSL_R_UNINITIALIZED);
    ck_assert_int_eq(SSL_read_ex(s, buf, sizeof(buf), &n), 0);
    ck_assert_uint_eq(n, 7); /* left alone */
    ck_errs_exact("read_ex", 1, ERR_LIB_SSL, SSL_R_UNINITIALIZED);
    ck_assert_int_eq(SSL_peek(s, buf, sizeof(buf)), -1);
    ck_errs_exact("peek", 1, ERR_LIB_SSL, SSL_R_UNINITIALIZED);
    ck_assert_int_eq(SSL_write(s, "x", 1), -1);
    ck_errs_exact("write", 1, ERR_LIB_SSL, SSL_R_UNINITIALIZED);
    ck_assert_int_eq(SSL_shutdown(s), -1);
    ck_errs_exact("shutdown", 1, ERR_LIB_SSL, SSL_R_UNINITIALIZED);
    ck_assert_int_eq(SSL_in_before(s), 1);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* A client method does not pick the role by itself either. */
START_TEST(test_client_method_no_role)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_is_server(s), 0);
    ck_assert_int_eq(SSL_do_handshake(s), -1);
    ck_errs_exact("do_handshake", 1, ERR_LIB_SSL, SSL_R_CONNECTION_TYPE_NOT_SET);
    SSL_free(s);
    SSL_CTX_free(ctx);
    ctx = SSL_CTX_new(TLS_server_method());
    s = SSL_new(ctx);
    ck_assert_int_eq(SSL_is_server(s), 1);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_no_bio)
{
    SSL_CTX *ctx = h_client_ctx();
    SSL *s = SSL_new(ctx);
    SSL_set_connect_state(s);
    /* -1 with nothing queued: SSL_ERROR_SYSCALL */
    int r = SSL_do_handshake(s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_SYSCALL);
    ck_assert_err_empty();
    r = SSL_do_handshake(s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(s, r), SSL_ERROR_SYSCALL);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* A shutdown after the role is set but before any handshake call: "in init" already. */
START_TEST(test_shutdown_before_handshake)
{
    SSL_CTX *ctx = h_client_ctx();
    SSL *s = SSL_new(ctx);
    SSL_set_connect_state(s);
    SSL_set_bio(s, h_mem(), h_mem());
    ck_assert_int_eq(SSL_shutdown(s), -1);
    ck_assert_int_eq(SSL_get_error(s, -1), SSL_ERROR_SSL);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_SHUTDOWN_WHILE_IN_INIT);
    ck_assert_int_eq(SSL_in_before(s), 1);
    SSL_free(s);
    s = SSL_new(ctx);
    SSL_set_accept_state(s);
    SSL_set_bio(s, h_mem(), h_mem());
    ck_assert_int_eq(SSL_shutdown(s), -1);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_SHUTDOWN_WHILE_IN_INIT);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* SSL_shutdown in the middle of the handshake. */
START_TEST(test_shutdown_in_init)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_do_handshake(k.c), -1);
    int r = SSL_shutdown(k.c);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_SSL);
    ck_errs_exact("shutdown in init", 1, ERR_LIB_SSL, SSL_R_SHUTDOWN_WHILE_IN_INIT);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* Negative lengths and NULL objects where OpenSSL checks. */
START_TEST(test_bad_arguments)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    char buf[8];
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_read(k.s, buf, -1), -1);
    ck_assert_int_eq(SSL_get_error(k.s, -1), SSL_ERROR_SSL);
    ck_errs_exact("read -1", 1, ERR_LIB_SSL, SSL_R_BAD_LENGTH);
    ck_assert_int_eq(SSL_write(k.c, "x", -1), -1);
    ck_errs_exact("write -1", 1, ERR_LIB_SSL, SSL_R_BAD_LENGTH);
    ck_assert_int_eq(SSL_peek(k.s, buf, -5), -1);
    ck_errs_exact("peek -5", 1, ERR_LIB_SSL, SSL_R_BAD_LENGTH);
    ck_assert_err_empty();
    SSL_free(NULL);
    SSL_CTX_free(NULL);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* A fatal handshake failure (no shared cipher) sticks: later calls fail without new I/O. */
START_TEST(test_failure_is_sticky)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    int ce, se;
    h_version(cctx, sctx, TLS1_2_VERSION);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(cctx, "AES128-GCM-SHA256"), 1);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(sctx, "AES256-GCM-SHA384"), 1);
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_NO_SHARED_CIPHER);
    /* the client gets the handshake_failure alert */
    int r = SSL_do_handshake(k.c);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.c, r), SSL_ERROR_SSL);
    ck_errs_exact("client", 1, ERR_LIB_SSL, SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE);
    /* the failed side: -1 with nothing queued (SSL_ERROR_SYSCALL) for every later call */
    r = SSL_do_handshake(k.s);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(SSL_get_error(k.s, r), SSL_ERROR_SYSCALL);
    ck_assert_err_empty();
    char buf[8];
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), -1);
    ck_assert_int_eq(SSL_get_error(k.s, -1), SSL_ERROR_SYSCALL);
    ck_assert_int_eq(SSL_write(k.s, "x", 1), -1);
    ck_assert_int_eq(SSL_get_error(k.s, -1), SSL_ERROR_SYSCALL);
    ck_assert_err_empty();
    ck_assert_int_eq(SSL_is_init_finished(k.s), 0);
    ck_assert_int_eq(SSL_in_init(k.s), 1);
    ck_assert_int_eq(SSL_shutdown(k.s), -1);
    ck_errs_exact("shutdown after failure", 1, ERR_LIB_SSL, SSL_R_SHUTDOWN_WHILE_IN_INIT);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_engine");
    TCase *tc = h_tcase(s, "handshake");
    tcase_add_test(tc, test_handshake_mem_tls13);
    tcase_add_test(tc, test_handshake_mem_tls12);
    tcase_add_test(tc, test_handshake_pair_tls13);
    tcase_add_test(tc, test_handshake_pair_tls12);
    tcase_add_test(tc, test_connect_accept);
    tcase_add_test(tc, test_small_pair_want_write);
    tcase_add_test(tc, test_eof_during_handshake);
    tcase_add_test(tc, test_failure_is_sticky);
    tc = h_tcase(s, "data");
    tcase_add_test(tc, test_data_tls13);
    tcase_add_test(tc, test_data_tls12);
    tcase_add_test(tc, test_large_write_retry_same_buffer);
    tcase_add_test(tc, test_large_write_partial);
    tcase_add_test(tc, test_large_write_moving_buffer);
    tcase_add_test(tc, test_bad_write_retry);
    tcase_add_test(tc, test_bad_length_retry);
    tc = h_tcase(s, "shutdown");
    tcase_add_test(tc, test_shutdown_client_first_tls13);
    tcase_add_test(tc, test_shutdown_client_first_tls12);
    tcase_add_test(tc, test_shutdown_server_first);
    tcase_add_test(tc, test_shutdown_simultaneous);
    tcase_add_test(tc, test_shutdown_waits_for_peer);
    tcase_add_test(tc, test_shutdown_discards_data);
    tcase_add_test(tc, test_write_after_shutdown);
    tcase_add_test(tc, test_unexpected_eof_tls13);
    tcase_add_test(tc, test_unexpected_eof_tls12);
    tcase_add_test(tc, test_ignore_unexpected_eof);
    tc = h_tcase(s, "misuse");
    tcase_add_test(tc, test_no_role);
    tcase_add_test(tc, test_client_method_no_role);
    tcase_add_test(tc, test_no_bio);
    tcase_add_test(tc, test_shutdown_before_handshake);
    tcase_add_test(tc, test_shutdown_in_init);
    tcase_add_test(tc, test_bad_arguments);
    return h_run(s);
}
