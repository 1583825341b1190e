/* Memory BIOs: BIO_s_mem / BIO_s_secmem (a BUF_MEM plus a read offset) and read-only BIO_new_mem_buf. */
#include <string.h>

#include <openssl/buffer.h>

#include "bio_local.h"

struct mem_ctx {
    BUF_MEM *buf; /* everything written (or the caller's bytes for read-only BIOs) */
    size_t off;   /* bytes of buf already read */
    BUF_MEM view; /* read-only BIO_get_mem_ptr answer: the unread part */
};

static int mem_new_common(BIO *b, unsigned long flags)
{
    struct mem_ctx *c = OPENSSL_zalloc(sizeof(*c));

    if (c == NULL)
        return 0;
    c->buf = BUF_MEM_new_ex(flags);
    if (c->buf == NULL) {
        OPENSSL_free(c);
        return 0;
    }
    b->ptr = c;
    b->shutdown = 1;
    b->init = 1;
    /* An empty memory BIO asks the reader to retry (-1) until BIO_set_mem_eof_return says otherwise. */
    b->num = -1;
    return 1;
}

static int mem_new(BIO *b)
{
    return mem_new_common(b, 0);
}

static int secmem_new(BIO *b)
{
    return mem_new_common(b, BUF_MEM_FLAG_SECURE);
}

static void mem_release_buf(BIO *b, struct mem_ctx *c)
{
    if (c->buf == NULL)
        return;
    if (b->shutdown && b->init) {
        /* Read-only data belongs to the caller. */
        if (b->flags & BIO_FLAGS_MEM_RDONLY)
            c->buf->data = NULL;
        BUF_MEM_free(c->buf);
    }
    c->buf = NULL;
}

static int mem_free(BIO *b)
{
    struct mem_ctx *c = b->ptr;

    if (c == NULL)
        return 0;
    mem_release_buf(b, c);
    OPENSSL_free(c);
    b->ptr = NULL;
    return 1;
}

/* Drops already-read bytes so buf holds exactly the unread data. */
static void mem_compact(struct mem_ctx *c)
{
    if (c->off == 0 || c->buf == NULL)
        return;
    if (c->off < c->buf->length)
        memmove(c->buf->data, c->buf->data + c->off, c->buf->length - c->off);
    c->buf->length -= c->off;
    c->off = 0;
}

static size_t mem_unread(const struct mem_ctx *c)
{
    return c->buf != NULL ? c->buf->length - c->off : 0;
}

static int mem_read(BIO *b, char *out, size_t outl, size_t *readbytes)
{
    struct mem_ctx *c = b->ptr;
    size_t avail = mem_unread(c);
    size_t n = outl < avail ? outl : avail;

    BIO_clear_retry_flags(b);
    if (out != NULL && n > 0) {
        memcpy(out, c->buf->data + c->off, n);
        c->off += n;
        *readbytes = n;
        return 1;
    }
    *readbytes = 0;
    if (avail == 0) {
        if (b->num != 0)
            BIO_set_retry_read(b);
        return b->num;
    }
    return 0;
}

static int mem_write(BIO *b, const char *in, size_t inl, size_t *written)
{
    struct mem_ctx *c = b->ptr;
    size_t len;

    *written = 0;
    if (b->flags & BIO_FLAGS_MEM_RDONLY) {
        ERR_raise(ERR_LIB_BIO, BIO_R_WRITE_TO_READ_ONLY_BIO);
        return -1;
    }
    BIO_clear_retry_flags(b);
    if (inl == 0)
        return 0;
    if (in == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    if (c->buf == NULL)
        return -1;
    mem_compact(c);
    len = c->buf->length;
    if (BUF_MEM_grow_clean(c->buf, len + inl) == 0)
        return -1;
    memcpy(c->buf->data + len, in, inl);
    *written = inl;
    return 1;
}

static long mem_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    struct mem_ctx *c = b->ptr;
    long ret = 1;

    switch (cmd) {
    case BIO_CTRL_RESET:
        if (c->buf != NULL && c->buf->data != NULL) {
            if (!(b->flags & (BIO_FLAGS_MEM_RDONLY | BIO_FLAGS_NONCLEAR_RST))) {
                memset(c->buf->data, 0, c->buf->max);
                c->buf->length = 0;
            }
        }
        /* Read-only and non-clearing BIOs rewind: the data can be read again. */
        c->off = 0;
        break;
    case BIO_CTRL_EOF:
        ret = mem_unread(c) == 0;
        break;
    case BIO_C_SET_BUF_MEM_EOF_RETURN:
        b->num = (int)num;
        break;
    case BIO_CTRL_INFO:
        ret = (long)mem_unread(c);
        if (ptr != NULL)
            *(char **)ptr = c->buf != NULL ? c->buf->data + c->off : NULL;
        break;
    case BIO_C_SET_BUF_MEM:
        mem_release_buf(b, c);
        b->shutdown = (int)num;
        c->buf = ptr;
        c->off = 0;
        break;
    case BIO_C_GET_BUF_MEM_PTR:
        if (ptr != NULL) {
            if (b->flags & BIO_FLAGS_MEM_RDONLY) {
                c->view.data = c->buf->data + c->off;
                c->view.length = c->buf->length - c->off;
                c->view.max = c->buf->max - c->off;
                c->view.flags = c->buf->flags;
                *(BUF_MEM **)ptr = &c->view;
            } else {
                mem_compact(c);
                *(BUF_MEM **)ptr = c->buf;
            }
        }
        break;
    case BIO_CTRL_GET_CLOSE:
        ret = b->shutdown;
        break;
    case BIO_CTRL_SET_CLOSE:
        b->shutdown = (int)num;
        break;
    case BIO_CTRL_WPENDING:
        ret = 0;
        break;
    case BIO_CTRL_PENDING:
        ret = (long)mem_unread(c);
        break;
    case BIO_CTRL_DUP:
    case BIO_CTRL_FLUSH:
        ret = 1;
        break;
    default:
        ret = 0;
        break;
    }
    return ret;
}

static int mem_gets(BIO *b, char *buf, int size)
{
    struct mem_ctx *c = b->ptr;
    size_t avail = mem_unread(c), n, i;
    size_t readbytes = 0;
    int ret;

    BIO_clear_retry_flags(b);
    if (size <= 1 || avail == 0) {
        if (size > 0)
            *buf = '\0';
        return 0;
    }
    n = (size_t)size - 1 < avail ? (size_t)size - 1 : avail;
    for (i = 0; i < n; i++) {
        if (c->buf->data[c->off + i] == '\n') {
            i++;
            break;
        }
    }
    ret = mem_read(b, buf, i, &readbytes);
    if (ret > 0) {
        buf[readbytes] = '\0';
        return (int)readbytes;
    }
    return ret;
}

static int mem_puts(BIO *b, const char *str)
{
    size_t written = 0;
    int ret = mem_write(b, str, strlen(str), &written);

    return ret > 0 ? (int)written : ret;
}

static const BIO_METHOD mem_method = {
    .type = BIO_TYPE_MEM,
    .name = (char *)"memory buffer",
    .bwrite = mem_write,
    .bread = mem_read,
    .bputs = mem_puts,
    .bgets = mem_gets,
    .ctrl = mem_ctrl,
    .create = mem_new,
    .destroy = mem_free,
};

static const BIO_METHOD secmem_method = {
    .type = BIO_TYPE_MEM,
    .name = (char *)"secure memory buffer",
    .bwrite = mem_write,
    .bread = mem_read,
    .bputs = mem_puts,
    .bgets = mem_gets,
    .ctrl = mem_ctrl,
    .create = secmem_new,
    .destroy = mem_free,
};

MBS_API const BIO_METHOD *BIO_s_mem(void)
{
    return &mem_method;
}

MBS_API const BIO_METHOD *BIO_s_secmem(void)
{
    return &secmem_method;
}

MBS_API BIO *BIO_new_mem_buf(const void *buf, int len)
{
    BIO *b;
    struct mem_ctx *c;
    size_t sz;

    if (buf == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return NULL;
    }
    sz = len < 0 ? strlen(buf) : (size_t)len;
    b = BIO_new(BIO_s_mem());
    if (b == NULL)
        return NULL;
    c = b->ptr;
    c->buf->data = (char *)buf; /* never written through: the BIO is read-only */
    c->buf->length = sz;
    c->buf->max = sz;
    b->flags |= BIO_FLAGS_MEM_RDONLY;
    /* Static data: waiting will not bring more, so an exhausted buffer reads as EOF. */
    b->num = 0;
    return b;
}
