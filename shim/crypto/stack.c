/* OPENSSL_sk_*: the untyped stack behind every STACK_OF(TYPE), with OpenSSL 3.0 semantics.
 *
 * Observable details kept: sk_num(NULL) is -1, sk_push(NULL) is -1 while sk_insert/unshift(NULL) are 0 with
 * ERR_R_PASSED_NULL_PARAMETER, sk_set out of range raises ERR_R_PASSED_INVALID_ARGUMENT "i=%d", an
 * out-of-range insert appends, sk_find with a comparison function sorts the stack in place then binary
 * searches (first match), sk_find_ex on a miss returns the last index the search probed, changing the
 * comparison function clears "sorted", zero/pop/shift/delete keep it, sk_dup(NULL) is an empty stack. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/cryptoerr.h>
#include <openssl/err.h>
#include <openssl/stack.h>

#include "crypto/crypto_local.h"

struct stack_st {
    int num;
    int num_alloc;
    int sorted;
    const void **data;
    OPENSSL_sk_compfunc comp;
};

#define MIN_ALLOC 4

/* Makes room for `n` more elements. */
static int grow(OPENSSL_STACK *st, int n)
{
    int need, cap;
    const void **nd;

    if (n <= 0)
        return 1;
    if (st->num > INT_MAX - n) {
        ERR_raise(ERR_LIB_CRYPTO, CRYPTO_R_TOO_MANY_RECORDS);
        return 0;
    }
    need = st->num + n;
    if (need <= st->num_alloc)
        return 1;
    cap = st->num_alloc < MIN_ALLOC ? MIN_ALLOC : st->num_alloc;
    while (cap < need)
        cap = cap > INT_MAX / 2 ? need : cap * 2;
    nd = CRYPTO_realloc((void *)st->data, sizeof(*nd) * (size_t)cap, OPENSSL_FILE, OPENSSL_LINE);
    if (nd == NULL) {
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_MALLOC_FAILURE);
        return 0;
    }
    st->data = nd;
    st->num_alloc = cap;
    return 1;
}

MBS_API OPENSSL_STACK *OPENSSL_sk_new_reserve(OPENSSL_sk_compfunc c, int n)
{
    OPENSSL_STACK *st = CRYPTO_zalloc(sizeof(*st), OPENSSL_FILE, OPENSSL_LINE);

    if (st == NULL) {
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    st->comp = c;
    if (n > 0 && !grow(st, n)) {
        CRYPTO_free(st, OPENSSL_FILE, OPENSSL_LINE);
        return NULL;
    }
    return st;
}

MBS_API OPENSSL_STACK *OPENSSL_sk_new(OPENSSL_sk_compfunc c)
{
    return OPENSSL_sk_new_reserve(c, 0);
}

MBS_API OPENSSL_STACK *OPENSSL_sk_new_null(void)
{
    return OPENSSL_sk_new_reserve(NULL, 0);
}

MBS_API int OPENSSL_sk_reserve(OPENSSL_STACK *st, int n)
{
    if (st == NULL) {
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if (n < 0)
        return 1;
    return grow(st, n);
}

MBS_API void OPENSSL_sk_free(OPENSSL_STACK *st)
{
    if (st == NULL)
        return;
    CRYPTO_free((void *)st->data, OPENSSL_FILE, OPENSSL_LINE);
    CRYPTO_free(st, OPENSSL_FILE, OPENSSL_LINE);
}

MBS_API void OPENSSL_sk_pop_free(OPENSSL_STACK *st, void (*func)(void *))
{
    if (st == NULL)
        return;
    if (func != NULL) {
        for (int i = 0; i < st->num; i++)
            if (st->data[i] != NULL)
                func((void *)st->data[i]);
    }
    OPENSSL_sk_free(st);
}

MBS_API int OPENSSL_sk_num(const OPENSSL_STACK *st)
{
    return st == NULL ? -1 : st->num;
}

MBS_API void *OPENSSL_sk_value(const OPENSSL_STACK *st, int i)
{
    if (st == NULL || i < 0 || i >= st->num)
        return NULL;
    return (void *)st->data[i];
}

MBS_API void *OPENSSL_sk_set(OPENSSL_STACK *st, int i, const void *data)
{
    if (st == NULL) {
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_PASSED_NULL_PARAMETER);
        return NULL;
    }
    if (i < 0 || i >= st->num) {
        ERR_raise_data(ERR_LIB_CRYPTO, ERR_R_PASSED_INVALID_ARGUMENT, "i=%d", i);
        return NULL;
    }
    st->data[i] = data;
    st->sorted = 0;
    return (void *)data;
}

MBS_API int OPENSSL_sk_insert(OPENSSL_STACK *st, const void *data, int loc)
{
    if (st == NULL) {
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if (!grow(st, 1))
        return 0;
    if (loc < 0 || loc >= st->num) {
        st->data[st->num] = data;
    } else {
        memmove(&st->data[loc + 1], &st->data[loc], sizeof(st->data[0]) * (size_t)(st->num - loc));
        st->data[loc] = data;
    }
    st->num++;
    st->sorted = 0;
    return st->num;
}

MBS_API int OPENSSL_sk_push(OPENSSL_STACK *st, const void *data)
{
    if (st == NULL)
        return -1;
    return OPENSSL_sk_insert(st, data, st->num);
}

MBS_API int OPENSSL_sk_unshift(OPENSSL_STACK *st, const void *data)
{
    return OPENSSL_sk_insert(st, data, 0);
}

MBS_API void *OPENSSL_sk_delete(OPENSSL_STACK *st, int loc)
{
    const void *ret;

    if (st == NULL || loc < 0 || loc >= st->num)
        return NULL;
    ret = st->data[loc];
    if (loc != st->num - 1)
        memmove(&st->data[loc], &st->data[loc + 1], sizeof(st->data[0]) * (size_t)(st->num - loc - 1));
    st->num--;
    return (void *)ret;
}

MBS_API void *OPENSSL_sk_delete_ptr(OPENSSL_STACK *st, const void *p)
{
    if (st == NULL)
        return NULL;
    for (int i = 0; i < st->num; i++)
        if (st->data[i] == p)
            return OPENSSL_sk_delete(st, i);
    return NULL;
}

MBS_API void *OPENSSL_sk_pop(OPENSSL_STACK *st)
{
    if (st == NULL || st->num == 0)
        return NULL;
    return OPENSSL_sk_delete(st, st->num - 1);
}

MBS_API void *OPENSSL_sk_shift(OPENSSL_STACK *st)
{
    if (st == NULL || st->num == 0)
        return NULL;
    return OPENSSL_sk_delete(st, 0);
}

MBS_API void OPENSSL_sk_zero(OPENSSL_STACK *st)
{
    if (st == NULL || st->num == 0)
        return;
    memset((void *)st->data, 0, sizeof(st->data[0]) * (size_t)st->num);
    st->num = 0;
}

MBS_API void OPENSSL_sk_sort(OPENSSL_STACK *st)
{
    if (st == NULL || st->sorted || st->comp == NULL)
        return;
    /* the comparison function receives pointers to the elements, as qsort passes them */
    if (st->num > 1)
        qsort((void *)st->data, (size_t)st->num, sizeof(st->data[0]), st->comp);
    st->sorted = 1;
}

MBS_API int OPENSSL_sk_is_sorted(const OPENSSL_STACK *st)
{
    return st == NULL ? 1 : st->sorted;
}

MBS_API OPENSSL_sk_compfunc OPENSSL_sk_set_cmp_func(OPENSSL_STACK *sk, OPENSSL_sk_compfunc cmp)
{
    OPENSSL_sk_compfunc old;

    if (sk == NULL)
        return NULL;
    old = sk->comp;
    if (old != cmp)
        sk->sorted = 0;
    sk->comp = cmp;
    return old;
}

enum { FIND_EXACT, FIND_NEAREST };

/* Returns the index of data (first of equal elements), -1 when absent; FIND_NEAREST returns the last probed
 * index on a miss. *pnum receives the number of equal elements. */
static int find(OPENSSL_STACK *st, const void *data, int mode, int *pnum)
{
    int lo, hi, mid = 0, c = 1;

    if (pnum != NULL)
        *pnum = 0;
    if (st == NULL || st->num == 0)
        return -1;

    if (st->comp == NULL) {
        /* no ordering: pointer identity */
        for (int i = 0; i < st->num; i++) {
            if (st->data[i] == data) {
                if (pnum != NULL)
                    *pnum = 1;
                return i;
            }
        }
        return -1;
    }

    OPENSSL_sk_sort(st);
    if (data == NULL)
        return -1;
    lo = 0;
    hi = st->num;
    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        c = st->comp(&data, &st->data[mid]);
        if (c < 0)
            hi = mid;
        else if (c > 0)
            lo = mid + 1;
        else
            break;
    }
    if (c != 0)
        return mode == FIND_NEAREST ? mid : -1;
    while (mid > 0 && st->comp(&data, &st->data[mid - 1]) == 0)
        mid--;
    if (pnum != NULL) {
        for (int i = mid; i < st->num && st->comp(&data, &st->data[i]) == 0; i++)
            ++*pnum;
    }
    return mid;
}

MBS_API int OPENSSL_sk_find(OPENSSL_STACK *st, const void *data)
{
    return find(st, data, FIND_EXACT, NULL);
}

MBS_API int OPENSSL_sk_find_ex(OPENSSL_STACK *st, const void *data)
{
    return find(st, data, FIND_NEAREST, NULL);
}

MBS_API int OPENSSL_sk_find_all(OPENSSL_STACK *st, const void *data, int *pnum)
{
    return find(st, data, FIND_EXACT, pnum);
}

MBS_API OPENSSL_STACK *OPENSSL_sk_dup(const OPENSSL_STACK *sk)
{
    OPENSSL_STACK *ret;

    if (sk == NULL)
        return OPENSSL_sk_new_null();
    ret = OPENSSL_sk_new_reserve(sk->comp, sk->num);
    if (ret == NULL)
        return NULL;
    if (sk->num > 0)
        memcpy((void *)ret->data, sk->data, sizeof(sk->data[0]) * (size_t)sk->num);
    ret->num = sk->num;
    ret->sorted = sk->sorted;
    return ret;
}

/* NULL elements stay NULL; on a failed copy everything copied so far is released with free_func. */
MBS_API OPENSSL_STACK *OPENSSL_sk_deep_copy(const OPENSSL_STACK *sk, OPENSSL_sk_copyfunc copy_func,
                                            OPENSSL_sk_freefunc free_func)
{
    OPENSSL_STACK *ret;

    if (sk == NULL)
        return OPENSSL_sk_new_null();
    ret = OPENSSL_sk_new_reserve(sk->comp, sk->num);
    if (ret == NULL)
        return NULL;
    ret->sorted = sk->sorted;
    for (int i = 0; i < sk->num; i++) {
        void *c = NULL;

        if (sk->data[i] != NULL) {
            c = copy_func != NULL ? copy_func(sk->data[i]) : (void *)sk->data[i];
            if (c == NULL) {
                for (int j = 0; j < i; j++)
                    if (ret->data[j] != NULL && free_func != NULL)
                        free_func((void *)ret->data[j]);
                OPENSSL_sk_free(ret);
                return NULL;
            }
        }
        ret->data[i] = c;
        ret->num = i + 1;
    }
    return ret;
}
