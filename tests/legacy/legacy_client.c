/* A TLS client written the OpenSSL 1.1 way, kept unchanged: it must build and run against both the real
 * OpenSSL and mbedshim's standalone libssl/libcrypto.
 * usage: legacy_client HOST:PORT CAFILE [SERVERNAME]   -> prints the peer subject and the first response line */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    const char *hostport = argc > 1 ? argv[1] : "127.0.0.1:4433";
    const char *cafile = argc > 2 ? argv[2] : NULL;
    const char *name = argc > 3 ? argv[3] : "localhost";
    char buf[1024], subject[256];
    SSL_CTX *ctx;
    BIO *web = NULL;
    SSL *ssl = NULL;
    X509 *cert;
    long res;
    int len, ret = 1;

    SSL_library_init();
    SSL_load_error_strings();
    OpenSSL_add_all_algorithms();

    ctx = SSL_CTX_new(SSLv23_client_method());
    if (ctx == NULL)
        goto err;
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    SSL_CTX_set_verify_depth(ctx, 4);
    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_COMPRESSION);
    if (cafile && SSL_CTX_load_verify_locations(ctx, cafile, NULL) != 1)
        goto err;

    web = BIO_new_ssl_connect(ctx);
    if (web == NULL)
        goto err;
    if (BIO_set_conn_hostname(web, hostport) != 1)
        goto err;
    BIO_get_ssl(web, &ssl);
    if (ssl == NULL)
        goto err;
    if (SSL_set_cipher_list(ssl, "HIGH:!aNULL:!kRSA:!PSK:!SRP:!MD5:!RC4") != 1)
        goto err;
    if (SSL_set_tlsext_host_name(ssl, name) != 1)
        goto err;
    X509_VERIFY_PARAM_set1_host(SSL_get0_param(ssl), name, 0);

    if (BIO_do_connect(web) != 1)
        goto err;
    if (BIO_do_handshake(web) != 1)
        goto err;

    cert = SSL_get_peer_certificate(ssl);
    if (cert == NULL)
        goto err;
    X509_NAME_oneline(X509_get_subject_name(cert), subject, sizeof(subject));
    X509_free(cert);
    res = SSL_get_verify_result(ssl);
    if (res != X509_V_OK) {
        fprintf(stderr, "verify result %ld\n", res);
        goto err;
    }
    printf("subject: %s\n", subject);
    printf("protocol: %s\n", SSL_get_version(ssl));
    printf("cipher: %s\n", SSL_get_cipher(ssl));

    BIO_puts(web, "GET / HTTP/1.0\r\nHost: localhost\r\n\r\n");
    len = BIO_read(web, buf, sizeof(buf) - 1);
    if (len <= 0)
        goto err;
    buf[len] = 0;
    buf[strcspn(buf, "\r\n")] = 0;
    printf("response: %s\n", buf);
    while (BIO_read(web, buf, sizeof(buf)) > 0)
        ;
    ret = 0;
err:
    if (ret)
        ERR_print_errors_fp(stderr);
    if (web)
        BIO_free_all(web);
    if (ctx)
        SSL_CTX_free(ctx);
    return ret;
}
