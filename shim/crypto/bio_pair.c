/* BIO pairs (BIO_s_bio): two half BIOs, each owning the ring buffer the other one reads from.
 * Semantics as OpenSSL 3.0: the reader records a read request when it finds nothing, a closed writer
 * makes the reader see EOF (0) once the buffer is drained, BIO_nread/BIO_nwrite give zero-copy access. */
#include <limits.h>
#include <string.h>

#include "bio_local.h"

#define PAIR_DEFAULT_SIZE (17 * 1024)

struct pair_half {
    BIO *peer;    /* NULL while unpaired */
    int closed;   /* this side's writer called BIO_shutdown_wr */
    size_t len;   /* bytes queued in buf for the peer */
    size_t off;   /* ring start */
    size_t size;  /* ring capacity */
    char *buf;    /* allocated when paired */
    size_t request; /* how much the peer's last failed read asked for */
};

static int pair_new(BIO *b)
{
    struct pair_half *h = OPENSSL_zalloc(sizeof(*h));

    if (h == NULL)
        return 0;
    h->size = PAIR_DEFAULT_SIZE;
    b->ptr = h;
    return 1;
}

static void pair_unlink(BIO *b)
{
    struct pair_half *h = b->ptr;
    BIO *pb;
    struct pair_half *ph;

    if (h == NULL || h->peer == NULL)
        return;
    pb = h->peer;
    ph = pb->ptr;
    ph->peer = NULL;
    pb->init = 0;
    ph->len = 0;
    ph->off = 0;
    h->peer = NULL;
    b->init = 0;
    h->len = 0;
    h->off = 0;
}

static int pair_free(BIO *b)
{
    struct pair_half *h = b->ptr;

    if (h == NULL)
        return 0;
    pair_unlink(b);
    OPENSSL_free(h->buf);
    OPENSSL_free(h);
    b->ptr = NULL;
    return 1;
}

static int pair_link(BIO *b1, BIO *b2)
{
    struct pair_half *h1, *h2;

    if (b2 == NULL || b1 == b2 || b2->method == NULL || b2->method->type != BIO_TYPE_BIO) {
        ERR_raise(ERR_LIB_BIO, BIO_R_INVALID_ARGUMENT);
        return 0;
    }
    h1 = b1->ptr;
    h2 = b2->ptr;
    if (h1->peer != NULL || h2->peer != NULL) {
        ERR_raise(ERR_LIB_BIO, BIO_R_IN_USE);
        return 0;
    }
    if (h1->buf == NULL && (h1->buf = OPENSSL_malloc(h1->size)) == NULL)
        return 0;
    if (h2->buf == NULL && (h2->buf = OPENSSL_malloc(h2->size)) == NULL)
        return 0;
    h1->len = h1->off = h1->request = 0;
    h2->len = h2->off = h2->request = 0;
    h1->closed = h2->closed = 0;
    h1->peer = b2;
    h2->peer = b1;
    b1->init = 1;
    b2->init = 1;
    return 1;
}

static int pair_read(BIO *b, char *out, size_t size, size_t *readbytes)
{
    struct pair_half *h = b->ptr, *ph;
    size_t n, done = 0;

    *readbytes = 0;
    BIO_clear_retry_flags(b);
    if (!b->init || h->peer == NULL)
        return 0;
    ph = h->peer->ptr;
    ph->request = 0;
    if (out == NULL || size == 0)
        return 0;
    if (ph->len == 0) {
        if (ph->closed)
            return 0;
        BIO_set_retry_read(b);
        /* Never ask for more than the peer's buffer can ever hold. */
        ph->request = size <= ph->size ? size : ph->size;
        return -1;
    }
    n = size < ph->len ? size : ph->len;
    while (done < n) {
        size_t chunk = n - done;

        if (ph->off + chunk > ph->size)
            chunk = ph->size - ph->off;
        memcpy(out + done, ph->buf + ph->off, chunk);
        ph->len -= chunk;
        if (ph->len == 0) {
            ph->off = 0;
        } else {
            ph->off += chunk;
            if (ph->off == ph->size)
                ph->off = 0;
        }
        done += chunk;
    }
    *readbytes = n;
    return 1;
}

static int pair_write(BIO *b, const char *in, size_t num, size_t *written)
{
    struct pair_half *h = b->ptr;
    size_t n, done = 0;

    *written = 0;
    BIO_clear_retry_flags(b);
    if (!b->init || in == NULL || num == 0)
        return 0;
    h->request = 0;
    if (h->closed) {
        ERR_raise(ERR_LIB_BIO, BIO_R_BROKEN_PIPE);
        return -1;
    }
    if (h->len == h->size) {
        BIO_set_retry_write(b);
        return -1;
    }
    n = num < h->size - h->len ? num : h->size - h->len;
    while (done < n) {
        size_t pos = h->off + h->len;
        size_t chunk = n - done;

        if (pos >= h->size)
            pos -= h->size;
        if (pos + chunk > h->size)
            chunk = h->size - pos;
        memcpy(h->buf + pos, in + done, chunk);
        h->len += chunk;
        done += chunk;
    }
    *written = n;
    return 1;
}

/* Zero-copy read: the contiguous readable run (0 / -1 with retry when empty). */
static long pair_nread0(BIO *b, char **buf)
{
    struct pair_half *h = b->ptr, *ph;
    size_t n;

    BIO_clear_retry_flags(b);
    if (!b->init || h->peer == NULL)
        return 0;
    ph = h->peer->ptr;
    ph->request = 0;
    if (ph->len == 0) {
        char dummy;
        size_t got;

        return pair_read(b, &dummy, 1, &got);
    }
    n = ph->len;
    if (ph->off + n > ph->size)
        n = ph->size - ph->off;
    if (buf != NULL)
        *buf = ph->buf + ph->off;
    return (long)n;
}

static long pair_nread(BIO *b, char **buf, size_t want)
{
    struct pair_half *ph;
    long avail = pair_nread0(b, buf);
    size_t n;

    if (avail <= 0)
        return avail;
    n = want < (size_t)avail ? want : (size_t)avail;
    if (n == 0)
        return 0;
    ph = ((struct pair_half *)b->ptr)->peer->ptr;
    ph->len -= n;
    if (ph->len == 0) {
        ph->off = 0;
    } else {
        ph->off += n;
        if (ph->off == ph->size)
            ph->off = 0;
    }
    return (long)n;
}

static long pair_nwrite0(BIO *b, char **buf)
{
    struct pair_half *h = b->ptr;
    size_t n, pos;

    BIO_clear_retry_flags(b);
    if (!b->init)
        return 0;
    h->request = 0;
    if (h->closed) {
        ERR_raise(ERR_LIB_BIO, BIO_R_BROKEN_PIPE);
        return -1;
    }
    if (h->len == h->size) {
        BIO_set_retry_write(b);
        return -1;
    }
    n = h->size - h->len;
    pos = h->off + h->len;
    if (pos >= h->size)
        pos -= h->size;
    /* No wrap-around through this interface: a second call gets the rest. */
    if (pos + n > h->size)
        n = h->size - pos;
    if (buf != NULL)
        *buf = h->buf + pos;
    return (long)n;
}

static long pair_nwrite(BIO *b, char **buf, size_t want)
{
    long space = pair_nwrite0(b, buf);
    size_t n;

    if (space <= 0)
        return space;
    n = want < (size_t)space ? want : (size_t)space;
    ((struct pair_half *)b->ptr)->len += n;
    return (long)n;
}

static long pair_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    struct pair_half *h = b->ptr;
    struct pair_half *ph = h->peer != NULL ? h->peer->ptr : NULL;
    size_t unum = num < 0 ? (size_t)LONG_MAX : (size_t)num;
    long ret;

    switch (cmd) {
    case BIO_C_SET_WRITE_BUF_SIZE:
        if (h->peer != NULL) {
            ERR_raise(ERR_LIB_BIO, BIO_R_IN_USE);
            ret = 0;
        } else if (num <= 0) {
            ERR_raise(ERR_LIB_BIO, BIO_R_INVALID_ARGUMENT);
            ret = 0;
        } else {
            if (h->size != (size_t)num) {
                OPENSSL_free(h->buf);
                h->buf = NULL;
                h->size = (size_t)num;
            }
            ret = 1;
        }
        break;
    case BIO_C_GET_WRITE_BUF_SIZE:
        ret = (long)h->size;
        break;
    case BIO_C_MAKE_BIO_PAIR:
        ret = pair_link(b, ptr);
        break;
    case BIO_C_DESTROY_BIO_PAIR:
        pair_unlink(b);
        ret = 1;
        break;
    case BIO_C_GET_WRITE_GUARANTEE:
        ret = (h->peer == NULL || h->closed) ? 0 : (long)(h->size - h->len);
        break;
    case BIO_C_GET_READ_REQUEST:
        ret = (long)h->request;
        break;
    case BIO_C_RESET_READ_REQUEST:
        h->request = 0;
        ret = 1;
        break;
    case BIO_C_SHUTDOWN_WR:
        h->closed = 1;
        ret = 1;
        break;
    case BIO_C_NREAD0:
        ret = pair_nread0(b, ptr);
        break;
    case BIO_C_NREAD:
        ret = pair_nread(b, ptr, unum);
        break;
    case BIO_C_NWRITE0:
        ret = pair_nwrite0(b, ptr);
        break;
    case BIO_C_NWRITE:
        ret = pair_nwrite(b, ptr, unum);
        break;
    case BIO_CTRL_RESET:
        if (h->buf != NULL) {
            h->len = 0;
            h->off = 0;
        }
        ret = 0;
        break;
    case BIO_CTRL_GET_CLOSE:
        ret = b->shutdown;
        break;
    case BIO_CTRL_SET_CLOSE:
        b->shutdown = (int)num;
        ret = 1;
        break;
    case BIO_CTRL_PENDING:
        ret = ph != NULL ? (long)ph->len : 0;
        break;
    case BIO_CTRL_WPENDING:
        ret = h->buf != NULL ? (long)h->len : 0;
        break;
    case BIO_CTRL_DUP:
        /* The duplicate is a fresh, unpaired half: it only inherits the buffer size. */
        if (ptr != NULL && ((BIO *)ptr)->ptr != NULL)
            ((struct pair_half *)((BIO *)ptr)->ptr)->size = h->size;
        ret = 1;
        break;
    case BIO_CTRL_FLUSH:
        ret = 1;
        break;
    case BIO_CTRL_EOF:
        ret = ph == NULL ? 1 : (ph->len == 0 && ph->closed);
        break;
    default:
        ret = 0;
        break;
    }
    return ret;
}

static int pair_puts(BIO *b, const char *str)
{
    size_t written = 0;
    int ret = pair_write(b, str, strlen(str), &written);

    return ret > 0 ? (int)written : ret;
}

static const BIO_METHOD pair_method = {
    .type = BIO_TYPE_BIO,
    .name = (char *)"BIO pair",
    .bwrite = pair_write,
    .bread = pair_read,
    .bputs = pair_puts,
    .ctrl = pair_ctrl,
    .create = pair_new,
    .destroy = pair_free,
};

MBS_API const BIO_METHOD *BIO_s_bio(void)
{
    return &pair_method;
}

MBS_API int BIO_new_bio_pair(BIO **bio1_p, size_t writebuf1, BIO **bio2_p, size_t writebuf2)
{
    BIO *b1 = NULL, *b2 = NULL;
    int ok = 0;

    if (bio1_p == NULL || bio2_p == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    b1 = BIO_new(BIO_s_bio());
    b2 = b1 != NULL ? BIO_new(BIO_s_bio()) : NULL;
    if (b2 == NULL)
        goto done;
    if (writebuf1 > 0 && !BIO_set_write_buf_size(b1, (long)writebuf1))
        goto done;
    if (writebuf2 > 0 && !BIO_set_write_buf_size(b2, (long)writebuf2))
        goto done;
    ok = BIO_make_bio_pair(b1, b2);
done:
    if (!ok) {
        BIO_free(b1);
        BIO_free(b2);
        b1 = b2 = NULL;
    }
    *bio1_p = b1;
    *bio2_p = b2;
    return ok;
}

MBS_API size_t BIO_ctrl_get_write_guarantee(BIO *b)
{
    long r = BIO_ctrl(b, BIO_C_GET_WRITE_GUARANTEE, 0, NULL);

    return r < 0 ? 0 : (size_t)r;
}

MBS_API size_t BIO_ctrl_get_read_request(BIO *b)
{
    long r = BIO_ctrl(b, BIO_C_GET_READ_REQUEST, 0, NULL);

    return r < 0 ? 0 : (size_t)r;
}

MBS_API int BIO_ctrl_reset_read_request(BIO *b)
{
    return BIO_ctrl(b, BIO_C_RESET_READ_REQUEST, 0, NULL) != 0;
}

static int zc_check(BIO *b)
{
    if (b == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if (!b->init) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNINITIALIZED);
        return 0;
    }
    return 1;
}

MBS_API int BIO_nread0(BIO *b, char **buf)
{
    long r;

    if (!zc_check(b))
        return -2;
    r = BIO_ctrl(b, BIO_C_NREAD0, 0, buf);
    return r > INT_MAX ? INT_MAX : (int)r;
}

MBS_API int BIO_nread(BIO *b, char **buf, int num)
{
    int r;

    if (!zc_check(b))
        return -2;
    r = (int)BIO_ctrl(b, BIO_C_NREAD, num, buf);
    if (r > 0)
        b->num_read += (uint64_t)r;
    return r;
}

MBS_API int BIO_nwrite0(BIO *b, char **buf)
{
    long r;

    if (!zc_check(b))
        return -2;
    r = BIO_ctrl(b, BIO_C_NWRITE0, 0, buf);
    return r > INT_MAX ? INT_MAX : (int)r;
}

MBS_API int BIO_nwrite(BIO *b, char **buf, int num)
{
    int r;

    if (!zc_check(b))
        return -2;
    r = (int)BIO_ctrl(b, BIO_C_NWRITE, num, buf);
    if (r > 0)
        b->num_write += (uint64_t)r;
    return r;
}
