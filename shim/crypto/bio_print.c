/* BIO_printf family. Each conversion is rendered by the C library; the walk over the format is ours so
 * that the cases where OpenSSL's formatter differs come out like OpenSSL's ("<NULL>" for a NULL %s,
 * "0x0" for a NULL %p), and BIO_snprintf reports truncation as -1. */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "bio_local.h"

struct outbuf {
    char *p;
    size_t len, cap;
    int heap;
    int failed;
    char local[1024];
};

static void ob_init(struct outbuf *o)
{
    o->p = o->local;
    o->len = 0;
    o->cap = sizeof(o->local);
    o->heap = 0;
    o->failed = 0;
}

static int ob_reserve(struct outbuf *o, size_t extra)
{
    size_t need, ncap;
    char *np;

    if (o->failed)
        return 0;
    if (extra > SIZE_MAX / 2 - o->len) {
        o->failed = 1;
        return 0;
    }
    need = o->len + extra + 1;
    if (need <= o->cap)
        return 1;
    ncap = o->cap * 2 > need ? o->cap * 2 : need;
    if (o->heap) {
        np = OPENSSL_realloc(o->p, ncap);
    } else {
        np = OPENSSL_malloc(ncap);
        if (np != NULL)
            memcpy(np, o->p, o->len);
    }
    if (np == NULL) {
        o->failed = 1;
        return 0;
    }
    o->p = np;
    o->cap = ncap;
    o->heap = 1;
    return 1;
}

static void ob_put(struct outbuf *o, const char *s, size_t n)
{
    if (!ob_reserve(o, n))
        return;
    memcpy(o->p + o->len, s, n);
    o->len += n;
}

static void ob_free(struct outbuf *o)
{
    if (o->heap)
        OPENSSL_free(o->p);
}

/* Renders one conversion with snprintf; `spec` is the complete, '*'-free conversion text. */
#define EMIT(o, spec, type, val) \
    do { \
        type v_ = (val); \
        int n_ = snprintf(NULL, 0, spec, v_); \
        if (n_ < 0) { \
            (o)->failed = 1; \
        } else if (ob_reserve(o, (size_t)n_)) { \
            snprintf((o)->p + (o)->len, (size_t)n_ + 1, spec, v_); \
            (o)->len += (size_t)n_; \
        } \
    } while (0)

enum lenmod { LM_NONE, LM_HH, LM_H, LM_L, LM_LL, LM_BIGL, LM_J, LM_Z, LM_T };

static void format_into(struct outbuf *o, const char *fmt, va_list ap)
{
    while (*fmt != '\0' && !o->failed) {
        const char *pct = strchr(fmt, '%');
        char spec[64];
        size_t sl = 0;
        enum lenmod lm = LM_NONE;
        int width, prec;
        char conv;

        if (pct == NULL) {
            ob_put(o, fmt, strlen(fmt));
            break;
        }
        ob_put(o, fmt, (size_t)(pct - fmt));
        fmt = pct + 1;
        if (*fmt == '%') {
            ob_put(o, "%", 1);
            fmt++;
            continue;
        }
        spec[sl++] = '%';
        while (*fmt != '\0' && strchr("-+ #0'", *fmt) != NULL && sl < 10)
            spec[sl++] = *fmt++;
        if (*fmt == '*') {
            width = va_arg(ap, int);
            sl += (size_t)snprintf(spec + sl, sizeof(spec) - sl, "%d", width);
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9' && sl < 30)
                spec[sl++] = *fmt++;
        }
        if (*fmt == '.') {
            spec[sl++] = *fmt++;
            if (*fmt == '*') {
                prec = va_arg(ap, int);
                if (prec < 0) {
                    sl--; /* a negative precision means none */
                } else {
                    sl += (size_t)snprintf(spec + sl, sizeof(spec) - sl, "%d", prec);
                }
                fmt++;
            } else {
                while (*fmt >= '0' && *fmt <= '9' && sl < 50)
                    spec[sl++] = *fmt++;
            }
        }
        switch (*fmt) {
        case 'h':
            fmt++;
            lm = LM_H;
            if (*fmt == 'h') {
                fmt++;
                lm = LM_HH;
            }
            break;
        case 'l':
            fmt++;
            lm = LM_L;
            if (*fmt == 'l') {
                fmt++;
                lm = LM_LL;
            }
            break;
        case 'q':
            fmt++;
            lm = LM_LL;
            break;
        case 'L':
            fmt++;
            lm = LM_BIGL;
            break;
        case 'j':
            fmt++;
            lm = LM_J;
            break;
        case 'z':
            fmt++;
            lm = LM_Z;
            break;
        case 't':
            fmt++;
            lm = LM_T;
            break;
        default:
            break;
        }
        conv = *fmt;
        if (conv == '\0')
            break;
        fmt++;
        {
            static const char *const mods[] = { "", "hh", "h", "l", "ll", "L", "j", "z", "t" };
            size_t ml = strlen(mods[lm]);

            memcpy(spec + sl, mods[lm], ml);
            sl += ml;
            spec[sl++] = conv;
            spec[sl] = '\0';
        }
        switch (conv) {
        case 'd':
        case 'i':
            switch (lm) {
            case LM_L:
                EMIT(o, spec, long, va_arg(ap, long));
                break;
            case LM_LL:
                EMIT(o, spec, long long, va_arg(ap, long long));
                break;
            case LM_J:
                EMIT(o, spec, intmax_t, va_arg(ap, intmax_t));
                break;
            case LM_Z:
                EMIT(o, spec, ssize_t, va_arg(ap, ssize_t));
                break;
            case LM_T:
                EMIT(o, spec, ptrdiff_t, va_arg(ap, ptrdiff_t));
                break;
            default:
                EMIT(o, spec, int, va_arg(ap, int));
                break;
            }
            break;
        case 'o':
        case 'u':
        case 'x':
        case 'X':
            switch (lm) {
            case LM_L:
                EMIT(o, spec, unsigned long, va_arg(ap, unsigned long));
                break;
            case LM_LL:
                EMIT(o, spec, unsigned long long, va_arg(ap, unsigned long long));
                break;
            case LM_J:
                EMIT(o, spec, uintmax_t, va_arg(ap, uintmax_t));
                break;
            case LM_Z:
                EMIT(o, spec, size_t, va_arg(ap, size_t));
                break;
            case LM_T:
                EMIT(o, spec, ptrdiff_t, va_arg(ap, ptrdiff_t));
                break;
            default:
                EMIT(o, spec, unsigned int, va_arg(ap, unsigned int));
                break;
            }
            break;
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G':
        case 'a':
        case 'A':
            if (lm == LM_BIGL)
                EMIT(o, spec, long double, va_arg(ap, long double));
            else
                EMIT(o, spec, double, va_arg(ap, double));
            break;
        case 'c':
            if (lm == LM_L)
                EMIT(o, spec, wint_t, va_arg(ap, wint_t));
            else
                EMIT(o, spec, int, va_arg(ap, int));
            break;
        case 's':
            if (lm == LM_L) {
                const wchar_t *ws = va_arg(ap, const wchar_t *);

                if (ws == NULL) {
                    spec[sl - 2] = 's';
                    spec[sl - 1] = '\0';
                    EMIT(o, spec, const char *, "<NULL>");
                } else {
                    EMIT(o, spec, const wchar_t *, ws);
                }
            } else {
                const char *s = va_arg(ap, const char *);

                EMIT(o, spec, const char *, s != NULL ? s : "<NULL>");
            }
            break;
        case 'p': {
            void *v = va_arg(ap, void *);

            if (v == NULL) {
                spec[sl - 1] = 's';
                EMIT(o, spec, const char *, "0x0");
            } else {
                EMIT(o, spec, void *, v);
            }
            break;
        }
        case 'n':
            switch (lm) {
            case LM_HH:
                *va_arg(ap, signed char *) = (signed char)o->len;
                break;
            case LM_H:
                *va_arg(ap, short *) = (short)o->len;
                break;
            case LM_L:
                *va_arg(ap, long *) = (long)o->len;
                break;
            case LM_LL:
                *va_arg(ap, long long *) = (long long)o->len;
                break;
            default:
                *va_arg(ap, int *) = (int)o->len;
                break;
            }
            break;
        default:
            /* Unknown conversion: stop like OpenSSL's formatter does at garbage. */
            return;
        }
    }
}

MBS_API int BIO_vprintf(BIO *bio, const char *format, va_list args)
{
    struct outbuf o;
    va_list ap;
    int ret;

    if (format == NULL)
        return -1;
    ob_init(&o);
    va_copy(ap, args);
    format_into(&o, format, ap);
    va_end(ap);
    if (o.failed || o.len > INT_MAX) {
        ob_free(&o);
        return -1;
    }
    ret = BIO_write(bio, o.p, (int)o.len);
    ob_free(&o);
    return ret;
}

MBS_API int BIO_printf(BIO *bio, const char *format, ...)
{
    va_list ap;
    int ret;

    va_start(ap, format);
    ret = BIO_vprintf(bio, format, ap);
    va_end(ap);
    return ret;
}

MBS_API int BIO_vsnprintf(char *buf, size_t n, const char *format, va_list args)
{
    struct outbuf o;
    va_list ap;
    int ret;

    if (format == NULL)
        return -1;
    ob_init(&o);
    va_copy(ap, args);
    format_into(&o, format, ap);
    va_end(ap);
    if (o.failed) {
        ob_free(&o);
        return -1;
    }
    if (buf != NULL && n > 0) {
        size_t k = o.len < n ? o.len : n - 1;

        memcpy(buf, o.p, k);
        buf[k] = '\0';
    }
    /* Truncation is an error for OpenSSL's formatter. */
    ret = (o.len >= n || o.len > INT_MAX) ? -1 : (int)o.len;
    ob_free(&o);
    return ret;
}

MBS_API int BIO_snprintf(char *buf, size_t n, const char *format, ...)
{
    va_list ap;
    int ret;

    va_start(ap, format);
    ret = BIO_vsnprintf(buf, n, format, ap);
    va_end(ap);
    return ret;
}
