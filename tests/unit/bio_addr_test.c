/* BIO_ADDR, BIO_ADDRINFO, BIO_lookup_ex, BIO_parse_hostserv (shim/crypto/bio_addr.c).
 * Differential: also passes against the real libcrypto. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>

START_TEST(parse_hostserv)
{
    char *h = NULL, *s = NULL;

    ck_assert_int_eq(BIO_parse_hostserv("example.com:443", &h, &s, BIO_PARSE_PRIO_HOST), 1);
    ck_assert_str_eq(h, "example.com");
    ck_assert_str_eq(s, "443");
    OPENSSL_free(h);
    OPENSSL_free(s);
    h = s = NULL;
    ck_assert_int_eq(BIO_parse_hostserv("[::1]:8443", &h, &s, BIO_PARSE_PRIO_HOST), 1);
    ck_assert_str_eq(h, "::1");
    ck_assert_str_eq(s, "8443");
    OPENSSL_free(h);
    OPENSSL_free(s);
    h = s = NULL;
    ck_assert_int_eq(BIO_parse_hostserv("4433", &h, &s, BIO_PARSE_PRIO_SERV), 1);
    ck_assert_ptr_null(h);
    ck_assert_str_eq(s, "4433");
    OPENSSL_free(s);
    s = NULL;
    ck_assert_int_eq(BIO_parse_hostserv("*:80", &h, &s, BIO_PARSE_PRIO_SERV), 1);
    ck_assert_ptr_null(h);
    ck_assert_str_eq(s, "80");
    OPENSSL_free(s);
    s = NULL;
    ck_assert_int_eq(BIO_parse_hostserv("::1", &h, &s, BIO_PARSE_PRIO_HOST), 0);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_AMBIGUOUS_HOST_OR_SERVICE);
    ck_assert_int_eq(BIO_parse_hostserv("[::1", &h, &s, BIO_PARSE_PRIO_HOST), 0);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_MALFORMED_HOST_OR_SERVICE);
    ck_assert_int_eq(BIO_parse_hostserv("[::1]x", &h, &s, BIO_PARSE_PRIO_HOST), 0);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_MALFORMED_HOST_OR_SERVICE);
}
END_TEST

START_TEST(lookup_numeric)
{
    BIO_ADDRINFO *res = NULL;
    const BIO_ADDR *a;
    unsigned char raw[16];
    size_t rl = 0;
    char *h, *s;

    ck_assert_int_eq(BIO_lookup_ex("127.0.0.1", "4433", BIO_LOOKUP_CLIENT, AF_INET, SOCK_STREAM, 0, &res), 1);
    ck_assert_ptr_nonnull(res);
    ck_assert_int_eq(BIO_ADDRINFO_family(res), AF_INET);
    ck_assert_int_eq(BIO_ADDRINFO_socktype(res), SOCK_STREAM);
    ck_assert_int_eq(BIO_ADDRINFO_protocol(res), IPPROTO_TCP);
    ck_assert_ptr_null(BIO_ADDRINFO_next(res));
    a = BIO_ADDRINFO_address(res);
    ck_assert_int_eq(BIO_ADDR_family(a), AF_INET);
    ck_assert_int_eq(ntohs(BIO_ADDR_rawport(a)), 4433);
    ck_assert_int_eq(BIO_ADDR_rawaddress(a, raw, &rl), 1);
    ck_assert_uint_eq(rl, 4);
    ck_assert(memcmp(raw, "\x7f\0\0\x01", 4) == 0);
    h = BIO_ADDR_hostname_string(a, 1);
    s = BIO_ADDR_service_string(a, 1);
    ck_assert_str_eq(h, "127.0.0.1");
    ck_assert_str_eq(s, "4433");
    OPENSSL_free(h);
    OPENSSL_free(s);
    ck_assert_ptr_null(BIO_ADDR_path_string(a));
    BIO_ADDRINFO_free(res);

    ck_assert_int_eq(BIO_lookup(NULL, "0", BIO_LOOKUP_SERVER, AF_INET, SOCK_STREAM, &res), 1);
    ck_assert_int_eq(BIO_ADDRINFO_family(res), AF_INET);
    BIO_ADDRINFO_free(res);

    ck_assert_int_eq(BIO_lookup_ex("127.0.0.1", "1", BIO_LOOKUP_CLIENT, 12345, SOCK_STREAM, 0, &res), 0);
    ck_assert_int_eq(ERR_GET_REASON(ERR_get_error()), BIO_R_UNSUPPORTED_PROTOCOL_FAMILY);
}
END_TEST

START_TEST(addr_raw)
{
    BIO_ADDR *a = BIO_ADDR_new();
    struct in6_addr v6;
    unsigned char v4[4] = { 10, 1, 2, 3 };
    char *h;

    ck_assert_ptr_nonnull(a);
    ck_assert_int_eq(BIO_ADDR_family(a), AF_UNSPEC);
    ck_assert_int_eq(BIO_ADDR_rawaddress(a, NULL, NULL), 0);
    ck_assert_int_eq(BIO_ADDR_rawmake(a, AF_INET, v4, 3, htons(80)), 0);
    ck_assert_int_eq(BIO_ADDR_rawmake(a, AF_INET, v4, 4, htons(80)), 1);
    h = BIO_ADDR_hostname_string(a, 1);
    ck_assert_str_eq(h, "10.1.2.3");
    OPENSSL_free(h);
    inet_pton(AF_INET6, "::1", &v6);
    ck_assert_int_eq(BIO_ADDR_rawmake(a, AF_INET6, &v6, sizeof(v6), htons(443)), 1);
    ck_assert_int_eq(BIO_ADDR_family(a), AF_INET6);
    ck_assert_int_eq(ntohs(BIO_ADDR_rawport(a)), 443);
    h = BIO_ADDR_hostname_string(a, 1);
    ck_assert_str_eq(h, "::1");
    OPENSSL_free(h);
    ck_assert_int_eq(BIO_ADDR_rawmake(a, AF_UNIX, "/tmp/x.sock", 11, 0), 1);
    h = BIO_ADDR_path_string(a);
    ck_assert_str_eq(h, "/tmp/x.sock");
    OPENSSL_free(h);
    BIO_ADDR_clear(a);
    ck_assert_int_eq(BIO_ADDR_family(a), AF_UNSPEC);
    BIO_ADDR_free(a);
}
END_TEST

START_TEST(socket_helpers)
{
    BIO_ADDRINFO *res = NULL;
    BIO_ADDR *bound = BIO_ADDR_new();
    union BIO_sock_info_u info;
    int ls, cs, as;

    ck_assert_int_eq(BIO_lookup(NULL, "0", BIO_LOOKUP_SERVER, AF_INET, SOCK_STREAM, &res), 1);
    ls = BIO_socket(AF_INET, SOCK_STREAM, 0, 0);
    ck_assert_int_ge(ls, 0);
    ck_assert_int_eq(BIO_listen(ls, BIO_ADDRINFO_address(res), BIO_SOCK_REUSEADDR | BIO_SOCK_NONBLOCK), 1);
    info.addr = bound;
    ck_assert_int_eq(BIO_sock_info(ls, BIO_SOCK_INFO_ADDRESS, &info), 1);
    ck_assert_int_ne(BIO_ADDR_rawport(bound), 0);
    /* Non-blocking listener, nobody there yet. */
    ck_assert_int_eq(BIO_accept_ex(ls, NULL, 0), -1);
    ck_assert_int_eq(ERR_peek_error(), 0);

    {
        unsigned char lo[4] = { 127, 0, 0, 1 };
        BIO_ADDR *to = BIO_ADDR_new();

        BIO_ADDR_rawmake(to, AF_INET, lo, 4, BIO_ADDR_rawport(bound));
        cs = BIO_socket(AF_INET, SOCK_STREAM, 0, 0);
        ck_assert_int_eq(BIO_connect(cs, to, BIO_SOCK_NODELAY), 1);
        BIO_ADDR_free(to);
    }
    BIO_socket_nbio(ls, 0);
    as = BIO_accept_ex(ls, NULL, 0);
    ck_assert_int_ge(as, 0);
    BIO_closesocket(as);
    BIO_closesocket(cs);
    BIO_closesocket(ls);
    BIO_ADDR_free(bound);
    BIO_ADDRINFO_free(res);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bio_addr");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, parse_hostserv);
    tcase_add_test(tc, lookup_numeric);
    tcase_add_test(tc, addr_raw);
    tcase_add_test(tc, socket_helpers);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
