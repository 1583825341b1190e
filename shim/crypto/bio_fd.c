/* File descriptor BIO (BIO_s_fd) over read(2)/write(2), and its retry classification. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "bio_local.h"

MBS_API int BIO_fd_non_fatal_error(int err)
{
    switch (err) {
    case EWOULDBLOCK:
#if EAGAIN != EWOULDBLOCK
    case EAGAIN:
#endif
    case EINTR:
    case EPROTO:
    case ENOTCONN:
    case EINPROGRESS:
    case EALREADY:
        return 1;
    default:
        return 0;
    }
}

MBS_API int BIO_fd_should_retry(int i)
{
    if (i == -1 || i == 0)
        return BIO_fd_non_fatal_error(errno);
    return 0;
}

static int fd_new(BIO *b)
{
    b->init = 0;
    b->num = -1;
    b->ptr = NULL;
    b->flags = 0;
    return 1;
}

static int fd_free(BIO *b)
{
    if (b->shutdown) {
        if (b->init)
            close(b->num);
        b->init = 0;
    }
    return 1;
}

static int fd_read(BIO *b, char *out, size_t outl, size_t *readbytes)
{
    ssize_t r;

    *readbytes = 0;
    if (out == NULL)
        return 0;
    errno = 0;
    r = read(b->num, out, outl);
    BIO_clear_retry_flags(b);
    if (r <= 0) {
        if (BIO_fd_should_retry((int)r))
            BIO_set_retry_read(b);
        else if (r == 0)
            b->flags |= BIO_FLAGS_IN_EOF;
        return (int)r;
    }
    *readbytes = (size_t)r;
    return 1;
}

static int fd_write(BIO *b, const char *in, size_t inl, size_t *written)
{
    ssize_t r;

    *written = 0;
    errno = 0;
    r = write(b->num, in, inl);
    BIO_clear_retry_flags(b);
    if (r <= 0) {
        if (BIO_fd_should_retry((int)r))
            BIO_set_retry_write(b);
        return (int)r;
    }
    *written = (size_t)r;
    return 1;
}

static int fd_puts(BIO *b, const char *str)
{
    size_t written = 0;
    int r = fd_write(b, str, strlen(str), &written);

    return r > 0 ? (int)written : r;
}

/* A line, byte by byte so nothing beyond the newline is consumed. */
static int fd_gets(BIO *b, char *buf, int size)
{
    char *p = buf, *end = buf + size - 1;
    size_t got;

    if (size <= 0)
        return 0;
    while (p < end && fd_read(b, p, 1, &got) > 0) {
        if (*p++ == '\n')
            break;
    }
    *p = '\0';
    return (int)(p - buf);
}

static long fd_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    long ret = 1;

    switch (cmd) {
    case BIO_CTRL_RESET:
        num = 0;
        /* fall through */
    case BIO_C_FILE_SEEK:
        ret = (long)lseek(b->num, num, SEEK_SET);
        break;
    case BIO_C_FILE_TELL:
    case BIO_CTRL_INFO:
        ret = (long)lseek(b->num, 0, SEEK_CUR);
        break;
    case BIO_C_SET_FD:
        fd_free(b);
        b->num = *(int *)ptr;
        b->shutdown = (int)num;
        b->init = 1;
        break;
    case BIO_C_GET_FD:
        if (b->init) {
            if (ptr != NULL)
                *(int *)ptr = b->num;
            ret = b->num;
        } else {
            ret = -1;
        }
        break;
    case BIO_CTRL_GET_CLOSE:
        ret = b->shutdown;
        break;
    case BIO_CTRL_SET_CLOSE:
        b->shutdown = (int)num;
        break;
    case BIO_CTRL_PENDING:
    case BIO_CTRL_WPENDING:
        ret = 0;
        break;
    case BIO_CTRL_DUP:
    case BIO_CTRL_FLUSH:
        ret = 1;
        break;
    case BIO_CTRL_EOF:
        ret = (b->flags & BIO_FLAGS_IN_EOF) != 0;
        break;
    default:
        ret = 0;
        break;
    }
    return ret;
}

static const BIO_METHOD fd_method = {
    .type = BIO_TYPE_FD,
    .name = (char *)"file descriptor",
    .bwrite = fd_write,
    .bread = fd_read,
    .bputs = fd_puts,
    .bgets = fd_gets,
    .ctrl = fd_ctrl,
    .create = fd_new,
    .destroy = fd_free,
};

MBS_API const BIO_METHOD *BIO_s_fd(void)
{
    return &fd_method;
}

MBS_API BIO *BIO_new_fd(int fd, int close_flag)
{
    BIO *b = BIO_new(BIO_s_fd());

    if (b == NULL)
        return NULL;
    BIO_set_fd(b, fd, close_flag);
    return b;
}
