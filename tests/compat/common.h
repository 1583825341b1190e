/* Shared helpers of the compat suite. Compiled into every scenario, once against the real OpenSSL and once
 * against the shim, so it uses only the public OpenSSL API (plus POSIX).
 *
 * A scenario is one Check suite: it defines `Suite *scenario_suite(void)`; main() lives in common.c.
 * Inside a test, obs("key", "fmt", ...) records an observation as `<test>.<key>=<value>` into the file named by
 * $COMPAT_OBS (stdout when unset); the harness diffs the OpenSSL run's observations with the shim run's.
 * Only stable facts are recorded (return codes, error codes, names), never ports, pids or timings. */
#ifndef COMPAT_COMMON_H
#define COMPAT_COMMON_H

#include <check.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <sys/types.h>

Suite *scenario_suite(void);

/* A TCase with a sane timeout for network tests. */
TCase *compat_tcase(Suite *s, const char *name);

/* ---- observations ---- */
void obs(const char *key, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void obs_int(const char *key, long v);
void obs_str(const char *key, const char *v); /* NULL prints "(null)" */
/* Records <key>.err_first / <key>.err_last as "lib:reason" (or "none"), then clears the queue. The full queue
 * (with strings) goes to stderr for humans. Returns the first packed error code (0 when empty). */
unsigned long obs_err(const char *key);
/* Records only <key>.err_last (for errors whose first entries come from deep inside libcrypto), clears. */
unsigned long obs_err_last(const char *key);
/* Like obs_err but does not record: only dumps the queue to stderr and clears it. */
void err_dump_clear(const char *why);
/* Packs the lib/reason of a code the way the observations print it, into buf. */
const char *err_libreason(unsigned long e, char *buf, size_t n);
/* The observation name of an SSL_get_error() value ("SSL_ERROR_WANT_READ" ...). */
const char *ssl_error_name(int e);
/* Verbose: info lines to stderr only (not compared). */
void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- certificates ($COMPAT_CERTS, made by mkcerts-compat.sh) ---- */
const char *cert(const char *name); /* "<certs dir>/<name>", static storage rotating over 8 slots */

/* ---- sockets on 127.0.0.1 ---- */
int free_port(void);
int tcp_listen(int *port);                  /* listening socket on 127.0.0.1; *port=0 picks one */
int tcp_connect(int port);                  /* blocking connect, -1 on failure; SO_RCVTIMEO/SNDTIMEO 10 s */
int tcp_accept(int lfd, int timeout_ms);    /* -1 on timeout */
void set_nonblock(int fd, int on);
void set_timeouts(int fd, int ms);          /* SO_RCVTIMEO + SO_SNDTIMEO */
int wait_fd(int fd, int for_write, int timeout_ms); /* 1 ready, 0 timeout */
int read_all_timeout(int fd, char *buf, size_t n, int timeout_ms); /* bytes read until EOF/timeout/full */

/* ---- peers (separate processes, never preloaded, killed when the test process dies) ---- */
typedef struct peer {
    pid_t pid;
    int port;      /* where it listens (servers) or connects (clients) */
    int in_fd;     /* write end of the peer's stdin (s_server/s_client), -1 otherwise */
    char log[256]; /* stdout+stderr of the peer */
} peer_t;

/* `openssl s_server -accept 127.0.0.1:PORT -ign_eof? ARGS...`, NULL-terminated args. Adds the default RSA chain
 * (server.pem/server.key/chain.pem) unless "-cert" is among ARGS. Waits for "ACCEPT" (5 s). 0 on success. */
int peer_s_server(peer_t *p, ...) __attribute__((sentinel));
/* `openssl s_client -connect 127.0.0.1:PORT ARGS...`; its stdin is a pipe (p->in_fd). */
int peer_s_client(peer_t *p, int port, ...) __attribute__((sentinel));
int peer_write(peer_t *p, const char *s);            /* to the peer's stdin */
int peer_wait(peer_t *p, int timeout_ms);            /* exit status, -1 timeout (peer left running) */
void peer_stop(peer_t *p);                           /* SIGTERM, then SIGKILL; reaps */
int peer_log_has(peer_t *p, const char *needle);     /* substring of its output so far */
int peer_log_wait(peer_t *p, const char *needle, int timeout_ms);
char *peer_log_read(peer_t *p);                      /* malloc'd */

/* Raw TCP servers for failure modes: accept ONE connection and behave. */
enum raw_server_mode {
    RAW_CLOSE,               /* send FIN at once (shutdown SHUT_WR), read and discard until the client closes */
    RAW_HTTP_RESPONSE,       /* read a little, send an HTTP/1.0 400 response, close */
    RAW_CLOSE_AFTER_HELLO,   /* read the ClientHello record, close */
    RAW_RST,                 /* read the ClientHello, close with SO_LINGER 0 (RST) */
    RAW_GARBAGE,             /* read the ClientHello, send 64 bytes of non-TLS garbage, close */
    RAW_SILENT,              /* accept, read, never answer; stays 30 s */
    RAW_CAPTURE_HELLO,       /* parse the ClientHello; write "key=value" lines to the log, close */
    RAW_ALERT,               /* read the ClientHello, answer a fatal handshake_failure alert, close */
};
int peer_raw_server(peer_t *p, enum raw_server_mode mode);

/* Raw TCP clients for the server role: connect to port, behave, exit. */
enum raw_client_mode {
    RAWC_GARBAGE,       /* send 64 bytes of garbage, read until close */
    RAWC_HTTP_REQUEST,  /* send "GET / HTTP/1.0\r\n\r\n", read until close */
    RAWC_EOF,           /* connect and shut down the write side at once */
    RAWC_RST,           /* connect and reset */
};
int peer_raw_client(peer_t *p, int port, enum raw_client_mode mode);

/* ---- SSL helpers ---- */
SSL_CTX *client_ctx(void);    /* TLS_client_method, CA ca.pem loaded, verify PEER */
SSL_CTX *server_ctx(const char *certname, const char *keyname, const char *chainname); /* chain may be NULL */
/* connect a blocking socket to port and attach it; returns the fd or -1 */
int ssl_attach_connect(SSL *s, int port);
/* Drives fn (SSL_connect, SSL_accept, SSL_do_handshake) on a non-blocking socket with select() until it
 * stops answering WANT_READ/WANT_WRITE. *seen gets a bitmask: 1 WANT_READ, 2 WANT_WRITE, 4 anything else.
 * Returns the last return value; *last_err the SSL_get_error of it. */
int nb_drive(SSL *s, int (*fn)(SSL *), int fd, int timeout_ms, int *seen, int *last_err);
/* Handshake two in-process SSL objects attached to memory BIOs (or BIO pairs) by pumping. Returns 1 when
 * both completed; records the WANT_* answers seen in *seen like nb_drive. */
int mem_handshake(SSL *c, SSL *s, int *seen);
/* Moves everything pending from one in-memory BIO to another. Returns bytes moved. */
int bio_pump(BIO *from, BIO *to);
/* Subject of the peer certificate via X509_NAME_oneline, "(none)" when none. */
const char *peer_subject(SSL *s, char *buf, int n);

/* Observe the result of one SSL I/O call: <key>.ret, <key>.error, and the error queue (err_first/err_last).
 * The values are kept in last_ssl_error / last_err_first / last_err_last for assertions. */
void obs_ssl_call(const char *key, SSL *s, int ret);
extern int last_ssl_error;
extern unsigned long last_err_first, last_err_last;
/* assert the last observed call: SSL_get_error value and (lib, reason) of the first queued error */
#define ASSERT_LAST(err, lib, reason)                                  \
    do {                                                               \
        ck_assert_int_eq(last_ssl_error, (err));                       \
        ck_assert_int_eq(ERR_GET_LIB(last_err_first), (lib));          \
        ck_assert_int_eq(ERR_GET_REASON(last_err_first), (reason));    \
    } while (0)

#define OBS_CALL(key, s, expr) \
    ({ ERR_clear_error(); int r_ = (expr); obs_ssl_call((key), (s), r_); r_; })

#endif
