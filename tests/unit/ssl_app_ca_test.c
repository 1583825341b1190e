/* differential */
/*
 * shim/ssl/app_ca.c: CA name lists: SSL_load_client_CA_file, SSL_add_file/dir_cert_subjects_to_stack,
 * SSL_dup_CA_list, the client CA list of a context and of an SSL (SSL_CTX_set/get_client_CA_list,
 * SSL_CTX_add_client_CA, SSL_add_client_CA, which list a client or a server SSL answers with), the
 * set0/get0/add1 CA_list family, and what a client sees after a CertificateRequest.
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

static X509 *load(const char *name)
{
    BIO *b = BIO_new_file(cert(name), "r");
    X509 *x;
    ck_assert_ptr_nonnull(b);
    x = PEM_read_bio_X509(b, NULL, NULL, NULL);
    ck_assert_ptr_nonnull(x);
    BIO_free(b);
    return x;
}

/* Whether name i of sk is the subject of certificate file `name`. */
static int is_subject(STACK_OF(X509_NAME) * sk, int i, const char *name)
{
    X509 *x = load(name);
    int r = X509_NAME_cmp(sk_X509_NAME_value(sk, i), X509_get_subject_name(x)) == 0;
    X509_free(x);
    return r;
}

/* Whether sk holds the subject of certificate file `name` (adding sorts the stack). */
static int has_subject(STACK_OF(X509_NAME) * sk, const char *name)
{
    for (int i = 0; i < sk_X509_NAME_num(sk); i++)
        if (is_subject(sk, i, name))
            return 1;
    return 0;
}

/* A temporary file made of the concatenation of certificate files. */
static const char *cat_files(const char *a, const char *b, const char *c)
{
    static char path[600];
    const char *parts[] = {a, b, c};
    FILE *out;
    snprintf(path, sizeof(path), "%s/ca-test-%d.pem", h_certdir, (int)getpid());
    out = fopen(path, "w");
    ck_assert_ptr_nonnull(out);
    for (int i = 0; i < 3; i++) {
        char buf[4096];
        size_t n;
        FILE *in;
        if (parts[i] == NULL)
            continue;
        in = fopen(cert(parts[i]), "r");
        ck_assert_ptr_nonnull(in);
        while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
            fwrite(buf, 1, n, out);
        fclose(in);
    }
    fclose(out);
    return path;
}

START_TEST(test_load_file)
{
    STACK_OF(X509_NAME) *sk = SSL_load_client_CA_file(cert("ca-bundle.pem"));
    ck_assert_ptr_nonnull(sk);
    ck_assert_int_eq(sk_X509_NAME_num(sk), 2);
    ck_assert(is_subject(sk, 0, "root.pem"));
    ck_assert(is_subject(sk, 1, "inter.pem"));
    ck_no_errors();
    sk_X509_NAME_pop_free(sk, X509_NAME_free);
}
END_TEST

START_TEST(test_load_file_dedup)
{
    const char *p = cat_files("inter.pem", "root.pem", "inter.pem");
    STACK_OF(X509_NAME) *sk = SSL_load_client_CA_file(p);
    ck_assert_ptr_nonnull(sk);
    ck_assert_int_eq(sk_X509_NAME_num(sk), 2);
    ck_assert(is_subject(sk, 0, "inter.pem"));
    ck_assert(is_subject(sk, 1, "root.pem"));
    ck_no_errors();
    sk_X509_NAME_pop_free(sk, X509_NAME_free);
    unlink(p);
}
END_TEST

START_TEST(test_load_file_missing)
{
    ck_assert_ptr_null(SSL_load_client_CA_file(cert("no-such-file.pem")));
    err_take();
    ck_assert_int_eq(h_nerr, 2);
    ck_assert(errs_has(ERR_LIB_SYS, ENOENT));
    ck_assert(errs_has(ERR_LIB_BIO, ERR_R_SYS_LIB));
}
END_TEST

START_TEST(test_load_file_no_certs)
{
    /* the PEM reader's "no start line" is left on the queue */
    ck_assert_ptr_null(SSL_load_client_CA_file(cert("leaf.key")));
    ck_errs_exact("leaf.key", 1, ERR_LIB_PEM, PEM_R_NO_START_LINE);
    ck_assert_ptr_null(SSL_load_client_CA_file(cert("dh.pem")));
    ck_errs_exact("dh.pem", 1, ERR_LIB_PEM, PEM_R_NO_START_LINE);
}
END_TEST

START_TEST(test_add_file_subjects)
{
    STACK_OF(X509_NAME) *sk = sk_X509_NAME_new_null();
    ck_assert_int_eq(SSL_add_file_cert_subjects_to_stack(sk, cert("root.pem")), 1);
    ck_assert_int_eq(sk_X509_NAME_num(sk), 1);
    /* already there: not added again */
    ck_assert_int_eq(SSL_add_file_cert_subjects_to_stack(sk, cert("ca-bundle.pem")), 1);
    ck_assert_int_eq(sk_X509_NAME_num(sk), 2);
    ck_assert(has_subject(sk, "root.pem"));
    ck_assert(has_subject(sk, "inter.pem"));
    ck_assert_int_eq(SSL_add_file_cert_subjects_to_stack(sk, cert("chain.pem")), 1);
    ck_assert_int_eq(sk_X509_NAME_num(sk), 3);
    ck_assert(has_subject(sk, "leaf.pem"));
    ck_no_errors();
    /* no certificate in the file: still 1, nothing added */
    ck_assert_int_eq(SSL_add_file_cert_subjects_to_stack(sk, cert("leaf.key")), 1);
    ck_assert_int_eq(sk_X509_NAME_num(sk), 3);
    ck_no_errors();
    /* missing file: 0 */
    ck_assert_int_eq(SSL_add_file_cert_subjects_to_stack(sk, cert("no-such-file.pem")), 0);
    err_take();
    ck_assert(errs_has(ERR_LIB_SYS, ENOENT));
    ck_assert(errs_has(ERR_LIB_BIO, ERR_R_SYS_LIB));
    ck_assert_int_eq(sk_X509_NAME_num(sk), 3);
    sk_X509_NAME_pop_free(sk, X509_NAME_free);
}
END_TEST

START_TEST(test_add_dir_subjects)
{
    char dir[600], cmd[4096];
    STACK_OF(X509_NAME) *sk = sk_X509_NAME_new_null();
    snprintf(dir, sizeof(dir), "%s/ca-dir-%d", h_certdir, (int)getpid());
    snprintf(cmd, sizeof(cmd), "rm -rf '%s' && mkdir '%s' && cp '%s' '%s' '%s' '%s/'", dir, dir, cert("root.pem"),
             cert("ca-bundle.pem"), cert("ec.pem"), dir);
    ck_assert_int_eq(system(cmd), 0);
    ck_assert_int_eq(SSL_add_dir_cert_subjects_to_stack(sk, dir), 1);
    /* root, inter, ec leaf: each once, whatever the directory order */
    ck_assert_int_eq(sk_X509_NAME_num(sk), 3);
    ck_no_errors();
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    /* a directory that does not exist */
    ck_assert_int_eq(SSL_add_dir_cert_subjects_to_stack(sk, dir), 0);
    err_take();
    ck_assert_int_ge(h_nerr, 1);
    ck_assert_int_eq(sk_X509_NAME_num(sk), 3);
    sk_X509_NAME_pop_free(sk, X509_NAME_free);
}
END_TEST

START_TEST(test_dup_ca_list)
{
    STACK_OF(X509_NAME) *sk = SSL_load_client_CA_file(cert("ca-bundle.pem")), *d = SSL_dup_CA_list(sk);
    ck_assert_ptr_nonnull(d);
    ck_assert_ptr_ne(d, sk);
    ck_assert_int_eq(sk_X509_NAME_num(d), 2);
    for (int i = 0; i < 2; i++) {
        ck_assert_ptr_ne(sk_X509_NAME_value(d, i), sk_X509_NAME_value(sk, i));
        ck_assert_int_eq(X509_NAME_cmp(sk_X509_NAME_value(d, i), sk_X509_NAME_value(sk, i)), 0);
    }
    sk_X509_NAME_pop_free(sk, X509_NAME_free);
    sk_X509_NAME_pop_free(d, X509_NAME_free);
    d = SSL_dup_CA_list(NULL);
    ck_assert_ptr_nonnull(d);
    ck_assert_int_eq(sk_X509_NAME_num(d), 0);
    sk_X509_NAME_free(d);
    ck_no_errors();
}
END_TEST

START_TEST(test_ctx_client_ca_list)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    STACK_OF(X509_NAME) *sk = SSL_load_client_CA_file(cert("ca-bundle.pem"));
    X509 *leaf = load("leaf.pem");
    ck_assert_ptr_nonnull(SSL_CTX_get_client_CA_list(ctx));
    ck_assert_int_eq(sk_X509_NAME_num(SSL_CTX_get_client_CA_list(ctx)), 0);
    SSL_CTX_set_client_CA_list(ctx, sk); /* takes it */
    ck_assert_ptr_eq(SSL_CTX_get_client_CA_list(ctx), sk);
    ck_assert_int_eq(SSL_CTX_add_client_CA(ctx, leaf), 1);
    ck_assert_int_eq(sk_X509_NAME_num(SSL_CTX_get_client_CA_list(ctx)), 3);
    /* no duplicate check here */
    ck_assert_int_eq(SSL_CTX_add_client_CA(ctx, leaf), 1);
    ck_assert_int_eq(sk_X509_NAME_num(SSL_CTX_get_client_CA_list(ctx)), 4);
    ck_assert(is_subject(SSL_CTX_get_client_CA_list(ctx), 3, "leaf.pem"));
    ck_assert_int_eq(SSL_CTX_add_client_CA(ctx, NULL), 0);
    err_take();
    ck_assert_int_eq(sk_X509_NAME_num(SSL_CTX_get_client_CA_list(ctx)), 4);
    /* NULL clears */
    SSL_CTX_set_client_CA_list(ctx, NULL);
    ck_assert_ptr_null(SSL_CTX_get_client_CA_list(ctx));
    ck_assert_int_eq(SSL_CTX_add_client_CA(ctx, leaf), 1);
    ck_assert_int_eq(sk_X509_NAME_num(SSL_CTX_get_client_CA_list(ctx)), 1);
    X509_free(leaf);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_ssl_client_ca_list)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *srv, *cli;
    X509 *leaf = load("leaf.pem");
    SSL_CTX_set_client_CA_list(ctx, SSL_load_client_CA_file(cert("ca-bundle.pem")));
    srv = SSL_new(ctx);
    cli = SSL_new(ctx);
    SSL_set_accept_state(srv);
    SSL_set_connect_state(cli);
    /* a server answers with the context's list, a client with what the peer sent (nothing yet) */
    ck_assert_ptr_eq(SSL_get_client_CA_list(srv), SSL_CTX_get_client_CA_list(ctx));
    ck_assert_ptr_null(SSL_get_client_CA_list(cli));
    /* adding to an SSL starts its own list */
    ck_assert_int_eq(SSL_add_client_CA(srv, leaf), 1);
    ck_assert_ptr_ne(SSL_get_client_CA_list(srv), SSL_CTX_get_client_CA_list(ctx));
    ck_assert_int_eq(sk_X509_NAME_num(SSL_get_client_CA_list(srv)), 1);
    ck_assert(is_subject(SSL_get_client_CA_list(srv), 0, "leaf.pem"));
    ck_assert_int_eq(sk_X509_NAME_num(SSL_CTX_get_client_CA_list(ctx)), 2);
    /* set replaces it */
    STACK_OF(X509_NAME) *mine = SSL_load_client_CA_file(cert("root.pem"));
    SSL_set_client_CA_list(srv, mine);
    ck_assert_ptr_eq(SSL_get_client_CA_list(srv), mine);
    ck_assert_int_eq(SSL_add_client_CA(cli, leaf), 1);
    ck_assert_ptr_null(SSL_get_client_CA_list(cli));
    ck_no_errors();
    X509_free(leaf);
    SSL_free(srv);
    SSL_free(cli);
    SSL_CTX_free(ctx);
}
END_TEST

START_TEST(test_ca_list_family)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *s;
    X509 *root = load("root.pem"), *inter = load("inter.pem");
    const STACK_OF(X509_NAME) *l;
    ck_assert_ptr_nonnull(SSL_CTX_get0_CA_list(ctx));
    ck_assert_int_eq(sk_X509_NAME_num(SSL_CTX_get0_CA_list(ctx)), 0);
    ck_assert_int_eq(SSL_CTX_add1_to_CA_list(ctx, root), 1);
    ck_assert_int_eq(SSL_CTX_add1_to_CA_list(ctx, inter), 1);
    l = SSL_CTX_get0_CA_list(ctx);
    ck_assert_int_eq(sk_X509_NAME_num(l), 2);
    /* separate from the client CA list */
    ck_assert_int_eq(sk_X509_NAME_num(SSL_CTX_get_client_CA_list(ctx)), 0);
    s = SSL_new(ctx);
    ck_assert_ptr_eq(SSL_get0_CA_list(s), l);
    ck_assert_int_eq(SSL_add1_to_CA_list(s, root), 1);
    ck_assert_ptr_ne(SSL_get0_CA_list(s), l);
    ck_assert_int_eq(sk_X509_NAME_num(SSL_get0_CA_list(s)), 1);
    SSL_set0_CA_list(s, NULL);
    ck_assert_ptr_eq(SSL_get0_CA_list(s), l);
    SSL_CTX_set0_CA_list(ctx, SSL_load_client_CA_file(cert("root.pem")));
    ck_assert_int_eq(sk_X509_NAME_num(SSL_CTX_get0_CA_list(ctx)), 1);
    ck_assert_ptr_null(SSL_get0_peer_CA_list(s));
    ck_no_errors();
    X509_free(root);
    X509_free(inter);
    SSL_free(s);
    SSL_CTX_free(ctx);
}
END_TEST

/* The server asks for a client certificate naming its CAs: what the client sees. */
static void peer_ca_list(int version)
{
    SSL_CTX *cctx = h_client_ctx(), *sctx = h_server_ctx();
    h_conn k;
    h_version(cctx, sctx, version);
    SSL_CTX_set_verify(sctx, SSL_VERIFY_PEER, NULL);
    ck_assert_int_eq(SSL_CTX_load_verify_locations(sctx, cert("root.pem"), NULL), 1);
    SSL_CTX_set_client_CA_list(sctx, SSL_load_client_CA_file(cert("ca-bundle.pem")));
    h_conn_mem(&k, cctx, sctx);
    h_handshake(&k);
    if (known_difference("no-peer-ca-list")) {
        ck_assert_ptr_null(SSL_get_client_CA_list(k.c));
    } else {
        STACK_OF(X509_NAME) *got = SSL_get_client_CA_list(k.c);
        ck_assert_ptr_nonnull(got);
        ck_assert_int_eq(sk_X509_NAME_num(got), 2);
        ck_assert(is_subject(got, 0, "root.pem"));
        ck_assert(is_subject(got, 1, "inter.pem"));
        ck_assert_ptr_eq(SSL_get0_peer_CA_list(k.c), got);
    }
    ck_assert_int_eq(sk_X509_NAME_num(SSL_get_client_CA_list(k.s)), 2);
    ck_assert_ptr_null(SSL_get0_peer_CA_list(k.s));
    h_conn_free(&k);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

START_TEST(test_peer_ca_list_tls13)
{
    peer_ca_list(TLS1_3_VERSION);
}
END_TEST

START_TEST(test_peer_ca_list_tls12)
{
    peer_ca_list(TLS1_2_VERSION);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ssl_app_ca");
    TCase *tc = h_tcase(s, "files");
    tcase_add_test(tc, test_load_file);
    tcase_add_test(tc, test_load_file_dedup);
    tcase_add_test(tc, test_load_file_missing);
    tcase_add_test(tc, test_load_file_no_certs);
    tcase_add_test(tc, test_add_file_subjects);
    tcase_add_test(tc, test_add_dir_subjects);
    tcase_add_test(tc, test_dup_ca_list);
    tc = h_tcase(s, "lists");
    tcase_add_test(tc, test_ctx_client_ca_list);
    tcase_add_test(tc, test_ssl_client_ca_list);
    tcase_add_test(tc, test_ca_list_family);
    tc = h_tcase(s, "handshake");
    tcase_add_test(tc, test_peer_ca_list_tls13);
    tcase_add_test(tc, test_peer_ca_list_tls12);
    return h_run(s);
}
