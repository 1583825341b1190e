/* Servers asking for a client certificate (`s_server -Verify 1`): none offered, one offered; loading
 * certificates and keys (chain file, encrypted key with a password callback, mismatching key). */
#include "common.h"

#include <string.h>
#include <unistd.h>

static void require_cert(int maxver, int offer)
{
    peer_t p;
    char buf[4096];
    ck_assert_int_eq(peer_s_server(&p, "-www", "-Verify", "1", "-CAfile", cert("ca.pem"), NULL), 0);
    SSL_CTX *ctx = client_ctx();
    if (maxver)
        SSL_CTX_set_max_proto_version(ctx, maxver);
    if (offer) {
        ck_assert_int_eq(SSL_CTX_use_certificate_chain_file(ctx, cert("client-chain.pem")), 1);
        ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("client.key"), SSL_FILETYPE_PEM), 1);
        ck_assert_int_eq(SSL_CTX_check_private_key(ctx), 1);
    }
    SSL *s = SSL_new(ctx);
    ck_assert_int_ge(ssl_attach_connect(s, p.port), 0);
    int r = OBS_CALL("connect", s, SSL_connect(s));
    int connect_ret = r;
    obs_int("verify_result", SSL_get_verify_result(s));
    if (r == 1) {
        obs_str("version", SSL_get_version(s));
        r = OBS_CALL("write", s, SSL_write(s, "GET / HTTP/1.0\r\n\r\n", 18));
        int total = 0;
        ERR_clear_error();
        while ((r = SSL_read(s, buf, sizeof(buf) - 1)) > 0) {
            buf[r] = 0;
            if (total == 0)
                obs("first_line", "%.*s", (int)strcspn(buf, "\r\n"), buf);
            total += r;
        }
        obs_ssl_call("read_end", s, r);
        obs_int("got_page", total > 100);
    }
    if (offer) {
        ck_assert_int_eq(connect_ret, 1);
        ck_assert_int_eq(r, 0);
        ck_assert_int_eq(last_ssl_error, SSL_ERROR_ZERO_RETURN);
    } else if (maxver == TLS1_2_VERSION) {
        /* TLS 1.2: the server's alert arrives during the handshake */
        ck_assert_int_eq(connect_ret, -1);
        ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE);
    } else {
        /* TLS 1.3: our handshake is complete before the server decides; the alert comes with the first read */
        ck_assert_int_eq(connect_ret, 1);
        ck_assert_int_eq(r, 0); /* 0, not -1 */
        ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED);
    }
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}

START_TEST(no_cert_tls13) { require_cert(0, 0); }
END_TEST
START_TEST(no_cert_tls12) { require_cert(TLS1_2_VERSION, 0); }
END_TEST
START_TEST(with_cert_tls13) { require_cert(0, 1); }
END_TEST
START_TEST(with_cert_tls12) { require_cert(TLS1_2_VERSION, 1); }
END_TEST

/* s_server -verify 1 (lowercase): asks, does not require */
START_TEST(optional_no_cert)
{
    peer_t p;
    ck_assert_int_eq(peer_s_server(&p, "-www", "-verify", "1", "-CAfile", cert("ca.pem"), NULL), 0);
    SSL_CTX *ctx = client_ctx();
    SSL *s = SSL_new(ctx);
    ck_assert_int_ge(ssl_attach_connect(s, p.port), 0);
    int r = OBS_CALL("connect", s, SSL_connect(s));
    ck_assert_int_eq(r, 1);
    r = OBS_CALL("write", s, SSL_write(s, "GET / HTTP/1.0\r\n\r\n", 18));
    ck_assert_int_eq(r, 18);
    char buf[256];
    r = OBS_CALL("read", s, SSL_read(s, buf, sizeof(buf)));
    ck_assert_int_gt(r, 0);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

/* a client certificate callback that supplies nothing */
static int cert_cb_calls;
static int client_cert_cb(SSL *s, X509 **x, EVP_PKEY **k)
{
    (void)s;
    (void)x;
    (void)k;
    cert_cb_calls++;
    return 0;
}

START_TEST(client_cert_cb_called)
{
    peer_t p;
    ck_assert_int_eq(peer_s_server(&p, "-www", "-verify", "1", "-CAfile", cert("ca.pem"), NULL), 0);
    SSL_CTX *ctx = client_ctx();
    SSL_CTX_set_client_cert_cb(ctx, client_cert_cb);
    SSL *s = SSL_new(ctx);
    ck_assert_int_ge(ssl_attach_connect(s, p.port), 0);
    cert_cb_calls = 0;
    int r = OBS_CALL("connect", s, SSL_connect(s));
    obs_int("cb_called", cert_cb_calls > 0);
    ck_assert_int_eq(r, 1);
    ck_assert_int_gt(cert_cb_calls, 0);
    /* the CA names the server sent */
    STACK_OF(X509_NAME) *names = SSL_get_client_CA_list(s);
    obs_int("client_ca_names", names ? sk_X509_NAME_num(names) : -1);
    SSL_free(s);
    SSL_CTX_free(ctx);
    peer_stop(&p);
}
END_TEST

/* ---- loading keys */

static int pw_cb(char *buf, int size, int rwflag, void *u)
{
    (void)rwflag;
    const char *pw = u;
    int n = (int)strlen(pw);
    if (n > size)
        n = size;
    memcpy(buf, pw, (size_t)n);
    return n;
}

START_TEST(encrypted_key_right_password)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_set_default_passwd_cb(ctx, pw_cb);
    SSL_CTX_set_default_passwd_cb_userdata(ctx, "compat");
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, cert("server.pem"), SSL_FILETYPE_PEM), 1);
    ERR_clear_error();
    int r = SSL_CTX_use_PrivateKey_file(ctx, cert("enc.key"), SSL_FILETYPE_PEM);
    obs_int("use_key", r);
    obs_err("use_key");
    ck_assert_int_eq(r, 1);
    r = SSL_CTX_check_private_key(ctx);
    obs_int("check_key", r);
    ck_assert_int_eq(r, 1);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(encrypted_key_wrong_password)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_set_default_passwd_cb(ctx, pw_cb);
    SSL_CTX_set_default_passwd_cb_userdata(ctx, "wrong");
    ERR_clear_error();
    int r = SSL_CTX_use_PrivateKey_file(ctx, cert("enc.key"), SSL_FILETYPE_PEM);
    obs_int("use_key", r);
    unsigned long e = obs_err_last("use_key"); /* the first ones come from the decryption internals */
    ck_assert_int_eq(r, 0);
    /* the last error is SSL's own: ERR_R_PEM_LIB */
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_SSL);
    ck_assert_int_eq(ERR_GET_REASON(e), ERR_R_PEM_LIB);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(mismatching_key)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, cert("server.pem"), SSL_FILETYPE_PEM), 1);
    ERR_clear_error();
    int r = SSL_CTX_use_PrivateKey_file(ctx, cert("client.key"), SSL_FILETYPE_PEM);
    obs_int("use_key", r);
    obs_err("use_key");
    /* only X509's "key values mismatch" is queued */
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(ERR_GET_LIB(last_err_first), ERR_LIB_X509);
    ck_assert_int_eq(ERR_GET_REASON(last_err_first), X509_R_KEY_VALUES_MISMATCH);
    r = SSL_CTX_check_private_key(ctx);
    obs_int("check_key", r);
    obs_err("check_key");
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(ERR_GET_REASON(last_err_first), SSL_R_NO_PRIVATE_KEY_ASSIGNED);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(missing_files)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    ERR_clear_error();
    int r = SSL_CTX_use_certificate_file(ctx, cert("nope.pem"), SSL_FILETYPE_PEM);
    obs_int("use_cert", r);
    unsigned long e = ERR_peek_last_error();
    obs_err("use_cert"); /* first: ERR_LIB_SYS / ENOENT */
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_SSL);
    ck_assert_int_eq(ERR_GET_REASON(e), ERR_R_SYS_LIB);
    r = SSL_CTX_use_PrivateKey_file(ctx, cert("nope.key"), SSL_FILETYPE_PEM);
    obs_int("use_key", r);
    obs_err("use_key");
    ck_assert_int_eq(r, 0);
    r = SSL_CTX_load_verify_locations(ctx, cert("nope-ca.pem"), NULL);
    obs_int("load_verify", r);
    obs_err("load_verify");
    ck_assert_int_eq(r, 0);
    r = SSL_CTX_use_certificate_chain_file(ctx, cert("nope.pem"));
    obs_int("use_chain", r);
    obs_err("use_chain");
    ck_assert_int_eq(r, 0);
    r = SSL_CTX_check_private_key(ctx);
    obs_int("check_key_empty", r);
    obs_err("check_key_empty");
    ck_assert_int_eq(r, 0);
    ck_assert_int_eq(ERR_GET_REASON(last_err_first), SSL_R_NO_CERTIFICATE_ASSIGNED);
    SSL_CTX_free(ctx);
}
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("client_cert");
    TCase *tc = compat_tcase(s, "required");
    tcase_add_test(tc, no_cert_tls13);
    tcase_add_test(tc, no_cert_tls12);
    tcase_add_test(tc, with_cert_tls13);
    tcase_add_test(tc, with_cert_tls12);
    tcase_add_test(tc, optional_no_cert);
    tcase_add_test(tc, client_cert_cb_called);
    tc = compat_tcase(s, "loading");
    tcase_add_test(tc, encrypted_key_right_password);
    tcase_add_test(tc, encrypted_key_wrong_password);
    tcase_add_test(tc, mismatching_key);
    tcase_add_test(tc, missing_files);
    return s;
}
