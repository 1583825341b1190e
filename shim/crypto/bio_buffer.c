/* BIO_f_buffer: read-ahead and write-behind buffering in front of the next BIO (4096 bytes each way by
 * default; like OpenSSL 3.0, BIO_set_buffer_size only ever enlarges). */
#include <limits.h>
#include <string.h>

#include "bio_local.h"

#define BUF_DEFAULT 4096

struct buf_ctx {
    char *ibuf;
    int isize, ilen, ioff;
    char *obuf;
    int osize, olen, ooff;
};

static int buf_new(BIO *b)
{
    struct buf_ctx *c = OPENSSL_zalloc(sizeof(*c));

    if (c == NULL)
        return 0;
    c->isize = c->osize = BUF_DEFAULT;
    c->ibuf = OPENSSL_malloc(BUF_DEFAULT);
    c->obuf = OPENSSL_malloc(BUF_DEFAULT);
    if (c->ibuf == NULL || c->obuf == NULL) {
        OPENSSL_free(c->ibuf);
        OPENSSL_free(c->obuf);
        OPENSSL_free(c);
        return 0;
    }
    b->init = 1;
    b->ptr = c;
    b->flags = 0;
    return 1;
}

static int buf_free(BIO *b)
{
    struct buf_ctx *c = b->ptr;

    if (c == NULL)
        return 0;
    OPENSSL_free(c->ibuf);
    OPENSSL_free(c->obuf);
    OPENSSL_free(c);
    b->ptr = NULL;
    b->init = 0;
    b->flags = 0;
    return 1;
}

/* Next BIO's failure seen after `num` bytes were delivered: give those first, the error next time. */
static int partial(BIO *b, int r, int num)
{
    BIO_copy_next_retry(b);
    if (r < 0)
        return num > 0 ? num : r;
    return num;
}

static int buf_read_int(BIO *b, char *out, int outl)
{
    struct buf_ctx *c = b->ptr;
    int num = 0, i;

    if (out == NULL || c == NULL || b->next_bio == NULL)
        return 0;
    BIO_clear_retry_flags(b);
    for (;;) {
        i = c->ilen;
        if (i != 0) {
            if (i > outl)
                i = outl;
            memcpy(out, c->ibuf + c->ioff, (size_t)i);
            c->ioff += i;
            c->ilen -= i;
            num += i;
            if (outl == i)
                return num;
            outl -= i;
            out += i;
        }
        /* Big requests bypass the buffer. */
        if (outl > c->isize) {
            for (;;) {
                i = BIO_read(b->next_bio, out, outl);
                if (i <= 0)
                    return partial(b, i, num);
                num += i;
                if (outl == i)
                    return num;
                out += i;
                outl -= i;
            }
        }
        i = BIO_read(b->next_bio, c->ibuf, c->isize);
        if (i <= 0)
            return partial(b, i, num);
        c->ioff = 0;
        c->ilen = i;
    }
}

static int buf_read(BIO *b, char *out, size_t outl, size_t *readbytes)
{
    int r = buf_read_int(b, out, outl > INT_MAX ? INT_MAX : (int)outl);

    *readbytes = r > 0 ? (size_t)r : 0;
    return r > 0 ? 1 : r;
}

static int buf_write_int(BIO *b, const char *in, int inl)
{
    struct buf_ctx *c = b->ptr;
    int num = 0, i;

    if (in == NULL || inl <= 0 || c == NULL || b->next_bio == NULL)
        return 0;
    BIO_clear_retry_flags(b);
    for (;;) {
        i = c->osize - (c->olen + c->ooff);
        if (i >= inl) {
            memcpy(c->obuf + c->ooff + c->olen, in, (size_t)inl);
            c->olen += inl;
            return num + inl;
        }
        /* Top up what is buffered, then flush all of it. */
        if (c->olen != 0) {
            if (i > 0) {
                memcpy(c->obuf + c->ooff + c->olen, in, (size_t)i);
                in += i;
                inl -= i;
                num += i;
                c->olen += i;
            }
            for (;;) {
                i = BIO_write(b->next_bio, c->obuf + c->ooff, c->olen);
                if (i <= 0)
                    return partial(b, i, num);
                c->ooff += i;
                c->olen -= i;
                if (c->olen == 0)
                    break;
            }
        }
        c->ooff = 0;
        /* At least a buffer's worth left: write it straight through. */
        while (inl >= c->osize) {
            i = BIO_write(b->next_bio, in, inl);
            if (i <= 0)
                return partial(b, i, num);
            num += i;
            in += i;
            inl -= i;
            if (inl == 0)
                return num;
        }
    }
}

static int buf_write(BIO *b, const char *in, size_t inl, size_t *written)
{
    int r = buf_write_int(b, in, inl > INT_MAX ? INT_MAX : (int)inl);

    *written = r > 0 ? (size_t)r : 0;
    return r > 0 ? 1 : r;
}

static long buf_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    struct buf_ctx *c = b->ptr;
    long ret = 1;

    switch (cmd) {
    case BIO_CTRL_RESET:
        c->ioff = c->ilen = c->ooff = c->olen = 0;
        if (b->next_bio == NULL)
            return 0;
        ret = BIO_ctrl(b->next_bio, cmd, num, ptr);
        break;
    case BIO_CTRL_EOF:
        if (c->ilen > 0)
            return 0;
        if (b->next_bio == NULL)
            return 0;
        ret = BIO_ctrl(b->next_bio, cmd, num, ptr);
        break;
    case BIO_CTRL_INFO:
        ret = c->olen;
        break;
    case BIO_C_GET_BUFF_NUM_LINES:
        ret = 0;
        for (int i = 0; i < c->ilen; i++) {
            if (c->ibuf[c->ioff + i] == '\n')
                ret++;
        }
        break;
    case BIO_CTRL_WPENDING:
        ret = c->olen;
        if (ret == 0) {
            if (b->next_bio == NULL)
                return 0;
            ret = BIO_ctrl(b->next_bio, cmd, num, ptr);
        }
        break;
    case BIO_CTRL_PENDING:
        ret = c->ilen;
        if (ret == 0) {
            if (b->next_bio == NULL)
                return 0;
            ret = BIO_ctrl(b->next_bio, cmd, num, ptr);
        }
        break;
    case BIO_C_SET_BUFF_READ_DATA:
        if (num < 0 || (num > 0 && ptr == NULL))
            return 0;
        if (num > c->isize) {
            char *p = OPENSSL_malloc((size_t)num);

            if (p == NULL)
                return 0;
            OPENSSL_free(c->ibuf);
            c->ibuf = p;
            c->isize = (int)num;
        }
        c->ioff = 0;
        c->ilen = (int)num;
        if (num > 0)
            memcpy(c->ibuf, ptr, (size_t)num);
        break;
    case BIO_C_SET_BUFF_SIZE: {
        int ibs, obs;
        char *p1 = c->ibuf, *p2 = c->obuf;

        if (num > INT_MAX)
            return 0;
        if (ptr != NULL) {
            /* BIO_int_ctrl form: 0 = read side only, otherwise write side only. */
            if (*(int *)ptr == 0) {
                ibs = (int)num;
                obs = c->osize;
            } else {
                ibs = c->isize;
                obs = (int)num;
            }
        } else {
            ibs = obs = (int)num;
        }
        if (ibs > BUF_DEFAULT && ibs != c->isize) {
            p1 = OPENSSL_malloc((size_t)ibs);
            if (p1 == NULL)
                return 0;
        }
        if (obs > BUF_DEFAULT && obs != c->osize) {
            p2 = OPENSSL_malloc((size_t)obs);
            if (p2 == NULL) {
                if (p1 != c->ibuf)
                    OPENSSL_free(p1);
                return 0;
            }
        }
        if (p1 != c->ibuf) {
            OPENSSL_free(c->ibuf);
            c->ibuf = p1;
            c->ioff = c->ilen = 0;
            c->isize = ibs;
        }
        if (p2 != c->obuf) {
            OPENSSL_free(c->obuf);
            c->obuf = p2;
            c->ooff = c->olen = 0;
            c->osize = obs;
        }
        break;
    }
    case BIO_C_DO_STATE_MACHINE:
        if (b->next_bio == NULL)
            return 0;
        BIO_clear_retry_flags(b);
        ret = BIO_ctrl(b->next_bio, cmd, num, ptr);
        BIO_copy_next_retry(b);
        break;
    case BIO_CTRL_FLUSH:
        if (b->next_bio == NULL)
            return 0;
        while (c->olen > 0) {
            int r;

            BIO_clear_retry_flags(b);
            r = BIO_write(b->next_bio, c->obuf + c->ooff, c->olen);
            BIO_copy_next_retry(b);
            if (r <= 0)
                return r;
            c->ooff += r;
            c->olen -= r;
        }
        c->ooff = c->olen = 0;
        ret = BIO_ctrl(b->next_bio, cmd, num, ptr);
        BIO_copy_next_retry(b);
        break;
    case BIO_CTRL_DUP: {
        BIO *d = ptr;

        if (BIO_set_read_buffer_size(d, c->isize) <= 0 || BIO_set_write_buffer_size(d, c->osize) <= 0)
            ret = 0;
        break;
    }
    case BIO_CTRL_PEEK: {
        char dummy[1];

        if (ptr == NULL || num < 0)
            return 0;
        /* Make sure something is buffered, then copy without consuming. */
        (void)buf_read_int(b, dummy, 0);
        if (num > c->ilen)
            num = c->ilen;
        memcpy(ptr, c->ibuf + c->ioff, (size_t)num);
        ret = num;
        break;
    }
    default:
        if (b->next_bio == NULL)
            return 0;
        ret = BIO_ctrl(b->next_bio, cmd, num, ptr);
        break;
    }
    return ret;
}

static long buf_callback_ctrl(BIO *b, int cmd, BIO_info_cb *fp)
{
    if (b->next_bio == NULL)
        return 0;
    return BIO_callback_ctrl(b->next_bio, cmd, fp);
}

static int buf_gets(BIO *b, char *buf, int size)
{
    struct buf_ctx *c = b->ptr;
    int num = 0;

    if (size <= 0)
        return 0;
    size--; /* room for the terminator */
    BIO_clear_retry_flags(b);
    for (;;) {
        if (c->ilen > 0) {
            const char *p = c->ibuf + c->ioff;
            int i, found = 0;

            for (i = 0; i < c->ilen && i < size; i++) {
                *buf++ = p[i];
                if (p[i] == '\n') {
                    found = 1;
                    i++;
                    break;
                }
            }
            num += i;
            size -= i;
            c->ilen -= i;
            c->ioff += i;
            if (found || size == 0) {
                *buf = '\0';
                return num;
            }
        } else {
            int r;

            if (b->next_bio == NULL) {
                *buf = '\0';
                return num;
            }
            r = BIO_read(b->next_bio, c->ibuf, c->isize);
            if (r <= 0) {
                BIO_copy_next_retry(b);
                *buf = '\0';
                if (r < 0)
                    return num > 0 ? num : r;
                return num;
            }
            c->ilen = r;
            c->ioff = 0;
        }
    }
}

static int buf_puts(BIO *b, const char *str)
{
    size_t len = strlen(str);

    return buf_write_int(b, str, len > INT_MAX ? INT_MAX : (int)len);
}

static const BIO_METHOD buffer_method = {
    .type = BIO_TYPE_BUFFER,
    .name = (char *)"buffer",
    .bwrite = buf_write,
    .bread = buf_read,
    .bputs = buf_puts,
    .bgets = buf_gets,
    .ctrl = buf_ctrl,
    .create = buf_new,
    .destroy = buf_free,
    .callback_ctrl = buf_callback_ctrl,
};

MBS_API const BIO_METHOD *BIO_f_buffer(void)
{
    return &buffer_method;
}
