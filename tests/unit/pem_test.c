/* differential */
/* shim/crypto/pem.c: PEM reading/writing of certificates, keys (plain, PKCS#8, encrypted PKCS#8, legacy
 * Proc-Type encrypted, with password callbacks), public keys, X509_INFO bundles, DH parameters, and the
 * error codes OpenSSL 3.0 leaves (PEM_R_NO_START_LINE ...). Same source runs against the real libcrypto. */
#ifndef OPENSSL_SUPPRESS_DEPRECATED
#define OPENSSL_SUPPRESS_DEPRECATED
#endif
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "unit/x509_certs.h"

static int cb_right(char *b, int s, int rw, void *u)
{
    strcpy(b, "secret");
    return 6;
}

static int cb_wrong(char *b, int s, int rw, void *u)
{
    strcpy(b, "wrong");
    return 5;
}

static int cb_fail(char *b, int s, int rw, void *u)
{
    return -1;
}

static EVP_PKEY *read_key(const char *name, pem_password_cb *cb, void *u)
{
    BIO *b = BIO_new_file(cpath(name), "r");
    ck_assert_ptr_nonnull(b);
    EVP_PKEY *k = PEM_read_bio_PrivateKey(b, NULL, cb, u);
    BIO_free(b);
    return k;
}

static unsigned long last_error(void)
{
    unsigned long e = ERR_peek_last_error();
    ERR_clear_error();
    return e;
}

START_TEST(test_not_pem)
{
    static const char *const inputs[] = {"hello world\n", "", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"};
    for (int i = 0; i < 3; i++) {
        ERR_clear_error();
        BIO *b = BIO_new_mem_buf(inputs[i], -1);
        ck_assert_ptr_null(PEM_read_bio_X509(b, NULL, NULL, NULL));
        unsigned long e = ERR_get_error();
        ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_PEM);
        ck_assert_int_eq(ERR_GET_REASON(e), PEM_R_NO_START_LINE);
        ck_assert_int_eq(ERR_get_error(), 0);
        BIO_free(b);
    }
    BIO *b = BIO_new_file(cpath("leaf.key"), "r");
    ck_assert_ptr_null(PEM_read_bio_X509(b, NULL, NULL, NULL));
    ck_assert_int_eq(ERR_GET_REASON(last_error()), PEM_R_NO_START_LINE);
    BIO_free(b);
    b = BIO_new_mem_buf("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n", -1);
    ck_assert_ptr_null(PEM_read_bio_X509(b, NULL, NULL, NULL));
    ck_assert_int_eq(ERR_GET_REASON(last_error()), PEM_R_BAD_BASE64_DECODE);
    BIO_free(b);
    b = BIO_new_mem_buf("-----BEGIN CERTIFICATE-----\nAAAA\n", -1);
    ck_assert_ptr_null(PEM_read_bio_X509(b, NULL, NULL, NULL));
    ck_assert_int_eq(ERR_GET_REASON(last_error()), PEM_R_BAD_END_LINE);
    BIO_free(b);
    b = BIO_new_mem_buf("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", -1);
    ck_assert_ptr_null(PEM_read_bio_X509(b, NULL, NULL, NULL));
    unsigned long e = last_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_PEM);
    ck_assert_int_eq(ERR_GET_REASON(e), ERR_R_ASN1_LIB);
    BIO_free(b);
    /* keys: OpenSSL 3.0's decoders say "unsupported" when no key is there */
    b = BIO_new_file(cpath("leaf.pem"), "r");
    ck_assert_ptr_null(PEM_read_bio_PrivateKey(b, NULL, NULL, NULL));
    e = last_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_OSSL_DECODER);
    ck_assert_int_eq(ERR_GET_REASON(e), ERR_R_UNSUPPORTED);
    BIO_free(b);
}
END_TEST

START_TEST(test_certs)
{
    /* a chain file yields its certificates in order, then NO_START_LINE */
    BIO *b = BIO_new_file(cpath("chain.pem"), "r");
    X509 *a = PEM_read_bio_X509(b, NULL, NULL, NULL), *c = PEM_read_bio_X509_AUX(b, NULL, NULL, NULL);
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(c);
    char cn[64];
    X509_NAME_get_text_by_NID(X509_get_subject_name(a), NID_commonName, cn, sizeof(cn));
    ck_assert_str_eq(cn, "localhost");
    X509_NAME_get_text_by_NID(X509_get_subject_name(c), NID_commonName, cn, sizeof(cn));
    ck_assert_str_eq(cn, "mbedshim Test Intermediate CA");
    ck_assert_ptr_null(PEM_read_bio_X509(b, NULL, NULL, NULL));
    ck_assert_int_eq(ERR_GET_REASON(last_error()), PEM_R_NO_START_LINE);
    BIO_free(b);
    /* write + read back is byte-identical to the file */
    BIO *m = BIO_new(BIO_s_mem());
    ck_assert_int_eq(PEM_write_bio_X509(m, a), 1);
    char *data;
    long len = BIO_get_mem_data(m, &data);
    FILE *f = fopen(cpath("leaf.pem"), "r");
    char file[8192];
    size_t flen = fread(file, 1, sizeof(file), f);
    fclose(f);
    ck_assert_int_eq((long)flen, len);
    ck_assert_int_eq(memcmp(file, data, flen), 0);
    X509 *back = PEM_read_bio_X509(m, NULL, NULL, NULL);
    ck_assert_int_eq(X509_cmp(a, back), 0);
    BIO_free(m);
    /* FILE* variants */
    f = fopen(cpath("root.pem"), "r");
    X509 *r = NULL;
    ck_assert_ptr_eq(PEM_read_X509(f, &r, NULL, NULL), r);
    ck_assert_ptr_nonnull(r);
    fclose(f);
    f = tmpfile();
    ck_assert_int_eq(PEM_write_X509(f, r), 1);
    rewind(f);
    X509 *r2 = PEM_read_X509(f, NULL, NULL, NULL);
    ck_assert_int_eq(X509_cmp(r, r2), 0);
    fclose(f);
    X509_free(r);
    X509_free(r2);
    X509_free(a);
    X509_free(c);
    X509_free(back);
}
END_TEST

START_TEST(test_keys)
{
    X509 *leaf = load_cert("leaf.pem");
    static const char *const plain[] = {"leaf.key", "leaf.rsa.key", "leaf.pkcs8.key"};
    for (int i = 0; i < 3; i++) {
        EVP_PKEY *k = read_key(plain[i], cb_fail, NULL); /* no password asked */
        ck_assert_ptr_nonnull(k);
        ck_assert_int_eq(EVP_PKEY_get_id(k), EVP_PKEY_RSA);
        ck_assert_int_eq(X509_check_private_key(leaf, k), 1);
        EVP_PKEY_free(k);
    }
    static const char *const enc[] = {"leaf.enc.key", "leaf.enc-legacy.key"};
    for (int i = 0; i < 2; i++) {
        EVP_PKEY *k = read_key(enc[i], cb_right, NULL);
        ck_assert_ptr_nonnull(k);
        ck_assert_int_eq(X509_check_private_key(leaf, k), 1);
        EVP_PKEY_free(k);
        k = read_key(enc[i], NULL, (void *)"secret"); /* default callback: u is the password */
        ck_assert_ptr_nonnull(k);
        EVP_PKEY_free(k);
        ERR_clear_error();
        ck_assert_ptr_null(read_key(enc[i], cb_wrong, NULL));
        unsigned long e = last_error();
        ck_assert_int_eq(ERR_GET_LIB(e), i == 0 ? ERR_LIB_PKCS12 : ERR_LIB_PEM);
        ck_assert_int_eq(ERR_GET_REASON(e), i == 0 ? 116 /* PKCS12_R_PKCS12_CIPHERFINAL_ERROR */ : PEM_R_BAD_DECRYPT);
        ck_assert_ptr_null(read_key(enc[i], cb_fail, NULL));
        e = last_error();
        ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_PEM);
        ck_assert_int_eq(ERR_GET_REASON(e), PEM_R_BAD_PASSWORD_READ);
    }
    EVP_PKEY *ec = read_key("ec.key", NULL, NULL);
    ck_assert_ptr_nonnull(ec);
    ck_assert_int_eq(EVP_PKEY_get_id(ec), EVP_PKEY_EC);
    ck_assert_int_eq(X509_check_private_key(leaf, ec), 0);
    ERR_clear_error();
    /* write unencrypted PKCS#8 and read back */
    BIO *m = BIO_new(BIO_s_mem());
    ck_assert_int_eq(PEM_write_bio_PrivateKey(m, ec, NULL, NULL, 0, NULL, NULL), 1);
    char *data;
    BIO_get_mem_data(m, &data);
    ck_assert_int_eq(strncmp(data, "-----BEGIN PRIVATE KEY-----\n", 28), 0);
    EVP_PKEY *back = PEM_read_bio_PrivateKey(m, NULL, NULL, NULL);
    ck_assert_ptr_nonnull(back);
    ck_assert_int_eq(EVP_PKEY_eq(ec, back), 1);
    BIO_free(m);
    /* public keys */
    BIO *b = BIO_new_file(cpath("leaf.pub.pem"), "r");
    EVP_PKEY *pub = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
    BIO_free(b);
    ck_assert_ptr_nonnull(pub);
    ck_assert_int_eq(EVP_PKEY_eq(pub, X509_get0_pubkey(leaf)), 1);
    m = BIO_new(BIO_s_mem());
    ck_assert_int_eq(PEM_write_bio_PUBKEY(m, pub), 1);
    EVP_PKEY *pub2 = PEM_read_bio_PUBKEY(m, NULL, NULL, NULL);
    ck_assert_int_eq(EVP_PKEY_eq(pub, pub2), 1);
    BIO_free(m);
    EVP_PKEY_free(pub);
    EVP_PKEY_free(pub2);
    EVP_PKEY_free(back);
    EVP_PKEY_free(ec);
    X509_free(leaf);
}
END_TEST

START_TEST(test_x509_info)
{
    BIO *b = BIO_new_file(cpath("ca-bundle.pem"), "r");
    STACK_OF(X509_INFO) *s = PEM_X509_INFO_read_bio(b, NULL, NULL, NULL);
    BIO_free(b);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(sk_X509_INFO_num(s), 2);
    ck_assert_ptr_nonnull(sk_X509_INFO_value(s, 0)->x509);
    ck_assert_ptr_nonnull(sk_X509_INFO_value(s, 1)->x509);
    sk_X509_INFO_pop_free(s, X509_INFO_free);
    b = BIO_new_mem_buf("junk\n", -1);
    s = PEM_X509_INFO_read_bio(b, NULL, NULL, NULL);
    BIO_free(b);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(sk_X509_INFO_num(s), 0);
    ck_assert_int_eq(ERR_peek_error(), 0);
    sk_X509_INFO_free(s);
}
END_TEST

START_TEST(test_dhparams)
{
    BIO *b = BIO_new_file(cpath("dh.pem"), "r");
    DH *dh = PEM_read_bio_DHparams(b, NULL, NULL, NULL);
    BIO_free(b);
    ck_assert_ptr_nonnull(dh);
    ck_assert_int_eq(DH_bits(dh), 2048);
    const BIGNUM *p, *g;
    DH_get0_pqg(dh, &p, NULL, &g);
    ck_assert_int_eq(BN_num_bits(p), 2048);
    ck_assert_int_eq(BN_num_bits(g), 2);
    DH_free(dh);
    b = BIO_new_file(cpath("leaf.pem"), "r");
    ck_assert_ptr_null(PEM_read_bio_DHparams(b, NULL, NULL, NULL));
    ck_assert_int_eq(ERR_GET_REASON(last_error()), PEM_R_NO_START_LINE);
    BIO_free(b);
}
END_TEST

int main(void)
{
    make_certs();
    Suite *s = suite_create("pem");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_not_pem);
    tcase_add_test(tc, test_certs);
    tcase_add_test(tc, test_keys);
    tcase_add_test(tc, test_x509_info);
    tcase_add_test(tc, test_dhparams);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    remove_certs();
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
