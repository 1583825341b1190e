/* A TLS server written the OpenSSL 1.1 way, kept unchanged: it must build and run against both the real
 * OpenSSL and mbedshim's standalone libssl/libcrypto. Serves ONE connection and exits.
 * usage: legacy_server PORT(0: any) CERT KEY [CHAIN]   -> answers a line with "echo: <line>" */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int port = argc > 1 ? atoi(argv[1]) : 4433;
    const char *certfile = argc > 2 ? argv[2] : "server.pem";
    const char *keyfile = argc > 3 ? argv[3] : "server.key";
    const char *chainfile = argc > 4 ? argv[4] : NULL;
    struct sockaddr_in addr;
    SSL_CTX *ctx;
    SSL *ssl;
    char buf[512], out[600];
    int sock, client, one = 1, n, ret = 1;

    SSL_library_init();
    SSL_load_error_strings();
    OpenSSL_add_ssl_algorithms();

    ctx = SSL_CTX_new(SSLv23_server_method());
    if (!ctx) {
        ERR_print_errors_fp(stderr);
        return 1;
    }
    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3);
    if (SSL_CTX_use_certificate_file(ctx, certfile, SSL_FILETYPE_PEM) <= 0 ||
        SSL_CTX_use_PrivateKey_file(ctx, keyfile, SSL_FILETYPE_PEM) <= 0 || !SSL_CTX_check_private_key(ctx)) {
        ERR_print_errors_fp(stderr);
        return 1;
    }
    if (chainfile) {
        FILE *f = fopen(chainfile, "r");
        X509 *x;
        while (f && (x = PEM_read_X509(f, NULL, NULL, NULL)) != NULL)
            SSL_CTX_add_extra_chain_cert(ctx, x);
        if (f)
            fclose(f);
        ERR_clear_error();
    }

    sock = socket(AF_INET, SOCK_STREAM, 0);
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(sock, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(sock, 1) < 0) {
        perror("bind/listen");
        return 1;
    }
    {
        socklen_t l = sizeof(addr);
        getsockname(sock, (struct sockaddr *)&addr, &l); /* port 0: the kernel picked one */
        printf("listening %d\n", ntohs(addr.sin_port));
    }
    fflush(stdout);
    client = accept(sock, NULL, NULL);
    if (client < 0) {
        perror("accept");
        return 1;
    }
    ssl = SSL_new(ctx);
    SSL_set_fd(ssl, client);
    if (SSL_accept(ssl) <= 0) {
        ERR_print_errors_fp(stderr);
    } else {
        printf("accepted %s %s\n", SSL_get_version(ssl), SSL_get_cipher_name(ssl));
        n = SSL_read(ssl, buf, sizeof(buf) - 1);
        if (n > 0) {
            buf[n] = 0;
            buf[strcspn(buf, "\r\n")] = 0;
            snprintf(out, sizeof(out), "echo: %s\n", buf);
            SSL_write(ssl, out, (int)strlen(out));
            ret = 0;
        } else {
            ERR_print_errors_fp(stderr);
        }
        SSL_shutdown(ssl);
    }
    SSL_free(ssl);
    close(client);
    close(sock);
    SSL_CTX_free(ctx);
    EVP_cleanup();
    ERR_free_strings();
    return ret;
}
