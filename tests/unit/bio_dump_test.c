/* BIO_dump family and BIO_hex_string (shim/crypto/bio_dump.c). Differential: also passes against the real
 * libcrypto. */
#include <check.h>
#include <string.h>

#include <openssl/bio.h>

static const char *take(BIO *m)
{
    static char out[2048];
    char *p;
    long n = BIO_get_mem_data(m, &p);

    memcpy(out, p, (size_t)n);
    out[n] = '\0';
    (void)BIO_reset(m);
    return out;
}

START_TEST(dump_layout)
{
    BIO *m = BIO_new(BIO_s_mem());
    unsigned char d[40];

    for (int i = 0; i < 40; i++)
        d[i] = (unsigned char)(i * 7 + 30);
    ck_assert_int_eq(BIO_dump(m, d, 40), 214);
    ck_assert_str_eq(take(m), "0000 - 1e 25 2c 33 3a 41 48 4f-56 5d 64 6b 72 79 80 87   .%,3:AHOV]dkry..\n"
                              "0010 - 8e 95 9c a3 aa b1 b8 bf-c6 cd d4 db e2 e9 f0 f7   ................\n"
                              "0020 - fe 05 0c 13 1a 21 28 2f-                          .....!(/\n");
    ck_assert_int_eq(BIO_dump_indent(m, d, 20, 8), 146);
    ck_assert_str_eq(take(m), "        0000 - 1e 25 2c 33 3a 41 48 4f-56 5d 64 6b 72 79 80   .%,3:AHOV]dkry.\n"
                              "        000f - 87 8e 95 9c a3                                 .....\n");
    ck_assert_int_eq(BIO_dump(m, d, 0), 0);
    ck_assert_int_eq(BIO_dump_indent(m, "abc  ", 5, -3), 63);
    ck_assert_str_eq(take(m), "0000 - 61 62 63 20 20                                    abc  \n");
    /* Indent is capped at 64, leaving one byte per row. */
    ck_assert_int_eq(BIO_dump_indent(m, d, 2, 70), 156);
    BIO_free(m);
}
END_TEST

START_TEST(hex_string)
{
    BIO *m = BIO_new(BIO_s_mem());
    unsigned char d[10];

    for (int i = 0; i < 10; i++)
        d[i] = (unsigned char)(i * 7 + 30);
    ck_assert_int_eq(BIO_hex_string(m, 2, 4, d, 10), 1);
    ck_assert_str_eq(take(m), "1E:25:2C:33:\n  3A:41:48:4F:\n  56:5D");
    ck_assert_int_eq(BIO_hex_string(m, 2, 4, d, 0), 1);
    ck_assert_str_eq(take(m), "");
    ck_assert_int_eq(BIO_indent(m, 3, 10), 1);
    ck_assert_str_eq(take(m), "   ");
    BIO_free(m);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_dump");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, dump_layout);
    tcase_add_test(tc, hex_string);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
