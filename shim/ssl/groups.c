/*
 * Group (named curve / FFDHE) lists: the names OpenSSL 3.0's SSL_CTX_set1_groups_list accepts, their
 * IANA NamedGroup ids, and which of them Mbed TLS does for us (X25519, X448, P-256, P-384, P-521).
 *
 * OpenSSL 3.0's rules, reproduced here: ':'-separated, blanks around a name ignored, names matched
 * case-sensitively against the TLS name or the alias; an unknown name, an empty item, a repeated group
 * (by id, so "P-256:prime256v1" too) or a name of 64+ characters fails the whole call.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/obj_mac.h>
#include <openssl/ssl.h>

#include <mbedtls/ecp.h>

#include "ssl/cipher.h"

typedef struct {
    const char *name;
    uint16_t id;
} group_name;

/* Every name OpenSSL 3.0 (default provider) accepts, with the group id it stands for. */
static const group_name known_names[] = {
    {"sect163k1", 1},        {"K-163", 1},           {"sect163r1", 2},       {"sect163r2", 3},
    {"B-163", 3},            {"sect193r1", 4},       {"sect193r2", 5},       {"sect233k1", 6},
    {"K-233", 6},            {"sect233r1", 7},       {"B-233", 7},           {"sect239k1", 8},
    {"sect283k1", 9},        {"K-283", 9},           {"sect283r1", 10},      {"B-283", 10},
    {"sect409k1", 11},       {"K-409", 11},          {"sect409r1", 12},      {"B-409", 12},
    {"sect571k1", 13},       {"K-571", 13},          {"sect571r1", 14},      {"B-571", 14},
    {"secp160k1", 15},       {"secp160r1", 16},      {"secp160r2", 17},      {"secp192k1", 18},
    {"secp192r1", 19},       {"prime192v1", 19},     {"P-192", 19},          {"secp224k1", 20},
    {"secp224r1", 21},       {"P-224", 21},          {"secp256k1", 22},      {"secp256r1", 23},
    {"prime256v1", 23},      {"P-256", 23},          {"secp384r1", 24},      {"P-384", 24},
    {"secp521r1", 25},       {"P-521", 25},          {"brainpoolP256r1", 26}, {"brainpoolP384r1", 27},
    {"brainpoolP512r1", 28}, {"x25519", 29},         {"X25519", 29},         {"x448", 30},
    {"X448", 30},            {"ffdhe2048", 256},     {"ffdhe3072", 257},     {"ffdhe4096", 258},
    {"ffdhe6144", 259},      {"ffdhe8192", 260},
};

typedef struct {
    uint16_t id;
    int nid;
    const char *sn; /* OBJ_nid2sn of the NID */
} our_group;

/* The groups we do, in OpenSSL 3.0's default preference order (x25519, secp256r1, x448, secp521r1,
 * secp384r1, then ffdhe2048..8192, which we lack). */
static const our_group ours[] = {
    {29, NID_X25519, "X25519"},         {23, NID_X9_62_prime256v1, "prime256v1"},
    {30, NID_X448, "X448"},             {25, NID_secp521r1, "secp521r1"},
    {24, NID_secp384r1, "secp384r1"},
};

#define NOURS (sizeof(ours) / sizeof(ours[0]))
#define NKNOWN (sizeof(known_names) / sizeof(known_names[0]))
#define NAME_MAX_LEN 63 /* OpenSSL copies each name into a 64-byte buffer */

static const our_group *find_ours(uint16_t id)
{
    for (size_t i = 0; i < NOURS; i++)
        if (ours[i].id == id)
            return &ours[i];
    return NULL;
}

/* One of ours and compiled into this Mbed TLS build. */
static int group_usable(uint16_t id)
{
    return find_ours(id) != NULL && mbedtls_ecp_curve_info_from_tls_id(id) != NULL;
}

int mbs_group_nid(uint16_t iana)
{
    const our_group *g = find_ours(iana);
    return g != NULL ? g->nid : NID_undef;
}

const char *mbs_group_name(uint16_t iana)
{
    const our_group *g = find_ours(iana);
    return g != NULL ? g->sn : NULL;
}

uint16_t mbs_group_from_nid(int nid)
{
    for (size_t i = 0; i < NOURS; i++)
        if (ours[i].nid == nid)
            return ours[i].id;
    return 0;
}

int mbs_groups_default(mbs_id_list *out)
{
    uint16_t ids[NOURS];
    size_t n = 0;

    for (size_t i = 0; i < NOURS; i++)
        if (group_usable(ours[i].id))
            ids[n++] = ours[i].id;
    mbs_id_list tmp = {ids, n};
    return mbs_id_list_copy(out, &tmp);
}

static void set_bad(char *bad, size_t badlen, const char *s, size_t n)
{
    if (bad == NULL || badlen == 0)
        return;
    if (n >= badlen)
        n = badlen - 1;
    memcpy(bad, s, n);
    bad[n] = '\0';
}

int mbs_groups_parse_ex(const char *str, mbs_id_list *out, char *bad, size_t badlen)
{
    uint16_t seen[NKNOWN]; /* every distinct id named so far, ours or not */
    uint16_t ids[NOURS];
    size_t nseen = 0, n = 0;
    const char *p;

    set_bad(bad, badlen, "", 0);
    if (str == NULL || out == NULL)
        return 0;
    for (p = str;;) {
        const char *end = strchr(p, ':');
        const char *e = end != NULL ? end : p + strlen(p);
        size_t len;
        uint16_t id = 0;

        while (p < e && isspace((unsigned char)*p))
            p++;
        while (e > p && isspace((unsigned char)e[-1]))
            e--;
        len = (size_t)(e - p);
        if (len == 0 || len > NAME_MAX_LEN)
            return 0;
        for (size_t i = 0; i < NKNOWN; i++) {
            if (strlen(known_names[i].name) == len && strncmp(known_names[i].name, p, len) == 0) {
                id = known_names[i].id;
                break;
            }
        }
        if (id == 0) {
            set_bad(bad, badlen, p, len);
            return 0;
        }
        for (size_t i = 0; i < nseen; i++)
            if (seen[i] == id)
                return 0;
        if (nseen < NKNOWN)
            seen[nseen++] = id;
        if (group_usable(id) && n < NOURS)
            ids[n++] = id;
        if (end == NULL)
            break;
        p = end + 1;
    }
    if (n == 0)
        return 0; /* only groups Mbed TLS cannot do */
    mbs_id_list tmp = {ids, n};
    return mbs_id_list_copy(out, &tmp);
}

int mbs_groups_parse(const char *str, mbs_id_list *out)
{
    return mbs_groups_parse_ex(str, out, NULL, 0);
}
