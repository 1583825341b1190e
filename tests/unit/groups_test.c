/*
 * groups.c against the real OpenSSL 3.0 (dlopen()ed libssl.so.3): SSL_CTX_set1_groups_list results and
 * the resulting group order, and the default groups and cipher suites a real client puts in its
 * ClientHello (captured through memory BIOs), restricted to what we support. Without a real libssl.so.3
 * the differential tests print SKIP and pass.
 */
#include <check.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/obj_mac.h>
#include <openssl/ssl.h>

#include "ssl/cipher.h"

static struct {
    void *h;
    const SSL_METHOD *(*TLS_method)(void);
    SSL_CTX *(*SSL_CTX_new)(const SSL_METHOD *);
    void (*SSL_CTX_free)(SSL_CTX *);
    SSL *(*SSL_new)(SSL_CTX *);
    void (*SSL_free)(SSL *);
    long (*SSL_CTX_ctrl)(SSL_CTX *, int, long, void *);
    void (*SSL_set_bio)(SSL *, BIO *, BIO *);
    void (*SSL_set_connect_state)(SSL *);
    int (*SSL_do_handshake)(SSL *);
    const BIO_METHOD *(*BIO_s_mem)(void);
    BIO *(*BIO_new)(const BIO_METHOD *);
    int (*BIO_read)(BIO *, void *, int);
    unsigned long (*ERR_peek_last_error)(void);
    void (*ERR_clear_error)(void);
} R;

static int real_load(void)
{
    /* absolute paths: a test run may put our own libssl.so.3 first on the library path */
    static const char *const paths[] = {"/usr/lib/x86_64-linux-gnu/libssl.so.3",
                                        "/usr/lib/aarch64-linux-gnu/libssl.so.3", "/usr/lib64/libssl.so.3",
                                        "/usr/lib/libssl.so.3", "/lib/x86_64-linux-gnu/libssl.so.3"};
    const char *env = getenv("MBS_REAL_LIBSSL");

    if (R.h != NULL)
        return 1;
    if (env != NULL)
        R.h = dlopen(env, RTLD_NOW | RTLD_LOCAL);
    for (size_t i = 0; R.h == NULL && i < sizeof(paths) / sizeof(paths[0]); i++)
        R.h = dlopen(paths[i], RTLD_NOW | RTLD_LOCAL);
    if (R.h == NULL)
        return 0;
#define LOAD(f) \
    do { \
        *(void **)&R.f = dlsym(R.h, #f); \
        if (R.f == NULL) \
            return 0; \
    } while (0)
    LOAD(TLS_method);
    LOAD(SSL_CTX_new);
    LOAD(SSL_CTX_free);
    LOAD(SSL_new);
    LOAD(SSL_free);
    LOAD(SSL_CTX_ctrl);
    LOAD(SSL_set_bio);
    LOAD(SSL_set_connect_state);
    LOAD(SSL_do_handshake);
    LOAD(BIO_s_mem);
    LOAD(BIO_new);
    LOAD(BIO_read);
    LOAD(ERR_peek_last_error);
    LOAD(ERR_clear_error);
#undef LOAD
    return 1;
}

#define NEED_REAL() \
    do { \
        if (!real_load()) { \
            fprintf(stderr, "SKIP %s: no real libssl.so.3 to compare with\n", __func__); \
            return; \
        } \
    } while (0)

static const char *const group_strings[] = {
    "X25519", "x25519", "X448", "x448", "P-256", "p-256", "prime256v1", "PRIME256V1", "secp256r1", "SECP256R1",
    "P-384", "secp384r1", "P-521", "secp521r1", "x25519:P-256", "P-256:x25519", "X25519:secp256r1:X448",
    "P-521:P-384:P-256:X448:X25519", "secp384r1:x25519", "P-256:prime256v1", "x25519:X25519", "x25519:x25519",
    "X448:x448", "x25519::P-256", " x25519 : P-256 ", "\tx25519", "", ":", "x25519:", ":x25519", "x25519,P-256",
    "x25519;P-256", "x25519 P-256", "x25519:bogus", "bogus", "P-256:x25519:ffdhe2048", "ffdhe2048:x25519",
    "ffdhe2048:ffdhe2048:x25519", "FFDHE2048:x25519", "ffdhe3072:ffdhe4096:ffdhe6144:ffdhe8192:P-384",
    "brainpoolP256r1:P-256", "brainpoolP256r1tls13:P-256", "secp256k1:X448", "secp224r1:P-224", "P-192:prime192v1",
    "K-163:sect163k1:x25519", "B-163:sect163r1:x25519", "secp192r1:P-256", "ffdhe2048", "secp224r1", "ED25519",
    "x25519:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "x25519:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
};

/* Reads a real client's first flight and returns the ClientHello's cipher suites and groups. */
static void real_client_hello(SSL_CTX *ctx, uint16_t *suites, size_t *ns, uint16_t *groups, size_t *ng)
{
    SSL *ssl = R.SSL_new(ctx);
    BIO *rb = R.BIO_new(R.BIO_s_mem()), *wb = R.BIO_new(R.BIO_s_mem());
    static unsigned char buf[16384];
    int len;
    size_t p, end;

    R.SSL_set_bio(ssl, rb, wb);
    R.SSL_set_connect_state(ssl);
    ck_assert_int_le(R.SSL_do_handshake(ssl), 0);
    len = R.BIO_read(wb, buf, sizeof(buf));
    *ns = *ng = 0;
    if (len < 50 || buf[0] != 22 || buf[5] != 1) {
        /* no ClientHello (e.g. only ffdhe2048 configured: the client gives up) */
        R.SSL_free(ssl);
        return;
    }
    p = 5 + 4 + 2 + 32;
    p += 1 + buf[p]; /* session id */
    size_t cl = (size_t)(buf[p] << 8 | buf[p + 1]);
    p += 2;
    for (size_t i = 0; i < cl; i += 2)
        suites[(*ns)++] = (uint16_t)(buf[p + i] << 8 | buf[p + i + 1]);
    p += cl;
    p += 1 + buf[p]; /* compression */
    end = p + 2 + (size_t)(buf[p] << 8 | buf[p + 1]);
    p += 2;
    while (p + 4 <= end) {
        unsigned type = buf[p] << 8 | buf[p + 1], elen = buf[p + 2] << 8 | buf[p + 3];
        if (type == 10) /* supported_groups */
            for (unsigned i = 2; i < elen; i += 2)
                groups[(*ng)++] = (uint16_t)(buf[p + 4 + i] << 8 | buf[p + 5 + i]);
        p += 4 + elen;
    }
    R.SSL_free(ssl);
}

START_TEST(groups_match_real)
{
    NEED_REAL();
    const char *s = group_strings[_i];
    SSL_CTX *ctx = R.SSL_CTX_new(R.TLS_method());
    mbs_id_list ol = {NULL, 0};
    char bad[64];

    ck_assert_ptr_nonnull(ctx);
    R.ERR_clear_error();
    long rr = R.SSL_CTX_ctrl(ctx, SSL_CTRL_SET_GROUPS_LIST, 0, (void *)s);
    unsigned long rerr = R.ERR_peek_last_error();
    int or = mbs_groups_parse_ex(s, &ol, bad, sizeof(bad));

    if (rr != 1) {
        ck_assert_msg(or == 0, "'%s': real fails, ours succeeds", s);
        ck_assert_msg((rerr != 0) == (bad[0] != '\0'), "'%s': real error %lx, ours names '%s'", s, rerr, bad);
    } else {
        /* the configured order is what a client then offers */
        uint16_t suites[256], groups[64], want[64];
        size_t ns, ng, nw = 0;
        real_client_hello(ctx, suites, &ns, groups, &ng);
        for (size_t i = 0; i < ng; i++)
            if (mbs_group_nid(groups[i]) != NID_undef)
                want[nw++] = groups[i];
        if (nw == 0) {
            ck_assert_msg(or == 0 && bad[0] == '\0', "'%s': only groups we lack: ours must fail quietly", s);
        } else {
            ck_assert_msg(or == 1, "'%s': real accepts, ours fails", s);
            ck_assert_msg(ol.n == nw && memcmp(ol.ids, want, nw * sizeof(want[0])) == 0, "'%s': order differs", s);
        }
    }
    mbs_id_list_free(&ol);
    R.SSL_CTX_free(ctx);
}
END_TEST

START_TEST(defaults_match_real_client_hello)
{
    NEED_REAL();
    uint16_t suites[256], groups[64], want[256];
    size_t ns, ng, nw = 0;
    mbs_id_list l13 = {NULL, 0}, l12 = {NULL, 0}, g = {NULL, 0};

    SSL_CTX *ctx = R.SSL_CTX_new(R.TLS_method());
    real_client_hello(ctx, suites, &ns, groups, &ng);
    R.SSL_CTX_free(ctx);

    /* groups */
    for (size_t i = 0; i < ng; i++)
        if (mbs_group_nid(groups[i]) != NID_undef)
            want[nw++] = groups[i];
    ck_assert_int_eq(mbs_groups_default(&g), 1);
    ck_assert_uint_eq(g.n, nw);
    ck_assert_int_eq(memcmp(g.ids, want, nw * sizeof(want[0])), 0);

    /* cipher suites: TLS 1.3 defaults then TLS 1.2 DEFAULT, both in OpenSSL's order */
    nw = 0;
    for (size_t i = 0; i < ns; i++)
        if (mbs_cipher_by_iana(suites[i]) != NULL)
            want[nw++] = suites[i];
    ck_assert_int_eq(mbs_cipher_default_tls13(&l13), 1);
    ck_assert_int_eq(mbs_cipher_default_tls12(&l12), 1);
    ck_assert_uint_eq(l13.n + l12.n, nw);
    ck_assert_int_eq(memcmp(l13.ids, want, l13.n * sizeof(want[0])), 0);
    ck_assert_int_eq(memcmp(l12.ids, want + l13.n, l12.n * sizeof(want[0])), 0);
    mbs_id_list_free(&l13);
    mbs_id_list_free(&l12);
    mbs_id_list_free(&g);
}
END_TEST

START_TEST(group_ids_nids_names)
{
    static const struct {
        uint16_t id;
        int nid;
        const char *name;
    } v[] = {{29, NID_X25519, "X25519"},
             {23, NID_X9_62_prime256v1, "prime256v1"},
             {24, NID_secp384r1, "secp384r1"},
             {25, NID_secp521r1, "secp521r1"},
             {30, NID_X448, "X448"}};
    for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
        ck_assert_int_eq(mbs_group_nid(v[i].id), v[i].nid);
        ck_assert_str_eq(mbs_group_name(v[i].id), v[i].name);
        ck_assert_uint_eq(mbs_group_from_nid(v[i].nid), v[i].id);
    }
    ck_assert_int_eq(mbs_group_nid(256), NID_undef);
    ck_assert_ptr_null(mbs_group_name(0));
    ck_assert_uint_eq(mbs_group_from_nid(NID_undef), 0);
}
END_TEST

START_TEST(groups_parse_details)
{
    mbs_id_list l = {NULL, 0};
    char bad[8];

    ck_assert_int_eq(mbs_groups_parse("P-384:x25519", &l), 1);
    ck_assert_uint_eq(l.n, 2);
    ck_assert_uint_eq(l.ids[0], 24);
    ck_assert_uint_eq(l.ids[1], 29);
    /* failures leave the list alone; an unknown name is reported (truncated to the buffer) */
    ck_assert_int_eq(mbs_groups_parse_ex("x25519:bogus-group", &l, bad, sizeof(bad)), 0);
    ck_assert_str_eq(bad, "bogus-g");
    ck_assert_uint_eq(l.n, 2);
    ck_assert_int_eq(mbs_groups_parse_ex("x25519:x25519", &l, bad, sizeof(bad)), 0);
    ck_assert_str_eq(bad, "");
    ck_assert_int_eq(mbs_groups_parse_ex("ffdhe2048", &l, bad, sizeof(bad)), 0);
    ck_assert_str_eq(bad, "");
    ck_assert_int_eq(mbs_groups_parse(NULL, &l), 0);
    ck_assert_int_eq(mbs_groups_parse("x25519", NULL), 0);
    mbs_id_list_free(&l);
}
END_TEST

static Suite *groups_suite(void)
{
    Suite *s = suite_create("groups");
    TCase *t = tcase_create("groups");
    tcase_add_loop_test(t, groups_match_real, 0, (int)(sizeof(group_strings) / sizeof(group_strings[0])));
    tcase_add_test(t, defaults_match_real_client_hello);
    tcase_add_test(t, group_ids_nids_names);
    tcase_add_test(t, groups_parse_details);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(groups_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
