/* X509_check_host / _email / _ip / _ip_asc with OpenSSL 3.0's matching rules: subjectAltName entries of
 * the requested type first; the subject CN (or emailAddress) only when no such SAN exists (unless
 * X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT / NEVER_CHECK_SUBJECT say otherwise); wildcards only as the
 * whole or an edge of the leftmost label of a name with at least three labels; no wildcards in IDNA
 * (xn--) labels. */
#include <arpa/inet.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <openssl/x509v3.h>

#include "crypto/x509_local.h"

typedef int (*match_fn)(const unsigned char *pat, size_t plen, const unsigned char *subj, size_t slen,
                        unsigned int flags);

static int same_nocase(const unsigned char *pat, size_t plen, const unsigned char *subj, size_t slen,
                       unsigned int flags)
{
    (void)flags;
    if (plen != slen)
        return 0;
    for (size_t i = 0; i < plen; i++) {
        unsigned char a = pat[i], b = subj[i];
        if (a == 0)
            return 0;
        if (a != b && !(a < 0x80 && b < 0x80 && tolower(a) == tolower(b)))
            return 0;
    }
    return 1;
}

static int same_exact(const unsigned char *pat, size_t plen, const unsigned char *subj, size_t slen,
                      unsigned int flags)
{
    (void)flags;
    return plen == slen && memcmp(pat, subj, plen) == 0;
}

/* Mailboxes: local part exact, domain case-insensitive (split at the last '@'). */
static int same_email(const unsigned char *pat, size_t plen, const unsigned char *subj, size_t slen,
                      unsigned int flags)
{
    if (plen != slen)
        return 0;
    size_t at = plen;
    while (at > 0 && pat[at - 1] != '@')
        at--;
    if (at == 0)
        return same_nocase(pat, plen, subj, slen, flags);
    at--;
    if (subj[at] != '@')
        return 0;
    return memcmp(pat, subj, at) == 0 && same_nocase(pat + at, plen - at, subj + at, slen - at, flags);
}

static int is_ldh(unsigned char c)
{
    return isalnum(c) || c == '-';
}

/* Position of the one acceptable '*' of a wildcard pattern, or NULL when the pattern must match
 * literally. */
static const unsigned char *wildcard_pos(const unsigned char *p, size_t len, unsigned int flags)
{
    const unsigned char *star = NULL;
    int at_label_start = 1, after_hyphen = 0, idna = 0, dots = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = p[i];
        if (c == '*') {
            int first = at_label_start, last = (i + 1 == len || p[i + 1] == '.');
            if (star != NULL || idna || dots > 0)
                return NULL;
            if ((flags & X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS) && !(first && last))
                return NULL;
            if (!first && !last)
                return NULL;
            star = p + i;
            at_label_start = 0;
        } else if (isalnum(c)) {
            if (at_label_start && len - i >= 4 && strncasecmp((const char *)p + i, "xn--", 4) == 0)
                idna = 1;
            at_label_start = 0;
            after_hyphen = 0;
        } else if (c == '.') {
            if (at_label_start || after_hyphen)
                return NULL;
            at_label_start = 1;
            idna = 0;
            dots++;
        } else if (c == '-') {
            if (at_label_start)
                return NULL;
            after_hyphen = 1;
        } else {
            return NULL;
        }
    }
    if (at_label_start || after_hyphen || dots < 2)
        return NULL;
    return star;
}

static int same_wildcard(const unsigned char *pat, size_t plen, const unsigned char *subj, size_t slen,
                         unsigned int flags)
{
    const unsigned char *star = NULL;
    if (!(slen > 0 && subj[0] == '.'))
        star = wildcard_pos(pat, plen, flags);
    if (star == NULL)
        return same_nocase(pat, plen, subj, slen, flags);
    size_t pre = (size_t)(star - pat), suf = plen - pre - 1;
    const unsigned char *suffix = star + 1;
    if (slen < pre + suf)
        return 0;
    if (!same_nocase(pat, pre, subj, pre, flags))
        return 0;
    const unsigned char *w_start = subj + pre, *w_end = subj + slen - suf;
    if (!same_nocase(w_end, suf, suffix, suf, flags))
        return 0;
    int whole_label = 0, multi = 0;
    if (pre == 0 && suf > 0 && *suffix == '.') {
        /* '*' as a whole label must stand for at least one character */
        if (w_start == w_end)
            return 0;
        whole_label = 1;
        multi = (flags & X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS) != 0;
    }
    if (!whole_label && slen >= 4 && strncasecmp((const char *)subj, "xn--", 4) == 0)
        return 0;
    if (w_end == w_start + 1 && *w_start == '*')
        return 1;
    for (const unsigned char *q = w_start; q != w_end; q++)
        if (!(is_ldh(*q) || (multi && *q == '.')))
            return 0;
    return 1;
}

static int set_peer(char **peername, const unsigned char *v, size_t len)
{
    if (peername == NULL)
        return 1;
    *peername = OPENSSL_strndup((const char *)v, len);
    return *peername != NULL ? 1 : -1;
}

static int check_value(const ASN1_STRING *a, int want_type, match_fn eq, unsigned int flags,
                       const unsigned char *chk, size_t chklen, char **peername)
{
    if (a == NULL || a->data == NULL || a->length == 0)
        return 0;
    if (want_type > 0) {
        if (a->type != want_type)
            return 0;
        int r = want_type == V_ASN1_IA5STRING ? eq(a->data, (size_t)a->length, chk, chklen, flags)
                                              : (size_t)a->length == chklen && memcmp(a->data, chk, chklen) == 0;
        return r > 0 ? set_peer(peername, a->data, (size_t)a->length) : r;
    }
    unsigned char *u = NULL;
    int ul = ASN1_STRING_to_UTF8(&u, a);
    if (ul < 0)
        return -1;
    int r = eq(u, (size_t)ul, chk, chklen, flags);
    if (r > 0)
        r = set_peer(peername, u, (size_t)ul);
    OPENSSL_free(u);
    return r;
}

static int do_check(X509 *x, const unsigned char *chk, size_t chklen, unsigned int flags, int gen_type,
                    char **peername)
{
    int subject_nid, str_type, san_present = 0, rv = 0;
    match_fn eq;
    if (gen_type == GEN_EMAIL) {
        subject_nid = NID_pkcs9_emailAddress;
        str_type = V_ASN1_IA5STRING;
        eq = same_email;
    } else if (gen_type == GEN_DNS) {
        subject_nid = NID_commonName;
        str_type = V_ASN1_IA5STRING;
        eq = (flags & X509_CHECK_FLAG_NO_WILDCARDS) ? same_nocase : same_wildcard;
    } else {
        subject_nid = NID_undef;
        str_type = V_ASN1_OCTET_STRING;
        eq = same_exact;
    }
    /* *peername is only written on a match, as OpenSSL does */
    GENERAL_NAMES *gens = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
    for (int i = 0; gens != NULL && i < sk_GENERAL_NAME_num(gens); i++) {
        GENERAL_NAME *g = sk_GENERAL_NAME_value(gens, i);
        if (g->type != gen_type)
            continue;
        san_present = 1;
        rv = check_value(g->d.ia5, str_type, eq, flags, chk, chklen, peername);
        if (rv != 0)
            break;
    }
    GENERAL_NAMES_free(gens);
    if (rv != 0)
        return rv;
    if (subject_nid == NID_undef || (san_present && !(flags & X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT))
        || (flags & X509_CHECK_FLAG_NEVER_CHECK_SUBJECT))
        return 0;
    const X509_NAME *name = X509_get_subject_name(x);
    for (int j = -1; (j = X509_NAME_get_index_by_NID(name, subject_nid, j)) >= 0;) {
        const ASN1_STRING *v = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, j));
        rv = check_value(v, -1, eq, flags, chk, chklen, peername);
        if (rv != 0)
            return rv;
    }
    return 0;
}

/* Common length/NUL handling of the string arguments; -2 for malformed input. */
static int arg_len(const char *chk, size_t *chklen)
{
    if (chk == NULL)
        return -2;
    if (*chklen == 0)
        *chklen = strlen(chk);
    else if (memchr(chk, '\0', *chklen > 1 ? *chklen - 1 : *chklen) != NULL)
        return -2;
    if (*chklen > 1 && chk[*chklen - 1] == '\0')
        --*chklen;
    return 0;
}

MBS_API int X509_check_host(X509 *x, const char *chk, size_t chklen, unsigned int flags, char **peername)
{
    if (x == NULL || arg_len(chk, &chklen) != 0)
        return -2;
    return do_check(x, (const unsigned char *)chk, chklen, flags, GEN_DNS, peername);
}

MBS_API int X509_check_email(X509 *x, const char *chk, size_t chklen, unsigned int flags)
{
    if (x == NULL || arg_len(chk, &chklen) != 0)
        return -2;
    return do_check(x, (const unsigned char *)chk, chklen, flags, GEN_EMAIL, NULL);
}

MBS_API int X509_check_ip(X509 *x, const unsigned char *chk, size_t chklen, unsigned int flags)
{
    if (chk == NULL || x == NULL)
        return -2;
    return do_check(x, chk, chklen, flags, GEN_IPADD, NULL);
}

/* Text IPv4 / IPv6 address to octets; 0 when invalid. */
int mbs_parse_ip(const char *s, unsigned char out[16]);
int mbs_parse_ip(const char *s, unsigned char out[16])
{
    if (s == NULL)
        return 0;
    if (strchr(s, ':') != NULL)
        return inet_pton(AF_INET6, s, out) == 1 ? 16 : 0;
    /* dotted quad, each part 0..255 decimal */
    int part = 0, n = 0, digits = 0;
    for (const char *p = s;; p++) {
        if (*p >= '0' && *p <= '9') {
            part = part * 10 + (*p - '0');
            if (++digits > 3 || part > 255)
                return 0;
        } else if (*p == '.' || *p == '\0') {
            if (digits == 0 || n == 4)
                return 0;
            out[n++] = (unsigned char)part;
            part = 0;
            digits = 0;
            if (*p == '\0')
                break;
        } else {
            return 0;
        }
    }
    return n == 4 ? 4 : 0;
}

MBS_API int X509_check_ip_asc(X509 *x, const char *ipasc, unsigned int flags)
{
    unsigned char ip[16];
    if (ipasc == NULL)
        return -2;
    int len = mbs_parse_ip(ipasc, ip);
    if (len == 0)
        return -2;
    return X509_check_ip(x, ip, (size_t)len, flags);
}
