/* CRYPTO_THREAD_* on pthreads (the types are fixed by the public header: CRYPTO_ONCE is pthread_once_t,
 * CRYPTO_THREAD_LOCAL pthread_key_t, CRYPTO_THREAD_ID pthread_t), the CRYPTO_atomic_* helpers, and
 * OPENSSL_thread_stop. Functions return 1 on success and 0 on failure, as in OpenSSL. */
#include <pthread.h>
#include <stdint.h>

#include <openssl/crypto.h>

#include "crypto/crypto_local.h"

MBS_API CRYPTO_RWLOCK *CRYPTO_THREAD_lock_new(void)
{
    pthread_rwlock_t *lock = CRYPTO_zalloc(sizeof(*lock), OPENSSL_FILE, OPENSSL_LINE);

    if (lock == NULL)
        return NULL;
    if (pthread_rwlock_init(lock, NULL) != 0) {
        CRYPTO_free(lock, OPENSSL_FILE, OPENSSL_LINE);
        return NULL;
    }
    return lock;
}

MBS_API int CRYPTO_THREAD_read_lock(CRYPTO_RWLOCK *lock)
{
    return lock != NULL && pthread_rwlock_rdlock(lock) == 0;
}

MBS_API int CRYPTO_THREAD_write_lock(CRYPTO_RWLOCK *lock)
{
    return lock != NULL && pthread_rwlock_wrlock(lock) == 0;
}

MBS_API int CRYPTO_THREAD_unlock(CRYPTO_RWLOCK *lock)
{
    return lock != NULL && pthread_rwlock_unlock(lock) == 0;
}

MBS_API void CRYPTO_THREAD_lock_free(CRYPTO_RWLOCK *lock)
{
    if (lock == NULL)
        return;
    pthread_rwlock_destroy(lock);
    CRYPTO_free(lock, OPENSSL_FILE, OPENSSL_LINE);
}

MBS_API int CRYPTO_THREAD_run_once(CRYPTO_ONCE *once, void (*init)(void))
{
    return once != NULL && init != NULL && pthread_once(once, init) == 0;
}

MBS_API int CRYPTO_THREAD_init_local(CRYPTO_THREAD_LOCAL *key, void (*cleanup)(void *))
{
    return key != NULL && pthread_key_create(key, cleanup) == 0;
}

MBS_API void *CRYPTO_THREAD_get_local(CRYPTO_THREAD_LOCAL *key)
{
    return key != NULL ? pthread_getspecific(*key) : NULL;
}

MBS_API int CRYPTO_THREAD_set_local(CRYPTO_THREAD_LOCAL *key, void *val)
{
    return key != NULL && pthread_setspecific(*key, val) == 0;
}

MBS_API int CRYPTO_THREAD_cleanup_local(CRYPTO_THREAD_LOCAL *key)
{
    return key != NULL && pthread_key_delete(*key) == 0;
}

MBS_API CRYPTO_THREAD_ID CRYPTO_THREAD_get_current_id(void)
{
    return pthread_self();
}

MBS_API int CRYPTO_THREAD_compare_id(CRYPTO_THREAD_ID a, CRYPTO_THREAD_ID b)
{
    return pthread_equal(a, b) != 0;
}

/* The lock argument exists for platforms without atomics; with compiler atomics it is not needed. */
MBS_API int CRYPTO_atomic_add(int *val, int amount, int *ret, CRYPTO_RWLOCK *lock)
{
    (void)lock;
    *ret = __atomic_add_fetch(val, amount, __ATOMIC_ACQ_REL);
    return 1;
}

MBS_API int CRYPTO_atomic_or(uint64_t *val, uint64_t op, uint64_t *ret, CRYPTO_RWLOCK *lock)
{
    (void)lock;
    *ret = __atomic_or_fetch(val, op, __ATOMIC_ACQ_REL);
    return 1;
}

MBS_API int CRYPTO_atomic_load(uint64_t *val, uint64_t *ret, CRYPTO_RWLOCK *lock)
{
    (void)lock;
    *ret = __atomic_load_n(val, __ATOMIC_ACQUIRE);
    return 1;
}

/* Releases what this library keeps per thread (the error queue); it is also released at thread exit. */
MBS_API void OPENSSL_thread_stop(void)
{
    mbs_err_thread_stop();
}

MBS_API void OPENSSL_thread_stop_ex(OSSL_LIB_CTX *ctx)
{
    (void)ctx;
    mbs_err_thread_stop();
}

/* Deprecated fork hooks: nothing here needs re-initialising after fork. */
MBS_API void OPENSSL_fork_prepare(void)
{
}

MBS_API void OPENSSL_fork_parent(void)
{
}

MBS_API void OPENSSL_fork_child(void)
{
}
