/* BIO_s_null (a sink that swallows writes and reads as EOF) and BIO_f_null (a pass-through filter). */
#include <limits.h>
#include <string.h>

#include "bio_local.h"

static int null_read(BIO *b, char *out, size_t outl, size_t *readbytes)
{
    (void)b;
    (void)out;
    (void)outl;
    *readbytes = 0;
    return 0;
}

static int null_write(BIO *b, const char *in, size_t inl, size_t *written)
{
    (void)b;
    (void)in;
    *written = inl;
    return 1;
}

static int null_puts(BIO *b, const char *str)
{
    (void)b;
    return (int)strlen(str);
}

static int null_gets(BIO *b, char *buf, int size)
{
    (void)b;
    (void)buf;
    (void)size;
    return 0;
}

static long null_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    (void)b;
    (void)num;
    (void)ptr;
    switch (cmd) {
    case BIO_CTRL_RESET:
    case BIO_CTRL_EOF:
    case BIO_CTRL_SET:
    case BIO_CTRL_SET_CLOSE:
    case BIO_CTRL_FLUSH:
    case BIO_CTRL_DUP:
        return 1;
    default:
        return 0;
    }
}

static const BIO_METHOD null_method = {
    .type = BIO_TYPE_NULL,
    .name = (char *)"NULL",
    .bwrite = null_write,
    .bread = null_read,
    .bputs = null_puts,
    .bgets = null_gets,
    .ctrl = null_ctrl,
};

MBS_API const BIO_METHOD *BIO_s_null(void)
{
    return &null_method;
}

/* ---- null filter: everything goes to the next BIO, retry state copied back ---- */

static int nf_read(BIO *b, char *out, size_t outl, size_t *readbytes)
{
    int r;

    *readbytes = 0;
    if (out == NULL || b->next_bio == NULL)
        return 0;
    r = BIO_read(b->next_bio, out, outl > INT_MAX ? INT_MAX : (int)outl);
    BIO_clear_retry_flags(b);
    BIO_copy_next_retry(b);
    if (r <= 0)
        return r;
    *readbytes = (size_t)r;
    return 1;
}

static int nf_write(BIO *b, const char *in, size_t inl, size_t *written)
{
    int r;

    *written = 0;
    if (in == NULL || b->next_bio == NULL)
        return 0;
    r = BIO_write(b->next_bio, in, inl > INT_MAX ? INT_MAX : (int)inl);
    BIO_clear_retry_flags(b);
    BIO_copy_next_retry(b);
    if (r <= 0)
        return r;
    *written = (size_t)r;
    return 1;
}

static long nf_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    long r;

    if (b->next_bio == NULL)
        return 0;
    switch (cmd) {
    case BIO_C_DO_STATE_MACHINE:
        BIO_clear_retry_flags(b);
        r = BIO_ctrl(b->next_bio, cmd, num, ptr);
        BIO_copy_next_retry(b);
        return r;
    case BIO_CTRL_DUP:
        return 0;
    default:
        return BIO_ctrl(b->next_bio, cmd, num, ptr);
    }
}

static long nf_callback_ctrl(BIO *b, int cmd, BIO_info_cb *fp)
{
    if (b->next_bio == NULL)
        return 0;
    return BIO_callback_ctrl(b->next_bio, cmd, fp);
}

static int nf_gets(BIO *b, char *buf, int size)
{
    if (b->next_bio == NULL)
        return 0;
    return BIO_gets(b->next_bio, buf, size);
}

static int nf_puts(BIO *b, const char *str)
{
    if (b->next_bio == NULL)
        return 0;
    return BIO_puts(b->next_bio, str);
}

static const BIO_METHOD null_filter_method = {
    .type = BIO_TYPE_NULL_FILTER,
    .name = (char *)"NULL filter",
    .bwrite = nf_write,
    .bread = nf_read,
    .bputs = nf_puts,
    .bgets = nf_gets,
    .ctrl = nf_ctrl,
    .callback_ctrl = nf_callback_ctrl,
};

MBS_API const BIO_METHOD *BIO_f_null(void)
{
    return &null_filter_method;
}
