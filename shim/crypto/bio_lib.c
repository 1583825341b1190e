/* BIO core: object life cycle, chains, the read/write/gets/puts/ctrl dispatch with callbacks, flags and
 * retry bookkeeping, ex_data. Semantics (return values, error reasons) follow OpenSSL 3.0. */
#include <limits.h>
#include <string.h>

#include "bio_local.h"

/* Invokes the BIO's callback: the size_t flavour directly, the legacy one with int lengths and the byte
 * count carried in the return value, as OpenSSL 3.0 does. */
static long call_cb(BIO *b, int oper, const char *argp, size_t len, int argi, long argl, long inret,
                    size_t *processed)
{
    int op = oper & ~BIO_CB_RETURN;
    long ret;

    if (b->callback_ex != NULL)
        return b->callback_ex(b, oper, argp, len, argi, argl, inret, processed);

    if (op == BIO_CB_READ || op == BIO_CB_WRITE || op == BIO_CB_GETS) {
        if (len > INT_MAX)
            return -1;
        argi = (int)len;
    }
    if (inret > 0 && (oper & BIO_CB_RETURN) && op != BIO_CB_CTRL) {
        if (*processed > INT_MAX)
            return -1;
        inret = (long)*processed;
    }
    ret = b->callback(b, oper, argp, argi, argl, inret);
    if (ret > 0 && (oper & BIO_CB_RETURN) && op != BIO_CB_CTRL) {
        *processed = (size_t)ret;
        ret = 1;
    }
    return ret;
}

#define HAS_CB(b) ((b)->callback != NULL || (b)->callback_ex != NULL)

MBS_API BIO *BIO_new_ex(OSSL_LIB_CTX *libctx, const BIO_METHOD *method)
{
    BIO *b;

    if (method == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return NULL;
    }
    b = OPENSSL_zalloc(sizeof(*b));
    if (b == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    b->method = method;
    b->libctx = libctx;
    b->shutdown = 1;
    atomic_init(&b->references, 1);
    if (!CRYPTO_new_ex_data(CRYPTO_EX_INDEX_BIO, b, &b->ex_data)) {
        OPENSSL_free(b);
        return NULL;
    }
    if (method->create != NULL && !method->create(b)) {
        ERR_raise(ERR_LIB_BIO, ERR_R_INIT_FAIL);
        CRYPTO_free_ex_data(CRYPTO_EX_INDEX_BIO, b, &b->ex_data);
        OPENSSL_free(b);
        return NULL;
    }
    /* A method without a constructor has nothing to set up: usable at once. */
    if (method->create == NULL)
        b->init = 1;
    return b;
}

MBS_API BIO *BIO_new(const BIO_METHOD *method)
{
    return BIO_new_ex(NULL, method);
}

MBS_API int BIO_free(BIO *a)
{
    int left;

    if (a == NULL)
        return 0;
    left = atomic_fetch_sub(&a->references, 1) - 1;
    if (left > 0)
        return 1;
    if (HAS_CB(a)) {
        long r = call_cb(a, BIO_CB_FREE, NULL, 0, 0, 0L, 1L, NULL);

        if (r <= 0)
            return (int)r;
    }
    if (a->method != NULL && a->method->destroy != NULL)
        a->method->destroy(a);
    CRYPTO_free_ex_data(CRYPTO_EX_INDEX_BIO, a, &a->ex_data);
    OPENSSL_free(a);
    return 1;
}

MBS_API void BIO_vfree(BIO *a)
{
    BIO_free(a);
}

MBS_API int BIO_up_ref(BIO *a)
{
    if (a == NULL)
        return 0;
    atomic_fetch_add(&a->references, 1);
    return 1;
}

MBS_API void BIO_free_all(BIO *b)
{
    while (b != NULL) {
        BIO *cur = b;
        int refs = atomic_load(&cur->references);

        b = cur->next_bio;
        BIO_free(cur);
        /* Somebody else still holds this link: the rest of the chain is theirs too. */
        if (refs > 1)
            break;
    }
}

MBS_API void BIO_set_data(BIO *a, void *ptr)
{
    if (a != NULL)
        a->ptr = ptr;
}

MBS_API void *BIO_get_data(BIO *a)
{
    return a != NULL ? a->ptr : NULL;
}

MBS_API void BIO_set_init(BIO *a, int init)
{
    if (a != NULL)
        a->init = init;
}

MBS_API int BIO_get_init(BIO *a)
{
    return a != NULL ? a->init : 0;
}

MBS_API void BIO_set_shutdown(BIO *a, int shut)
{
    if (a != NULL)
        a->shutdown = shut;
}

MBS_API int BIO_get_shutdown(BIO *a)
{
    return a != NULL ? a->shutdown : 0;
}

MBS_API void BIO_set_flags(BIO *b, int flags)
{
    if (b != NULL)
        b->flags |= flags;
}

MBS_API void BIO_clear_flags(BIO *b, int flags)
{
    if (b != NULL)
        b->flags &= ~flags;
}

MBS_API int BIO_test_flags(const BIO *b, int flags)
{
    return b != NULL ? (b->flags & flags) : 0;
}

MBS_API mbs_bio_cb_legacy BIO_get_callback(const BIO *b)
{
    return b != NULL ? b->callback : NULL;
}

MBS_API void BIO_set_callback(BIO *b, mbs_bio_cb_legacy cb)
{
    if (b != NULL)
        b->callback = cb;
}

MBS_API BIO_callback_fn_ex BIO_get_callback_ex(const BIO *b)
{
    return b != NULL ? b->callback_ex : NULL;
}

MBS_API void BIO_set_callback_ex(BIO *b, BIO_callback_fn_ex cb)
{
    if (b != NULL)
        b->callback_ex = cb;
}

MBS_API void BIO_set_callback_arg(BIO *b, char *arg)
{
    if (b != NULL)
        b->cb_arg = arg;
}

MBS_API char *BIO_get_callback_arg(const BIO *b)
{
    return b != NULL ? b->cb_arg : NULL;
}

MBS_API const char *BIO_method_name(const BIO *b)
{
    return b != NULL && b->method != NULL ? b->method->name : NULL;
}

MBS_API int BIO_method_type(const BIO *b)
{
    return b != NULL && b->method != NULL ? b->method->type : 0;
}

/* ---- I/O dispatch ---- */

static int read_intern(BIO *b, void *data, size_t dlen, size_t *readbytes)
{
    int ret;

    if (b == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    if (b->method == NULL || b->method->bread == NULL) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD);
        return -2;
    }
    if (HAS_CB(b)) {
        long r = call_cb(b, BIO_CB_READ, data, dlen, 0, 0L, 1L, NULL);

        if (r <= 0)
            return (int)r;
    }
    if (!b->init) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNINITIALIZED);
        return -1;
    }
    *readbytes = 0;
    ret = b->method->bread(b, data, dlen, readbytes);
    if (ret > 0)
        b->num_read += (uint64_t)*readbytes;
    if (HAS_CB(b))
        ret = (int)call_cb(b, BIO_CB_READ | BIO_CB_RETURN, data, dlen, 0, 0L, ret, readbytes);
    if (ret > 0 && *readbytes > dlen) {
        ERR_raise(ERR_LIB_BIO, ERR_R_INTERNAL_ERROR);
        return -1;
    }
    return ret;
}

MBS_API int BIO_read(BIO *b, void *data, int dlen)
{
    size_t got = 0;
    int ret;

    if (dlen < 0)
        return 0;
    ret = read_intern(b, data, (size_t)dlen, &got);
    if (ret > 0)
        ret = (int)got;
    return ret;
}

MBS_API int BIO_read_ex(BIO *b, void *data, size_t dlen, size_t *readbytes)
{
    size_t local = 0;
    int ret;

    ret = read_intern(b, data, dlen, readbytes != NULL ? readbytes : &local);
    return ret > 0;
}

static int write_intern(BIO *b, const void *data, size_t dlen, size_t *written)
{
    int ret;

    /* Writing into no BIO at all is a silent no-op in OpenSSL 3.0. */
    if (b == NULL)
        return 0;
    if (b->method == NULL || b->method->bwrite == NULL) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD);
        return -2;
    }
    if (HAS_CB(b)) {
        long r = call_cb(b, BIO_CB_WRITE, data, dlen, 0, 0L, 1L, NULL);

        if (r <= 0)
            return (int)r;
    }
    if (!b->init) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNINITIALIZED);
        return -1;
    }
    *written = 0;
    ret = b->method->bwrite(b, data, dlen, written);
    if (ret > 0)
        b->num_write += (uint64_t)*written;
    if (HAS_CB(b))
        ret = (int)call_cb(b, BIO_CB_WRITE | BIO_CB_RETURN, data, dlen, 0, 0L, ret, written);
    return ret;
}

MBS_API int BIO_write(BIO *b, const void *data, int dlen)
{
    size_t done = 0;
    int ret;

    if (dlen <= 0)
        return 0;
    ret = write_intern(b, data, (size_t)dlen, &done);
    if (ret > 0)
        ret = (int)done;
    return ret;
}

MBS_API int BIO_write_ex(BIO *b, const void *data, size_t dlen, size_t *written)
{
    size_t local = 0;

    if (written == NULL)
        written = &local;
    *written = 0;
    /* A zero-length write still reaches the method (which clears retry flags) and counts as success. */
    return write_intern(b, data, dlen, written) > 0 || (b != NULL && dlen == 0);
}

MBS_API int BIO_puts(BIO *b, const char *buf)
{
    size_t done = 0;
    int ret;

    if (b == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    if (b->method == NULL || b->method->bputs == NULL) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD);
        return -2;
    }
    if (HAS_CB(b)) {
        long r = call_cb(b, BIO_CB_PUTS, buf, 0, 0, 0L, 1L, NULL);

        if (r <= 0)
            return (int)r;
    }
    if (!b->init) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNINITIALIZED);
        return -1;
    }
    if (buf == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    ret = b->method->bputs(b, buf);
    if (ret > 0) {
        b->num_write += (uint64_t)ret;
        done = (size_t)ret;
        ret = 1;
    }
    if (HAS_CB(b))
        ret = (int)call_cb(b, BIO_CB_PUTS | BIO_CB_RETURN, buf, 0, 0, 0L, ret, &done);
    if (ret > 0) {
        if (done > INT_MAX) {
            ERR_raise(ERR_LIB_BIO, BIO_R_LENGTH_TOO_LONG);
            ret = -1;
        } else {
            ret = (int)done;
        }
    }
    return ret;
}

MBS_API int BIO_gets(BIO *b, char *buf, int size)
{
    size_t got = 0;
    int ret;

    if (b == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    if (b->method == NULL || b->method->bgets == NULL) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD);
        return -2;
    }
    if (size < 0) {
        ERR_raise(ERR_LIB_BIO, BIO_R_INVALID_ARGUMENT);
        return -1;
    }
    if (HAS_CB(b)) {
        long r = call_cb(b, BIO_CB_GETS, buf, (size_t)size, 0, 0L, 1L, NULL);

        if (r <= 0)
            return (int)r;
    }
    if (!b->init) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNINITIALIZED);
        return -1;
    }
    if (buf == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    ret = b->method->bgets(b, buf, size);
    if (ret > 0) {
        got = (size_t)ret;
        ret = 1;
    }
    if (HAS_CB(b))
        ret = (int)call_cb(b, BIO_CB_GETS | BIO_CB_RETURN, buf, (size_t)size, 0, 0L, ret, &got);
    if (ret > 0) {
        if (got > (size_t)size)
            ret = -1;
        else
            ret = (int)got;
    }
    return ret;
}

MBS_API int BIO_get_line(BIO *b, char *buf, int size)
{
    char *p = buf;
    int ret = 0;

    if (buf == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    if (size <= 0) {
        ERR_raise(ERR_LIB_BIO, BIO_R_INVALID_ARGUMENT);
        return -1;
    }
    *buf = '\0';
    if (b == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    if (!b->init) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNINITIALIZED);
        return -1;
    }
    /* One byte at a time so nothing past the newline is consumed. */
    while (size-- > 1 && (ret = BIO_read(b, p, 1)) > 0) {
        if (*p++ == '\n')
            break;
    }
    *p = '\0';
    return ret > 0 || BIO_eof(b) ? (int)(p - buf) : ret;
}

MBS_API int BIO_indent(BIO *b, int indent, int max)
{
    if (indent < 0)
        indent = 0;
    if (max < 0)
        max = 0;
    if (indent > max)
        indent = max;
    while (indent-- > 0) {
        if (BIO_puts(b, " ") != 1)
            return 0;
    }
    return 1;
}

MBS_API long BIO_ctrl(BIO *b, int cmd, long larg, void *parg)
{
    long ret;

    if (b == NULL)
        return -1;
    if (b->method == NULL || b->method->ctrl == NULL) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD);
        return -2;
    }
    if (HAS_CB(b)) {
        ret = call_cb(b, BIO_CB_CTRL, parg, 0, cmd, larg, 1L, NULL);
        if (ret <= 0)
            return ret;
    }
    ret = b->method->ctrl(b, cmd, larg, parg);
    if (HAS_CB(b))
        ret = call_cb(b, BIO_CB_CTRL | BIO_CB_RETURN, parg, 0, cmd, larg, ret, NULL);
    return ret;
}

MBS_API long BIO_callback_ctrl(BIO *b, int cmd, BIO_info_cb *fp)
{
    long ret;

    if (b == NULL)
        return -2;
    if (b->method == NULL || b->method->callback_ctrl == NULL || cmd != BIO_CTRL_SET_CALLBACK) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD);
        return -2;
    }
    if (HAS_CB(b)) {
        ret = call_cb(b, BIO_CB_CTRL, (const char *)&fp, 0, cmd, 0L, 1L, NULL);
        if (ret <= 0)
            return ret;
    }
    ret = b->method->callback_ctrl(b, cmd, fp);
    if (HAS_CB(b))
        ret = call_cb(b, BIO_CB_CTRL | BIO_CB_RETURN, (const char *)&fp, 0, cmd, 0L, ret, NULL);
    return ret;
}

MBS_API long BIO_int_ctrl(BIO *b, int cmd, long larg, int iarg)
{
    int i = iarg;

    return BIO_ctrl(b, cmd, larg, &i);
}

MBS_API void *BIO_ptr_ctrl(BIO *b, int cmd, long larg)
{
    void *p = NULL;

    if (BIO_ctrl(b, cmd, larg, &p) <= 0)
        return NULL;
    return p;
}

MBS_API size_t BIO_ctrl_pending(BIO *b)
{
    long ret = BIO_ctrl(b, BIO_CTRL_PENDING, 0, NULL);

    return ret < 0 ? 0 : (size_t)ret;
}

MBS_API size_t BIO_ctrl_wpending(BIO *b)
{
    long ret = BIO_ctrl(b, BIO_CTRL_WPENDING, 0, NULL);

    return ret < 0 ? 0 : (size_t)ret;
}

/* ---- chains ---- */

MBS_API BIO *BIO_push(BIO *b, BIO *append)
{
    BIO *last;

    if (b == NULL)
        return append;
    last = b;
    while (last->next_bio != NULL)
        last = last->next_bio;
    last->next_bio = append;
    if (append != NULL)
        append->prev_bio = last;
    /* Filters learn about their new neighbour through this ctrl. */
    BIO_ctrl(b, BIO_CTRL_PUSH, 0, last);
    return b;
}

MBS_API BIO *BIO_pop(BIO *b)
{
    BIO *next;

    if (b == NULL)
        return NULL;
    next = b->next_bio;
    BIO_ctrl(b, BIO_CTRL_POP, 0, b);
    if (b->prev_bio != NULL)
        b->prev_bio->next_bio = b->next_bio;
    if (b->next_bio != NULL)
        b->next_bio->prev_bio = b->prev_bio;
    b->next_bio = NULL;
    b->prev_bio = NULL;
    return next;
}

MBS_API BIO *BIO_next(BIO *b)
{
    return b != NULL ? b->next_bio : NULL;
}

MBS_API void BIO_set_next(BIO *b, BIO *next)
{
    if (b != NULL)
        b->next_bio = next;
}

MBS_API BIO *BIO_find_type(BIO *b, int type)
{
    int exact = type & 0xff;

    if (b == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return NULL;
    }
    for (; b != NULL; b = b->next_bio) {
        int mt;

        if (b->method == NULL)
            continue;
        mt = b->method->type;
        /* Without an index number the type is a class mask (BIO_TYPE_FILTER, ...). */
        if (exact == 0 ? (mt & type) != 0 : mt == type)
            return b;
    }
    return NULL;
}

MBS_API BIO *BIO_get_retry_BIO(BIO *bio, int *reason)
{
    BIO *b, *last;

    if (bio == NULL)
        return NULL;
    b = last = bio;
    while (BIO_should_retry(b)) {
        last = b;
        b = b->next_bio;
        if (b == NULL)
            break;
    }
    if (reason != NULL)
        *reason = last->retry_reason;
    return last;
}

MBS_API int BIO_get_retry_reason(BIO *bio)
{
    return bio != NULL ? bio->retry_reason : 0;
}

MBS_API void BIO_set_retry_reason(BIO *bio, int reason)
{
    if (bio != NULL)
        bio->retry_reason = reason;
}

MBS_API void BIO_copy_next_retry(BIO *b)
{
    if (b == NULL || b->next_bio == NULL)
        return;
    BIO_set_flags(b, BIO_test_flags(b->next_bio, BIO_FLAGS_RWS | BIO_FLAGS_SHOULD_RETRY));
    b->retry_reason = b->next_bio->retry_reason;
}

MBS_API BIO *BIO_dup_chain(BIO *in)
{
    BIO *head = NULL, *tail = NULL;

    for (BIO *b = in; b != NULL; b = b->next_bio) {
        BIO *nb = BIO_new(b->method);

        if (nb == NULL)
            goto err;
        nb->callback = b->callback;
        nb->callback_ex = b->callback_ex;
        nb->cb_arg = b->cb_arg;
        nb->init = b->init;
        nb->shutdown = b->shutdown;
        nb->flags = b->flags;
        nb->num = b->num;
        if (!BIO_dup_state(b, (char *)nb)) {
            BIO_free(nb);
            goto err;
        }
        if (!CRYPTO_dup_ex_data(CRYPTO_EX_INDEX_BIO, &nb->ex_data, &b->ex_data)) {
            BIO_free(nb);
            goto err;
        }
        if (head == NULL)
            head = nb;
        else
            BIO_push(tail, nb);
        tail = nb;
    }
    return head;
err:
    BIO_free_all(head);
    return NULL;
}

/* ---- counters, ex_data, misc ---- */

MBS_API uint64_t BIO_number_read(BIO *bio)
{
    return bio != NULL ? bio->num_read : 0;
}

MBS_API uint64_t BIO_number_written(BIO *bio)
{
    return bio != NULL ? bio->num_write : 0;
}

MBS_API int BIO_set_ex_data(BIO *bio, int idx, void *data)
{
    if (bio == NULL)
        return 0;
    return CRYPTO_set_ex_data(&bio->ex_data, idx, data);
}

MBS_API void *BIO_get_ex_data(const BIO *bio, int idx)
{
    if (bio == NULL)
        return NULL;
    return CRYPTO_get_ex_data(&bio->ex_data, idx);
}

MBS_API int BIO_get_new_index(void)
{
    static atomic_int counter = BIO_TYPE_START;
    int v = atomic_fetch_add(&counter, 1) + 1;

    /* Type numbers live in the low byte; beyond it they would collide with the class bits. */
    if (v > 0xff)
        return -1;
    return v;
}
