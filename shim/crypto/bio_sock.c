/* Socket BIO (BIO_s_socket) and the socket helper API: BIO_socket/connect/bind/listen/accept_ex,
 * non-blocking switches, retry classification (BIO_sock_should_retry), waits, and the deprecated
 * 1.1-era helpers. */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/select.h>

#include "bio_local.h"

/* ---- retry classification ---- */

MBS_API int BIO_sock_non_fatal_error(int err)
{
    switch (err) {
    case EWOULDBLOCK:
#if EAGAIN != EWOULDBLOCK
    case EAGAIN:
#endif
    case ENOTCONN:
    case EINTR:
    case EPROTO:
    case EINPROGRESS:
    case EALREADY:
        return 1;
    default:
        return 0;
    }
}

MBS_API int BIO_sock_should_retry(int i)
{
    if (i == 0 || i == -1)
        return BIO_sock_non_fatal_error(errno);
    return 0;
}

/* ---- the socket BIO ---- */

static int sock_new(BIO *b)
{
    b->init = 0;
    b->num = 0;
    b->ptr = NULL;
    b->flags = 0;
    return 1;
}

static int sock_free(BIO *b)
{
    if (b->shutdown) {
        if (b->init)
            BIO_closesocket(b->num);
        b->init = 0;
        b->flags = 0;
    }
    return 1;
}

static int sock_read(BIO *b, char *out, size_t outl, size_t *readbytes)
{
    ssize_t r = 0;

    *readbytes = 0;
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

static int sock_write(BIO *b, const char *in, size_t inl, size_t *written)
{
    ssize_t r;

    *written = 0;
    errno = 0;
    /* MSG_NOSIGNAL: a peer that went away must give EPIPE, not kill the process. */
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

static int sock_puts(BIO *b, const char *str)
{
    size_t written = 0;
    int r = sock_write(b, str, strlen(str), &written);

    return r > 0 ? (int)written : r;
}

static long sock_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    long ret = 1;

    switch (cmd) {
    case BIO_C_SET_FD:
        sock_free(b);
        b->num = *(int *)ptr;
        b->shutdown = (int)num;
        b->init = 1;
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
    case BIO_CTRL_DUP:
    case BIO_CTRL_FLUSH:
        ret = 1;
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

static const BIO_METHOD sock_method = {
    .type = BIO_TYPE_SOCKET,
    .name = (char *)"socket",
    .bwrite = sock_write,
    .bread = sock_read,
    .bputs = sock_puts,
    .ctrl = sock_ctrl,
    .create = sock_new,
    .destroy = sock_free,
};

MBS_API const BIO_METHOD *BIO_s_socket(void)
{
    return &sock_method;
}

MBS_API BIO *BIO_new_socket(int fd, int close_flag)
{
    BIO *b = BIO_new(BIO_s_socket());

    if (b == NULL)
        return NULL;
    BIO_set_fd(b, fd, close_flag);
    return b;
}

/* ---- socket helpers ---- */

MBS_API int BIO_sock_init(void)
{
    return 1;
}

MBS_API int BIO_socket_ioctl(int fd, long type, void *arg)
{
    int r = ioctl(fd, (unsigned long)type, arg);

    if (r < 0)
        ERR_raise_data(ERR_LIB_SYS, errno, "calling ioctlsocket()");
    return r;
}

MBS_API int BIO_socket_nbio(int s, int mode)
{
    int on = mode != 0;

    return BIO_socket_ioctl(s, FIONBIO, &on) == 0;
}

MBS_API int BIO_sock_error(int sock)
{
    int err = 0;
    socklen_t len = sizeof(err);

    if (getsockopt(sock, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
        return errno;
    return err;
}

MBS_API int BIO_set_tcp_ndelay(int s, int on)
{
    int v = on;

    return setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, sizeof(v)) == 0;
}

MBS_API int BIO_closesocket(int sock)
{
    if (sock < 0)
        return 0;
    return close(sock) == 0;
}

MBS_API int BIO_socket(int domain, int socktype, int protocol, int options)
{
    int s;

    (void)options;
    if (BIO_sock_init() != 1)
        return -1;
    s = socket(domain, socktype, protocol);
    if (s == -1) {
        ERR_raise_data(ERR_LIB_SYS, errno, "calling socket()");
        ERR_raise(ERR_LIB_BIO, BIO_R_UNABLE_TO_CREATE_SOCKET);
        return -1;
    }
    return s;
}

static int set_opt(int sock, int level, int name, int v, int reason)
{
    if (setsockopt(sock, level, name, &v, sizeof(v)) != 0) {
        ERR_raise_data(ERR_LIB_SYS, errno, "calling setsockopt()");
        ERR_raise(ERR_LIB_BIO, reason);
        return 0;
    }
    return 1;
}

MBS_API int BIO_connect(int sock, const BIO_ADDR *addr, int options)
{
    if (sock == -1) {
        ERR_raise(ERR_LIB_BIO, BIO_R_INVALID_SOCKET);
        return 0;
    }
    if (addr == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if (!BIO_socket_nbio(sock, (options & BIO_SOCK_NONBLOCK) != 0))
        return 0;
    if ((options & BIO_SOCK_KEEPALIVE) && !set_opt(sock, SOL_SOCKET, SO_KEEPALIVE, 1, BIO_R_UNABLE_TO_KEEPALIVE))
        return 0;
    if ((options & BIO_SOCK_NODELAY) && !set_opt(sock, IPPROTO_TCP, TCP_NODELAY, 1, BIO_R_UNABLE_TO_NODELAY))
        return 0;
    if (connect(sock, mbs_bio_addr_sockaddr(addr), mbs_bio_addr_sockaddr_size(addr)) == -1) {
        /* In progress (non-blocking) is not an error: the caller asks BIO_sock_should_retry(). */
        if (!BIO_sock_should_retry(-1)) {
            ERR_raise_data(ERR_LIB_SYS, errno, "calling connect()");
            ERR_raise(ERR_LIB_BIO, BIO_R_CONNECT_ERROR);
        }
        return 0;
    }
    return 1;
}

MBS_API int BIO_bind(int sock, const BIO_ADDR *addr, int options)
{
    if (sock == -1) {
        ERR_raise(ERR_LIB_BIO, BIO_R_INVALID_SOCKET);
        return 0;
    }
    if (addr == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if ((options & BIO_SOCK_REUSEADDR) && !set_opt(sock, SOL_SOCKET, SO_REUSEADDR, 1, BIO_R_UNABLE_TO_REUSEADDR))
        return 0;
    if (bind(sock, mbs_bio_addr_sockaddr(addr), mbs_bio_addr_sockaddr_size(addr)) != 0) {
        ERR_raise_data(ERR_LIB_SYS, errno, "calling bind()");
        ERR_raise(ERR_LIB_BIO, BIO_R_UNABLE_TO_BIND_SOCKET);
        return 0;
    }
    return 1;
}

MBS_API int BIO_listen(int sock, const BIO_ADDR *addr, int options)
{
    int socktype = 0;
    socklen_t len = sizeof(socktype);

    if (sock == -1) {
        ERR_raise(ERR_LIB_BIO, BIO_R_INVALID_SOCKET);
        return 0;
    }
    if (addr == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if (getsockopt(sock, SOL_SOCKET, SO_TYPE, &socktype, &len) != 0 || len != sizeof(socktype)) {
        ERR_raise_data(ERR_LIB_SYS, errno, "calling getsockopt()");
        ERR_raise(ERR_LIB_BIO, BIO_R_GETTING_SOCKTYPE);
        return 0;
    }
    if (!BIO_socket_nbio(sock, (options & BIO_SOCK_NONBLOCK) != 0))
        return 0;
    if ((options & BIO_SOCK_KEEPALIVE) && socktype != SOCK_DGRAM
        && !set_opt(sock, SOL_SOCKET, SO_KEEPALIVE, 1, BIO_R_UNABLE_TO_KEEPALIVE))
        return 0;
    if ((options & BIO_SOCK_NODELAY) && socktype != SOCK_DGRAM
        && !set_opt(sock, IPPROTO_TCP, TCP_NODELAY, 1, BIO_R_UNABLE_TO_NODELAY))
        return 0;
    if (BIO_ADDR_family(addr) == AF_INET6
        && !set_opt(sock, IPPROTO_IPV6, IPV6_V6ONLY, (options & BIO_SOCK_V6_ONLY) != 0, BIO_R_LISTEN_V6_ONLY))
        return 0;
    if (!BIO_bind(sock, addr, options))
        return 0;
    if (socktype != SOCK_DGRAM && listen(sock, SOMAXCONN) == -1) {
        ERR_raise_data(ERR_LIB_SYS, errno, "calling listen()");
        ERR_raise(ERR_LIB_BIO, BIO_R_UNABLE_TO_LISTEN_SOCKET);
        return 0;
    }
    return 1;
}

MBS_API int BIO_accept_ex(int accept_sock, BIO_ADDR *addr, int options)
{
    BIO_ADDR local;
    socklen_t len;
    int s;

    if (addr == NULL)
        addr = &local;
    len = sizeof(*addr);
    s = accept(accept_sock, &addr->sa, &len);
    if (s == -1) {
        if (!BIO_sock_should_retry(s)) {
            ERR_raise_data(ERR_LIB_SYS, errno, "calling accept()");
            ERR_raise(ERR_LIB_BIO, BIO_R_ACCEPT_ERROR);
        }
        return -1;
    }
    if (!BIO_socket_nbio(s, (options & BIO_SOCK_NONBLOCK) != 0)) {
        close(s);
        return -1;
    }
    return s;
}

MBS_API int BIO_sock_info(int sock, enum BIO_sock_info_type type, union BIO_sock_info_u *info)
{
    socklen_t len;

    if (type != BIO_SOCK_INFO_ADDRESS) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNKNOWN_INFO_TYPE);
        return 0;
    }
    if (info == NULL || info->addr == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    len = sizeof(*info->addr);
    if (getsockname(sock, &info->addr->sa, &len) == -1) {
        ERR_raise_data(ERR_LIB_SYS, errno, "calling getsockname()");
        ERR_raise(ERR_LIB_BIO, BIO_R_GETSOCKNAME_ERROR);
        return 0;
    }
    if ((size_t)len > sizeof(*info->addr)) {
        ERR_raise(ERR_LIB_BIO, BIO_R_GETSOCKNAME_TRUNCATED_ADDRESS);
        return 0;
    }
    return 1;
}

/* ---- waiting ---- */

MBS_API int BIO_socket_wait(int fd, int for_read, time_t max_time)
{
    struct pollfd pfd;
    time_t now;
    long ms;

    if (fd < 0)
        return -1;
    if (max_time == 0)
        return 1;
    now = time(NULL);
    if (max_time < now)
        return 0;
    pfd.fd = fd;
    pfd.events = for_read ? POLLIN : POLLOUT;
    pfd.revents = 0;
    ms = (long)(max_time - now) * 1000;
    if (ms > 0x7fffffffL)
        ms = 0x7fffffffL;
    return poll(&pfd, 1, (int)ms);
}

/* 1 ready/slept, 0 timeout, -1 error; no error queue entry (BIO_wait adds it). */
static int wait_intern(BIO *bio, time_t max_time, unsigned int nap_ms)
{
    int fd = -1;
    long sec;

    if (max_time == 0)
        return 1;
    if (BIO_get_fd(bio, &fd) > 0 && fd >= 0)
        return BIO_socket_wait(fd, BIO_should_read(bio), max_time);
    /* No descriptor to watch: nap instead, never past the deadline. */
    sec = (long)(max_time - time(NULL));
    if (sec < 0)
        return 0;
    if (sec == 0) {
        if (nap_ms > 1000)
            nap_ms = 1000;
    } else if ((unsigned long)sec * 1000 < nap_ms) {
        nap_ms = (unsigned int)sec * 1000;
    }
    {
        struct timespec ts = { .tv_sec = nap_ms / 1000, .tv_nsec = (long)(nap_ms % 1000) * 1000000L };

        nanosleep(&ts, NULL);
    }
    return 1;
}

MBS_API int BIO_wait(BIO *bio, time_t max_time, unsigned int nap_milliseconds)
{
    int rv = wait_intern(bio, max_time, nap_milliseconds);

    if (rv <= 0)
        ERR_raise(ERR_LIB_BIO, rv == 0 ? BIO_R_TRANSFER_TIMEOUT : BIO_R_TRANSFER_ERROR);
    return rv;
}

MBS_API int BIO_do_connect_retry(BIO *bio, int timeout, int nap_milliseconds)
{
    int blocking = timeout <= 0;
    time_t max_time = timeout > 0 ? time(NULL) + timeout : 0;
    int rv;

    if (bio == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return -1;
    }
    if (nap_milliseconds < 0)
        nap_milliseconds = 100;
    BIO_set_nbio(bio, !blocking);
    for (;;) {
        ERR_set_mark();
        rv = (int)BIO_do_connect(bio);
        if (rv > 0) {
            ERR_clear_last_mark();
            return rv;
        }
        {
            unsigned long err = ERR_peek_last_error();
            int do_retry = BIO_should_retry(bio);

            if (ERR_GET_LIB(err) == ERR_LIB_BIO) {
                int reason = ERR_GET_REASON(err);

                /* The peer may not be listening yet: start over after a nap. */
                if (reason == ERR_GET_REASON(ERR_R_SYS_LIB) || reason == BIO_R_CONNECT_ERROR
                    || reason == BIO_R_NBIO_CONNECT_ERROR) {
                    (void)BIO_reset(bio);
                    do_retry = 1;
                }
            }
            if (timeout >= 0 && do_retry) {
                ERR_pop_to_mark();
                rv = wait_intern(bio, max_time, (unsigned int)nap_milliseconds);
                if (rv > 0)
                    continue;
                ERR_raise(ERR_LIB_BIO, rv == 0 ? BIO_R_CONNECT_TIMEOUT : BIO_R_CONNECT_ERROR);
            } else {
                ERR_clear_last_mark();
                rv = -1;
                if (err == 0)
                    ERR_raise(ERR_LIB_BIO, BIO_R_CONNECT_ERROR);
            }
            return rv;
        }
    }
}

/* ---- deprecated 1.1-era helpers (still exported by 3.0) ---- */

MBS_API int BIO_get_port(const char *str, unsigned short *port_ptr)
{
    BIO_ADDRINFO *res = NULL;
    int ok = 0;

    if (str == NULL || port_ptr == NULL) {
        ERR_raise(ERR_LIB_BIO, BIO_R_NO_PORT_DEFINED);
        return 0;
    }
    if (BIO_lookup(NULL, str, BIO_LOOKUP_CLIENT, AF_INET, SOCK_STREAM, &res)) {
        if (BIO_ADDRINFO_family(res) != AF_INET) {
            ERR_raise(ERR_LIB_BIO, BIO_R_ADDRINFO_ADDR_IS_NOT_AF_INET);
        } else {
            *port_ptr = ntohs(BIO_ADDR_rawport(BIO_ADDRINFO_address(res)));
            ok = 1;
        }
        BIO_ADDRINFO_free(res);
    } else {
        ERR_add_error_data(2, "host=", str);
    }
    return ok;
}

MBS_API int BIO_get_host_ip(const char *str, unsigned char *ip)
{
    BIO_ADDRINFO *res = NULL;
    int ok = 0;

    if (str == NULL || ip == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if (BIO_lookup(str, NULL, BIO_LOOKUP_CLIENT, AF_INET, SOCK_STREAM, &res)) {
        size_t l;

        if (BIO_ADDRINFO_family(res) != AF_INET) {
            ERR_raise(ERR_LIB_BIO, BIO_R_GETHOSTBYNAME_ADDR_IS_NOT_AF_INET);
        } else if (BIO_ADDR_rawaddress(BIO_ADDRINFO_address(res), NULL, &l) && l == 4) {
            BIO_ADDR_rawaddress(BIO_ADDRINFO_address(res), ip, &l);
            ok = 1;
        }
        BIO_ADDRINFO_free(res);
    } else {
        ERR_add_error_data(2, "host=", str);
    }
    return ok;
}

MBS_API struct hostent *BIO_gethostbyname(const char *name)
{
    return name != NULL ? gethostbyname(name) : NULL;
}

MBS_API int BIO_get_accept_socket(char *host_port, int bind_mode)
{
    BIO_ADDRINFO *res = NULL;
    char *host = NULL, *port = NULL;
    int s = -1;

    if (host_port == NULL || !BIO_parse_hostserv(host_port, &host, &port, BIO_PARSE_PRIO_SERV))
        goto done;
    if (!BIO_lookup(host, port, BIO_LOOKUP_SERVER, AF_UNSPEC, SOCK_STREAM, &res))
        goto done;
    s = BIO_socket(BIO_ADDRINFO_family(res), BIO_ADDRINFO_socktype(res), BIO_ADDRINFO_protocol(res), 0);
    if (s == -1)
        goto done;
    if (!BIO_listen(s, BIO_ADDRINFO_address(res), bind_mode ? BIO_SOCK_REUSEADDR : 0)) {
        BIO_closesocket(s);
        s = -1;
    }
done:
    BIO_ADDRINFO_free(res);
    OPENSSL_free(host);
    OPENSSL_free(port);
    return s;
}

MBS_API int BIO_accept(int sock, char **ip_port)
{
    BIO_ADDR res;
    int s = BIO_accept_ex(sock, &res, 0);

    if (s == -1) {
        /* The old API tells "try again" (-2) apart from failure (-1). */
        if (BIO_sock_should_retry(s))
            return -2;
        ERR_raise(ERR_LIB_BIO, BIO_R_ACCEPT_ERROR);
        return -1;
    }
    if (ip_port != NULL) {
        char *h = BIO_ADDR_hostname_string(&res, 1);
        char *p = BIO_ADDR_service_string(&res, 1);

        *ip_port = NULL;
        if (h != NULL && p != NULL) {
            size_t n = strlen(h) + strlen(p) + 2;

            *ip_port = OPENSSL_zalloc(n);
            if (*ip_port != NULL)
                snprintf(*ip_port, n, "%s:%s", h, p);
        }
        if (*ip_port == NULL) {
            BIO_closesocket(s);
            s = -1;
        }
        OPENSSL_free(h);
        OPENSSL_free(p);
    }
    return s;
}
