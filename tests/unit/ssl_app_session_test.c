/* differential */
/*
 * shim/ssl/app_session.c: session (de)serialisation that must still RESUME (i2d/d2i and PEM round trips;
 * the DER layout is ours, so only the round trip and the resumption are asserted, never the bytes), the
 * SSL_SESSION get0/set1 accessors, the server cache API (SSL_CTX_add_session / remove_session /
 * flush_sessions, SSL_has_matching_session_id) and SSL_SESSION_dup.
 */
#include "unit/ssl_harness.h"

/* strict: the queue must be empty here (reports this line) */
#define ck_no_errors() \
    do { \
        int n_ = err_take(); \
        if (n_ != 0) \
            errs_print("unexpected"); \
        ck_assert_msg(n_ == 0, "error queue not empty (%d entries)", n_); \
    } while (0)

static void close_both(h_conn *k)
{
    SSL_shutdown(k->c);
    SSL_shutdown(k->s);
    SSL_shutdown(k->c);
    SSL_shutdown(k->s);
    err_take();
}

/* First connection: returns the client's resumable session. */
static SSL_SESSION *first_session(SSL_CTX *cctx, SSL_CTX *sctx)
{
    h_conn k;
    SSL_SESSION *ss;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    if (SSL_version(k.c) == TLS1_3_VERSION) {
        char b[8];
        ck_assert_int_eq(SSL_read(k.c, b, sizeof(b)), -1); /* takes the tickets */
        ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_WANT_READ);
    }
    ss = SSL_get1_session(k.c);
    ck_assert_ptr_nonnull(ss);
    ck_assert_int_eq(SSL_SESSION_is_resumable(ss), 1);
    close_both(&k);
    h_conn_free(&k);
    return ss;
}

static void resume_with(SSL_CTX *cctx, SSL_CTX *sctx, SSL_SESSION *ss, int want_reused)
{
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set_session(k.c, ss), 1);
    h_handshake(&k);
    ck_assert_int_eq(SSL_session_reused(k.c), want_reused);
    ck_assert_int_eq(SSL_session_reused(k.s), want_reused);
    close_both(&k);
    h_conn_free(&k);
}

static SSL_SESSION *der_round_trip(SSL_SESSION *ss)
{
    int n = i2d_SSL_SESSION(ss, NULL);
    unsigned char *buf, *p;
    const unsigned char *q;
    SSL_SESSION *back;
    ck_assert_int_gt(n, 0);
    buf = OPENSSL_malloc((size_t)n);
    p = buf;
    ck_assert_int_eq(i2d_SSL_SESSION(ss, &p), n);
    ck_assert_ptr_eq(p, buf + n);
    q = buf;
    back = d2i_SSL_SESSION(NULL, &q, n);
    ck_assert_ptr_nonnull(back);
    ck_assert_ptr_eq(q, buf + n);
    /* the same again */
    ck_assert_int_eq(i2d_SSL_SESSION(back, NULL), n);
    OPENSSL_free(buf);
    return back;
}

static SSL_SESSION *pem_round_trip(SSL_SESSION *ss)
{
    BIO *b = BIO_new(BIO_s_mem());
    char *data;
    long len;
    SSL_SESSION *back;
    ck_assert_int_eq(PEM_write_bio_SSL_SESSION(b, ss), 1);
    len = BIO_get_mem_data(b, &data);
    ck_assert_int_gt(len, 80);
    ck_assert_int_eq(strncmp(data, "-----BEGIN SSL SESSION PARAMETERS-----\n", 39), 0);
    ck_assert_ptr_nonnull(strstr(data, "-----END SSL SESSION PARAMETERS-----\n"));
    back = PEM_read_bio_SSL_SESSION(b, NULL, NULL, NULL);
    ck_assert_ptr_nonnull(back);
    BIO_free(b);
    return back;
}

static void round_trip_resumes(int version, int no_ticket, int pem)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    SSL_SESSION *ss, *back;
    const unsigned char *id1, *id2;
    unsigned int l1, l2;
    h_version(cctx, sctx, version);
    if (no_ticket)
        SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    ss = first_session(cctx, sctx);
    back = pem ? pem_round_trip(ss) : der_round_trip(ss);
    ck_assert_int_eq(SSL_SESSION_get_protocol_version(back), SSL_SESSION_get_protocol_version(ss));
    ck_assert_ptr_eq(SSL_SESSION_get0_cipher(back), SSL_SESSION_get0_cipher(ss));
    id1 = SSL_SESSION_get_id(ss, &l1);
    id2 = SSL_SESSION_get_id(back, &l2);
    ck_assert_uint_eq(l1, l2);
    ck_assert_int_eq(memcmp(id1, id2, l1), 0);
    ck_assert_int_eq(SSL_SESSION_get_time(back), SSL_SESSION_get_time(ss));
    ck_assert_int_eq(SSL_SESSION_get_timeout(back), SSL_SESSION_get_timeout(ss));
    ck_assert_int_eq(SSL_SESSION_is_resumable(back), 1);
    ck_assert_int_eq(SSL_SESSION_has_ticket(back), SSL_SESSION_has_ticket(ss));
    SSL_SESSION_free(ss);
    resume_with(cctx, sctx, back, 1);
    SSL_SESSION_free(back);
    ck_no_errors();
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_der_resume_tls13)
{
    round_trip_resumes(TLS1_3_VERSION, 0, 0);
}
END_TEST

START_TEST(test_der_resume_tls12_ticket)
{
    round_trip_resumes(TLS1_2_VERSION, 0, 0);
}
END_TEST

START_TEST(test_der_resume_tls12_session_id)
{
    round_trip_resumes(TLS1_2_VERSION, 1, 0);
}
END_TEST

START_TEST(test_pem_resume_tls13)
{
    round_trip_resumes(TLS1_3_VERSION, 0, 1);
}
END_TEST

START_TEST(test_pem_resume_tls12)
{
    round_trip_resumes(TLS1_2_VERSION, 1, 1);
}
END_TEST

/* A session round-tripped through DER into another process-like fresh context pair does not resume
   against a server that has never seen it (session id case): full handshake, no error. */
START_TEST(test_der_other_server)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx(), *sctx2 = h_server_ctx();
    SSL_SESSION *ss, *back;
    h_version(cctx, sctx, TLS1_2_VERSION);
    h_version(sctx2, NULL, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_options(sctx2, SSL_OP_NO_TICKET);
    ss = first_session(cctx, sctx);
    back = der_round_trip(ss);
    resume_with(cctx, sctx2, back, 0);
    SSL_SESSION_free(ss);
    SSL_SESSION_free(back);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    SSL_CTX_free(sctx2);
}
END_TEST

START_TEST(test_d2i_garbage)
{
    static const unsigned char junk[] = {0x30, 0x03, 0x02, 0x01, 0x07, 0xff};
    const unsigned char *q = junk;
    SSL_SESSION *ss = d2i_SSL_SESSION(NULL, &q, sizeof(junk));
    ck_assert_ptr_null(ss);
    err_take();
    ck_assert_int_ge(h_nerr, 1);
    q = junk;
    ck_assert_ptr_null(d2i_SSL_SESSION(NULL, &q, 0));
    err_take();
    BIO *b = BIO_new_mem_buf("-----BEGIN SSL SESSION PARAMETERS-----\nAAAA\n-----END SSL SESSION PARAMETERS-----\n", -1);
    ck_assert_ptr_null(PEM_read_bio_SSL_SESSION(b, NULL, NULL, NULL));
    err_take();
    ck_assert_int_ge(h_nerr, 1);
    BIO_free(b);
    b = BIO_new_mem_buf("nothing here\n", -1);
    ck_assert_ptr_null(PEM_read_bio_SSL_SESSION(b, NULL, NULL, NULL));
    ck_errs_exact("no pem", 1, ERR_LIB_PEM, PEM_R_NO_START_LINE);
    BIO_free(b);
}
END_TEST

START_TEST(test_accessors)
{
    SSL_SESSION *ss = SSL_SESSION_new();
    unsigned char big[40];
    const unsigned char *p;
    const unsigned char *alpn = NULL;
    size_t alpnlen = 99;
    unsigned int len = 99;
    memset(big, 'a', sizeof(big));
    /* a new session: empty everything */
    p = SSL_SESSION_get_id(ss, &len);
    ck_assert_uint_eq(len, 0);
    ck_assert_ptr_nonnull(p);
    p = SSL_SESSION_get0_id_context(ss, &len);
    ck_assert_uint_eq(len, 0);
    ck_assert_ptr_null(SSL_SESSION_get0_hostname(ss));
    ck_assert_ptr_null(SSL_SESSION_get0_cipher(ss));
    ck_assert_int_eq(SSL_SESSION_get_protocol_version(ss), 0);
    ck_assert_int_eq(SSL_SESSION_is_resumable(ss), 0);
    SSL_SESSION_get0_alpn_selected(ss, &alpn, &alpnlen);
    ck_assert_ptr_null(alpn);
    ck_assert_uint_eq(alpnlen, 0);
    ck_assert_int_eq(SSL_SESSION_get_timeout(ss), 304);
    ck_assert_int_gt(SSL_SESSION_get_time(ss), 0);

    ck_assert_int_eq(SSL_SESSION_set1_id(ss, big, 32), 1);
    p = SSL_SESSION_get_id(ss, &len);
    ck_assert_uint_eq(len, 32);
    ck_assert_int_eq(memcmp(p, big, 32), 0);
    ck_assert_int_eq(SSL_SESSION_set1_id(ss, big, 33), 0);
    ck_errs_exact("id 33", 1, ERR_LIB_SSL, SSL_R_SSL_SESSION_ID_TOO_LONG);
    ck_assert_int_eq(SSL_SESSION_set1_id_context(ss, (const unsigned char *)"ctx", 3), 1);
    p = SSL_SESSION_get0_id_context(ss, &len);
    ck_assert_uint_eq(len, 3);
    ck_assert_int_eq(memcmp(p, "ctx", 3), 0);
    ck_assert_int_eq(SSL_SESSION_set1_id_context(ss, big, 33), 0);
    ck_errs_exact("sid ctx 33", 1, ERR_LIB_SSL, SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG);
    p = SSL_SESSION_get0_id_context(ss, &len);
    ck_assert_uint_eq(len, 3);

    ck_assert_int_eq(SSL_SESSION_set1_hostname(ss, "example.com"), 1);
    ck_assert_str_eq(SSL_SESSION_get0_hostname(ss), "example.com");
    ck_assert_int_eq(SSL_SESSION_set1_hostname(ss, NULL), 1);
    ck_assert_ptr_null(SSL_SESSION_get0_hostname(ss));
    ck_assert_int_eq(SSL_SESSION_set1_alpn_selected(ss, (const unsigned char *)"h2", 2), 1);
    SSL_SESSION_get0_alpn_selected(ss, &alpn, &alpnlen);
    ck_assert_uint_eq(alpnlen, 2);
    ck_assert_int_eq(memcmp(alpn, "h2", 2), 0);
    ck_assert_int_eq(SSL_SESSION_set1_alpn_selected(ss, NULL, 0), 1);
    SSL_SESSION_get0_alpn_selected(ss, &alpn, &alpnlen);
    ck_assert_ptr_null(alpn);
    ck_assert_uint_eq(alpnlen, 0);
    ck_assert_int_eq(SSL_SESSION_set_protocol_version(ss, TLS1_2_VERSION), 1);
    ck_assert_int_eq(SSL_SESSION_get_protocol_version(ss), TLS1_2_VERSION);
    ck_assert_int_eq(SSL_SESSION_set_time(ss, 1000), 1000);
    ck_assert_int_eq(SSL_SESSION_get_time(ss), 1000);
    ck_assert_int_eq(SSL_SESSION_set_timeout(ss, 50), 1);
    ck_assert_int_eq(SSL_SESSION_get_timeout(ss), 50);
    ck_no_errors();
    SSL_SESSION_free(ss);
}
END_TEST

START_TEST(test_set_cipher)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    SSL_SESSION *ss = SSL_SESSION_new(), *d;
    const SSL_CIPHER *c = sk_SSL_CIPHER_value(SSL_get_ciphers(s), 0);
    ck_assert_int_eq(SSL_SESSION_set_cipher(ss, c), 1);
    ck_assert_ptr_eq(SSL_SESSION_get0_cipher(ss), c);
    ck_assert_int_eq(SSL_SESSION_set1_hostname(ss, "dup.example"), 1);
    d = SSL_SESSION_dup(ss);
    ck_assert_ptr_nonnull(d);
    ck_assert_ptr_ne(d, ss);
    ck_assert_ptr_eq(SSL_SESSION_get0_cipher(d), c);
    ck_assert_str_eq(SSL_SESSION_get0_hostname(d), "dup.example");
    ck_assert_ptr_ne(SSL_SESSION_get0_hostname(d), SSL_SESSION_get0_hostname(ss));
    ck_no_errors();
    SSL_SESSION_free(d);
    SSL_SESSION_free(ss);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

static SSL_SESSION *made(unsigned char idbyte, long t, long timeout)
{
    SSL_SESSION *ss = SSL_SESSION_new();
    unsigned char id[32];
    memset(id, idbyte, sizeof(id));
    ck_assert_int_eq(SSL_SESSION_set1_id(ss, id, sizeof(id)), 1);
    SSL_SESSION_set_time(ss, t);
    SSL_SESSION_set_timeout(ss, timeout);
    return ss;
}

START_TEST(test_cache_api)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *s = SSL_new(ctx);
    long now = (long)time(NULL);
    SSL_SESSION *a = made(1, now, 1000), *b = made(2, now - 5000, 100);
    unsigned char id[40];
    ck_assert_int_eq(SSL_CTX_sess_number(ctx), 0);
    ck_assert_int_eq(SSL_CTX_add_session(ctx, a), 1);
    ck_assert_int_eq(SSL_CTX_add_session(ctx, a), 0); /* already there */
    ck_assert_int_eq(SSL_CTX_add_session(ctx, b), 1);
    ck_assert_int_eq(SSL_CTX_sess_number(ctx), 2);
    /* a fresh SSL's version (TLS_ANY_VERSION) is part of the lookup: these sessions never match it */
    memset(id, 1, sizeof(id));
    ck_assert_int_eq(SSL_has_matching_session_id(s, id, 32), 0);
    ck_assert_int_eq(SSL_has_matching_session_id(s, id, 31), 0);
    ck_assert_int_eq(SSL_has_matching_session_id(s, id, 33), 0);
    ck_assert_int_eq(SSL_has_matching_session_id(s, id, 0), 0);
    memset(id, 3, sizeof(id));
    ck_assert_int_eq(SSL_has_matching_session_id(s, id, 32), 0);
    /* b expired long ago: a flush at "now" drops it, keeps a */
    SSL_CTX_flush_sessions(ctx, now);
    ck_assert_int_eq(SSL_CTX_sess_number(ctx), 1);
    ck_assert_int_eq(SSL_CTX_remove_session(ctx, b), 0); /* already flushed */
    ck_assert_int_eq(SSL_CTX_remove_session(ctx, a), 1);
    ck_assert_int_eq(SSL_CTX_remove_session(ctx, a), 0);
    ck_assert_int_eq(SSL_CTX_sess_number(ctx), 0);
    ck_no_errors();
    SSL_SESSION_free(a);
    SSL_SESSION_free(b);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* The server's cache after a TLS 1.2 handshake without tickets holds the session; the server SSL (now at
   TLS 1.2) finds its id. */
START_TEST(test_server_cache_after_handshake)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    SSL_SESSION *ss;
    h_conn k;
    const unsigned char *id;
    unsigned char other[32];
    unsigned int len;
    h_version(cctx, sctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ss = SSL_get1_session(k.c);
    id = SSL_SESSION_get_id(ss, &len);
    ck_assert_uint_eq(len, 32);
    ck_assert_int_eq(SSL_CTX_sess_number(sctx), 1);
    ck_assert_int_eq(SSL_has_matching_session_id(k.s, id, len), 1);
    ck_assert_int_eq(SSL_has_matching_session_id(k.s, id, len - 1), 0);
    memcpy(other, id, 32);
    other[0] ^= 1;
    ck_assert_int_eq(SSL_has_matching_session_id(k.s, other, 32), 0);
    /* the client's context caches nothing by default */
    ck_assert_int_eq(SSL_CTX_sess_number(cctx), 0);
    /* removed from the cache: no match, no resumption */
    SSL_CTX_flush_sessions(sctx, (long)time(NULL) + 100000);
    ck_assert_int_eq(SSL_CTX_sess_number(sctx), 0);
    ck_assert_int_eq(SSL_has_matching_session_id(k.s, id, len), 0);
    close_both(&k);
    h_conn_free(&k);
    resume_with(cctx, sctx, ss, 0);
    SSL_SESSION_free(ss);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_app_session");
    TCase *tc = h_tcase(s, "round_trip");
    tcase_add_test(tc, test_der_resume_tls13);
    tcase_add_test(tc, test_der_resume_tls12_ticket);
    tcase_add_test(tc, test_der_resume_tls12_session_id);
    tcase_add_test(tc, test_pem_resume_tls13);
    tcase_add_test(tc, test_pem_resume_tls12);
    tcase_add_test(tc, test_der_other_server);
    tcase_add_test(tc, test_d2i_garbage);
    tc = h_tcase(s, "accessors");
    tcase_add_test(tc, test_accessors);
    tcase_add_test(tc, test_set_cipher);
    tc = h_tcase(s, "cache");
    tcase_add_test(tc, test_cache_api);
    tcase_add_test(tc, test_server_cache_after_handshake);
    return h_run(s);
}
