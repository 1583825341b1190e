/* differential */
/*
 * shim/ssl/session.c: what a handshake leaves behind — SSL_SESSION objects and resumption (TLS 1.2 session
 * id and ticket, TLS 1.3 ticket), the new-session callback, keylog lines — and the info callback around
 * the handshake. Every expectation is real OpenSSL 3.0's observed behaviour.
 */
#include <ctype.h>

#include "unit/ssl_harness.h"

/* A full close in both directions, so that the server keeps the session cached. */
static void close_both(h_conn *k)
{
    ck_assert_int_eq(SSL_shutdown(k->c), 0);
    ck_assert_int_eq(SSL_shutdown(k->s), 0);
    ck_assert_int_eq(SSL_shutdown(k->c), 1);
    ck_assert_int_eq(SSL_shutdown(k->s), 1);
}

/* The client reads what the server sent after its handshake (TLS 1.3 tickets). */
static void client_reads_tickets(h_conn *k)
{
    char b[8];
    ck_assert_int_eq(SSL_read(k->c, b, sizeof(b)), -1);
    ck_assert_int_eq(SSL_get_error(k->c, -1), SSL_ERROR_WANT_READ);
}

static int new_sessions;

static int new_session_cb(SSL *s, SSL_SESSION *sess)
{
    new_sessions++;
    ck_assert_ptr_nonnull(sess);
    return 0; /* not kept */
}

/* First connection: returns the client's session; second: resumes it. */
static void resume(int version, int server_no_ticket, int expect_callbacks)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_version(cctx, sctx, version);
    if (server_no_ticket)
        SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_new_cb(cctx, new_session_cb);
    new_sessions = 0;

    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_int_eq(SSL_session_reused(k.c), 0);
    ck_assert_int_eq(SSL_session_reused(k.s), 0);
    if (version == TLS1_3_VERSION) {
        /* no ticket yet: the client's session is not resumable */
        SSL_SESSION *early = SSL_get1_session(k.c);
        ck_assert_ptr_nonnull(early);
        ck_assert_int_eq(SSL_SESSION_is_resumable(early), 0);
        SSL_SESSION_free(early);
        ck_assert_int_eq(new_sessions, 0);
        client_reads_tickets(&k);
    }
    ck_assert_int_eq(new_sessions, expect_callbacks);
    SSL_SESSION *sess = SSL_get1_session(k.c);
    ck_assert_ptr_nonnull(sess);
    ck_assert_int_eq(SSL_SESSION_is_resumable(sess), 1);
    ck_assert_int_eq(SSL_SESSION_get_protocol_version(sess), version);
    ck_assert_ptr_nonnull(SSL_SESSION_get0_cipher(sess));
    ck_assert_ptr_eq(SSL_SESSION_get0_cipher(sess), SSL_get_current_cipher(k.c));
    ck_assert_ptr_nonnull(SSL_SESSION_get0_peer(sess));
    ck_assert_ptr_nonnull(SSL_get_session(k.s));
    if (server_no_ticket) {
        unsigned int idlen = 0;
        const unsigned char *id = SSL_SESSION_get_id(sess, &idlen);
        ck_assert_uint_eq(idlen, 32);
        unsigned int sidlen = 0;
        const unsigned char *sid = SSL_SESSION_get_id(SSL_get_session(k.s), &sidlen);
        ck_assert_uint_eq(sidlen, 32);
        ck_assert_mem_eq(id, sid, 32);
    }
    close_both(&k);
    h_conn_free(&k);

    h_conn_mem(&k, cctx, sctx);
    ck_assert_int_eq(SSL_set_session(k.c, sess), 1);
    h_handshake(&k);
    ck_assert_int_eq(SSL_session_reused(k.c), 1);
    ck_assert_int_eq(SSL_session_reused(k.s), 1);
    ck_assert_int_eq(SSL_version(k.c), version);
    /* the peer certificate comes from the session */
    ck_assert_ptr_nonnull(SSL_get0_peer_certificate(k.c));
    ck_assert_int_eq(SSL_get_verify_result(k.c), X509_V_OK);
    char buf[8];
    ck_assert_int_eq(SSL_write(k.c, "again", 5), 5);
    ck_assert_int_eq(SSL_read(k.s, buf, sizeof(buf)), 5);
    h_conn_free(&k);
    SSL_SESSION_free(sess);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_resume_tls12_session_id)
{
    resume(TLS1_2_VERSION, 1, 1);
}
END_TEST

START_TEST(test_resume_tls12_ticket)
{
    resume(TLS1_2_VERSION, 0, 1);
}
END_TEST

START_TEST(test_resume_tls13_ticket)
{
    resume(TLS1_3_VERSION, 0, 2); /* two tickets by default */
}
END_TEST

/* A session from one server is not resumed by another (different ticket keys, empty cache). */
START_TEST(test_no_resume_other_server)
{
    SSL_CTX *cctx = h_client_ctx(), *s1 = h_server_ctx(), *s2 = h_server_ctx();
    h_conn k;
    h_conn_mem(&k, cctx, s1);
    h_handshake(&k);
    client_reads_tickets(&k);
    SSL_SESSION *sess = SSL_get1_session(k.c);
    close_both(&k);
    h_conn_free(&k);
    h_conn_mem(&k, cctx, s2);
    ck_assert_int_eq(SSL_set_session(k.c, sess), 1);
    h_handshake(&k);
    ck_assert_int_eq(SSL_session_reused(k.c), 0);
    ck_assert_int_eq(SSL_session_reused(k.s), 0);
    h_conn_free(&k);
    SSL_SESSION_free(sess);
    SSL_CTX_free(cctx);
    SSL_CTX_free(s1);
    SSL_CTX_free(s2);
}
END_TEST

/* SSL_CTX_set_num_tickets changes how many TLS 1.3 tickets the client sees. */
START_TEST(test_num_tickets)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    ck_assert_uint_eq(SSL_CTX_get_num_tickets(sctx), 2);
    ck_assert_int_eq(SSL_CTX_set_num_tickets(sctx, 1), 1);
    ck_assert_uint_eq(SSL_CTX_get_num_tickets(sctx), 1);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_new_cb(cctx, new_session_cb);
    new_sessions = 0;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    client_reads_tickets(&k);
    ck_assert_int_eq(new_sessions, 1);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- keylog ---- */

static char klines[16][300];
static int nklines;

static void keylog_cb(const SSL *s, const char *line)
{
    if (nklines < 16)
        snprintf(klines[nklines++], sizeof(klines[0]), "%s", line);
}

static int is_hex(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isxdigit((unsigned char)p[i]) || isupper((unsigned char)p[i]))
            return 0;
    return 1;
}

/* "LABEL <client random, 64 lowercase hex> <secret, 2*len lowercase hex>" */
static void check_line(const char *line, const char *label, const unsigned char *crandom, size_t secret_len)
{
    char hexr[65];
    size_t ll = strlen(label);
    ck_assert_msg(strncmp(line, label, ll) == 0 && line[ll] == ' ', "line '%s' is not %s", line, label);
    const char *r = line + ll + 1;
    for (int i = 0; i < 32; i++)
        snprintf(hexr + 2 * i, 3, "%02x", crandom[i]);
    ck_assert_msg(strncmp(r, hexr, 64) == 0 && r[64] == ' ', "client random differs in '%s'", line);
    const char *sec = r + 65;
    ck_assert_uint_eq(strlen(sec), 2 * secret_len);
    ck_assert(is_hex(sec, 2 * secret_len));
}

START_TEST(test_keylog_tls13)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    unsigned char cr[32];
    SSL_CTX_set_keylog_callback(cctx, keylog_cb);
    ck_assert_ptr_eq(SSL_CTX_get_keylog_callback(cctx), keylog_cb);
    nklines = 0;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_uint_eq(SSL_get_client_random(k.c, cr, sizeof(cr)), 32);
    /* in the order the client derives them */
    ck_assert_int_eq(nklines, 5);
    check_line(klines[0], "SERVER_HANDSHAKE_TRAFFIC_SECRET", cr, 48);
    check_line(klines[1], "EXPORTER_SECRET", cr, 48);
    check_line(klines[2], "SERVER_TRAFFIC_SECRET_0", cr, 48);
    check_line(klines[3], "CLIENT_HANDSHAKE_TRAFFIC_SECRET", cr, 48);
    check_line(klines[4], "CLIENT_TRAFFIC_SECRET_0", cr, 48);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

START_TEST(test_keylog_tls12)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    unsigned char cr[32], cr2[32];
    h_version(cctx, sctx, TLS1_2_VERSION);
    SSL_CTX_set_keylog_callback(sctx, keylog_cb); /* the server side logs the same line */
    nklines = 0;
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ck_assert_uint_eq(SSL_get_client_random(k.s, cr, sizeof(cr)), 32);
    ck_assert_uint_eq(SSL_get_client_random(k.c, cr2, sizeof(cr2)), 32);
    ck_assert_mem_eq(cr, cr2, 32);
    ck_assert_int_eq(nklines, 1);
    check_line(klines[0], "CLIENT_RANDOM", cr, 48);
    /* the secret is the master key */
    unsigned char mk[48];
    char hex[97];
    ck_assert_uint_eq(SSL_SESSION_get_master_key(SSL_get_session(k.s), mk, sizeof(mk)), 48);
    for (int i = 0; i < 48; i++)
        snprintf(hex + 2 * i, 3, "%02x", mk[i]);
    ck_assert_str_eq(klines[0] + strlen("CLIENT_RANDOM ") + 65, hex);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

/* ---- info callback ---- */

static int info_where[64], info_ret[64];
static int ninfo;

static void info_cb(const SSL *s, int where, int ret)
{
    if (ninfo < 64) {
        info_where[ninfo] = where;
        info_ret[ninfo] = ret;
        ninfo++;
    }
}

static int count_where(int mask)
{
    int n = 0;
    for (int i = 0; i < ninfo; i++)
        if ((info_where[i] & mask) == mask)
            n++;
    return n;
}

static int first_where(int mask)
{
    for (int i = 0; i < ninfo; i++)
        if ((info_where[i] & mask) == mask)
            return i;
    return -1;
}

static int last_where(int mask)
{
    for (int i = ninfo - 1; i >= 0; i--)
        if ((info_where[i] & mask) == mask)
            return i;
    return -1;
}

static void info_case(int version, int server_side)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_version(cctx, sctx, version);
    SSL_CTX_set_info_callback(server_side ? sctx : cctx, info_cb);
    ck_assert_ptr_eq(SSL_CTX_get_info_callback(server_side ? sctx : cctx), info_cb);
    ninfo = 0;
    h_conn_mem(&k, cctx, sctx);
    ck_assert_ptr_eq(SSL_get_info_callback(server_side ? k.s : k.c), NULL);
    h_handshake(&k);
    ck_assert_int_eq(count_where(SSL_CB_HANDSHAKE_START), 1);
    ck_assert_int_eq(count_where(SSL_CB_HANDSHAKE_DONE), 1);
    ck_assert_int_eq(first_where(SSL_CB_HANDSHAKE_START), 0);
    ck_assert_int_lt(first_where(SSL_CB_HANDSHAKE_START), first_where(SSL_CB_HANDSHAKE_DONE));
    /* HANDSHAKE_DONE comes with ret 1, and a final EXIT with ret 1 after it */
    int done = last_where(SSL_CB_HANDSHAKE_DONE);
    ck_assert_int_eq(info_ret[done], 1);
    int exitw = server_side ? SSL_CB_ACCEPT_EXIT : SSL_CB_CONNECT_EXIT;
    ck_assert_int_eq(info_where[ninfo - 1], exitw);
    ck_assert_int_eq(info_ret[ninfo - 1], 1);
    ck_assert_int_gt(count_where(server_side ? SSL_CB_ACCEPT_LOOP : SSL_CB_CONNECT_LOOP), 0);
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_info_client_tls13)
{
    info_case(TLS1_3_VERSION, 0);
}
END_TEST

START_TEST(test_info_server_tls13)
{
    info_case(TLS1_3_VERSION, 1);
}
END_TEST

START_TEST(test_info_client_tls12)
{
    info_case(TLS1_2_VERSION, 0);
}
END_TEST

/* Alerts are reported with SSL_CB_ALERT, (level << 8) | description. */
START_TEST(test_info_alert)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    SSL_CTX_set_info_callback(cctx, info_cb);
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    ninfo = 0;
    ck_assert_int_eq(SSL_shutdown(k.c), 0);
    ck_assert_int_eq(count_where(SSL_CB_WRITE_ALERT), 1);
    int i = first_where(SSL_CB_WRITE_ALERT);
    ck_assert_int_eq(info_ret[i], (SSL3_AL_WARNING << 8) | SSL_AD_CLOSE_NOTIFY);
    ck_assert_str_eq(SSL_alert_type_string_long(info_ret[i]), "warning");
    ck_assert_str_eq(SSL_alert_desc_string_long(info_ret[i]), "close notify");
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_session");
    TCase *tc = h_tcase(s, "resume");
    tcase_add_test(tc, test_resume_tls12_session_id);
    tcase_add_test(tc, test_resume_tls12_ticket);
    tcase_add_test(tc, test_resume_tls13_ticket);
    tcase_add_test(tc, test_no_resume_other_server);
    tcase_add_test(tc, test_num_tickets);
    tc = h_tcase(s, "keylog");
    tcase_add_test(tc, test_keylog_tls13);
    tcase_add_test(tc, test_keylog_tls12);
    tc = h_tcase(s, "info");
    tcase_add_test(tc, test_info_client_tls13);
    tcase_add_test(tc, test_info_server_tls13);
    tcase_add_test(tc, test_info_client_tls12);
    tcase_add_test(tc, test_info_alert);
    return h_run(s);
}
