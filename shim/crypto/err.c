/* The ERR error queue with OpenSSL 3.0 semantics.
 *
 * Each thread owns a ring of ERR_NUM_ERRORS slots indexed by `top` (newest) and `bottom` (the slot just before
 * the oldest entry); top == bottom means empty, so the queue holds ERR_NUM_ERRORS - 1 entries and the oldest
 * is dropped when a new one arrives on a full queue, as in OpenSSL. The slot arithmetic is kept identical
 * to OpenSSL's observable behaviour because callers can see it (which slots keep a reusable data buffer,
 * where marks live, what ERR_set_debug/ERR_set_error touch without an ERR_new).
 *
 * Strings live in one hash table keyed by ERR_PACK(lib, 0, reason): the built-in table (err_strings.c),
 * plus whatever ERR_load_strings{,_const} registers (the SSL layer's reasons, applications' own). */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>

#include "crypto/crypto_local.h"

/* ERR_print_errors(BIO *) and ERR_add_error_mem_bio() need BIO_write/BIO_ctrl from the BIO module; they are
 * weak so this file links (e.g. in unit tests) even where the BIO module is absent. */
#pragma weak BIO_write
#pragma weak BIO_ctrl

/* Data beyond this is split over several entries by ERR_add_error_txt (OpenSSL keeps a line printable by
 * ERR_print_errors_cb's 4096-byte buffer, leaving room for the prefix). */
#define MBS_ERR_TXT_MAX (4096 - 100)
/* Line buffer of ERR_print_errors_cb, and of the error string inside it. */
#define MBS_ERR_PRINT_MAX 4096

struct mbs_err_slot {
    unsigned long code;
    int marks;
    int line;
    char *file; /* owned copy, NULL when unset; buffer kept in file_buf for reuse */
    char *file_buf;
    size_t file_cap;
    char *func;
    char *func_buf;
    size_t func_cap;
    char *data; /* owned when data_flags has ERR_TXT_MALLOCED */
    size_t data_size;
    int data_flags;
};

struct mbs_err_state {
    struct mbs_err_slot slot[ERR_NUM_ERRORS];
    int top, bottom;
};

/* ---------------------------------------------------------------------------------------------------------- */
/* Per-thread state */

static pthread_key_t err_key;
static pthread_once_t err_key_once = PTHREAD_ONCE_INIT;
static int err_key_ok;

static void slot_free(struct mbs_err_slot *s)
{
    if (s->data_flags & ERR_TXT_MALLOCED)
        CRYPTO_free(s->data, OPENSSL_FILE, OPENSSL_LINE);
    CRYPTO_free(s->file_buf, OPENSSL_FILE, OPENSSL_LINE);
    CRYPTO_free(s->func_buf, OPENSSL_FILE, OPENSSL_LINE);
    memset(s, 0, sizeof(*s));
}

static void state_free(void *p)
{
    struct mbs_err_state *st = p;

    if (st == NULL)
        return;
    for (int i = 0; i < ERR_NUM_ERRORS; i++)
        slot_free(&st->slot[i]);
    CRYPTO_free(st, OPENSSL_FILE, OPENSSL_LINE);
}

static void err_key_init(void)
{
    err_key_ok = pthread_key_create(&err_key, state_free) == 0;
}

/* Returns the calling thread's queue, creating it when `create`. Preserves errno: callers raise errors right
 * after a failing system call and the application still reads errno afterwards. */
static struct mbs_err_state *get_state(int create)
{
    struct mbs_err_state *st;
    int saved = errno;

    pthread_once(&err_key_once, err_key_init);
    if (!err_key_ok)
        return NULL;
    st = pthread_getspecific(err_key);
    if (st == NULL && create) {
        st = CRYPTO_zalloc(sizeof(*st), OPENSSL_FILE, OPENSSL_LINE);
        if (st != NULL) {
            for (int i = 0; i < ERR_NUM_ERRORS; i++)
                st->slot[i].line = -1;
            if (pthread_setspecific(err_key, st) != 0) {
                CRYPTO_free(st, OPENSSL_FILE, OPENSSL_LINE);
                st = NULL;
            }
        }
    }
    errno = saved;
    return st;
}

void mbs_err_thread_stop(void)
{
    struct mbs_err_state *st;

    pthread_once(&err_key_once, err_key_init);
    if (!err_key_ok)
        return;
    st = pthread_getspecific(err_key);
    if (st != NULL) {
        pthread_setspecific(err_key, NULL);
        state_free(st);
    }
}

/* Copies s into a slot string buffer (NULL or "" means unset). */
static void slot_setstr(char **field, char **buf, size_t *cap, const char *s)
{
    size_t n;

    *field = NULL;
    if (s == NULL || *s == '\0')
        return;
    n = strlen(s) + 1;
    if (n > *cap) {
        char *nb = CRYPTO_realloc(*buf, n, OPENSSL_FILE, OPENSSL_LINE);

        if (nb == NULL)
            return;
        *buf = nb;
        *cap = n;
    }
    memcpy(*buf, s, n);
    *field = *buf;
}

/* Empties a slot for reuse; a data buffer we own is kept (empty, flagged ERR_TXT_MALLOCED) like OpenSSL. */
static void slot_clear(struct mbs_err_slot *s)
{
    s->code = 0;
    s->marks = 0;
    s->line = -1;
    s->file = NULL;
    s->func = NULL;
    if ((s->data_flags & ERR_TXT_MALLOCED) && s->data != NULL) {
        s->data[0] = '\0';
        s->data_flags = ERR_TXT_MALLOCED;
    } else {
        s->data = NULL;
        s->data_size = 0;
        s->data_flags = 0;
    }
}

/* Replaces a slot's data, releasing what it owned. */
static void slot_set_data(struct mbs_err_slot *s, char *data, size_t size, int flags)
{
    if ((s->data_flags & ERR_TXT_MALLOCED) && s->data != data)
        CRYPTO_free(s->data, OPENSSL_FILE, OPENSSL_LINE);
    s->data = data;
    s->data_size = size;
    s->data_flags = flags;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Raising */

MBS_API void ERR_new(void)
{
    struct mbs_err_state *st = get_state(1);

    if (st == NULL)
        return;
    st->top = (st->top + 1) % ERR_NUM_ERRORS;
    if (st->top == st->bottom)
        st->bottom = (st->bottom + 1) % ERR_NUM_ERRORS;
    slot_clear(&st->slot[st->top]);
}

MBS_API void ERR_set_debug(const char *file, int line, const char *func)
{
    struct mbs_err_state *st = get_state(1);
    struct mbs_err_slot *s;
    int saved = errno;

    if (st == NULL)
        return;
    s = &st->slot[st->top];
    slot_setstr(&s->file, &s->file_buf, &s->file_cap, file);
    slot_setstr(&s->func, &s->func_buf, &s->func_cap, func);
    s->line = line;
    errno = saved;
}

MBS_API void ERR_vset_error(int lib, int reason, const char *fmt, va_list args)
{
    struct mbs_err_state *st = get_state(1);
    struct mbs_err_slot *s;
    int saved = errno;

    if (st == NULL)
        return;
    s = &st->slot[st->top];
    if (lib == ERR_LIB_SYS)
        s->code = ERR_SYSTEM_FLAG | ((unsigned int)reason & ERR_SYSTEM_MASK);
    else
        s->code = ERR_PACK(lib, 0, reason);

    if (fmt != NULL) {
        char *buf = NULL;
        size_t size = 0;
        int n;

        if ((s->data_flags & ERR_TXT_MALLOCED) && s->data != NULL) {
            buf = s->data;
            size = s->data_size;
        }
        if (size < ERR_MAX_DATA_SIZE) {
            char *nb = CRYPTO_realloc(buf, ERR_MAX_DATA_SIZE, OPENSSL_FILE, OPENSSL_LINE);

            if (nb != NULL) {
                buf = nb;
                size = ERR_MAX_DATA_SIZE;
            }
        }
        if (buf != NULL && size > 0) {
            n = vsnprintf(buf, size, fmt, args);
            /* OpenSSL's formatter reports truncation as failure: the data then ends up empty. */
            if (n < 0 || (size_t)n >= size)
                buf[0] = '\0';
            s->data = buf; /* possibly moved by realloc: don't free the old pointer */
            s->data_size = size;
            s->data_flags = ERR_TXT_MALLOCED | ERR_TXT_STRING;
        }
    }
    errno = saved;
}

MBS_API void ERR_set_error(int lib, int reason, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    ERR_vset_error(lib, reason, fmt, ap);
    va_end(ap);
}

MBS_API void ERR_set_error_data(char *data, int flags)
{
    struct mbs_err_state *st = get_state(1);

    if (st == NULL)
        return;
    slot_set_data(&st->slot[st->top], data, data != NULL ? strlen(data) + 1 : 0, flags);
}

/* Pushes a copy of the error "code" with its debug info (used to continue long data in a new entry). */
static void push_like(unsigned long code, const char *file, int line, const char *func)
{
    ERR_new();
    ERR_set_debug(file, line, func);
    ERR_set_error(ERR_GET_LIB(code), (int)ERR_GET_REASON(code), NULL);
}

/* Appends `n` bytes of each of the pieces to the newest entry's data. */
static void append_data(struct mbs_err_state *st, const char *const *pieces, const size_t *lens, int count)
{
    struct mbs_err_slot *s = &st->slot[st->top];
    size_t cur = 0, need, size;
    char *buf;

    /* like OpenSSL, only text in a buffer we own is extended; borrowed data is replaced */
    if ((s->data_flags & ERR_TXT_MALLOCED) && (s->data_flags & ERR_TXT_STRING) && s->data != NULL)
        cur = strlen(s->data);
    need = cur + 1;
    for (int i = 0; i < count; i++)
        need += lens[i];

    if ((s->data_flags & ERR_TXT_MALLOCED) && s->data != NULL) {
        buf = s->data;
        size = s->data_size;
        if (need > size) {
            size_t nsize = need < 81 ? 81 : need + need / 2;
            char *nb = CRYPTO_realloc(buf, nsize, OPENSSL_FILE, OPENSSL_LINE);

            if (nb == NULL)
                return;
            buf = nb;
            size = nsize;
        }
        if (cur == 0)
            buf[0] = '\0';
    } else {
        size = need < 81 ? 81 : need;
        buf = CRYPTO_malloc(size, OPENSSL_FILE, OPENSSL_LINE);
        if (buf == NULL)
            return;
        buf[0] = '\0';
    }
    for (int i = 0; i < count; i++) {
        memcpy(buf + cur, pieces[i], lens[i]);
        cur += lens[i];
    }
    buf[cur] = '\0';
    if (buf != s->data && (s->data_flags & ERR_TXT_MALLOCED))
        s->data = NULL; /* realloc moved it; the old block is gone */
    slot_set_data(s, buf, size, ERR_TXT_MALLOCED | ERR_TXT_STRING);
}

MBS_API void ERR_add_error_vdata(int num, va_list args)
{
    struct mbs_err_state *st = get_state(0);
    int saved = errno;

    if (st == NULL || st->top == st->bottom || num < 0)
        return;
    {
        const char **pieces = NULL;
        size_t *lens = NULL;

        if (num > 0) {
            pieces = CRYPTO_malloc(sizeof(*pieces) * (size_t)num, OPENSSL_FILE, OPENSSL_LINE);
            lens = CRYPTO_malloc(sizeof(*lens) * (size_t)num, OPENSSL_FILE, OPENSSL_LINE);
            if (pieces == NULL || lens == NULL)
                goto out;
            for (int i = 0; i < num; i++) {
                const char *a = va_arg(args, const char *);

                pieces[i] = a != NULL ? a : "<NULL>";
                lens[i] = strlen(pieces[i]);
            }
        }
        append_data(st, pieces, lens, num);
    out:
        CRYPTO_free(pieces, OPENSSL_FILE, OPENSSL_LINE);
        CRYPTO_free(lens, OPENSSL_FILE, OPENSSL_LINE);
    }
    errno = saved;
}

MBS_API void ERR_add_error_data(int num, ...)
{
    va_list ap;

    va_start(ap, num);
    ERR_add_error_vdata(num, ap);
    va_end(ap);
}

/* Appends one piece (sep + text of length n) to the newest entry. */
static void append2(const char *sep, const char *txt, size_t n)
{
    struct mbs_err_state *st = get_state(0);
    const char *pieces[2] = {sep, txt};
    size_t lens[2] = {strlen(sep), n};

    if (st != NULL && st->top != st->bottom)
        append_data(st, pieces, lens, 2);
}

/* Appends txt to the newest entry's data after `sep` (only when that data is non-empty). When the data would
 * grow past MBS_ERR_TXT_MAX, txt is cut at separator boundaries (anywhere when sep is empty) and the rest goes
 * into copies of the newest entry. A trailing separator in txt is dropped. With an empty queue an
 * ERR_LIB_NONE entry is pushed first. */
MBS_API void ERR_add_error_txt(const char *sep, const char *txt)
{
    size_t seplen;

    if (txt == NULL)
        return;
    if (sep == NULL)
        sep = "";
    seplen = strlen(sep);
    if (ERR_peek_last_error() == 0)
        push_like(ERR_PACK(ERR_LIB_NONE, 0, 0), "", 0, NULL);

    while (*txt != '\0') {
        const char *file, *func, *data;
        int line, flags;
        unsigned long code = ERR_peek_last_error_all(&file, &line, &func, &data, &flags);
        const char *lead = sep;
        size_t dlen, avail, total = strlen(txt), take;

        if (code == 0 && ERR_peek_last_error() == 0)
            return; /* could not push an entry */
        if ((flags & ERR_TXT_STRING) == 0) {
            data = "";
            lead = "";
        }
        dlen = strlen(data);
        if (dlen >= MBS_ERR_TXT_MAX || seplen >= MBS_ERR_TXT_MAX - dlen)
            avail = 0;
        else
            avail = MBS_ERR_TXT_MAX - dlen - seplen - 1;

        if (seplen == 0) {
            take = total <= avail ? total : avail;
            if (take == total) {
                append2(lead, txt, take);
                return;
            }
        } else {
            /* whole sep-terminated segments that fit */
            const char *p = txt;

            take = 0;
            while (*p != '\0') {
                const char *q = strstr(p, sep);
                size_t end = q != NULL ? (size_t)(q - txt) + seplen : total;

                if (end > avail)
                    break;
                take = end;
                p = txt + end;
            }
            if (take == total) {
                size_t n = total;

                if (n >= seplen && strcmp(txt + n - seplen, sep) == 0)
                    n -= seplen; /* drop the trailing separator */
                append2(lead, txt, n);
                return;
            }
        }
        if (take == 0 && dlen == 0) {
            /* a single piece longer than a whole entry: cut it rather than loop forever */
            take = avail > 0 ? avail : 1;
        }
        if (take > 0)
            append2(sep, txt, take);
        push_like(code, file, line, func);
        txt += take;
    }
}

MBS_API void ERR_add_error_mem_bio(const char *sep, BIO *bio)
{
    char *str = NULL;
    long len;

    if (bio == NULL || BIO_ctrl == NULL || BIO_write == NULL)
        return;
    len = BIO_ctrl(bio, BIO_CTRL_INFO, 0, (char *)&str);
    if (len <= 0 || str == NULL)
        return;
    if (str[len - 1] != '\0') {
        /* terminate the text inside the memory BIO itself */
        if (BIO_write(bio, "", 1) <= 0)
            return;
        len = BIO_ctrl(bio, BIO_CTRL_INFO, 0, (char *)&str);
        if (len <= 0 || str == NULL)
            return;
    }
    if (len > 1)
        ERR_add_error_txt(sep, str);
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Reading */

enum { FETCH_OLDEST_TAKE, FETCH_OLDEST_PEEK, FETCH_NEWEST_PEEK };

static unsigned long fetch(int how, const char **file, int *line, const char **func, const char **data,
                           int *flags)
{
    struct mbs_err_state *st = get_state(0);
    struct mbs_err_slot *s;
    int i;

    if (st == NULL || st->top == st->bottom)
        return 0;
    i = how == FETCH_NEWEST_PEEK ? st->top : (st->bottom + 1) % ERR_NUM_ERRORS;
    s = &st->slot[i];
    if (how == FETCH_OLDEST_TAKE)
        st->bottom = i; /* the slot's contents stay valid until it is reused */
    if (file != NULL)
        *file = s->file != NULL ? s->file : "";
    if (line != NULL)
        *line = s->line;
    if (func != NULL)
        *func = s->func != NULL ? s->func : "";
    if (data != NULL)
        *data = s->data != NULL ? s->data : "";
    if (flags != NULL)
        *flags = s->data != NULL ? s->data_flags : 0;
    return s->code;
}

MBS_API unsigned long ERR_get_error(void)
{
    return fetch(FETCH_OLDEST_TAKE, NULL, NULL, NULL, NULL, NULL);
}

MBS_API unsigned long ERR_get_error_all(const char **file, int *line, const char **func, const char **data,
                                        int *flags)
{
    return fetch(FETCH_OLDEST_TAKE, file, line, func, data, flags);
}

MBS_API unsigned long ERR_get_error_line(const char **file, int *line)
{
    return fetch(FETCH_OLDEST_TAKE, file, line, NULL, NULL, NULL);
}

MBS_API unsigned long ERR_get_error_line_data(const char **file, int *line, const char **data, int *flags)
{
    return fetch(FETCH_OLDEST_TAKE, file, line, NULL, data, flags);
}

MBS_API unsigned long ERR_peek_error(void)
{
    return fetch(FETCH_OLDEST_PEEK, NULL, NULL, NULL, NULL, NULL);
}

MBS_API unsigned long ERR_peek_error_line(const char **file, int *line)
{
    return fetch(FETCH_OLDEST_PEEK, file, line, NULL, NULL, NULL);
}

MBS_API unsigned long ERR_peek_error_func(const char **func)
{
    return fetch(FETCH_OLDEST_PEEK, NULL, NULL, func, NULL, NULL);
}

MBS_API unsigned long ERR_peek_error_data(const char **data, int *flags)
{
    return fetch(FETCH_OLDEST_PEEK, NULL, NULL, NULL, data, flags);
}

MBS_API unsigned long ERR_peek_error_all(const char **file, int *line, const char **func, const char **data,
                                         int *flags)
{
    return fetch(FETCH_OLDEST_PEEK, file, line, func, data, flags);
}

MBS_API unsigned long ERR_peek_error_line_data(const char **file, int *line, const char **data, int *flags)
{
    return fetch(FETCH_OLDEST_PEEK, file, line, NULL, data, flags);
}

MBS_API unsigned long ERR_peek_last_error(void)
{
    return fetch(FETCH_NEWEST_PEEK, NULL, NULL, NULL, NULL, NULL);
}

MBS_API unsigned long ERR_peek_last_error_line(const char **file, int *line)
{
    return fetch(FETCH_NEWEST_PEEK, file, line, NULL, NULL, NULL);
}

MBS_API unsigned long ERR_peek_last_error_func(const char **func)
{
    return fetch(FETCH_NEWEST_PEEK, NULL, NULL, func, NULL, NULL);
}

MBS_API unsigned long ERR_peek_last_error_data(const char **data, int *flags)
{
    return fetch(FETCH_NEWEST_PEEK, NULL, NULL, NULL, data, flags);
}

MBS_API unsigned long ERR_peek_last_error_all(const char **file, int *line, const char **func,
                                              const char **data, int *flags)
{
    return fetch(FETCH_NEWEST_PEEK, file, line, func, data, flags);
}

MBS_API unsigned long ERR_peek_last_error_line_data(const char **file, int *line, const char **data,
                                                    int *flags)
{
    return fetch(FETCH_NEWEST_PEEK, file, line, NULL, data, flags);
}

MBS_API void ERR_clear_error(void)
{
    struct mbs_err_state *st = get_state(0);

    if (st == NULL)
        return;
    for (int i = 0; i < ERR_NUM_ERRORS; i++)
        slot_clear(&st->slot[i]);
    st->top = st->bottom = 0;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Marks: a counter on the newest entry at the time of ERR_set_mark (nothing to mark on an empty queue). */

MBS_API int ERR_set_mark(void)
{
    struct mbs_err_state *st = get_state(0);

    if (st == NULL || st->top == st->bottom)
        return 0;
    st->slot[st->top].marks++;
    return 1;
}

MBS_API int ERR_pop_to_mark(void)
{
    struct mbs_err_state *st = get_state(0);

    if (st == NULL)
        return 0;
    while (st->top != st->bottom && st->slot[st->top].marks == 0) {
        slot_clear(&st->slot[st->top]);
        st->top = (st->top + ERR_NUM_ERRORS - 1) % ERR_NUM_ERRORS;
    }
    if (st->top == st->bottom)
        return 0;
    st->slot[st->top].marks--;
    return 1;
}

MBS_API int ERR_clear_last_mark(void)
{
    struct mbs_err_state *st = get_state(0);
    int i;

    if (st == NULL)
        return 0;
    i = st->top;
    while (i != st->bottom && st->slot[i].marks == 0)
        i = (i + ERR_NUM_ERRORS - 1) % ERR_NUM_ERRORS;
    if (i == st->bottom)
        return 0;
    st->slot[i].marks--;
    return 1;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Strings */

#define STR_BUCKETS 1024

struct str_node {
    unsigned long key;
    const char *str;
    struct str_node *next;
    int is_static;
};

static struct str_node *str_buckets[STR_BUCKETS];
static struct str_node *builtin_nodes;
static pthread_rwlock_t str_lock = PTHREAD_RWLOCK_INITIALIZER;
static pthread_once_t str_once = PTHREAD_ONCE_INIT;

static size_t str_hash(unsigned long key)
{
    unsigned long h = key ^ (key >> 23) * 0x9E3779B1UL;

    return (size_t)(h ^ (h >> 11)) % STR_BUCKETS;
}

/* Caller holds the write lock. Replaces the string of an existing key (later registrations win). */
static int str_insert_locked(unsigned long key, const char *str, struct str_node *prealloc)
{
    size_t b = str_hash(key);
    struct str_node *n;

    for (n = str_buckets[b]; n != NULL; n = n->next) {
        if (n->key == key) {
            n->str = str;
            return 1;
        }
    }
    n = prealloc;
    if (n == NULL) {
        n = CRYPTO_malloc(sizeof(*n), OPENSSL_FILE, OPENSSL_LINE);
        if (n == NULL)
            return 0;
        n->is_static = 0;
    }
    n->key = key;
    n->str = str;
    n->next = str_buckets[b];
    str_buckets[b] = n;
    return 1;
}

static void str_init(void)
{
    /* One block for the built-in table: never freed, no per-entry allocation. */
    builtin_nodes = calloc(mbs_err_builtin_count > 0 ? mbs_err_builtin_count : 1, sizeof(*builtin_nodes));
    pthread_rwlock_wrlock(&str_lock);
    for (size_t i = 0; i < mbs_err_builtin_count; i++) {
        struct str_node *pre = NULL;

        if (builtin_nodes != NULL) {
            pre = &builtin_nodes[i];
            pre->is_static = 1;
        }
        str_insert_locked(mbs_err_builtin_strings[i].error, mbs_err_builtin_strings[i].string, pre);
    }
    pthread_rwlock_unlock(&str_lock);
}

const char *mbs_err_string_lookup(unsigned long key)
{
    const char *ret = NULL;

    pthread_once(&str_once, str_init);
    pthread_rwlock_rdlock(&str_lock);
    for (struct str_node *n = str_buckets[str_hash(key)]; n != NULL; n = n->next) {
        if (n->key == key) {
            ret = n->str;
            break;
        }
    }
    pthread_rwlock_unlock(&str_lock);
    return ret;
}

MBS_API int ERR_load_strings_const(const ERR_STRING_DATA *str)
{
    int ok = 1;

    if (str == NULL)
        return 0;
    pthread_once(&str_once, str_init);
    pthread_rwlock_wrlock(&str_lock);
    for (; str->error != 0; str++)
        ok &= str_insert_locked(str->error, str->string, NULL);
    pthread_rwlock_unlock(&str_lock);
    return ok;
}

/* Like OpenSSL, the library number is ORed into the caller's table in place before registering it. */
MBS_API int ERR_load_strings(int lib, ERR_STRING_DATA *str)
{
    if (str == NULL)
        return 0;
    for (ERR_STRING_DATA *p = str; p->error != 0; p++)
        p->error |= ERR_PACK(lib, 0, 0);
    return ERR_load_strings_const(str);
}

MBS_API int ERR_unload_strings(int lib, ERR_STRING_DATA *str)
{
    (void)lib; /* entries were packed with their library when loaded */
    if (str == NULL)
        return 0;
    pthread_once(&str_once, str_init);
    pthread_rwlock_wrlock(&str_lock);
    for (; str->error != 0; str++) {
        struct str_node **pp = &str_buckets[str_hash(str->error)];

        while (*pp != NULL) {
            struct str_node *n = *pp;

            if (n->key == str->error) {
                *pp = n->next;
                if (!n->is_static)
                    CRYPTO_free(n, OPENSSL_FILE, OPENSSL_LINE);
                break;
            }
            pp = &n->next;
        }
    }
    pthread_rwlock_unlock(&str_lock);
    return 1;
}

MBS_API const char *ERR_lib_error_string(unsigned long e)
{
    return mbs_err_string_lookup(ERR_PACK(ERR_GET_LIB(e), 0, 0));
}

MBS_API const char *ERR_func_error_string(unsigned long e)
{
    (void)e; /* function codes are gone in 3.0 */
    return NULL;
}

MBS_API const char *ERR_reason_error_string(unsigned long e)
{
    const char *s;

    if (ERR_SYSTEM_ERROR(e))
        return NULL; /* 3.0 only renders system errors in ERR_error_string_n */
    s = mbs_err_string_lookup(ERR_PACK(ERR_GET_LIB(e), 0, ERR_GET_REASON(e)));
    if (s == NULL)
        s = mbs_err_string_lookup(ERR_PACK(0, 0, ERR_GET_REASON(e)));
    return s;
}

/* "error:<code>:<lib>:<func>:<reason>", or the compact "err:..." form when it does not fit in len. */
static void err_string_func(unsigned long e, const char *func, char *buf, size_t len)
{
    char lbuf[32], rbuf[32];
    const char *ls, *rs = NULL;
    unsigned long lib = (unsigned long)ERR_GET_LIB(e), reason = (unsigned long)ERR_GET_REASON(e);

    if (buf == NULL || len == 0)
        return;
    ls = ERR_lib_error_string(e);
    if (ls == NULL) {
        snprintf(lbuf, sizeof(lbuf), "lib(%lu)", lib);
        ls = lbuf;
    }
    if (ERR_SYSTEM_ERROR(e))
        rs = strerrordesc_np((int)reason); /* NULL for numbers the C library does not know */
    else
        rs = ERR_reason_error_string(e);
    if (rs == NULL) {
        snprintf(rbuf, sizeof(rbuf), "reason(%lu)", reason);
        rs = rbuf;
    }
    snprintf(buf, len, "error:%08lX:%s:%s:%s", e, ls, func != NULL ? func : "", rs);
    if (strlen(buf) == len - 1)
        snprintf(buf, len, "err:%lx:%lx:%lx:%lx", e, lib, 0UL, reason);
}

MBS_API void ERR_error_string_n(unsigned long e, char *buf, size_t len)
{
    err_string_func(e, "", buf, len);
}

MBS_API char *ERR_error_string(unsigned long e, char *buf)
{
    static char sbuf[256]; /* not thread-safe when buf is NULL, as documented for OpenSSL */

    if (buf == NULL)
        buf = sbuf;
    err_string_func(e, "", buf, 256);
    return buf;
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Printing */

MBS_API void ERR_print_errors_cb(int (*cb)(const char *str, size_t len, void *u), void *u)
{
    char tid[2 * sizeof(pthread_t) + 1];
    pthread_t self = pthread_self();
    const unsigned char *tb = (const unsigned char *)&self;
    char *line = NULL, *es = NULL;
    const char *file, *func, *data;
    int lno, flags;
    unsigned long e;

    if (cb == NULL)
        return;
    /* thread id as the hex bytes of the pthread_t in memory order, uppercase, like 3.0 */
    for (size_t i = 0; i < sizeof(self); i++)
        snprintf(tid + 2 * i, 3, "%02X", tb[i]);
    line = CRYPTO_malloc(MBS_ERR_PRINT_MAX, OPENSSL_FILE, OPENSSL_LINE);
    es = CRYPTO_malloc(MBS_ERR_PRINT_MAX, OPENSSL_FILE, OPENSSL_LINE);
    if (line == NULL || es == NULL)
        goto out;
    while ((e = ERR_get_error_all(&file, &lno, &func, &data, &flags)) != 0) {
        if ((flags & ERR_TXT_STRING) == 0)
            data = "";
        err_string_func(e, func, es, MBS_ERR_PRINT_MAX);
        snprintf(line, MBS_ERR_PRINT_MAX, "%s:%s:%s:%d:%s\n", tid, es, file, lno, data);
        if (cb(line, strlen(line), u) <= 0)
            break;
    }
out:
    CRYPTO_free(line, OPENSSL_FILE, OPENSSL_LINE);
    CRYPTO_free(es, OPENSSL_FILE, OPENSSL_LINE);
}

static int print_fp_cb(const char *str, size_t len, void *u)
{
    return (int)fwrite(str, 1, len, (FILE *)u);
}

MBS_API void ERR_print_errors_fp(FILE *fp)
{
    if (fp != NULL)
        ERR_print_errors_cb(print_fp_cb, fp);
}

static int print_bio_cb(const char *str, size_t len, void *u)
{
    return BIO_write((BIO *)u, str, (int)len);
}

MBS_API void ERR_print_errors(BIO *bp)
{
    if (bp != NULL && BIO_write != NULL)
        ERR_print_errors_cb(print_bio_cb, bp);
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Misc */

MBS_API int ERR_get_next_error_library(void)
{
    static int next = ERR_LIB_USER;

    return __atomic_fetch_add(&next, 1, __ATOMIC_RELAXED);
}

MBS_API ERR_STATE *ERR_get_state(void)
{
    /* opaque to callers: our own layout, not struct err_state_st */
    return (ERR_STATE *)get_state(1);
}

/* Deprecated since 1.1.0; per-thread state is released at thread exit (or OPENSSL_thread_stop). */
MBS_API void ERR_remove_thread_state(void *unused)
{
    (void)unused;
}

MBS_API void ERR_remove_state(unsigned long pid)
{
    (void)pid;
}

/* Strings are always loaded; these legacy loaders only report success. */
#define MBS_ERR_LOADER(name) \
    MBS_API int name(void) \
    { \
        return 1; \
    }
MBS_ERR_LOADER(ERR_load_ERR_strings)
MBS_ERR_LOADER(ERR_load_ASN1_strings)
MBS_ERR_LOADER(ERR_load_ASYNC_strings)
MBS_ERR_LOADER(ERR_load_BIO_strings)
MBS_ERR_LOADER(ERR_load_BN_strings)
MBS_ERR_LOADER(ERR_load_BUF_strings)
MBS_ERR_LOADER(ERR_load_CMS_strings)
MBS_ERR_LOADER(ERR_load_COMP_strings)
MBS_ERR_LOADER(ERR_load_CONF_strings)
MBS_ERR_LOADER(ERR_load_CRYPTO_strings)
MBS_ERR_LOADER(ERR_load_CT_strings)
MBS_ERR_LOADER(ERR_load_DH_strings)
MBS_ERR_LOADER(ERR_load_DSA_strings)
MBS_ERR_LOADER(ERR_load_EC_strings)
MBS_ERR_LOADER(ERR_load_ENGINE_strings)
MBS_ERR_LOADER(ERR_load_EVP_strings)
MBS_ERR_LOADER(ERR_load_KDF_strings)
MBS_ERR_LOADER(ERR_load_OBJ_strings)
MBS_ERR_LOADER(ERR_load_OCSP_strings)
MBS_ERR_LOADER(ERR_load_OSSL_STORE_strings)
MBS_ERR_LOADER(ERR_load_PEM_strings)
MBS_ERR_LOADER(ERR_load_PKCS12_strings)
MBS_ERR_LOADER(ERR_load_PKCS7_strings)
MBS_ERR_LOADER(ERR_load_RAND_strings)
MBS_ERR_LOADER(ERR_load_RSA_strings)
MBS_ERR_LOADER(ERR_load_TS_strings)
MBS_ERR_LOADER(ERR_load_UI_strings)
MBS_ERR_LOADER(ERR_load_X509V3_strings)
MBS_ERR_LOADER(ERR_load_X509_strings)
