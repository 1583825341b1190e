/* differential */
/* shim/crypto/threads.c: locks, run-once, thread-locals, atomics (same source runs against the real
 * libcrypto). */
#include <check.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include <openssl/crypto.h>
#include <openssl/err.h>

START_TEST(test_locks)
{
    CRYPTO_RWLOCK *l = CRYPTO_THREAD_lock_new();

    ck_assert_ptr_nonnull(l);
    ck_assert_int_eq(CRYPTO_THREAD_read_lock(l), 1);
    ck_assert_int_eq(CRYPTO_THREAD_read_lock(l), 1); /* readers share */
    ck_assert_int_eq(CRYPTO_THREAD_unlock(l), 1);
    ck_assert_int_eq(CRYPTO_THREAD_unlock(l), 1);
    ck_assert_int_eq(CRYPTO_THREAD_write_lock(l), 1);
    ck_assert_int_eq(CRYPTO_THREAD_unlock(l), 1);
    CRYPTO_THREAD_lock_free(l);
    CRYPTO_THREAD_lock_free(NULL);
}
END_TEST

static CRYPTO_ONCE once = CRYPTO_ONCE_STATIC_INIT;
static int once_calls;

static void once_init(void)
{
    __atomic_add_fetch(&once_calls, 1, __ATOMIC_SEQ_CST);
}

static void *run_once_thread(void *arg)
{
    return (void *)(long)CRYPTO_THREAD_run_once(&once, once_init);
}

START_TEST(test_run_once)
{
    pthread_t t[4];
    void *r;

    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, run_once_thread, NULL);
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], &r);
        ck_assert_int_eq((long)r, 1);
    }
    ck_assert_int_eq(CRYPTO_THREAD_run_once(&once, once_init), 1);
    ck_assert_int_eq(once_calls, 1);
}
END_TEST

static CRYPTO_THREAD_LOCAL key;
static int cleanups;

static void local_cleanup(void *p)
{
    __atomic_add_fetch(&cleanups, 1, __ATOMIC_SEQ_CST);
}

static void *local_thread(void *arg)
{
    long ok = CRYPTO_THREAD_get_local(&key) == NULL;

    ok &= CRYPTO_THREAD_set_local(&key, arg);
    ok &= CRYPTO_THREAD_get_local(&key) == arg;
    return (void *)ok;
}

START_TEST(test_thread_local)
{
    pthread_t t1, t2;
    void *r1, *r2;
    int v1, v2, mine;

    ck_assert_int_eq(CRYPTO_THREAD_init_local(&key, local_cleanup), 1);
    ck_assert_int_eq(CRYPTO_THREAD_set_local(&key, &mine), 1);
    pthread_create(&t1, NULL, local_thread, &v1);
    pthread_create(&t2, NULL, local_thread, &v2);
    pthread_join(t1, &r1);
    pthread_join(t2, &r2);
    ck_assert_int_eq((long)r1, 1);
    ck_assert_int_eq((long)r2, 1);
    ck_assert_ptr_eq(CRYPTO_THREAD_get_local(&key), &mine);
    ck_assert_int_eq(cleanups, 2); /* run at thread exit for non-NULL values */
    ck_assert_int_eq(CRYPTO_THREAD_cleanup_local(&key), 1);
}
END_TEST

static void *id_thread(void *arg)
{
    *(CRYPTO_THREAD_ID *)arg = CRYPTO_THREAD_get_current_id();
    return NULL;
}

START_TEST(test_thread_ids)
{
    CRYPTO_THREAD_ID me = CRYPTO_THREAD_get_current_id(), other;
    pthread_t t;

    ck_assert_int_eq(CRYPTO_THREAD_compare_id(me, CRYPTO_THREAD_get_current_id()), 1);
    pthread_create(&t, NULL, id_thread, &other);
    pthread_join(t, NULL);
    ck_assert_int_eq(CRYPTO_THREAD_compare_id(me, other), 0);
}
END_TEST

static int counter;

static void *add_thread(void *arg)
{
    int r;

    for (int i = 0; i < 100000; i++)
        CRYPTO_atomic_add(&counter, 1, &r, (CRYPTO_RWLOCK *)arg);
    return NULL;
}

START_TEST(test_atomics)
{
    CRYPTO_RWLOCK *l = CRYPTO_THREAD_lock_new();
    int v = 5, r = 0;
    uint64_t u = 1, ur = 0;
    pthread_t t1, t2;

    ck_assert_int_eq(CRYPTO_atomic_add(&v, 3, &r, l), 1);
    ck_assert_int_eq(v, 8);
    ck_assert_int_eq(r, 8);
    ck_assert_int_eq(CRYPTO_atomic_add(&v, -10, &r, NULL), 1);
    ck_assert_int_eq(r, -2);
    ck_assert_int_eq(CRYPTO_atomic_or(&u, 6, &ur, l), 1);
    ck_assert_uint_eq(u, 7);
    ck_assert_uint_eq(ur, 7);
    ck_assert_int_eq(CRYPTO_atomic_load(&u, &ur, l), 1);
    ck_assert_uint_eq(ur, 7);

    pthread_create(&t1, NULL, add_thread, l);
    pthread_create(&t2, NULL, add_thread, l);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    ck_assert_int_eq(counter, 200000);
    CRYPTO_THREAD_lock_free(l);
}
END_TEST

static void *stop_thread(void *arg)
{
    ERR_raise(ERR_LIB_BIO, 1);
    OPENSSL_thread_stop();
    return (void *)(long)(ERR_peek_error() == 0);
}

START_TEST(test_thread_stop)
{
    pthread_t t;
    void *r;

    pthread_create(&t, NULL, stop_thread, NULL);
    pthread_join(t, &r);
    ck_assert_int_eq((long)r, 1);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, test_locks);
    tcase_add_test(tc, test_run_once);
    tcase_add_test(tc, test_thread_local);
    tcase_add_test(tc, test_thread_ids);
    tcase_add_test(tc, test_atomics);
    tcase_add_test(tc, test_thread_stop);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
