/* BIO core (shim/crypto/bio_lib.c): chains, refcounts, flags, callbacks, NULL handling, ex_data.
 * Differential: also passes against the real libcrypto. */
#include <check.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/err.h>

static int has_err(int lib, int reason)
{
    unsigned long e;
    int found = 0;

    while ((e = ERR_get_error()) != 0) {
        if (ERR_GET_LIB(e) == lib && ERR_GET_REASON(e) == (reason & ERR_REASON_MASK))
            found = 1;
    }
    return found;
}

START_TEST(null_arguments)
{
    char buf[4];
    size_t n = 77;

    ck_assert_int_eq(BIO_free(NULL), 0);
    BIO_free_all(NULL);
    BIO_vfree(NULL);
    ck_assert_int_eq(BIO_ctrl(NULL, BIO_CTRL_PENDING, 0, NULL), -1);
    ck_assert_int_eq(BIO_callback_ctrl(NULL, BIO_CTRL_SET_CALLBACK, NULL), -2);
    ck_assert_int_eq(ERR_peek_error(), 0);
    ck_assert_int_eq(BIO_read(NULL, buf, 4), -1);
    ck_assert(has_err(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
    ck_assert_int_eq(BIO_write(NULL, "ab", 2), 0);
    ck_assert_int_eq(ERR_peek_error(), 0);
    ck_assert_int_eq(BIO_write_ex(NULL, "x", 3, &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(BIO_gets(NULL, buf, 4), -1);
    ck_assert(has_err(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
    ck_assert_int_eq(BIO_puts(NULL, "x"), -1);
    ck_assert(has_err(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
    ck_assert_ptr_null(BIO_next(NULL));
    ck_assert_ptr_null(BIO_pop(NULL));
    ck_assert_uint_eq(BIO_ctrl_pending(NULL), 0);
    ck_assert_uint_eq(BIO_number_read(NULL), 0);
    ck_assert_ptr_null(BIO_find_type(NULL, BIO_TYPE_MEM));
    ck_assert(has_err(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER));
}
END_TEST

START_TEST(unsupported_ops)
{
    BIO *s = BIO_new(BIO_s_socket());
    char buf[4];

    /* A socket BIO has no gets; uninitialised (no fd) it refuses I/O. */
    ck_assert_int_eq(BIO_gets(s, buf, 4), -2);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
    ck_assert_int_eq(BIO_read(s, buf, 4), -1);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_UNINITIALIZED));
    ck_assert_int_eq(BIO_callback_ctrl(s, BIO_CTRL_SET_CALLBACK, NULL), -2);
    ck_assert(has_err(ERR_LIB_BIO, BIO_R_UNSUPPORTED_METHOD));
    BIO_free(s);
}
END_TEST

START_TEST(push_pop_refcounts)
{
    BIO *f1 = BIO_new(BIO_f_null());
    BIO *f2 = BIO_new(BIO_f_buffer());
    BIO *m = BIO_new(BIO_s_mem());
    BIO *chain;
    char buf[8];

    chain = BIO_push(f1, f2);
    ck_assert_ptr_eq(chain, f1);
    ck_assert_ptr_eq(BIO_push(f2, m), f2);
    ck_assert_ptr_eq(BIO_next(f1), f2);
    ck_assert_ptr_eq(BIO_next(f2), m);
    ck_assert_ptr_eq(BIO_find_type(f1, BIO_TYPE_MEM), m);
    ck_assert_ptr_eq(BIO_find_type(f1, BIO_TYPE_BUFFER), f2);
    ck_assert_ptr_eq(BIO_find_type(f1, BIO_TYPE_SOURCE_SINK), m);
    ck_assert_ptr_eq(BIO_find_type(f1, BIO_TYPE_FILTER), f1);
    ck_assert_ptr_null(BIO_find_type(f1, BIO_TYPE_SOCKET));
    ck_assert_ptr_eq(BIO_push(NULL, m), m);

    /* Data goes through both filters. */
    ck_assert_int_eq(BIO_write(f1, "hello", 5), 5);
    ck_assert_int_eq(BIO_flush(f1), 1);
    ck_assert_int_eq(BIO_pending(m), 5);

    /* Popping the middle links the neighbours. */
    ck_assert_ptr_eq(BIO_pop(f2), m);
    ck_assert_ptr_eq(BIO_next(f1), m);
    ck_assert_ptr_null(BIO_next(f2));
    BIO_free(f2);
    ck_assert_int_eq(BIO_read(f1, buf, 8), 5);

    /* BIO_free_all stops at a link somebody else still references. */
    ck_assert_int_eq(BIO_up_ref(m), 1);
    BIO_free_all(f1);
    ck_assert_int_eq(BIO_write(m, "x", 1), 1);
    ck_assert_int_eq(BIO_free(m), 1);
}
END_TEST

START_TEST(flags_and_retry)
{
    BIO *m = BIO_new(BIO_s_mem());
    BIO *f = BIO_new(BIO_f_null());
    BIO *r;
    int reason = -1;
    char buf[4];

    BIO_set_flags(m, BIO_FLAGS_BASE64_NO_NL);
    ck_assert_int_eq(BIO_test_flags(m, BIO_FLAGS_BASE64_NO_NL), BIO_FLAGS_BASE64_NO_NL);
    BIO_clear_flags(m, BIO_FLAGS_BASE64_NO_NL);
    ck_assert_int_eq(BIO_test_flags(m, BIO_FLAGS_BASE64_NO_NL), 0);

    BIO_push(f, m);
    ck_assert_int_eq(BIO_read(f, buf, 4), -1);
    /* The filter copies the source's retry state. */
    ck_assert(BIO_should_retry(f) && BIO_should_read(f));
    BIO_set_retry_reason(m, 7);
    r = BIO_get_retry_BIO(f, &reason);
    ck_assert_ptr_eq(r, m);
    ck_assert_int_eq(reason, 7);
    ck_assert_int_eq(BIO_get_retry_reason(m), 7);

    BIO_set_flags(f, BIO_FLAGS_WRITE | BIO_FLAGS_SHOULD_RETRY);
    BIO_clear_retry_flags(f);
    ck_assert(!BIO_should_retry(f));
    BIO_copy_next_retry(f);
    ck_assert(BIO_should_read(f));
    BIO_free_all(f);
}
END_TEST

static long cb_log[16][3];
static int cb_n;

static long my_cb_ex(BIO *b, int oper, const char *argp, size_t len, int argi, long argl, int ret, size_t *processed)
{
    if (cb_n < 16) {
        cb_log[cb_n][0] = oper;
        cb_log[cb_n][1] = (long)len;
        cb_log[cb_n][2] = (oper & BIO_CB_RETURN) && processed != NULL ? (long)*processed : ret;
        cb_n++;
    }
    /* Refuse writes of exactly 3 bytes up front. */
    if (oper == BIO_CB_WRITE && len == 3)
        return 0;
    return ret;
}

START_TEST(callbacks_ex)
{
    BIO *m = BIO_new(BIO_s_mem());
    char buf[8];
    static char arg[] = "arg";

    BIO_set_callback_ex(m, my_cb_ex);
    ck_assert_ptr_eq(BIO_get_callback_ex(m), my_cb_ex);
    BIO_set_callback_arg(m, arg);
    ck_assert_ptr_eq(BIO_get_callback_arg(m), arg);
    cb_n = 0;
    ck_assert_int_eq(BIO_write(m, "hello", 5), 5);
    ck_assert_int_eq(cb_n, 2);
    ck_assert_int_eq(cb_log[0][0], BIO_CB_WRITE);
    ck_assert_int_eq(cb_log[0][1], 5);
    ck_assert_int_eq(cb_log[1][0], BIO_CB_WRITE | BIO_CB_RETURN);
    ck_assert_int_eq(cb_log[1][2], 5);
    ck_assert_int_eq(BIO_write(m, "abc", 3), 0);
    ck_assert_int_eq(BIO_pending(m), 5);
    cb_n = 0;
    ck_assert_int_eq(BIO_read(m, buf, 8), 5);
    ck_assert_int_eq(cb_log[0][0], BIO_CB_READ);
    ck_assert_int_eq(cb_log[1][0], BIO_CB_READ | BIO_CB_RETURN);
    ck_assert_int_eq(cb_log[1][2], 5);
    cb_n = 0;
    BIO_free(m);
    ck_assert_int_eq(cb_n, 1);
    ck_assert_int_eq(cb_log[0][0], BIO_CB_FREE);
}
END_TEST

START_TEST(ex_data_and_misc)
{
    BIO *m = BIO_new(BIO_s_mem());
    int idx = BIO_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    int t1, t2;
    static int marker;
    char line[16];

    ck_assert_int_ge(idx, 0);
    ck_assert_int_eq(BIO_set_ex_data(m, idx, &marker), 1);
    ck_assert_ptr_eq(BIO_get_ex_data(m, idx), &marker);
    ck_assert_int_eq(BIO_set_app_data(m, line), 1);
    ck_assert_ptr_eq(BIO_get_app_data(m), line);

    t1 = BIO_get_new_index();
    t2 = BIO_get_new_index();
    ck_assert_int_gt(t1, BIO_TYPE_START);
    ck_assert_int_eq(t2, t1 + 1);

    {
        void *saved = BIO_get_data(m);

        BIO_set_data(m, &marker);
        ck_assert_ptr_eq(BIO_get_data(m), &marker);
        BIO_set_data(m, saved);
    }
    ck_assert_int_eq(BIO_get_shutdown(m), 1);
    BIO_set_shutdown(m, 1);

    BIO_puts(m, "one\ntwo");
    ck_assert_int_eq(BIO_get_line(m, line, sizeof(line)), 4);
    ck_assert_str_eq(line, "one\n");
    BIO_set_mem_eof_return(m, 0);
    ck_assert_int_eq(BIO_get_line(m, line, sizeof(line)), 3);
    ck_assert_str_eq(line, "two");

    ck_assert_int_eq(BIO_indent(m, 3, 2), 1);
    ck_assert_int_eq(BIO_pending(m), 2);
    ck_assert_int_eq(BIO_int_ctrl(m, BIO_C_SET_BUF_MEM_EOF_RETURN, -1, 0), 1);
    ck_assert_ptr_null(BIO_ptr_ctrl(m, 9999, 0));
    BIO_free(m);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_lib");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, null_arguments);
    tcase_add_test(tc, unsupported_ops);
    tcase_add_test(tc, push_pop_refcounts);
    tcase_add_test(tc, flags_and_retry);
    tcase_add_test(tc, callbacks_ex);
    tcase_add_test(tc, ex_data_and_misc);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
