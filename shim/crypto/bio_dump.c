/* Hex dumps (BIO_dump family, BIO_hex_string) and the BIO_debug_callback tracers. */
#include <stdio.h>
#include <string.h>

#include "bio_local.h"

typedef int (*dump_cb_fn)(const void *data, size_t len, void *u);

/* Rows of "<indent>oooo - hh hh ...-hh ...  ascii\n"; deeper indents get fewer bytes per row. */
MBS_API int BIO_dump_indent_cb(int (*cb)(const void *data, size_t len, void *u), void *u, const void *v, int len,
                               int indent)
{
    const unsigned char *s = v;
    char line[400];
    int width, rows, ret = 0;

    if (cb == NULL || (s == NULL && len > 0))
        return -1;
    if (indent < 0)
        indent = 0;
    else if (indent > 64)
        indent = 64;
    width = 16 - (indent - (indent > 6 ? 6 : indent) + 3) / 4;
    rows = len > 0 ? (len + width - 1) / width : 0;
    for (int r = 0; r < rows; r++) {
        int base = r * width;
        size_t n = (size_t)snprintf(line, sizeof(line), "%*s%04x - ", indent, "", (unsigned int)base);

        for (int j = 0; j < width; j++) {
            if (base + j >= len)
                memcpy(line + n, "   ", 3);
            else
                snprintf(line + n, 4, "%02x%c", s[base + j], j == 7 ? '-' : ' ');
            n += 3;
        }
        line[n++] = ' ';
        line[n++] = ' ';
        for (int j = 0; j < width && base + j < len; j++) {
            unsigned char ch = s[base + j];

            line[n++] = (ch >= ' ' && ch <= '~') ? (char)ch : '.';
        }
        line[n++] = '\n';
        line[n] = '\0';
        ret += cb(line, n, u);
    }
    return ret;
}

MBS_API int BIO_dump_cb(int (*cb)(const void *data, size_t len, void *u), void *u, const void *s, int len)
{
    return BIO_dump_indent_cb(cb, u, s, len, 0);
}

static int write_fp(const void *data, size_t len, void *fp)
{
    return (int)fwrite(data, len, 1, fp);
}

static int write_bio(const void *data, size_t len, void *bp)
{
    return BIO_write(bp, data, (int)len);
}

MBS_API int BIO_dump_fp(FILE *fp, const void *s, int len)
{
    return BIO_dump_indent_cb(write_fp, fp, s, len, 0);
}

MBS_API int BIO_dump_indent_fp(FILE *fp, const void *s, int len, int indent)
{
    return BIO_dump_indent_cb(write_fp, fp, s, len, indent);
}

MBS_API int BIO_dump(BIO *bp, const void *s, int len)
{
    return BIO_dump_indent_cb(write_bio, bp, s, len, 0);
}

MBS_API int BIO_dump_indent(BIO *bp, const void *s, int len, int indent)
{
    return BIO_dump_indent_cb(write_bio, bp, s, len, indent);
}

/* "AA:BB:..." with `width` bytes per line, continuation lines indented. */
MBS_API int BIO_hex_string(BIO *out, int indent, int width, const void *data, int datalen)
{
    const unsigned char *d = data;
    int i, col = 0;

    if (datalen < 1)
        return 1;
    if (width <= 0)
        width = 1;
    for (i = 0; i < datalen - 1; i++) {
        if (i != 0 && col == 0)
            BIO_printf(out, "%*s", indent, "");
        BIO_printf(out, "%02X:", d[i]);
        col = (col + 1) % width;
        if (col == 0)
            BIO_printf(out, "\n");
    }
    if (i != 0 && col == 0)
        BIO_printf(out, "%*s", indent, "");
    BIO_printf(out, "%02X", d[datalen - 1]);
    return 1;
}

/* ---- tracing callbacks ---- */

MBS_API long BIO_debug_callback_ex(BIO *bio, int cmd, const char *argp, size_t len, int argi, long argl, int ret,
                                   size_t *processed)
{
    char buf[256];
    const char *name;
    BIO *out;
    int n;

    (void)argp;
    (void)argl;
    if (bio == NULL)
        return ret;
    name = bio->method != NULL ? bio->method->name : "";
    n = snprintf(buf, sizeof(buf), "BIO[%p]: ", (void *)bio);
    if (n < 0 || (size_t)n >= sizeof(buf))
        n = 0;
    switch (cmd) {
    case BIO_CB_FREE:
        snprintf(buf + n, sizeof(buf) - (size_t)n, "Free - %s\n", name);
        break;
    case BIO_CB_READ:
    case BIO_CB_WRITE:
        if (bio->method != NULL && (bio->method->type & BIO_TYPE_DESCRIPTOR))
            snprintf(buf + n, sizeof(buf) - (size_t)n, "%s(%d,%zu) - %s fd=%d\n",
                     cmd == BIO_CB_READ ? "read" : "write", bio->num, len, name, bio->num);
        else
            snprintf(buf + n, sizeof(buf) - (size_t)n, "%s(%d,%zu) - %s\n", cmd == BIO_CB_READ ? "read" : "write",
                     bio->num, len, name);
        break;
    case BIO_CB_PUTS:
        snprintf(buf + n, sizeof(buf) - (size_t)n, "puts() - %s\n", name);
        break;
    case BIO_CB_GETS:
        snprintf(buf + n, sizeof(buf) - (size_t)n, "gets(%zu) - %s\n", len, name);
        break;
    case BIO_CB_CTRL:
        snprintf(buf + n, sizeof(buf) - (size_t)n, "ctrl(%d) - %s\n", argi, name);
        break;
    case BIO_CB_RETURN | BIO_CB_READ:
    case BIO_CB_RETURN | BIO_CB_WRITE:
    case BIO_CB_RETURN | BIO_CB_GETS:
    case BIO_CB_RETURN | BIO_CB_PUTS: {
        static const char *const what[] = { "", "", "read", "write", "puts", "gets" };

        snprintf(buf + n, sizeof(buf) - (size_t)n, "%s return %d processed: %zu\n", what[cmd & 0x7], ret,
                 processed != NULL ? *processed : 0);
        break;
    }
    case BIO_CB_RETURN | BIO_CB_CTRL:
        snprintf(buf + n, sizeof(buf) - (size_t)n, "ctrl return %d\n", ret);
        break;
    default:
        snprintf(buf + n, sizeof(buf) - (size_t)n, "bio callback - unknown type (%d)\n", cmd);
        break;
    }
    out = (BIO *)bio->cb_arg;
    if (out != NULL)
        BIO_write(out, buf, (int)strlen(buf));
    else
        fputs(buf, stderr);
    return ret;
}

MBS_API long BIO_debug_callback(BIO *bio, int cmd, const char *argp, int argi, long argl, long ret)
{
    size_t len = 0, processed = 0;
    int op = cmd & ~BIO_CB_RETURN;

    if (op == BIO_CB_READ || op == BIO_CB_WRITE || op == BIO_CB_GETS)
        len = argi > 0 ? (size_t)argi : 0;
    if ((cmd & BIO_CB_RETURN) && ret > 0)
        processed = (size_t)ret;
    BIO_debug_callback_ex(bio, cmd, argp, len, argi, argl, (int)ret, &processed);
    return ret;
}
