/* stdio FILE BIO (BIO_s_file, BIO_new_file, BIO_new_fp, BIO_read_filename & co). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "bio_local.h"

static int file_new(BIO *b)
{
    b->init = 0;
    b->num = 0;
    b->ptr = NULL;
    return 1;
}

static int file_free(BIO *b)
{
    if (b->shutdown) {
        if (b->init && b->ptr != NULL)
            fclose(b->ptr);
        b->ptr = NULL;
        b->init = 0;
    }
    return 1;
}

static int file_read(BIO *b, char *out, size_t outl, size_t *readbytes)
{
    size_t n;

    *readbytes = 0;
    if (!b->init || out == NULL)
        return 0;
    n = fread(out, 1, outl, b->ptr);
    if (n == 0 && ferror((FILE *)b->ptr)) {
        ERR_raise_data(ERR_LIB_SYS, errno, "calling fread()");
        ERR_raise(ERR_LIB_BIO, ERR_R_SYS_LIB);
        return -1;
    }
    *readbytes = n;
    return n > 0;
}

static int file_write(BIO *b, const char *in, size_t inl, size_t *written)
{
    *written = 0;
    if (!b->init || in == NULL)
        return 0;
    if (fwrite(in, inl, 1, b->ptr) != 1)
        return 0;
    *written = inl;
    return 1;
}

static int file_gets(BIO *b, char *buf, int size)
{
    if (size <= 0)
        return 0;
    buf[0] = '\0';
    if (!b->init || fgets(buf, size, b->ptr) == NULL)
        return 0;
    return (int)strlen(buf);
}

static int file_puts(BIO *b, const char *str)
{
    size_t written = 0;

    return file_write(b, str, strlen(str), &written) > 0 ? (int)written : 0;
}

/* fopen() mode for the BIO_FP_* bits of BIO_C_SET_FILENAME. */
static const char *mode_for(long num)
{
    if (num & BIO_FP_APPEND)
        return (num & BIO_FP_READ) ? "a+" : "a";
    if ((num & BIO_FP_READ) && (num & BIO_FP_WRITE))
        return "r+";
    if (num & BIO_FP_WRITE)
        return "w";
    if (num & BIO_FP_READ)
        return "r";
    return NULL;
}

static long file_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    FILE *fp = b->ptr;
    long ret = 1;

    switch (cmd) {
    case BIO_C_FILE_SEEK:
    case BIO_CTRL_RESET:
        if (fp == NULL)
            return -1;
        ret = (long)fseek(fp, cmd == BIO_CTRL_RESET ? 0 : num, SEEK_SET);
        break;
    case BIO_CTRL_EOF:
        ret = fp != NULL ? (long)feof(fp) : 1;
        break;
    case BIO_C_FILE_TELL:
    case BIO_CTRL_INFO:
        ret = fp != NULL ? ftell(fp) : -1;
        break;
    case BIO_C_SET_FILE_PTR:
        file_free(b);
        b->shutdown = (int)num & BIO_CLOSE;
        b->ptr = ptr;
        b->init = ptr != NULL;
        break;
    case BIO_C_SET_FILENAME: {
        const char *mode = mode_for(num);

        file_free(b);
        b->shutdown = (int)num & BIO_CLOSE;
        if (mode == NULL) {
            ERR_raise(ERR_LIB_BIO, BIO_R_BAD_FOPEN_MODE);
            ret = 0;
            break;
        }
        if (ptr == NULL) {
            ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
            ret = 0;
            break;
        }
        fp = fopen(ptr, mode);
        if (fp == NULL) {
            ERR_raise_data(ERR_LIB_SYS, errno, "calling fopen(%s, %s)", (const char *)ptr, mode);
            ERR_raise(ERR_LIB_BIO, ERR_R_SYS_LIB);
            ret = 0;
            break;
        }
        b->ptr = fp;
        b->init = 1;
        break;
    }
    case BIO_C_GET_FILE_PTR:
        if (ptr != NULL)
            *(FILE **)ptr = fp;
        break;
    case BIO_CTRL_GET_CLOSE:
        ret = b->shutdown;
        break;
    case BIO_CTRL_SET_CLOSE:
        b->shutdown = (int)num;
        break;
    case BIO_CTRL_FLUSH:
        if (fp != NULL && fflush(fp) == EOF) {
            ERR_raise_data(ERR_LIB_SYS, errno, "calling fflush()");
            ERR_raise(ERR_LIB_BIO, ERR_R_SYS_LIB);
            ret = 0;
        }
        break;
    case BIO_CTRL_DUP:
        ret = 1;
        break;
    default:
        ret = 0;
        break;
    }
    return ret;
}

static const BIO_METHOD file_method = {
    .type = BIO_TYPE_FILE,
    .name = (char *)"FILE pointer",
    .bwrite = file_write,
    .bread = file_read,
    .bputs = file_puts,
    .bgets = file_gets,
    .ctrl = file_ctrl,
    .create = file_new,
    .destroy = file_free,
};

MBS_API const BIO_METHOD *BIO_s_file(void)
{
    return &file_method;
}

MBS_API BIO *BIO_new_file(const char *filename, const char *mode)
{
    BIO *b;
    FILE *fp;
    int flags = BIO_CLOSE;

    if (filename == NULL || mode == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return NULL;
    }
    fp = fopen(filename, mode);
    if (fp == NULL) {
        int e = errno;

        ERR_raise_data(ERR_LIB_SYS, e, "calling fopen(%s, %s)", filename, mode);
        if (e == ENOENT || e == ENXIO)
            ERR_raise(ERR_LIB_BIO, BIO_R_NO_SUCH_FILE);
        else
            ERR_raise(ERR_LIB_BIO, ERR_R_SYS_LIB);
        return NULL;
    }
    if (strchr(mode, 'b') == NULL)
        flags |= BIO_FP_TEXT;
    b = BIO_new(BIO_s_file());
    if (b == NULL) {
        fclose(fp);
        return NULL;
    }
    BIO_set_fp(b, fp, flags);
    return b;
}

MBS_API BIO *BIO_new_fp(FILE *stream, int close_flag)
{
    BIO *b;

    if (stream == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return NULL;
    }
    b = BIO_new(BIO_s_file());
    if (b == NULL)
        return NULL;
    BIO_set_fp(b, stream, close_flag);
    return b;
}
