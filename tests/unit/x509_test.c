/* differential */
/* shim/crypto/x509.c: the X509 object (DER in/out, accessors, extensions, subjectAltName as GENERAL_NAMES,
 * digests, comparison, ex_data, key check). Same source runs against the real libcrypto. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "unit/x509_certs.h"

static unsigned char *read_file(const char *name, long *len)
{
    FILE *f = fopen(cpath(name), "rb");
    ck_assert_ptr_nonnull(f);
    static unsigned char buf[16384];
    *len = (long)fread(buf, 1, sizeof(buf), f);
    fclose(f);
    return buf;
}

START_TEST(test_der_roundtrip)
{
    long len;
    const unsigned char *der = read_file("leaf.der", &len), *p = der;
    X509 *x = d2i_X509(NULL, &p, len);
    ck_assert_ptr_nonnull(x);
    ck_assert_ptr_eq(p, der + len);
    ck_assert_int_eq(i2d_X509(x, NULL), len);
    unsigned char *out = NULL;
    ck_assert_int_eq(i2d_X509(x, &out), len);
    ck_assert_int_eq(memcmp(out, der, (size_t)len), 0);
    OPENSSL_free(out);
    unsigned char buf[4096], *q = buf;
    ck_assert_int_eq(i2d_X509(x, &q), len);
    ck_assert_ptr_eq(q, buf + len);
    X509 *d = X509_dup(x);
    ck_assert_int_eq(X509_cmp(x, d), 0);
    X509 *pem = load_cert("leaf.pem"), *root = load_cert("root.pem");
    ck_assert_int_eq(X509_cmp(x, pem), 0);
    ck_assert_int_ne(X509_cmp(x, root), 0);
    ck_assert_int_eq(X509_up_ref(x), 1);
    X509_free(x);
    X509_free(x);
    X509_free(d);
    X509_free(pem);
    X509_free(root);
    /* garbage */
    static const unsigned char junk[] = {0x30, 0x03, 0x02, 0x01, 0x01};
    p = junk;
    ck_assert_ptr_null(d2i_X509(NULL, &p, sizeof(junk)));
    ck_assert_ptr_eq(p, junk);
    ck_assert_int_ne(ERR_peek_error(), 0);
    ERR_clear_error();
}
END_TEST

START_TEST(test_accessors)
{
    X509 *x = load_cert("leaf.pem"), *root = load_cert("root.pem");
    ck_assert_int_eq(X509_get_version(x), 2);
    ck_assert_int_eq(ASN1_INTEGER_get(X509_get_serialNumber(x)), 16);
    ck_assert_ptr_eq(X509_get0_serialNumber(x), X509_get_serialNumber(x));
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
    char *hex = BN_bn2hex(bn);
    ck_assert_str_eq(hex, "10");
    OPENSSL_free(hex);
    BN_free(bn);
    char name[256];
    X509_NAME_oneline(X509_get_subject_name(x), name, sizeof(name));
    ck_assert_str_eq(name, "/C=US/O=mbedshim test/CN=localhost");
    X509_NAME_oneline(X509_get_issuer_name(x), name, sizeof(name));
    ck_assert_str_eq(name, "/C=US/O=mbedshim test/CN=mbedshim Test Intermediate CA");
    ck_assert_int_eq(X509_NAME_cmp(X509_get_subject_name(root), X509_get_issuer_name(root)), 0);
    X509 *exp = load_cert("expired.pem");
    BIO *m = BIO_new(BIO_s_mem());
    ASN1_TIME_print(m, X509_get0_notBefore(exp));
    BIO_write(m, "|", 1);
    ASN1_TIME_print(m, X509_get0_notAfter(exp));
    char buf[128] = {0};
    BIO_read(m, buf, sizeof(buf) - 1);
    ck_assert_str_eq(buf, "Jan  1 00:00:00 2001 GMT|Jan  1 00:00:00 2002 GMT");
    BIO_free(m);
    ck_assert_ptr_eq(X509_getm_notAfter(exp), X509_get0_notAfter(exp));
    ck_assert_int_eq(X509_cmp_current_time(X509_get0_notAfter(exp)), -1);
    X509 *ny = load_cert("notyet.pem");
    ck_assert_int_eq(ASN1_STRING_type(X509_get0_notBefore(ny)), V_ASN1_GENERALIZEDTIME);
    ck_assert_int_eq(ASN1_STRING_type(X509_get0_notBefore(exp)), V_ASN1_UTCTIME);
    ck_assert_str_eq((const char *)ASN1_STRING_get0_data(X509_get0_notBefore(ny)), "21000101000000Z");
    ck_assert_int_eq(X509_cmp_current_time(X509_get0_notBefore(ny)), 1);
    EVP_PKEY *k = X509_get0_pubkey(x);
    ck_assert_ptr_nonnull(k);
    ck_assert_int_eq(EVP_PKEY_get_id(k), EVP_PKEY_RSA);
    ck_assert_int_eq(EVP_PKEY_get_bits(k), 2048);
    EVP_PKEY *k2 = X509_get_pubkey(x);
    ck_assert_ptr_eq(k, k2);
    EVP_PKEY_free(k2);
    ck_assert_int_eq(X509_get_signature_nid(x), NID_sha256WithRSAEncryption);
    X509_free(exp);
    X509_free(ny);
    X509_free(x);
    X509_free(root);
}
END_TEST

START_TEST(test_san)
{
    X509 *x = load_cert("wild.pem");
    int crit = 99, idx = -1;
    GENERAL_NAMES *g = X509_get_ext_d2i(x, NID_subject_alt_name, &crit, NULL);
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(crit, 0);
    ck_assert_int_eq(sk_GENERAL_NAME_num(g), 4);
    GENERAL_NAME *n = sk_GENERAL_NAME_value(g, 0);
    ck_assert_int_eq(n->type, GEN_DNS);
    ck_assert_int_eq(ASN1_STRING_length(n->d.dNSName), 13);
    ck_assert_int_eq(memcmp(ASN1_STRING_get0_data(n->d.dNSName), "*.example.com", 13), 0);
    ck_assert_int_eq(ASN1_STRING_type(n->d.dNSName), V_ASN1_IA5STRING);
    n = sk_GENERAL_NAME_value(g, 2);
    ck_assert_int_eq(n->type, GEN_IPADD);
    ck_assert_int_eq(ASN1_STRING_length(n->d.iPAddress), 16);
    ck_assert_int_eq(ASN1_STRING_get0_data(n->d.iPAddress)[15], 1);
    n = sk_GENERAL_NAME_value(g, 3);
    ck_assert_int_eq(n->type, GEN_EMAIL);
    ck_assert_int_eq(memcmp(ASN1_STRING_get0_data(n->d.rfc822Name), "admin@example.com", 17), 0);
    sk_GENERAL_NAME_pop_free(g, GENERAL_NAME_free);
    g = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, &idx);
    ck_assert_ptr_nonnull(g);
    ck_assert_int_ge(idx, 0);
    GENERAL_NAMES_free(g);
    ck_assert_ptr_null(X509_get_ext_d2i(x, NID_subject_alt_name, &crit, &idx));
    ck_assert_int_eq(crit, -1);
    ck_assert_int_eq(idx, -1);
    X509 *c = load_cert("cnonly.pem");
    ck_assert_ptr_null(X509_get_ext_d2i(c, NID_subject_alt_name, &crit, NULL));
    ck_assert_int_eq(crit, -1);
    X509_free(c);
    X509_free(x);
}
END_TEST

START_TEST(test_other_extensions)
{
    X509 *root = load_cert("root.pem"), *leaf = load_cert("leaf.pem"), *inter = load_cert("inter.pem");
    int crit;
    BASIC_CONSTRAINTS *bc = X509_get_ext_d2i(root, NID_basic_constraints, &crit, NULL);
    ck_assert_ptr_nonnull(bc);
    ck_assert_int_ne(bc->ca, 0);
    ck_assert_ptr_null(bc->pathlen);
    ck_assert_int_eq(crit, 1);
    BASIC_CONSTRAINTS_free(bc);
    bc = X509_get_ext_d2i(inter, NID_basic_constraints, NULL, NULL);
    ck_assert_int_eq(ASN1_INTEGER_get(bc->pathlen), 0);
    BASIC_CONSTRAINTS_free(bc);
    ASN1_BIT_STRING *ku = X509_get_ext_d2i(leaf, NID_key_usage, &crit, NULL);
    ck_assert_ptr_nonnull(ku);
    ck_assert_int_eq(crit, 1);
    ck_assert_int_eq(ASN1_BIT_STRING_get_bit(ku, 0), 1); /* digitalSignature */
    ck_assert_int_eq(ASN1_BIT_STRING_get_bit(ku, 2), 1); /* keyEncipherment */
    ck_assert_int_eq(ASN1_BIT_STRING_get_bit(ku, 5), 0);
    ASN1_BIT_STRING_free(ku);
    EXTENDED_KEY_USAGE *eku = X509_get_ext_d2i(leaf, NID_ext_key_usage, NULL, NULL);
    ck_assert_int_eq(sk_ASN1_OBJECT_num(eku), 1);
    ck_assert_int_eq(OBJ_obj2nid(sk_ASN1_OBJECT_value(eku, 0)), NID_server_auth);
    EXTENDED_KEY_USAGE_free(eku);
    ck_assert_uint_eq(X509_get_key_usage(leaf), KU_DIGITAL_SIGNATURE | KU_KEY_ENCIPHERMENT);
    ck_assert_uint_eq(X509_get_key_usage(root), KU_KEY_CERT_SIGN | KU_CRL_SIGN);
    ck_assert(X509_get_extension_flags(root) & EXFLAG_CA);
    ck_assert(X509_get_extension_flags(root) & EXFLAG_SS);
    ck_assert(!(X509_get_extension_flags(leaf) & EXFLAG_CA));
    ck_assert_int_eq(X509_check_ca(root), 1);
    ck_assert_int_eq(X509_check_ca(leaf), 0);
    ck_assert_int_eq(X509_check_issued(inter, leaf), X509_V_OK);
    ck_assert_int_ne(X509_check_issued(root, leaf), X509_V_OK);
    ck_assert_int_eq(X509_get_ext_count(leaf), 6);
    X509_free(root);
    X509_free(leaf);
    X509_free(inter);
}
END_TEST

START_TEST(test_digest)
{
    X509 *x = load_cert("leaf.pem");
    unsigned char md[EVP_MAX_MD_SIZE], md2[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    ck_assert_int_eq(X509_digest(x, EVP_sha256(), md, &n), 1);
    ck_assert_uint_eq(n, 32);
    ck_assert_int_eq(X509_digest(x, EVP_sha1(), md2, &n), 1);
    ck_assert_uint_eq(n, 20);
    /* compare with the openssl CLI's fingerprint */
    char cmd[600], line[256];
    snprintf(cmd, sizeof(cmd), "openssl x509 -in %s -noout -fingerprint -sha256", cpath("leaf.pem"));
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(fgets(line, sizeof(line), p));
    pclose(p);
    char hex[200] = "sha256 Fingerprint=";
    for (unsigned i = 0; i < 32; i++)
        snprintf(hex + strlen(hex), sizeof(hex) - strlen(hex), "%02X%s", md[i], i < 31 ? ":" : "\n");
    ck_assert_str_eq(line, hex);
    X509_free(x);
}
END_TEST

START_TEST(test_ex_data_and_keycheck)
{
    X509 *x = load_cert("leaf.pem");
    int idx = X509_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    ck_assert_int_ge(idx, 0);
    ck_assert_ptr_null(X509_get_ex_data(x, idx));
    ck_assert_int_eq(X509_set_ex_data(x, idx, (void *)"v"), 1);
    ck_assert_str_eq(X509_get_ex_data(x, idx), "v");
    BIO *b = BIO_new_file(cpath("leaf.key"), "r");
    EVP_PKEY *k = PEM_read_bio_PrivateKey(b, NULL, NULL, NULL);
    BIO_free(b);
    ck_assert_int_eq(X509_check_private_key(x, k), 1);
    b = BIO_new_file(cpath("client.key"), "r");
    EVP_PKEY *other = PEM_read_bio_PrivateKey(b, NULL, NULL, NULL);
    BIO_free(b);
    ck_assert_int_eq(X509_check_private_key(x, other), 0);
    unsigned long e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_X509);
    ck_assert_int_eq(ERR_GET_REASON(e), X509_R_KEY_VALUES_MISMATCH);
    ERR_clear_error();
    EVP_PKEY_free(k);
    EVP_PKEY_free(other);
    X509_free(x);
}
END_TEST

int main(void)
{
    make_certs();
    Suite *s = suite_create("x509");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_der_roundtrip);
    tcase_add_test(tc, test_accessors);
    tcase_add_test(tc, test_san);
    tcase_add_test(tc, test_other_extensions);
    tcase_add_test(tc, test_digest);
    tcase_add_test(tc, test_ex_data_and_keycheck);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    remove_certs();
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
