/* differential */
/*
 * shim/ssl/ssl_err.c: the SSL library's reason strings. The expected texts are NOT typed here: they come
 * from the real OpenSSL at test build time (tests/unit/gen_ssl_strings.sh writes ssl_gen_strings.h, see
 * mk/unit-ssl.mk), for every SSL_R_* of the system header and for every reason 1..1200.
 */
#include "unit/ssl_harness.h"

/* strict: the queue must be empty here (reports this line) */
#define ck_no_errors() \
    do { \
        int n_ = err_take(); \
        if (n_ != 0) \
            errs_print("unexpected"); \
        ck_assert_msg(n_ == 0, "error queue not empty (%d entries)", n_); \
    } while (0)

#include "ssl_gen_strings.h"

#define NREASONS (sizeof(ssl_gen_reasons) / sizeof(ssl_gen_reasons[0]))

static int same(const char *a, const char *b)
{
    return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* Nothing has initialised libssl in this (forked) process yet: no SSL reason text. */
START_TEST(test_not_loaded_before_init)
{
    ck_assert_ptr_null(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, 134)));
    ck_assert_ptr_null(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, 1040)));
}
END_TEST

START_TEST(test_every_named_reason)
{
    int bad = 0;
    ck_assert_int_eq(OPENSSL_init_ssl(OPENSSL_INIT_LOAD_SSL_STRINGS, NULL), 1);
    ck_assert_uint_gt(NREASONS, 300);
    for (size_t i = 0; i < NREASONS; i++) {
        const char *got = ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, ssl_gen_reasons[i].code));
        if (!same(got, ssl_gen_reasons[i].text)) {
            fprintf(stderr, "%s (%d): OpenSSL \"%s\", got \"%s\"\n", ssl_gen_reasons[i].name, ssl_gen_reasons[i].code,
                    ssl_gen_reasons[i].text ? ssl_gen_reasons[i].text : "(null)", got ? got : "(null)");
            bad++;
        }
    }
    ck_assert_msg(bad == 0, "%d of %zu SSL_R_* texts differ", bad, NREASONS);
}
END_TEST

START_TEST(test_every_reason_1_to_1200)
{
    int bad = 0, with_text = 0;
    ck_assert_int_eq(OPENSSL_init_ssl(OPENSSL_INIT_LOAD_SSL_STRINGS, NULL), 1);
    for (int r = 1; r <= 1200; r++) {
        const char *got = ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, r));
        with_text += ssl_gen_reason_text[r] != NULL;
        if (!same(got, ssl_gen_reason_text[r])) {
            fprintf(stderr, "reason %d: OpenSSL \"%s\", got \"%s\"\n", r,
                    ssl_gen_reason_text[r] ? ssl_gen_reason_text[r] : "(null)", got ? got : "(null)");
            bad++;
        }
    }
    ck_assert_int_gt(with_text, 300);
    ck_assert_msg(bad == 0, "%d reasons differ", bad);
}
END_TEST

/* The full "error:..." line of every SSL reason, and of reasons OpenSSL has no text for. */
START_TEST(test_error_string_n_every_reason)
{
    char want[512], got[512];
    int bad = 0;
    ck_assert_int_eq(OPENSSL_init_ssl(OPENSSL_INIT_LOAD_SSL_STRINGS, NULL), 1);
    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_SSL, 0, 0)), "SSL routines");
    for (int r = 1; r <= 1200; r++) {
        unsigned long e = ERR_PACK(ERR_LIB_SSL, 0, r);
        if (ssl_gen_reason_text[r] != NULL)
            snprintf(want, sizeof(want), "error:%08lX:SSL routines::%s", e, ssl_gen_reason_text[r]);
        else
            snprintf(want, sizeof(want), "error:%08lX:SSL routines::reason(%d)", e, r);
        ERR_error_string_n(e, got, sizeof(got));
        if (strcmp(want, got) != 0) {
            fprintf(stderr, "want \"%s\"\n got \"%s\"\n", want, got);
            bad++;
        }
    }
    ck_assert_msg(bad == 0, "%d lines differ", bad);
    ERR_error_string_n(ERR_PACK(ERR_LIB_SSL, 0, 134), got, sizeof(got));
    ck_assert_str_eq(got, "error:0A000086:SSL routines::certificate verify failed");
}
END_TEST

/* SSL_CTX_new loads the strings by itself. */
START_TEST(test_loaded_by_ctx_new)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    ck_assert_ptr_nonnull(ctx);
    ck_assert_ptr_nonnull(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, 134)));
    ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, 134)), ssl_gen_reason_text[134]);
    SSL_CTX_free(ctx);
}
END_TEST

/* An error the SSL layer queues itself prints with the same line. */
START_TEST(test_queued_error_line)
{
    char buf[256];
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    ck_assert_ptr_nonnull(ctx);
    ck_assert_int_eq(SSL_CTX_set_cipher_list(ctx, "NO-SUCH-CIPHER"), 0);
    err_take();
    ck_assert_int_ge(h_nerr, 1);
    ERR_error_string_n(h_errs[h_nerr - 1], buf, sizeof(buf));
    ck_assert_str_eq(buf, "error:0A0000B9:SSL routines::no cipher match");
    SSL_CTX_free(ctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_ssl_err");
    TCase *tc = h_tcase(s, "strings");
    tcase_add_test(tc, test_not_loaded_before_init);
    tcase_add_test(tc, test_every_named_reason);
    tcase_add_test(tc, test_every_reason_1_to_1200);
    tcase_add_test(tc, test_error_string_n_every_reason);
    tcase_add_test(tc, test_loaded_by_ctx_new);
    tcase_add_test(tc, test_queued_error_line);
    return h_run(s);
}
