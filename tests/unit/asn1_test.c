/* differential */
/* shim/crypto/asn1.c: ASN1_STRING, INTEGER, TIME and the minimal BIGNUM. Same source runs against the real
 * libcrypto. */
/* ASN1_STRING_data is deprecated but still exported and tested */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>

static const char *bio_text(BIO *b)
{
    static char buf[256];
    int l = BIO_read(b, buf, sizeof(buf) - 1);
    buf[l > 0 ? l : 0] = '\0';
    return buf;
}

START_TEST(test_strings)
{
    ASN1_STRING *s = ASN1_STRING_type_new(V_ASN1_BMPSTRING);
    ck_assert_int_eq(ASN1_STRING_set(s, "\x00h\x00\xe9\x20\xac", 6), 1);
    ck_assert_int_eq(ASN1_STRING_length(s), 6);
    ck_assert_int_eq(ASN1_STRING_type(s), V_ASN1_BMPSTRING);
    unsigned char *u = NULL;
    ck_assert_int_eq(ASN1_STRING_to_UTF8(&u, s), 6);
    ck_assert_str_eq((char *)u, "h\xc3\xa9\xe2\x82\xac");
    OPENSSL_free(u);
    ASN1_STRING *d = ASN1_STRING_dup(s);
    ck_assert_int_eq(ASN1_STRING_cmp(s, d), 0);
    ASN1_STRING_free(d);
    ASN1_STRING_free(s);
    ASN1_IA5STRING *ia5 = ASN1_IA5STRING_new();
    ASN1_STRING_set(ia5, "abc", -1);
    ck_assert_int_eq(ASN1_STRING_length(ia5), 3);
    ck_assert_str_eq((const char *)ASN1_STRING_get0_data(ia5), "abc");
    ck_assert_ptr_eq(ASN1_STRING_data(ia5), ASN1_STRING_get0_data(ia5));
    ck_assert_int_eq(ASN1_STRING_to_UTF8(&u, ia5), 3);
    OPENSSL_free(u);
    ASN1_IA5STRING_free(ia5);
    ASN1_OCTET_STRING *o = ASN1_OCTET_STRING_new();
    ASN1_OCTET_STRING_set(o, (const unsigned char *)"\x01\x02", 2);
    ck_assert_int_eq(ASN1_STRING_to_UTF8(&u, o), -1);
    ASN1_OCTET_STRING_free(o);
}
END_TEST

START_TEST(test_integers)
{
    ASN1_INTEGER *i = ASN1_INTEGER_new();
    ck_assert_int_eq(ASN1_INTEGER_set(i, -4660), 1);
    ck_assert_int_eq(ASN1_INTEGER_get(i), -4660);
    BIO *b = BIO_new(BIO_s_mem());
    ck_assert_int_eq(i2a_ASN1_INTEGER(b, i), 5);
    ck_assert_str_eq(bio_text(b), "-1234");
    BIGNUM *bn = ASN1_INTEGER_to_BN(i, NULL);
    char *h = BN_bn2hex(bn), *dec = BN_bn2dec(bn);
    ck_assert_str_eq(h, "-1234");
    ck_assert_str_eq(dec, "-4660");
    OPENSSL_free(h);
    OPENSSL_free(dec);
    ck_assert_int_eq(BN_num_bits(bn), 13);
    BN_free(bn);
    ASN1_INTEGER_set(i, 0);
    ck_assert_int_eq(i2a_ASN1_INTEGER(b, i), 2);
    ck_assert_str_eq(bio_text(b), "00");
    bn = ASN1_INTEGER_to_BN(i, NULL);
    h = BN_bn2hex(bn);
    ck_assert_str_eq(h, "0");
    OPENSSL_free(h);
    BN_free(bn);
    ASN1_INTEGER_set(i, 0x0abcde);
    bn = ASN1_INTEGER_to_BN(i, NULL);
    h = BN_bn2hex(bn);
    ck_assert_str_eq(h, "0ABCDE");
    OPENSSL_free(h);
    BN_free(bn);
    ASN1_INTEGER *j = ASN1_INTEGER_dup(i);
    ck_assert_int_eq(ASN1_INTEGER_cmp(i, j), 0);
    ASN1_INTEGER_set(j, 5);
    ck_assert_int_gt(ASN1_INTEGER_cmp(i, j), 0);
    ASN1_INTEGER_free(j);
    ASN1_INTEGER_free(i);
    BIO_free(b);
}
END_TEST

START_TEST(test_times)
{
    ASN1_TIME *a = ASN1_TIME_new(), *c = ASN1_TIME_new();
    ck_assert_int_eq(ASN1_TIME_set_string(a, "20010101000000Z"), 1);
    ck_assert_int_eq(ASN1_TIME_set_string(c, "020101120000Z"), 1);
    BIO *b = BIO_new(BIO_s_mem());
    ck_assert_int_eq(ASN1_TIME_print(b, a), 1);
    ck_assert_str_eq(bio_text(b), "Jan  1 00:00:00 2001 GMT");
    ck_assert_int_eq(ASN1_TIME_print(b, c), 1);
    ck_assert_str_eq(bio_text(b), "Jan  1 12:00:00 2002 GMT");
    int day, sec;
    ck_assert_int_eq(ASN1_TIME_diff(&day, &sec, a, c), 1);
    ck_assert_int_eq(day, 365);
    ck_assert_int_eq(sec, 43200);
    ck_assert_int_eq(ASN1_TIME_compare(a, c), -1);
    ck_assert_int_eq(ASN1_TIME_compare(c, a), 1);
    ck_assert_int_eq(ASN1_TIME_compare(a, a), 0);
    struct tm tm;
    ck_assert_int_eq(ASN1_TIME_to_tm(c, &tm), 1);
    ck_assert_int_eq(tm.tm_year, 102);
    ck_assert_int_eq(tm.tm_hour, 12);
    ck_assert_int_eq(ASN1_TIME_set_string(a, "garbage"), 0);
    ASN1_TIME *t = ASN1_TIME_set(NULL, 86400);
    ck_assert_str_eq((const char *)ASN1_STRING_get0_data(t), "700102000000Z");
    ck_assert_int_eq(ASN1_TIME_check(t), 1);
    ASN1_STRING_free(t);
    ASN1_TIME_free(a);
    ASN1_TIME_free(c);
    BIO_free(b);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("asn1");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_strings);
    tcase_add_test(tc, test_integers);
    tcase_add_test(tc, test_times);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
