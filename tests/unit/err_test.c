/* differential */
/* shim/crypto/err.c: the ERR queue. Public API only, so the same source also runs against the real
 * libcrypto 3.0 (make check-unit-openssl): every expectation below is OpenSSL 3.0's observed behaviour. */
#ifndef OPENSSL_SUPPRESS_DEPRECATED
#define OPENSSL_SUPPRESS_DEPRECATED
#endif
/* the legacy entry points are part of what is tested */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <check.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pemerr.h>

static void setup(void)
{
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CRYPTO_STRINGS, NULL);
    ERR_clear_error();
}

START_TEST(test_pack_and_codes)
{
    ck_assert_uint_eq(ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE), 0x1000007CUL);
    ck_assert_int_eq(ERR_GET_LIB(0x1000007CUL), ERR_LIB_BIO);
    ck_assert_int_eq(ERR_GET_REASON(0x1000007CUL), BIO_R_BROKEN_PIPE);

    ERR_raise(ERR_LIB_BIO, BIO_R_BROKEN_PIPE);
    ck_assert_uint_eq(ERR_get_error(), 0x1000007CUL);

    /* system errors carry ERR_SYSTEM_FLAG and the errno */
    ERR_raise(ERR_LIB_SYS, ENOENT);
    {
        unsigned long e = ERR_get_error();

        ck_assert_uint_eq(e, ERR_SYSTEM_FLAG | ENOENT);
        ck_assert(ERR_SYSTEM_ERROR(e));
        ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_SYS);
        ck_assert_int_eq(ERR_GET_REASON(e), ENOENT);
    }
    ERR_raise(ERR_LIB_SYS, -1);
    ck_assert_uint_eq(ERR_get_error(), 0xFFFFFFFFUL);

    /* lib and reason are masked */
    ERR_raise(300, 5);
    ck_assert_uint_eq(ERR_get_error(), 0x16000005UL);
    ERR_raise(ERR_LIB_BIO, -1);
    ck_assert_uint_eq(ERR_get_error(), 0x107FFFFFUL);

    /* common reasons keep their flags */
    ERR_raise(ERR_LIB_SSL, ERR_R_MALLOC_FAILURE);
    {
        unsigned long e = ERR_get_error();

        ck_assert_uint_eq(e, 0x0A0C0100UL);
        ck_assert(ERR_FATAL_ERROR(e));
        ck_assert(ERR_COMMON_ERROR(e));
    }
    ck_assert_uint_eq(ERR_get_error(), 0);
}
END_TEST

START_TEST(test_queue_order)
{
    ck_assert_uint_eq(ERR_peek_error(), 0);
    ck_assert_uint_eq(ERR_peek_last_error(), 0);
    ERR_raise(ERR_LIB_BIO, 101);
    ERR_raise(ERR_LIB_PEM, 102);
    ERR_raise(ERR_LIB_X509, 103);
    ck_assert_uint_eq(ERR_peek_error(), ERR_PACK(ERR_LIB_BIO, 0, 101));
    ck_assert_uint_eq(ERR_peek_last_error(), ERR_PACK(ERR_LIB_X509, 0, 103));
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_BIO, 0, 101));
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_PEM, 0, 102));
    ck_assert_uint_eq(ERR_peek_error(), ERR_PACK(ERR_LIB_X509, 0, 103));
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_X509, 0, 103));
    ck_assert_uint_eq(ERR_get_error(), 0);

    ERR_raise(ERR_LIB_BIO, 1);
    ERR_raise(ERR_LIB_BIO, 2);
    ERR_clear_error();
    ck_assert_uint_eq(ERR_peek_error(), 0);
    ck_assert_uint_eq(ERR_get_error(), 0);
}
END_TEST

START_TEST(test_overflow_drops_oldest)
{
    unsigned long e;
    int n = 0;

    /* 16 slots, one always free: 15 entries survive */
    for (int i = 0; i < 20; i++)
        ERR_raise(ERR_LIB_BIO, 100 + i);
    while ((e = ERR_get_error()) != 0) {
        ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_BIO, 0, 105 + n));
        n++;
    }
    ck_assert_int_eq(n, 15);
}
END_TEST

START_TEST(test_debug_info)
{
    const char *file = NULL, *func = NULL, *data = NULL;
    int line = 0, flags = 0, raise_line;
    unsigned long e;

    raise_line = __LINE__ + 1;
    ERR_raise_data(ERR_LIB_BIO, BIO_R_CONNECT_ERROR, "host=%s:%d", "example", 443);
    ERR_raise(ERR_LIB_BIO, BIO_R_BROKEN_PIPE);

    e = ERR_peek_error_line(&file, &line);
    ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_BIO, 0, BIO_R_CONNECT_ERROR));
    ck_assert_ptr_nonnull(strstr(file, "err_test.c"));
    ck_assert_int_eq(line, raise_line);
    e = ERR_peek_error_func(&func);
    ck_assert_str_eq(func, __func__);
    e = ERR_peek_error_data(&data, &flags);
    ck_assert_str_eq(data, "host=example:443");
    ck_assert_int_eq(flags, ERR_TXT_STRING | ERR_TXT_MALLOCED);
    e = ERR_peek_error_line_data(&file, &line, &data, &flags);
    ck_assert_str_eq(data, "host=example:443");

    e = ERR_peek_last_error_all(&file, &line, &func, &data, &flags);
    ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE));
    ck_assert_int_eq(line, raise_line + 1);
    ck_assert_str_eq(data, "");
    ck_assert_int_eq(flags & ERR_TXT_STRING, 0);
    e = ERR_peek_last_error_line(&file, &line);
    ck_assert_int_eq(line, raise_line + 1);
    e = ERR_peek_last_error_func(&func);
    ck_assert_str_eq(func, __func__);
    e = ERR_peek_last_error_data(&data, &flags);
    ck_assert_str_eq(data, "");
    e = ERR_peek_last_error_line_data(&file, &line, &data, &flags);
    ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE));

    e = ERR_get_error_line_data(&file, &line, &data, &flags);
    ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_BIO, 0, BIO_R_CONNECT_ERROR));
    ck_assert_str_eq(data, "host=example:443");
    e = ERR_get_error_line(&file, &line);
    ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE));
    ck_assert_int_eq(line, raise_line + 1);

    /* every out pointer may be NULL */
    ERR_raise(ERR_LIB_BIO, 7);
    ck_assert_uint_eq(ERR_get_error_all(NULL, NULL, NULL, NULL, NULL), ERR_PACK(ERR_LIB_BIO, 0, 7));
    ERR_raise(ERR_LIB_BIO, 8);
    ck_assert_uint_eq(ERR_get_error_line_data(NULL, NULL, NULL, NULL), ERR_PACK(ERR_LIB_BIO, 0, 8));

    /* an empty queue leaves the outputs alone */
    file = "?";
    line = -5;
    ck_assert_uint_eq(ERR_get_error_all(&file, &line, NULL, NULL, NULL), 0);
    ck_assert_str_eq(file, "?");
    ck_assert_int_eq(line, -5);
}
END_TEST

START_TEST(test_building_blocks)
{
    const char *file, *func, *data;
    int line, flags;
    unsigned long e;

    /* ERR_new without ERR_set_debug: no file/func, line -1 */
    ERR_new();
    ERR_set_error(ERR_LIB_PEM, 108, NULL);
    e = ERR_get_error_all(&file, &line, &func, &data, &flags);
    ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_PEM, 0, 108));
    ck_assert_str_eq(file, "");
    ck_assert_int_eq(line, -1);
    ck_assert_str_eq(func, "");
    ck_assert_str_eq(data, "");
    ck_assert_int_eq(flags & ERR_TXT_STRING, 0);

    ERR_new();
    ERR_set_debug("some/file.c", 42, "some_func");
    ERR_set_error(ERR_LIB_X509, 108, "%s=%d", "n", 3);
    e = ERR_get_error_all(&file, &line, &func, &data, &flags);
    ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_X509, 0, 108));
    ck_assert_str_eq(file, "some/file.c");
    ck_assert_int_eq(line, 42);
    ck_assert_str_eq(func, "some_func");
    ck_assert_str_eq(data, "n=3");

    /* ERR_set_debug / ERR_set_error without ERR_new rewrite the newest entry */
    ERR_raise(ERR_LIB_BIO, 5);
    ERR_set_debug("f.c", 7, "fn");
    ERR_set_error(ERR_LIB_BIO, 6, NULL);
    e = ERR_peek_error_all(&file, &line, &func, NULL, NULL);
    ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_BIO, 0, 6));
    ck_assert_str_eq(file, "f.c");
    ck_assert_int_eq(line, 7);
    ck_assert_str_eq(func, "fn");
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_BIO, 0, 6));
    ck_assert_uint_eq(ERR_get_error(), 0);

    /* ... and do not create an entry on an empty queue */
    ERR_set_debug("f.c", 7, "fn");
    ERR_set_error(ERR_LIB_BIO, 6, NULL);
    ck_assert_uint_eq(ERR_peek_error(), 0);

    /* legacy ERR_put_error (a macro over the same building blocks in 3.0) */
    ERR_put_error(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE, "legacy.c", 12);
    e = ERR_get_error_line(&file, &line);
    ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE));
    ck_assert_str_eq(file, "legacy.c");
    ck_assert_int_eq(line, 12);
}
END_TEST

START_TEST(test_errno_preserved)
{
    errno = EPIPE;
    ERR_raise(ERR_LIB_BIO, 1);
    ck_assert_int_eq(errno, EPIPE);
    errno = ECONNRESET;
    ERR_raise_data(ERR_LIB_SYS, ECONNRESET, "calling %s", "read()");
    ck_assert_int_eq(errno, ECONNRESET);
}
END_TEST

START_TEST(test_error_data)
{
    const char *data;
    int flags;

    ERR_raise(ERR_LIB_BIO, 101);
    ERR_add_error_data(3, "a", NULL, "c");
    ERR_add_error_txt(":", "tt");
    ERR_add_error_txt(NULL, "uu");
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "a<NULL>c:ttuu");
    ck_assert_int_eq(flags, ERR_TXT_STRING | ERR_TXT_MALLOCED);

    /* no separator before the first text */
    ERR_raise(ERR_LIB_BIO, 101);
    ERR_add_error_txt(":", "tt");
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "tt");

    /* a trailing separator is dropped */
    ERR_raise(ERR_LIB_BIO, 104);
    ERR_add_error_txt("::", "x::y::");
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "x::y");

    /* ERR_add_error_data(0) still marks the entry as carrying text */
    ERR_raise(ERR_LIB_BIO, 114);
    ERR_add_error_data(0);
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "");
    ck_assert_int_eq(flags, ERR_TXT_STRING | ERR_TXT_MALLOCED);

    /* text added with an empty queue is not attached to a later error */
    ERR_add_error_data(1, "orphan");
    ERR_raise(ERR_LIB_BIO, 102);
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "");

    /* ERR_add_error_txt on an empty queue creates an ERR_LIB_NONE entry */
    {
        const char *file, *func;
        int line;
        unsigned long e;

        ERR_add_error_txt(NULL, "orph");
        e = ERR_get_error_all(&file, &line, &func, &data, &flags);
        ck_assert_uint_eq(e, ERR_PACK(ERR_LIB_NONE, 0, 0));
        ck_assert_str_eq(data, "orph");
        ck_assert_str_eq(file, "");
        ck_assert_int_eq(line, 0);
        ck_assert_str_eq(func, "");
    }

    /* caller-provided data */
    ERR_raise(ERR_LIB_BIO, 112);
    ERR_set_error_data(OPENSSL_strdup("hello"), ERR_TXT_STRING | ERR_TXT_MALLOCED);
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "hello");
    ck_assert_int_eq(flags, ERR_TXT_STRING | ERR_TXT_MALLOCED);
    ERR_raise(ERR_LIB_BIO, 113);
    ERR_set_error_data("static", ERR_TXT_STRING);
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "static");
    ck_assert_int_eq(flags, ERR_TXT_STRING);
    ERR_raise(ERR_LIB_BIO, 113);
    ERR_set_error_data("static", 0);
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "static");
    ck_assert_int_eq(flags, 0);

    /* appending replaces borrowed (not ERR_TXT_MALLOCED) data */
    ERR_raise(ERR_LIB_BIO, 1);
    ERR_set_error_data("static", ERR_TXT_STRING);
    ERR_add_error_data(1, "+more");
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "+more");
    ck_assert_int_eq(flags, ERR_TXT_STRING | ERR_TXT_MALLOCED);
    ERR_raise(ERR_LIB_BIO, 1);
    ERR_set_error_data("static", ERR_TXT_STRING);
    ERR_add_error_txt(";", "more");
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, ";more");
}
END_TEST

START_TEST(test_long_data)
{
    static char big[5000], fmtarg[2000];
    const char *data;
    int flags;

    /* formatted data that does not fit ERR_MAX_DATA_SIZE ends up empty */
    memset(fmtarg, 'b', sizeof(fmtarg) - 1);
    ERR_raise_data(ERR_LIB_BIO, 114, "%s", fmtarg);
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "");

    /* appended data has no such limit */
    memset(big, 'a', 2999);
    big[2999] = '\0';
    ERR_raise(ERR_LIB_BIO, 114);
    ERR_add_error_data(2, big, "Z");
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_uint_eq(strlen(data), 3000);

    /* ERR_add_error_txt splits at separators into a copy of the entry */
    memset(big, 'a', 3990);
    big[3990] = '\0';
    ERR_raise(ERR_LIB_BIO, 102);
    ERR_add_error_data(1, big);
    ERR_add_error_txt(";", "bbb;ccc;ddd");
    ck_assert_uint_eq(ERR_get_error_all(NULL, NULL, NULL, &data, &flags), ERR_PACK(ERR_LIB_BIO, 0, 102));
    ck_assert_uint_eq(strlen(data), 3995);
    ck_assert_str_eq(data + 3990, ";bbb;");
    ck_assert_uint_eq(ERR_get_error_all(NULL, NULL, NULL, &data, &flags), ERR_PACK(ERR_LIB_BIO, 0, 102));
    ck_assert_str_eq(data, "ccc;ddd");
    ck_assert_uint_eq(ERR_get_error(), 0);
}
END_TEST

START_TEST(test_marks)
{
    /* nothing to mark on an empty queue */
    ck_assert_int_eq(ERR_set_mark(), 0);
    ck_assert_int_eq(ERR_pop_to_mark(), 0);
    ck_assert_int_eq(ERR_clear_last_mark(), 0);

    ERR_raise(ERR_LIB_BIO, 101);
    ck_assert_int_eq(ERR_set_mark(), 1);
    ERR_raise(ERR_LIB_BIO, 102);
    ERR_raise(ERR_LIB_BIO, 103);
    ck_assert_int_eq(ERR_pop_to_mark(), 1);
    ck_assert_uint_eq(ERR_peek_error(), ERR_PACK(ERR_LIB_BIO, 0, 101));
    ck_assert_uint_eq(ERR_peek_last_error(), ERR_PACK(ERR_LIB_BIO, 0, 101));
    /* no mark left: everything goes */
    ck_assert_int_eq(ERR_pop_to_mark(), 0);
    ck_assert_uint_eq(ERR_peek_error(), 0);

    /* a mark set on an empty queue does not protect later entries */
    ck_assert_int_eq(ERR_set_mark(), 0);
    ERR_raise(ERR_LIB_BIO, 104);
    ck_assert_int_eq(ERR_pop_to_mark(), 0);
    ck_assert_uint_eq(ERR_peek_error(), 0);

    /* marks count; clear_last_mark removes marks, not errors */
    ERR_raise(ERR_LIB_BIO, 105);
    ck_assert_int_eq(ERR_set_mark(), 1);
    ck_assert_int_eq(ERR_set_mark(), 1);
    ERR_raise(ERR_LIB_BIO, 106);
    ck_assert_int_eq(ERR_clear_last_mark(), 1);
    ck_assert_int_eq(ERR_clear_last_mark(), 1);
    ck_assert_int_eq(ERR_clear_last_mark(), 0);
    ck_assert_uint_eq(ERR_peek_last_error(), ERR_PACK(ERR_LIB_BIO, 0, 106));
    ck_assert_int_eq(ERR_pop_to_mark(), 0);
    ck_assert_uint_eq(ERR_peek_error(), 0);

    /* nested marks */
    ERR_raise(ERR_LIB_BIO, 105);
    ERR_set_mark();
    ERR_raise(ERR_LIB_BIO, 106);
    ERR_set_mark();
    ERR_raise(ERR_LIB_BIO, 107);
    ck_assert_int_eq(ERR_pop_to_mark(), 1);
    ck_assert_uint_eq(ERR_peek_last_error(), ERR_PACK(ERR_LIB_BIO, 0, 106));
    ck_assert_int_eq(ERR_pop_to_mark(), 1);
    ck_assert_uint_eq(ERR_peek_last_error(), ERR_PACK(ERR_LIB_BIO, 0, 105));
    ck_assert_int_eq(ERR_pop_to_mark(), 0);
    ck_assert_uint_eq(ERR_peek_last_error(), 0);

    /* a mark leaves with its entry */
    ERR_raise(ERR_LIB_BIO, 105);
    ERR_set_mark();
    ERR_raise(ERR_LIB_BIO, 106);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_BIO, 0, 105));
    ck_assert_int_eq(ERR_pop_to_mark(), 0);
    ck_assert_uint_eq(ERR_peek_error(), 0);

    /* ... and with an overwritten one */
    ERR_raise(ERR_LIB_BIO, 1);
    ERR_set_mark();
    for (int i = 0; i < 20; i++)
        ERR_raise(ERR_LIB_BIO, 10 + i);
    ck_assert_int_eq(ERR_pop_to_mark(), 0);
    ck_assert_uint_eq(ERR_peek_error(), 0);
}
END_TEST

START_TEST(test_error_strings)
{
    char buf[256];
    struct {
        unsigned long e;
        const char *s;
    } cases[] = {
        {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE), "error:1000007C:BIO routines::broken pipe"},
        {ERR_PACK(99, 0, 5), "error:31800005:lib(99)::reason(5)"},
        {ERR_PACK(ERR_LIB_BIO, 0, 9999), "error:1000270F:BIO routines::reason(9999)"},
        {ERR_PACK(ERR_LIB_SYS, 0, 2), "error:01000002:system library::reason(2)"},
        {ERR_SYSTEM_FLAG | ENOENT, "error:80000002:system library::No such file or directory"},
        {ERR_SYSTEM_FLAG | 0, "error:80000000:system library::Success"},
        {ERR_SYSTEM_FLAG | 3000, "error:80000BB8:system library::reason(3000)"},
        {0, "error:00000000:lib(0)::reason(0)"},
        {ERR_PACK(ERR_LIB_USER, 0, 1), "error:40000001:lib(128)::reason(1)"},
        {ERR_PACK(ERR_LIB_X509, 0, ERR_R_MALLOC_FAILURE), "error:058C0100:x509 certificate routines::malloc failure"},
        {ERR_PACK(0, 0, ERR_R_MALLOC_FAILURE), "error:000C0100:lib(0)::malloc failure"},
        {ERR_PACK(ERR_LIB_BIO, 0, 0), "error:10000000:BIO routines::BIO routines"},
        {ERR_PACK(ERR_LIB_SSL, 0, 0), "error:0A000000:SSL routines::SSL routines"},
        {ERR_PACK(ERR_LIB_NONE, 0, 0), "error:00800000:unknown library::unknown library"},
        {ERR_PACK(ERR_LIB_NONE, 0, ERR_R_INTERNAL_ERROR), "error:008C0103:unknown library::internal error"},
        {ERR_PACK(ERR_LIB_SSL, 0, ERR_R_BIO_LIB), "error:0A080020:SSL routines::BIO lib"},
        {ERR_PACK(ERR_LIB_SSL, 0, ERR_R_FATAL), "error:0A0C0000:SSL routines::fatal"},
        {ERR_PACK(ERR_LIB_BIO, 0, ERR_R_SYS_LIB), "error:10080002:BIO routines::system lib"},
        {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_NO_START_LINE), "error:0480006C:PEM routines::no start line"},
        {ERR_PACK(ERR_LIB_EVP, 0, ERR_R_UNSUPPORTED), "error:0308010C:digital envelope routines::unsupported"},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ERR_error_string_n(cases[i].e, buf, sizeof(buf));
        ck_assert_str_eq(buf, cases[i].s);
        ck_assert_str_eq(ERR_error_string(cases[i].e, buf), cases[i].s);
        ck_assert_str_eq(ERR_error_string(cases[i].e, NULL), cases[i].s);
    }

    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_BIO, 0, 1)), "BIO routines");
    ck_assert_str_eq(ERR_lib_error_string(ERR_SYSTEM_FLAG | 3000), "system library");
    ck_assert_ptr_null(ERR_lib_error_string(ERR_PACK(99, 0, 1)));
    ck_assert_ptr_null(ERR_lib_error_string(0));
    ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE)), "broken pipe");
    ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, ERR_R_PASSED_NULL_PARAMETER)),
                     "passed a null parameter");
    ck_assert_ptr_null(ERR_reason_error_string(ERR_SYSTEM_FLAG | ENOENT)); /* only error_string renders them */
    ck_assert_ptr_null(ERR_reason_error_string(ERR_PACK(ERR_LIB_BIO, 0, 9999)));
    ck_assert_ptr_null(ERR_func_error_string(ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE)));
}
END_TEST

START_TEST(test_error_string_truncation)
{
    /* "error:1000007C:BIO routines::broken pipe" is 40 characters */
    struct {
        size_t len;
        const char *s;
    } cases[] = {
        {1, ""},
        {2, "e"},
        {5, "err:"},
        {10, "err:10000"},
        {21, "err:1000007c:20:0:7c"},
        {30, "err:1000007c:20:0:7c"},
        {41, "err:1000007c:20:0:7c"},
        {42, "error:1000007C:BIO routines::broken pipe"},
    };
    char buf[64];

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        memset(buf, '#', sizeof(buf));
        ERR_error_string_n(ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE), buf, cases[i].len);
        ck_assert_str_eq(buf, cases[i].s);
    }
    memset(buf, '#', sizeof(buf));
    ERR_error_string_n(ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE), buf, 0);
    ck_assert_int_eq(buf[0], '#');
}
END_TEST

START_TEST(test_load_strings)
{
    int lib = ERR_get_next_error_library();
    int lib2 = ERR_get_next_error_library();
    char buf[256], want[256];

    ck_assert_int_ge(lib, ERR_LIB_USER);
    ck_assert_int_eq(lib2, lib + 1);

    {
        /* ERR_load_strings packs the library into the caller's table, up to the first zero code */
        static ERR_STRING_DATA tab[] = {{ERR_PACK(0, 0, 1), "my reason one"}, {ERR_PACK(0, 0, 2), "two"},
                                        {0, NULL}, {ERR_PACK(0, 0, 3), "never"}};

        ck_assert_int_eq(ERR_load_strings(lib, tab), 1);
        ck_assert_uint_eq(tab[0].error, ERR_PACK(lib, 0, 1));
        ck_assert_uint_eq(tab[1].error, ERR_PACK(lib, 0, 2));
        ck_assert_uint_eq(tab[3].error, ERR_PACK(0, 0, 3));
        ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(lib, 0, 1)), "my reason one");
        ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(lib, 0, 2)), "two");
        ck_assert_ptr_null(ERR_lib_error_string(ERR_PACK(lib, 0, 1)));
        ck_assert_int_eq(ERR_unload_strings(lib, tab), 1);
        ck_assert_ptr_null(ERR_reason_error_string(ERR_PACK(lib, 0, 1)));
    }
    {
        /* const tables carry their library already; a reason-0 entry names the library (as the SSL layer
         * registers "SSL routines" style tables) */
        ERR_STRING_DATA tab[] = {{ERR_PACK(lib2, 0, 0), "my library"}, {ERR_PACK(lib2, 0, 7), "seven"}, {0, NULL}};

        ck_assert_int_eq(ERR_load_strings_const(tab), 1);
        ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(lib2, 0, 7)), "my library");
        ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(lib2, 0, 7)), "seven");
        ERR_error_string_n(ERR_PACK(lib2, 0, 7), buf, sizeof(buf));
        snprintf(want, sizeof(want), "error:%08lX:my library::seven", ERR_PACK(lib2, 0, 7));
        ck_assert_str_eq(buf, want);
        /* common reasons still resolve for a new library */
        ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(lib2, 0, ERR_R_MALLOC_FAILURE)), "malloc failure");
        ERR_unload_strings(lib2, tab);
    }
    {
        /* later registrations replace existing strings, also for built-in libraries */
        static const ERR_STRING_DATA tab[] = {{ERR_PACK(ERR_LIB_SSL, 0, 134), "certificate verify failed"},
                                              {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE), "override"},
                                              {0, NULL}};

        ck_assert_int_eq(ERR_load_strings_const(tab), 1);
        ERR_error_string_n(ERR_PACK(ERR_LIB_SSL, 0, 134), buf, sizeof(buf));
        ck_assert_str_eq(buf, "error:0A000086:SSL routines::certificate verify failed");
        ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE)), "override");
    }

    /* legacy loaders are no-ops reporting success */
    ck_assert_int_eq(ERR_load_ERR_strings(), 1);
    ck_assert_int_eq(ERR_load_BIO_strings(), 1);
    ck_assert_int_eq(ERR_load_crypto_strings(), 1);
    ERR_remove_thread_state(NULL);
    ERR_remove_state(0);
}
END_TEST

/* ERR_print_errors_cb lines: <tid>:error:<code>:<lib>:<func>:<reason>:<file>:<line>:<data>\n */
struct lines {
    char text[8][512];
    int n;
    int stop_after;
};

static int collect(const char *str, size_t len, void *u)
{
    struct lines *l = u;

    ck_assert_uint_eq(strlen(str), len);
    if (l->n < 8)
        snprintf(l->text[l->n], sizeof(l->text[0]), "%s", str);
    l->n++;
    return l->stop_after == 0 || l->n < l->stop_after;
}

/* Checks the thread id field (hex of the pthread_t bytes) and returns the rest of the line. */
static const char *after_tid(const char *line)
{
    const char *colon = strchr(line, ':');

    ck_assert_ptr_nonnull(colon);
    ck_assert_int_eq((int)(colon - line), (int)(2 * sizeof(pthread_t)));
    for (const char *p = line; p < colon; p++)
        ck_assert(strchr("0123456789ABCDEF", *p) != NULL);
    return colon + 1;
}

START_TEST(test_print_format)
{
    struct lines l = {.n = 0};
    char want[512];
    int base;

    base = __LINE__ + 1;
    ERR_raise(ERR_LIB_SYS, ENOENT);
    ERR_raise_data(ERR_LIB_BIO, BIO_R_CONNECT_ERROR, "host=%s:%d", "x", 5);
    ERR_new();
    ERR_set_error(ERR_LIB_PEM, PEM_R_NO_START_LINE, NULL);
    ERR_raise(ERR_LIB_X509, 108);
    ERR_set_error_data("not text", 0);
    ERR_print_errors_cb(collect, &l);
    ck_assert_int_eq(l.n, 4);
    ck_assert_uint_eq(ERR_peek_error(), 0);

    snprintf(want, sizeof(want), "error:80000002:system library:%s:No such file or directory:%s:%d:\n", __func__,
             OPENSSL_FILE, base);
    ck_assert_str_eq(after_tid(l.text[0]), want);
    snprintf(want, sizeof(want), "error:10000067:BIO routines:%s:connect error:%s:%d:host=x:5\n", __func__,
             OPENSSL_FILE, base + 1);
    ck_assert_str_eq(after_tid(l.text[1]), want);
    ck_assert_str_eq(after_tid(l.text[2]), "error:0480006C:PEM routines::no start line::-1:\n");
    snprintf(want, sizeof(want), "error:0580006C:x509 certificate routines:%s:unable to get certs public key:%s:%d:\n",
             __func__, OPENSSL_FILE, base + 4);
    ck_assert_str_eq(after_tid(l.text[3]), want);
    /* the same thread id on every line */
    ck_assert_int_eq(strncmp(l.text[0], l.text[3], 2 * sizeof(pthread_t)), 0);

    /* a callback returning 0 stops the walk; the rest stays queued */
    memset(&l, 0, sizeof(l));
    l.stop_after = 1;
    ERR_raise(ERR_LIB_BIO, 100);
    ERR_raise(ERR_LIB_BIO, 101);
    ERR_print_errors_cb(collect, &l);
    ck_assert_int_eq(l.n, 1);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_BIO, 0, 101));

    /* long function names are kept whole */
    memset(&l, 0, sizeof(l));
    ERR_new();
    ERR_set_debug("file.c", 3,
                  "a_very_long_function_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_"
                  "and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_"
                  "on_and_on_and_on_and_on_and_on_and_on_and_on_and_on");
    ERR_set_error(ERR_LIB_BIO, 105, NULL);
    ERR_print_errors_cb(collect, &l);
    ck_assert_int_eq(l.n, 1);
    ck_assert_uint_eq(strlen(l.text[0]), 314);
}
END_TEST

START_TEST(test_print_fp)
{
    struct lines l = {.n = 0};
    char got[1024];
    size_t n;
    FILE *fp = tmpfile();

    ck_assert_ptr_nonnull(fp);
    ERR_raise_data(ERR_LIB_BIO, BIO_R_CONNECT_ERROR, "a");
    ERR_raise(ERR_LIB_PEM, PEM_R_NO_START_LINE);
    ERR_print_errors_fp(fp);
    ck_assert_uint_eq(ERR_peek_error(), 0);
    rewind(fp);
    n = fread(got, 1, sizeof(got) - 1, fp);
    got[n] = '\0';
    fclose(fp);

    /* same bytes as the callback would have produced */
    ERR_raise_data(ERR_LIB_BIO, BIO_R_CONNECT_ERROR, "a");
    ERR_raise(ERR_LIB_PEM, PEM_R_NO_START_LINE);
    ERR_print_errors_cb(collect, &l);
    ck_assert_int_eq(l.n, 2);
    ck_assert_ptr_nonnull(strstr(got, ":error:10000067:BIO routines:"));
    ck_assert_ptr_nonnull(strstr(got, ":error:0480006C:PEM routines:"));
    ck_assert_uint_eq(strlen(got), strlen(l.text[0]) + strlen(l.text[1]));
    ck_assert_int_eq(strncmp(got + strlen(l.text[0]) + 2 * sizeof(pthread_t),
                             l.text[1] + 2 * sizeof(pthread_t), 30),
                     0);
}
END_TEST

START_TEST(test_print_bio_and_mem_bio)
{
    BIO *mem = BIO_new(BIO_s_mem());
    BIO *txt = BIO_new(BIO_s_mem());
    char *p = NULL;
    long n;
    const char *data;
    int flags;

    ck_assert_ptr_nonnull(mem);
    ERR_raise_data(ERR_LIB_BIO, BIO_R_CONNECT_ERROR, "a");
    ERR_print_errors(mem);
    ck_assert_uint_eq(ERR_peek_error(), 0);
    n = BIO_get_mem_data(mem, &p);
    ck_assert_int_gt(n, 0);
    ck_assert_ptr_nonnull(memmem(p, (size_t)n, ":error:10000067:BIO routines:", 29));
    ck_assert_int_eq(p[n - 1], '\n');
    BIO_free(mem);

    /* the text of a memory BIO becomes error data */
    BIO_puts(txt, "from a bio");
    ERR_raise(ERR_LIB_BIO, 1);
    ERR_add_error_mem_bio("; ", txt);
    ERR_get_error_all(NULL, NULL, NULL, &data, &flags);
    ck_assert_str_eq(data, "from a bio");
    BIO_free(txt);
}
END_TEST

/* Each thread sees only its own queue. */
static pthread_barrier_t barrier;

static void *thread_main(void *arg)
{
    int reason = (int)(long)arg;
    long ok = 1;

    ok &= ERR_peek_error() == 0;
    ERR_raise(ERR_LIB_BIO, reason);
    ERR_raise(ERR_LIB_BIO, reason + 1);
    pthread_barrier_wait(&barrier); /* both threads have raised */
    ok &= ERR_get_error() == ERR_PACK(ERR_LIB_BIO, 0, reason);
    ok &= ERR_get_error() == ERR_PACK(ERR_LIB_BIO, 0, reason + 1);
    ok &= ERR_get_error() == 0;
    ERR_raise(ERR_LIB_BIO, reason + 2);
    OPENSSL_thread_stop(); /* frees this thread's queue */
    ok &= ERR_get_error() == 0;
    return (void *)ok;
}

START_TEST(test_threads_isolated)
{
    pthread_t t1, t2;
    void *r1, *r2;

    ERR_raise(ERR_LIB_PEM, 1);
    pthread_barrier_init(&barrier, NULL, 2);
    ck_assert_int_eq(pthread_create(&t1, NULL, thread_main, (void *)100L), 0);
    ck_assert_int_eq(pthread_create(&t2, NULL, thread_main, (void *)200L), 0);
    pthread_join(t1, &r1);
    pthread_join(t2, &r2);
    pthread_barrier_destroy(&barrier);
    ck_assert_int_eq((long)r1, 1);
    ck_assert_int_eq((long)r2, 1);
    ck_assert_uint_eq(ERR_get_error(), ERR_PACK(ERR_LIB_PEM, 0, 1));
    ck_assert_uint_eq(ERR_get_error(), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("err");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_pack_and_codes);
    tcase_add_test(tc, test_queue_order);
    tcase_add_test(tc, test_overflow_drops_oldest);
    tcase_add_test(tc, test_debug_info);
    tcase_add_test(tc, test_building_blocks);
    tcase_add_test(tc, test_errno_preserved);
    tcase_add_test(tc, test_error_data);
    tcase_add_test(tc, test_long_data);
    tcase_add_test(tc, test_marks);
    tcase_add_test(tc, test_error_strings);
    tcase_add_test(tc, test_error_string_truncation);
    tcase_add_test(tc, test_load_strings);
    tcase_add_test(tc, test_print_format);
    tcase_add_test(tc, test_print_fp);
    tcase_add_test(tc, test_print_bio_and_mem_bio);
    tcase_add_test(tc, test_threads_isolated);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
