/* differential */
/* shim/crypto/pkey.c: EVP_PKEY (RSA, EC) DER import/export, sizes, comparison, and the EVP_MD objects.
 * Same source runs against the real libcrypto. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "unit/x509_certs.h"

static EVP_PKEY *key(const char *name)
{
    BIO *b = BIO_new_file(cpath(name), "r");
    EVP_PKEY *k = PEM_read_bio_PrivateKey(b, NULL, NULL, NULL);
    BIO_free(b);
    ck_assert_ptr_nonnull(k);
    return k;
}

START_TEST(test_basics)
{
    EVP_PKEY *e = EVP_PKEY_new();
    ck_assert_int_eq(EVP_PKEY_get_id(e), EVP_PKEY_NONE);
    ck_assert_int_eq(EVP_PKEY_up_ref(e), 1);
    EVP_PKEY_free(e);
    EVP_PKEY_free(e);
    EVP_PKEY *rsa = key("leaf.key"), *ec = key("ec.key");
    ck_assert_int_eq(EVP_PKEY_get_id(rsa), EVP_PKEY_RSA);
    ck_assert_int_eq(EVP_PKEY_id(rsa), EVP_PKEY_RSA);
    ck_assert_int_eq(EVP_PKEY_get_base_id(ec), EVP_PKEY_EC);
    ck_assert_int_eq(EVP_PKEY_get_bits(rsa), 2048);
    ck_assert_int_eq(EVP_PKEY_bits(ec), 256);
    ck_assert_int_eq(EVP_PKEY_get_security_bits(rsa), 112);
    ck_assert_int_eq(EVP_PKEY_get_security_bits(ec), 128);
    ck_assert_int_eq(EVP_PKEY_get_size(rsa), 256);
    ck_assert_int_eq(EVP_PKEY_eq(rsa, rsa), 1);
    ck_assert_int_eq(EVP_PKEY_eq(rsa, ec), -1);
    EVP_PKEY *other = key("client.key");
    ck_assert_int_eq(EVP_PKEY_eq(rsa, other), 0);
    EVP_PKEY_free(other);
    EVP_PKEY_free(rsa);
    EVP_PKEY_free(ec);
}
END_TEST

START_TEST(test_der)
{
    static const char *const names[] = {"leaf.key", "ec.key"};
    for (int i = 0; i < 2; i++) {
        EVP_PKEY *k = key(names[i]);
        unsigned char *der = NULL;
        int len = i2d_PrivateKey(k, &der);
        ck_assert_int_gt(len, 0);
        ck_assert_int_eq(i2d_PrivateKey(k, NULL), len);
        ck_assert_int_eq(der[0], 0x30);
        const unsigned char *p = der;
        EVP_PKEY *back = d2i_AutoPrivateKey(NULL, &p, len);
        ck_assert_ptr_nonnull(back);
        ck_assert_ptr_eq(p, der + len);
        ck_assert_int_eq(EVP_PKEY_eq(k, back), 1);
        EVP_PKEY_free(back);
        p = der;
        back = d2i_PrivateKey(EVP_PKEY_get_id(k), NULL, &p, len);
        ck_assert_ptr_nonnull(back);
        EVP_PKEY_free(back);
        OPENSSL_free(der);
        der = NULL;
        len = i2d_PUBKEY(k, &der);
        ck_assert_int_gt(len, 0);
        p = der;
        EVP_PKEY *pub = d2i_PUBKEY(NULL, &p, len);
        ck_assert_ptr_nonnull(pub);
        ck_assert_int_eq(EVP_PKEY_eq(pub, k), 1);
        EVP_PKEY_free(pub);
        OPENSSL_free(der);
        EVP_PKEY_free(k);
    }
    /* the PKCS#8 DER file decodes too */
    FILE *f = fopen(cpath("leaf.key.der"), "rb");
    unsigned char buf[4096];
    long n = (long)fread(buf, 1, sizeof(buf), f);
    fclose(f);
    const unsigned char *p = buf;
    EVP_PKEY *k = d2i_AutoPrivateKey(NULL, &p, n);
    ck_assert_ptr_nonnull(k);
    EVP_PKEY_free(k);
    static const unsigned char junk[] = {0x30, 0x03, 0x02, 0x01, 0x00};
    p = junk;
    ck_assert_ptr_null(d2i_AutoPrivateKey(NULL, &p, sizeof(junk)));
    ERR_clear_error();
}
END_TEST

START_TEST(test_md)
{
    ck_assert_int_eq(EVP_MD_get_size(EVP_sha256()), 32);
    ck_assert_int_eq(EVP_MD_size(EVP_sha1()), 20);
    ck_assert_int_eq(EVP_MD_get_type(EVP_sha384()), NID_sha384);
    ck_assert_ptr_nonnull(EVP_get_digestbyname("SHA256"));
    ck_assert_int_eq(EVP_MD_get_type(EVP_get_digestbyname("sha256")), NID_sha256);
    ck_assert_ptr_null(EVP_get_digestbyname("nonesuch"));
    unsigned char md[64];
    unsigned int n;
    ck_assert_int_eq(EVP_Digest("abc", 3, md, &n, EVP_sha256(), NULL), 1);
    ck_assert_uint_eq(n, 32);
    ck_assert_uint_eq(md[0], 0xba);
    ck_assert_uint_eq(md[31], 0xad);
}
END_TEST

int main(void)
{
    make_certs();
    Suite *s = suite_create("pkey");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_basics);
    tcase_add_test(tc, test_der);
    tcase_add_test(tc, test_md);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    remove_certs();
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
