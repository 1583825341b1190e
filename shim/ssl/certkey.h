/* Own certificate/key loading shared by the SSL_CTX_use_* and SSL_use_* entry points. */
#ifndef MBEDSHIM_CERTKEY_H
#define MBEDSHIM_CERTKEY_H

#include "ssl/ssl_local.h"

int mbs_ck_use_cert(mbs_cert_key *ck, X509 *x);
int mbs_ck_use_key(mbs_cert_key *ck, EVP_PKEY *pkey);
int mbs_ck_use_cert_file(mbs_cert_key *ck, const char *file, int type, pem_password_cb *cb, void *u);
int mbs_ck_use_key_file(mbs_cert_key *ck, const char *file, int type, pem_password_cb *cb, void *u);
int mbs_ck_use_chain_file(mbs_cert_key *ck, const char *file, pem_password_cb *cb, void *u);
int mbs_ck_check_key(const mbs_cert_key *ck);
int mbs_ck_add_chain_cert(mbs_cert_key *ck, X509 *x); /* takes ownership of x on success */
int mbs_ck_use_cert_der(mbs_cert_key *ck, const unsigned char *d, int len);
int mbs_ck_use_key_der(mbs_cert_key *ck, int type, const unsigned char *d, long len);

#endif
