/* differential */
/* shim/crypto/stack.c: OPENSSL_sk_* with OpenSSL 3.0 semantics (same source runs against the real libcrypto). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/stack.h>

static int cmp_str(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;

    if (x == NULL || y == NULL)
        return (x != NULL) - (y != NULL); /* NULL first */
    return strcmp(x, y);
}

static int cmp_first(const void *a, const void *b)
{
    return (*(const char *const *)a)[0] - (*(const char *const *)b)[0];
}

/* "a b c" rendering for easy comparison. */
static const char *show(const OPENSSL_STACK *st)
{
    static char buf[512];

    buf[0] = '\0';
    for (int i = 0; i < OPENSSL_sk_num(st); i++) {
        const char *v = OPENSSL_sk_value(st, i);

        if (i > 0)
            strcat(buf, " ");
        strcat(buf, v != NULL ? v : "NULL");
    }
    return buf;
}

static void setup(void)
{
    ERR_clear_error();
}

START_TEST(test_null_stack)
{
    int pn = 77;

    ck_assert_int_eq(OPENSSL_sk_num(NULL), -1);
    ck_assert_ptr_null(OPENSSL_sk_value(NULL, 0));
    ck_assert_int_eq(OPENSSL_sk_push(NULL, "a"), -1);
    ck_assert_ptr_null(OPENSSL_sk_pop(NULL));
    ck_assert_ptr_null(OPENSSL_sk_shift(NULL));
    ck_assert_ptr_null(OPENSSL_sk_delete(NULL, 0));
    ck_assert_ptr_null(OPENSSL_sk_delete_ptr(NULL, "a"));
    ck_assert_int_eq(OPENSSL_sk_find(NULL, "a"), -1);
    ck_assert_int_eq(OPENSSL_sk_find_ex(NULL, "a"), -1);
    ck_assert_int_eq(OPENSSL_sk_find_all(NULL, "a", &pn), -1);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(NULL), 1);
    OPENSSL_sk_zero(NULL);
    OPENSSL_sk_sort(NULL);
    OPENSSL_sk_free(NULL);
    OPENSSL_sk_pop_free(NULL, NULL);
    ck_assert_uint_eq(ERR_peek_error(), 0);

    /* these complain */
    ck_assert_ptr_null(OPENSSL_sk_set(NULL, 0, "a"));
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_NULL_PARAMETER));
    ck_assert_int_eq(OPENSSL_sk_unshift(NULL, "a"), 0);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_NULL_PARAMETER));
    ck_assert_int_eq(OPENSSL_sk_insert(NULL, "a", 0), 0);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_NULL_PARAMETER));
    ck_assert_int_eq(OPENSSL_sk_reserve(NULL, 5), 0);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_NULL_PARAMETER));
    ck_assert_uint_eq(ERR_get_error(), 0);

    /* copies of NULL are empty stacks */
    {
        OPENSSL_STACK *d = OPENSSL_sk_dup(NULL);

        ck_assert_ptr_nonnull(d);
        ck_assert_int_eq(OPENSSL_sk_num(d), 0);
        OPENSSL_sk_free(d);
        d = OPENSSL_sk_deep_copy(NULL, NULL, NULL);
        ck_assert_ptr_nonnull(d);
        ck_assert_int_eq(OPENSSL_sk_num(d), 0);
        OPENSSL_sk_free(d);
    }
}
END_TEST

START_TEST(test_empty_stack)
{
    OPENSSL_STACK *s = OPENSSL_sk_new_null();
    const char *file, *data;
    int flags;

    ck_assert_int_eq(OPENSSL_sk_num(s), 0);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 0);
    ck_assert_ptr_null(OPENSSL_sk_value(s, -1));
    ck_assert_ptr_null(OPENSSL_sk_value(s, 0));
    ck_assert_ptr_null(OPENSSL_sk_delete(s, 0));
    ck_assert_ptr_null(OPENSSL_sk_pop(s));
    ck_assert_ptr_null(OPENSSL_sk_shift(s));
    ck_assert_int_eq(OPENSSL_sk_find(s, "a"), -1);
    ck_assert_int_eq(OPENSSL_sk_find_ex(s, "a"), -1);
    ck_assert_int_eq(OPENSSL_sk_reserve(s, -1), 1);
    ck_assert_int_eq(OPENSSL_sk_reserve(s, 0), 1);
    ck_assert_int_eq(OPENSSL_sk_reserve(s, 100), 1);
    ck_assert_uint_eq(ERR_peek_error(), 0);

    /* set out of range: error with the index as data */
    ck_assert_ptr_null(OPENSSL_sk_set(s, 0, "a"));
    ck_assert_uint_eq(ERR_get_error_all(&file, NULL, NULL, &data, &flags),
                      ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_INVALID_ARGUMENT));
    ck_assert_str_eq(data, "i=0");
    OPENSSL_sk_free(s);

    s = OPENSSL_sk_new_reserve(NULL, -3);
    ck_assert_ptr_nonnull(s);
    OPENSSL_sk_free(s);
    s = OPENSSL_sk_new_reserve(cmp_str, 10);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(OPENSSL_sk_num(s), 0);
    OPENSSL_sk_free(s);
}
END_TEST

START_TEST(test_insert_delete)
{
    OPENSSL_STACK *s = OPENSSL_sk_new_null();
    const char *b;
    const char *data;
    int flags;

    ck_assert_int_eq(OPENSSL_sk_push(s, "d"), 1);
    ck_assert_int_eq(OPENSSL_sk_push(s, "b"), 2);
    ck_assert_int_eq(OPENSSL_sk_unshift(s, "a"), 3);
    ck_assert_int_eq(OPENSSL_sk_insert(s, "c", 1), 4);
    ck_assert_int_eq(OPENSSL_sk_insert(s, "z", 99), 5); /* out of range: appended */
    ck_assert_int_eq(OPENSSL_sk_insert(s, "y", -5), 6);
    ck_assert_str_eq(show(s), "a c d b z y");
    ck_assert_int_eq(OPENSSL_sk_push(s, NULL), 7);
    ck_assert_str_eq(show(s), "a c d b z y NULL");

    /* no comparison function: pointer identity */
    b = OPENSSL_sk_value(s, 3);
    ck_assert_int_eq(OPENSSL_sk_find(s, b), 3);
    {
        char copy[] = "b";
        int pn = 9;

        ck_assert_int_eq(OPENSSL_sk_find(s, copy), -1);
        ck_assert_int_eq(OPENSSL_sk_find_ex(s, copy), -1);
        ck_assert_int_eq(OPENSSL_sk_find_all(s, b, &pn), 3);
        ck_assert_int_eq(pn, 1);
        ck_assert_int_eq(OPENSSL_sk_find_all(s, copy, &pn), -1);
        ck_assert_int_eq(pn, 0);
    }
    ck_assert_int_eq(OPENSSL_sk_find(s, NULL), 6);

    ck_assert_ptr_null(OPENSSL_sk_delete(s, 99));
    ck_assert_ptr_null(OPENSSL_sk_delete(s, -1));
    ck_assert_uint_eq(ERR_peek_error(), 0);
    ck_assert_ptr_null(OPENSSL_sk_set(s, 99, "q"));
    ck_assert_uint_eq(ERR_get_error_all(NULL, NULL, NULL, &data, &flags),
                      ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_INVALID_ARGUMENT));
    ck_assert_str_eq(data, "i=99");
    ck_assert_ptr_null(OPENSSL_sk_set(s, -1, "q"));
    ck_assert_uint_eq(ERR_get_error_all(NULL, NULL, NULL, &data, &flags),
                      ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_INVALID_ARGUMENT));
    ck_assert_str_eq(data, "i=-1");
    ck_assert_ptr_null(OPENSSL_sk_delete_ptr(s, "nope"));
    ck_assert_ptr_null(OPENSSL_sk_delete(s, OPENSSL_sk_num(s) - 1));
    ck_assert_ptr_eq(OPENSSL_sk_delete_ptr(s, b), b);
    ck_assert_str_eq(show(s), "a c d z y");
    ck_assert_str_eq(OPENSSL_sk_shift(s), "a");
    ck_assert_str_eq(OPENSSL_sk_pop(s), "y");
    ck_assert_str_eq(OPENSSL_sk_delete(s, 1), "d");
    ck_assert_str_eq(show(s), "c z");
    ck_assert_str_eq(OPENSSL_sk_set(s, 1, "x"), "x");
    ck_assert_str_eq(show(s), "c x");
    OPENSSL_sk_zero(s);
    ck_assert_int_eq(OPENSSL_sk_num(s), 0);

    /* grows past any initial allocation */
    for (int i = 0; i < 1000; i++)
        ck_assert_int_eq(OPENSSL_sk_push(s, "n"), i + 1);
    ck_assert_int_eq(OPENSSL_sk_num(s), 1000);
    OPENSSL_sk_free(s);
}
END_TEST

START_TEST(test_sorting_and_find)
{
    OPENSSL_STACK *s = OPENSSL_sk_new_null();
    const char *v[] = {"a", "c", "d", "b", "z", "y"};
    int pn;

    for (size_t i = 0; i < 6; i++)
        OPENSSL_sk_push(s, v[i]);
    ck_assert_ptr_null((void *)OPENSSL_sk_set_cmp_func(s, cmp_str));
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 0);
    ck_assert_str_eq(show(s), "a c d b z y");

    /* find with a comparison function sorts in place */
    ck_assert_int_eq(OPENSSL_sk_find(s, "c"), 2);
    ck_assert_str_eq(show(s), "a b c d y z");
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 1);
    ck_assert_int_eq(OPENSSL_sk_find(s, "bb"), -1);
    ck_assert_int_eq(OPENSSL_sk_find(s, NULL), -1);
    /* find_ex on a miss: the last index the binary search looked at */
    ck_assert_int_eq(OPENSSL_sk_find_ex(s, "cc"), 2);
    ck_assert_int_eq(OPENSSL_sk_find_ex(s, "a0"), 0);
    ck_assert_int_eq(OPENSSL_sk_find_ex(s, "zz"), 5);
    ck_assert_int_eq(OPENSSL_sk_find_ex(s, "d"), 3);

    /* adding clears sorted; sorting sets it */
    ck_assert_int_eq(OPENSSL_sk_push(s, "b"), 7);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 0);
    OPENSSL_sk_sort(s);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 1);
    ck_assert_str_eq(show(s), "a b b c d y z");

    /* first of equal elements, and their count */
    ck_assert_int_eq(OPENSSL_sk_find(s, "b"), 1);
    pn = 0;
    ck_assert_int_eq(OPENSSL_sk_find_all(s, "b", &pn), 1);
    ck_assert_int_eq(pn, 2);
    pn = 9;
    ck_assert_int_eq(OPENSSL_sk_find_all(s, "q", &pn), -1);
    ck_assert_int_eq(pn, 0);
    pn = 0;
    ck_assert_int_eq(OPENSSL_sk_find_all(s, "a", &pn), 0);
    ck_assert_int_eq(pn, 1);

    /* the same function keeps sorted, another clears it */
    ck_assert_ptr_eq((void *)OPENSSL_sk_set_cmp_func(s, cmp_str), (void *)cmp_str);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 1);
    OPENSSL_sk_set_cmp_func(s, cmp_first);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 0);
    OPENSSL_sk_sort(s);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 1);

    /* delete/pop/zero keep sorted; set clears it */
    OPENSSL_sk_pop(s);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 1);
    OPENSSL_sk_delete(s, 0);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 1);
    OPENSSL_sk_set(s, 0, "zz");
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 0);
    OPENSSL_sk_sort(s);
    OPENSSL_sk_zero(s);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 1);
    OPENSSL_sk_free(s);

    /* empty / single-element stacks */
    s = OPENSSL_sk_new(cmp_str);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 0);
    ck_assert_int_eq(OPENSSL_sk_find(s, "y"), -1);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 0);
    OPENSSL_sk_sort(s);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 1);
    OPENSSL_sk_push(s, "x");
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 0);
    ck_assert_int_eq(OPENSSL_sk_find(s, "y"), -1);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 1);
    ck_assert_int_eq(OPENSSL_sk_find_ex(s, "y"), 0);
    OPENSSL_sk_free(s);

    /* sort without a comparison function does nothing */
    s = OPENSSL_sk_new_null();
    OPENSSL_sk_push(s, "b");
    OPENSSL_sk_push(s, "a");
    OPENSSL_sk_sort(s);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(s), 0);
    ck_assert_str_eq(show(s), "b a");
    OPENSSL_sk_free(s);
}
END_TEST

static int n_freed;

static void count_free(void *p)
{
    n_freed++;
    free(p);
}

static void *copy_or_fail(const void *p)
{
    return strcmp(p, "fail") == 0 ? NULL : strdup(p);
}

START_TEST(test_copies_and_free)
{
    OPENSSL_STACK *s = OPENSSL_sk_new(cmp_str), *d;

    OPENSSL_sk_push(s, "b");
    OPENSSL_sk_push(s, NULL);
    OPENSSL_sk_push(s, "a");

    d = OPENSSL_sk_dup(s);
    ck_assert_str_eq(show(d), "b NULL a");
    ck_assert_ptr_eq(OPENSSL_sk_value(d, 0), OPENSSL_sk_value(s, 0)); /* shallow */
    ck_assert_int_eq(OPENSSL_sk_is_sorted(d), OPENSSL_sk_is_sorted(s));
    OPENSSL_sk_free(d);

    d = OPENSSL_sk_deep_copy(s, copy_or_fail, count_free);
    ck_assert_ptr_nonnull(d);
    ck_assert_str_eq(show(d), "b NULL a");
    ck_assert_ptr_ne(OPENSSL_sk_value(d, 0), OPENSSL_sk_value(s, 0));
    /* the comparison function comes along */
    OPENSSL_sk_sort(d);
    ck_assert_int_eq(OPENSSL_sk_is_sorted(d), 1);
    n_freed = 0;
    OPENSSL_sk_pop_free(d, count_free); /* NULL elements are skipped */
    ck_assert_int_eq(n_freed, 2);

    /* a failing copy releases what was copied */
    OPENSSL_sk_push(s, "fail");
    n_freed = 0;
    ck_assert_ptr_null(OPENSSL_sk_deep_copy(s, copy_or_fail, count_free));
    ck_assert_int_eq(n_freed, 2);
    OPENSSL_sk_free(s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("stack");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_null_stack);
    tcase_add_test(tc, test_empty_stack);
    tcase_add_test(tc, test_insert_delete);
    tcase_add_test(tc, test_sorting_and_find);
    tcase_add_test(tc, test_copies_and_free);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
