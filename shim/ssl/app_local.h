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
  int client_ca_init, ca_names_init; /* the lists above exist (NULL = cleared) */
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
  /* OpenSSL's internal session cache as the API sees it (SSL_CTX_add_session,
   * sess_number, flush, remove), oldest first, guarded by ctx->lock. Sessions
   * Mbed TLS' own server cache took (in_mbed) are listed here too, so that
   * removing them here also removes them there. */
  struct mbs_sess_entry {
    SSL_SESSION *ss; /* one reference held */
    int in_mbed;
  } *sessions;
  size_t n_sessions, cap_sessions;
};

struct mbs_app_ssl_ext {
  STACK_OF(X509_NAME) * client_ca; /* own lists; NULL = the context's */
  STACK_OF(X509_NAME) * ca_names;
  int pha;
  int (*cert_cb)(SSL *, void *);
  void *cert_cb_arg;
  SSL_psk_client_cb_func psk_client_cb;
  SSL_psk_server_cb_func psk_server_cb;
  pem_password_cb *passwd_cb;
  void *passwd_arg;
  int passwd_cb_set, passwd_arg_set; /* set on the SSL (NULL included) */
  uint32_t max_early_data, recv_max_early_data;
  int max_early_data_set;
  STACK_OF(SSL_CIPHER) * ciphers; /* cache behind SSL_get_ciphers */
  mbs_id_list client_suites; /* server: the ClientHello's suite ids, in order */
  STACK_OF(SSL_CIPHER) * client_ciphers; /* cache behind SSL_get_client_ciphers */
};

/* The extension of ctx / s, allocated on first use (NULL only when allocation
 * fails: error queued). */
struct mbs_app_ctx_ext *mbs_app_ctx(SSL_CTX *ctx);
struct mbs_app_ssl_ext *mbs_app_ssl(SSL *s);
/* Read-only peek: NULL when nothing was ever set (no allocation). */
const struct mbs_app_ctx_ext *mbs_app_ctx_peek(const SSL_CTX *ctx);
const struct mbs_app_ssl_ext *mbs_app_ssl_peek(const SSL *s);

/* app_session.c: the cache list above. SSL_CTX_sess_number(); and, after a
 * server handshake, records the session if Mbed TLS' cache holds it. */
long mbs_app_sess_number(SSL_CTX *ctx);
void mbs_app_server_session_cached(SSL *s);
void mbs_app_sessions_free(SSL_CTX *ctx, struct mbs_app_ctx_ext *e);

/* app_ciphers.c: the server keeps the client's offered suites (wire bytes,
 * 2 per suite) for SSL_get_client_ciphers / SSL_get_shared_ciphers. */
void mbs_app_record_client_suites(SSL *s, const unsigned char *p, size_t n);

/* app_misc.c: the number of TLS 1.3 tickets a server sends on s (its own
 * SSL_set_num_tickets value, else the context's). */
size_t mbs_num_tickets(const SSL *s);

/* Release the extension: to be called from SSL_CTX_free() / SSL_free(). */
void mbs_app_ctx_free(SSL_CTX *ctx);
void mbs_app_ssl_free(SSL *s);

#endif
