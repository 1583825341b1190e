/* differential */
/* shim/crypto/x509_name.c: X509_NAME building, lookup, comparison, hashing and the oneline / print_ex
 * formats. Expected strings are OpenSSL 3.0's output; the same source runs against the real libcrypto. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

static X509_NAME *sample(void)
{
    X509_NAME *n = X509_NAME_new();
    ck_assert_int_eq(X509_NAME_add_entry_by_txt(n, "C", MBSTRING_ASC, (const unsigned char *)"US", -1, -1, 0), 1);
    ck_assert_int_eq(X509_NAME_add_entry_by_txt(n, "O", MBSTRING_UTF8, (const unsigned char *)"Caf\xc3\xa9, Inc.", -1, -1, 0), 1);
    ck_assert_int_eq(X509_NAME_add_entry_by_txt(n, "OU", MBSTRING_ASC, (const unsigned char *)" lead+trail ", -1, -1, 0), 1);
    ck_assert_int_eq(X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_ASC, (const unsigned char *)"#host\"q\\", -1, -1, 0), 1);
    ck_assert_int_eq(X509_NAME_add_entry_by_txt(n, "emailAddress", MBSTRING_ASC, (const unsigned char *)"a@b.c", -1, -1, 1), 1);
    ck_assert_int_eq(X509_NAME_add_entry_by_txt(n, "1.2.3.4", MBSTRING_ASC, (const unsigned char *)"x", -1, -1, 0), 1);
    return n;
}

static const char *print(const X509_NAME *n, int indent, unsigned long flags, int *ret)
{
    static char buf[1024];
    BIO *b = BIO_new(BIO_s_mem());
    *ret = X509_NAME_print_ex(b, n, indent, flags);
    int l = BIO_read(b, buf, sizeof(buf) - 1);
    buf[l > 0 ? l : 0] = '\0';
    BIO_free(b);
    return buf;
}

static const struct {
    unsigned long flags;
    int indent, ret;
    const char *text;
} prints[] = {
    {0, 0, 1, "C=US, O=Caf\\xC3\\xA9, Inc., OU= lead\\+trail , CN=#host\"q\\/emailAddress=a@b.c/1.2.3.4=x"},
    {0, 2, 1, "C=US, O=Caf\\xC3\\xA9, Inc., OU= lead\\+trail , CN=#host\"q\\/emailAddress=a@b.c/1.2.3.4=x"},
    {XN_FLAG_ONELINE, 0, 104,
     "C = US, O = \"Caf\\C3\\A9, Inc.\", OU = \" lead+trail \", CN = \"#host\\\"q\\\\\", emailAddress = a@b.c, 1.2.3.4 = x"},
    {XN_FLAG_ONELINE, 2, 106,
     "  C = US, O = \"Caf\\C3\\A9, Inc.\", OU = \" lead+trail \", CN = \"#host\\\"q\\\\\", emailAddress = a@b.c, 1.2.3.4 = x"},
    {XN_FLAG_RFC2253, 0, 92,
     "1.2.3.4=#0C0178,emailAddress=a@b.c,CN=\\#host\\\"q\\\\,OU=\\ lead\\+trail\\ ,O=Caf\\C3\\A9\\, Inc.,C=US"},
    {XN_FLAG_MULTILINE, 2, 208,
     "  countryName               = US\n  organizationName          = Caf\\E9, Inc.\n"
     "  organizationalUnitName    =  lead+trail \n  commonName                = #host\"q\\\\\n"
     "  emailAddress              = a@b.c\n  1.2.3.4 = x"},
    {XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB, 0, 100,
     "C = US, O = \"Caf\xc3\xa9, Inc.\", OU = \" lead+trail \", CN = \"#host\\\"q\\\\\", emailAddress = a@b.c, 1.2.3.4 = x"},
    {XN_FLAG_SEP_SPLUS_SPC | XN_FLAG_FN_LN, 0, 132,
     "countryName=US; organizationName=Caf\xe9, Inc.; organizationalUnitName= lead+trail ; commonName=#host\"q\\; "
     "emailAddress=a@b.c; 1.2.3.4=x"},
};

START_TEST(test_print_ex)
{
    X509_NAME *n = sample();
    int ret;
    const char *got = print(n, prints[_i].indent, prints[_i].flags, &ret);
    ck_assert_str_eq(got, prints[_i].text);
    ck_assert_int_eq(ret, prints[_i].ret);
    X509_NAME_free(n);
}
END_TEST

START_TEST(test_oneline)
{
    X509_NAME *n = sample();
    char *s = X509_NAME_oneline(n, NULL, 0);
    ck_assert_str_eq(s, "/C=US/O=Caf\\xC3\\xA9, Inc./OU= lead\\+trail /CN=#host\"q\\/emailAddress=a@b.c/1.2.3.4=x");
    OPENSSL_free(s);
    char b[20], b2[40];
    ck_assert_ptr_eq(X509_NAME_oneline(n, b, sizeof(b)), b);
    ck_assert_str_eq(b, "/C=US");
    ck_assert_str_eq(X509_NAME_oneline(n, b2, sizeof(b2)), "/C=US/O=Caf\\xC3\\xA9, Inc.");
    ck_assert_str_eq(X509_NAME_oneline(NULL, b2, sizeof(b2)), "NO X509_NAME");
    X509_NAME *e = X509_NAME_new();
    ck_assert_str_eq(X509_NAME_oneline(e, b2, sizeof(b2)), "");
    int ret;
    ck_assert_str_eq(print(e, 0, XN_FLAG_ONELINE, &ret), "");
    ck_assert_int_eq(ret, 0);
    X509_NAME_free(e);
    X509_NAME_free(n);
}
END_TEST

START_TEST(test_multivalued_rdn)
{
    X509_NAME *n = X509_NAME_new();
    X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_ASC, (const unsigned char *)"a/b+c=d,e\\f", -1, -1, 0);
    X509_NAME_add_entry_by_txt(n, "OU", MBSTRING_ASC, (const unsigned char *)"m", -1, -1, -1);
    X509_NAME_add_entry_by_txt(n, "O", MBSTRING_ASC, (const unsigned char *)"z", -1, 0, 0);
    X509_NAME_add_entry_by_txt(n, "L", MBSTRING_ASC, (const unsigned char *)"y", -1, 1, 1);
    char *s = X509_NAME_oneline(n, NULL, 0);
    ck_assert_str_eq(s, "/O=z/L=y+CN=a\\/b\\+c=d,e\\f+OU=m");
    OPENSSL_free(s);
    static const int sets[] = {0, 1, 1, 1};
    for (int i = 0; i < 4; i++) {
        ck_assert_int_eq(X509_NAME_ENTRY_set(X509_NAME_get_entry(n, i)), sets[i]);
        ck_assert_int_eq(ASN1_STRING_type(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(n, i))), V_ASN1_UTF8STRING);
    }
    int ret;
    ck_assert_str_eq(print(n, 0, XN_FLAG_ONELINE, &ret), "O = z, L = y + CN = \"a/b+c=d,e\\\\f\" + OU = m");
    ck_assert_str_eq(print(n, 0, 0, &ret), "O=z, L=y+CN=a\\/b\\+c=d,e\\f+OU=m");
    X509_NAME_free(n);
}
END_TEST

START_TEST(test_lookup_and_cmp)
{
    X509_NAME *n = sample();
    ck_assert_int_eq(X509_NAME_entry_count(n), 6);
    ck_assert_int_eq(X509_NAME_get_index_by_NID(n, NID_commonName, -1), 3);
    ck_assert_int_eq(X509_NAME_get_index_by_NID(n, NID_commonName, 3), -1);
    char t[8];
    ck_assert_int_eq(X509_NAME_get_text_by_NID(n, NID_organizationName, t, sizeof(t)), 7);
    ck_assert_str_eq(t, "Caf\xc3\xa9, ");
    ck_assert_int_eq(X509_NAME_get_text_by_NID(n, NID_organizationName, NULL, 0), 11);
    ck_assert_int_eq(X509_NAME_get_text_by_NID(n, NID_localityName, t, sizeof(t)), -1);
    X509_NAME_ENTRY *e = X509_NAME_get_entry(n, 0);
    ck_assert_int_eq(OBJ_obj2nid(X509_NAME_ENTRY_get_object(e)), NID_countryName);
    ck_assert_int_eq(ASN1_STRING_type(X509_NAME_ENTRY_get_data(e)), V_ASN1_PRINTABLESTRING);
    ck_assert_int_eq(ASN1_STRING_type(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(n, 4))), V_ASN1_IA5STRING);
    ck_assert_ptr_null(X509_NAME_get_entry(n, 6));
    ck_assert_uint_eq(X509_NAME_hash_ex(n, NULL, NULL, NULL), 0x4da54cfdUL);
    X509_NAME *d = X509_NAME_dup(n);
    ck_assert_int_eq(X509_NAME_cmp(n, d), 0);
    /* case and inner spaces do not matter */
    X509_NAME *a = X509_NAME_new(), *b = X509_NAME_new();
    X509_NAME_add_entry_by_txt(a, "CN", MBSTRING_ASC, (const unsigned char *)"Foo  Bar", -1, -1, 0);
    X509_NAME_add_entry_by_txt(b, "CN", MBSTRING_ASC, (const unsigned char *)" foo bar ", -1, -1, 0);
    ck_assert_int_eq(X509_NAME_cmp(a, b), 0);
    ck_assert_uint_eq(X509_NAME_hash_ex(a, NULL, NULL, NULL), X509_NAME_hash_ex(b, NULL, NULL, NULL));
    ck_assert_int_ne(X509_NAME_cmp(a, n), 0);
    unsigned char *der = NULL;
    int l = i2d_X509_NAME(n, &der);
    ck_assert_int_gt(l, 0);
    const unsigned char *p = der;
    X509_NAME *back = d2i_X509_NAME(NULL, &p, l);
    ck_assert_ptr_nonnull(back);
    ck_assert_int_eq(X509_NAME_cmp(back, n), 0);
    ck_assert_ptr_eq(p, der + l);
    OPENSSL_free(der);
    X509_NAME_free(back);
    X509_NAME_free(a);
    X509_NAME_free(b);
    X509_NAME_free(d);
    X509_NAME_free(n);
}
END_TEST

START_TEST(test_print_fp)
{
    X509_NAME *n = X509_NAME_new();
    X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_ASC, (const unsigned char *)"host", -1, -1, 0);
    FILE *f = tmpfile();
    ck_assert_int_eq(X509_NAME_print_ex_fp(f, n, 0, XN_FLAG_RFC2253), 7);
    rewind(f);
    char buf[32] = {0};
    ck_assert_ptr_nonnull(fgets(buf, sizeof(buf), f));
    ck_assert_str_eq(buf, "CN=host");
    fclose(f);
    X509_NAME_free(n);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("x509_name");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_print_ex, 0, (int)(sizeof(prints) / sizeof(prints[0])));
    tcase_add_test(tc, test_oneline);
    tcase_add_test(tc, test_multivalued_rdn);
    tcase_add_test(tc, test_lookup_and_cmp);
    tcase_add_test(tc, test_print_fp);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
