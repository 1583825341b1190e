/* Application-defined BIOs (shim/crypto/bio_meth.c): BIO_meth_* and retry flags set by a custom method.
 * Differential: also passes against the real libcrypto. */
#include <check.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/err.h>

/* A toy transport: writes accepted only when "open", reads served from a static string. */
struct toy {
    int open;
    int created;
    const char *src;
};

static int toy_create(BIO *b)
{
    static struct toy t;

    memset(&t, 0, sizeof(t));
    t.created = 1;
    t.src = "abcdef";
    BIO_set_data(b, &t);
    BIO_set_init(b, 1);
    return 1;
}

static int destroyed;

static int toy_destroy(BIO *b)
{
    destroyed++;
    BIO_set_data(b, NULL);
    return 1;
}

static int toy_write(BIO *b, const char *in, int inl)
{
    struct toy *t = BIO_get_data(b);

    BIO_clear_retry_flags(b);
    if (!t->open) {
        BIO_set_retry_write(b);
        return -1;
    }
    return inl > 4 ? 4 : inl;
}

static int toy_read(BIO *b, char *out, int outl)
{
    struct toy *t = BIO_get_data(b);
    int n = (int)strlen(t->src);

    BIO_clear_retry_flags(b);
    if (n == 0) {
        BIO_set_retry_read(b);
        return -1;
    }
    if (n > outl)
        n = outl;
    memcpy(out, t->src, (size_t)n);
    t->src += n;
    return n;
}

static long toy_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    struct toy *t = BIO_get_data(b);

    (void)ptr;
    if (cmd == BIO_CTRL_FLUSH)
        return 1;
    if (cmd == BIO_C_SET_NBIO) {
        t->open = (int)num;
        return 1;
    }
    return 0;
}

static int toy_puts(BIO *b, const char *s)
{
    return toy_write(b, s, (int)strlen(s));
}

static int toy_write_ex(BIO *b, const char *in, size_t inl, size_t *written)
{
    (void)b;
    (void)in;
    *written = inl / 2;
    return 1;
}

START_TEST(custom_method)
{
    int type = BIO_get_new_index() | BIO_TYPE_SOURCE_SINK;
    BIO_METHOD *m = BIO_meth_new(type, "toy");
    BIO *b;
    char buf[16];
    size_t n = 0;

    ck_assert_ptr_nonnull(m);
    ck_assert_int_eq(BIO_meth_set_write(m, toy_write), 1);
    ck_assert_int_eq(BIO_meth_set_read(m, toy_read), 1);
    ck_assert_int_eq(BIO_meth_set_ctrl(m, toy_ctrl), 1);
    ck_assert_int_eq(BIO_meth_set_create(m, toy_create), 1);
    ck_assert_int_eq(BIO_meth_set_destroy(m, toy_destroy), 1);
    ck_assert_int_eq(BIO_meth_set_puts(m, toy_puts), 1);
    ck_assert_ptr_eq(BIO_meth_get_write(m), toy_write);
    ck_assert_ptr_eq(BIO_meth_get_read(m), toy_read);
    ck_assert_ptr_eq(BIO_meth_get_ctrl(m), toy_ctrl);
    ck_assert_ptr_eq(BIO_meth_get_create(m), toy_create);
    ck_assert_ptr_eq(BIO_meth_get_destroy(m), toy_destroy);
    ck_assert_ptr_eq(BIO_meth_get_puts(m), toy_puts);
    ck_assert_ptr_null(BIO_meth_get_gets(m));
    ck_assert_ptr_null(BIO_meth_get_callback_ctrl(m));
    ck_assert_ptr_nonnull(BIO_meth_get_write_ex(m));

    b = BIO_new(m);
    ck_assert_ptr_nonnull(b);
    ck_assert_str_eq(BIO_method_name(b), "toy");
    ck_assert_int_eq(BIO_method_type(b), type);
    ck_assert_ptr_eq(BIO_find_type(b, type), b);

    ck_assert_int_eq(BIO_write(b, "hello", 5), -1);
    ck_assert(BIO_should_retry(b) && BIO_should_write(b) && !BIO_should_read(b));
    ck_assert_int_eq(BIO_write_ex(b, "hello", 5, &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(BIO_set_nbio(b, 1), 1);
    ck_assert_int_eq(BIO_write(b, "hello", 5), 4);
    ck_assert(!BIO_should_retry(b));
    ck_assert_int_eq(BIO_write_ex(b, "hello", 5, &n), 1);
    ck_assert_uint_eq(n, 4);
    ck_assert_int_eq(BIO_puts(b, "xy"), 2);
    ck_assert_uint_eq(BIO_number_written(b), 10);

    ck_assert_int_eq(BIO_read(b, buf, 4), 4);
    ck_assert_int_eq(BIO_read_ex(b, buf, sizeof(buf), &n), 1);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(BIO_read(b, buf, 4), -1);
    ck_assert(BIO_should_retry(b) && BIO_should_read(b));
    ck_assert_int_eq(BIO_retry_type(b), BIO_FLAGS_READ);

    ck_assert_int_eq(BIO_gets(b, buf, 4), -2);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_UNSUPPORTED_METHOD);
    ck_assert_int_eq(BIO_flush(b), 1);
    destroyed = 0;
    BIO_free(b);
    ck_assert_int_eq(destroyed, 1);

    /* The size_t flavour replaces the int one. */
    ck_assert_int_eq(BIO_meth_set_write_ex(m, toy_write_ex), 1);
    ck_assert_ptr_null(BIO_meth_get_write(m));
    ck_assert_ptr_eq(BIO_meth_get_write_ex(m), toy_write_ex);
    b = BIO_new(m);
    ck_assert_int_eq(BIO_write(b, "abcdef", 6), 3);
    BIO_free(b);
    BIO_meth_free(m);
    BIO_meth_free(NULL);
}
END_TEST

START_TEST(no_create_means_init)
{
    BIO_METHOD *m = BIO_meth_new(BIO_TYPE_NONE, "bare");
    BIO *b;
    char c;

    b = BIO_new(m);
    ck_assert_ptr_nonnull(b);
    ck_assert_int_eq(BIO_get_init(b), 1);
    /* No read/write/ctrl registered. */
    ck_assert_int_eq(BIO_read(b, &c, 1), -2);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_UNSUPPORTED_METHOD);
    ck_assert_int_eq(BIO_write(b, "x", 1), -2);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_UNSUPPORTED_METHOD);
    ck_assert_int_eq(BIO_ctrl(b, BIO_CTRL_FLUSH, 0, NULL), -2);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_UNSUPPORTED_METHOD);
    ck_assert_int_eq(BIO_puts(b, "x"), -2);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_UNSUPPORTED_METHOD);
    BIO_free(b);
    BIO_meth_free(m);
}
END_TEST

static int failing_create(BIO *b)
{
    (void)b;
    return 0;
}

START_TEST(create_failure)
{
    BIO_METHOD *m = BIO_meth_new(BIO_TYPE_NONE, "broken");
    unsigned long e;

    BIO_meth_set_create(m, failing_create);
    ck_assert_ptr_null(BIO_new(m));
    e = ERR_get_error();
    ck_assert_int_eq(ERR_GET_LIB(e), ERR_LIB_BIO);
    ck_assert_int_eq(ERR_GET_REASON(e), ERR_R_INIT_FAIL & ERR_REASON_MASK);
    BIO_meth_free(m);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_meth");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, custom_method);
    tcase_add_test(tc, no_create_means_init);
    tcase_add_test(tc, create_failure);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
