/*
 * Extra state for the app_*.c files (libssl functions that unmodified Debian
 * programs need: client CA lists, SSL_CONF, session serialisation, compression
 * queries, ...). Kept out of the core structs: each SSL_CTX / SSL carries one
 * pointer (app_ext, appended at the end of the structs in ssl_local.h),
 * allocated on first use and released by mbs_app_ctx_free() /
 * mbs_app_ssl_free().
 */
#ifndef MBEDSHIM_APP_LOCAL_H
#define MBEDSHIM_APP_LOCAL_H

#include <openssl/ssl.h>

#include "ssl/ssl_local.h"

struct mbs_app_ctx_ext {
  STACK_OF(X509_NAME) *
      client_ca; /* SSL_CTX_set_client_CA_list / add_client_CA */
  STACK_OF(X509_NAME) * ca_names; /* SSL_CTX_set0_CA_list / add1_to_CA_list */
  SSL_SESSION *(*get_session_cb)(SSL *, const unsigned char *, int, int *);
  SSL_CTX_generate_session_ticket_fn ticket_gen_cb;
  SSL_CTX_decrypt_session_ticket_fn ticket_dec_cb;
  void *ticket_cb_arg;
  int (*cert_cb)(SSL *, void *);
  void *cert_cb_arg;
  SSL_psk_client_cb_func psk_client_cb;
  SSL_psk_server_cb_func psk_server_cb;
  SSL_CTX_npn_select_cb_func npn_select_cb;
  void *npn_select_arg;
  SSL_CTX_npn_advertised_cb_func npn_adv_cb;
  void *npn_adv_arg;
  uint32_t max_early_data, recv_max_early_data;
  int max_early_data_set;
  int pha;
  STACK_OF(SSL_CIPHER) * ciphers; /* cache behind SSL_CTX_get_ciphers */
};

struct mbs_app_ssl_ext {
  STACK_OF(X509_NAME) * client_ca;
  int client_ca_set;
  STACK_OF(X509_NAME) * ca_names;
  int ca_names_set;
  int read_ahead;
  size_t num_tickets;
  int num_tickets_set;
  int pha;
  int (*cert_cb)(SSL *, void *);
  void *cert_cb_arg;
  SSL_psk_client_cb_func psk_client_cb;
  SSL_psk_server_cb_func psk_server_cb;
  pem_password_cb *passwd_cb;
  void *passwd_arg;
  uint32_t max_early_data, recv_max_early_data;
  int max_early_data_set;
  STACK_OF(SSL_CIPHER) * ciphers; /* cache behind SSL_get_ciphers */
};

/* The extension of ctx / s, allocated on first use (NULL only when allocation
 * fails: error queued). */
struct mbs_app_ctx_ext *mbs_app_ctx(SSL_CTX *ctx);
struct mbs_app_ssl_ext *mbs_app_ssl(SSL *s);
/* Read-only peek: NULL when nothing was ever set (no allocation). */
const struct mbs_app_ctx_ext *mbs_app_ctx_peek(const SSL_CTX *ctx);
const struct mbs_app_ssl_ext *mbs_app_ssl_peek(const SSL *s);

/* Release the extension: to be called from SSL_CTX_free() / SSL_free(). */
void mbs_app_ctx_free(SSL_CTX *ctx);
void mbs_app_ssl_free(SSL *s);

#endif
