/* BIO_ADDR / BIO_ADDRINFO and name resolution (BIO_lookup_ex, BIO_parse_hostserv), over getaddrinfo. */
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>

#include "bio_local.h"

MBS_API BIO_ADDR *BIO_ADDR_new(void)
{
    BIO_ADDR *a = OPENSSL_zalloc(sizeof(*a));

    if (a == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    a->sa.sa_family = AF_UNSPEC;
    return a;
}

MBS_API void BIO_ADDR_free(BIO_ADDR *ap)
{
    OPENSSL_free(ap);
}

MBS_API void BIO_ADDR_clear(BIO_ADDR *ap)
{
    if (ap == NULL)
        return;
    memset(ap, 0, sizeof(*ap));
    ap->sa.sa_family = AF_UNSPEC;
}

const struct sockaddr *mbs_bio_addr_sockaddr(const BIO_ADDR *ap)
{
    return &ap->sa;
}

socklen_t mbs_bio_addr_sockaddr_size(const BIO_ADDR *ap)
{
    switch (ap->sa.sa_family) {
    case AF_INET:
        return sizeof(ap->s_in);
    case AF_INET6:
        return sizeof(ap->s_in6);
    case AF_UNIX:
        return sizeof(ap->s_un);
    default:
        return sizeof(*ap);
    }
}

/* Fills ap from a sockaddr of known length; 0 for families we do not carry. */
static int addr_from_sockaddr(BIO_ADDR *ap, const struct sockaddr *sa, size_t len)
{
    if ((sa->sa_family == AF_INET && len >= sizeof(struct sockaddr_in))
        || (sa->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6))
        || (sa->sa_family == AF_UNIX && len <= sizeof(struct sockaddr_un))) {
        memset(ap, 0, sizeof(*ap));
        memcpy(ap, sa, len < sizeof(*ap) ? len : sizeof(*ap));
        return 1;
    }
    return 0;
}

MBS_API int BIO_ADDR_rawmake(BIO_ADDR *ap, int family, const void *where, size_t wherelen,
                             unsigned short port)
{
    if (ap == NULL || (where == NULL && wherelen > 0))
        return 0;
    if (family == AF_UNIX) {
        if (wherelen + 1 > sizeof(ap->s_un.sun_path))
            return 0;
        memset(&ap->s_un, 0, sizeof(ap->s_un));
        ap->s_un.sun_family = AF_UNIX;
        memcpy(ap->s_un.sun_path, where, wherelen);
        return 1;
    }
    if (family == AF_INET) {
        if (wherelen != sizeof(struct in_addr))
            return 0;
        memset(&ap->s_in, 0, sizeof(ap->s_in));
        ap->s_in.sin_family = AF_INET;
        ap->s_in.sin_port = port;
        memcpy(&ap->s_in.sin_addr, where, wherelen);
        return 1;
    }
    if (family == AF_INET6) {
        if (wherelen != sizeof(struct in6_addr))
            return 0;
        memset(&ap->s_in6, 0, sizeof(ap->s_in6));
        ap->s_in6.sin6_family = AF_INET6;
        ap->s_in6.sin6_port = port;
        memcpy(&ap->s_in6.sin6_addr, where, wherelen);
        return 1;
    }
    return 0;
}

MBS_API int BIO_ADDR_family(const BIO_ADDR *ap)
{
    return ap != NULL ? ap->sa.sa_family : AF_UNSPEC;
}

MBS_API int BIO_ADDR_rawaddress(const BIO_ADDR *ap, void *p, size_t *l)
{
    const void *src = NULL;
    size_t len = 0;

    if (ap == NULL)
        return 0;
    switch (ap->sa.sa_family) {
    case AF_INET:
        src = &ap->s_in.sin_addr;
        len = sizeof(ap->s_in.sin_addr);
        break;
    case AF_INET6:
        src = &ap->s_in6.sin6_addr;
        len = sizeof(ap->s_in6.sin6_addr);
        break;
    case AF_UNIX:
        src = ap->s_un.sun_path;
        len = strnlen(ap->s_un.sun_path, sizeof(ap->s_un.sun_path));
        break;
    default:
        return 0;
    }
    if (p != NULL)
        memcpy(p, src, len);
    if (l != NULL)
        *l = len;
    return 1;
}

MBS_API unsigned short BIO_ADDR_rawport(const BIO_ADDR *ap)
{
    if (ap == NULL)
        return 0;
    if (ap->sa.sa_family == AF_INET)
        return ap->s_in.sin_port;
    if (ap->sa.sa_family == AF_INET6)
        return ap->s_in6.sin6_port;
    return 0;
}

/* Host and service text of an address, numeric or through the resolver. */
static int addr_strings(const BIO_ADDR *ap, int numeric, char **host, char **service)
{
    char h[NI_MAXHOST], s[NI_MAXSERV];
    int flags = numeric ? (NI_NUMERICHOST | NI_NUMERICSERV) : 0;
    int r;

    if (ap == NULL || (ap->sa.sa_family != AF_INET && ap->sa.sa_family != AF_INET6))
        return 0;
    r = getnameinfo(&ap->sa, mbs_bio_addr_sockaddr_size(ap), h, sizeof(h), s, sizeof(s), flags);
    if (r != 0) {
        if (r == EAI_SYSTEM) {
            ERR_raise_data(ERR_LIB_SYS, errno, "calling getnameinfo()");
            ERR_raise(ERR_LIB_BIO, ERR_R_SYS_LIB);
        } else {
            ERR_raise_data(ERR_LIB_BIO, ERR_R_SYS_LIB, "%s", gai_strerror(r));
        }
        return 0;
    }
    /* Some resolvers leave an unknown service empty: use the port number instead. */
    if (s[0] == '\0')
        snprintf(s, sizeof(s), "%d", ntohs(BIO_ADDR_rawport(ap)));
    if (host != NULL && (*host = OPENSSL_strdup(h)) == NULL)
        goto oom;
    if (service != NULL && (*service = OPENSSL_strdup(s)) == NULL) {
        if (host != NULL) {
            OPENSSL_free(*host);
            *host = NULL;
        }
        goto oom;
    }
    return 1;
oom:
    ERR_raise(ERR_LIB_BIO, ERR_R_MALLOC_FAILURE);
    return 0;
}

MBS_API char *BIO_ADDR_hostname_string(const BIO_ADDR *ap, int numeric)
{
    char *h = NULL;

    if (!addr_strings(ap, numeric, &h, NULL))
        return NULL;
    return h;
}

MBS_API char *BIO_ADDR_service_string(const BIO_ADDR *ap, int numeric)
{
    char *s = NULL;

    if (!addr_strings(ap, numeric, NULL, &s))
        return NULL;
    return s;
}

MBS_API char *BIO_ADDR_path_string(const BIO_ADDR *ap)
{
    if (ap == NULL || ap->sa.sa_family != AF_UNIX)
        return NULL;
    return OPENSSL_strndup(ap->s_un.sun_path, sizeof(ap->s_un.sun_path));
}

MBS_API const BIO_ADDRINFO *BIO_ADDRINFO_next(const BIO_ADDRINFO *bai)
{
    return bai != NULL ? bai->next : NULL;
}

MBS_API int BIO_ADDRINFO_family(const BIO_ADDRINFO *bai)
{
    return bai != NULL ? bai->family : 0;
}

MBS_API int BIO_ADDRINFO_socktype(const BIO_ADDRINFO *bai)
{
    return bai != NULL ? bai->socktype : 0;
}

MBS_API int BIO_ADDRINFO_protocol(const BIO_ADDRINFO *bai)
{
    if (bai == NULL)
        return 0;
    if (bai->protocol != 0)
        return bai->protocol;
    /* getaddrinfo may leave it open; answer what the socket type implies. */
    if (bai->family == AF_UNIX)
        return 0;
    if (bai->socktype == SOCK_STREAM)
        return IPPROTO_TCP;
    if (bai->socktype == SOCK_DGRAM)
        return IPPROTO_UDP;
    return 0;
}

MBS_API const BIO_ADDR *BIO_ADDRINFO_address(const BIO_ADDRINFO *bai)
{
    return bai != NULL ? &bai->addr : NULL;
}

MBS_API void BIO_ADDRINFO_free(BIO_ADDRINFO *bai)
{
    while (bai != NULL) {
        BIO_ADDRINFO *next = bai->next;

        OPENSSL_free(bai);
        bai = next;
    }
}

MBS_API int BIO_parse_hostserv(const char *hostserv, char **host, char **service,
                               enum BIO_hostserv_priorities prio)
{
    const char *h = NULL, *p = NULL;
    size_t hl = 0, pl = 0;

    if (hostserv == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if (hostserv[0] == '[') {
        /* [v6addr] or [v6addr]:service */
        const char *close = strchr(hostserv, ']');

        if (close == NULL)
            goto malformed;
        h = hostserv + 1;
        hl = (size_t)(close - h);
        if (close[1] == ':') {
            p = close + 2;
            pl = strlen(p);
        } else if (close[1] != '\0') {
            goto malformed;
        }
    } else {
        const char *first = strchr(hostserv, ':');

        /* Several colons could be a bare IPv6 address or address:port: refuse to guess. */
        if (first != NULL && strrchr(hostserv, ':') != first) {
            ERR_raise(ERR_LIB_BIO, BIO_R_AMBIGUOUS_HOST_OR_SERVICE);
            return 0;
        }
        if (first != NULL) {
            h = hostserv;
            hl = (size_t)(first - hostserv);
            p = first + 1;
            pl = strlen(p);
        } else if (prio == BIO_PARSE_PRIO_HOST) {
            h = hostserv;
            hl = strlen(h);
        } else {
            p = hostserv;
            pl = strlen(p);
        }
    }
    if (p != NULL && memchr(p, ':', pl) != NULL)
        goto malformed;
    /* Empty or "*" means "any": reported as NULL. */
    if (h != NULL && host != NULL) {
        if (hl == 0 || (hl == 1 && h[0] == '*')) {
            *host = NULL;
        } else if ((*host = OPENSSL_strndup(h, hl)) == NULL) {
            goto oom;
        }
    }
    if (p != NULL && service != NULL) {
        if (pl == 0 || (pl == 1 && p[0] == '*')) {
            *service = NULL;
        } else if ((*service = OPENSSL_strndup(p, pl)) == NULL) {
            goto oom;
        }
    }
    return 1;
malformed:
    ERR_raise(ERR_LIB_BIO, BIO_R_MALFORMED_HOST_OR_SERVICE);
    return 0;
oom:
    ERR_raise(ERR_LIB_BIO, ERR_R_MALLOC_FAILURE);
    return 0;
}

/* Copies a getaddrinfo() list into BIO_ADDRINFO nodes. */
static BIO_ADDRINFO *copy_ai(const struct addrinfo *ai)
{
    BIO_ADDRINFO *head = NULL, **tail = &head;

    for (; ai != NULL; ai = ai->ai_next) {
        BIO_ADDRINFO *n;

        if (ai->ai_addr == NULL)
            continue;
        n = OPENSSL_zalloc(sizeof(*n));
        if (n == NULL) {
            BIO_ADDRINFO_free(head);
            return NULL;
        }
        if (!addr_from_sockaddr(&n->addr, ai->ai_addr, ai->ai_addrlen)) {
            OPENSSL_free(n);
            continue;
        }
        n->family = ai->ai_family;
        n->socktype = ai->ai_socktype;
        n->protocol = ai->ai_protocol;
        *tail = n;
        tail = &n->next;
    }
    return head;
}

MBS_API int BIO_lookup_ex(const char *host, const char *service, int lookup_type, int family, int socktype,
                          int protocol, BIO_ADDRINFO **res)
{
    struct addrinfo hints, *ai = NULL;
    int r, first_err = 0;

    if (res == NULL) {
        ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
        return 0;
    }
    if (family != AF_INET && family != AF_INET6 && family != AF_UNIX && family != AF_UNSPEC) {
        ERR_raise(ERR_LIB_BIO, BIO_R_UNSUPPORTED_PROTOCOL_FAMILY);
        return 0;
    }
    if (family == AF_UNIX) {
        BIO_ADDRINFO *n;

        if (host == NULL) {
            ERR_raise(ERR_LIB_BIO, ERR_R_PASSED_NULL_PARAMETER);
            return 0;
        }
        n = OPENSSL_zalloc(sizeof(*n));
        if (n == NULL || !BIO_ADDR_rawmake(&n->addr, AF_UNIX, host, strlen(host), 0)) {
            OPENSSL_free(n);
            ERR_raise(ERR_LIB_BIO, ERR_R_MALLOC_FAILURE);
            return 0;
        }
        n->family = AF_UNIX;
        n->socktype = socktype;
        n->protocol = protocol;
        *res = n;
        return 1;
    }

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    hints.ai_flags = AI_ADDRCONFIG;
    if (lookup_type == BIO_LOOKUP_SERVER)
        hints.ai_flags |= AI_PASSIVE;
    for (;;) {
        r = getaddrinfo(host, service, &hints, &ai);
        /* AI_ADDRCONFIG hides loopback-only setups: retry numerically without it. */
        if ((r == EAI_FAMILY || r == EAI_NONAME) && (hints.ai_flags & AI_ADDRCONFIG)) {
            hints.ai_flags &= ~AI_ADDRCONFIG;
            hints.ai_flags |= AI_NUMERICHOST;
            first_err = r;
            continue;
        }
        break;
    }
    switch (r) {
    case 0:
        *res = copy_ai(ai);
        freeaddrinfo(ai);
        if (*res == NULL) {
            ERR_raise(ERR_LIB_BIO, BIO_R_LOOKUP_RETURNED_NOTHING);
            return 0;
        }
        return 1;
    case EAI_SYSTEM:
        ERR_raise_data(ERR_LIB_SYS, errno, "calling getaddrinfo()");
        ERR_raise(ERR_LIB_BIO, ERR_R_SYS_LIB);
        return 0;
    case EAI_MEMORY:
        ERR_raise_data(ERR_LIB_BIO, ERR_R_MALLOC_FAILURE, "%s", gai_strerror(first_err ? first_err : r));
        return 0;
    default:
        ERR_raise_data(ERR_LIB_BIO, ERR_R_SYS_LIB, "%s", gai_strerror(first_err ? first_err : r));
        return 0;
    }
}

MBS_API int BIO_lookup(const char *host, const char *service, enum BIO_lookup_type lookup_type, int family,
                       int socktype, BIO_ADDRINFO **res)
{
    return BIO_lookup_ex(host, service, lookup_type, family, socktype, 0, res);
}
