/* Accept BIO (BIO_s_accept / BIO_new_accept): the first BIO_do_accept binds and listens, each further one
 * accepts a connection and appends it (optionally behind a copy of the accept chain) as the next BIO. */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#include "bio_local.h"

enum {
    ACPT_BEFORE = 1,
    ACPT_GET_ADDR = 2,
    ACPT_CREATE_SOCKET = 3,
    ACPT_LISTEN = 4,
    ACPT_ACCEPT = 5,
    ACPT_OK = 6,
};

struct acpt_ctx {
    int state;
    int accept_family;
    int bind_mode;     /* BIO_SOCK_* for the listening socket */
    int accepted_mode; /* BIO_SOCK_* for accepted sockets */
    char *param_addr;
    char *param_serv;
    int accept_sock;
    BIO_ADDRINFO *addr_first;
    const BIO_ADDRINFO *addr_iter;
    BIO_ADDR cache_accepting_addr;
    char *cache_accepting_name, *cache_accepting_serv;
    BIO_ADDR cache_peer_addr;
    char *cache_peer_name, *cache_peer_serv;
    BIO *bio_chain;
};

#define SHOW(s) ((s) != NULL ? (s) : "<NULL>")

static int acpt_new(BIO *b)
{
    struct acpt_ctx *c = OPENSSL_zalloc(sizeof(*c));

    if (c == NULL)
        return 0;
    c->state = ACPT_BEFORE;
    c->accept_family = BIO_FAMILY_IPANY;
    c->accept_sock = -1;
    b->init = 0;
    b->num = -1;
    b->ptr = c;
    b->shutdown = 1;
    return 1;
}

static void acpt_close_socket(BIO *b)
{
    struct acpt_ctx *c = b->ptr;

    if (c->accept_sock != -1) {
        shutdown(c->accept_sock, SHUT_RDWR);
        BIO_closesocket(c->accept_sock);
        c->accept_sock = -1;
        b->num = -1;
    }
}

static void clear_cache(char **p)
{
    OPENSSL_free(*p);
    *p = NULL;
}

static int acpt_free(BIO *b)
{
    struct acpt_ctx *c = b->ptr;

    if (c == NULL)
        return 0;
    if (b->shutdown)
        acpt_close_socket(b);
    OPENSSL_free(c->param_addr);
    OPENSSL_free(c->param_serv);
    BIO_ADDRINFO_free(c->addr_first);
    clear_cache(&c->cache_accepting_name);
    clear_cache(&c->cache_accepting_serv);
    clear_cache(&c->cache_peer_name);
    clear_cache(&c->cache_peer_serv);
    BIO_free(c->bio_chain);
    OPENSSL_free(c);
    b->ptr = NULL;
    b->flags = 0;
    b->init = 0;
    return 1;
}

static int acpt_state(BIO *b, struct acpt_ctx *c)
{
    BIO *bio = NULL, *dbio;
    int s = -1, ret = -1;

    for (;;) {
        switch (c->state) {
        case ACPT_BEFORE:
            if (c->param_addr == NULL && c->param_serv == NULL) {
                ERR_raise_data(ERR_LIB_BIO, BIO_R_NO_ACCEPT_ADDR_OR_SERVICE_SPECIFIED, "hostname=%s, service=%s",
                               SHOW(c->param_addr), SHOW(c->param_serv));
                goto exit_loop;
            }
            clear_cache(&c->cache_accepting_name);
            clear_cache(&c->cache_accepting_serv);
            clear_cache(&c->cache_peer_name);
            clear_cache(&c->cache_peer_serv);
            c->state = ACPT_GET_ADDR;
            break;
        case ACPT_GET_ADDR: {
            int family;

            switch (c->accept_family) {
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
            if (!BIO_lookup(c->param_addr, c->param_serv, BIO_LOOKUP_SERVER, family, SOCK_STREAM, &c->addr_first))
                goto exit_loop;
            if (c->addr_first == NULL) {
                ERR_raise(ERR_LIB_BIO, BIO_R_LOOKUP_RETURNED_NOTHING);
                goto exit_loop;
            }
            c->addr_iter = c->addr_first;
            c->state = ACPT_CREATE_SOCKET;
            break;
        }
        case ACPT_CREATE_SOCKET:
            s = BIO_socket(BIO_ADDRINFO_family(c->addr_iter), BIO_ADDRINFO_socktype(c->addr_iter),
                           BIO_ADDRINFO_protocol(c->addr_iter), 0);
            if (s == -1) {
                ERR_raise_data(ERR_LIB_SYS, errno, "calling socket(%s, %s)", SHOW(c->param_addr),
                               SHOW(c->param_serv));
                ERR_raise(ERR_LIB_BIO, BIO_R_UNABLE_TO_CREATE_SOCKET);
                goto exit_loop;
            }
            c->accept_sock = s;
            b->num = s;
            c->state = ACPT_LISTEN;
            s = -1;
            break;
        case ACPT_LISTEN: {
            union BIO_sock_info_u info;

            if (!BIO_listen(c->accept_sock, BIO_ADDRINFO_address(c->addr_iter), c->bind_mode)) {
                BIO_closesocket(c->accept_sock);
                c->accept_sock = b->num = -1;
                goto exit_loop;
            }
            info.addr = &c->cache_accepting_addr;
            if (!BIO_sock_info(c->accept_sock, BIO_SOCK_INFO_ADDRESS, &info)) {
                BIO_closesocket(c->accept_sock);
                c->accept_sock = b->num = -1;
                goto exit_loop;
            }
            c->cache_accepting_name = BIO_ADDR_hostname_string(&c->cache_accepting_addr, 1);
            c->cache_accepting_serv = BIO_ADDR_service_string(&c->cache_accepting_addr, 1);
            c->state = ACPT_ACCEPT;
            return 1;
        }
        case ACPT_ACCEPT:
            if (b->next_bio != NULL) {
                c->state = ACPT_OK;
                break;
            }
            BIO_clear_retry_flags(b);
            b->retry_reason = 0;
            clear_cache(&c->cache_peer_name);
            clear_cache(&c->cache_peer_serv);
            s = BIO_accept_ex(c->accept_sock, &c->cache_peer_addr, c->accepted_mode);
            if (s < 0) {
                if (BIO_sock_should_retry(s)) {
                    BIO_set_retry_special(b);
                    b->retry_reason = BIO_RR_ACCEPT;
                    return -1;
                }
                ret = s;
                goto exit_loop;
            }
            bio = BIO_new_socket(s, BIO_CLOSE);
            if (bio == NULL)
                goto exit_loop;
            bio->callback = b->callback;
            bio->callback_ex = b->callback_ex;
            bio->cb_arg = b->cb_arg;
            /* A template chain set with BIO_set_accept_bios goes in front of every new connection. */
            if (c->bio_chain != NULL) {
                if ((dbio = BIO_dup_chain(c->bio_chain)) == NULL)
                    goto exit_loop;
                BIO_push(dbio, bio);
                bio = dbio;
            }
            BIO_push(b, bio);
            c->cache_peer_name = BIO_ADDR_hostname_string(&c->cache_peer_addr, 1);
            c->cache_peer_serv = BIO_ADDR_service_string(&c->cache_peer_addr, 1);
            c->state = ACPT_OK;
            return 1;
        case ACPT_OK:
            if (b->next_bio == NULL) {
                c->state = ACPT_ACCEPT;
                break;
            }
            return 1;
        default:
            goto exit_loop;
        }
    }
exit_loop:
    if (bio != NULL)
        BIO_free_all(bio);
    else if (s >= 0)
        BIO_closesocket(s);
    return ret;
}

static int acpt_read(BIO *b, char *out, size_t outl, size_t *readbytes)
{
    struct acpt_ctx *c = b->ptr;
    int r;

    *readbytes = 0;
    BIO_clear_retry_flags(b);
    while (b->next_bio == NULL) {
        r = acpt_state(b, c);
        if (r <= 0)
            return r;
    }
    r = BIO_read(b->next_bio, out, outl > INT32_MAX ? INT32_MAX : (int)outl);
    BIO_copy_next_retry(b);
    if (r <= 0)
        return r;
    *readbytes = (size_t)r;
    return 1;
}

static int acpt_write(BIO *b, const char *in, size_t inl, size_t *written)
{
    struct acpt_ctx *c = b->ptr;
    int r;

    *written = 0;
    BIO_clear_retry_flags(b);
    while (b->next_bio == NULL) {
        r = acpt_state(b, c);
        if (r <= 0)
            return r;
    }
    r = BIO_write(b->next_bio, in, inl > INT32_MAX ? INT32_MAX : (int)inl);
    BIO_copy_next_retry(b);
    if (r <= 0)
        return r;
    *written = (size_t)r;
    return 1;
}

static int acpt_puts(BIO *b, const char *str)
{
    size_t written = 0;
    int r = acpt_write(b, str, strlen(str), &written);

    return r > 0 ? (int)written : r;
}

static long acpt_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    struct acpt_ctx *c = b->ptr;
    long ret = 1;

    switch (cmd) {
    case BIO_CTRL_RESET:
        ret = 0;
        c->state = ACPT_BEFORE;
        acpt_close_socket(b);
        BIO_ADDRINFO_free(c->addr_first);
        c->addr_first = NULL;
        c->addr_iter = NULL;
        b->flags = 0;
        break;
    case BIO_C_DO_STATE_MACHINE:
        ret = acpt_state(b, c);
        break;
    case BIO_C_SET_ACCEPT:
        if (ptr != NULL) {
            if (num == 0) {
                char *old_serv = c->param_serv;

                OPENSSL_free(c->param_addr);
                c->param_addr = NULL;
                ret = BIO_parse_hostserv(ptr, &c->param_addr, &c->param_serv, BIO_PARSE_PRIO_SERV);
                if (old_serv != c->param_serv)
                    OPENSSL_free(old_serv);
                b->init = 1;
            } else if (num == 1) {
                OPENSSL_free(c->param_serv);
                c->param_serv = OPENSSL_strdup(ptr);
                if (c->param_serv == NULL)
                    ret = 0;
                else
                    b->init = 1;
            } else if (num == 2) {
                c->bind_mode |= BIO_SOCK_NONBLOCK;
            } else if (num == 3) {
                BIO_free(c->bio_chain);
                c->bio_chain = ptr;
            } else if (num == 4) {
                c->accept_family = *(int *)ptr;
            }
        } else if (num == 2) {
            c->bind_mode &= ~BIO_SOCK_NONBLOCK;
        }
        break;
    case BIO_C_SET_NBIO:
        if (num != 0)
            c->accepted_mode |= BIO_SOCK_NONBLOCK;
        else
            c->accepted_mode &= ~BIO_SOCK_NONBLOCK;
        break;
    case BIO_C_SET_FD:
        b->num = *(int *)ptr;
        c->accept_sock = b->num;
        c->state = ACPT_ACCEPT;
        b->shutdown = (int)num;
        b->init = 1;
        break;
    case BIO_C_GET_FD:
        if (b->init) {
            if (ptr != NULL)
                *(int *)ptr = c->accept_sock;
            ret = c->accept_sock;
        } else {
            ret = -1;
        }
        break;
    case BIO_C_GET_ACCEPT:
        if (!b->init) {
            ret = -1;
        } else if (num >= 0 && num <= 3 && ptr != NULL) {
            char *v[4] = { c->cache_accepting_name, c->cache_accepting_serv, c->cache_peer_name,
                           c->cache_peer_serv };

            *(char **)ptr = v[num];
        } else if (num == 4) {
            switch (BIO_ADDRINFO_family(c->addr_iter)) {
            case AF_INET6:
                ret = BIO_FAMILY_IPV6;
                break;
            case AF_INET:
                ret = BIO_FAMILY_IPV4;
                break;
            case 0:
                ret = c->accept_family;
                break;
            default:
                ret = -1;
                break;
            }
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
    case BIO_C_SET_BIND_MODE:
        c->bind_mode = (int)num;
        break;
    case BIO_C_GET_BIND_MODE:
        ret = c->bind_mode;
        break;
    case BIO_CTRL_DUP:
        break;
    case BIO_CTRL_EOF:
        if (b->next_bio == NULL)
            ret = 0;
        else
            ret = BIO_ctrl(b->next_bio, cmd, num, ptr);
        break;
    default:
        ret = 0;
        break;
    }
    return ret;
}

static const BIO_METHOD acpt_method = {
    .type = BIO_TYPE_ACCEPT,
    .name = (char *)"socket accept",
    .bwrite = acpt_write,
    .bread = acpt_read,
    .bputs = acpt_puts,
    .ctrl = acpt_ctrl,
    .create = acpt_new,
    .destroy = acpt_free,
};

MBS_API const BIO_METHOD *BIO_s_accept(void)
{
    return &acpt_method;
}

MBS_API BIO *BIO_new_accept(const char *host_port)
{
    BIO *b = BIO_new(BIO_s_accept());

    if (b == NULL)
        return NULL;
    if (BIO_set_accept_name(b, host_port))
        return b;
    BIO_free(b);
    return NULL;
}
