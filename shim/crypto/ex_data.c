/* CRYPTO_EX_DATA: per-class registries of application data indexes with new/dup/free callbacks.
 *
 * OpenSSL 3.0 behaviour kept: index 0 of every class is reserved (the legacy *_get_app_data slot), so the
 * first CRYPTO_get_ex_new_index returns 1; callbacks run in ascending index order, outside the registry lock;
 * new/free callbacks run for every index that has one (values may be NULL); a failing dup callback stops the
 * copy and makes CRYPTO_dup_ex_data return 0; a freed index keeps its number but loses its callbacks.
 * The values live in CRYPTO_EX_DATA.sk (a STACK_OF(void)), exactly the public struct layout. */
#include <pthread.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/stack.h>

#include "crypto/crypto_local.h"

struct ex_cb {
    long argl;
    void *argp;
    CRYPTO_EX_new *new_func;
    CRYPTO_EX_dup *dup_func;
    CRYPTO_EX_free *free_func;
};

struct ex_class {
    struct ex_cb *cb;
    int num; /* 0 until the first index is handed out, then includes the reserved index 0 */
    int cap;
};

static struct ex_class ex_classes[CRYPTO_EX_INDEX__COUNT];
static pthread_rwlock_t ex_lock = PTHREAD_RWLOCK_INITIALIZER;

static int class_ok(int class_index)
{
    if (class_index < 0 || class_index >= CRYPTO_EX_INDEX__COUNT) {
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_PASSED_INVALID_ARGUMENT);
        return 0;
    }
    return 1;
}

MBS_API int CRYPTO_get_ex_new_index(int class_index, long argl, void *argp, CRYPTO_EX_new *new_func,
                                    CRYPTO_EX_dup *dup_func, CRYPTO_EX_free *free_func)
{
    struct ex_class *c;
    int idx = -1;

    if (!class_ok(class_index))
        return -1;
    c = &ex_classes[class_index];
    pthread_rwlock_wrlock(&ex_lock);
    if (c->num + 2 > c->cap) {
        int ncap = c->cap == 0 ? 8 : c->cap * 2;
        struct ex_cb *ncb = CRYPTO_realloc(c->cb, sizeof(*ncb) * (size_t)ncap, OPENSSL_FILE, OPENSSL_LINE);

        if (ncb == NULL) {
            pthread_rwlock_unlock(&ex_lock);
            ERR_raise(ERR_LIB_CRYPTO, ERR_R_MALLOC_FAILURE);
            return -1;
        }
        c->cb = ncb;
        c->cap = ncap;
    }
    if (c->num == 0) {
        memset(&c->cb[0], 0, sizeof(c->cb[0])); /* reserved app-data slot, no callbacks */
        c->num = 1;
    }
    idx = c->num++;
    c->cb[idx].argl = argl;
    c->cb[idx].argp = argp;
    c->cb[idx].new_func = new_func;
    c->cb[idx].dup_func = dup_func;
    c->cb[idx].free_func = free_func;
    pthread_rwlock_unlock(&ex_lock);
    return idx;
}

MBS_API int CRYPTO_free_ex_index(int class_index, int idx)
{
    struct ex_class *c;
    int ok = 0;

    if (!class_ok(class_index))
        return 0;
    c = &ex_classes[class_index];
    pthread_rwlock_wrlock(&ex_lock);
    if (idx >= 0 && idx < c->num) {
        c->cb[idx].new_func = NULL;
        c->cb[idx].dup_func = NULL;
        c->cb[idx].free_func = NULL;
        ok = 1;
    }
    pthread_rwlock_unlock(&ex_lock);
    return ok;
}

/* Copies the class's callbacks so they can run without the lock (they may register indexes themselves).
 * Uses `local` when it is large enough; returns the count, -1 on allocation failure. */
#define EX_LOCAL 16
static int snapshot(int class_index, struct ex_cb *local, struct ex_cb **out)
{
    struct ex_class *c = &ex_classes[class_index];
    int n;

    pthread_rwlock_rdlock(&ex_lock);
    n = c->num;
    *out = local;
    if (n > EX_LOCAL) {
        *out = CRYPTO_malloc(sizeof(**out) * (size_t)n, OPENSSL_FILE, OPENSSL_LINE);
        if (*out == NULL) {
            pthread_rwlock_unlock(&ex_lock);
            ERR_raise(ERR_LIB_CRYPTO, ERR_R_MALLOC_FAILURE);
            return -1;
        }
    }
    if (n > 0)
        memcpy(*out, c->cb, sizeof(**out) * (size_t)n);
    pthread_rwlock_unlock(&ex_lock);
    return n;
}

static void snapshot_free(struct ex_cb *cbs, struct ex_cb *local)
{
    if (cbs != local)
        CRYPTO_free(cbs, OPENSSL_FILE, OPENSSL_LINE);
}

MBS_API int CRYPTO_new_ex_data(int class_index, void *obj, CRYPTO_EX_DATA *ad)
{
    struct ex_cb local[EX_LOCAL], *cbs;
    int n;

    if (ad == NULL || !class_ok(class_index))
        return 0;
    ad->ctx = NULL;
    ad->sk = NULL;
    n = snapshot(class_index, local, &cbs);
    if (n < 0)
        return 0;
    for (int i = 0; i < n; i++) {
        if (cbs[i].new_func != NULL)
            cbs[i].new_func(obj, CRYPTO_get_ex_data(ad, i), ad, i, cbs[i].argl, cbs[i].argp);
    }
    snapshot_free(cbs, local);
    return 1;
}

MBS_API int CRYPTO_alloc_ex_data(int class_index, void *obj, CRYPTO_EX_DATA *ad, int idx)
{
    struct ex_cb cb;
    void *cur;

    if (ad == NULL || !class_ok(class_index))
        return 0;
    cur = CRYPTO_get_ex_data(ad, idx);
    if (cur != NULL)
        return 1;
    pthread_rwlock_rdlock(&ex_lock);
    if (idx < 0 || idx >= ex_classes[class_index].num) {
        pthread_rwlock_unlock(&ex_lock);
        return 0;
    }
    cb = ex_classes[class_index].cb[idx];
    pthread_rwlock_unlock(&ex_lock);
    if (cb.new_func != NULL)
        cb.new_func(obj, cur, ad, idx, cb.argl, cb.argp);
    return 1;
}

MBS_API int CRYPTO_dup_ex_data(int class_index, CRYPTO_EX_DATA *to, const CRYPTO_EX_DATA *from)
{
    struct ex_cb local[EX_LOCAL], *cbs;
    int n, mx, ret = 1;

    if (to == NULL || from == NULL)
        return 0;
    if (from->sk == NULL)
        return 1; /* nothing to copy */
    if (!class_ok(class_index))
        return 0;
    n = snapshot(class_index, local, &cbs);
    if (n < 0)
        return 0;
    mx = OPENSSL_sk_num((const OPENSSL_STACK *)from->sk);
    if (n < mx)
        mx = n;
    if (mx <= 0) {
        /* OpenSSL 3.0 fails this way when the class has no index yet (its empty callback array) */
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_MALLOC_FAILURE);
        snapshot_free(cbs, local);
        return 0;
    }
    /* size the destination once, up front */
    if (!CRYPTO_set_ex_data(to, mx - 1, CRYPTO_get_ex_data(to, mx - 1))) {
        snapshot_free(cbs, local);
        return 0;
    }
    for (int i = 0; i < mx; i++) {
        void *ptr = CRYPTO_get_ex_data(from, i);

        if (cbs[i].dup_func != NULL && !cbs[i].dup_func(to, from, &ptr, i, cbs[i].argl, cbs[i].argp)) {
            ret = 0;
            break;
        }
        CRYPTO_set_ex_data(to, i, ptr);
    }
    snapshot_free(cbs, local);
    return ret;
}

MBS_API void CRYPTO_free_ex_data(int class_index, void *obj, CRYPTO_EX_DATA *ad)
{
    struct ex_cb local[EX_LOCAL], *cbs;
    int n;

    if (ad == NULL)
        return;
    if (class_ok(class_index)) {
        n = snapshot(class_index, local, &cbs);
        for (int i = 0; i < n; i++) {
            if (cbs[i].free_func != NULL)
                cbs[i].free_func(obj, CRYPTO_get_ex_data(ad, i), ad, i, cbs[i].argl, cbs[i].argp);
        }
        if (n >= 0)
            snapshot_free(cbs, local);
    }
    OPENSSL_sk_free((OPENSSL_STACK *)ad->sk);
    ad->sk = NULL;
    ad->ctx = NULL;
}

MBS_API int CRYPTO_set_ex_data(CRYPTO_EX_DATA *ad, int idx, void *val)
{
    OPENSSL_STACK *sk;

    if (ad == NULL)
        return 0;
    sk = (OPENSSL_STACK *)ad->sk;
    if (sk == NULL) {
        sk = OPENSSL_sk_new_null();
        if (sk == NULL) {
            ERR_raise(ERR_LIB_CRYPTO, ERR_R_MALLOC_FAILURE);
            return 0;
        }
        ad->sk = (void *)sk;
    }
    for (int i = OPENSSL_sk_num(sk); i <= idx; i++) {
        if (OPENSSL_sk_push(sk, NULL) <= 0) {
            ERR_raise(ERR_LIB_CRYPTO, ERR_R_MALLOC_FAILURE);
            return 0;
        }
    }
    if (OPENSSL_sk_set(sk, idx, val) != val) {
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_PASSED_INVALID_ARGUMENT);
        return 0;
    }
    return 1;
}

MBS_API void *CRYPTO_get_ex_data(const CRYPTO_EX_DATA *ad, int idx)
{
    if (ad == NULL || ad->sk == NULL)
        return NULL;
    return OPENSSL_sk_value((const OPENSSL_STACK *)ad->sk, idx);
}
