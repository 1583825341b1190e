/*
 * Test PKI for the libcrypto-subset suites (x509, x509_check, x509_vfy, pem, pkey): tests/certs/mkcerts.sh
 * generated once per test binary into a temporary directory ($MBS_SRCDIR names the source tree when the
 * binary runs elsewhere). Public OpenSSL API only, so the suites stay differential.
 */
#ifndef MBS_X509_CERTS_H
#define MBS_X509_CERTS_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

static char certdir[256];

__attribute__((unused)) static void make_certs(void)
{
    if (certdir[0])
        return;
    const char *root = getenv("MBS_SRCDIR");
    snprintf(certdir, sizeof(certdir), "/tmp/mbs-x509-XXXXXX");
    if (mkdtemp(certdir) == NULL)
        abort();
    char cmd[1024];
    snprintf(cmd, sizeof(cmd), "sh %s/tests/certs/mkcerts.sh %s", root ? root : ".", certdir);
    if (system(cmd) != 0)
        abort();
}

__attribute__((unused)) static void remove_certs(void)
{
    char cmd[512];
    if (certdir[0]) {
        snprintf(cmd, sizeof(cmd), "rm -rf %s", certdir);
        if (system(cmd) != 0)
            return;
    }
}

/* "<certdir>/<name>", in rotating buffers so that a few can be used at once */
__attribute__((unused)) static const char *cpath(const char *name)
{
    static char buf[4][512];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof(buf[i]), "%s/%s", certdir, name);
    return buf[i];
}

__attribute__((unused)) static X509 *load_cert(const char *name)
{
    BIO *b = BIO_new_file(cpath(name), "r");
    ck_assert_ptr_nonnull(b);
    X509 *x = PEM_read_bio_X509(b, NULL, NULL, NULL);
    BIO_free(b);
    ck_assert_ptr_nonnull(x);
    return x;
}

#endif
