/* differential */
/*
 * shim/ssl/app_conf.c: SSL_CONF_CTX and SSL_CONF_cmd/cmd_argv/cmd_value_type: the return code of known and
 * unknown commands in file and command-line form, with and without a prefix, the CLIENT/SERVER/CERTIFICATE
 * and SHOW_ERRORS flags, what is queued, and the values the commands set, seen through the ordinary API.
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

#define F SSL_CONF_FLAG_FILE
#define C SSL_CONF_FLAG_CMDLINE
#define SE SSL_CONF_FLAG_SHOW_ERRORS
#define CL SSL_CONF_FLAG_CLIENT
#define SV SSL_CONF_FLAG_SERVER
#define T_UNK SSL_CONF_TYPE_UNKNOWN
#define T_STR SSL_CONF_TYPE_STRING
#define T_NONE SSL_CONF_TYPE_NONE

static const struct row {
    unsigned flags;
    const char *prefix;
    const char *cmd, *val;
    int ret, type;
    int err1, err2; /* SSL reasons queued, 0 = none */
} rows[] = {
    /* neither FILE nor CMDLINE: nothing is recognised */
    {0, NULL, "CipherString", "AES128-SHA", -2, T_UNK, 0, 0},
    {0, NULL, "-cipher", "AES128-SHA", -2, T_UNK, 0, 0},
    /* file form */
    {F, NULL, "CipherString", "AES128-SHA", 2, T_STR, 0, 0},
    {F, NULL, "cipherstring", "AES128-SHA", 2, T_STR, 0, 0},
    {F, NULL, "CipherString", "BOGUS", 0, T_STR, SSL_R_NO_CIPHER_MATCH, 0},
    {F, NULL, "CipherString", NULL, -3, T_STR, 0, 0},
    {F, NULL, "Ciphersuites", "TLS_AES_128_GCM_SHA256", 2, T_STR, 0, 0},
    {F, NULL, "Ciphersuites", "BOGUS", 0, T_STR, SSL_R_NO_CIPHER_MATCH, 0},
    {F, NULL, "MinProtocol", "TLSv1.2", 2, T_STR, 0, 0},
    {F, NULL, "MinProtocol", "TLSv9", 0, T_STR, 0, 0},
    {F, NULL, "MinProtocol", "None", 2, T_STR, 0, 0},
    {F, NULL, "MaxProtocol", "TLSv1.3", 2, T_STR, 0, 0},
    {F, NULL, "Protocol", "bogus", 0, T_STR, 0, 0},
    {F, NULL, "Options", "Bogus", 0, T_STR, 0, 0},
    /* options and verify mode need CLIENT or SERVER */
    {F, NULL, "Options", "-SessionTicket", 0, T_STR, 0, 0},
    {F | CL, NULL, "Options", "-SessionTicket", 2, T_STR, 0, 0},
    {F | SV, NULL, "Options", "ServerPreference", 2, T_STR, 0, 0},
    {F, NULL, "VerifyMode", "Peer", 0, T_STR, 0, 0},
    {F | CL, NULL, "VerifyMode", "Peer", 2, T_STR, 0, 0},
    {F, NULL, "Curves", "P-256:X25519", 2, T_STR, 0, 0},
    {F, NULL, "Groups", "P-256:bogus", 0, T_STR, ERR_R_PASSED_INVALID_ARGUMENT, 0},
    {F, NULL, "SignatureAlgorithms", "RSA+SHA256", 2, T_STR, 0, 0},
    {F, NULL, "SignatureAlgorithms", "bogus", 0, T_STR, 0, 0},
    {F, NULL, "ClientSignatureAlgorithms", "RSA+SHA256", 2, T_STR, 0, 0},
    {F, NULL, "RecordPadding", "16", 2, T_STR, 0, 0},
    /* server-only and certificate commands without their flag */
    {F, NULL, "NumTickets", "3", -2, T_UNK, 0, 0},
    {F | SV, NULL, "NumTickets", "3", 2, T_STR, 0, 0},
    {F, NULL, "ECDHParameters", "P-256", -2, T_UNK, 0, 0},
    {F, NULL, "Certificate", "/nonexistent", -2, T_UNK, 0, 0},
    {F, NULL, "PrivateKey", "/nonexistent", -2, T_UNK, 0, 0},
    {F, NULL, "ChainCAFile", "/nonexistent", -2, T_UNK, 0, 0},
    {F, NULL, "VerifyCAFile", "/nonexistent", -2, T_UNK, 0, 0},
    {F | SV, NULL, "RequestCAFile", "/nonexistent", -2, T_UNK, 0, 0},
    {F, NULL, "DHParameters", "/nonexistent", -2, T_UNK, 0, 0},
    /* unknown, command-line names in file form, a NULL name */
    {F, NULL, "NoSuchCommand", "x", -2, T_UNK, 0, 0},
    {F, NULL, "SessionTicket", "off", -2, T_UNK, 0, 0},
    {F, NULL, "-cipher", "x", -2, T_UNK, 0, 0},
    {F, NULL, "cipher", "x", -2, T_UNK, 0, 0},
    {F, NULL, NULL, "x", 0, T_UNK, SSL_R_INVALID_NULL_CMD_NAME, 0},
    /* command-line form */
    {C, NULL, "-cipher", "AES256-SHA", 2, T_STR, 0, 0},
    {C, NULL, "-cipher", NULL, -3, T_STR, 0, 0},
    {C, NULL, "cipher", "AES256-SHA", -2, T_UNK, 0, 0},
    {C, NULL, "CipherString", "AES256-SHA", -2, T_UNK, 0, 0},
    {C, NULL, "-ciphersuites", "TLS_AES_128_GCM_SHA256", 2, T_STR, 0, 0},
    {C, NULL, "-no_ticket", NULL, 1, T_NONE, 0, 0},
    {C, NULL, "-no_tls1_3", NULL, 1, T_NONE, 0, 0},
    {C, NULL, "-legacy_renegotiation", NULL, 1, T_NONE, 0, 0},
    {C, NULL, "-no_renegotiation", NULL, 1, T_NONE, 0, 0},
    {C, NULL, "-allow_no_dhe_kex", NULL, 1, T_NONE, 0, 0},
    {C, NULL, "-strict", NULL, 1, T_NONE, 0, 0},
    {C, NULL, "-min_protocol", "TLSv1.3", 2, T_STR, 0, 0},
    {C, NULL, "-max_protocol", "TLSv1.2", 2, T_STR, 0, 0},
    {C, NULL, "-sigalgs", "RSA+SHA256", 2, T_STR, 0, 0},
    {C, NULL, "-curves", "P-256", 2, T_STR, 0, 0},
    {C, NULL, "-record_padding", "0", 2, T_STR, 0, 0},
    {C, NULL, "-serverpref", NULL, -2, T_UNK, 0, 0},
    {C, NULL, "-prioritize_chacha", NULL, -2, T_UNK, 0, 0},
    {C, NULL, "-named_curve", "P-256", -2, T_UNK, 0, 0},
    {C, NULL, "-num_tickets", "5", -2, T_UNK, 0, 0},
    {C, NULL, "-cert", "/nonexistent", -2, T_UNK, 0, 0},
    {C, NULL, "-key", "/nonexistent", -2, T_UNK, 0, 0},
    {C, NULL, "-dhparam", "/nonexistent", -2, T_UNK, 0, 0},
    {C, NULL, "-verifyCAfile", "/nonexistent", -2, T_UNK, 0, 0},
    {C, NULL, "-bogus", NULL, -2, T_UNK, 0, 0},
    /* SHOW_ERRORS */
    {F | SE, NULL, "NoSuchCommand", "x", -2, T_UNK, SSL_R_UNKNOWN_CMD_NAME, 0},
    {F | SE, NULL, "CipherString", "BOGUS", 0, T_STR, SSL_R_NO_CIPHER_MATCH, SSL_R_BAD_VALUE},
    {F | SE, NULL, "MinProtocol", "TLSv9", 0, T_STR, SSL_R_BAD_VALUE, 0},
    {F | SE, NULL, "CipherString", NULL, -3, T_STR, SSL_R_BAD_VALUE, 0},
    {F | SE, NULL, "Options", "Bogus", 0, T_STR, SSL_R_BAD_VALUE, 0},
    {C | SE, NULL, "-bogus", NULL, -2, T_UNK, SSL_R_UNKNOWN_CMD_NAME, 0},
    {C | SE, NULL, "-cipher", NULL, -3, T_STR, SSL_R_BAD_VALUE, 0},
    {C | SE, NULL, "-cipher", "BOGUS", 0, T_STR, SSL_R_NO_CIPHER_MATCH, SSL_R_BAD_VALUE},
    /* prefixes */
    {C, "-s_", "-s_cipher", "AES128-SHA", 2, T_STR, 0, 0},
    {C, "-s_", "-s_no_ticket", NULL, 1, T_NONE, 0, 0},
    {C, "-s_", "-cipher", "AES128-SHA", -2, T_UNK, 0, 0},
    {F, "Foo.", "Foo.CipherString", "AES128-SHA", 2, T_STR, 0, 0},
    {F, "Foo.", "foo.CipherString", "AES128-SHA", 2, T_STR, 0, 0},
    {F, "Foo.", "CipherString", "AES128-SHA", -2, T_UNK, 0, 0},
};

#define NROWS (sizeof(rows) / sizeof(rows[0]))

static int check_row(const struct row *r, int with_ctx)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL_CONF_CTX *cc = SSL_CONF_CTX_new();
    int bad = 0, ret, type, n;
    ck_assert_ptr_nonnull(cc);
    SSL_CONF_CTX_set_flags(cc, r->flags);
    if (r->prefix != NULL)
        ck_assert_int_eq(SSL_CONF_CTX_set1_prefix(cc, r->prefix), 1);
    if (with_ctx)
        SSL_CONF_CTX_set_ssl_ctx(cc, ctx);
    ERR_clear_error();
    ret = SSL_CONF_cmd(cc, r->cmd, r->val);
    n = err_take();
    type = r->cmd != NULL ? SSL_CONF_cmd_value_type(cc, r->cmd) : T_UNK;
    if (ret != r->ret || type != r->type) {
        fprintf(stderr, "[%#x %s] %s %s: OpenSSL %d type %d, got %d type %d\n", r->flags, r->prefix ? r->prefix : "",
                r->cmd ? r->cmd : "NULL", r->val ? r->val : "NULL", r->ret, r->type, ret, type);
        bad++;
    }
    int want_n = (r->err1 != 0) + (r->err2 != 0);
    if (n != want_n || (r->err1 != 0 && !errs_has(ERR_LIB_SSL, r->err1)) ||
        (r->err2 != 0 && !errs_has(ERR_LIB_SSL, r->err2)) ||
        (n == 2 && ERR_GET_REASON(h_errs[1]) != r->err2)) {
        fprintf(stderr, "[%#x %s] %s %s: OpenSSL queues %d (%d, %d), got:\n", r->flags, r->prefix ? r->prefix : "",
                r->cmd ? r->cmd : "NULL", r->val ? r->val : "NULL", want_n, r->err1, r->err2);
        errs_print("queue");
        bad++;
    }
    SSL_CONF_CTX_free(cc);
    SSL_CTX_free(ctx);
    return bad;
}

START_TEST(test_commands)
{
    int bad = 0;
    for (size_t i = 0; i < NROWS; i++)
        bad += check_row(&rows[i], 1);
    ck_assert_msg(bad == 0, "%d commands answered differently", bad);
}
END_TEST

/* Without an SSL_CTX or SSL: only some commands can succeed. */
START_TEST(test_no_target)
{
    SSL_CONF_CTX *cc = SSL_CONF_CTX_new();
    SSL_CONF_CTX_set_flags(cc, F);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "CipherString", "AES128-SHA"), 2);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "MinProtocol", "TLSv1.2"), 0);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "Options", "-SessionTicket"), 0);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "NoSuch", "x"), -2);
    ck_assert_int_eq(SSL_CONF_cmd_value_type(cc, "CipherString"), T_STR);
    ck_assert_int_eq(SSL_CONF_cmd_value_type(cc, "MinProtocol"), T_STR);
    ck_assert_int_eq(SSL_CONF_cmd_value_type(cc, "Certificate"), T_UNK);
    ck_assert_int_eq(SSL_CONF_cmd_value_type(cc, "-cipher"), T_UNK);
    ck_no_errors();
    ck_assert_int_eq(SSL_CONF_CTX_finish(cc), 1);
    ck_no_errors();
    SSL_CONF_CTX_free(cc);
}
END_TEST

START_TEST(test_flags_return)
{
    SSL_CONF_CTX *cc = SSL_CONF_CTX_new();
    ck_assert_uint_eq(SSL_CONF_CTX_set_flags(cc, F), F);
    ck_assert_uint_eq(SSL_CONF_CTX_set_flags(cc, SV), F | SV);
    ck_assert_uint_eq(SSL_CONF_CTX_set_flags(cc, CL), F | SV | CL);
    ck_assert_uint_eq(SSL_CONF_CTX_clear_flags(cc, SV), F | CL);
    ck_assert_uint_eq(SSL_CONF_CTX_clear_flags(cc, F), CL);
    ck_assert_uint_eq(SSL_CONF_CTX_set_flags(cc, C | SE), CL | C | SE);
    ck_assert_int_eq(SSL_CONF_CTX_set1_prefix(cc, "-x_"), 1);
    ck_assert_int_eq(SSL_CONF_CTX_set1_prefix(cc, NULL), 1);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "-cipher", "AES128-SHA"), 2);
    ck_no_errors();
    SSL_CONF_CTX_free(cc);
}
END_TEST

/* What the file-form commands set on a context. */
START_TEST(test_values_ctx_file)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL_CONF_CTX *cc = SSL_CONF_CTX_new();
    SSL_CONF_CTX_set_flags(cc, F | CL);
    SSL_CONF_CTX_set_ssl_ctx(cc, ctx);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "CipherString", "AES128-SHA"), 2);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "Ciphersuites", "TLS_AES_128_GCM_SHA256"), 2);
    ck_assert_int_eq(sk_SSL_CIPHER_num(SSL_CTX_get_ciphers(ctx)), 2);
    ck_assert_str_eq(SSL_CIPHER_get_name(sk_SSL_CIPHER_value(SSL_CTX_get_ciphers(ctx), 0)), "TLS_AES_128_GCM_SHA256");
    ck_assert_str_eq(SSL_CIPHER_get_name(sk_SSL_CIPHER_value(SSL_CTX_get_ciphers(ctx), 1)), "AES128-SHA");
    ck_assert_int_eq(SSL_CONF_cmd(cc, "MinProtocol", "TLSv1.2"), 2);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "MaxProtocol", "TLSv1.2"), 2);
    ck_assert_int_eq(SSL_CTX_get_min_proto_version(ctx), TLS1_2_VERSION);
    ck_assert_int_eq(SSL_CTX_get_max_proto_version(ctx), TLS1_2_VERSION);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "MaxProtocol", "None"), 2);
    ck_assert_int_eq(SSL_CTX_get_max_proto_version(ctx), 0);
    ck_assert_uint_eq(SSL_CTX_get_options(ctx) & SSL_OP_NO_TICKET, 0);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "Options", "-SessionTicket"), 2);
    ck_assert_uint_ne(SSL_CTX_get_options(ctx) & SSL_OP_NO_TICKET, 0);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "Options", "SessionTicket"), 2);
    ck_assert_uint_eq(SSL_CTX_get_options(ctx) & SSL_OP_NO_TICKET, 0);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "VerifyMode", "Peer"), 2);
    ck_assert_int_eq(SSL_CTX_get_verify_mode(ctx), SSL_VERIFY_PEER);
    ck_assert_int_eq(SSL_CONF_CTX_finish(cc), 1);
    ck_no_errors();
    SSL_CONF_CTX_free(cc);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_values_ctx_cmdline)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL_CONF_CTX *cc = SSL_CONF_CTX_new();
    SSL_CONF_CTX_set_flags(cc, C | SV);
    SSL_CONF_CTX_set_ssl_ctx(cc, ctx);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "-no_ticket", NULL), 1);
    ck_assert_uint_ne(SSL_CTX_get_options(ctx) & SSL_OP_NO_TICKET, 0);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "-serverpref", NULL), 1);
    ck_assert_uint_ne(SSL_CTX_get_options(ctx) & SSL_OP_CIPHER_SERVER_PREFERENCE, 0);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "-no_tls1_3", NULL), 1);
    ck_assert_uint_ne(SSL_CTX_get_options(ctx) & SSL_OP_NO_TLSv1_3, 0);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "-num_tickets", "5"), 2);
    ck_assert_uint_eq(SSL_CTX_get_num_tickets(ctx), 5);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "-min_protocol", "TLSv1.3"), 2);
    ck_assert_int_eq(SSL_CTX_get_min_proto_version(ctx), TLS1_3_VERSION);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "-cipher", "AES256-SHA"), 2);
    ck_assert_str_eq(SSL_CIPHER_get_name(sk_SSL_CIPHER_value(SSL_CTX_get_ciphers(ctx), 3)), "AES256-SHA");
    ck_no_errors();
    SSL_CONF_CTX_free(cc);
    SSL_CTX_free(ctx);
}
END_TEST

/* Certificate commands with SSL_CONF_FLAG_CERTIFICATE. */
START_TEST(test_certificate_commands)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CONF_CTX *cc = SSL_CONF_CTX_new();
    SSL_CONF_CTX_set_flags(cc, F | SV | SSL_CONF_FLAG_CERTIFICATE);
    SSL_CONF_CTX_set_ssl_ctx(cc, ctx);
    ck_assert_int_eq(SSL_CONF_cmd_value_type(cc, "Certificate"), SSL_CONF_TYPE_FILE);
    ck_assert_int_eq(SSL_CONF_cmd_value_type(cc, "VerifyCAPath"), SSL_CONF_TYPE_DIR);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "Certificate", cert("chain.pem")), 2);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "PrivateKey", cert("leaf.key")), 2);
    ck_assert_int_eq(SSL_CTX_check_private_key(ctx), 1);
    ck_no_errors();
    ck_assert_int_le(SSL_CONF_cmd(cc, "Certificate", cert("no-such-file.pem")), 0);
    err_take();
    ck_assert_int_ge(h_nerr, 1);
    ck_assert_int_eq(SSL_CONF_CTX_finish(cc), 1);
    err_take();
    SSL_CONF_CTX_free(cc);
    SSL_CTX_free(ctx);
}
END_TEST

/* On an SSL: the SSL changes, its context does not. */
START_TEST(test_values_ssl)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s = SSL_new(ctx);
    SSL_CONF_CTX *cc = SSL_CONF_CTX_new();
    SSL_CONF_CTX_set_flags(cc, F | CL);
    SSL_CONF_CTX_set_ssl(cc, s);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "CipherString", "AES256-SHA"), 2);
    ck_assert_str_eq(SSL_get_cipher_list(s, 3), "AES256-SHA");
    ck_assert_ptr_null(SSL_get_cipher_list(s, 4));
    ck_assert_int_gt(sk_SSL_CIPHER_num(SSL_CTX_get_ciphers(ctx)), 4);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "Options", "-SessionTicket"), 2);
    ck_assert_uint_ne(SSL_get_options(s) & SSL_OP_NO_TICKET, 0);
    ck_assert_uint_eq(SSL_CTX_get_options(ctx) & SSL_OP_NO_TICKET, 0);
    ck_assert_int_eq(SSL_CONF_cmd(cc, "MinProtocol", "TLSv1.3"), 2);
    ck_assert_int_eq(SSL_get_min_proto_version(s), TLS1_3_VERSION);
    ck_assert_int_eq(SSL_CTX_get_min_proto_version(ctx), 0);
    ck_no_errors();
    SSL_CONF_CTX_free(cc);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_argv)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL_CONF_CTX *cc = SSL_CONF_CTX_new();
    char a0[] = "-cipher", a1[] = "AES128-SHA", a2[] = "-no_ticket", a3[] = "-bogus", a4[] = "x";
    char *av[] = {a0, a1, a2, a3, a4, NULL}, **pv = av;
    int ac = 5;
    SSL_CONF_CTX_set_flags(cc, C);
    SSL_CONF_CTX_set_ssl_ctx(cc, ctx);
    /* a command with a value: 2, both consumed */
    ck_assert_int_eq(SSL_CONF_cmd_argv(cc, &ac, &pv), 2);
    ck_assert_int_eq(ac, 3);
    ck_assert_ptr_eq(pv, av + 2);
    /* a switch: 1 */
    ck_assert_int_eq(SSL_CONF_cmd_argv(cc, &ac, &pv), 1);
    ck_assert_int_eq(ac, 2);
    ck_assert_ptr_eq(pv, av + 3);
    ck_assert_uint_ne(SSL_CTX_get_options(ctx) & SSL_OP_NO_TICKET, 0);
    /* not ours: 0, nothing consumed */
    ck_assert_int_eq(SSL_CONF_cmd_argv(cc, &ac, &pv), 0);
    ck_assert_int_eq(ac, 2);
    ck_assert_ptr_eq(pv, av + 3);
    ck_no_errors();
    /* the value is missing: -3 */
    char *av2[] = {a0, NULL};
    pv = av2;
    ac = 1;
    ck_assert_int_eq(SSL_CONF_cmd_argv(cc, &ac, &pv), -3);
    ck_assert_int_eq(ac, 1);
    ck_no_errors();
    /* without a count the array is NULL-terminated */
    pv = av2;
    ck_assert_int_eq(SSL_CONF_cmd_argv(cc, NULL, &pv), -3);
    ck_assert_ptr_eq(pv, av2);
    char *av3[] = {a2, NULL};
    pv = av3;
    ac = 0;
    ck_assert_int_eq(SSL_CONF_cmd_argv(cc, &ac, &pv), 0);
    ac = 1;
    ck_assert_int_eq(SSL_CONF_cmd_argv(cc, &ac, &pv), 1);
    ck_assert_int_eq(ac, 0);
    ck_no_errors();
    SSL_CONF_CTX_free(cc);
    SSL_CTX_free(ctx);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_app_conf");
    TCase *tc = h_tcase(s, "cmd");
    tcase_add_test(tc, test_commands);
    tcase_add_test(tc, test_no_target);
    tcase_add_test(tc, test_flags_return);
    tc = h_tcase(s, "values");
    tcase_add_test(tc, test_values_ctx_file);
    tcase_add_test(tc, test_values_ctx_cmdline);
    tcase_add_test(tc, test_certificate_commands);
    tcase_add_test(tc, test_values_ssl);
    tcase_add_test(tc, test_argv);
    return h_run(s);
}
