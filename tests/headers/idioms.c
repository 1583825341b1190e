/* Idioms TLS applications write against OpenSSL 3.0 (and 1.1), compiled with -Wall -Wextra -Werror against the
 * real headers and against ours (tests/headers, syntax only). */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/conf.h>
#include <openssl/engine.h>
#include <openssl/bn.h>
#include <openssl/opensslv.h>
#include <stdio.h>
#include <string.h>

#if OPENSSL_VERSION_NUMBER < 0x30000000L || !OPENSSL_VERSION_PREREQ(3, 0)
#error "version macros"
#endif

/* Applications define their own typed stacks and hash tables. */
typedef struct app_item_st {
    int id;
    char name[16];
} APP_ITEM;
DEFINE_STACK_OF(APP_ITEM)
DEFINE_LHASH_OF(APP_ITEM);

static int app_item_cmp(const APP_ITEM *const *a, const APP_ITEM *const *b)
{
    return (*a)->id - (*b)->id;
}

static unsigned long app_item_hash(const APP_ITEM *a)
{
    return (unsigned long)a->id;
}

static int app_item_eq(const APP_ITEM *a, const APP_ITEM *b)
{
    return a->id != b->id;
}

static void str_free(char *s)
{
    OPENSSL_free(s);
}

static int verify_cb(int ok, X509_STORE_CTX *ctx)
{
    if (!ok) {
        int err = X509_STORE_CTX_get_error(ctx);
        int depth = X509_STORE_CTX_get_error_depth(ctx);
        X509 *cert = X509_STORE_CTX_get_current_cert(ctx);
        char buf[256];
        X509_NAME_oneline(X509_get_subject_name(cert), buf, sizeof(buf));
        fprintf(stderr, "depth=%d %s: %s\n", depth, buf, X509_verify_cert_error_string(err));
        if (err == X509_V_ERR_CERT_HAS_EXPIRED || err == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT)
            return 1;
    }
    return ok;
}

static int sni_cb(SSL *s, int *al, void *arg)
{
    const char *name = SSL_get_servername(s, TLSEXT_NAMETYPE_host_name);
    (void)arg;
    if (name == NULL) {
        *al = SSL_AD_UNRECOGNIZED_NAME;
        return SSL_TLSEXT_ERR_ALERT_FATAL;
    }
    return SSL_TLSEXT_ERR_OK;
}

static int alpn_cb(SSL *s, const unsigned char **out, unsigned char *outlen, const unsigned char *in,
                   unsigned int inlen, void *arg)
{
    static const unsigned char protos[] = "\x02h2\x08http/1.1";
    (void)s;
    (void)arg;
    if (SSL_select_next_proto((unsigned char **)out, outlen, protos, sizeof(protos) - 1, in, inlen)
        != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    return SSL_TLSEXT_ERR_OK;
}

static void info_cb(const SSL *s, int where, int ret)
{
    if (where & SSL_CB_ALERT)
        fprintf(stderr, "alert %s:%s\n", SSL_alert_type_string_long(ret), SSL_alert_desc_string_long(ret));
    if (where & SSL_CB_HANDSHAKE_DONE)
        fprintf(stderr, "done %s %s\n", SSL_get_version(s), SSL_CIPHER_get_name(SSL_get_current_cipher(s)));
}

static int pw_cb(char *buf, int size, int rwflag, void *u)
{
    (void)rwflag;
    strncpy(buf, (const char *)u, (size_t)size);
    return (int)strlen(buf);
}

int idioms(const char *host, int fd);
int idioms(const char *host, int fd)
{
    SSL_library_init();
    SSL_load_error_strings();
    OpenSSL_add_ssl_algorithms();
    OPENSSL_init_ssl(OPENSSL_INIT_LOAD_SSL_STRINGS | OPENSSL_INIT_LOAD_CRYPTO_STRINGS, NULL);

    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_COMPRESSION | SSL_OP_ALL);
    SSL_CTX_clear_options(ctx, SSL_OP_LEGACY_SERVER_CONNECT);
    SSL_CTX_set_mode(ctx, SSL_MODE_AUTO_RETRY | SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, verify_cb);
    SSL_CTX_set_verify_depth(ctx, 4);
    SSL_CTX_set_default_verify_paths(ctx);
    SSL_CTX_load_verify_locations(ctx, "ca.pem", NULL);
    SSL_CTX_use_certificate_chain_file(ctx, "chain.pem");
    SSL_CTX_use_PrivateKey_file(ctx, "key.pem", SSL_FILETYPE_PEM);
    SSL_CTX_set_default_passwd_cb(ctx, pw_cb);
    SSL_CTX_set_default_passwd_cb_userdata(ctx, (void *)"secret");
    if (!SSL_CTX_check_private_key(ctx))
        ERR_print_errors_fp(stderr);
    SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5");
    SSL_CTX_set_ciphersuites(ctx, "TLS_AES_128_GCM_SHA256");
    SSL_CTX_set1_groups_list(ctx, "X25519:P-256");
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
    SSL_CTX_sess_set_cache_size(ctx, 128);
    SSL_CTX_set_timeout(ctx, 300);
    SSL_CTX_set_tlsext_servername_callback(ctx, sni_cb);
    SSL_CTX_set_tlsext_servername_arg(ctx, NULL);
    SSL_CTX_set_alpn_select_cb(ctx, alpn_cb, NULL);
    SSL_CTX_set_alpn_protos(ctx, (const unsigned char *)"\x02h2", 3);
    SSL_CTX_set_info_callback(ctx, info_cb);
    SSL_CTX_set_read_ahead(ctx, 1);
    SSL_CTX_set_ecdh_auto(ctx, 1);
    X509 *extra = NULL;
    BIO *cbio = BIO_new_file("chain.pem", "r");
    while ((extra = PEM_read_bio_X509(cbio, NULL, NULL, NULL)) != NULL)
        if (!SSL_CTX_add_extra_chain_cert(ctx, extra))
            X509_free(extra);
    BIO_free(cbio);
    DH *dh = NULL;
    SSL_CTX_set_tmp_dh(ctx, dh);
    X509_STORE *store = SSL_CTX_get_cert_store(ctx);
    X509_STORE_set_flags(store, X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_CRL_CHECK);
    X509_VERIFY_PARAM *vpm = SSL_CTX_get0_param(ctx);
    X509_VERIFY_PARAM_set_hostflags(vpm, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    X509_VERIFY_PARAM_set1_host(vpm, host, 0);

    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, host);
    SSL_set1_host(ssl, host);
    SSL_set_connect_state(ssl);
    SSL_set_mode(ssl, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    SSL_set_ex_data(ssl, 0, NULL);
    int idx = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    (void)idx;
    int rc;
    while ((rc = SSL_connect(ssl)) <= 0) {
        int e = SSL_get_error(ssl, rc);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
            continue;
        if (e == SSL_ERROR_SYSCALL || e == SSL_ERROR_SSL) {
            unsigned long code = ERR_peek_last_error();
            char msg[256];
            ERR_error_string_n(code, msg, sizeof(msg));
            if (ERR_GET_LIB(code) == ERR_LIB_SSL && ERR_GET_REASON(code) == SSL_R_CERTIFICATE_VERIFY_FAILED)
                fprintf(stderr, "%s %s\n", msg, X509_verify_cert_error_string(SSL_get_verify_result(ssl)));
            ERR_clear_error();
        }
        break;
    }
    X509 *peer = SSL_get_peer_certificate(ssl);
    if (peer != NULL) {
        STACK_OF(GENERAL_NAME) *names = X509_get_ext_d2i(peer, NID_subject_alt_name, NULL, NULL);
        for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
            const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, i);
            if (gn->type == GEN_DNS)
                printf("dns %.*s\n", ASN1_STRING_length(gn->d.dNSName),
                       (const char *)ASN1_STRING_get0_data(gn->d.dNSName));
            else if (gn->type == GEN_IPADD)
                printf("ip len %d\n", gn->d.iPAddress->length);
        }
        GENERAL_NAMES_free(names);
        X509_NAME *subj = X509_get_subject_name(peer);
        int pos = X509_NAME_get_index_by_NID(subj, NID_commonName, -1);
        X509_NAME_ENTRY *ent = X509_NAME_get_entry(subj, pos);
        ASN1_STRING *cn = X509_NAME_ENTRY_get_data(ent);
        unsigned char *utf8 = NULL;
        if (ASN1_STRING_to_UTF8(&utf8, cn) >= 0)
            OPENSSL_free(utf8);
        X509_check_host(peer, host, 0, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, NULL);
        X509_check_ip_asc(peer, "127.0.0.1", 0);
        BIO *out = BIO_new_fp(stdout, BIO_NOCLOSE);
        ASN1_TIME_print(out, X509_get0_notAfter(peer));
        X509_NAME_print_ex(out, subj, 0, XN_FLAG_ONELINE);
        PEM_write_bio_X509(out, peer);
        EVP_PKEY *pk = X509_get_pubkey(peer);
        printf("%d %d %s\n", EVP_PKEY_get_id(pk), EVP_PKEY_bits(pk), OBJ_nid2sn(EVP_PKEY_base_id(pk)));
        EVP_PKEY_free(pk);
        BIO_free(out);
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int mdlen = 0;
        X509_digest(peer, EVP_sha256(), md, &mdlen);
        BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get_serialNumber(peer), NULL);
        char *hex = BN_bn2hex(bn);
        OPENSSL_free(hex);
        BN_free(bn);
        X509_free(peer);
    }
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl);
    for (int i = 0; i < sk_X509_num(chain); i++)
        X509_get_subject_name(sk_X509_value(chain, i));
    const SSL_CIPHER *c = SSL_get_current_cipher(ssl);
    printf("%s %d %d %d\n", SSL_CIPHER_get_name(c), SSL_CIPHER_get_bits(c, NULL), SSL_CIPHER_get_kx_nid(c),
           SSL_CIPHER_get_auth_nid(c) == NID_auth_rsa);
    const unsigned char *alpn = NULL;
    unsigned int alpnlen = 0;
    SSL_get0_alpn_selected(ssl, &alpn, &alpnlen);
    char buf[1024];
    int n = SSL_read(ssl, buf, sizeof(buf));
    size_t written = 0;
    SSL_write_ex(ssl, buf, n > 0 ? (size_t)n : 0, &written);
    if (SSL_pending(ssl) > 0 || (SSL_get_shutdown(ssl) & SSL_RECEIVED_SHUTDOWN))
        SSL_shutdown(ssl);
    SSL_SESSION *sess = SSL_get1_session(ssl);
    SSL_SESSION_free(sess);
    SSL_free(ssl);

    /* Memory BIOs, BIO pairs, connect BIOs, SSL BIOs. */
    BIO *mem = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(mem, -1);
    BIO_puts(mem, "x");
    char *data = NULL;
    long len = BIO_get_mem_data(mem, &data);
    BUF_MEM *bm = NULL;
    BIO_get_mem_ptr(mem, &bm);
    (void)len;
    BIO *b1 = NULL, *b2 = NULL;
    BIO_new_bio_pair(&b1, 0, &b2, 0);
    printf("%d %d\n", (int)BIO_ctrl_pending(b1), (int)BIO_wpending(b2));
    BIO *conn = BIO_new_connect("example.org:443");
    BIO_set_conn_hostname(conn, host);
    BIO_set_nbio(conn, 1);
    if (BIO_do_connect(conn) <= 0 && BIO_should_retry(conn))
        BIO_get_fd(conn, NULL);
    BIO *sbio = BIO_new_ssl_connect(ctx);
    SSL *sssl = NULL;
    BIO_get_ssl(sbio, &sssl);
    BIO_do_handshake(sbio);
    BIO_free_all(sbio);
    BIO_free_all(conn);
    BIO_free(b1);
    BIO_free(b2);
    BIO_free(mem);

    /* Own stacks and tables. */
    STACK_OF(APP_ITEM) *items = sk_APP_ITEM_new(app_item_cmp);
    APP_ITEM it = {1, "a"};
    sk_APP_ITEM_push(items, &it);
    sk_APP_ITEM_sort(items);
    sk_APP_ITEM_free(items);
    LHASH_OF(APP_ITEM) *tab = lh_APP_ITEM_new(app_item_hash, app_item_eq);
    lh_APP_ITEM_insert(tab, &it);
    lh_APP_ITEM_free(tab);
    STACK_OF(OPENSSL_STRING) *strs = sk_OPENSSL_STRING_new_null();
    sk_OPENSSL_STRING_push(strs, OPENSSL_strdup("x"));
    sk_OPENSSL_STRING_pop_free(strs, str_free);

    unsigned char rnd[16];
    RAND_bytes(rnd, sizeof(rnd));
    OPENSSL_cleanse(rnd, sizeof(rnd));
    printf("%s %s\n", OpenSSL_version(OPENSSL_VERSION), SSLeay_version(SSLEAY_VERSION));
    SSL_CTX_free(ctx);
    ERR_free_strings();
    EVP_cleanup();
    CRYPTO_cleanup_all_ex_data();
    return 0;
}
