/* The only file of shim/crypto that reads MBEDTLS_PRIVATE fields of Mbed TLS structures. */
#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include <mbedtls/x509_crt.h>

#include "crypto/x509_local.h"

int mbs_crt_sig_md(const mbedtls_x509_crt *crt)
{
    /* sig_md: the certificate's signature hash; no public accessor exists in 3.6. */
    return (int)crt->MBEDTLS_PRIVATE(sig_md);
}

int mbs_crt_sig_pk(const mbedtls_x509_crt *crt)
{
    /* sig_pk: signature key type (RSA, ECDSA, RSASSA-PSS); no public accessor exists in 3.6. */
    return (int)crt->MBEDTLS_PRIVATE(sig_pk);
}

int mbs_crt_check_signature(const mbedtls_x509_crt *crt, mbedtls_pk_context *pk)
{
    unsigned char hash[MBEDTLS_MD_MAX_SIZE];
    /* sig_md: hash algorithm of the signature (see above). */
    mbedtls_md_type_t md = crt->MBEDTLS_PRIVATE(sig_md);
    const mbedtls_md_info_t *info = mbedtls_md_info_from_type(md);
    if (info == NULL || mbedtls_md(info, crt->tbs.p, crt->tbs.len, hash) != 0)
        return 0;
    /* sig_pk / sig_opts / sig: key type, RSASSA-PSS options and signature value, which the public
     * verification API (mbedtls_x509_crt_verify) only uses internally; we build chains ourselves to
     * reproduce OpenSSL's callback order, so the signature check is done here. */
    int r = mbedtls_pk_verify_ext(crt->MBEDTLS_PRIVATE(sig_pk), crt->MBEDTLS_PRIVATE(sig_opts), pk, md, hash,
                                  mbedtls_md_get_size(info), crt->MBEDTLS_PRIVATE(sig).p,
                                  crt->MBEDTLS_PRIVATE(sig).len);
    return r == 0;
}
