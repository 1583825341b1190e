/*
 * Queries the openssl CLI (s_client / s_server) makes on every connection, for
 * features Mbed TLS does not provide or report: Certificate Transparency, DANE,
 * SRTP, key-update state, signature-algorithm lists. Each answers "not enabled
 * / nothing known" without leaving an error behind, which is what OpenSSL
 * answers when the feature is not in use.
 */
#include <openssl/srtp.h>
#include <openssl/tls1.h>

#include "ssl/app_local.h"

/* ---- Certificate Transparency: never enabled ---- */

MBS_API int SSL_CTX_set_default_ctlog_list_file(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return 1; /* no CT log list is needed: CT validation is never enabled */
}

MBS_API int SSL_ct_is_enabled(const SSL *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return 0;
}

MBS_API int SSL_CTX_ct_is_enabled(const SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    (void)ctx;
    return 0;
}

/* ---- DANE: never enabled ---- */

MBS_API int SSL_get0_dane_authority(SSL *s, X509 **mcert, EVP_PKEY **mspki)
{
    MBS_TRACE_ENTRY();
    (void)s;
    if (mcert != NULL)
        *mcert = NULL;
    if (mspki != NULL)
        *mspki = NULL;
    return -1;
}

/* ---- SRTP: never negotiated ---- */

MBS_API SRTP_PROTECTION_PROFILE *SSL_get_selected_srtp_profile(SSL *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return NULL;
}

/* ---- key update: none pending (Mbed TLS handles KeyUpdate messages
 * internally) ---- */

MBS_API int SSL_get_key_update_type(const SSL *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return SSL_KEY_UPDATE_NONE;
}

/* ---- signature algorithms: Mbed TLS does not report the negotiated or offered
 * lists ---- */

MBS_API int SSL_get_peer_signature_type_nid(const SSL *s, int *pnid)
{
    MBS_TRACE_ENTRY();
    (void)s;
    (void)pnid;
    return 0;
}

MBS_API int SSL_get_signature_type_nid(const SSL *s, int *pnid)
{
    MBS_TRACE_ENTRY();
    (void)s;
    (void)pnid;
    return 0;
}

MBS_API int SSL_get_shared_sigalgs(SSL *s, int idx, int *psign, int *phash, int *psignandhash, unsigned char *rsig,
                                   unsigned char *rhash)
{
    MBS_TRACE_ENTRY();
    (void)s;
    (void)idx;
    (void)psign;
    (void)phash;
    (void)psignandhash;
    (void)rsig;
    (void)rhash;
    return 0;
}

MBS_API int SSL_get_sigalgs(SSL *s, int idx, int *psign, int *phash, int *psignandhash, unsigned char *rsig,
                            unsigned char *rhash)
{
    MBS_TRACE_ENTRY();
    (void)s;
    (void)idx;
    (void)psign;
    (void)phash;
    (void)psignandhash;
    (void)rsig;
    (void)rhash;
    return 0;
}

/* ---- default verify store: the default certificate file and directory are
 * what we trust by default (SSL_CTX_set_default_verify_paths); there is no
 * separate OSSL_STORE default to add. ---- */

MBS_API int SSL_CTX_set_default_verify_store(SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(ctx, 0);
    return 1;
}
