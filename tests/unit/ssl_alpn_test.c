/* differential */
/*
 * shim/ssl/alpn.c: SSL_select_next_proto (server-preference selection over two wire-format lists, the
 * no-overlap fallback, malformed lists as OpenSSL 3.0.15+ treats them) and an ALPN handshake whose server
 * callback uses it. Every expectation is real OpenSSL 3.0's observed behaviour.
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

#define L(s) (const unsigned char *)(s), (unsigned int)(sizeof(s) - 1)

static int sel(const unsigned char *srv, unsigned int slen, const unsigned char *cli, unsigned int clen,
               unsigned char **out, unsigned char *outlen)
{
    *out = (unsigned char *)"sentinel";
    *outlen = 99;
    return SSL_select_next_proto(out, outlen, srv, slen, cli, clen);
}

START_TEST(test_server_preference)
{
    static const unsigned char srv[] = "\x02h2\x08http/1.1";
    unsigned char *out, outlen;
    int r = sel(srv, sizeof(srv) - 1, L("\x08http/1.1\x02h2"), &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NEGOTIATED);
    ck_assert_uint_eq(outlen, 2);
    ck_assert_ptr_eq(out, srv + 1); /* points into the server's list */
    ck_no_errors();
}
END_TEST

START_TEST(test_second_choice)
{
    static const unsigned char srv[] = "\x03" "foo\x08http/1.1";
    unsigned char *out, outlen;
    int r = sel(srv, sizeof(srv) - 1, L("\x02h2\x08http/1.1"), &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NEGOTIATED);
    ck_assert_uint_eq(outlen, 8);
    ck_assert_ptr_eq(out, srv + 5);
    ck_assert_int_eq(memcmp(out, "http/1.1", 8), 0);
}
END_TEST

START_TEST(test_no_overlap_gives_client_first)
{
    static const unsigned char cli[] = "\x06spdy/1\x02h3";
    unsigned char *out, outlen;
    int r = sel(L("\x02h2\x08http/1.1"), cli, sizeof(cli) - 1, &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NO_OVERLAP);
    ck_assert_uint_eq(outlen, 6);
    ck_assert_ptr_eq(out, cli + 1);
    ck_no_errors();
}
END_TEST

START_TEST(test_prefix_is_not_a_match)
{
    static const unsigned char cli[] = "\x03h2c";
    unsigned char *out, outlen;
    int r = sel(L("\x02h2"), cli, sizeof(cli) - 1, &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NO_OVERLAP);
    ck_assert_uint_eq(outlen, 3);
    ck_assert_ptr_eq(out, cli + 1);
}
END_TEST

START_TEST(test_empty_server_list)
{
    static const unsigned char cli[] = "\x02h2";
    unsigned char *out, outlen;
    int r = sel((const unsigned char *)"", 0, cli, sizeof(cli) - 1, &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NO_OVERLAP);
    ck_assert_uint_eq(outlen, 2);
    ck_assert_ptr_eq(out, cli + 1);
}
END_TEST

START_TEST(test_empty_client_list)
{
    unsigned char *out, outlen;
    int r = sel(L("\x02h2"), (const unsigned char *)"", 0, &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NO_OVERLAP);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(outlen, 0);
}
END_TEST

START_TEST(test_client_first_element_empty)
{
    unsigned char *out, outlen;
    int r = sel(L("\x02h2"), L("\x00\x02h2"), &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NO_OVERLAP);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(outlen, 0);
}
END_TEST

START_TEST(test_client_first_element_truncated)
{
    unsigned char *out, outlen;
    int r = sel(L("\x02h2"), L("\x05h2"), &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NO_OVERLAP);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(outlen, 0);
}
END_TEST

/* Only the client's first element must be well formed: trailing garbage after it is ignored. */
START_TEST(test_client_trailing_garbage)
{
    static const unsigned char srv[] = "\x02h2";
    static const unsigned char cli[] = "\x02h2\x09xx";
    unsigned char *out, outlen;
    int r = sel(srv, sizeof(srv) - 1, cli, sizeof(cli) - 1, &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NEGOTIATED);
    ck_assert_ptr_eq(out, srv + 1);
    ck_assert_uint_eq(outlen, 2);
}
END_TEST

START_TEST(test_client_trailing_garbage_no_overlap)
{
    static const unsigned char cli[] = "\x02h3\x09xx";
    unsigned char *out, outlen;
    int r = sel(L("\x02h2"), cli, sizeof(cli) - 1, &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NO_OVERLAP);
    ck_assert_ptr_eq(out, cli + 1);
    ck_assert_uint_eq(outlen, 2);
}
END_TEST

/* Empty server elements are skipped, a truncated tail of the server list is ignored. */
START_TEST(test_server_empty_element_skipped)
{
    static const unsigned char srv[] = "\x00\x02h2";
    unsigned char *out, outlen;
    int r = sel(srv, sizeof(srv) - 1, L("\x02h2"), &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NEGOTIATED);
    ck_assert_ptr_eq(out, srv + 2);
    ck_assert_uint_eq(outlen, 2);
}
END_TEST

START_TEST(test_server_truncated_tail)
{
    static const unsigned char srv[] = "\x02h2\x09xx";
    unsigned char *out, outlen;
    int r = sel(srv, sizeof(srv) - 1, L("\x02h2"), &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NEGOTIATED);
    ck_assert_ptr_eq(out, srv + 1);
    ck_assert_uint_eq(outlen, 2);
}
END_TEST

START_TEST(test_server_truncated_before_match)
{
    static const unsigned char cli[] = "\x02h2";
    unsigned char *out, outlen;
    int r = sel(L("\x09h2"), cli, sizeof(cli) - 1, &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NO_OVERLAP);
    ck_assert_ptr_eq(out, cli + 1);
    ck_assert_uint_eq(outlen, 2);
}
END_TEST

/* A match on a later client element, with a malformed element between. */
START_TEST(test_client_malformed_middle)
{
    static const unsigned char cli[] = "\x02h3\x00\x02h2";
    unsigned char *out, outlen;
    int r = sel(L("\x02h2"), cli, sizeof(cli) - 1, &out, &outlen);
    ck_assert_int_eq(r, OPENSSL_NPN_NEGOTIATED);
    ck_assert_uint_eq(outlen, 2);
    ck_assert_int_eq(memcmp(out, "h2", 2), 0);
}
END_TEST

/* ---- in a handshake ---- */

static const unsigned char srv_protos[] = "\x08http/1.1\x02h2";
static int select_calls;

static int alpn_select(SSL *s, const unsigned char **out, unsigned char *outlen, const unsigned char *in,
                       unsigned int inlen, void *arg)
{
    unsigned char *o = NULL;
    select_calls++;
    if (SSL_select_next_proto(&o, outlen, srv_protos, sizeof(srv_protos) - 1, in, inlen) !=
        OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    *out = o;
    return SSL_TLSEXT_ERR_OK;
}

static void alpn_handshake(int version, const unsigned char *cp, unsigned int cplen, const char *want)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    const unsigned char *got = NULL;
    unsigned int gotlen = 99;
    h_version(cctx, sctx, version);
    /* 0 = success for this one */
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(cctx, cp, cplen), 0);
    SSL_CTX_set_alpn_select_cb(sctx, alpn_select, NULL);
    select_calls = 0;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(select_calls, 1);
    SSL_get0_alpn_selected(k.c, &got, &gotlen);
    if (want == NULL) {
        ck_assert_ptr_null(got);
        ck_assert_uint_eq(gotlen, 0);
    } else {
        ck_assert_uint_eq(gotlen, strlen(want));
        ck_assert_int_eq(memcmp(got, want, gotlen), 0);
    }
    got = NULL;
    gotlen = 99;
    SSL_get0_alpn_selected(k.s, &got, &gotlen);
    if (want == NULL) {
        ck_assert_ptr_null(got);
        ck_assert_uint_eq(gotlen, 0);
    } else {
        ck_assert_uint_eq(gotlen, strlen(want));
        ck_assert_int_eq(memcmp(got, want, gotlen), 0);
    }
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_handshake_h2_tls13)
{
    alpn_handshake(TLS1_3_VERSION, L("\x02h2\x08http/1.1"), "http/1.1");
}
END_TEST

START_TEST(test_handshake_h2_tls12)
{
    alpn_handshake(TLS1_2_VERSION, L("\x02h2"), "h2");
}
END_TEST

START_TEST(test_handshake_noack)
{
    alpn_handshake(TLS1_3_VERSION, L("\x02h3"), NULL);
}
END_TEST

START_TEST(test_set_alpn_protos_invalid)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *s;
    ck_assert_ptr_nonnull(ctx);
    /* 1 = failure: malformed lists */
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(ctx, (const unsigned char *)"\x05h2", 3), 1);
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(ctx, (const unsigned char *)"\x00\x02h2", 4), 1);
    /* an empty list clears it: success */
    ck_assert_int_eq(SSL_CTX_set_alpn_protos(ctx, NULL, 0), 0);
    s = SSL_new(ctx);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(SSL_set_alpn_protos(s, (const unsigned char *)"\x03h2", 3), 1);
    ck_assert_int_eq(SSL_set_alpn_protos(s, (const unsigned char *)"\x02h2", 3), 0);
    ck_assert_int_eq(SSL_set_alpn_protos(s, NULL, 0), 0);
    err_take();
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_alpn");
    TCase *tc = h_tcase(s, "select_next_proto");
    tcase_add_test(tc, test_server_preference);
    tcase_add_test(tc, test_second_choice);
    tcase_add_test(tc, test_no_overlap_gives_client_first);
    tcase_add_test(tc, test_prefix_is_not_a_match);
    tcase_add_test(tc, test_empty_server_list);
    tcase_add_test(tc, test_empty_client_list);
    tcase_add_test(tc, test_client_first_element_empty);
    tcase_add_test(tc, test_client_first_element_truncated);
    tcase_add_test(tc, test_client_trailing_garbage);
    tcase_add_test(tc, test_client_trailing_garbage_no_overlap);
    tcase_add_test(tc, test_server_empty_element_skipped);
    tcase_add_test(tc, test_server_truncated_tail);
    tcase_add_test(tc, test_server_truncated_before_match);
    tcase_add_test(tc, test_client_malformed_middle);
    tc = h_tcase(s, "handshake");
    tcase_add_test(tc, test_handshake_h2_tls13);
    tcase_add_test(tc, test_handshake_h2_tls12);
    tcase_add_test(tc, test_handshake_noack);
    tcase_add_test(tc, test_set_alpn_protos_invalid);
    return h_run(s);
}
