/* differential */
/* shim/crypto/ex_data.c: CRYPTO_EX_DATA indexes and callbacks, in the order OpenSSL 3.0 calls them
 * (same source runs against the real libcrypto). Each test uses its own classes, since indexes are global. */
#include <check.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/err.h>

static char events[2048];

static void ev(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void ev(const char *fmt, ...)
{
    va_list ap;
    size_t n = strlen(events);

    va_start(ap, fmt);
    vsnprintf(events + n, sizeof(events) - n, fmt, ap);
    va_end(ap);
}

static void new_cb(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp)
{
    ev("new(%s,%d,%s,%ld,%s) ", (const char *)parent, idx, ptr != NULL ? (const char *)ptr : "-", argl,
       argp != NULL ? (const char *)argp : "-");
}

static void free_cb(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp)
{
    ev("free(%s,%d,%s,%ld) ", (const char *)parent, idx, ptr != NULL ? (const char *)ptr : "-", argl);
}

/* argl 3: replace the value; argl 4: fail */
static int dup_cb(CRYPTO_EX_DATA *to, const CRYPTO_EX_DATA *from, void **from_d, int idx, long argl, void *argp)
{
    ev("dup(%d,%s) ", idx, *from_d != NULL ? (const char *)*from_d : "-");
    if (argl == 3)
        *from_d = "dupped";
    return argl != 4;
}

static void setup(void)
{
    events[0] = '\0';
    ERR_clear_error();
}

#define GET(ad, i) ((const char *)CRYPTO_get_ex_data((ad), (i)))

START_TEST(test_indexes)
{
    /* index 0 is reserved in every class */
    ck_assert_int_eq(CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_UI, 0, NULL, NULL, NULL, NULL), 1);
    ck_assert_int_eq(CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_UI, 0, NULL, NULL, NULL, NULL), 2);
    ck_assert_int_eq(CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_UI_METHOD, 0, NULL, NULL, NULL, NULL), 1);

    ck_assert_int_eq(CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX__COUNT, 0, NULL, NULL, NULL, NULL), -1);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_INVALID_ARGUMENT));
    ck_assert_int_eq(CRYPTO_get_ex_new_index(-1, 0, NULL, NULL, NULL, NULL), -1);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_INVALID_ARGUMENT));

    ck_assert_int_eq(CRYPTO_free_ex_index(CRYPTO_EX_INDEX_UI, 2), 1);
    ck_assert_int_eq(CRYPTO_free_ex_index(CRYPTO_EX_INDEX_UI, 99), 0);
    ck_assert_int_eq(CRYPTO_free_ex_index(CRYPTO_EX_INDEX_UI, -1), 0);
    ck_assert_uint_eq(ERR_peek_error(), 0);
    /* freed numbers are not reused */
    ck_assert_int_eq(CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_UI, 0, NULL, NULL, NULL, NULL), 3);
}
END_TEST

START_TEST(test_set_get)
{
    CRYPTO_EX_DATA ad = {0};

    ck_assert_ptr_null(CRYPTO_get_ex_data(&ad, 0));
    ck_assert_ptr_null(CRYPTO_get_ex_data(&ad, -1));
    /* any index can be set, registered or not; the vector grows */
    ck_assert_int_eq(CRYPTO_set_ex_data(&ad, 5, "five"), 1);
    ck_assert_str_eq(GET(&ad, 5), "five");
    ck_assert_ptr_null(CRYPTO_get_ex_data(&ad, 4));
    ck_assert_ptr_null(CRYPTO_get_ex_data(&ad, 6));
    ck_assert_int_eq(CRYPTO_set_ex_data(&ad, 0, "zero"), 1);
    ck_assert_str_eq(GET(&ad, 0), "zero");
    ck_assert_int_eq(CRYPTO_set_ex_data(&ad, 5, NULL), 1);
    ck_assert_ptr_null(CRYPTO_get_ex_data(&ad, 5));

    /* a negative index fails with two errors (the stack's, then ex_data's) */
    ck_assert_int_eq(CRYPTO_set_ex_data(&ad, -1, "neg"), 0);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_INVALID_ARGUMENT));
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_INVALID_ARGUMENT));
    ck_assert_uint_eq(ERR_get_error(), 0);

    CRYPTO_free_ex_data(CRYPTO_EX_INDEX_APP, NULL, &ad);
    ck_assert_ptr_null(ad.sk);
}
END_TEST

START_TEST(test_callbacks)
{
    const int cls = CRYPTO_EX_INDEX_DRBG;
    int i1 = CRYPTO_get_ex_new_index(cls, 1, "p1", new_cb, dup_cb, free_cb);
    int i2 = CRYPTO_get_ex_new_index(cls, 2, "p2", NULL, NULL, free_cb);
    int i3 = CRYPTO_get_ex_new_index(cls, 3, "p3", new_cb, dup_cb, NULL);
    int i4 = CRYPTO_get_ex_new_index(cls, 5, NULL, NULL, dup_cb, NULL);
    CRYPTO_EX_DATA ad, ad2 = {0};

    ck_assert_int_eq(i1, 1);
    ck_assert_int_eq(i4, 4);

    /* new: every index with a new callback, ascending; no storage yet */
    ck_assert_int_eq(CRYPTO_new_ex_data(cls, "obj", &ad), 1);
    ck_assert_str_eq(events, "new(obj,1,-,1,p1) new(obj,3,-,3,p3) ");
    ck_assert_ptr_null(ad.sk);

    CRYPTO_set_ex_data(&ad, i1, "v1");
    CRYPTO_set_ex_data(&ad, i3, "v3");
    CRYPTO_set_ex_data(&ad, i4, "v4");
    CRYPTO_set_ex_data(&ad, 10, "v10");

    /* dup: indexes with a dup callback may change the value; beyond the registered ones nothing is copied */
    events[0] = '\0';
    ck_assert_int_eq(CRYPTO_dup_ex_data(cls, &ad2, &ad), 1);
    ck_assert_str_eq(events, "dup(1,v1) dup(3,v3) dup(4,v4) ");
    ck_assert_str_eq(GET(&ad2, i1), "v1");
    ck_assert_ptr_null(CRYPTO_get_ex_data(&ad2, i2));
    ck_assert_str_eq(GET(&ad2, i3), "dupped");
    ck_assert_str_eq(GET(&ad2, i4), "v4");
    ck_assert_ptr_null(CRYPTO_get_ex_data(&ad2, 10));

    /* free: every index with a free callback, ascending, values may be NULL */
    events[0] = '\0';
    CRYPTO_free_ex_data(cls, "obj2", &ad2);
    ck_assert_str_eq(events, "free(obj2,1,v1,1) free(obj2,2,-,2) ");
    ck_assert_ptr_null(ad2.sk);

    /* a freed index loses its callbacks */
    ck_assert_int_eq(CRYPTO_free_ex_index(cls, i1), 1);
    events[0] = '\0';
    CRYPTO_free_ex_data(cls, "obj", &ad);
    ck_assert_str_eq(events, "free(obj,2,-,2) ");

    events[0] = '\0';
    ck_assert_int_eq(CRYPTO_new_ex_data(cls, "obj3", &ad), 1);
    ck_assert_str_eq(events, "new(obj3,3,-,3,p3) ");

    /* alloc: runs the new callback of one index when its value is still NULL */
    events[0] = '\0';
    ck_assert_int_eq(CRYPTO_alloc_ex_data(cls, "obj3", &ad, i3), 1);
    ck_assert_str_eq(events, "new(obj3,3,-,3,p3) ");
    CRYPTO_set_ex_data(&ad, i3, "x");
    events[0] = '\0';
    ck_assert_int_eq(CRYPTO_alloc_ex_data(cls, "obj3", &ad, i3), 1);
    ck_assert_str_eq(events, "");
    CRYPTO_free_ex_data(cls, "obj3", &ad);
    ck_assert_uint_eq(ERR_peek_error(), 0);
}
END_TEST

START_TEST(test_dup_failure_and_edges)
{
    const int cls = CRYPTO_EX_INDEX_OSSL_LIB_CTX;
    int a = CRYPTO_get_ex_new_index(cls, 1, NULL, NULL, dup_cb, NULL);
    int b = CRYPTO_get_ex_new_index(cls, 4, NULL, NULL, dup_cb, NULL); /* fails */
    int c = CRYPTO_get_ex_new_index(cls, 3, NULL, NULL, dup_cb, NULL);
    int d = CRYPTO_get_ex_new_index(cls, 1, NULL, NULL, NULL, NULL);
    CRYPTO_EX_DATA x = {0}, y = {0}, e1 = {0}, e2 = {0};
    char want[64];

    ck_assert_int_eq(b, a + 1);
    CRYPTO_set_ex_data(&x, 0, "Z");
    CRYPTO_set_ex_data(&x, a, "A");
    CRYPTO_set_ex_data(&x, b, "B");
    CRYPTO_set_ex_data(&x, c, "C");
    CRYPTO_set_ex_data(&x, d, "D");
    CRYPTO_set_ex_data(&y, a, "old");
    /* the copy stops at the failing callback: earlier values are in, later ones are not */
    ck_assert_int_eq(CRYPTO_dup_ex_data(cls, &y, &x), 0);
    snprintf(want, sizeof(want), "dup(%d,A) dup(%d,B) ", a, b);
    ck_assert_str_eq(events, want);
    ck_assert_str_eq(GET(&y, 0), "Z");
    ck_assert_str_eq(GET(&y, a), "A");
    ck_assert_ptr_null(CRYPTO_get_ex_data(&y, b));
    ck_assert_ptr_null(CRYPTO_get_ex_data(&y, c));
    ck_assert_ptr_null(CRYPTO_get_ex_data(&y, d));
    ck_assert_uint_eq(ERR_peek_error(), 0);

    /* nothing to copy */
    ck_assert_int_eq(CRYPTO_dup_ex_data(cls, &e2, &e1), 1);
    ck_assert_ptr_null(e2.sk);

    /* bad classes */
    ck_assert_int_eq(CRYPTO_new_ex_data(99, NULL, &e1), 0);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_INVALID_ARGUMENT));
    CRYPTO_free_ex_data(99, NULL, &x); /* still releases the storage */
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_PASSED_INVALID_ARGUMENT));
    ck_assert_ptr_null(x.sk);
    CRYPTO_free_ex_data(cls, NULL, &y);
}
END_TEST

/* A class nobody registered an index in cannot copy data (OpenSSL 3.0 reports a malloc failure). */
START_TEST(test_dup_unregistered_class)
{
    CRYPTO_EX_DATA u = {0}, w = {0};

    CRYPTO_set_ex_data(&u, 1, "one");
    ck_assert_int_eq(CRYPTO_dup_ex_data(CRYPTO_EX_INDEX_DSA, &w, &u), 0);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_CRYPTO, 0, ERR_R_MALLOC_FAILURE));
    CRYPTO_free_ex_data(CRYPTO_EX_INDEX_DSA, NULL, &u);
    CRYPTO_free_ex_data(CRYPTO_EX_INDEX_DSA, NULL, &w);
}
END_TEST

/* Two threads registering indexes in the same class get distinct numbers. */
static void *register_many(void *arg)
{
    int *out = arg;

    for (int i = 0; i < 200; i++)
        out[i] = CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_RSA, i, NULL, NULL, NULL, NULL);
    return NULL;
}

START_TEST(test_thread_safe_registration)
{
    static int r1[200], r2[200];
    static char seen[402];
    pthread_t t1, t2;

    pthread_create(&t1, NULL, register_many, r1);
    pthread_create(&t2, NULL, register_many, r2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    memset(seen, 0, sizeof(seen));
    for (int i = 0; i < 200; i++) {
        ck_assert_int_ge(r1[i], 1);
        ck_assert_int_le(r1[i], 400);
        ck_assert_int_ge(r2[i], 1);
        ck_assert_int_le(r2[i], 400);
        ck_assert_int_eq(seen[r1[i]]++, 0);
        ck_assert_int_eq(seen[r2[i]]++, 0);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ex_data");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_indexes);
    tcase_add_test(tc, test_set_get);
    tcase_add_test(tc, test_callbacks);
    tcase_add_test(tc, test_dup_failure_and_edges);
    tcase_add_test(tc, test_dup_unregistered_class);
    tcase_add_test(tc, test_thread_safe_registration);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
