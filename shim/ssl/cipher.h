/*
 * The one cipher table (IANA id, OpenSSL name, RFC name, Mbed TLS id = IANA id) and the parsers for
 * OpenSSL cipher strings, TLS 1.3 ciphersuite strings and group lists. Implemented in cipher.c/groups.c.
 */
#ifndef MBEDSHIM_CIPHER_H
#define MBEDSHIM_CIPHER_H

#include <stddef.h>
#include <stdint.h>
#include <openssl/ssl.h>

/* A list of IANA ids in preference order (Mbed TLS ciphersuite ids are the IANA ids). */
typedef struct mbs_id_list {
    uint16_t *ids;
    size_t n;
} mbs_id_list;

void mbs_id_list_free(mbs_id_list *l);
int mbs_id_list_copy(mbs_id_list *dst, const mbs_id_list *src); /* 1 ok, 0 malloc failure */

/* Table lookup; NULL if the suite is unknown to us. */
const SSL_CIPHER *mbs_cipher_by_iana(uint16_t iana);
uint16_t mbs_cipher_iana(const SSL_CIPHER *c);
int mbs_cipher_is_tls13(const SSL_CIPHER *c);

/*
 * OpenSSL cipher-string language for TLS <= 1.2 suites ("HIGH:!aNULL", "DEFAULT", "ECDHE+AESGCM",
 * "AES128-SHA", "@SECLEVEL=1", "@STRENGTH", ...). Fills *out with the TLS 1.2 suites we support, in
 * OpenSSL's resulting order. Returns 1 on success; 0 when nothing matched (caller raises
 * SSL_R_NO_CIPHER_MATCH as OpenSSL does). *seclevel is set when the string has @SECLEVEL=n (else untouched).
 */
int mbs_cipher_list_parse(const char *str, mbs_id_list *out, int *seclevel);

/* TLS 1.3 "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256" lists. 1 ok, 0 on an unknown name
 * or empty result (OpenSSL 3.0 rejects unknown names: SSL_R_NO_CIPHER_MATCH). */
int mbs_ciphersuites_parse(const char *str, mbs_id_list *out);

/* OpenSSL 3.0's defaults: TLS 1.2 "DEFAULT" order and the TLS 1.3 default
 * "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256". */
int mbs_cipher_default_tls12(mbs_id_list *out);
int mbs_cipher_default_tls13(mbs_id_list *out);

/* Groups: "X25519:P-256:prime256v1:secp384r1:x448:ffdhe2048..." → IANA NamedGroup ids we support
 * (Mbed TLS uses the IANA ids too). 1 ok, 0 on unknown name / empty (OpenSSL fails the call). */
int mbs_groups_parse(const char *str, mbs_id_list *out);
int mbs_groups_default(mbs_id_list *out); /* OpenSSL 3.0 default order, restricted to what we support */
/* Group id → OpenSSL's NID (for SSL_get_shared_group / SSL_get_negotiated_group), NID_undef if unknown. */
int mbs_group_nid(uint16_t iana);
const char *mbs_group_name(uint16_t iana); /* OpenSSL's short name, e.g. "X25519", "prime256v1" */

/* ---- Additions (cipher.c / groups.c engineer) ---- */

/* Note on mbs_ciphersuites_parse, checked against the real 3.0.x library: unknown names are skipped
 * (like "bogus" in "TLS_AES_128_GCM_SHA256:bogus"), empty items too; it returns 0 only when a non-empty
 * string names no TLS 1.3 suite. "" returns 1 with an empty list (OpenSSL accepts it: no TLS 1.3 suites). */

/* Like mbs_cipher_list_parse; on failure *reason (if non-NULL) gets the SSL_R_* code OpenSSL 3.0 raises:
 * SSL_R_INVALID_COMMAND (bad character, bad @command, @SECLEVEL out of 0..5) or SSL_R_NO_CIPHER_MATCH.
 * As in OpenSSL, @SECLEVEL=n updates *seclevel as soon as it is read, even if the string later fails. */
int mbs_cipher_list_parse_ex(const char *str, mbs_id_list *out, int *seclevel, int *reason);
/* OpenSSL 3.0's default security callback for one suite at security level 0..5 (what
 * SSL_get1_supported_ciphers / the handshake apply): minimum bits, no SHA-1 MAC at levels 4-5, forward
 * secrecy from level 3 on. 1 allowed, 0 not. */
int mbs_cipher_seclevel_ok(const SSL_CIPHER *c, int level);
/* Table lookups by OpenSSL name or RFC name (case-sensitive, as OpenSSL); NULL if unknown. */
const SSL_CIPHER *mbs_cipher_by_name(const char *name);
const SSL_CIPHER *mbs_cipher_by_stdname(const char *stdname);
/* Protocol range of a suite: wire versions (0x0300 SSLv3 ... 0x0304 TLS 1.3). */
int mbs_cipher_min_version(const SSL_CIPHER *c);
int mbs_cipher_max_version(const SSL_CIPHER *c);

/* Like mbs_groups_parse; when a name is unknown to OpenSSL 3.0, copies it (truncated) into bad
 * (if non-NULL) so the caller can raise ERR_R_PASSED_INVALID_ARGUMENT with "group '%s' cannot be set"
 * as OpenSSL does; bad[0] = 0 for the failures OpenSSL reports without an error (empty element,
 * duplicate group, over-long name). Names OpenSSL knows but Mbed TLS/we do not do (ffdhe2048,
 * brainpoolP256r1, secp224r1, ...) are accepted and skipped. */
int mbs_groups_parse_ex(const char *str, mbs_id_list *out, char *bad, size_t badlen);
/* Group id from an OpenSSL NID (NID_X25519, NID_X9_62_prime256v1, ...), 0 if not one of ours. */
uint16_t mbs_group_from_nid(int nid);

#endif
