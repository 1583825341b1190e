/* differential */
/* shim/crypto/x509_check.c: X509_check_host / _email / _ip / _ip_asc, OpenSSL 3.0's matching rules
 * (SAN first, CN fallback only without DNS SANs, wildcard rules, flags, peername). Same source runs
 * against the real libcrypto. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "unit/x509_certs.h"

static const struct {
    const char *cert, *host;
    unsigned int flags;
    int want;
    const char *peer;
} host_cases[] = {
    {"leaf.pem", "localhost", 0, 1, "localhost"},
    {"leaf.pem", "LOCALHOST", 0, 1, "localhost"},
    {"leaf.pem", "example.com", 0, 0, NULL},
    {"leaf.pem", "127.0.0.1", 0, 0, NULL}, /* IP SANs are not DNS names */
    {"wild.pem", "www.example.com", 0, 1, "*.example.com"},
    {"wild.pem", "a.b.example.com", 0, 0, NULL},
    {"wild.pem", "a.b.example.com", X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS, 1, "*.example.com"},
    {"wild.pem", "example.com", 0, 0, NULL},
    {"wild.pem", "www.example.com", X509_CHECK_FLAG_NO_WILDCARDS, 0, NULL},
    {"wild.pem", "www.example.com", X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, 1, "*.example.com"},
    {"wild.pem", "example.net", 0, 1, "example.net"},
    {"wild.pem", "www.example.org", 0, 0, NULL}, /* CN ignored: DNS SANs exist */
    {"wild.pem", "www.example.org", X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT, 1, "www.example.org"},
    {"cnonly.pem", "cn.example.com", 0, 1, "cn.example.com"},
    {"cnonly.pem", "CN.Example.COM", 0, 1, "cn.example.com"},
    {"cnonly.pem", "cn.example.com", X509_CHECK_FLAG_NEVER_CHECK_SUBJECT, 0, NULL},
    {"client.pem", "mbedshim client", 0, 1, "mbedshim client"}, /* email SANs do not hide the CN */
};

START_TEST(test_check_host)
{
    X509 *x = load_cert(host_cases[_i].cert);
    static char unset[] = "unset";
    char *peer = unset;
    int r = X509_check_host(x, host_cases[_i].host, 0, host_cases[_i].flags, &peer);
    ck_assert_msg(r == host_cases[_i].want, "case %d: %s vs %s: %d", _i, host_cases[_i].cert, host_cases[_i].host, r);
    if (host_cases[_i].peer) {
        ck_assert_str_eq(peer, host_cases[_i].peer);
        OPENSSL_free(peer);
    } else {
        ck_assert_ptr_eq(peer, unset); /* left alone without a match */
    }
    X509_free(x);
}
END_TEST

START_TEST(test_check_host_args)
{
    X509 *x = load_cert("leaf.pem");
    ck_assert_int_eq(X509_check_host(x, "localhost", 9, 0, NULL), 1);
    ck_assert_int_eq(X509_check_host(x, "localhost\0", 10, 0, NULL), 1);
    ck_assert_int_eq(X509_check_host(x, "local\0host", 10, 0, NULL), -2);
    ck_assert_int_eq(X509_check_host(x, "localhostXYZ", 9, 0, NULL), 1);
    ck_assert_int_eq(X509_check_host(x, NULL, 0, 0, NULL), -2);
    X509_free(x);
}
END_TEST

START_TEST(test_check_ip_email)
{
    X509 *leaf = load_cert("leaf.pem"), *wild = load_cert("wild.pem"), *client = load_cert("client.pem");
    static const unsigned char lo[4] = {127, 0, 0, 1}, other[4] = {10, 0, 0, 1};
    ck_assert_int_eq(X509_check_ip(leaf, lo, 4, 0), 1);
    ck_assert_int_eq(X509_check_ip(leaf, other, 4, 0), 0);
    ck_assert_int_eq(X509_check_ip_asc(leaf, "127.0.0.1", 0), 1);
    ck_assert_int_eq(X509_check_ip_asc(leaf, "127.0.0.2", 0), 0);
    ck_assert_int_eq(X509_check_ip_asc(leaf, "not-an-ip", 0), -2);
    ck_assert_int_eq(X509_check_ip_asc(wild, "::1", 0), 1);
    ck_assert_int_eq(X509_check_ip_asc(wild, "0:0:0:0:0:0:0:1", 0), 1);
    ck_assert_int_eq(X509_check_ip_asc(wild, "127.0.0.1", 0), 0);
    ck_assert_int_eq(X509_check_ip_asc(leaf, "localhost", 0), -2);
    ck_assert_int_eq(X509_check_email(client, "client@example.com", 0, 0), 1);
    ck_assert_int_eq(X509_check_email(client, "client@EXAMPLE.com", 0, 0), 1);
    ck_assert_int_eq(X509_check_email(client, "CLIENT@example.com", 0, 0), 0);
    ck_assert_int_eq(X509_check_email(wild, "admin@example.com", 0, 0), 1);
    ck_assert_int_eq(X509_check_email(leaf, "client@example.com", 0, 0), 0);
    ck_assert_int_eq(X509_check_email(leaf, NULL, 0, 0), -2);
    X509_free(leaf);
    X509_free(wild);
    X509_free(client);
}
END_TEST

int main(void)
{
    make_certs();
    Suite *s = suite_create("x509_check");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_check_host, 0, (int)(sizeof(host_cases) / sizeof(host_cases[0])));
    tcase_add_test(tc, test_check_host_args);
    tcase_add_test(tc, test_check_ip_email);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    remove_certs();
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
