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

/*
 * Server preference: the first protocol of `server` that also appears in `client`. Without overlap the
 * answer is the client's first protocol (OPENSSL_NPN_NO_OVERLAP); with an empty or malformed client list
 * there is no answer at all (*out = NULL), as in OpenSSL 3.0.15+ (CVE-2024-5535).
 */
MBS_API int SSL_select_next_proto(unsigned char **out, unsigned char *outlen, const unsigned char *server,
                                  unsigned int server_len, const unsigned char *client, unsigned int client_len)
{
    MBS_TRACE_ENTRY();
    if (out == NULL || outlen == NULL)
        return OPENSSL_NPN_NO_OVERLAP;
    if (client == NULL || !mbs_alpn_wire_ok(client, client_len)) {
        *out = NULL;
        *outlen = 0;
        return OPENSSL_NPN_NO_OVERLAP;
    }
    if (server != NULL && mbs_alpn_wire_ok(server, server_len)) {
        for (unsigned int i = 0; i < server_len; i += 1u + server[i]) {
            for (unsigned int j = 0; j < client_len; j += 1u + client[j]) {
                if (server[i] == client[j] && memcmp(server + i + 1, client + j + 1, server[i]) == 0) {
                    *out = (unsigned char *)server + i + 1;
                    *outlen = server[i];
                    return OPENSSL_NPN_NEGOTIATED;
                }
            }
        }
    }
    *out = (unsigned char *)client + 1;
    *outlen = client[0];
    return OPENSSL_NPN_NO_OVERLAP;
}
