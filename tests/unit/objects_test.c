/* differential */
/* shim/crypto/objects.c: NIDs, names and OIDs as in OpenSSL 3.0. Same source runs against the real libcrypto. */
#include <check.h>
#include <openssl/asn1.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/err.h>
#include <openssl/objects.h>

START_TEST(test_names)
{
    ck_assert_str_eq(OBJ_nid2sn(NID_commonName), "CN");
    ck_assert_str_eq(OBJ_nid2ln(NID_commonName), "commonName");
    ck_assert_str_eq(OBJ_nid2sn(NID_subject_alt_name), "subjectAltName");
    ck_assert_str_eq(OBJ_nid2ln(NID_subject_alt_name), "X509v3 Subject Alternative Name");
    ck_assert_str_eq(OBJ_nid2sn(NID_pkcs9_emailAddress), "emailAddress");
    ck_assert_str_eq(OBJ_nid2sn(NID_X9_62_prime256v1), "prime256v1");
    ck_assert_str_eq(OBJ_nid2sn(NID_rsaEncryption), "rsaEncryption");
    ck_assert_str_eq(OBJ_nid2sn(NID_undef), "UNDEF");
    ck_assert_int_eq(OBJ_sn2nid("CN"), NID_commonName);
    ck_assert_int_eq(OBJ_ln2nid("organizationName"), NID_organizationName);
    ck_assert_int_eq(OBJ_txt2nid("SHA256"), NID_sha256);
    ck_assert_int_eq(OBJ_txt2nid("sha256"), NID_sha256);
    ck_assert_int_eq(OBJ_txt2nid("2.5.4.3"), NID_commonName);
    ck_assert_int_eq(OBJ_txt2nid("serverAuth"), NID_server_auth);
    ck_assert_int_eq(OBJ_txt2nid("no such thing"), NID_undef);
    unsigned long e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_OBJ);
    ck_assert_int_eq(ERR_GET_REASON(e), OBJ_R_UNKNOWN_OBJECT_NAME);
    ck_assert_ptr_null(OBJ_nid2sn(99999));
    ck_assert_ptr_null(OBJ_nid2obj(99999));
    ck_assert_int_eq(ERR_get_error(), 0); /* no error for unknown NIDs */
}
END_TEST

START_TEST(test_objects)
{
    ASN1_OBJECT *o = OBJ_nid2obj(NID_commonName);
    ck_assert_ptr_nonnull(o);
    ck_assert_int_eq(OBJ_obj2nid(o), NID_commonName);
    char buf[80];
    ck_assert_int_eq(OBJ_obj2txt(buf, sizeof(buf), o, 0), 10);
    ck_assert_str_eq(buf, "commonName");
    ck_assert_int_eq(OBJ_obj2txt(buf, sizeof(buf), o, 1), 7);
    ck_assert_str_eq(buf, "2.5.4.3");
    ck_assert_int_eq(OBJ_length(o), 3);
    ASN1_OBJECT *t = OBJ_txt2obj("1.2.3.4.5.300000", 1);
    ck_assert_ptr_nonnull(t);
    ck_assert_int_eq(OBJ_obj2nid(t), NID_undef);
    ck_assert_int_eq(OBJ_obj2txt(buf, sizeof(buf), t, 0), 16);
    ck_assert_str_eq(buf, "1.2.3.4.5.300000");
    ck_assert_int_eq(OBJ_obj2txt(buf, 5, t, 0), 16);
    ck_assert_str_eq(buf, "1.2.");
    ASN1_OBJECT *cn = OBJ_txt2obj("2.5.4.3", 1);
    ck_assert_int_eq(OBJ_obj2nid(cn), NID_commonName);
    ck_assert_int_eq(OBJ_cmp(cn, o), 0);
    ck_assert_int_ne(OBJ_cmp(cn, t), 0);
    ASN1_OBJECT *d = OBJ_dup(t);
    ck_assert_int_eq(OBJ_cmp(d, t), 0);
    ck_assert_ptr_null(OBJ_txt2obj("not.an.oid", 1));
    ck_assert_int_eq(ERR_GET_LIB(ERR_peek_error()), ERR_LIB_ASN1);
    ERR_clear_error();
    ASN1_OBJECT_free(d);
    ASN1_OBJECT_free(cn);
    ASN1_OBJECT_free(t);
    ASN1_OBJECT_free(o);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("objects");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_names);
    tcase_add_test(tc, test_objects);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
