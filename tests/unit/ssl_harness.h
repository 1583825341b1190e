/* differential */
/*
 * Shared, header-only helpers of the SSL-layer unit suites (tests/unit/ssl_*_test.c): in-process
 * client/server pairs over two memory BIOs or a BIO pair, pumped by the test, plus certificates and error
 * queue helpers. Public OpenSSL API only: every suite builds unchanged against the real libssl/libcrypto
 * (make check-unit-ssl-openssl) and against ours (make check-unit-ssl-dropin), and every expected value in
 * the suites is what real OpenSSL 3.0 does.
 *
 * Certificates come from tests/certs/mkcerts.sh, generated once per run: $SSL_TEST_CERTS names the directory
 * (the make targets use $(BUILD)/certs), else /tmp/mbedshim-ssl-certs-<uid>. The script is found through
 * $SSL_TEST_MKCERTS, else relative to the current directory or to this file's compile-time path.
 */
#ifndef MBS_SSL_HARNESS_H
#define MBS_SSL_HARNESS_H

/* not every suite uses every helper */
#pragma GCC diagnostic ignored "-Wunused-function"

#include <check.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

/*
 * A documented difference between mbedshim and OpenSSL 3.0 (docs/KNOWN_DIFFERENCES.md, by id), for what
 * cannot be removed because Mbed TLS cannot do it. Built against real OpenSSL it is 0, so the test asserts
 * OpenSSL's behaviour; built against mbedshim it is 1 (and says so on stderr), so the test asserts the
 * documented shim behaviour instead.
 */
static int known_difference(const char *id)
{
#ifdef MBEDSHIM_VERSION_NUMBER
    static const char *said;
    if (said != id) /* once per place, not per loop iteration */
        fprintf(stderr, "known difference %s (docs/KNOWN_DIFFERENCES.md)\n", id);
    said = id;
    return 1;
#else
    (void)id;
    return 0;
#endif
}

static char h_certdir[512];

static int h_file_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

/* Makes the certificate directory (idempotent); called from main() before any fork. */
static void h_certs_init(void)
{
    const char *dir = getenv("SSL_TEST_CERTS");
    char cmd[2048], script[1024];
    const char *env_script = getenv("SSL_TEST_MKCERTS");

    if (dir != NULL && *dir != '\0')
        snprintf(h_certdir, sizeof(h_certdir), "%s", dir);
    else
        snprintf(h_certdir, sizeof(h_certdir), "/tmp/mbedshim-ssl-certs-%u", (unsigned)getuid());
    snprintf(cmd, sizeof(cmd), "%s/.complete-v1", h_certdir);
    if (h_file_exists(cmd))
        return;
    if (env_script != NULL && *env_script != '\0') {
        snprintf(script, sizeof(script), "%s", env_script);
    } else if (h_file_exists("tests/certs/mkcerts.sh")) {
        snprintf(script, sizeof(script), "tests/certs/mkcerts.sh");
    } else {
        /* this header lives in tests/unit/ */
        const char *f = __FILE__, *slash = strrchr(f, '/');
        int n = slash != NULL ? (int)(slash - f) : 0;
        snprintf(script, sizeof(script), "%.*s%s../certs/mkcerts.sh", n, f, n > 0 ? "/" : "");
    }
    /* the openssl CLI must be the real one, never a preloaded library */
    snprintf(cmd, sizeof(cmd), "env -u LD_PRELOAD -u LD_LIBRARY_PATH sh '%s' '%s' >/dev/null 2>&1", script,
             h_certdir);
    if (system(cmd) != 0) {
        fprintf(stderr, "cannot make certificates with %s into %s\n", script, h_certdir);
        exit(2);
    }
}

/* "<certdir>/<name>", rotating static buffers. */
static const char *cert(const char *name)
{
    static char bufs[8][600];
    static int k;
    char *b = bufs[k++ & 7];
    snprintf(b, 600, "%s/%s", h_certdir, name);
    return b;
}

/* ---- error queue ---- */

/* Snapshot of the error queue taken (and cleared) by err_take(). */
static unsigned long h_errs[64];
static int h_nerr;

static int err_take(void)
{
    unsigned long e;
    h_nerr = 0;
    while ((e = ERR_get_error()) != 0)
        if (h_nerr < 64)
            h_errs[h_nerr++] = e;
    return h_nerr;
}

/* Whether the last err_take() snapshot holds (lib, reason). */
static int errs_has(int lib, int reason)
{
    for (int i = 0; i < h_nerr; i++)
        if (ERR_GET_LIB(h_errs[i]) == lib && ERR_GET_REASON(h_errs[i]) == reason)
            return 1;
    return 0;
}

static void errs_print(const char *why)
{
    char buf[256];
    for (int i = 0; i < h_nerr; i++) {
        ERR_error_string_n(h_errs[i], buf, sizeof(buf));
        fprintf(stderr, "  [%s] %s\n", why, buf);
    }
}

/* Prints (and clears) the queue: only used when a test is about to fail. */
static void err_dump(const char *why)
{
    err_take();
    errs_print(why);
}

/* Takes the queue and asserts its exact (lib, reason) sequence: pairs of ints, count = number of pairs. */
static void ck_errs_exact(const char *where, int count, ...)
{
    va_list ap;
    int ok;
    err_take();
    ok = h_nerr == count;
    va_start(ap, count);
    for (int i = 0; ok && i < count; i++) {
        int lib = va_arg(ap, int), reason = va_arg(ap, int);
        if (ERR_GET_LIB(h_errs[i]) != lib || ERR_GET_REASON(h_errs[i]) != reason)
            ok = 0;
    }
    va_end(ap);
    if (!ok)
        errs_print(where);
    ck_assert_msg(ok, "%s: error queue differs (%d entries, want %d)", where, h_nerr, count);
}

#define ck_assert_err_first(lib_, reason_) \
    do { \
        unsigned long e_ = ERR_peek_error(); \
        if (ERR_GET_LIB(e_) != (lib_) || ERR_GET_REASON(e_) != (reason_)) \
            err_dump("queue"); \
        ck_assert_msg(ERR_GET_LIB(e_) == (lib_) && ERR_GET_REASON(e_) == (reason_), \
                      "first error is lib %d reason %d, want lib %d reason %d", ERR_GET_LIB(e_), \
                      ERR_GET_REASON(e_), (lib_), (reason_)); \
    } while (0)

#define ck_assert_err_last(lib_, reason_) \
    do { \
        unsigned long e_ = ERR_peek_last_error(); \
        if (ERR_GET_LIB(e_) != (lib_) || ERR_GET_REASON(e_) != (reason_)) \
            err_dump("queue"); \
        ck_assert_msg(ERR_GET_LIB(e_) == (lib_) && ERR_GET_REASON(e_) == (reason_), \
                      "last error is lib %d reason %d, want lib %d reason %d", ERR_GET_LIB(e_), \
                      ERR_GET_REASON(e_), (lib_), (reason_)); \
    } while (0)

#define ck_assert_err_empty() \
    do { \
        int nonempty_ = ERR_peek_error() != 0; /* decided before err_dump() empties the queue */ \
        if (nonempty_) \
            err_dump("unexpected"); \
        ck_assert_msg(!nonempty_, "error queue not empty"); \
    } while (0)

/* ---- contexts ---- */

/* Server context: leaf (CN=localhost) + intermediate, RSA. */
static SSL_CTX *h_server_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    ck_assert_ptr_nonnull(ctx);
    ck_assert_int_eq(SSL_CTX_use_certificate_chain_file(ctx, cert("chain.pem")), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("leaf.key"), SSL_FILETYPE_PEM), 1);
    return ctx;
}

/* Client context trusting the test root. */
static SSL_CTX *h_client_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    ck_assert_ptr_nonnull(ctx);
    ck_assert_int_eq(SSL_CTX_load_verify_locations(ctx, cert("root.pem"), NULL), 1);
    return ctx;
}

/* Both contexts limited to one version (0 = leave as is). */
static void h_version(SSL_CTX *a, SSL_CTX *b, int v)
{
    if (v == 0)
        return;
    ck_assert_int_eq(SSL_CTX_set_min_proto_version(a, v), 1);
    ck_assert_int_eq(SSL_CTX_set_max_proto_version(a, v), 1);
    if (b != NULL) {
        ck_assert_int_eq(SSL_CTX_set_min_proto_version(b, v), 1);
        ck_assert_int_eq(SSL_CTX_set_max_proto_version(b, v), 1);
    }
}

/* ---- connections ---- */

typedef struct {
    SSL *c, *s;
    BIO *c2s, *s2c; /* mem mode: the two directions (borrowed pointers) */
    BIO *cb, *sb;   /* pair mode: the two ends (borrowed pointers) */
} h_conn;

static BIO *h_mem(void)
{
    BIO *b = BIO_new(BIO_s_mem());
    ck_assert_ptr_nonnull(b);
    BIO_set_mem_eof_return(b, -1); /* empty = retry, like a non-blocking socket */
    return b;
}

/* Client and server over two memory BIOs (client writes c2s, server writes s2c). */
static void h_conn_mem(h_conn *k, SSL_CTX *cctx, SSL_CTX *sctx)
{
    memset(k, 0, sizeof(*k));
    k->c = SSL_new(cctx);
    k->s = SSL_new(sctx);
    ck_assert_ptr_nonnull(k->c);
    ck_assert_ptr_nonnull(k->s);
    k->c2s = h_mem();
    k->s2c = h_mem();
    BIO_up_ref(k->c2s);
    BIO_up_ref(k->s2c);
    SSL_set_bio(k->c, k->s2c, k->c2s);
    SSL_set_bio(k->s, k->c2s, k->s2c);
    SSL_set_connect_state(k->c);
    SSL_set_accept_state(k->s);
}

/* Client and server over a BIO pair with `size`-byte buffers (0 = default). */
static void h_conn_pair(h_conn *k, SSL_CTX *cctx, SSL_CTX *sctx, size_t size)
{
    memset(k, 0, sizeof(*k));
    k->c = SSL_new(cctx);
    k->s = SSL_new(sctx);
    ck_assert_ptr_nonnull(k->c);
    ck_assert_ptr_nonnull(k->s);
    ck_assert_int_eq(BIO_new_bio_pair(&k->cb, size, &k->sb, size), 1);
    SSL_set_bio(k->c, k->cb, k->cb);
    SSL_set_bio(k->s, k->sb, k->sb);
    SSL_set_connect_state(k->c);
    SSL_set_accept_state(k->s);
}

static void h_conn_free(h_conn *k)
{
    SSL_free(k->c);
    SSL_free(k->s);
    memset(k, 0, sizeof(*k));
}

static int h_is_retry(int e)
{
    return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
}

/*
 * Pumps SSL_do_handshake on both sides until both finish or one fails for good.
 * Returns 1 when both finished; else 0 with *cerr / *serr = SSL_get_error of the failing side(s)
 * (SSL_ERROR_NONE for a side that finished). The error queue is left as the failure left it.
 */
static int h_handshake_ex(h_conn *k, int *cerr, int *serr)
{
    int cdone = 0, sdone = 0, ce = SSL_ERROR_NONE, se = SSL_ERROR_NONE;
    for (int i = 0; i < 200 && !(cdone && sdone); i++) {
        if (!cdone) {
            int r = SSL_do_handshake(k->c);
            if (r == 1) {
                cdone = 1;
                ce = SSL_ERROR_NONE;
            } else {
                ce = SSL_get_error(k->c, r);
                if (!h_is_retry(ce))
                    break;
            }
        }
        if (!sdone) {
            int r = SSL_do_handshake(k->s);
            if (r == 1) {
                sdone = 1;
                se = SSL_ERROR_NONE;
            } else {
                se = SSL_get_error(k->s, r);
                if (!h_is_retry(se))
                    break;
            }
        }
    }
    if (cerr != NULL)
        *cerr = ce;
    if (serr != NULL)
        *serr = se;
    return cdone && sdone;
}

static void h_handshake(h_conn *k)
{
    int ce, se;
    int ok = h_handshake_ex(k, &ce, &se);
    if (!ok)
        err_dump("handshake");
    ck_assert_msg(ok, "handshake failed: client error %d, server error %d", ce, se);
    ck_assert_err_empty();
}

/* Writes all of buf on `w`, reading on `r` until it has it all; returns bytes moved (== n on success). */
static size_t h_transfer(SSL *w, SSL *r, const void *buf, size_t n, void *out)
{
    size_t sent = 0, got = 0;
    for (int i = 0; i < 100000 && got < n; i++) {
        if (sent < n) {
            size_t w1 = 0;
            if (SSL_write_ex(w, (const char *)buf + sent, n - sent, &w1))
                sent += w1;
            else if (!h_is_retry(SSL_get_error(w, 0)))
                return got;
        }
        size_t r1 = 0;
        if (SSL_read_ex(r, (char *)out + got, n - got, &r1))
            got += r1;
        else if (!h_is_retry(SSL_get_error(r, 0)))
            return got;
    }
    return got;
}

/* Moves what is queued in one mem BIO (drains `from`) - used to hold back or drop records. */
static size_t h_mem_pending(BIO *b)
{
    return (size_t)BIO_ctrl_pending(b);
}

/* Drops everything queued in a mem BIO; returns how many bytes. */
static size_t h_mem_drain(BIO *b)
{
    char tmp[4096];
    size_t n = 0;
    int r;
    while ((r = BIO_read(b, tmp, sizeof(tmp))) > 0)
        n += (size_t)r;
    BIO_clear_retry_flags(b);
    return n;
}

/* ---- main ---- */

static void h_setup(void)
{
    ERR_clear_error();
}

static int h_run(Suite *s)
{
    SRunner *sr;
    int failed;
    h_certs_init();
    signal(SIGPIPE, SIG_IGN); /* a peer that is gone is a test case, not a crash */
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* A TCase with the common fixture and a timeout that keeps the whole suite fast. */
static TCase *h_tcase(Suite *s, const char *name)
{
    TCase *tc = tcase_create(name);
    tcase_add_checked_fixture(tc, h_setup, NULL);
    tcase_set_timeout(tc, 20);
    suite_add_tcase(s, tc);
    return tc;
}

#endif
