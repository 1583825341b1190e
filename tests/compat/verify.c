/* Certificate verification on the client: unknown CA (20/19/18), verify mode NONE, hostname and IP checks,
 * expired / not yet valid, the verify callback overriding, SSL_get_verify_result after each. */
#include "common.h"

#include <string.h>
#include <unistd.h>

struct vcase {
    const char *cert, *key, *chain; /* what s_server presents */
    const char *cafile;             /* what the client trusts (NULL: nothing) */
    int mode;                       /* SSL_VERIFY_PEER / SSL_VERIFY_NONE */
    const char *host, *ip;          /* SSL_set1_host / X509_VERIFY_PARAM_set1_ip_asc */
    int (*cb)(int, X509_STORE_CTX *);
};

static int cb_calls, cb_first_err, cb_first_depth;

static int accept_all(int ok, X509_STORE_CTX *x)
{
    if (!ok && cb_calls++ == 0) {
        cb_first_err = X509_STORE_CTX_get_error(x);
        cb_first_depth = X509_STORE_CTX_get_error_depth(x);
    }
    return 1;
}

static int keep_verdict(int ok, X509_STORE_CTX *x)
{
    (void)x;
    cb_calls++;
    return ok;
}

static int reject_all(int ok, X509_STORE_CTX *x)
{
    (void)ok;
    (void)x;
    cb_calls++;
    return 0;
}

/* Runs the handshake; returns SSL_connect's result. *verify gets SSL_get_verify_result. */
static int run(const struct vcase *c, long *verify)
{
    peer_t p;
    char buf[256];
    cb_calls = cb_first_err = cb_first_depth = 0;
    if (c->chain)
        ck_assert_int_eq(peer_s_server(&p, "-www", "-cert", cert(c->cert), "-key", cert(c->key), "-cert_chain",
                                       cert(c->chain), NULL),
                         0);
    else
        ck_assert_int_eq(peer_s_server(&p, "-www", "-cert", cert(c->cert), "-key", cert(c->key), NULL), 0);
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (c->cafile)
        ck_assert_int_eq(SSL_CTX_load_verify_locations(ctx, cert(c->cafile), NULL), 1);
    SSL_CTX_set_verify(ctx, c->mode, c->cb);
    obs_int("ctx_verify_mode", SSL_CTX_get_verify_mode(ctx));
    SSL *s = SSL_new(ctx);
    obs_int("verify_result_before", SSL_get_verify_result(s));
    if (c->host) {
        int r = SSL_set1_host(s, c->host);
        obs_int("set1_host", r);
        ck_assert_int_eq(r, 1);
    }
    if (c->ip) {
        int r = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(s), c->ip);
        obs_int("set1_ip_asc", r);
        ck_assert_int_eq(r, 1);
    }
    ck_assert_int_ge(ssl_attach_connect(s, p.port), 0);
    int r = OBS_CALL("connect", s, SSL_connect(s));
    *verify = SSL_get_verify_result(s);
    obs_int("verify_result", *verify);
    obs_str("verify_string", X509_verify_cert_error_string(*verify));
    if (c->cb) {
        obs_int("cb_called", cb_calls > 0);
        if (c->cb == accept_all) {
            obs_int("cb_first_err", cb_first_err);
            obs_int("cb_first_depth", cb_first_depth);
        }
    }
    if (r == 1) {
        obs_str("peer_subject", peer_subject(s, buf, sizeof(buf)));
        obs_str("peername", SSL_get0_peername(s));
    }
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
    return r;
}

/* a failure of verify mode PEER: -1, SSL_ERROR_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED, the given verify result */
static void expect_fail(const struct vcase *c, long want_verify)
{
    long v;
    int r = run(c, &v);
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED);
    ck_assert_int_eq(v, want_verify);
}

static void expect_ok(const struct vcase *c, long want_verify)
{
    long v;
    int r = run(c, &v);
    ck_assert_int_eq(r, 1);
    ck_assert_int_eq(v, want_verify);
}

#define PEER SSL_VERIFY_PEER
#define NONE SSL_VERIFY_NONE

START_TEST(trusted_ok)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", "ca.pem", PEER, NULL, NULL, NULL};
    expect_ok(&c, X509_V_OK);
}
END_TEST

/* no CA loaded: the intermediate's issuer is not found */
START_TEST(unknown_ca_20)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", NULL, PEER, NULL, NULL, NULL};
    expect_fail(&c, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
}
END_TEST

/* the server sends its root too, untrusted */
START_TEST(self_signed_in_chain_19)
{
    struct vcase c = {"server.pem", "server.key", "fullchain.pem", NULL, PEER, NULL, NULL, NULL};
    expect_fail(&c, X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN);
}
END_TEST

START_TEST(self_signed_leaf_18)
{
    struct vcase c = {"selfsigned.pem", "selfsigned.key", NULL, "ca.pem", PEER, NULL, NULL, NULL};
    expect_fail(&c, X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT);
}
END_TEST

/* the leaf without its intermediate, only the root trusted */
START_TEST(missing_intermediate_20)
{
    struct vcase c = {"server.pem", "server.key", NULL, "ca.pem", PEER, NULL, NULL, NULL};
    expect_fail(&c, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
}
END_TEST

START_TEST(unknown_ca_mode_none)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", NULL, NONE, NULL, NULL, NULL};
    expect_ok(&c, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
}
END_TEST

START_TEST(self_signed_mode_none)
{
    struct vcase c = {"selfsigned.pem", "selfsigned.key", NULL, "ca.pem", NONE, NULL, NULL, NULL};
    expect_ok(&c, X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT);
}
END_TEST

START_TEST(host_ok)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", "ca.pem", PEER, "localhost", NULL, NULL};
    expect_ok(&c, X509_V_OK);
}
END_TEST

START_TEST(host_mismatch_62)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", "ca.pem", PEER, "www.example.com", NULL, NULL};
    expect_fail(&c, X509_V_ERR_HOSTNAME_MISMATCH);
}
END_TEST

START_TEST(host_mismatch_mode_none)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", "ca.pem", NONE, "www.example.com", NULL, NULL};
    expect_ok(&c, X509_V_ERR_HOSTNAME_MISMATCH);
}
END_TEST

START_TEST(ip_ok)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", "ca.pem", PEER, NULL, "127.0.0.1", NULL};
    expect_ok(&c, X509_V_OK);
}
END_TEST

START_TEST(ip_mismatch_64)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", "ca.pem", PEER, NULL, "127.0.0.2", NULL};
    expect_fail(&c, X509_V_ERR_IP_ADDRESS_MISMATCH);
}
END_TEST

START_TEST(expired_10)
{
    struct vcase c = {"expired.pem", "expired.key", "chain.pem", "ca.pem", PEER, NULL, NULL, NULL};
    expect_fail(&c, X509_V_ERR_CERT_HAS_EXPIRED);
}
END_TEST

START_TEST(not_yet_valid_9)
{
    struct vcase c = {"future.pem", "future.key", "chain.pem", "ca.pem", PEER, NULL, NULL, NULL};
    expect_fail(&c, X509_V_ERR_CERT_NOT_YET_VALID);
}
END_TEST

START_TEST(expired_mode_none)
{
    struct vcase c = {"expired.pem", "expired.key", "chain.pem", "ca.pem", NONE, NULL, NULL, NULL};
    expect_ok(&c, X509_V_ERR_CERT_HAS_EXPIRED);
}
END_TEST

/* the callback overrides: the handshake goes on, the result keeps the (first) error */
START_TEST(callback_overrides_unknown_ca)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", NULL, PEER, NULL, NULL, accept_all};
    expect_ok(&c, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    ck_assert_int_gt(cb_calls, 0);
    ck_assert_int_eq(cb_first_err, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
}
END_TEST

START_TEST(callback_overrides_expired)
{
    struct vcase c = {"expired.pem", "expired.key", "chain.pem", "ca.pem", PEER, NULL, NULL, accept_all};
    expect_ok(&c, X509_V_ERR_CERT_HAS_EXPIRED);
    ck_assert_int_eq(cb_first_err, X509_V_ERR_CERT_HAS_EXPIRED);
    ck_assert_int_eq(cb_first_depth, 0);
}
END_TEST

START_TEST(callback_overrides_host)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", "ca.pem", PEER, "www.example.com", NULL, accept_all};
    expect_ok(&c, X509_V_ERR_HOSTNAME_MISMATCH);
}
END_TEST

START_TEST(callback_keeps_verdict)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", NULL, PEER, NULL, NULL, keep_verdict};
    expect_fail(&c, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    ck_assert_int_gt(cb_calls, 0);
}
END_TEST

/* a callback rejecting a good chain */
START_TEST(callback_rejects_good)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", "ca.pem", PEER, NULL, NULL, reject_all};
    long v;
    int r = run(&c, &v);
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED);
    ck_assert_int_eq(v, X509_V_ERR_UNSPECIFIED); /* 1: nothing more specific was found */
}
END_TEST

/* verify mode NONE with a callback: OpenSSL still runs the verification and calls it, its 0 is ignored */
START_TEST(callback_mode_none)
{
    struct vcase c = {"server.pem", "server.key", "chain.pem", NULL, NONE, NULL, NULL, reject_all};
    long v;
    int r = run(&c, &v);
    obs_int("ret", r);
    ck_assert_int_eq(r, 1);
    ck_assert_int_gt(cb_calls, 0);
    ck_assert_int_eq(v, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
}
END_TEST

START_TEST(ecdsa_chain_ok)
{
    struct vcase c = {"ecdsa.pem", "ecdsa.key", "chain.pem", "ca.pem", PEER, "localhost", "127.0.0.1", NULL};
    expect_ok(&c, X509_V_OK);
}
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("verify");
    TCase *tc = compat_tcase(s, "chain");
    tcase_add_test(tc, trusted_ok);
    tcase_add_test(tc, unknown_ca_20);
    tcase_add_test(tc, self_signed_in_chain_19);
    tcase_add_test(tc, self_signed_leaf_18);
    tcase_add_test(tc, missing_intermediate_20);
    tcase_add_test(tc, unknown_ca_mode_none);
    tcase_add_test(tc, self_signed_mode_none);
    tcase_add_test(tc, ecdsa_chain_ok);
    tc = compat_tcase(s, "names");
    tcase_add_test(tc, host_ok);
    tcase_add_test(tc, host_mismatch_62);
    tcase_add_test(tc, host_mismatch_mode_none);
    tcase_add_test(tc, ip_ok);
    tcase_add_test(tc, ip_mismatch_64);
    tc = compat_tcase(s, "validity");
    tcase_add_test(tc, expired_10);
    tcase_add_test(tc, not_yet_valid_9);
    tcase_add_test(tc, expired_mode_none);
    tc = compat_tcase(s, "callback");
    tcase_add_test(tc, callback_overrides_unknown_ca);
    tcase_add_test(tc, callback_overrides_expired);
    tcase_add_test(tc, callback_overrides_host);
    tcase_add_test(tc, callback_keeps_verdict);
    tcase_add_test(tc, callback_rejects_good);
    tcase_add_test(tc, callback_mode_none);
    return s;
}
