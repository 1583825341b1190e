/* Linked with -Lbuild/standalone -lssl -lcrypto: must resolve both libraries to libmbedshim.so.1 (the
 * export test checks ldd) and load with every reference bound (-z now). Uses the system headers, as an
 * unmodified application would. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>

int main(void)
{
    /* One libssl and one libcrypto reference; only the libcrypto one is called (the SSL function may still
     * be a stub in a partial build). */
    void (*ssl_fn)(void) = (void (*)(void))SSL_CTX_new;
    ERR_clear_error();
    printf("SSL_CTX_new %s, ERR_get_error %lu\n", ssl_fn != NULL ? "bound" : "missing", ERR_get_error());
    return ssl_fn == NULL;
}
