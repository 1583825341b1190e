/*
 * cipher.c against the real OpenSSL 3.0: the system's libssl.so.3 is dlopen()ed at test time and asked the
 * same questions (SSL_CIPHER accessors, SSL_CTX_set_cipher_list / set_ciphersuites results restricted to
 * our table), so nothing expected here is hard-coded. Without a real libssl.so.3 the differential tests
 * print SKIP and pass; the self-contained checks still run.
 */
#include <check.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/ssl.h>

#include "ssl/cipher.h"

/* ---- the real library, reached only through dlsym (its stacks and errors are its own) ---- */

static struct {
    void *h;
    const SSL_METHOD *(*TLS_method)(void);
    SSL_CTX *(*SSL_CTX_new)(const SSL_METHOD *);
    void (*SSL_CTX_free)(SSL_CTX *);
    SSL *(*SSL_new)(SSL_CTX *);
    void (*SSL_free)(SSL *);
    long (*SSL_CTX_ctrl)(SSL_CTX *, int, long, void *);
    int (*SSL_CTX_set_cipher_list)(SSL_CTX *, const char *);
    int (*SSL_CTX_set_ciphersuites)(SSL_CTX *, const char *);
    void *(*SSL_CTX_get_ciphers)(const SSL_CTX *);
    void *(*SSL_get1_supported_ciphers)(SSL *);
    int (*SSL_CTX_get_security_level)(const SSL_CTX *);
    void (*SSL_CTX_set_security_level)(SSL_CTX *, int);
    const SSL_CIPHER *(*SSL_CIPHER_find)(SSL *, const unsigned char *);
    const char *(*SSL_CIPHER_get_name)(const SSL_CIPHER *);
    const char *(*SSL_CIPHER_standard_name)(const SSL_CIPHER *);
    const char *(*OPENSSL_cipher_name)(const char *);
    int (*SSL_CIPHER_get_bits)(const SSL_CIPHER *, int *);
    const char *(*SSL_CIPHER_get_version)(const SSL_CIPHER *);
    uint32_t (*SSL_CIPHER_get_id)(const SSL_CIPHER *);
    uint16_t (*SSL_CIPHER_get_protocol_id)(const SSL_CIPHER *);
    char *(*SSL_CIPHER_description)(const SSL_CIPHER *, char *, int);
    int (*SSL_CIPHER_get_cipher_nid)(const SSL_CIPHER *);
    int (*SSL_CIPHER_get_digest_nid)(const SSL_CIPHER *);
    int (*SSL_CIPHER_get_kx_nid)(const SSL_CIPHER *);
    int (*SSL_CIPHER_get_auth_nid)(const SSL_CIPHER *);
    const EVP_MD *(*SSL_CIPHER_get_handshake_digest)(const SSL_CIPHER *);
    int (*SSL_CIPHER_is_aead)(const SSL_CIPHER *);
    const char *(*EVP_MD_get0_name)(const EVP_MD *);
    int (*OPENSSL_sk_num)(const void *);
    void *(*OPENSSL_sk_value)(const void *, int);
    void (*OPENSSL_sk_free)(void *);
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
    LOAD(SSL_CTX_set_cipher_list);
    LOAD(SSL_CTX_set_ciphersuites);
    LOAD(SSL_CTX_get_ciphers);
    LOAD(SSL_get1_supported_ciphers);
    LOAD(SSL_CTX_get_security_level);
    LOAD(SSL_CTX_set_security_level);
    LOAD(SSL_CIPHER_find);
    LOAD(SSL_CIPHER_get_name);
    LOAD(SSL_CIPHER_standard_name);
    LOAD(OPENSSL_cipher_name);
    LOAD(SSL_CIPHER_get_bits);
    LOAD(SSL_CIPHER_get_version);
    LOAD(SSL_CIPHER_get_id);
    LOAD(SSL_CIPHER_get_protocol_id);
    LOAD(SSL_CIPHER_description);
    LOAD(SSL_CIPHER_get_cipher_nid);
    LOAD(SSL_CIPHER_get_digest_nid);
    LOAD(SSL_CIPHER_get_kx_nid);
    LOAD(SSL_CIPHER_get_auth_nid);
    LOAD(SSL_CIPHER_get_handshake_digest);
    LOAD(SSL_CIPHER_is_aead);
    LOAD(EVP_MD_get0_name);
    LOAD(OPENSSL_sk_num);
    LOAD(OPENSSL_sk_value);
    LOAD(OPENSSL_sk_free);
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

static SSL_CTX *real_ctx(void)
{
    SSL_CTX *ctx = R.SSL_CTX_new(R.TLS_method());
    ck_assert_ptr_nonnull(ctx);
    return ctx;
}

/* Every IANA id in our table (by probing the whole 2-byte space once). */
static size_t our_ids(uint16_t *ids, size_t max)
{
    size_t n = 0;
    for (unsigned v = 0; v <= 0xffff; v++)
        if (mbs_cipher_by_iana((uint16_t)v) != NULL && n < max)
            ids[n++] = (uint16_t)v;
    return n;
}

/* The real list restricted to TLS <= 1.2 suites of our table, as ids. */
static size_t real_list_ours(void *sk, uint16_t *ids, size_t max)
{
    size_t n = 0;
    int num = R.OPENSSL_sk_num(sk);
    for (int i = 0; i < num; i++) {
        const SSL_CIPHER *c = R.OPENSSL_sk_value(sk, i);
        uint16_t id = R.SSL_CIPHER_get_protocol_id(c);
        const SSL_CIPHER *ours = mbs_cipher_by_iana(id);
        if (ours != NULL && !mbs_cipher_is_tls13(ours) && strcmp(R.SSL_CIPHER_get_version(c), "TLSv1.3") != 0 &&
            n < max)
            ids[n++] = id;
    }
    return n;
}

static void format_ids(char *buf, size_t len, const uint16_t *ids, size_t n)
{
    size_t off = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && off + 40 < len; i++)
        off += (size_t)snprintf(buf + off, len - off, "%s%s", i ? ":" : "",
                                SSL_CIPHER_get_name(mbs_cipher_by_iana(ids[i])));
}

/* ---- table and accessors ---- */

/* Our table is exactly the real OpenSSL suites with a key exchange, authentication and cipher Mbed TLS
 * does for us (ECDHE/DHE/RSA, RSA/ECDSA, AES-GCM/CCM/CBC, ChaCha20-Poly1305). */
START_TEST(table_matches_real_selection)
{
    NEED_REAL();
    SSL_CTX *ctx = real_ctx();
    ck_assert_int_eq(R.SSL_CTX_set_cipher_list(ctx, "ALL:COMPLEMENTOFALL"), 1);
    ck_assert_int_eq(R.SSL_CTX_set_ciphersuites(ctx, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:"
                                                     "TLS_AES_128_GCM_SHA256:TLS_AES_128_CCM_SHA256:"
                                                     "TLS_AES_128_CCM_8_SHA256"),
                     1);
    void *sk = R.SSL_CTX_get_ciphers(ctx);
    int num = R.OPENSSL_sk_num(sk), want = 0;
    for (int i = 0; i < num; i++) {
        const SSL_CIPHER *c = R.OPENSSL_sk_value(sk, i);
        int kx = R.SSL_CIPHER_get_kx_nid(c), au = R.SSL_CIPHER_get_auth_nid(c), en = R.SSL_CIPHER_get_cipher_nid(c);
        int sel = (kx == NID_kx_ecdhe || kx == NID_kx_dhe || kx == NID_kx_rsa || kx == NID_kx_any) &&
                  (au == NID_auth_rsa || au == NID_auth_ecdsa || au == NID_auth_any) &&
                  (en == NID_aes_128_gcm || en == NID_aes_256_gcm || en == NID_aes_128_ccm || en == NID_aes_256_ccm ||
                   en == NID_aes_128_cbc || en == NID_aes_256_cbc || en == NID_chacha20_poly1305);
        const SSL_CIPHER *ours = mbs_cipher_by_iana(R.SSL_CIPHER_get_protocol_id(c));
        ck_assert_msg((ours != NULL) == sel, "%s: in our table %d, selected %d", R.SSL_CIPHER_get_name(c),
                      ours != NULL, sel);
        want += sel;
    }
    uint16_t ids[256];
    ck_assert_int_eq((int)our_ids(ids, 256), want);
    R.SSL_CTX_free(ctx);
}
END_TEST

static void compare_accessors(SSL *rs, uint16_t id)
{
    unsigned char b[2] = {(unsigned char)(id >> 8), (unsigned char)id};
    const SSL_CIPHER *r = R.SSL_CIPHER_find(rs, b);
    const SSL_CIPHER *o = SSL_CIPHER_find(NULL, b);
    char rb[256], ob[256];
    int rab = -1, oab = -2;

    ck_assert_msg(r != NULL && o != NULL, "0x%04x: real %p ours %p", id, (void *)r, (void *)o);
    ck_assert_str_eq(SSL_CIPHER_get_name(o), R.SSL_CIPHER_get_name(r));
    ck_assert_str_eq(SSL_CIPHER_standard_name(o), R.SSL_CIPHER_standard_name(r));
    ck_assert_str_eq(OPENSSL_cipher_name(SSL_CIPHER_standard_name(o)),
                     R.OPENSSL_cipher_name(R.SSL_CIPHER_standard_name(r)));
    ck_assert_str_eq(SSL_CIPHER_get_version(o), R.SSL_CIPHER_get_version(r));
    ck_assert_int_eq(SSL_CIPHER_get_bits(o, &oab), R.SSL_CIPHER_get_bits(r, &rab));
    ck_assert_int_eq(oab, rab);
    ck_assert_uint_eq(SSL_CIPHER_get_id(o), R.SSL_CIPHER_get_id(r));
    ck_assert_uint_eq(SSL_CIPHER_get_protocol_id(o), R.SSL_CIPHER_get_protocol_id(r));
    ck_assert_int_eq(SSL_CIPHER_get_cipher_nid(o), R.SSL_CIPHER_get_cipher_nid(r));
    ck_assert_int_eq(SSL_CIPHER_get_digest_nid(o), R.SSL_CIPHER_get_digest_nid(r));
    ck_assert_int_eq(SSL_CIPHER_get_kx_nid(o), R.SSL_CIPHER_get_kx_nid(r));
    ck_assert_int_eq(SSL_CIPHER_get_auth_nid(o), R.SSL_CIPHER_get_auth_nid(r));
    ck_assert_int_eq(SSL_CIPHER_is_aead(o), R.SSL_CIPHER_is_aead(r));
    ck_assert_ptr_nonnull(R.SSL_CIPHER_description(r, rb, sizeof(rb)));
    ck_assert_ptr_eq(SSL_CIPHER_description(o, ob, sizeof(ob)), ob);
    ck_assert_str_eq(ob, rb);
    ck_assert_ptr_null(SSL_CIPHER_description(o, ob, 127));
    char *m = SSL_CIPHER_description(o, NULL, 0);
    ck_assert_ptr_nonnull(m);
    ck_assert_str_eq(m, rb);
    OPENSSL_free(m);

    /* handshake digest: same algorithm (each side's own EVP_MD object) */
    const EVP_MD *rmd = R.SSL_CIPHER_get_handshake_digest(r), *omd = SSL_CIPHER_get_handshake_digest(o);
    const char *rname = rmd != NULL ? R.EVP_MD_get0_name(rmd) : "";
    const EVP_MD *want = strcmp(rname, "SHA256") == 0   ? EVP_sha256()
                         : strcmp(rname, "SHA384") == 0 ? EVP_sha384()
                         : strcmp(rname, "MD5-SHA1") == 0 ? EVP_md5_sha1()
                         : strcmp(rname, "MD5") == 0    ? EVP_md5()
                                                        : NULL;
    ck_assert_msg(want != NULL || rmd == NULL, "0x%04x: unexpected real digest %s", id, rname);
    ck_assert_msg(omd == want, "0x%04x: handshake digest differs from real %s", id, rname);
}

START_TEST(accessors_match_real)
{
    NEED_REAL();
    SSL_CTX *ctx = real_ctx();
    SSL *s = R.SSL_new(ctx);
    uint16_t ids[256];
    size_t n = our_ids(ids, 256);

    ck_assert_uint_ge(n, 44);
    for (size_t i = 0; i < n; i++)
        compare_accessors(s, ids[i]);
    compare_accessors(s, 0x00FF); /* the SCSVs */
    compare_accessors(s, 0x5600);
    ck_assert_str_eq(OPENSSL_cipher_name("bogus"), R.OPENSSL_cipher_name("bogus"));
    ck_assert_str_eq(OPENSSL_cipher_name(NULL), R.OPENSSL_cipher_name(NULL));
    ck_assert_str_eq(OPENSSL_cipher_name("AES128-SHA"), R.OPENSSL_cipher_name("AES128-SHA"));
    R.SSL_free(s);
    R.SSL_CTX_free(ctx);
}
END_TEST

START_TEST(accessors_null_and_lookup)
{
    int ab = 7;
    ck_assert_str_eq(SSL_CIPHER_get_name(NULL), "(NONE)");
    ck_assert_str_eq(SSL_CIPHER_standard_name(NULL), "(NONE)");
    ck_assert_str_eq(SSL_CIPHER_get_version(NULL), "(NONE)");
    ck_assert_int_eq(SSL_CIPHER_get_bits(NULL, &ab), 0);
    ck_assert_int_eq(ab, 7);
    ck_assert_int_eq(SSL_CIPHER_is_aead(NULL), 0);
    ck_assert_ptr_null(SSL_CIPHER_find(NULL, NULL));
    const unsigned char unknown[2] = {0xc0, 0x87};
    ck_assert_ptr_null(SSL_CIPHER_find(NULL, unknown));

    const SSL_CIPHER *c = mbs_cipher_by_iana(0xC02F);
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(SSL_CIPHER_get_name(c), "ECDHE-RSA-AES128-GCM-SHA256");
    ck_assert_uint_eq(mbs_cipher_iana(c), 0xC02F);
    ck_assert_int_eq(mbs_cipher_is_tls13(c), 0);
    ck_assert_int_eq(mbs_cipher_min_version(c), 0x0303);
    ck_assert_ptr_eq(mbs_cipher_by_name("ECDHE-RSA-AES128-GCM-SHA256"), c);
    ck_assert_ptr_eq(mbs_cipher_by_stdname("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), c);
    ck_assert_ptr_null(mbs_cipher_by_name("ecdhe-rsa-aes128-gcm-sha256"));
    ck_assert_int_eq(mbs_cipher_is_tls13(mbs_cipher_by_iana(0x1301)), 1);
    ck_assert_int_eq(mbs_cipher_max_version(mbs_cipher_by_iana(0x002F)), 0x0303);
    ck_assert_int_eq(mbs_cipher_min_version(mbs_cipher_by_iana(0x002F)), 0x0300);
}
END_TEST

START_TEST(id_list_copy_free)
{
    uint16_t v[3] = {1, 2, 3};
    mbs_id_list a = {v, 3}, b = {NULL, 0};
    ck_assert_int_eq(mbs_id_list_copy(&b, &a), 1);
    ck_assert_uint_eq(b.n, 3);
    ck_assert_uint_eq(b.ids[2], 3);
    mbs_id_list empty = {NULL, 0};
    ck_assert_int_eq(mbs_id_list_copy(&b, &empty), 1);
    ck_assert_uint_eq(b.n, 0);
    mbs_id_list_free(&b);
    mbs_id_list_free(NULL);
}
END_TEST

/* ---- cipher strings ---- */

static const char *const cipher_strings[] = {
    "DEFAULT", "ALL", "HIGH", "MEDIUM", "LOW", "COMPLEMENTOFDEFAULT", "COMPLEMENTOFALL", "ALL:COMPLEMENTOFALL",
    "HIGH:!aNULL", "HIGH:!aNULL:!MD5", "DEFAULT:!eNULL:!NULL", "aNULL", "eNULL", "NULL", "kRSA", "RSA",
    "aRSA", "kECDHE", "ECDHE", "EECDH", "kEECDH", "kDHE", "DHE", "EDH", "kEDH", "DH", "ECDH", "aECDSA", "ECDSA",
    "AES", "AES128", "AES256", "AESGCM", "AESCCM", "AESCCM8", "CHACHA20", "CAMELLIA", "ARIA", "CBC", "SHA1",
    "SHA", "SHA256", "SHA384", "MD5", "TLSv1.2", "TLSv1", "TLSv1.0", "SSLv3", "TLSv1.3", "FIPS", "PSK", "kPSK",
    "ECDHE+AESGCM", "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM", "EECDH+AESGCM:EDH+AESGCM",
    "ECDHE+AES256:ECDHE+AES128", "kECDHE+aRSA+AES128+SHA256", "AES128-SHA", "AES128-SHA:AES256-SHA",
    "AES256-SHA:AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA",
    "AES128-SHA:TLS_RSA_WITH_AES_256_CBC_SHA", "ALL:-TLS_RSA_WITH_AES_128_CBC_SHA",
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
    "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
    "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384",
    "HIGH:!DH", "ALL:!ECDHE:ECDHE", "ALL:-ECDHE:ECDHE", "ALL:-ECDHE:+ECDHE", "ALL:+ECDHE", "ALL:+kRSA:+SHA1",
    "HIGH:@STRENGTH", "ALL:+AES128:@STRENGTH", "AES128:AES256:@STRENGTH", "ALL:@STRENGTH+AES",
    "DEFAULT:@SECLEVEL=0", "DEFAULT:@SECLEVEL=3", "ALL:@SECLEVEL=4", "ALL:@SECLEVEL=5", "@SECLEVEL=2:HIGH",
    "ALL:@SECLEVEL=9", "ALL:@SECLEVEL=1x", "ALL:@SECLEVEL=", "ALL:@FOO", "ALL:@STRENGTHX", "@SECLEVEL=3:BOGUS",
    "DEFAULTRSA", "DEFAULT:RSA", "RSA:DEFAULT", "ALL:DEFAULT", " DEFAULT", "DEFAULT:!RSA:!SHA1",
    "DEFAULT:-AESCCM:AESCCM", "AES128-SHA;AES256-SHA", "AES128-SHA AES256-SHA,DHE-RSA-AES128-SHA",
    "ALL|x", "ALL:x|y", "ALL!", "ALL:_", "ALL:|", "-:ALL", "high", "aes", "bogus", "", ":", ":::ALL:::",
    "HIGH+FIPS", "FIPS+HIGH", "HIGH+AES", "AES128+AES256", "kECDHE+kDHE", "TLSv1+SSLv3", "TLSv1.2+AESGCM",
    "SSLv3+kRSA", "ECDHE-RSA-AES128-GCM-SHA256+RSA", "AES128-SHA+RSA", "AES128-SHA+AES", "AESGCM+BOGUS",
    "BOGUS+AESGCM", "AESGCM+BOGUS:AES128-SHA", "CAMELLIA+AES+|x:AES128-SHA", "!AES:ALL", "!kRSA:ALL:!SHA1",
    "ALL:!aRSA", "ALL:-aRSA:aRSA", "ALL:-SHA1:-SHA256:SHA256:SHA1", "ALL:-AES128:-SHA1:AES128",
    "ECDHE:!COMPLEMENTOFDEFAULT", "ECDHE:COMPLEMENTOFDEFAULT+ECDSA", "COMPLEMENTOFDEFAULT+AES128",
    "ALL:-ALL:AES128-SHA:ECDHE", "SUITEB128", "SUITEB128ONLY", "SUITEB128C2", "SUITEB192", "SUITEB192:AES128-SHA",
    "EDH-RSA-DES-CBC3-SHA", "3DES", "AES256-CCM8:AES256-CCM:AES128-CCM8", "DHE-RSA-CHACHA20-POLY1305:+DHE",
};

static void check_cipher_string(const char *s)
{
    SSL_CTX *ctx = real_ctx();
    uint16_t rids[128], rsup[128], osup[128];
    size_t rn, rsn, osn = 0;
    mbs_id_list ol = {NULL, 0};
    int olevel = 1, oreason = -1;
    char rbuf[4096], obuf[4096];

    R.SSL_CTX_set_security_level(ctx, 1);
    R.ERR_clear_error();
    int rr = R.SSL_CTX_set_cipher_list(ctx, s);
    unsigned long rerr = R.ERR_peek_last_error();
    int rlevel = R.SSL_CTX_get_security_level(ctx);
    int or = mbs_cipher_list_parse_ex(s, &ol, &olevel, &oreason);

    ck_assert_msg(olevel == rlevel, "'%s': seclevel ours %d real %d", s, olevel, rlevel);
    if (!rr) {
        ck_assert_msg(!or, "'%s': real fails, ours succeeds", s);
        ck_assert_msg((int)(rerr & 0x7fffff) == oreason, "'%s': reason ours %d real %lu", s, oreason,
                      rerr & 0x7fffff);
        R.SSL_CTX_free(ctx);
        return;
    }
    rn = real_list_ours(R.SSL_CTX_get_ciphers(ctx), rids, 128);
    if (rn == 0) {
        /* real OpenSSL kept only suites we lack: nothing left for us */
        ck_assert_msg(!or && oreason == SSL_R_NO_CIPHER_MATCH, "'%s': ours should fail (%d/%d)", s, or, oreason);
        R.SSL_CTX_free(ctx);
        return;
    }
    ck_assert_msg(or, "'%s': ours fails (reason %d), real gives %zu of ours", s, oreason, rn);
    format_ids(rbuf, sizeof(rbuf), rids, rn);
    format_ids(obuf, sizeof(obuf), ol.ids, ol.n);
    ck_assert_msg(ol.n == rn && memcmp(ol.ids, rids, rn * sizeof(rids[0])) == 0, "'%s':\n real %s\n ours %s", s,
                  rbuf, obuf);

    /* what the security level leaves (SSL_get1_supported_ciphers) */
    SSL *ssl = R.SSL_new(ctx);
    ck_assert_ptr_nonnull(ssl);
    void *sup = R.SSL_get1_supported_ciphers(ssl);
    rsn = sup != NULL ? real_list_ours(sup, rsup, 128) : 0;
    for (size_t i = 0; i < ol.n; i++)
        if (mbs_cipher_seclevel_ok(mbs_cipher_by_iana(ol.ids[i]), olevel))
            osup[osn++] = ol.ids[i];
    format_ids(rbuf, sizeof(rbuf), rsup, rsn);
    format_ids(obuf, sizeof(obuf), osup, osn);
    ck_assert_msg(osn == rsn && memcmp(osup, rsup, rsn * sizeof(rsup[0])) == 0,
                  "'%s' supported at level %d:\n real %s\n ours %s", s, olevel, rbuf, obuf);
    if (sup != NULL)
        R.OPENSSL_sk_free(sup);
    R.SSL_free(ssl);
    mbs_id_list_free(&ol);
    R.SSL_CTX_free(ctx);
}

START_TEST(cipher_strings_match_real)
{
    NEED_REAL();
    check_cipher_string(cipher_strings[_i]);
}
END_TEST

START_TEST(default_tls12_matches_real)
{
    NEED_REAL();
    SSL_CTX *ctx = real_ctx();
    uint16_t rids[128];
    size_t rn = real_list_ours(R.SSL_CTX_get_ciphers(ctx), rids, 128);
    mbs_id_list ol = {NULL, 0};

    ck_assert_int_eq(mbs_cipher_default_tls12(&ol), 1);
    ck_assert_uint_eq(ol.n, rn);
    ck_assert_int_eq(memcmp(ol.ids, rids, rn * sizeof(rids[0])), 0);
    mbs_id_list_free(&ol);
    R.SSL_CTX_free(ctx);
}
END_TEST

START_TEST(cipher_string_edge_cases)
{
    mbs_id_list l = {NULL, 0};
    int level = 1, reason = 0;

    ck_assert_int_eq(mbs_cipher_list_parse(NULL, &l, &level), 0);
    ck_assert_int_eq(mbs_cipher_list_parse("ALL", NULL, &level), 0);
    ck_assert_int_eq(mbs_cipher_list_parse("AES128-SHA", &l, NULL), 1);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_uint_eq(l.ids[0], 0x002F);
    /* seclevel is taken as soon as it is read, even when the string then fails */
    ck_assert_int_eq(mbs_cipher_list_parse_ex("@SECLEVEL=3:BOGUS", &l, &level, &reason), 0);
    ck_assert_int_eq(level, 3);
    ck_assert_int_eq(reason, SSL_R_NO_CIPHER_MATCH);
    ck_assert_uint_eq(l.n, 1); /* untouched on failure */
    ck_assert_int_eq(mbs_cipher_list_parse_ex("ALL|x", &l, &level, &reason), 0);
    ck_assert_int_eq(reason, SSL_R_INVALID_COMMAND);
    mbs_id_list_free(&l);
}
END_TEST

/* ---- TLS 1.3 ciphersuites ---- */

static const char *const suite_strings[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256",
    "TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256",
    "TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_CCM_8_SHA256:TLS_AES_256_GCM_SHA384",
    "",
    "TLS_AES_128_GCM_SHA256:bogus",
    "bogus:TLS_AES_256_GCM_SHA384",
    "bogus",
    " TLS_AES_128_GCM_SHA256 : TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256::TLS_AES_256_GCM_SHA384",
    ":TLS_AES_128_GCM_SHA256",
    "TLS_AES_128_GCM_SHA256:",
    "TLS_AES_128_GCM_SHA256,TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256;TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256 TLS_AES_256_GCM_SHA384",
    "tls_aes_128_gcm_sha256",
    "TLS_AES_128_GCM_SHA256:TLS_AES_128_GCM_SHA256",
    "\tTLS_CHACHA20_POLY1305_SHA256\t",
    ":",
    " ",
    "AES128-SHA",
    "DEFAULT",
    "TLS_AES_128_GCM_SHA256:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
};

static size_t real_tls13(SSL_CTX *ctx, uint16_t *ids, size_t max)
{
    void *sk = R.SSL_CTX_get_ciphers(ctx);
    size_t n = 0;
    for (int i = 0; i < R.OPENSSL_sk_num(sk); i++) {
        const SSL_CIPHER *c = R.OPENSSL_sk_value(sk, i);
        if (strcmp(R.SSL_CIPHER_get_version(c), "TLSv1.3") == 0 && n < max)
            ids[n++] = R.SSL_CIPHER_get_protocol_id(c);
    }
    return n;
}

START_TEST(ciphersuites_match_real)
{
    NEED_REAL();
    const char *s = suite_strings[_i];
    SSL_CTX *ctx = real_ctx();
    uint16_t rids[32];
    mbs_id_list ol = {NULL, 0};

    int rr = R.SSL_CTX_set_ciphersuites(ctx, s);
    int or = mbs_ciphersuites_parse(s, &ol);
    ck_assert_msg(rr == or, "'%s': real %d ours %d", s, rr, or);
    if (rr) {
        size_t rn = real_tls13(ctx, rids, 32);
        ck_assert_msg(ol.n == rn && (rn == 0 || memcmp(ol.ids, rids, rn * sizeof(rids[0])) == 0),
                      "'%s': lists differ (%zu vs %zu)", s, ol.n, rn);
    }
    mbs_id_list_free(&ol);
    R.SSL_CTX_free(ctx);
}
END_TEST

START_TEST(default_tls13_matches_real)
{
    NEED_REAL();
    SSL_CTX *ctx = real_ctx();
    uint16_t rids[32];
    size_t rn = real_tls13(ctx, rids, 32);
    mbs_id_list ol = {NULL, 0};

    ck_assert_int_eq(mbs_cipher_default_tls13(&ol), 1);
    ck_assert_uint_eq(ol.n, rn);
    ck_assert_int_eq(memcmp(ol.ids, rids, rn * sizeof(rids[0])), 0);
    mbs_id_list_free(&ol);
    R.SSL_CTX_free(ctx);
}
END_TEST

/* OpenSSL 3.0 puts a TLS 1.2 RFC name given to set_ciphersuites into the TLS 1.3 list (a quirk); we only
 * take TLS 1.3 suites there. */
START_TEST(ciphersuites_ignore_tls12_names)
{
    mbs_id_list ol = {NULL, 0};
    ck_assert_int_eq(mbs_ciphersuites_parse("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", &ol), 0);
    ck_assert_int_eq(mbs_ciphersuites_parse("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:TLS_AES_128_GCM_SHA256", &ol), 1);
    ck_assert_uint_eq(ol.n, 1);
    ck_assert_uint_eq(ol.ids[0], 0x1301);
    ck_assert_int_eq(mbs_ciphersuites_parse(NULL, &ol), 0);
    mbs_id_list_free(&ol);
}
END_TEST

static Suite *cipher_suite(void)
{
    Suite *s = suite_create("cipher");
    TCase *t = tcase_create("table");
    tcase_add_test(t, table_matches_real_selection);
    tcase_add_test(t, accessors_match_real);
    tcase_add_test(t, accessors_null_and_lookup);
    tcase_add_test(t, id_list_copy_free);
    suite_add_tcase(s, t);
    t = tcase_create("cipher_list");
    tcase_add_loop_test(t, cipher_strings_match_real, 0, (int)(sizeof(cipher_strings) / sizeof(cipher_strings[0])));
    tcase_add_test(t, default_tls12_matches_real);
    tcase_add_test(t, cipher_string_edge_cases);
    suite_add_tcase(s, t);
    t = tcase_create("ciphersuites");
    tcase_add_loop_test(t, ciphersuites_match_real, 0, (int)(sizeof(suite_strings) / sizeof(suite_strings[0])));
    tcase_add_test(t, default_tls13_matches_real);
    tcase_add_test(t, ciphersuites_ignore_tls12_names);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(cipher_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
