/* differential */
/*
 * shim/ssl/app_cli.c: what s_client/s_server print after a handshake: the peer's and our own signature
 * type and digest, the shared and peer signature algorithm lists, the key-exchange group and temporary
 * key, and the queries for features that are off (CT, DANE, SRTP, key update).
 */
#include <openssl/evp.h>
#include <openssl/obj_mac.h>

#include "unit/ssl_harness.h"

/* strict: the queue must be empty here (reports this line) */
#define ck_no_errors() \
    do { \
        int n_ = err_take(); \
        if (n_ != 0) \
            errs_print("unexpected"); \
        ck_assert_msg(n_ == 0, "error queue not empty (%d entries)", n_); \
    } while (0)

static SSL_CTX *cctx, *sctx;
static h_conn k;

static void connect13(void)
{
    cctx = h_client_ctx();
    sctx = h_server_ctx();
    h_version(cctx, sctx, TLS1_3_VERSION);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
}

static void done(void)
{
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_signature_nids_tls13)
{
    int nid = -1;
    connect13();
    if (known_difference("no-sigalg-queries")) {
        ck_assert_int_eq(SSL_get_peer_signature_type_nid(k.c, &nid), 0);
        ck_assert_int_eq(SSL_get_signature_type_nid(k.s, &nid), 0);
    } else {
        ck_assert_int_eq(SSL_get_peer_signature_type_nid(k.c, &nid), 1);
        ck_assert_int_eq(nid, NID_rsassaPss);
        nid = -1;
        ck_assert_int_eq(SSL_get_peer_signature_nid(k.c, &nid), 1);
        ck_assert_int_eq(nid, NID_sha256);
        nid = -1;
        ck_assert_int_eq(SSL_get_signature_type_nid(k.s, &nid), 1);
        ck_assert_int_eq(nid, NID_rsassaPss);
        nid = -1;
        ck_assert_int_eq(SSL_get_signature_nid(k.s, &nid), 1);
        ck_assert_int_eq(nid, NID_sha256);
    }
    /* no client certificate: nothing from the client's side */
    ck_assert_int_eq(SSL_get_peer_signature_type_nid(k.s, &nid), 0);
    ck_assert_int_eq(SSL_get_signature_type_nid(k.c, &nid), 0);
    ck_no_errors();
    done();
}
END_TEST

START_TEST(test_sigalg_lists_tls13)
{
    int sign = -1, hash = -1, sh = -1;
    unsigned char rsig = 0, rhash = 0;
    connect13();
    if (known_difference("no-sigalg-queries")) {
        ck_assert_int_eq(SSL_get_shared_sigalgs(k.s, 0, &sign, &hash, &sh, &rsig, &rhash), 0);
        ck_assert_int_eq(SSL_get_sigalgs(k.s, 0, &sign, &hash, &sh, &rsig, &rhash), 0);
    } else {
        /* the server saw the client's list; a count comes back with the first entry */
        int n = SSL_get_sigalgs(k.s, 0, &sign, &hash, &sh, &rsig, &rhash);
        ck_assert_int_gt(n, 5);
        ck_assert_int_gt(SSL_get_shared_sigalgs(k.s, 0, &sign, &hash, &sh, &rsig, &rhash), 0);
        ck_assert_int_eq(SSL_get_sigalgs(k.s, n, NULL, NULL, NULL, NULL, NULL), 0);
    }
    /* out of range */
    ck_assert_int_eq(SSL_get_shared_sigalgs(k.s, 1000, &sign, &hash, &sh, &rsig, &rhash), 0);
    ck_no_errors();
    done();
}
END_TEST

START_TEST(test_group_and_tmp_key_tls13)
{
    EVP_PKEY *pk = NULL;
    connect13();
    ck_assert_int_eq(SSL_get_negotiated_group(k.c), NID_X25519);
    ck_assert_int_eq(SSL_get_negotiated_group(k.s), NID_X25519);
    if (known_difference("no-peer-tmp-key")) {
        ck_assert_int_eq(SSL_get_peer_tmp_key(k.c, &pk), 0);
    } else {
        ck_assert_int_eq(SSL_get_peer_tmp_key(k.c, &pk), 1);
        ck_assert_ptr_nonnull(pk);
        ck_assert_int_eq(EVP_PKEY_get_id(pk), EVP_PKEY_X25519);
        EVP_PKEY_free(pk);
    }
    ck_no_errors();
    done();
}
END_TEST

START_TEST(test_features_off)
{
    X509 *mcert = (X509 *)1;
    EVP_PKEY *mspki = (EVP_PKEY *)1;
    connect13();
    ck_assert_int_eq(SSL_get_key_update_type(k.c), SSL_KEY_UPDATE_NONE);
    ck_assert_int_eq(SSL_ct_is_enabled(k.c), 0);
    ck_assert_int_eq(SSL_CTX_ct_is_enabled(cctx), 0);
    ck_assert_ptr_null(SSL_get_selected_srtp_profile(k.c));
    ck_assert_int_eq(SSL_get0_dane_authority(k.c, &mcert, &mspki), -1);
    ck_assert_int_eq(SSL_CTX_set_default_verify_store(cctx), 1);
    ck_no_errors();
    done();
}
END_TEST

START_TEST(test_before_handshake)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s = SSL_new(ctx);
    int nid = -1;
    EVP_PKEY *pk = NULL;
    ck_assert_int_eq(SSL_get_peer_signature_type_nid(s, &nid), 0);
    ck_assert_int_eq(SSL_get_signature_type_nid(s, &nid), 0);
    ck_assert_int_eq(SSL_get_shared_sigalgs(s, 0, NULL, NULL, NULL, NULL, NULL), 0);
    ck_assert_int_eq(SSL_get_sigalgs(s, 0, NULL, NULL, NULL, NULL, NULL), 0);
    ck_assert_int_eq(SSL_get_peer_tmp_key(s, &pk), 0);
    ck_assert_int_eq(SSL_get_key_update_type(s), SSL_KEY_UPDATE_NONE);
    ck_no_errors();
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_app_cli");
    TCase *tc = h_tcase(s, "queries");
    tcase_add_test(tc, test_signature_nids_tls13);
    tcase_add_test(tc, test_sigalg_lists_tls13);
    tcase_add_test(tc, test_group_and_tmp_key_tls13);
    tcase_add_test(tc, test_features_off);
    tcase_add_test(tc, test_before_handshake);
    return h_run(s);
}
