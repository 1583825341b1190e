/* differential */
/* shim/crypto/rand.c: RAND on the PSA generator (same source runs against the real libcrypto). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

static int all_zero(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != 0)
            return 0;
    return 1;
}

START_TEST(test_bytes)
{
    unsigned char a[32] = {0}, b[32] = {0};
    static unsigned char big[5000];

    ck_assert_int_eq(RAND_status(), 1);
    ck_assert_int_eq(RAND_poll(), 1);
    ck_assert_int_eq(RAND_bytes(a, sizeof(a)), 1);
    ck_assert_int_eq(RAND_bytes(b, sizeof(b)), 1);
    ck_assert(!all_zero(a, sizeof(a)));
    ck_assert_int_ne(memcmp(a, b, sizeof(a)), 0);
    ck_assert_int_eq(RAND_priv_bytes(a, sizeof(a)), 1);
    ck_assert_int_eq(RAND_bytes_ex(NULL, b, sizeof(b), 256), 1);
    ck_assert_int_eq(RAND_priv_bytes_ex(NULL, b, sizeof(b), 0), 1);
    /* larger than one DRBG request */
    ck_assert_int_eq(RAND_bytes(big, sizeof(big)), 1);
    ck_assert(!all_zero(big + 4000, 1000));

    ck_assert_int_eq(RAND_bytes(a, 0), 1);
    ck_assert_int_eq(RAND_bytes(NULL, 0), 1);
    ck_assert_int_eq(RAND_bytes(a, -1), 0);
    ck_assert_uint_eq(ERR_peek_error(), 0);

    /* seeding is accepted */
    RAND_seed("entropy", 7);
    RAND_add("entropy", 7, 1.0);
    RAND_keep_random_devices_open(1);
    ck_assert_int_eq(RAND_bytes(a, sizeof(a)), 1);
}
END_TEST

START_TEST(test_files)
{
    char name[256], path[] = "/tmp/mbedshim_rand_XXXXXX";
    int fd = mkstemp(path);

    ck_assert_int_ge(fd, 0);
    close(fd);
    setenv("RANDFILE", path, 1);
    ck_assert_str_eq(RAND_file_name(name, sizeof(name)), path);
    ck_assert_ptr_null(RAND_file_name(name, 4));
    unsetenv("RANDFILE");
    setenv("HOME", "/home/someone", 1);
    ck_assert_str_eq(RAND_file_name(name, sizeof(name)), "/home/someone/.rnd");

    ck_assert_int_eq(RAND_write_file(path), 1024);
    ck_assert_int_eq(RAND_load_file(path, -1), 1024);
    ck_assert_int_eq(RAND_load_file(path, 100), 100);
    unlink(path);
    ck_assert_int_eq(RAND_load_file(path, -1), -1);
    ERR_clear_error();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("rand");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, test_bytes);
    tcase_add_test(tc, test_files);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
