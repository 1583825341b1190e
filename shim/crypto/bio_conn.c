/* Connect BIO (BIO_s_connect / BIO_new_connect): "host:port" parsing, getaddrinfo over every address,
 * blocking or non-blocking connect (BIO_RR_CONNECT retries), then plain socket I/O. */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>
#include <sys/socket.h>

#include "bio_local.h"

/* The BIO_CONN_S_* state numbers of OpenSSL (visible through the info callback). */
enum {
    CONN_BEFORE = 1,
    CONN_GET_ADDR = 2,
    CONN_CREATE_SOCKET = 3,
    CONN_CONNECT = 4,
    CONN_OK = 5,
    CONN_BLOCKED_CONNECT = 6,
    CONN_CONNECT_ERROR = 7,
};

struct conn_ctx {
    int state;
    int connect_family;
    int connect_mode; /* BIO_SOCK_NONBLOCK, ... */
    char *host;
    char *service;
    BIO_ADDRINFO *addr_first;
    const BIO_ADDRINFO *addr_iter;
    BIO_info_cb *info_callback;
};

#define SHOW(s) ((s) != NULL ? (s) : "<NULL>")

static int conn_new(BIO *b)
{
    struct conn_ctx *c = OPENSSL_zalloc(sizeof(*c));

    if (c == NULL)
        return 0;
    c->state = CONN_BEFORE;
    c->connect_family = BIO_FAMILY_IPANY;
    b->init = 0;
    b->num = -1;
    b->flags = 0;
    b->ptr = c;
    return 1;
}

static void conn_close_socket(BIO *b)
{
    struct conn_ctx *c = b->ptr;

    if (b->num != -1) {
        if (c->state == CONN_OK)
            shutdown(b->num, SHUT_RDWR);
        BIO_closesocket(b->num);
        b->num = -1;
    }
}

static int conn_free(BIO *b)
{
    struct conn_ctx *c = b->ptr;

    if (c == NULL)
        return 0;
    if (b->shutdown) {
        conn_close_socket(b);
        b->init = 0;
        b->flags = 0;
    }
    OPENSSL_free(c->host);
    OPENSSL_free(c->service);
    BIO_ADDRINFO_free(c->addr_first);
    OPENSSL_free(c);
    b->ptr = NULL;
    return 1;
}

/* Runs the connect state machine until connected (1), blocked (retry flags set) or failed (<= 0). */
static int conn_state(BIO *b, struct conn_ctx *c)
{
    int ret = -1;
    BIO_info_cb *cb = c->info_callback;

    for (;;) {
        switch (c->state) {
        case CONN_BEFORE:
            if (c->host == NULL && c->service == NULL) {
                ERR_raise_data(ERR_LIB_BIO, BIO_R_NO_HOSTNAME_OR_SERVICE_SPECIFIED, "hostname=%s service=%s",
                               SHOW(c->host), SHOW(c->service));
                goto exit_loop;
            }
            c->state = CONN_GET_ADDR;
            break;
        case CONN_GET_ADDR: {
            int family;

            switch (c->connect_family) {
            case BIO_FAMILY_IPV6:
                family = AF_INET6;
                break;
            case BIO_FAMILY_IPV4:
                family = AF_INET;
                break;
            case BIO_FAMILY_IPANY:
                family = AF_UNSPEC;
                break;
            default:
                ERR_raise(ERR_LIB_BIO, BIO_R_UNSUPPORTED_IP_FAMILY);
                goto exit_loop;
            }
            BIO_ADDRINFO_free(c->addr_first);
            c->addr_first = NULL;
            if (!BIO_lookup(c->host, c->service, BIO_LOOKUP_CLIENT, family, SOCK_STREAM, &c->addr_first))
                goto exit_loop;
            if (c->addr_first == NULL) {
                ERR_raise(ERR_LIB_BIO, BIO_R_LOOKUP_RETURNED_NOTHING);
                goto exit_loop;
            }
            c->addr_iter = c->addr_first;
            c->state = CONN_CREATE_SOCKET;
            break;
        }
        case CONN_CREATE_SOCKET:
            ret = BIO_socket(BIO_ADDRINFO_family(c->addr_iter), BIO_ADDRINFO_socktype(c->addr_iter),
                             BIO_ADDRINFO_protocol(c->addr_iter), 0);
            if (ret == -1) {
                ERR_raise_data(ERR_LIB_SYS, errno, "calling socket(%s, %s)", SHOW(c->host), SHOW(c->service));
                ERR_raise(ERR_LIB_BIO, BIO_R_UNABLE_TO_CREATE_SOCKET);
                goto exit_loop;
            }
            b->num = ret;
            c->state = CONN_CONNECT;
            break;
        case CONN_CONNECT:
            BIO_clear_retry_flags(b);
            ERR_set_mark();
            ret = BIO_connect(b->num, BIO_ADDRINFO_address(c->addr_iter), BIO_SOCK_KEEPALIVE | c->connect_mode);
            b->retry_reason = 0;
            if (ret == 0) {
                if (BIO_sock_should_retry(ret)) {
                    BIO_set_retry_special(b);
                    c->state = CONN_BLOCKED_CONNECT;
                    b->retry_reason = BIO_RR_CONNECT;
                    ERR_pop_to_mark();
                } else if ((c->addr_iter = BIO_ADDRINFO_next(c->addr_iter)) != NULL) {
                    /* More addresses: forget this failure and try the next one. */
                    BIO_closesocket(b->num);
                    b->num = -1;
                    c->state = CONN_CREATE_SOCKET;
                    ERR_pop_to_mark();
                    break;
                } else {
                    int e = errno;

                    ERR_clear_last_mark();
                    ERR_raise_data(ERR_LIB_SYS, e, "calling connect(%s, %s)", SHOW(c->host), SHOW(c->service));
                    c->state = CONN_CONNECT_ERROR;
                    break;
                }
                goto exit_loop;
            }
            ERR_clear_last_mark();
            c->state = CONN_OK;
            break;
        case CONN_BLOCKED_CONNECT: {
            struct pollfd pfd = { .fd = b->num, .events = POLLOUT };
            int err;

            /* Not writable yet: still in progress, ask the caller to come back. */
            if (poll(&pfd, 1, 0) == 0) {
                BIO_set_retry_special(b);
                b->retry_reason = BIO_RR_CONNECT;
                ret = 0;
                goto exit_loop;
            }
            err = BIO_sock_error(b->num);
            if (err != 0) {
                BIO_clear_retry_flags(b);
                if ((c->addr_iter = BIO_ADDRINFO_next(c->addr_iter)) != NULL) {
                    BIO_closesocket(b->num);
                    b->num = -1;
                    c->state = CONN_CREATE_SOCKET;
                    break;
                }
                ERR_raise_data(ERR_LIB_SYS, err, "calling connect(%s, %s)", SHOW(c->host), SHOW(c->service));
                ERR_raise(ERR_LIB_BIO, BIO_R_NBIO_CONNECT_ERROR);
                c->state = CONN_CONNECT_ERROR;
                ret = 0;
                goto exit_loop;
            }
            c->state = CONN_OK;
            break;
        }
        case CONN_CONNECT_ERROR:
            ERR_raise(ERR_LIB_BIO, BIO_R_CONNECT_ERROR);
            ret = 0;
            goto exit_loop;
        case CONN_OK:
            ret = 1;
            goto exit_loop;
        default:
            ret = 0;
            goto exit_loop;
        }
        if (cb != NULL && (ret = cb(b, c->state, ret)) == 0)
            return ret;
    }
exit_loop:
    if (cb != NULL)
        ret = cb(b, c->state, ret);
    return ret;
}

static int conn_read(BIO *b, char *out, size_t outl, size_t *readbytes)
{
    struct conn_ctx *c = b->ptr;
    ssize_t r;

    *readbytes = 0;
    if (c->state != CONN_OK) {
        int s = conn_state(b, c);

        if (s <= 0)
            return s;
    }
    if (out == NULL)
        return 0;
    errno = 0;
    r = recv(b->num, out, outl, 0);
    BIO_clear_retry_flags(b);
    if (r <= 0) {
        if (BIO_sock_should_retry((int)r))
            BIO_set_retry_read(b);
        else if (r == 0)
            b->flags |= BIO_FLAGS_IN_EOF;
        return (int)r;
    }
    *readbytes = (size_t)r;
    return 1;
}

static int conn_write(BIO *b, const char *in, size_t inl, size_t *written)
{
    struct conn_ctx *c = b->ptr;
    ssize_t r;

    *written = 0;
    if (c->state != CONN_OK) {
        int s = conn_state(b, c);

        if (s <= 0)
            return s;
    }
    errno = 0;
    r = send(b->num, in, inl, MSG_NOSIGNAL);
    BIO_clear_retry_flags(b);
    if (r <= 0) {
        if (BIO_sock_should_retry((int)r))
            BIO_set_retry_write(b);
        return (int)r;
    }
    *written = (size_t)r;
    return 1;
}

static int conn_puts(BIO *b, const char *str)
{
    size_t written = 0;
    int r = conn_write(b, str, strlen(str), &written);

    return r > 0 ? (int)written : r;
}

static int conn_gets(BIO *b, char *buf, int size)
{
    char *p = buf, *end = buf + size - 1;
    size_t got;
    int r = 0;

    if (size <= 0)
        return 0;
    *buf = '\0';
    while (p < end && (r = conn_read(b, p, 1, &got)) > 0) {
        if (*p++ == '\n')
            break;
    }
    *p = '\0';
    return r > 0 || p > buf ? (int)(p - buf) : r;
}

static long conn_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    struct conn_ctx *c = b->ptr;
    long ret = 1;

    switch (cmd) {
    case BIO_CTRL_RESET:
        ret = 0;
        c->state = CONN_BEFORE;
        conn_close_socket(b);
        BIO_ADDRINFO_free(c->addr_first);
        c->addr_first = NULL;
        c->addr_iter = NULL;
        b->flags = 0;
        break;
    case BIO_C_DO_STATE_MACHINE:
        ret = c->state != CONN_OK ? conn_state(b, c) : 1;
        break;
    case BIO_C_GET_CONNECT:
        if (ptr != NULL) {
            const char **pp = ptr;

            if (num == 0) {
                *pp = c->host;
            } else if (num == 1) {
                *pp = c->service;
            } else if (num == 2) {
                *pp = (const char *)BIO_ADDRINFO_address(c->addr_iter);
            } else if (num == 3) {
                switch (BIO_ADDRINFO_family(c->addr_iter)) {
                case AF_INET6:
                    ret = BIO_FAMILY_IPV6;
                    break;
                case AF_INET:
                    ret = BIO_FAMILY_IPV4;
                    break;
                case 0:
                    ret = c->connect_family;
                    break;
                default:
                    ret = -1;
                    break;
                }
            } else {
                ret = 0;
            }
        } else {
            ret = 0;
        }
        break;
    case BIO_C_SET_CONNECT:
        if (ptr == NULL)
            break;
        b->init = 1;
        if (num == 0) {
            /* "host", "host:port" or "[v6]:port": the port part only replaces the service when present. */
            char *old_service = c->service;

            OPENSSL_free(c->host);
            c->host = NULL;
            ret = BIO_parse_hostserv(ptr, &c->host, &c->service, BIO_PARSE_PRIO_HOST);
            if (old_service != c->service)
                OPENSSL_free(old_service);
        } else if (num == 1) {
            OPENSSL_free(c->service);
            c->service = OPENSSL_strdup(ptr);
            if (c->service == NULL)
                ret = 0;
        } else if (num == 2) {
            char *h = BIO_ADDR_hostname_string(ptr, 1);
            char *s = BIO_ADDR_service_string(ptr, 1);

            ret = h != NULL && s != NULL;
            if (ret) {
                OPENSSL_free(c->host);
                OPENSSL_free(c->service);
                c->host = h;
                c->service = s;
                BIO_ADDRINFO_free(c->addr_first);
                c->addr_first = NULL;
                c->addr_iter = NULL;
            } else {
                OPENSSL_free(h);
                OPENSSL_free(s);
            }
        } else if (num == 3) {
            c->connect_family = *(int *)ptr;
        } else {
            ret = 0;
        }
        break;
    case BIO_C_SET_CONNECT_MODE:
        c->connect_mode = (int)num;
        break;
    case BIO_C_SET_NBIO:
        if (num != 0)
            c->connect_mode |= BIO_SOCK_NONBLOCK;
        else
            c->connect_mode &= ~BIO_SOCK_NONBLOCK;
        break;
    case BIO_C_GET_FD:
        if (b->init) {
            if (ptr != NULL)
                *(int *)ptr = b->num;
            ret = b->num;
        } else {
            ret = -1;
        }
        break;
    case BIO_CTRL_GET_CLOSE:
        ret = b->shutdown;
        break;
    case BIO_CTRL_SET_CLOSE:
        b->shutdown = (int)num;
        break;
    case BIO_CTRL_PENDING:
    case BIO_CTRL_WPENDING:
        ret = 0;
        break;
    case BIO_CTRL_FLUSH:
        break;
    case BIO_CTRL_DUP: {
        BIO *d = ptr;

        if (c->host != NULL)
            BIO_set_conn_hostname(d, c->host);
        if (c->service != NULL)
            BIO_set_conn_port(d, c->service);
        BIO_set_conn_ip_family(d, c->connect_family);
        BIO_set_conn_mode(d, c->connect_mode);
        if (c->info_callback != NULL)
            BIO_callback_ctrl(d, BIO_CTRL_SET_CALLBACK, c->info_callback);
        break;
    }
    case BIO_CTRL_SET_CALLBACK:
        ret = 0; /* BIO_callback_ctrl is the way */
        break;
    case BIO_CTRL_GET_CALLBACK:
        if (ptr != NULL)
            *(BIO_info_cb **)ptr = c->info_callback;
        break;
    case BIO_CTRL_EOF:
        ret = (b->flags & BIO_FLAGS_IN_EOF) != 0;
        break;
    default:
        ret = 0;
        break;
    }
    return ret;
}

static long conn_callback_ctrl(BIO *b, int cmd, BIO_info_cb *fp)
{
    struct conn_ctx *c = b->ptr;

    if (cmd != BIO_CTRL_SET_CALLBACK)
        return 0;
    c->info_callback = fp;
    return 1;
}

static const BIO_METHOD conn_method = {
    .type = BIO_TYPE_CONNECT,
    .name = (char *)"socket connect",
    .bwrite = conn_write,
    .bread = conn_read,
    .bputs = conn_puts,
    .bgets = conn_gets,
    .ctrl = conn_ctrl,
    .create = conn_new,
    .destroy = conn_free,
    .callback_ctrl = conn_callback_ctrl,
};

MBS_API const BIO_METHOD *BIO_s_connect(void)
{
    return &conn_method;
}

MBS_API BIO *BIO_new_connect(const char *host_port)
{
    BIO *b = BIO_new(BIO_s_connect());

    if (b == NULL)
        return NULL;
    if (BIO_set_conn_hostname(b, host_port))
        return b;
    BIO_free(b);
    return NULL;
}
