/* ALPN/NPN protocol-list helpers shared by both roles. Lists are in wire format: length-prefixed names. */
#include <string.h>

#include "ssl/ssl_local.h"

int mbs_alpn_wire_ok(const unsigned char *p, size_t len)
{
    size_t i = 0;
    while (i < len) {
        if (p[i] == 0 || i + 1 + p[i] > len)
            return 0;
        i += 1 + p[i];
    }
    return len > 0;
}

/* Next protocol of a wire-format list at *i: empty entries are skipped, a truncated tail ends the list.
 * Returns 1 with the name in p and len, 0 at the end. */
static int next_proto(const unsigned char *list, unsigned int list_len, unsigned int *i, const unsigned char **p,
                      unsigned int *len)
{
    while (*i < list_len && list[*i] == 0)
        (*i)++;
    if (*i >= list_len || *i + 1u + list[*i] > list_len)
        return 0;
    *len = list[*i];
    *p = list + *i + 1;
    *i += 1u + *len;
    return 1;
}

/*
 * Server preference: the first protocol of `server` that also appears in `client`. Without overlap the
 * answer is the client's first protocol (OPENSSL_NPN_NO_OVERLAP). As in OpenSSL 3.0.15+ (CVE-2024-5535)
 * only the client's first entry must be well formed, else there is no answer at all (*out = NULL); empty
 * entries are skipped and truncated tails ignored in both lists.
 */
MBS_API int SSL_select_next_proto(unsigned char **out, unsigned char *outlen, const unsigned char *server,
                                  unsigned int server_len, const unsigned char *client, unsigned int client_len)
{
    MBS_TRACE_ENTRY();
    if (out == NULL || outlen == NULL)
        return OPENSSL_NPN_NO_OVERLAP;
    if (client == NULL || client_len == 0 || client[0] == 0 || 1u + client[0] > client_len) {
        *out = NULL;
        *outlen = 0;
        return OPENSSL_NPN_NO_OVERLAP;
    }
    const unsigned char *sp, *cp;
    unsigned int sl, cl;
    for (unsigned int i = 0; server != NULL && next_proto(server, server_len, &i, &sp, &sl);) {
        for (unsigned int j = 0; next_proto(client, client_len, &j, &cp, &cl);) {
            if (sl == cl && memcmp(sp, cp, sl) == 0) {
                *out = (unsigned char *)sp;
                *outlen = (unsigned char)sl;
                return OPENSSL_NPN_NEGOTIATED;
            }
        }
    }
    *out = (unsigned char *)client + 1;
    *outlen = client[0];
    return OPENSSL_NPN_NO_OVERLAP;
}
