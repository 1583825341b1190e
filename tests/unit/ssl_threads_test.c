/* differential */
/*
 * Threads: one client SSL_CTX and one server SSL_CTX shared by several threads, each thread running its
 * own connections (OpenSSL's model: an SSL_CTX is shared, an SSL belongs to one thread at a time).
 * Exercises the shared parts concurrently: the context's own certificate, the trust store, the server's
 * ticket keys and session cache, and resumption with sessions from earlier connections.
 */
#include <pthread.h>

#include "unit/ssl_harness.h"

#define THREADS 4
#define ROUNDS 20

typedef struct {
    SSL_CTX *cctx, *sctx;
    int ok, resumed, failed_at;
} job;

/* Pumps the two ends of a BIO pair until both handshakes are done: 1 ok, 0 failure. */
static int handshake(SSL *c, SSL *s)
{
    int rc = 0, rs = 0;
    for (int i = 0; i < 100 && (rc != 1 || rs != 1); i++) {
        if (rc != 1 && (rc = SSL_do_handshake(c)) != 1 && SSL_get_error(c, rc) != SSL_ERROR_WANT_READ)
            return 0;
        if (rs != 1 && (rs = SSL_do_handshake(s)) != 1 && SSL_get_error(s, rs) != SSL_ERROR_WANT_READ)
            return 0;
    }
    return rc == 1 && rs == 1;
}

static int one_connection(job *j, SSL_SESSION **sess)
{
    int ok = 0;
    char buf[16];
    BIO *b1 = NULL, *b2 = NULL;
    SSL *c = SSL_new(j->cctx), *s = SSL_new(j->sctx);
    if (c == NULL || s == NULL || !BIO_new_bio_pair(&b1, 0, &b2, 0))
        goto out;
    SSL_set_bio(c, b1, b1);
    SSL_set_bio(s, b2, b2);
    SSL_set_connect_state(c);
    SSL_set_accept_state(s);
    if (!SSL_set1_host(c, "localhost"))
        goto out;
    if (*sess != NULL)
        SSL_set_session(c, *sess);
    if (!handshake(c, s) || SSL_get_verify_result(c) != X509_V_OK)
        goto out;
    /* a round trip, so that the client also reads the server's TLS 1.3 tickets */
    if (SSL_write(c, "ping", 4) != 4 || SSL_read(s, buf, sizeof(buf)) != 4 || SSL_write(s, "pong", 4) != 4 ||
        SSL_read(c, buf, sizeof(buf)) != 4 || memcmp(buf, "pong", 4) != 0)
        goto out;
    j->resumed += SSL_session_reused(c) && SSL_session_reused(s);
    SSL_SESSION_free(*sess);
    *sess = SSL_get1_session(c);
    /* client closes, server reads the close_notify and answers, client reads the answer */
    ok = SSL_shutdown(c) == 0 && SSL_read(s, buf, sizeof(buf)) == 0 && SSL_shutdown(s) == 1 &&
         SSL_shutdown(c) == 1;
out:
    SSL_free(c);
    SSL_free(s);
    return ok;
}

static void *worker(void *arg)
{
    job *j = arg;
    SSL_SESSION *sess = NULL;
    for (int r = 0; r < ROUNDS; r++) {
        if (one_connection(j, &sess))
            j->ok++;
        else if (j->failed_at < 0)
            j->failed_at = r;
        ERR_clear_error(); /* the queue is per thread */
    }
    SSL_SESSION_free(sess);
    return NULL;
}

static void run_threads(int version)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    pthread_t t[THREADS];
    job jobs[THREADS];
    h_version(cctx, sctx, version);
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (job){cctx, sctx, 0, 0, -1};
        ck_assert_int_eq(pthread_create(&t[i], NULL, worker, &jobs[i]), 0);
    }
    int ok = 0, resumed = 0;
    for (int i = 0; i < THREADS; i++) {
        ck_assert_int_eq(pthread_join(t[i], NULL), 0);
        ok += jobs[i].ok;
        resumed += jobs[i].resumed;
        if (jobs[i].failed_at >= 0)
            fprintf(stderr, "thread %d: first failure in round %d\n", i, jobs[i].failed_at);
    }
    ck_assert_int_eq(ok, THREADS * ROUNDS);
    /* every connection after a thread's first offers the previous session, and the server takes it */
    ck_assert_int_eq(resumed, THREADS * (ROUNDS - 1));
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_shared_ctx_tls13)
{
    run_threads(TLS1_3_VERSION);
}
END_TEST

START_TEST(test_shared_ctx_tls12)
{
    run_threads(TLS1_2_VERSION);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_threads");
    TCase *tc = h_tcase(s, "threads");
    tcase_add_test(tc, test_shared_ctx_tls13);
    tcase_add_test(tc, test_shared_ctx_tls12);
    return h_run(s);
}
