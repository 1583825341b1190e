/* differential */
/*
 * shim/ssl/certkey.c: own certificate and private key loading (SSL_CTX_use_* / SSL_use_* from files,
 * objects and DER), SSL_CTX_check_private_key, and the exact error-queue sequences of each failure.
 * Every expectation is real OpenSSL 3.0's observed behaviour.
 */
#include "unit/ssl_harness.h"

#include <openssl/asn1err.h>
#include <openssl/pemerr.h>
#include <openssl/x509err.h>

static SSL_CTX *ctx;

static void ck_setup(void)
{
    ERR_clear_error();
    ctx = SSL_CTX_new(TLS_server_method());
    ck_assert_ptr_nonnull(ctx);
}

static void ck_teardown(void)
{
    SSL_CTX_free(ctx);
}

/* A file that cannot be opened: the system error, BIO's and SSL's ERR_R_SYS_LIB. */
#define ERRS_NO_FILE(where) \
    ck_errs_exact(where, 3, ERR_LIB_SYS, ENOENT, ERR_LIB_BIO, ERR_R_SYS_LIB, ERR_LIB_SSL, ERR_R_SYS_LIB)

START_TEST(test_cert_missing_file)
{
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, "/nonexistent/x.pem", SSL_FILETYPE_PEM), 0);
    ERRS_NO_FILE("pem");
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, "/nonexistent/x.pem", SSL_FILETYPE_ASN1), 0);
    ERRS_NO_FILE("asn1");
    ck_assert_int_eq(SSL_CTX_use_certificate_chain_file(ctx, "/nonexistent/x.pem"), 0);
    ERRS_NO_FILE("chain");
    ck_assert_ptr_null(SSL_CTX_get0_certificate(ctx));
}
END_TEST

START_TEST(test_key_missing_file)
{
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, "/nonexistent/x.key", SSL_FILETYPE_PEM), 0);
    ERRS_NO_FILE("pem");
    ck_assert_ptr_null(SSL_CTX_get0_privatekey(ctx));
}
END_TEST

/* A PEM file of the wrong kind. */
START_TEST(test_cert_wrong_content)
{
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, cert("leaf.key"), SSL_FILETYPE_PEM), 0);
    ck_errs_exact("key as cert", 2, ERR_LIB_PEM, PEM_R_NO_START_LINE, ERR_LIB_SSL, ERR_R_PEM_LIB);
    ck_assert_int_eq(SSL_CTX_use_certificate_chain_file(ctx, cert("leaf.key")), 0);
    ck_errs_exact("key as chain", 2, ERR_LIB_PEM, PEM_R_NO_START_LINE, ERR_LIB_SSL, ERR_R_PEM_LIB);
    /* PEM text read as DER */
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, cert("leaf.pem"), SSL_FILETYPE_ASN1), 0);
    ck_errs_exact("pem as der", 3, ERR_LIB_ASN1, ASN1_R_WRONG_TAG, ERR_LIB_ASN1, ERR_R_NESTED_ASN1_ERROR, ERR_LIB_SSL,
                  ERR_R_ASN1_LIB);
}
END_TEST

START_TEST(test_key_wrong_content)
{
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("leaf.pem"), SSL_FILETYPE_PEM), 0);
    err_take();
    ck_assert_int_ge(h_nerr, 1);
    ck_assert_int_eq(ERR_GET_LIB(h_errs[h_nerr - 1]), ERR_LIB_SSL);
    ck_assert_int_eq(ERR_GET_REASON(h_errs[h_nerr - 1]), ERR_R_PEM_LIB);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("leaf.key"), SSL_FILETYPE_ASN1), 0);
    err_take();
    ck_assert_int_ge(h_nerr, 1);
    ck_assert_int_eq(ERR_GET_LIB(h_errs[h_nerr - 1]), ERR_LIB_SSL);
    ck_assert_int_eq(ERR_GET_REASON(h_errs[h_nerr - 1]), ERR_R_ASN1_LIB);
    ck_assert(errs_has(ERR_LIB_ASN1, ASN1_R_WRONG_TAG));
}
END_TEST

START_TEST(test_bad_filetype)
{
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, cert("leaf.pem"), 99), 0);
    ck_errs_exact("cert", 1, ERR_LIB_SSL, SSL_R_BAD_SSL_FILETYPE);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("leaf.key"), 99), 0);
    ck_errs_exact("key", 1, ERR_LIB_SSL, SSL_R_BAD_SSL_FILETYPE);
}
END_TEST

START_TEST(test_der_files)
{
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, cert("leaf.der"), SSL_FILETYPE_ASN1), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("leaf.key.der"), SSL_FILETYPE_ASN1), 1);
    ck_assert_int_eq(SSL_CTX_check_private_key(ctx), 1);
    ck_assert_err_empty();
}
END_TEST

/* check_private_key on an empty context, and with only a key. */
START_TEST(test_check_nothing_assigned)
{
    ck_assert_int_eq(SSL_CTX_check_private_key(ctx), 0);
    ck_errs_exact("empty", 1, ERR_LIB_SSL, SSL_R_NO_CERTIFICATE_ASSIGNED);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("leaf.key"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_check_private_key(ctx), 0);
    ck_errs_exact("key only", 1, ERR_LIB_SSL, SSL_R_NO_CERTIFICATE_ASSIGNED);
    SSL_CTX *c2 = SSL_CTX_new(TLS_server_method());
    ck_assert_int_eq(SSL_CTX_use_certificate_file(c2, cert("leaf.pem"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_check_private_key(c2), 0);
    ck_errs_exact("cert only", 1, ERR_LIB_SSL, SSL_R_NO_PRIVATE_KEY_ASSIGNED);
    SSL_CTX_free(c2);
}
END_TEST

/* Certificate first, then a key of the same type that does not match: the key is refused, the
 * certificate stays. */
START_TEST(test_mismatched_key)
{
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, cert("leaf.pem"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("client.key"), SSL_FILETYPE_PEM), 0);
    ck_errs_exact("mismatch", 1, ERR_LIB_X509, X509_R_KEY_VALUES_MISMATCH);
    ck_assert_ptr_nonnull(SSL_CTX_get0_certificate(ctx));
    ck_assert_ptr_null(SSL_CTX_get0_privatekey(ctx));
    ck_assert_int_eq(SSL_CTX_check_private_key(ctx), 0);
    ck_errs_exact("check", 1, ERR_LIB_SSL, SSL_R_NO_PRIVATE_KEY_ASSIGNED);
    /* the right key still goes in */
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("leaf.key"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_check_private_key(ctx), 1);
    ck_assert_err_empty();
}
END_TEST

/* Key first, then a certificate that does not match it: the certificate is taken, the key dropped,
 * nothing queued. */
START_TEST(test_mismatched_cert)
{
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("client.key"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, cert("leaf.pem"), SSL_FILETYPE_PEM), 1);
    ck_assert_err_empty();
    ck_assert_ptr_nonnull(SSL_CTX_get0_certificate(ctx));
    ck_assert_ptr_null(SSL_CTX_get0_privatekey(ctx));
    ck_assert_int_eq(SSL_CTX_check_private_key(ctx), 0);
    ck_errs_exact("check", 1, ERR_LIB_SSL, SSL_R_NO_PRIVATE_KEY_ASSIGNED);
}
END_TEST

/* The same rules on an SSL object. */
START_TEST(test_ssl_level)
{
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_use_certificate_file(s, "/nonexistent", SSL_FILETYPE_PEM), 0);
    ERRS_NO_FILE("ssl cert");
    ck_assert_int_eq(SSL_use_PrivateKey_file(s, "/nonexistent", SSL_FILETYPE_PEM), 0);
    ERRS_NO_FILE("ssl key");
    ck_assert_int_eq(SSL_use_certificate_file(s, cert("leaf.pem"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_use_PrivateKey_file(s, cert("client.key"), SSL_FILETYPE_PEM), 0);
    ck_errs_exact("ssl mismatch", 1, ERR_LIB_X509, X509_R_KEY_VALUES_MISMATCH);
    ck_assert_int_eq(SSL_check_private_key(s), 0);
    ck_errs_exact("ssl check", 1, ERR_LIB_SSL, SSL_R_NO_PRIVATE_KEY_ASSIGNED);
    ck_assert_int_eq(SSL_use_PrivateKey_file(s, cert("leaf.key"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_check_private_key(s), 1);
    ck_assert_ptr_nonnull(SSL_get_certificate(s));
    ck_assert_ptr_nonnull(SSL_get_privatekey(s));
    /* the context is untouched */
    ck_assert_ptr_null(SSL_CTX_get0_certificate(ctx));
    SSL_free(s);
}
END_TEST

START_TEST(test_null_objects)
{
    SSL *s = SSL_new(ctx);
    ck_assert_int_eq(SSL_use_certificate(s, NULL), 0);
    ck_errs_exact("ssl cert", 1, ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER);
    ck_assert_int_eq(SSL_CTX_use_certificate(ctx, NULL), 0);
    ck_errs_exact("ctx cert", 1, ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey(ctx, NULL), 0);
    ck_errs_exact("ctx key", 1, ERR_LIB_SSL, ERR_R_PASSED_NULL_PARAMETER);
    SSL_free(s);
}
END_TEST

static int pw_calls;

static int pw_cb(char *buf, int size, int rw, void *u)
{
    const char *p = u;
    pw_calls++;
    snprintf(buf, (size_t)size, "%s", p);
    return (int)strlen(p);
}

START_TEST(test_encrypted_key)
{
    SSL_CTX_set_default_passwd_cb(ctx, pw_cb);
    SSL_CTX_set_default_passwd_cb_userdata(ctx, (void *)"wrong");
    ck_assert_ptr_eq(SSL_CTX_get_default_passwd_cb(ctx), pw_cb);
    pw_calls = 0;
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("leaf.enc.key"), SSL_FILETYPE_PEM), 0);
    ck_assert_int_ge(pw_calls, 1);
    err_take();
    ck_assert_int_ge(h_nerr, 1);
    ck_assert_int_eq(ERR_GET_LIB(h_errs[h_nerr - 1]), ERR_LIB_SSL);
    ck_assert_int_eq(ERR_GET_REASON(h_errs[h_nerr - 1]), ERR_R_PEM_LIB);
    SSL_CTX_set_default_passwd_cb_userdata(ctx, (void *)"secret");
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("leaf.enc.key"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(ctx, cert("leaf.enc-legacy.key"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_use_certificate_file(ctx, cert("leaf.pem"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_check_private_key(ctx), 1);
    ck_assert_err_empty();
}
END_TEST

/* A chain file: the leaf becomes the certificate, the rest the extra chain. */
START_TEST(test_chain_file)
{
    STACK_OF(X509) *chain = NULL;
    ck_assert_int_eq(SSL_CTX_use_certificate_chain_file(ctx, cert("chain.pem")), 1);
    ck_assert_int_eq(SSL_CTX_get0_chain_certs(ctx, &chain), 1);
    ck_assert_int_eq(sk_X509_num(chain), 1);
    char cn[64] = "";
    X509_NAME_get_text_by_NID(X509_get_subject_name(SSL_CTX_get0_certificate(ctx)), NID_commonName, cn,
                              sizeof(cn));
    ck_assert_str_eq(cn, "localhost");
    ck_assert_err_empty();
}
END_TEST

/* Certificates and keys as objects and DER buffers; the server then presents what was loaded. */
START_TEST(test_objects_and_asn1)
{
    FILE *f = fopen(cert("leaf.pem"), "r");
    ck_assert_ptr_nonnull(f);
    X509 *x = PEM_read_X509(f, NULL, NULL, NULL);
    fclose(f);
    f = fopen(cert("leaf.key"), "r");
    EVP_PKEY *pk = PEM_read_PrivateKey(f, NULL, NULL, NULL);
    fclose(f);
    ck_assert_ptr_nonnull(x);
    ck_assert_ptr_nonnull(pk);
    unsigned char *der = NULL;
    int len = i2d_X509(x, &der);
    ck_assert_int_eq(SSL_CTX_use_certificate_ASN1(ctx, len, der), 1);
    OPENSSL_free(der);
    der = NULL;
    len = i2d_PrivateKey(pk, &der);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_ASN1(EVP_PKEY_RSA, ctx, der, len), 1);
    OPENSSL_free(der);
    ck_assert_int_eq(SSL_CTX_check_private_key(ctx), 1);
    ck_assert_int_eq(X509_cmp(SSL_CTX_get0_certificate(ctx), x), 0);
    /* garbage DER */
    ck_assert_int_eq(SSL_CTX_use_certificate_ASN1(ctx, 3, (const unsigned char *)"\x30\x01\x00"), 0);
    err_take();
    ck_assert_int_eq(ERR_GET_LIB(h_errs[h_nerr - 1]), ERR_LIB_SSL);
    ck_assert_int_eq(ERR_GET_REASON(h_errs[h_nerr - 1]), ERR_R_ASN1_LIB);

    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method()), *cctx = h_client_ctx();
    ck_assert_int_eq(SSL_CTX_use_certificate(sctx, x), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey(sctx, pk), 1);
    X509_free(x);
    EVP_PKEY_free(pk);
    h_conn k;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    /* no intermediate was configured: the client cannot build the chain */
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    ck_assert_int_eq(sk_X509_num(SSL_get_peer_cert_chain(k.c)), 1);
    h_conn_free(&k);
    SSL_CTX_free(sctx);
    SSL_CTX_free(cctx);
}
END_TEST

/* A server with no certificate at all cannot complete a handshake. */
START_TEST(test_server_without_cert)
{
    SSL_CTX *cctx = h_client_ctx();
    h_conn k;
    int ce, se;
    h_conn_mem(&k, cctx, ctx);
    ck_assert_int_eq(h_handshake_ex(&k, &ce, &se), 0);
    ck_assert_int_eq(se, SSL_ERROR_SSL);
    ck_errs_exact("server", 1, ERR_LIB_SSL, SSL_R_NO_SHARED_CIPHER);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
}
END_TEST

/* One context with an RSA and an ECDSA pair (OpenSSL keeps one per key type): each client gets the
 * certificate its suites or signature algorithms call for, and the pair loaded last is the current one. */
static void dual_case(SSL_CTX *sctx, int tls12, const char *what, const char *want_cn)
{
    SSL_CTX *cctx = h_client_ctx();
    h_conn k;
    char cn[64] = "";
    if (tls12) {
        ck_assert_int_eq(SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION), 1);
        ck_assert_int_eq(SSL_CTX_set_cipher_list(cctx, what), 1);
    } else {
        ck_assert_int_eq(SSL_CTX_set1_sigalgs_list(cctx, what), 1);
    }
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    X509 *peer = SSL_get1_peer_certificate(k.c);
    ck_assert_ptr_nonnull(peer);
    X509_NAME_get_text_by_NID(X509_get_subject_name(peer), NID_commonName, cn, sizeof(cn));
    ck_assert_str_eq(cn, want_cn);
    X509_free(peer);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
}

START_TEST(test_rsa_and_ecdsa_pairs)
{
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    char cn[64] = "";
    ck_assert_int_eq(SSL_CTX_use_certificate_chain_file(sctx, cert("chain.pem")), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(sctx, cert("leaf.key"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_use_certificate_file(sctx, cert("ec.pem"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_use_PrivateKey_file(sctx, cert("ec.key"), SSL_FILETYPE_PEM), 1);
    ck_assert_int_eq(SSL_CTX_check_private_key(sctx), 1);
    X509_NAME_get_text_by_NID(X509_get_subject_name(SSL_CTX_get0_certificate(sctx)), NID_commonName, cn,
                              sizeof(cn));
    ck_assert_str_eq(cn, "ec.localhost");
    dual_case(sctx, 1, "ECDHE-ECDSA-AES128-GCM-SHA256", "ec.localhost");
    dual_case(sctx, 1, "ECDHE-RSA-AES128-GCM-SHA256", "localhost");
    dual_case(sctx, 0, "ECDSA+SHA256", "ec.localhost");
    dual_case(sctx, 0, "rsa_pss_rsae_sha256", "localhost");
    SSL_CTX_free(sctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_certkey");
    TCase *tc = h_tcase(s, "files");
    tcase_add_checked_fixture(tc, ck_setup, ck_teardown);
    tcase_add_test(tc, test_cert_missing_file);
    tcase_add_test(tc, test_key_missing_file);
    tcase_add_test(tc, test_cert_wrong_content);
    tcase_add_test(tc, test_key_wrong_content);
    tcase_add_test(tc, test_bad_filetype);
    tcase_add_test(tc, test_der_files);
    tcase_add_test(tc, test_encrypted_key);
    tcase_add_test(tc, test_chain_file);
    tcase_add_test(tc, test_rsa_and_ecdsa_pairs);
    tc = h_tcase(s, "pairs");
    tcase_add_checked_fixture(tc, ck_setup, ck_teardown);
    tcase_add_test(tc, test_check_nothing_assigned);
    tcase_add_test(tc, test_mismatched_key);
    tcase_add_test(tc, test_mismatched_cert);
    tcase_add_test(tc, test_ssl_level);
    tcase_add_test(tc, test_null_objects);
    tcase_add_test(tc, test_objects_and_asn1);
    tcase_add_test(tc, test_server_without_cert);
    return h_run(s);
}
