/* Internal BIO structures of the standalone libcrypto. The public headers keep BIO and BIO_METHOD opaque;
 * only the bio_*.c files see these layouts. Everything declared here is hidden (mbs_bio_*). */
#ifndef MBEDSHIM_BIO_LOCAL_H
#define MBEDSHIM_BIO_LOCAL_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <sys/un.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>

#include "common/api.h"

/* The legacy (pre-3.0) callback type, spelled out so this file does not depend on deprecated declarations. */
typedef long (*mbs_bio_cb_legacy)(BIO *b, int oper, const char *argp, int argi, long argl, long ret);

struct bio_method_st {
    int type;
    char *name; /* owned for BIO_meth_new methods, static text for built-ins */
    /* size_t based entry points; the core only calls these. */
    int (*bwrite)(BIO *, const char *, size_t, size_t *);
    int (*bread)(BIO *, char *, size_t, size_t *);
    /* int based entry points as registered through BIO_meth_set_write/read (NULL otherwise). */
    int (*bwrite_old)(BIO *, const char *, int);
    int (*bread_old)(BIO *, char *, int);
    int (*bputs)(BIO *, const char *);
    int (*bgets)(BIO *, char *, int);
    long (*ctrl)(BIO *, int, long, void *);
    int (*create)(BIO *);
    int (*destroy)(BIO *);
    long (*callback_ctrl)(BIO *, int, BIO_info_cb *);
};

struct bio_st {
    const BIO_METHOD *method;
    OSSL_LIB_CTX *libctx;
    mbs_bio_cb_legacy callback;
    BIO_callback_fn_ex callback_ex;
    char *cb_arg;
    int init;
    int shutdown;
    int flags;
    int retry_reason;
    int num; /* fd / socket for descriptor BIOs, eof value for mem BIOs */
    void *ptr;
    struct bio_st *next_bio;
    struct bio_st *prev_bio;
    atomic_int references;
    uint64_t num_read;
    uint64_t num_write;
    CRYPTO_EX_DATA ex_data;
};

/* BIO_ADDR: one storage big enough for every family we handle. */
union bio_addr_st {
    struct sockaddr sa;
    struct sockaddr_in s_in;
    struct sockaddr_in6 s_in6;
    struct sockaddr_un s_un;
};

/* BIO_ADDRINFO: our own copy of a getaddrinfo() result list. */
struct bio_addrinfo_st {
    int family;
    int socktype;
    int protocol;
    BIO_ADDR addr;
    struct bio_addrinfo_st *next;
};

/* Adapters that let a method written with int lengths serve the size_t core (bio_meth.c). */
int mbs_bio_write_conv(BIO *b, const char *data, size_t len, size_t *written);
int mbs_bio_read_conv(BIO *b, char *data, size_t len, size_t *readbytes);

/* bio_addr.c: sockaddr view of a BIO_ADDR and its length for connect()/bind(). */
const struct sockaddr *mbs_bio_addr_sockaddr(const BIO_ADDR *ap);
socklen_t mbs_bio_addr_sockaddr_size(const BIO_ADDR *ap);

#endif
