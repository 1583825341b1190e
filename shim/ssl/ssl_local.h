/*
 * Internal structures of the SSL layer. Both flavours compile this same code: it talks to libcrypto
 * (BIO, ERR, X509, EVP_PKEY, ex_data) only through the public OpenSSL 3.0 API, and to Mbed TLS through
 * its public API (MBEDTLS_PRIVATE accesses live in mbedtls_private.c only).
 */
#ifndef MBEDSHIM_SSL_LOCAL_H
#define MBEDSHIM_SSL_LOCAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/ssl_cache.h>
#include <mbedtls/ssl_ticket.h>
#include <mbedtls/x509_crt.h>

#include "common/api.h"
#include "requirements.h"
#include "ssl/cipher.h"
#include "ssl/result.h"

/* rwstate values as OpenSSL's SSL_want() reports them */
#define MBS_NOTHING 1
#define MBS_WRITING 2
#define MBS_READING 3
#define MBS_X509_LOOKUP 4

/* Which side this SSL plays; unset until SSL_set_connect_state/accept_state or the method decides. */
enum mbs_role { MBS_ROLE_UNSET = 0, MBS_ROLE_CLIENT, MBS_ROLE_SERVER };

/* Explicit handshake state, driven by mbs_handshake() around mbedtls_ssl_handshake(). */
enum mbs_hs_state {
    MBS_HS_BEFORE = 0, /* nothing sent or received yet */
    MBS_HS_RUNNING,    /* Mbed TLS handshake in progress (possibly blocked on I/O) */
    MBS_HS_DONE,       /* SSL_is_init_finished() */
    MBS_HS_FAILED      /* a fatal error happened: every later call fails */
};

/* The method objects returned by TLS_method() and friends. */
struct ssl_method_st {
    int version; /* TLS_ANY_VERSION for the generic ones */
    enum mbs_role role;
};

/* Own certificate + key, in both forms: libcrypto objects for the API and Mbed TLS parsed copies. */
typedef struct mbs_cert_key {
    X509 *x509;
    EVP_PKEY *pkey;
    STACK_OF(X509) *chain; /* extra chain certs (SSL_CTX_add_extra_chain_cert / use_certificate_chain) */
    mbedtls_x509_crt *crt; /* leaf + chain, rebuilt when any part changes */
    mbedtls_pk_context *pk;
    int dirty;
    int inherited; /* an SSL's untouched copy of its context's pair: the context's parsed form serves */
    /* OpenSSL keeps one pair per key type (RSA and EC both on one server): the fields above are the pair
     * set last (what SSL_CTX_get0_certificate and check_private_key see), `alt` the other key type */
    struct mbs_cert_key *alt;
} mbs_cert_key;

/*
 * Settings an SSL inherits from its SSL_CTX at SSL_new() and may then override (OpenSSL's model).
 * Copied with mbs_settings_copy(); owned arrays are deep-copied.
 */
typedef struct mbs_settings {
    uint64_t options;
    uint32_t mode;
    int verify_mode;
    int verify_depth; /* -1 = not set (store/param default) */
    SSL_verify_cb verify_callback;
    int min_proto, max_proto; /* 0 = no limit */
    int security_level;
    mbs_id_list ciphers12; /* empty = default */
    mbs_id_list ciphers13;
    int no_tls13_suites; /* SSL_set_ciphersuites("") */
    int no_tls12_suites; /* a cipher string that matched nothing (OpenSSL has emptied the list by then) */
    mbs_id_list groups;
    mbs_id_list sigalgs; /* empty = Mbed TLS' defaults */
    unsigned char *alpn; /* client: wire-format protocol list */
    size_t alpn_len;
    X509_VERIFY_PARAM *param;
    int quiet_shutdown;
    unsigned char sid_ctx[SSL_MAX_SID_CTX_LENGTH];
    unsigned int sid_ctx_len;
    unsigned long max_cert_list;
    /* appended for app_misc.c / ctrl.c: */
    int read_ahead;      /* SSL_CTX_set_read_ahead / SSL_set_read_ahead: reported back only */
    size_t num_tickets;  /* SSL_set_num_tickets (and, once ctx.c stores it here, SSL_CTX_set_num_tickets) */
    int num_tickets_set; /* ...num_tickets is valid; else the context's ctx->num_tickets applies */
} mbs_settings;

struct ssl_ctx_st {
    atomic_int references;
    const SSL_METHOD *method;
    mbs_settings s;
    X509_STORE *cert_store;
    mbs_cert_key ck;
    pthread_mutex_t lock; /* guards lazily built shared state below */

    /* callbacks */
    int (*servername_cb)(SSL *, int *, void *);
    void *servername_arg;
    SSL_CTX_alpn_select_cb_func alpn_select_cb;
    void *alpn_select_arg;
    void (*info_callback)(const SSL *, int, int);
    SSL_CTX_keylog_cb_func keylog_cb;
    pem_password_cb *passwd_cb;
    void *passwd_arg;
    int (*app_verify_cb)(X509_STORE_CTX *, void *);
    void *app_verify_arg;
    int (*new_session_cb)(SSL *, SSL_SESSION *);
    void (*remove_session_cb)(SSL_CTX *, SSL_SESSION *);
    int (*client_cert_cb)(SSL *, X509 **, EVP_PKEY **);
    SSL_client_hello_cb_fn client_hello_cb;
    void *client_hello_arg;
    void (*msg_callback)(int, int, int, const void *, size_t, SSL *, void *);
    void *msg_callback_arg;

    /* server-side session resumption */
    long session_cache_mode;
    long session_cache_size;
    long session_timeout;
    int tickets_ready;
    mbedtls_ssl_ticket_context tickets;
    int cache_ready;
    mbedtls_ssl_cache_context cache;
    unsigned long num_tickets;

    CRYPTO_EX_DATA ex_data;
    /* app_*.c (functions the app suite needed): lazily allocated extra state, see app_local.h;
     * released by mbs_app_ctx_free() */
    struct mbs_app_ctx_ext *app_ext;
};

struct ssl_session_st {
    atomic_int references;
    mbedtls_ssl_session mbed; /* what Mbed TLS needs to resume */
    int has_mbed;
    int version;
    uint16_t cipher_id;
    long verify_result;
    long time, timeout;
    X509 *peer;
    unsigned char id[SSL_MAX_SSL_SESSION_ID_LENGTH];
    unsigned int id_len;
    unsigned char sid_ctx[SSL_MAX_SID_CTX_LENGTH];
    unsigned int sid_ctx_len;
    unsigned char master_key[48];
    size_t master_key_len;
    int resumable; /* has what it takes to be offered again: a session id or a ticket */
    int has_ticket;
    char *hostname;
    unsigned char *alpn;
    size_t alpn_len;
    CRYPTO_EX_DATA ex_data;
};

struct ssl_st {
    atomic_int references;
    SSL_CTX *ctx;         /* current (SSL_set_SSL_CTX may switch it during SNI) */
    SSL_CTX *initial_ctx; /* the one SSL_new() got */
    const SSL_METHOD *method;
    mbs_settings s;
    mbs_cert_key ck; /* per-SSL cert/key (SSL_use_certificate...), else ctx's */
    enum mbs_role role;
    enum mbs_hs_state hs;
    BIO *rbio, *wbio;

    /* Mbed TLS objects: built by mbs_setup() on the first handshake call */
    int mbed_ready;
    mbedtls_ssl_config conf;
    mbedtls_ssl_context mbed;
    const char **alpn_list; /* NULL-terminated list handed to Mbed TLS (strings live in alpn_store) */
    char *alpn_store;
    int *suites; /* 0-terminated ciphersuite list handed to Mbed TLS */
    uint16_t *groups;
    uint16_t *sig_algs; /* MBEDTLS_TLS1_3_SIG_NONE-terminated list handed to Mbed TLS */

    /* I/O state */
    int rwstate;
    int shutdown;         /* SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN */
    int io_syscall_error; /* last transport failure was an OS error, not EOF */
    int io_error_queued;  /* a callback already queued the OpenSSL error for this failure */
    int saved_errno;      /* errno of a failed transport call, restored for the app */
    int fatal;            /* a fatal error happened: no more records in either direction */
    int pending_alert;    /* alert to send after a callback made the handshake fail (0 = none) */
    int version;          /* negotiated protocol version (0 before the handshake) */
    uint16_t cipher_id;   /* negotiated suite (IANA) */
    uint16_t group_id;    /* TLS 1.3 key-exchange group (IANA), sampled during the handshake */
    unsigned char client_random[32], server_random[32];
    int have_randoms;
    unsigned char master_key[48]; /* TLS 1.2 master secret, for SSL_SESSION_get_master_key */
    size_t master_key_len;
    /* TLS 1.3 traffic secrets, logged in OpenSSL's order once the handshake is done:
     * client handshake, server handshake, client application, server application */
    unsigned char secret13[4][64];
    size_t secret13_len[4];
    int close_notify_pending; /* our close_notify is built but blocked on the transport */
    size_t wnum; /* bytes of a blocked SSL_write already taken (Mbed TLS wants the same call again) */
    int buffering;          /* handshake: collect a whole flight before writing it (as OpenSSL's bbio) */
    unsigned char *obuf;    /* ...the collected flight */
    size_t obuf_len, obuf_off, obuf_cap;
    size_t wpend_len;
    const void *wpend_buf;
    unsigned char *peek_buf; /* SSL_peek: plaintext read ahead of SSL_read */
    size_t peek_len, peek_cap;
    unsigned char first_bytes[8]; /* first bytes received: classify non-TLS peers like OpenSSL */
    size_t first_len;
    unsigned char *ch_buf; /* server: the first ClientHello record(s), for SNI/ALPN callbacks */
    size_t ch_len, ch_cap;
    int ch_done;
    mbs_id_list client_groups; /* server: the client's supported_groups, for SSL_get_shared_group */

    /* Results */
    long verify_result;
    X509 *peer_cert;
    STACK_OF(X509) *peer_chain;     /* as sent by the peer (client side: incl. leaf) */
    STACK_OF(X509) *verified_chain; /* from X509_verify_cert */
    int verify_failed;              /* verification failed and verify_mode demands an abort */
    int verify_abort_sent;          /* ...and the driver has acted on it */
    int client_cert_cb_done;        /* the app's client certificate callback has answered */
    char *hostname;                 /* SNI we send (client) or received (server) */
    unsigned char *alpn_selected;
    size_t alpn_selected_len;
    SSL_SESSION *session; /* to resume (client) or the established one */
    int session_reused;

    void (*info_callback)(const SSL *, int, int);
    void (*msg_callback)(int, int, int, const void *, size_t, SSL *, void *);
    void *msg_callback_arg;
    CRYPTO_EX_DATA ex_data;
    /* app_*.c: lazily allocated extra state, see app_local.h; released by mbs_app_ssl_free() */
    struct mbs_app_ssl_ext *app_ext;
};

/* --- settings.c --- */
MBS_RESULT mbs_settings_init(mbs_settings *s);
MBS_RESULT mbs_settings_copy(mbs_settings *dst, const mbs_settings *src);
void mbs_settings_clear(mbs_settings *s);
void mbs_cert_key_clear(mbs_cert_key *ck);
MBS_RESULT mbs_cert_key_copy(mbs_cert_key *dst, const mbs_cert_key *src);
MBS_RESULT mbs_cert_key_build(mbs_cert_key *ck); /* (re)parse into Mbed TLS form when dirty */
/* setters shared by SSL_CTX_* and SSL_* (OpenSSL's return conventions) */
int mbs_settings_cipher_list(mbs_settings *s, const char *str);
int mbs_settings_ciphersuites(mbs_settings *s, const char *str);
int mbs_settings_alpn(mbs_settings *s, const unsigned char *protos, unsigned int len);
int mbs_settings_sid_ctx(mbs_settings *s, const unsigned char *sid_ctx, unsigned int len);
int mbs_settings_suites(const mbs_settings *s, mbs_id_list *out); /* effective suites, 1 ok */
/* ctrl.c: the numbered controls both objects share; *handled says whether cmd was one of them */
long mbs_settings_ctrl(mbs_settings *s, int cmd, long larg, void *parg, int *handled);
/* alpn.c: a well-formed wire-format protocol list */
int mbs_alpn_wire_ok(const unsigned char *p, size_t len);

/* --- sigalgs.c --- */
int mbs_sigalgs_parse(const char *str, mbs_id_list *out);

/* --- engine.c: handshake driver and record I/O --- */
MBS_RESULT mbs_setup(SSL *s);
int mbs_handshake(SSL *s);
int mbs_read(SSL *s, void *buf, size_t num, size_t *readbytes, int peek);
int mbs_write(SSL *s, const void *buf, size_t num, size_t *written);
int mbs_shutdown(SSL *s);
void mbs_reset_io_state(SSL *s);
void mbs_info_cb(SSL *s, int where, int ret);

/* --- errmap.c: the one table from Mbed TLS errors to OpenSSL reasons and alerts --- */
/* Pushes the OpenSSL error for Mbed TLS error `ret` (none for pure transport failures). */
void mbs_raise_mbedtls(SSL *s, int ret, const char *file, int line, const char *func);
#define MBS_RAISE_MBEDTLS(s, ret) mbs_raise_mbedtls((s), (ret), __FILE__, __LINE__, __func__)
int mbs_alert_to_reason(int alert_desc);

/* --- verify.c --- */
int mbs_verify_cb(void *arg, mbedtls_x509_crt *crt, int depth, uint32_t *flags);
int mbs_ca_cb(void *arg, const mbedtls_x509_crt *child, mbedtls_x509_crt **candidates);
int mbs_store_ctx_ssl_idx(void);
int mbs_verify_alert(long verify_error); /* the TLS alert OpenSSL sends for a verify error */

/* --- mbedtls_private.c: the only MBEDTLS_PRIVATE accesses --- */
int mbs_priv_session_resumed(const mbedtls_ssl_context *m);
int mbs_priv_last_alert(const mbedtls_ssl_context *m);
size_t mbs_priv_finished(const mbedtls_ssl_context *m, int peer, void *buf, size_t count);
int mbs_priv_handshake_over(const mbedtls_ssl_context *m);
void mbs_priv_tls13_protect_alerts(mbedtls_ssl_context *m);
void mbs_priv_tls13_server_app_keys(mbedtls_ssl_context *m);
int mbs_priv_client_cert_missing(const mbedtls_ssl_context *m);
int mbs_priv_cert_requested(const mbedtls_ssl_context *m);
int mbs_priv_negotiating_suite(const mbedtls_ssl_context *m);
int mbs_priv_tls13_group(const mbedtls_ssl_context *m);
size_t mbs_priv_in_left(const mbedtls_ssl_context *m);
size_t mbs_priv_exporter_secret(const mbedtls_ssl_context *m, unsigned char *out, size_t outlen);
size_t mbs_priv_session_id(const mbedtls_ssl_context *m, unsigned char *out, size_t outlen);

/* --- clienthello.c: server-side ClientHello peek for SNI / ALPN / client_hello callbacks --- */
int mbs_clienthello_feed(SSL *s, const unsigned char *buf, size_t len);
long mbs_shared_group(const SSL *s, long n); /* SSL_get_shared_group */

/* --- session.c --- */
void mbs_session_ticket_received(SSL *s);

/* --- ssl_err.c --- */
void mbs_ssl_load_strings(void);

/* Library init (idempotent, thread-safe). */
int mbs_ssl_init(void);

#endif
