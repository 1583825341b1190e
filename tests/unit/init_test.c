/* differential */
/* shim/crypto/init.c: initialisation and version reporting (same source runs against the real libcrypto;
 * the text of OpenSSL_version(OPENSSL_VERSION) differs by design and is only checked for its prefix). */
#ifndef OPENSSL_SUPPRESS_DEPRECATED
#define OPENSSL_SUPPRESS_DEPRECATED
#endif
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/conf.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/opensslv.h>

START_TEST(test_init)
{
    ck_assert_int_eq(OPENSSL_init_crypto(0, NULL), 1);
    ck_assert_int_eq(OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CRYPTO_STRINGS | OPENSSL_INIT_ADD_ALL_CIPHERS
                                             | OPENSSL_INIT_ADD_ALL_DIGESTS | OPENSSL_INIT_NO_LOAD_CONFIG,
                                         NULL),
                     1);
    {
        OPENSSL_INIT_SETTINGS *s = OPENSSL_INIT_new();

        ck_assert_ptr_nonnull(s);
        ck_assert_int_eq(OPENSSL_INIT_set_config_appname(s, "mbedshim_test"), 1);
        OPENSSL_INIT_set_config_file_flags(s, 0);
        ck_assert_int_eq(OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, s), 1);
        OPENSSL_INIT_free(s);
    }
    OPENSSL_init();
    ck_assert_uint_eq(ERR_peek_error(), 0);
}
END_TEST

START_TEST(test_versions)
{
    ck_assert_uint_eq(OpenSSL_version_num(), OPENSSL_VERSION_NUMBER);
    ck_assert_uint_eq(OPENSSL_version_major(), OPENSSL_VERSION_MAJOR);
    ck_assert_uint_eq(OPENSSL_version_minor(), OPENSSL_VERSION_MINOR);
    ck_assert_uint_eq(OPENSSL_version_patch(), OPENSSL_VERSION_PATCH);
    ck_assert_uint_eq(OPENSSL_version_major(), 3);
    ck_assert_uint_eq(OPENSSL_version_minor(), 0);
    ck_assert_str_eq(OPENSSL_version_pre_release(), "");
    ck_assert_str_eq(OPENSSL_version_build_metadata(), "");
    ck_assert_str_eq(OpenSSL_version(OPENSSL_VERSION_STRING), OPENSSL_VERSION_STR);
    ck_assert_str_eq(OpenSSL_version(OPENSSL_FULL_VERSION_STRING), OPENSSL_FULL_VERSION_STR);
    ck_assert_int_eq(strncmp(OpenSSL_version(OPENSSL_VERSION), "OpenSSL 3.0.", 12), 0);
    ck_assert_int_eq(strncmp(OpenSSL_version(OPENSSL_DIR), "OPENSSLDIR: \"", 13), 0);
    ck_assert_int_eq(strncmp(OpenSSL_version(OPENSSL_ENGINES_DIR), "ENGINESDIR: \"", 13), 0);
    ck_assert_int_eq(strncmp(OpenSSL_version(OPENSSL_MODULES_DIR), "MODULESDIR: \"", 13), 0);
    ck_assert_int_eq(strncmp(OpenSSL_version(OPENSSL_CFLAGS), "compiler: ", 10), 0);
    ck_assert_int_eq(strncmp(OpenSSL_version(OPENSSL_BUILT_ON), "built on: ", 10), 0);
    ck_assert_int_eq(strncmp(OpenSSL_version(OPENSSL_PLATFORM), "platform: ", 10), 0);
    ck_assert_int_eq(strncmp(OpenSSL_version(OPENSSL_CPU_INFO), "CPUINFO: ", 9), 0);
    ck_assert_str_eq(OpenSSL_version(-1), "not available");
    ck_assert_str_eq(OpenSSL_version(10), "not available");
    /* the 1.1.0 names still work */
    ck_assert_uint_eq(SSLeay(), OPENSSL_VERSION_NUMBER);
}
END_TEST

START_TEST(test_info)
{
    ck_assert_str_eq(OPENSSL_info(OPENSSL_INFO_CONFIG_DIR), "/usr/lib/ssl");
    ck_assert_str_eq(OPENSSL_info(OPENSSL_INFO_DSO_EXTENSION), ".so");
    ck_assert_str_eq(OPENSSL_info(OPENSSL_INFO_DIR_FILENAME_SEPARATOR), "/");
    ck_assert_str_eq(OPENSSL_info(OPENSSL_INFO_LIST_SEPARATOR), ":");
    ck_assert_ptr_null(OPENSSL_info(1000));
    ck_assert_ptr_null(OPENSSL_info(1009));
    ck_assert_int_eq(OPENSSL_issetugid(), 0);
}
END_TEST

/* Last: the real library cannot be used after OPENSSL_cleanup. */
START_TEST(test_cleanup_last)
{
    OPENSSL_config(NULL);
    OPENSSL_thread_stop();
    OPENSSL_cleanup();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("init");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, test_init);
    tcase_add_test(tc, test_versions);
    tcase_add_test(tc, test_info);
    tcase_add_test(tc, test_cleanup_last);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
