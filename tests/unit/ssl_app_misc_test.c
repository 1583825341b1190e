/* differential */
/*
 * shim/ssl/app_misc.c: alert and record-state strings, read-ahead, TLS 1.3 ticket count, default timeout,
 * SSL_is_dtls, method get/set, early-data limits, post-handshake auth answers, purpose/trust, and the
 * callback getters. The alert strings are not typed here: ssl_gen_strings.h holds what the real OpenSSL
 * answers for every value 0..255 (tests/unit/gen_ssl_strings.sh, at test build time).
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

#include <openssl/x509v3.h>

#include "ssl_gen_strings.h"

static int same(const char *a, const char *b)
{
    return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

#define S(p) ((p) != NULL ? (p) : "(null)")

START_TEST(test_alert_desc_every_value)
{
    int bad = 0;
    for (int v = 0; v < 256; v++) {
        const char *a = SSL_alert_desc_string(v), *b = SSL_alert_desc_string_long(v);
        if (!same(a, ssl_gen_alert_desc[v]) || !same(b, ssl_gen_alert_desc_long[v])) {
            fprintf(stderr, "alert %d: OpenSSL \"%s\"/\"%s\", got \"%s\"/\"%s\"\n", v, S(ssl_gen_alert_desc[v]),
                    S(ssl_gen_alert_desc_long[v]), S(a), S(b));
            bad++;
        }
        /* the level byte does not matter */
        if (!same(SSL_alert_desc_string((SSL3_AL_FATAL << 8) | v), ssl_gen_alert_desc[v]) ||
            !same(SSL_alert_desc_string_long((SSL3_AL_WARNING << 8) | v), ssl_gen_alert_desc_long[v])) {
            fprintf(stderr, "alert %d with a level byte differs\n", v);
            bad++;
        }
    }
    ck_assert_msg(bad == 0, "%d alert values differ", bad);
    /* a few spot checks on the generated table itself */
    ck_assert_str_eq(ssl_gen_alert_desc_long[SSL3_AD_HANDSHAKE_FAILURE], "handshake failure");
    ck_assert_str_eq(ssl_gen_alert_desc[SSL3_AD_CLOSE_NOTIFY], "CN");
}
END_TEST

START_TEST(test_alert_type_every_level)
{
    int bad = 0;
    for (int l = 0; l < 4; l++)
        for (int v = 0; v < 256; v += 17) {
            const char *a = SSL_alert_type_string((l << 8) | v), *b = SSL_alert_type_string_long((l << 8) | v);
            if (!same(a, ssl_gen_alert_type[l]) || !same(b, ssl_gen_alert_type_long[l])) {
                fprintf(stderr, "level %d value %d: OpenSSL \"%s\"/\"%s\", got \"%s\"/\"%s\"\n", l, v,
                        S(ssl_gen_alert_type[l]), S(ssl_gen_alert_type_long[l]), S(a), S(b));
                bad++;
            }
        }
    ck_assert_msg(bad == 0, "%d alert types differ", bad);
    ck_assert_str_eq(SSL_alert_type_string_long(SSL3_AL_FATAL << 8), "fatal");
    ck_assert_str_eq(SSL_alert_type_string(SSL3_AL_WARNING << 8), "W");
    ck_assert_str_eq(SSL_alert_type_string(-1), ssl_gen_alert_type[3]);
}
END_TEST

START_TEST(test_rstate_new_and_after_handshake)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_str_eq(SSL_rstate_string(k.c), "RH");
    ck_assert_str_eq(SSL_rstate_string_long(k.c), "read header");
    h_handshake(&k);
    ck_assert_str_eq(SSL_rstate_string(k.c), "RH");
    ck_assert_str_eq(SSL_rstate_string_long(k.s), "read header");
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* A record header has arrived but not its body: the record layer waits for the body. */
START_TEST(test_rstate_read_body)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    char buf[64];
    unsigned char rec[256];
    h_version(cctx, sctx, TLS1_2_VERSION);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_write(k.s, "hello", 5), 5);
    int n = BIO_read(k.s2c, rec, sizeof(rec));
    ck_assert_int_gt(n, 5);
    ck_assert_int_eq(BIO_write(k.s2c, rec, 5), 5); /* header only */
    ck_assert_int_eq(SSL_read(k.c, buf, sizeof(buf)), -1);
    ck_assert_int_eq(SSL_get_error(k.c, -1), SSL_ERROR_WANT_READ);
    ck_assert_str_eq(SSL_rstate_string(k.c), "RB");
    ck_assert_str_eq(SSL_rstate_string_long(k.c), "read body");
    ck_assert_int_eq(BIO_write(k.s2c, rec + 5, n - 5), n - 5);
    ck_assert_int_eq(SSL_read(k.c, buf, sizeof(buf)), 5);
    ck_assert_str_eq(SSL_rstate_string(k.c), "RH");
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_state_strings_before)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(SSL_state_string(s), "PINIT");
    ck_assert_str_eq(SSL_state_string_long(s), "before SSL initialization");
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_read_ahead)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s, *s2;
    ck_assert_int_eq(SSL_CTX_get_read_ahead(ctx), 0);
    s = SSL_new(ctx);
    ck_assert_int_eq(SSL_get_read_ahead(s), 0);
    SSL_set_read_ahead(s, 1);
    ck_assert_int_eq(SSL_get_read_ahead(s), 1);
    ck_assert_int_eq(SSL_CTX_get_read_ahead(ctx), 0);
    SSL_set_read_ahead(s, 0);
    ck_assert_int_eq(SSL_get_read_ahead(s), 0);
    /* the context's flag is copied into new SSLs */
    ck_assert_int_eq(SSL_CTX_set_read_ahead(ctx, 1), 0); /* returns the previous value */
    ck_assert_int_eq(SSL_CTX_get_read_ahead(ctx), 1);
    ck_assert_int_eq(SSL_CTX_set_read_ahead(ctx, 1), 1);
    s2 = SSL_new(ctx);
    ck_assert_int_eq(SSL_get_read_ahead(s2), 1);
    ck_assert_int_eq(SSL_get_read_ahead(s), 0);
    ck_no_errors();
    SSL_free(s);
    SSL_free(s2);
    SSL_CTX_free(ctx);
}
END_TEST

/* Read-ahead on both sides does not change what the application sees. */
START_TEST(test_read_ahead_handshake)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    char out[100];
    SSL_CTX_set_read_ahead(cctx, 1);
    SSL_CTX_set_read_ahead(sctx, 1);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_uint_eq(h_transfer(k.c, k.s, "0123456789", 10, out), 10);
    ck_assert_int_eq(memcmp(out, "0123456789", 10), 0);
    ck_assert_int_eq(SSL_get_read_ahead(k.c), 1);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_num_tickets)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *s, *s2;
    ck_assert_uint_eq(SSL_CTX_get_num_tickets(ctx), 2);
    s = SSL_new(ctx);
    ck_assert_uint_eq(SSL_get_num_tickets(s), 2);
    ck_assert_int_eq(SSL_set_num_tickets(s, 5), 1);
    ck_assert_uint_eq(SSL_get_num_tickets(s), 5);
    ck_assert_int_eq(SSL_set_num_tickets(s, 0), 1);
    ck_assert_uint_eq(SSL_get_num_tickets(s), 0);
    /* an SSL keeps its own count once made */
    ck_assert_int_eq(SSL_CTX_set_num_tickets(ctx, 7), 1);
    ck_assert_uint_eq(SSL_CTX_get_num_tickets(ctx), 7);
    ck_assert_uint_eq(SSL_get_num_tickets(s), 0);
    s2 = SSL_new(ctx);
    ck_assert_uint_eq(SSL_get_num_tickets(s2), 7);
    ck_assert_int_eq(SSL_CTX_set_num_tickets(ctx, 2), 1);
    ck_assert_uint_eq(SSL_get_num_tickets(s2), 7);
    ck_no_errors();
    SSL_free(s);
    SSL_free(s2);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_default_timeout_and_dtls)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_get_default_timeout(s), 7200);
    ck_assert_int_eq(SSL_CTX_get_timeout(ctx), 7200);
    ck_assert_int_eq(SSL_is_dtls(s), 0);
    ck_assert_ptr_eq(SSL_get_ssl_method(s), TLS_client_method());
    ck_assert_ptr_eq(SSL_CTX_get_ssl_method(ctx), TLS_client_method());
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_set_ssl_method)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    ck_assert_ptr_eq(SSL_get_ssl_method(s), TLS_method());
    ck_assert_int_eq(SSL_set_ssl_method(s, TLS_server_method()), 1);
    ck_assert_ptr_eq(SSL_get_ssl_method(s), TLS_server_method());
    ck_assert_int_eq(SSL_set_ssl_method(s, TLS_client_method()), 1);
    ck_assert_ptr_eq(SSL_get_ssl_method(s), TLS_client_method());
    /* the context keeps its own */
    ck_assert_ptr_eq(SSL_CTX_get_ssl_method(ctx), TLS_method());
    ck_no_errors();
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_early_data_limits)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *s;
    ck_assert_uint_eq(SSL_CTX_get_max_early_data(ctx), 0);
    ck_assert_uint_eq(SSL_CTX_get_recv_max_early_data(ctx), 16384);
    s = SSL_new(ctx);
    ck_assert_uint_eq(SSL_get_max_early_data(s), 0);
    ck_assert_uint_eq(SSL_get_recv_max_early_data(s), 16384);
    ck_assert_int_eq(SSL_get_early_data_status(s), SSL_EARLY_DATA_NOT_SENT);
    ck_assert_int_eq(SSL_set_max_early_data(s, 1000), 1);
    ck_assert_uint_eq(SSL_get_max_early_data(s), 1000);
    ck_assert_int_eq(SSL_set_recv_max_early_data(s, 2000), 1);
    ck_assert_uint_eq(SSL_get_recv_max_early_data(s), 2000);
    ck_assert_int_eq(SSL_CTX_set_max_early_data(ctx, 300), 1);
    ck_assert_uint_eq(SSL_CTX_get_max_early_data(ctx), 300);
    ck_assert_uint_eq(SSL_get_max_early_data(s), 1000);
    ck_assert_int_eq(SSL_CTX_set_recv_max_early_data(ctx, 400), 1);
    ck_assert_uint_eq(SSL_CTX_get_recv_max_early_data(ctx), 400);
    ck_no_errors();
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_pha_before_handshake)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *s = SSL_new(ctx);
    SSL_set_post_handshake_auth(s, 1);
    SSL_CTX_set_post_handshake_auth(ctx, 1);
    ck_assert_int_eq(SSL_verify_client_post_handshake(s), 0);
    ck_errs_exact("pha before", 1, ERR_LIB_SSL, SSL_R_WRONG_SSL_VERSION);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

static void pha_after(int version, int client_pha, int on_client, int reason)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_version(cctx, sctx, version);
    if (client_pha)
        SSL_CTX_set_post_handshake_auth(cctx, 1);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_verify_client_post_handshake(on_client ? k.c : k.s), 0);
    ck_errs_exact("pha after", 1, ERR_LIB_SSL, reason);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_pha_tls12)
{
    pha_after(TLS1_2_VERSION, 1, 0, SSL_R_WRONG_SSL_VERSION);
}
END_TEST

START_TEST(test_pha_not_offered)
{
    pha_after(TLS1_3_VERSION, 0, 0, SSL_R_EXTENSION_NOT_RECEIVED);
}
END_TEST

START_TEST(test_pha_on_client)
{
    pha_after(TLS1_3_VERSION, 1, 1, SSL_R_NOT_SERVER);
}
END_TEST

START_TEST(test_purpose_trust)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_CTX_set_purpose(ctx, X509_PURPOSE_SSL_SERVER), 1);
    ck_assert_int_eq(SSL_set_purpose(s, X509_PURPOSE_SSL_CLIENT), 1);
    ck_assert_int_eq(SSL_CTX_set_trust(ctx, X509_TRUST_SSL_SERVER), 1);
    ck_assert_int_eq(SSL_set_trust(s, X509_TRUST_SSL_CLIENT), 1);
    ck_no_errors();
    ck_assert_int_eq(SSL_CTX_set_purpose(ctx, 999), 0);
    ck_errs_exact("purpose 999", 1, ERR_LIB_X509V3, X509V3_R_INVALID_PURPOSE);
    ck_assert_int_eq(SSL_set_purpose(s, 999), 0);
    ck_errs_exact("purpose 999", 1, ERR_LIB_X509V3, X509V3_R_INVALID_PURPOSE);
    ck_assert_int_eq(SSL_CTX_set_trust(ctx, 999), 0);
    ck_errs_exact("trust 999", 1, ERR_LIB_X509, X509_R_INVALID_TRUST);
    ck_assert_int_eq(SSL_set_trust(s, 999), 0);
    ck_errs_exact("trust 999", 1, ERR_LIB_X509, X509_R_INVALID_TRUST);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* ---- callback getters ---- */

static int new_cb(SSL *s, SSL_SESSION *ss)
{
    return 0;
}
static void remove_cb(SSL_CTX *c, SSL_SESSION *ss)
{
}
static int client_cert_cb(SSL *s, X509 **x, EVP_PKEY **k)
{
    return 0;
}
static int pw_cb(char *buf, int size, int rw, void *u)
{
    return 0;
}
static int npn_sel(SSL *s, unsigned char **out, unsigned char *outlen, const unsigned char *in, unsigned int inlen,
                   void *arg)
{
    return SSL_TLSEXT_ERR_NOACK;
}

START_TEST(test_callback_getters)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s;
    int u = 0, v = 0;
    const unsigned char *np = (const unsigned char *)"x";
    unsigned int nplen = 9;
    ck_assert_ptr_null(SSL_CTX_sess_get_new_cb(ctx));
    ck_assert_ptr_null(SSL_CTX_sess_get_remove_cb(ctx));
    ck_assert_ptr_null(SSL_CTX_get_client_cert_cb(ctx));
    ck_assert_ptr_null(SSL_CTX_get_default_passwd_cb(ctx));
    ck_assert_ptr_null(SSL_CTX_get_default_passwd_cb_userdata(ctx));
    SSL_CTX_sess_set_new_cb(ctx, new_cb);
    SSL_CTX_sess_set_remove_cb(ctx, remove_cb);
    SSL_CTX_set_client_cert_cb(ctx, client_cert_cb);
    SSL_CTX_set_default_passwd_cb(ctx, pw_cb);
    SSL_CTX_set_default_passwd_cb_userdata(ctx, &u);
    SSL_CTX_set_next_proto_select_cb(ctx, npn_sel, NULL);
    ck_assert_ptr_eq(SSL_CTX_sess_get_new_cb(ctx), new_cb);
    ck_assert_ptr_eq(SSL_CTX_sess_get_remove_cb(ctx), remove_cb);
    ck_assert_ptr_eq(SSL_CTX_get_client_cert_cb(ctx), client_cert_cb);
    ck_assert_ptr_eq(SSL_CTX_get_default_passwd_cb(ctx), pw_cb);
    ck_assert_ptr_eq(SSL_CTX_get_default_passwd_cb_userdata(ctx), &u);

    /* an SSL starts with the context's password callback and data */
    s = SSL_new(ctx);
    ck_assert_ptr_eq(SSL_get_default_passwd_cb(s), pw_cb);
    ck_assert_ptr_eq(SSL_get_default_passwd_cb_userdata(s), &u);
    SSL_set_default_passwd_cb(s, NULL);
    SSL_set_default_passwd_cb_userdata(s, &v);
    ck_assert_ptr_null(SSL_get_default_passwd_cb(s));
    ck_assert_ptr_eq(SSL_get_default_passwd_cb_userdata(s), &v);
    ck_assert_ptr_eq(SSL_CTX_get_default_passwd_cb(ctx), pw_cb);
    ck_assert_ptr_eq(SSL_CTX_get_default_passwd_cb_userdata(ctx), &u);

    SSL_get0_next_proto_negotiated(s, &np, &nplen);
    ck_assert_ptr_null(np);
    ck_assert_uint_eq(nplen, 0);
    ck_no_errors();
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_app_misc");
    TCase *tc = h_tcase(s, "strings");
    tcase_add_test(tc, test_alert_desc_every_value);
    tcase_add_test(tc, test_alert_type_every_level);
    tcase_add_test(tc, test_rstate_new_and_after_handshake);
    tcase_add_test(tc, test_rstate_read_body);
    tcase_add_test(tc, test_state_strings_before);
    tc = h_tcase(s, "settings");
    tcase_add_test(tc, test_read_ahead);
    tcase_add_test(tc, test_read_ahead_handshake);
    tcase_add_test(tc, test_num_tickets);
    tcase_add_test(tc, test_default_timeout_and_dtls);
    tcase_add_test(tc, test_set_ssl_method);
    tcase_add_test(tc, test_early_data_limits);
    tcase_add_test(tc, test_purpose_trust);
    tc = h_tcase(s, "pha");
    tcase_add_test(tc, test_pha_before_handshake);
    tcase_add_test(tc, test_pha_tls12);
    tcase_add_test(tc, test_pha_not_offered);
    tcase_add_test(tc, test_pha_on_client);
    tc = h_tcase(s, "callbacks");
    tcase_add_test(tc, test_callback_getters);
    return h_run(s);
}
