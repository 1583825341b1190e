/* differential */
/* shim/crypto/x509_vfy.c: X509_STORE, X509_VERIFY_PARAM, X509_STORE_CTX and X509_verify_cert. The verify
 * callback log (ok, error, depth, certificate CN, chain length) of every scenario is OpenSSL 3.0's, recorded
 * from the real libcrypto; the same source runs against it (make check-unit-openssl). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include "unit/x509_certs.h"

static char cblog[4096];
static int override;

static int log_cb(int ok, X509_STORE_CTX *c)
{
    X509 *x = X509_STORE_CTX_get_current_cert(c);
    char cn[128] = "(null)";
    if (x)
        X509_NAME_get_text_by_NID(X509_get_subject_name(x), NID_commonName, cn, sizeof(cn));
    STACK_OF(X509) *ch = X509_STORE_CTX_get0_chain(c);
    size_t l = strlen(cblog);
    snprintf(cblog + l, sizeof(cblog) - l, "cb %d %d %d %s %d|", ok, X509_STORE_CTX_get_error(c),
             X509_STORE_CTX_get_error_depth(c), cn, ch ? sk_X509_num(ch) : -1);
    return override ? 1 : ok;
}

struct scenario {
    const char *trust[3], *leaf, *untrusted[3];
    int depth;
    const char *host, *ip, *email;
    unsigned long flags;
    const char *expect[2]; /* callback log + result, without and with the overriding callback */
};

#define R "mbedshim Test Root CA"
#define I "mbedshim Test Intermediate CA"
static const struct scenario scenarios[] = {
    /* success: ok=1 from the top down */
    {{"root.pem"}, "leaf.pem", {"inter.pem"}, -1, NULL, NULL, NULL, 0,
     {"cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 localhost 3|=> 1 0 0 3",
      "cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 localhost 3|=> 1 0 0 3"}},
    {{"root.pem", "inter.pem"}, "leaf.pem", {NULL}, -1, NULL, NULL, NULL, 0,
     {"cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 localhost 3|=> 1 0 0 3",
      "cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 localhost 3|=> 1 0 0 3"}},
    /* self-signed leaf, untrusted / trusted */
    {{"root.pem"}, "selfsigned.pem", {NULL}, -1, NULL, NULL, NULL, 0,
     {"cb 0 18 0 localhost 1|=> 0 18 0 1", "cb 0 18 0 localhost 1|cb 1 18 0 localhost 1|=> 1 18 0 1"}},
    {{"selfsigned.pem"}, "selfsigned.pem", {NULL}, -1, NULL, NULL, NULL, 0,
     {"cb 1 0 0 localhost 1|=> 1 0 0 1", "cb 1 0 0 localhost 1|=> 1 0 0 1"}},
    /* missing issuer */
    {{"root.pem"}, "leaf.pem", {NULL}, -1, NULL, NULL, NULL, 0,
     {"cb 0 20 0 localhost 1|=> 0 20 0 1",
      "cb 0 20 0 localhost 1|cb 0 21 0 localhost 1|cb 1 21 0 localhost 1|=> 1 21 0 1"}},
    {{NULL}, "leaf.pem", {"inter.pem"}, -1, NULL, NULL, NULL, 0,
     {"cb 0 20 1 " I " 2|=> 0 20 1 2", "cb 0 20 1 " I " 2|cb 1 20 0 localhost 2|=> 1 20 0 2"}},
    {{"inter.pem"}, "leaf.pem", {NULL}, -1, NULL, NULL, NULL, 0,
     {"cb 0 2 1 " I " 2|=> 0 2 1 2", "cb 0 2 1 " I " 2|cb 1 2 0 localhost 2|=> 1 2 0 2"}},
    {{"inter.pem"}, "leaf.pem", {NULL}, -1, NULL, NULL, NULL, X509_V_FLAG_PARTIAL_CHAIN,
     {"cb 1 0 1 " I " 2|cb 1 0 0 localhost 2|=> 1 0 0 2", "cb 1 0 1 " I " 2|cb 1 0 0 localhost 2|=> 1 0 0 2"}},
    /* untrusted root sent in the chain */
    {{NULL}, "leaf.pem", {"inter.pem", "root.pem"}, -1, NULL, NULL, NULL, 0,
     {"cb 0 19 2 " R " 3|=> 0 19 2 3",
      "cb 0 19 2 " R " 3|cb 1 19 2 " R " 3|cb 1 19 1 " I " 3|cb 1 19 0 localhost 3|=> 1 19 0 3"}},
    {{"selfsigned.pem"}, "leaf.pem", {"inter.pem", "root.pem"}, -1, NULL, NULL, NULL, 0,
     {"cb 0 19 2 " R " 3|=> 0 19 2 3",
      "cb 0 19 2 " R " 3|cb 1 19 2 " R " 3|cb 1 19 1 " I " 3|cb 1 19 0 localhost 3|=> 1 19 0 3"}},
    /* validity */
    {{"root.pem"}, "expired.pem", {"inter.pem"}, -1, NULL, NULL, NULL, 0,
     {"cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 0 10 0 localhost 3|=> 0 10 0 3",
      "cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 0 10 0 localhost 3|cb 1 10 0 localhost 3|=> 1 10 0 3"}},
    {{"root.pem"}, "notyet.pem", {"inter.pem"}, -1, NULL, NULL, NULL, 0,
     {"cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 0 9 0 localhost 3|=> 0 9 0 3",
      "cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 0 9 0 localhost 3|cb 1 9 0 localhost 3|=> 1 9 0 3"}},
    /* identity checks */
    {{"root.pem"}, "leaf.pem", {"inter.pem"}, -1, "localhost", NULL, NULL, 0,
     {"cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 localhost 3|=> 1 0 0 3",
      "cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 localhost 3|=> 1 0 0 3"}},
    {{"root.pem"}, "leaf.pem", {"inter.pem"}, -1, "example.com", NULL, NULL, 0,
     {"cb 0 62 0 localhost 3|=> 0 62 0 3",
      "cb 0 62 0 localhost 3|cb 1 62 2 " R " 3|cb 1 62 1 " I " 3|cb 1 62 0 localhost 3|=> 1 62 0 3"}},
    {{"root.pem"}, "leaf.pem", {"inter.pem"}, -1, NULL, "127.0.0.1", NULL, 0,
     {"cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 localhost 3|=> 1 0 0 3",
      "cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 localhost 3|=> 1 0 0 3"}},
    {{"root.pem"}, "leaf.pem", {"inter.pem"}, -1, NULL, "10.0.0.1", NULL, 0,
     {"cb 0 64 0 localhost 3|=> 0 64 0 3",
      "cb 0 64 0 localhost 3|cb 1 64 2 " R " 3|cb 1 64 1 " I " 3|cb 1 64 0 localhost 3|=> 1 64 0 3"}},
    {{"root.pem"}, "leaf.pem", {"inter.pem"}, -1, NULL, NULL, "x@example.com", 0,
     {"cb 0 63 0 localhost 3|=> 0 63 0 3",
      "cb 0 63 0 localhost 3|cb 1 63 2 " R " 3|cb 1 63 1 " I " 3|cb 1 63 0 localhost 3|=> 1 63 0 3"}},
    /* depth limits */
    {{"root.pem"}, "leaf.pem", {"inter.pem"}, 0, NULL, NULL, NULL, 0,
     {"cb 0 22 1 " I " 2|=> 0 22 1 2",
      "cb 0 22 1 " I " 2|cb 0 20 1 " I " 2|cb 1 20 0 localhost 2|=> 1 20 0 2"}},
    {{"root.pem"}, "leaf.pem", {"inter.pem"}, 1, NULL, NULL, NULL, 0,
     {"cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 localhost 3|=> 1 0 0 3",
      "cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 localhost 3|=> 1 0 0 3"}},
    /* bad signature */
    {{"root.pem"}, "badsig.pem", {"inter.pem"}, -1, NULL, NULL, NULL, 0,
     {"cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 0 7 0 localhost 3|=> 0 7 0 3",
      "cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 0 7 0 localhost 3|cb 1 7 0 localhost 3|=> 1 7 0 3"}},
    /* several errors: the last one reported stays */
    {{"root.pem"}, "expired.pem", {"inter.pem"}, -1, "example.com", NULL, NULL, 0,
     {"cb 0 62 0 localhost 3|=> 0 62 0 3",
      "cb 0 62 0 localhost 3|cb 1 62 2 " R " 3|cb 1 62 1 " I " 3|cb 0 10 0 localhost 3|cb 1 10 0 localhost 3|"
      "=> 1 10 0 3"}},
    {{"root.pem"}, "selfsigned.pem", {NULL}, -1, "example.com", NULL, NULL, 0,
     {"cb 0 18 0 localhost 1|=> 0 18 0 1",
      "cb 0 18 0 localhost 1|cb 0 62 0 localhost 1|cb 1 62 0 localhost 1|=> 1 62 0 1"}},
    {{"root.pem"}, "leaf.pem", {NULL}, -1, "example.com", NULL, NULL, 0,
     {"cb 0 20 0 localhost 1|=> 0 20 0 1",
      "cb 0 20 0 localhost 1|cb 0 62 0 localhost 1|cb 0 21 0 localhost 1|cb 1 21 0 localhost 1|=> 1 21 0 1"}},
    {{"root.pem"}, "ec.pem", {"inter.pem"}, -1, NULL, NULL, NULL, 0,
     {"cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 ec.localhost 3|=> 1 0 0 3",
      "cb 1 0 2 " R " 3|cb 1 0 1 " I " 3|cb 1 0 0 ec.localhost 3|=> 1 0 0 3"}},
    {{"root.pem"}, "leaf.pem", {"client.pem"}, -1, NULL, NULL, NULL, 0,
     {"cb 0 20 0 localhost 1|=> 0 20 0 1",
      "cb 0 20 0 localhost 1|cb 0 21 0 localhost 1|cb 1 21 0 localhost 1|=> 1 21 0 1"}},
};

static void run_scenario(const struct scenario *sc, int ovr, char *out, size_t outlen)
{
    X509_STORE *s = X509_STORE_new();
    for (int i = 0; i < 3 && sc->trust[i]; i++) {
        X509 *t = load_cert(sc->trust[i]);
        ck_assert_int_eq(X509_STORE_add_cert(s, t), 1);
        X509_free(t);
    }
    STACK_OF(X509) *u = sk_X509_new_null();
    for (int i = 0; i < 3 && sc->untrusted[i]; i++)
        sk_X509_push(u, load_cert(sc->untrusted[i]));
    X509 *leaf = load_cert(sc->leaf);
    X509_STORE_CTX *c = X509_STORE_CTX_new();
    ck_assert_int_eq(X509_STORE_CTX_init(c, s, leaf, u), 1);
    X509_STORE_CTX_set_verify_cb(c, log_cb);
    X509_VERIFY_PARAM *p = X509_STORE_CTX_get0_param(c);
    if (sc->depth >= 0)
        X509_VERIFY_PARAM_set_depth(p, sc->depth);
    if (sc->host)
        ck_assert_int_eq(X509_VERIFY_PARAM_set1_host(p, sc->host, 0), 1);
    if (sc->ip)
        ck_assert_int_eq(X509_VERIFY_PARAM_set1_ip_asc(p, sc->ip), 1);
    if (sc->email)
        ck_assert_int_eq(X509_VERIFY_PARAM_set1_email(p, sc->email, 0), 1);
    if (sc->flags)
        X509_VERIFY_PARAM_set_flags(p, sc->flags);
    cblog[0] = '\0';
    override = ovr;
    int r = X509_verify_cert(c);
    STACK_OF(X509) *ch = X509_STORE_CTX_get0_chain(c);
    int n = snprintf(out, outlen, "%s=> %d %d %d %d", cblog, r, X509_STORE_CTX_get_error(c),
                     X509_STORE_CTX_get_error_depth(c), ch ? sk_X509_num(ch) : -1);
    ck_assert(n > 0 && (size_t)n < outlen); /* the whole log fits: nothing compared is cut off */
    ERR_clear_error();
    X509_STORE_CTX_free(c);
    X509_STORE_free(s);
    sk_X509_pop_free(u, X509_free);
    X509_free(leaf);
}

START_TEST(test_verify_scenarios)
{
    char got[4096];
    const struct scenario *sc = &scenarios[_i / 2];
    run_scenario(sc, _i % 2, got, sizeof(got));
    ck_assert_msg(strcmp(got, sc->expect[_i % 2]) == 0, "scenario %d (%s, override %d):\n got  %s\n want %s",
                  _i / 2, sc->leaf, _i % 2, got, sc->expect[_i % 2]);
}
END_TEST

START_TEST(test_ex_data_and_accessors)
{
    X509_STORE *s = X509_STORE_new();
    X509 *root = load_cert("root.pem"), *leaf = load_cert("leaf.pem"), *inter = load_cert("inter.pem");
    ck_assert_int_eq(X509_STORE_add_cert(s, root), 1);
    ck_assert_int_eq(X509_STORE_add_cert(s, root), 1); /* duplicates are fine in 3.0 */
    ck_assert_int_eq(sk_X509_OBJECT_num(X509_STORE_get0_objects(s)), 1);
    STACK_OF(X509) *u = sk_X509_new_null();
    sk_X509_push(u, inter);
    X509_STORE_CTX *c = X509_STORE_CTX_new();
    ck_assert_int_eq(X509_STORE_CTX_init(c, s, leaf, u), 1);
    int idx = X509_STORE_CTX_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    ck_assert_int_ge(idx, 0);
    ck_assert_int_eq(X509_STORE_CTX_set_ex_data(c, idx, (void *)"hello"), 1);
    ck_assert_str_eq(X509_STORE_CTX_get_ex_data(c, idx), "hello");
    ck_assert_ptr_eq(X509_STORE_CTX_get0_cert(c), leaf);
    ck_assert_ptr_eq(X509_STORE_CTX_get0_untrusted(c), u);
    ck_assert_ptr_null(X509_STORE_CTX_get0_chain(c));
    ck_assert_int_eq(X509_STORE_CTX_get_error(c), X509_V_OK);
    ck_assert_int_eq(X509_STORE_CTX_set_default(c, "ssl_server"), 1);
    ck_assert_int_eq(X509_VERIFY_PARAM_get_depth(X509_STORE_CTX_get0_param(c)), 100);
    ck_assert_int_eq(X509_verify_cert(c), 1);
    STACK_OF(X509) *chain = X509_STORE_CTX_get1_chain(c);
    ck_assert_int_eq(sk_X509_num(chain), 3);
    ck_assert_int_eq(X509_cmp(sk_X509_value(chain, 0), leaf), 0);
    ck_assert_int_eq(X509_cmp(sk_X509_value(chain, 2), root), 0);
    sk_X509_pop_free(chain, X509_free);
    X509_STORE_CTX_set_error(c, X509_V_ERR_APPLICATION_VERIFICATION);
    ck_assert_int_eq(X509_STORE_CTX_get_error(c), X509_V_ERR_APPLICATION_VERIFICATION);
    X509_STORE_CTX_set_error_depth(c, 5);
    ck_assert_int_eq(X509_STORE_CTX_get_error_depth(c), 5);
    X509_STORE_CTX_cleanup(c);
    /* client purpose on a serverAuth-only leaf */
    ck_assert_int_eq(X509_STORE_CTX_init(c, s, leaf, u), 1);
    X509_STORE_CTX_set_default(c, "ssl_client");
    ck_assert_int_eq(X509_verify_cert(c), 0);
    ck_assert_int_eq(X509_STORE_CTX_get_error(c), X509_V_ERR_INVALID_PURPOSE);
    ck_assert_int_eq(X509_STORE_CTX_get_error_depth(c), 0);
    X509_STORE_CTX_free(c);
    sk_X509_pop_free(u, X509_free);
    X509_free(root);
    X509_free(leaf);
    X509_STORE_free(s);
}
END_TEST

START_TEST(test_store_loading)
{
    X509_STORE *s = X509_STORE_new();
    ck_assert_int_eq(X509_STORE_load_locations(s, cpath("ca-bundle.pem"), NULL), 1);
    ck_assert_int_eq(sk_X509_OBJECT_num(X509_STORE_get0_objects(s)), 2);
    ERR_clear_error();
    ck_assert_int_eq(X509_STORE_load_locations(s, cpath("missing.pem"), NULL), 0);
    ck_assert_int_ne(ERR_peek_error(), 0);
    ERR_clear_error();
    ck_assert_int_eq(X509_STORE_load_locations(s, cpath("leaf.key"), NULL), 0);
    ERR_clear_error();
    ck_assert_int_eq(X509_STORE_load_locations(s, NULL, NULL), 0);
    ck_assert_int_eq(X509_STORE_load_file(s, cpath("chain.pem")), 1);
    ck_assert_int_eq(sk_X509_OBJECT_num(X509_STORE_get0_objects(s)), 3);
    X509_LOOKUP *l = X509_STORE_add_lookup(s, X509_LOOKUP_file());
    ck_assert_ptr_nonnull(l);
    ck_assert_int_eq(X509_LOOKUP_load_file(l, cpath("root.pem"), X509_FILETYPE_PEM), 1);
    ck_assert_int_eq(X509_STORE_set_default_paths(s), 1);
    ck_assert_int_eq(ERR_peek_error(), 0);
    X509_STORE_set_flags(s, X509_V_FLAG_PARTIAL_CHAIN);
    ck_assert_uint_eq(X509_VERIFY_PARAM_get_flags(X509_STORE_get0_param(s)) & X509_V_FLAG_PARTIAL_CHAIN,
                      X509_V_FLAG_PARTIAL_CHAIN);
    X509_STORE_set_depth(s, 3);
    ck_assert_int_eq(X509_VERIFY_PARAM_get_depth(X509_STORE_get0_param(s)), 3);
    ck_assert_int_eq(X509_STORE_up_ref(s), 1);
    X509_STORE_free(s);
    X509_STORE_free(s);
}
END_TEST

/* hashed directory lookup: c_rehash-style <hash>.0 links */
START_TEST(test_store_hashed_dir)
{
    char cmd[1024];
    snprintf(cmd, sizeof(cmd), "mkdir -p %s/hashdir && cd %s/hashdir && cp ../root.pem \"$(openssl x509 -hash -noout -in ../root.pem).0\"",
             certdir, certdir);
    ck_assert_int_eq(system(cmd), 0);
    X509_STORE *s = X509_STORE_new();
    ck_assert_int_eq(X509_STORE_load_locations(s, NULL, cpath("hashdir")), 1);
    X509 *leaf = load_cert("leaf.pem"), *inter = load_cert("inter.pem");
    STACK_OF(X509) *u = sk_X509_new_null();
    sk_X509_push(u, inter);
    X509_STORE_CTX *c = X509_STORE_CTX_new();
    X509_STORE_CTX_init(c, s, leaf, u);
    ck_assert_int_eq(X509_verify_cert(c), 1);
    X509_STORE_CTX_free(c);
    sk_X509_pop_free(u, X509_free);
    X509_free(leaf);
    X509_STORE_free(s);
}
END_TEST

START_TEST(test_store_verify_cb)
{
    X509_STORE *s = X509_STORE_new();
    X509_STORE_set_verify_cb(s, log_cb);
    X509 *leaf = load_cert("selfsigned.pem");
    X509_STORE_CTX *c = X509_STORE_CTX_new();
    X509_STORE_CTX_init(c, s, leaf, NULL);
    cblog[0] = '\0';
    override = 0;
    ck_assert_int_eq(X509_verify_cert(c), 0);
    ck_assert_str_eq(cblog, "cb 0 18 0 localhost 1|");
    X509_STORE_CTX_free(c);
    X509_free(leaf);
    X509_STORE_free(s);
}
END_TEST

START_TEST(test_param)
{
    X509_VERIFY_PARAM *p = X509_VERIFY_PARAM_new(), *q = X509_VERIFY_PARAM_new();
    ck_assert_int_eq(X509_VERIFY_PARAM_get_depth(p), -1);
    ck_assert_int_eq(X509_VERIFY_PARAM_set1_host(p, "a.example", 0), 1);
    ck_assert_int_eq(X509_VERIFY_PARAM_add1_host(p, "b.example", 0), 1);
    ck_assert_str_eq(X509_VERIFY_PARAM_get0_host(p, 1), "b.example");
    ck_assert_int_eq(X509_VERIFY_PARAM_set1_host(p, "c.example", 0), 1);
    ck_assert_ptr_null(X509_VERIFY_PARAM_get0_host(p, 1));
    ck_assert_int_eq(X509_VERIFY_PARAM_set1_ip_asc(p, "not an ip"), 0);
    ck_assert_int_eq(X509_VERIFY_PARAM_set1_ip_asc(p, "::1"), 1);
    X509_VERIFY_PARAM_set_hostflags(p, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    ck_assert_uint_eq(X509_VERIFY_PARAM_get_hostflags(p), X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    X509_VERIFY_PARAM_set_flags(p, X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_CHECK_SS_SIGNATURE);
    X509_VERIFY_PARAM_clear_flags(p, X509_V_FLAG_CHECK_SS_SIGNATURE);
    ck_assert_uint_eq(X509_VERIFY_PARAM_get_flags(p), X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_depth(p, 4);
    ck_assert_int_eq(X509_VERIFY_PARAM_set_purpose(p, X509_PURPOSE_SSL_CLIENT), 1);
    ck_assert_int_eq(X509_VERIFY_PARAM_set1(q, p), 1);
    ck_assert_int_eq(X509_VERIFY_PARAM_get_depth(q), 4);
    ck_assert_str_eq(X509_VERIFY_PARAM_get0_host(q, 0), "c.example");
    ck_assert_uint_eq(X509_VERIFY_PARAM_get_flags(q), X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_depth(q, 7);
    ck_assert_int_eq(X509_VERIFY_PARAM_inherit(q, p), 1);
    ck_assert_int_eq(X509_VERIFY_PARAM_get_depth(q), 7); /* set fields are kept */
    X509_VERIFY_PARAM_set_time(q, 0);
    ck_assert(X509_VERIFY_PARAM_get_flags(q) & X509_V_FLAG_USE_CHECK_TIME);
    ck_assert_ptr_nonnull(X509_VERIFY_PARAM_lookup("ssl_server"));
    ck_assert_ptr_null(X509_VERIFY_PARAM_lookup("nonesuch"));
    X509_VERIFY_PARAM_free(p);
    X509_VERIFY_PARAM_free(q);
}
END_TEST

START_TEST(test_error_strings)
{
    ck_assert_str_eq(X509_verify_cert_error_string(X509_V_OK), "ok");
    ck_assert_str_eq(X509_verify_cert_error_string(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT),
                     "self-signed certificate");
    ck_assert_str_eq(X509_verify_cert_error_string(X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN),
                     "self-signed certificate in certificate chain");
    ck_assert_str_eq(X509_verify_cert_error_string(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY),
                     "unable to get local issuer certificate");
    ck_assert_str_eq(X509_verify_cert_error_string(X509_V_ERR_CERT_HAS_EXPIRED), "certificate has expired");
    ck_assert_str_eq(X509_verify_cert_error_string(X509_V_ERR_HOSTNAME_MISMATCH), "hostname mismatch");
    ck_assert_str_eq(X509_verify_cert_error_string(X509_V_ERR_CERT_CHAIN_TOO_LONG),
                     "certificate chain too long");
    ck_assert_str_eq(X509_verify_cert_error_string(X509_V_ERR_CERT_SIGNATURE_FAILURE),
                     "certificate signature failure");
    ck_assert_str_eq(X509_verify_cert_error_string(12345), "unknown certificate verification error");
    static const char *const all[] = {
        "ok",
        "unspecified certificate verification error",
        "unable to get issuer certificate",
        "unable to get certificate CRL",
        "unable to decrypt certificate's signature",
        "unable to decrypt CRL's signature",
        "unable to decode issuer public key",
        "certificate signature failure",
        "CRL signature failure",
        "certificate is not yet valid",
        "certificate has expired",
        "CRL is not yet valid",
        "CRL has expired",
        "format error in certificate's notBefore field",
        "format error in certificate's notAfter field",
        "format error in CRL's lastUpdate field",
        "format error in CRL's nextUpdate field",
        "out of memory",
        "self-signed certificate",
        "self-signed certificate in certificate chain",
        "unable to get local issuer certificate",
        "unable to verify the first certificate",
        "certificate chain too long",
        "certificate revoked",
        "issuer certificate doesn't have a public key",
        "path length constraint exceeded",
        "unsuitable certificate purpose",
        "certificate not trusted",
        "certificate rejected",
        "subject issuer mismatch",
        "authority and subject key identifier mismatch",
        "authority and issuer serial number mismatch",
        "key usage does not include certificate signing",
        "unable to get CRL issuer certificate",
        "unhandled critical extension",
        "key usage does not include CRL signing",
        "unhandled critical CRL extension",
        "invalid non-CA certificate (has CA markings)",
        "proxy path length constraint exceeded",
        "key usage does not include digital signature",
        "proxy certificates not allowed, please set the appropriate flag",
        "invalid or inconsistent certificate extension",
        "invalid or inconsistent certificate policy extension",
        "no explicit policy",
        "different CRL scope",
        "unsupported extension feature",
        "RFC 3779 resource not subset of parent's resources",
        "permitted subtree violation",
        "excluded subtree violation",
        "name constraints minimum and maximum not supported",
        "application verification failure",
        "unsupported name constraint type",
        "unsupported or invalid name constraint syntax",
        "unsupported or invalid name syntax",
        "CRL path validation error",
        "path loop",
        "Suite B: certificate version invalid",
        "Suite B: invalid public key algorithm",
        "Suite B: invalid ECC curve",
        "Suite B: invalid signature algorithm",
        "Suite B: curve not allowed for this LOS",
        "Suite B: cannot sign P-384 with P-256",
        "hostname mismatch",
        "email address mismatch",
        "IP address mismatch",
        "no matching DANE TLSA records",
        "EE certificate key too weak",
        "CA certificate key too weak",
        "CA signature digest algorithm too weak",
        "invalid certificate verification context",
        "issuer certificate lookup error",
        "Certificate Transparency required, but no valid SCTs found",
        "proxy subject name violation",
        "OCSP verification needed",
        "OCSP verification failed",
        "OCSP unknown cert",
        "Cannot find certificate signature algorithm",
        "subject signature algorithm and issuer public key algorithm mismatch",
        "cert info signature and signature algorithm mismatch",
        "invalid CA certificate",
        "Path length invalid for non-CA cert",
        "Path length given without key usage keyCertSign",
        "Key usage keyCertSign invalid for non-CA cert",
        "Issuer name empty",
        "Subject name empty",
        "Missing Authority Key Identifier",
        "Missing Subject Key Identifier",
        "Empty Subject Alternative Name extension",
        "Subject empty and Subject Alt Name extension not critical",
        "Basic Constraints of CA cert not marked critical",
        "Authority Key Identifier marked critical",
        "Subject Key Identifier marked critical",
        "CA cert does not include key usage extension",
        "Using cert extension requires at least X509v3",
        "Certificate public key has explicit ECC parameters",
    };
    for (int i = 0; i < (int)(sizeof(all) / sizeof(all[0])); i++)
        ck_assert_str_eq(X509_verify_cert_error_string(i), all[i]);
}
END_TEST

int main(void)
{
    make_certs();
    Suite *s = suite_create("x509_vfy");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_verify_scenarios, 0, (int)(2 * sizeof(scenarios) / sizeof(scenarios[0])));
    tcase_add_test(tc, test_ex_data_and_accessors);
    tcase_add_test(tc, test_store_loading);
    tcase_add_test(tc, test_store_hashed_dir);
    tcase_add_test(tc, test_store_verify_cb);
    tcase_add_test(tc, test_param);
    tcase_add_test(tc, test_error_strings);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    remove_certs();
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
