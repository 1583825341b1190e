/* differential */
/* shim/crypto/mem.c: allocators, cleanse, string and hex helpers (same source runs against the real
 * libcrypto). main() installs counting allocators before anything else allocates. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/cryptoerr.h>
#include <openssl/err.h>

static int set_mem_result = -1;
static volatile long n_malloc, n_realloc, n_free;

static void *count_malloc(size_t n, const char *file, int line)
{
    n_malloc++;
    return malloc(n);
}

static void *count_realloc(void *p, size_t n, const char *file, int line)
{
    n_realloc++;
    return realloc(p, n);
}

static void count_free(void *p, const char *file, int line)
{
    n_free++;
    free(p);
}

static void setup(void)
{
    ERR_clear_error();
}

START_TEST(test_custom_allocators)
{
    CRYPTO_malloc_fn m;
    CRYPTO_realloc_fn r;
    CRYPTO_free_fn f;
    long m0 = n_malloc, r0 = n_realloc, f0 = n_free;
    void *p;

    ck_assert_int_eq(set_mem_result, 1); /* before the first allocation */
    CRYPTO_get_mem_functions(&m, &r, &f);
    ck_assert_ptr_eq((void *)m, (void *)count_malloc);
    ck_assert_ptr_eq((void *)r, (void *)count_realloc);
    ck_assert_ptr_eq((void *)f, (void *)count_free);

    p = OPENSSL_malloc(10);
    ck_assert_ptr_nonnull(p);
    p = OPENSSL_realloc(p, 100);
    ck_assert_ptr_nonnull(p);
    OPENSSL_free(p);
    ck_assert_int_eq(n_malloc - m0, 1);
    ck_assert_int_eq(n_realloc - r0, 1);
    ck_assert_int_eq(n_free - f0, 1);

    /* only the default allocator locks the choice in */
    ck_assert_int_eq(CRYPTO_set_mem_functions(NULL, NULL, NULL), 1);
}
END_TEST

static const char *self_path; /* argv[0]: /proc/self/exe would be valgrind itself under valgrind */

/* A fresh process that allocates with the default allocator first can no longer replace it. */
START_TEST(test_too_late)
{
    pid_t pid = fork();
    int status;

    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        execl(self_path, "mem_test", "--late", (char *)NULL);
        _exit(127);
    }
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status));
    ck_assert_int_eq(WEXITSTATUS(status), 0);
}
END_TEST

START_TEST(test_alloc_semantics)
{
    unsigned char *p;
    char *s;

    p = OPENSSL_zalloc(64);
    ck_assert_ptr_nonnull(p);
    for (int i = 0; i < 64; i++)
        ck_assert_int_eq(p[i], 0);
    memset(p, 0xAA, 64);
    OPENSSL_cleanse(p, 64);
    for (int i = 0; i < 64; i++)
        ck_assert_int_eq(p[i], 0);
    OPENSSL_clear_free(p, 64);
    OPENSSL_clear_free(NULL, 10);
    OPENSSL_free(NULL);

    p = OPENSSL_malloc(4);
    memcpy(p, "abcd", 4);
    p = OPENSSL_clear_realloc(p, 4, 8);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(memcmp(p, "abcd", 4), 0);
    p = OPENSSL_clear_realloc(p, 8, 2);
    ck_assert_int_eq(memcmp(p, "ab", 2), 0);
    ck_assert_ptr_null(OPENSSL_clear_realloc(p, 2, 0));

    s = OPENSSL_strdup("hello");
    ck_assert_str_eq(s, "hello");
    OPENSSL_free(s);
    ck_assert_ptr_null(OPENSSL_strdup(NULL));
    s = OPENSSL_strndup("abcdef", 3);
    ck_assert_str_eq(s, "abc");
    OPENSSL_free(s);
    s = OPENSSL_strndup("ab", 10);
    ck_assert_str_eq(s, "ab");
    OPENSSL_free(s);
    ck_assert_ptr_null(OPENSSL_strndup(NULL, 3));
    p = OPENSSL_memdup("xyz", 3);
    ck_assert_int_eq(memcmp(p, "xyz", 3), 0);
    OPENSSL_free(p);
    ck_assert_ptr_null(OPENSSL_memdup(NULL, 3));
    ck_assert_uint_eq(ERR_peek_error(), 0);

    ck_assert_int_eq(CRYPTO_memcmp("abc", "abc", 3), 0);
    ck_assert_int_ne(CRYPTO_memcmp("abc", "abd", 3), 0);
    ck_assert_int_eq(CRYPTO_memcmp("abc", "abd", 2), 0);
}
END_TEST

START_TEST(test_strings)
{
    char d[8] = "abc";
    char nt[4] = {'a', 'b', 'c', 'd'};

    ck_assert_uint_eq(OPENSSL_strlcat(d, "defghijk", sizeof(d)), 11);
    ck_assert_str_eq(d, "abcdefg");
    ck_assert_uint_eq(OPENSSL_strlcpy(d, "0123456789", sizeof(d)), 10);
    ck_assert_str_eq(d, "0123456");
    ck_assert_uint_eq(OPENSSL_strlcpy(d, "xy", sizeof(d)), 2);
    ck_assert_str_eq(d, "xy");
    ck_assert_uint_eq(OPENSSL_strlcat(nt, "xy", sizeof(nt)), 6); /* unterminated: nothing appended */
    ck_assert_int_eq(nt[3], 'd');
    ck_assert_uint_eq(OPENSSL_strnlen("abcdef", 3), 3);
    ck_assert_uint_eq(OPENSSL_strnlen("ab", 3), 2);

    ck_assert_int_lt(OPENSSL_strcasecmp("abc", "ABD"), 0);
    ck_assert_int_eq(OPENSSL_strcasecmp("HeLLo", "hello"), 0);
    ck_assert_int_eq(OPENSSL_strncasecmp("abcX", "ABCy", 3), 0);
    ck_assert_int_lt(OPENSSL_strcasecmp("a", "ab"), 0);
    ck_assert_int_gt(OPENSSL_strcasecmp("b", "A"), 0);
}
END_TEST

START_TEST(test_hex)
{
    long len = -7;
    unsigned char *b;
    char *s;
    size_t sl;
    char out[16];
    unsigned char ob[8];

    ck_assert_int_eq(OPENSSL_hexchar2int('0'), 0);
    ck_assert_int_eq(OPENSSL_hexchar2int('f'), 15);
    ck_assert_int_eq(OPENSSL_hexchar2int('B'), 11);
    ck_assert_int_eq(OPENSSL_hexchar2int('g'), -1);

    b = OPENSSL_hexstr2buf("AB:cd:0102", &len);
    ck_assert_ptr_nonnull(b);
    ck_assert_int_eq(len, 4);
    ck_assert_int_eq(memcmp(b, "\xAB\xCD\x01\x02", 4), 0);
    OPENSSL_free(b);
    b = OPENSSL_hexstr2buf(":AB::CD:", &len);
    ck_assert_int_eq(len, 2);
    OPENSSL_free(b);

    len = -7;
    ck_assert_ptr_null(OPENSSL_hexstr2buf("ABC", &len));
    ck_assert_int_eq(len, 0);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_ODD_NUMBER_OF_DIGITS));
    ck_assert_ptr_null(OPENSSL_hexstr2buf("AG", &len));
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_ILLEGAL_HEX_DIGIT));
    ck_assert_ptr_null(OPENSSL_hexstr2buf("ab cd", &len));
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_ILLEGAL_HEX_DIGIT));
    len = -7;
    ck_assert_ptr_null(OPENSSL_hexstr2buf("A", &len));
    ck_assert_int_eq(len, -7);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_HEX_STRING_TOO_SHORT));
    ck_assert_ptr_null(OPENSSL_hexstr2buf("", &len));
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_HEX_STRING_TOO_SHORT));
    ck_assert_uint_eq(ERR_get_error(), 0);

    s = OPENSSL_buf2hexstr((const unsigned char *)"\x01\xab\xff", 3);
    ck_assert_str_eq(s, "01:AB:FF");
    OPENSSL_free(s);
    s = OPENSSL_buf2hexstr((const unsigned char *)"", 0);
    ck_assert_str_eq(s, "");
    OPENSSL_free(s);

    ck_assert_int_eq(OPENSSL_buf2hexstr_ex(NULL, 0, &sl, (const unsigned char *)"\x01\x02", 2, ':'), 1);
    ck_assert_uint_eq(sl, 6);
    ck_assert_int_eq(OPENSSL_buf2hexstr_ex(NULL, 0, &sl, (const unsigned char *)"\x01\x02", 2, 0), 1);
    ck_assert_uint_eq(sl, 5);
    ck_assert_int_eq(OPENSSL_buf2hexstr_ex(out, 6, &sl, (const unsigned char *)"\x01\x02", 2, ':'), 1);
    ck_assert_str_eq(out, "01:02");
    ck_assert_int_eq(OPENSSL_buf2hexstr_ex(out, 5, &sl, (const unsigned char *)"\x01\x02", 2, 0), 1);
    ck_assert_str_eq(out, "0102");
    sl = 0;
    ck_assert_int_eq(OPENSSL_buf2hexstr_ex(out, 5, &sl, (const unsigned char *)"\x01\x02", 2, ':'), 0);
    ck_assert_uint_eq(sl, 6);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_TOO_SMALL_BUFFER));
    ck_assert_int_eq(OPENSSL_buf2hexstr_ex(out, 1, &sl, (const unsigned char *)"", 0, ':'), 1);
    ck_assert_str_eq(out, "");
    ck_assert_uint_eq(sl, 1);

    ck_assert_int_eq(OPENSSL_hexstr2buf_ex(ob, sizeof(ob), &sl, "0A0B0C", 0), 1);
    ck_assert_uint_eq(sl, 3);
    ck_assert_int_eq(memcmp(ob, "\x0A\x0B\x0C", 3), 0);
    ck_assert_int_eq(OPENSSL_hexstr2buf_ex(NULL, 0, &sl, "0A:0B:0C:0D", ':'), 1);
    ck_assert_uint_eq(sl, 4);
    sl = 99;
    ck_assert_int_eq(OPENSSL_hexstr2buf_ex(ob, 2, &sl, "0A0B0C", 0), 0);
    ck_assert_uint_eq(sl, 99);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_TOO_SMALL_BUFFER));
    ck_assert_int_eq(OPENSSL_hexstr2buf_ex(ob, sizeof(ob), &sl, "0A:0B", 0), 0);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_ILLEGAL_HEX_DIGIT));
}
END_TEST

START_TEST(test_secure_heap_absent)
{
    void *p = OPENSSL_secure_zalloc(16);

    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(CRYPTO_secure_malloc_initialized(), 0);
    OPENSSL_secure_clear_free(p, 16);
}
END_TEST

int main(int argc, char **argv)
{
    self_path = argv[0];
    Suite *s;
    TCase *tc;
    SRunner *sr;
    int failed;

    if (argc > 1 && strcmp(argv[1], "--late") == 0) {
        OPENSSL_free(OPENSSL_malloc(10));
        return CRYPTO_set_mem_functions(count_malloc, count_realloc, count_free) == 0 ? 0 : 1;
    }
    /* must precede every allocation made through the library */
    set_mem_result = CRYPTO_set_mem_functions(count_malloc, count_realloc, count_free);

    s = suite_create("mem");
    tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_custom_allocators);
    tcase_add_test(tc, test_too_late);
    tcase_add_test(tc, test_alloc_semantics);
    tcase_add_test(tc, test_strings);
    tcase_add_test(tc, test_hex);
    tcase_add_test(tc, test_secure_heap_absent);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
