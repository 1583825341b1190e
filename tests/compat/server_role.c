/* The library under test as a server: `openssl s_client` and raw TCP clients connect to it. SSL_accept
 * blocking and non-blocking, client certificates, SNI and ALPN callbacks, clients that send garbage, an HTTP
 * request, EOF or a reset instead of a ClientHello. */
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct srv {
    int lfd, port, fd;
    SSL_CTX *ctx;
    SSL *s;
};

static void srv_start(struct srv *v)
{
    v->port = 0;
    v->lfd = tcp_listen(&v->port);
    ck_assert_int_ge(v->lfd, 0);
    v->ctx = server_ctx("server.pem", "server.key", "chain.pem");
    ck_assert_ptr_nonnull(v->ctx);
    v->s = NULL;
    v->fd = -1;
}

static void srv_accept_fd(struct srv *v)
{
    v->fd = tcp_accept(v->lfd, 10000);
    ck_assert_int_ge(v->fd, 0);
    v->s = SSL_new(v->ctx);
    ck_assert_int_eq(SSL_set_fd(v->s, v->fd), 1);
}

static void srv_end(struct srv *v)
{
    SSL_free(v->s);
    if (v->fd >= 0)
        close(v->fd);
    close(v->lfd);
    SSL_CTX_free(v->ctx);
}

static char sni_seen[256];
static int sni_cb(SSL *s, int *al, void *arg)
{
    (void)al;
    (void)arg;
    const char *n = SSL_get_servername(s, TLSEXT_NAMETYPE_host_name);
    snprintf(sni_seen, sizeof(sni_seen), "%s", n ? n : "(none)");
    return SSL_TLSEXT_ERR_OK;
}

static int alpn_cb(SSL *s, const unsigned char **out, unsigned char *outlen, const unsigned char *in,
                   unsigned int inlen, void *arg)
{
    (void)s;
    (void)arg;
    static const unsigned char ours[] = "\x08http/1.1\x02h2";
    if (SSL_select_next_proto((unsigned char **)out, outlen, ours, sizeof(ours) - 1, in, inlen) !=
        OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_ALERT_FATAL;
    return SSL_TLSEXT_ERR_OK;
}

static void accept_blocking(const char *proto_flag)
{
    struct srv v;
    peer_t p;
    char buf[256];
    srv_start(&v);
    SSL_CTX_set_tlsext_servername_callback(v.ctx, sni_cb);
    SSL_CTX_set_alpn_select_cb(v.ctx, alpn_cb, NULL);
    sni_seen[0] = 0;
    ck_assert_int_eq(peer_s_client(&p, v.port, "-CAfile", cert("ca.pem"), "-servername", "localhost", "-alpn",
                                   "h2,http/1.1", "-verify_return_error", proto_flag, NULL),
                     0);
    srv_accept_fd(&v);
    int r = OBS_CALL("accept", v.s, SSL_accept(v.s));
    ck_assert_int_eq(r, 1);
    obs_str("version", SSL_get_version(v.s));
    obs_str("cipher", SSL_get_cipher_name(v.s));
    obs_int("is_server", SSL_is_server(v.s));
    obs_str("sni_cb_saw", sni_seen);
    ck_assert_str_eq(sni_seen, "localhost");
    obs_str("servername", SSL_get_servername(v.s, TLSEXT_NAMETYPE_host_name));
    const unsigned char *sel;
    unsigned len;
    SSL_get0_alpn_selected(v.s, &sel, &len);
    obs("alpn", "%.*s", (int)len, sel ? (const char *)sel : "");
    ck_assert_uint_eq(len, 8); /* our preference: http/1.1 */
    obs_str("client_subject", peer_subject(v.s, buf, sizeof(buf)));
    obs_int("verify_result", SSL_get_verify_result(v.s));
    /* s_client sends its stdin */
    peer_write(&p, "hello server\n");
    r = OBS_CALL("read", v.s, SSL_read(v.s, buf, sizeof(buf) - 1));
    ck_assert_int_eq(r, 13);
    buf[r] = 0;
    obs_str("read_data", buf);
    r = OBS_CALL("write", v.s, SSL_write(v.s, "hello client\n", 13));
    ck_assert_int_eq(r, 13);
    ck_assert_int_eq(peer_log_wait(&p, "hello client", 5000), 1);
    r = OBS_CALL("shutdown", v.s, SSL_shutdown(v.s));
    ck_assert_int_eq(r, 0);
    /* s_client answers our close_notify and exits */
    r = OBS_CALL("shutdown2", v.s, SSL_shutdown(v.s));
    peer_stop(&p);
    srv_end(&v);
}

START_TEST(accept_tls13) { accept_blocking("-tls1_3"); }
END_TEST
START_TEST(accept_tls12) { accept_blocking("-tls1_2"); }
END_TEST

static void accept_nonblocking(const char *proto_flag)
{
    struct srv v;
    peer_t p;
    int seen, e;
    srv_start(&v);
    ck_assert_int_eq(peer_s_client(&p, v.port, "-CAfile", cert("ca.pem"), proto_flag, NULL), 0);
    srv_accept_fd(&v);
    set_nonblock(v.fd, 1);
    int r = nb_drive(v.s, SSL_accept, v.fd, 10000, &seen, &e);
    obs_int("final_ret", r);
    obs_str("final_error", ssl_error_name(e));
    obs_int("only_want", (seen & 4) == 0);
    ck_assert_int_eq(r, 1);
    ck_assert_int_eq(seen & 4, 0);
    obs_str("version", SSL_get_version(v.s));
    char buf[64];
    r = OBS_CALL("read_empty", v.s, SSL_read(v.s, buf, sizeof(buf)));
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(last_ssl_error, SSL_ERROR_WANT_READ);
    peer_stop(&p);
    srv_end(&v);
}

START_TEST(nb_accept_tls13) { accept_nonblocking("-tls1_3"); }
END_TEST
START_TEST(nb_accept_tls12) { accept_nonblocking("-tls1_2"); }
END_TEST

/* SSL_set_accept_state + SSL_do_handshake, blocking */
START_TEST(accept_state_do_handshake)
{
    struct srv v;
    peer_t p;
    srv_start(&v);
    ck_assert_int_eq(peer_s_client(&p, v.port, "-CAfile", cert("ca.pem"), NULL), 0);
    srv_accept_fd(&v);
    SSL_set_accept_state(v.s);
    int r = OBS_CALL("do_handshake", v.s, SSL_do_handshake(v.s));
    ck_assert_int_eq(r, 1);
    obs_int("is_server", SSL_is_server(v.s));
    peer_stop(&p);
    srv_end(&v);
}
END_TEST

static void client_cert(int send_cert, const char *proto_flag)
{
    struct srv v;
    peer_t p;
    char buf[256];
    srv_start(&v);
    ck_assert_int_eq(SSL_CTX_load_verify_locations(v.ctx, cert("ca.pem"), NULL), 1);
    SSL_CTX_set_verify(v.ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
    if (send_cert)
        ck_assert_int_eq(peer_s_client(&p, v.port, "-CAfile", cert("ca.pem"), "-cert", cert("client.pem"), "-key",
                                       cert("client.key"), "-cert_chain", cert("chain.pem"), proto_flag, NULL),
                         0);
    else
        ck_assert_int_eq(peer_s_client(&p, v.port, "-CAfile", cert("ca.pem"), proto_flag, NULL), 0);
    srv_accept_fd(&v);
    int r = OBS_CALL("accept", v.s, SSL_accept(v.s));
    obs_int("verify_result", SSL_get_verify_result(v.s));
    if (send_cert) {
        ck_assert_int_eq(r, 1);
        obs_str("client_subject", peer_subject(v.s, buf, sizeof(buf)));
        ck_assert_str_eq(buf, "/O=mbedshim/CN=compat client");
        STACK_OF(X509) *chain = SSL_get_peer_cert_chain(v.s);
        /* server side: the chain does not include the leaf */
        obs_int("peer_chain_len", chain ? sk_X509_num(chain) : -1);
    } else {
        ck_assert_int_eq(r, -1);
        ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE);
    }
    peer_stop(&p);
    srv_end(&v);
}

START_TEST(client_cert_sent_tls13) { client_cert(1, "-tls1_3"); }
END_TEST
START_TEST(client_cert_sent_tls12) { client_cert(1, "-tls1_2"); }
END_TEST
START_TEST(client_cert_missing_tls13) { client_cert(0, "-tls1_3"); }
END_TEST
START_TEST(client_cert_missing_tls12) { client_cert(0, "-tls1_2"); }
END_TEST

/* s_client limited to TLS 1.2 against a TLS 1.3-only server */
START_TEST(version_mismatch_server)
{
    struct srv v;
    peer_t p;
    srv_start(&v);
    ck_assert_int_eq(SSL_CTX_set_min_proto_version(v.ctx, TLS1_3_VERSION), 1);
    ck_assert_int_eq(peer_s_client(&p, v.port, "-tls1_2", NULL), 0);
    srv_accept_fd(&v);
    int r = OBS_CALL("accept", v.s, SSL_accept(v.s));
    ck_assert_int_eq(r, -1);
    ASSERT_LAST(SSL_ERROR_SSL, ERR_LIB_SSL, SSL_R_UNSUPPORTED_PROTOCOL);
    peer_stop(&p);
    srv_end(&v);
}
END_TEST

/* raw clients */
/* expected: SSL_get_error and SSL reason of the failed SSL_accept */
static void raw_client(enum raw_client_mode mode, int nonblocking, int xerr, int xreason)
{
    struct srv v;
    peer_t p;
    int seen, e;
    srv_start(&v);
    ck_assert_int_eq(peer_raw_client(&p, v.port, mode), 0);
    srv_accept_fd(&v);
    int r;
    if (nonblocking) {
        set_nonblock(v.fd, 1);
        r = nb_drive(v.s, SSL_accept, v.fd, 5000, &seen, &e);
    } else {
        ERR_clear_error();
        r = SSL_accept(v.s);
    }
    obs_ssl_call("accept", v.s, r);
    ck_assert_int_eq(r, -1);
    ck_assert_int_eq(last_ssl_error, xerr);
    ck_assert_int_eq(ERR_GET_REASON(last_err_first), xreason);
    obs_int("get_shutdown", SSL_get_shutdown(v.s));
    char buf[16];
    r = OBS_CALL("read_after", v.s, SSL_read(v.s, buf, sizeof(buf)));
    peer_wait(&p, 5000);
    char *log = peer_log_read(&p);
    /* did the client get an alert back? (not for EOF/RST: whether it arrives there is a race) */
    if (mode == RAWC_GARBAGE || mode == RAWC_HTTP_REQUEST)
        obs_int("client_got_bytes", strstr(log, "received=0") == NULL && strstr(log, "received=") != NULL);
    free(log);
    peer_stop(&p);
    srv_end(&v);
}

START_TEST(client_garbage) { raw_client(RAWC_GARBAGE, 0, SSL_ERROR_SSL, SSL_R_WRONG_VERSION_NUMBER); }
END_TEST
START_TEST(client_http_request) { raw_client(RAWC_HTTP_REQUEST, 0, SSL_ERROR_SSL, SSL_R_HTTP_REQUEST); }
END_TEST
START_TEST(client_eof) { raw_client(RAWC_EOF, 0, SSL_ERROR_SSL, SSL_R_UNEXPECTED_EOF_WHILE_READING); }
END_TEST
START_TEST(client_reset) { raw_client(RAWC_RST, 0, SSL_ERROR_SYSCALL, 0); }
END_TEST
START_TEST(nb_client_garbage) { raw_client(RAWC_GARBAGE, 1, SSL_ERROR_SSL, SSL_R_WRONG_VERSION_NUMBER); }
END_TEST
START_TEST(nb_client_http_request) { raw_client(RAWC_HTTP_REQUEST, 1, SSL_ERROR_SSL, SSL_R_HTTP_REQUEST); }
END_TEST
START_TEST(nb_client_eof) { raw_client(RAWC_EOF, 1, SSL_ERROR_SSL, SSL_R_UNEXPECTED_EOF_WHILE_READING); }
END_TEST

Suite *scenario_suite(void)
{
    Suite *s = suite_create("server_role");
    TCase *tc = compat_tcase(s, "accept");
    tcase_add_test(tc, accept_tls13);
    tcase_add_test(tc, accept_tls12);
    tcase_add_test(tc, nb_accept_tls13);
    tcase_add_test(tc, nb_accept_tls12);
    tcase_add_test(tc, accept_state_do_handshake);
    tcase_add_test(tc, version_mismatch_server);
    tc = compat_tcase(s, "client_cert");
    tcase_add_test(tc, client_cert_sent_tls13);
    tcase_add_test(tc, client_cert_sent_tls12);
    tcase_add_test(tc, client_cert_missing_tls13);
    tcase_add_test(tc, client_cert_missing_tls12);
    tc = compat_tcase(s, "raw_clients");
    tcase_add_test(tc, client_garbage);
    tcase_add_test(tc, client_http_request);
    tcase_add_test(tc, client_eof);
    tcase_add_test(tc, client_reset);
    tcase_add_test(tc, nb_client_garbage);
    tcase_add_test(tc, nb_client_http_request);
    tcase_add_test(tc, nb_client_eof);
    return s;
}
