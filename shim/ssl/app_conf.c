/*
 * SSL_CONF: configuration commands by name, as the openssl CLI (command-line
 * switches such as
 * "-no_tls1_3", "-cipher X"), nginx's ssl_conf_command and stunnel's "config ="
 * lines (file form such as "MinProtocol", "Options") use them. Each command
 * maps onto the public SSL_CTX / SSL setters; commands apply to the context or
 * the SSL set with SSL_CONF_CTX_set_ssl_ctx / set_ssl (to neither: accepted and
 * dropped, as OpenSSL does).
 *
 * Return conventions of SSL_CONF_cmd (man SSL_CONF_cmd): 2 = command and value
 * used, 1 = switch without value, -2 = unknown command, -3 = value missing, 0 =
 * bad value (SSL_R_BAD_VALUE with "cmd=..., value=..." when
 * SSL_CONF_FLAG_SHOW_ERRORS is set).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/pem.h>

#include "ssl/app_local.h"

struct ssl_conf_ctx_st {
    unsigned int flags;
    char *prefix;
    size_t prefix_len;
    SSL_CTX *ctx;
    SSL *ssl;
    char *cert_file;               /* last Certificate, for SSL_CONF_FLAG_REQUIRE_PRIVATE */
    int have_key;                  /* a PrivateKey command was given */
    STACK_OF(X509_NAME) * canames; /* ClientCAFile / RequestCAFile, applied by
                                      SSL_CONF_CTX_finish */
};

/* Which side/kind of context a command applies to (entries without these apply
 * to both). */
#define ONLY_SERVER 0x1
#define ONLY_CLIENT 0x2
#define NEEDS_CERT 0x4

typedef int (*conf_fn)(SSL_CONF_CTX *c, const char *value);

struct conf_cmd {
    const char *file_name; /* NULL: command line only */
    const char *cmd_name;  /* without the "-"; NULL: configuration file only */
    unsigned int only;
    int value_type;
    conf_fn fn;      /* value commands */
    uint64_t option; /* switches: the SSL_OP_* bit(s) */
    int clear;       /* switches: clear the bits instead of setting them */
};

/* ---- applying to the context and/or the SSL ---- */

static void opts_set(SSL_CONF_CTX *c, uint64_t op, int clear)
{
    if (c->ctx != NULL) {
        if (clear)
            SSL_CTX_clear_options(c->ctx, op);
        else
            SSL_CTX_set_options(c->ctx, op);
    }
    if (c->ssl != NULL) {
        if (clear)
            SSL_clear_options(c->ssl, op);
        else
            SSL_set_options(c->ssl, op);
    }
}

static int both_ctrl(SSL_CONF_CTX *c, int cmd, long larg, void *parg)
{
    int rv = 1;
    if (c->ctx != NULL)
        rv = SSL_CTX_ctrl(c->ctx, cmd, larg, parg) > 0;
    if (c->ssl != NULL)
        rv = SSL_ctrl(c->ssl, cmd, larg, parg) > 0;
    return rv;
}

static int cmd_sigalgs(SSL_CONF_CTX *c, const char *v)
{
    return both_ctrl(c, SSL_CTRL_SET_SIGALGS_LIST, 0, (void *)v);
}

static int cmd_client_sigalgs(SSL_CONF_CTX *c, const char *v)
{
    return both_ctrl(c, SSL_CTRL_SET_CLIENT_SIGALGS_LIST, 0, (void *)v);
}

static int cmd_groups(SSL_CONF_CTX *c, const char *v)
{
    return both_ctrl(c, SSL_CTRL_SET_GROUPS_LIST, 0, (void *)v);
}

static int cmd_ecdh_params(SSL_CONF_CTX *c, const char *v)
{
    /* "auto"/"automatic" were the pre-1.1 way of asking for the default: nothing
     * to do */
    if (strcasecmp(v, "auto") == 0 || strcasecmp(v, "automatic") == 0)
        return 1;
    return cmd_groups(c, v);
}

static int cmd_cipher_string(SSL_CONF_CTX *c, const char *v)
{
    int rv = 1;
    if (c->ctx != NULL)
        rv = SSL_CTX_set_cipher_list(c->ctx, v);
    if (c->ssl != NULL)
        rv = SSL_set_cipher_list(c->ssl, v);
    return rv > 0;
}

static int cmd_ciphersuites(SSL_CONF_CTX *c, const char *v)
{
    int rv = 1;
    if (c->ctx != NULL)
        rv = SSL_CTX_set_ciphersuites(c->ctx, v);
    if (c->ssl != NULL)
        rv = SSL_set_ciphersuites(c->ssl, v);
    return rv > 0;
}

struct name_value {
    const char *name;
    long value;
};

static const struct name_value versions[] = {
    {"None", 0},
    {"SSLv3", SSL3_VERSION},
    {"TLSv1", TLS1_VERSION},
    {"TLSv1.1", TLS1_1_VERSION},
    {"TLSv1.2", TLS1_2_VERSION},
    {"TLSv1.3", TLS1_3_VERSION},
};

static int proto_bound(SSL_CONF_CTX *c, const char *v, int cmd)
{
    if (c->ctx == NULL && c->ssl == NULL)
        return 0; /* OpenSSL needs the target's method to judge the version */
    for (size_t i = 0; i < sizeof(versions) / sizeof(versions[0]); i++)
        if (strcasecmp(v, versions[i].name) == 0)
            return both_ctrl(c, cmd, versions[i].value, NULL);
    return 0; /* DTLS versions and unknown names do not apply to a TLS context */
}

static int cmd_min_protocol(SSL_CONF_CTX *c, const char *v)
{
    return proto_bound(c, v, SSL_CTRL_SET_MIN_PROTO_VERSION);
}

static int cmd_max_protocol(SSL_CONF_CTX *c, const char *v)
{
    return proto_bound(c, v, SSL_CTRL_SET_MAX_PROTO_VERSION);
}

/*
 * Comma/space separated list of names, each optionally prefixed by '+' or '-';
 * calls fn(name, negated) for each. Returns 0 as soon as fn does.
 */
static int for_each_item(SSL_CONF_CTX *c, const char *v, int (*fn)(SSL_CONF_CTX *, const char *, size_t, int))
{
    const char *p = v;
    while (*p != '\0') {
        while (*p == ',' || isspace((unsigned char)*p))
            p++;
        if (*p == '\0')
            break;
        int neg = 0;
        if (*p == '-' || *p == '+') {
            neg = *p == '-';
            p++;
        }
        const char *start = p;
        while (*p != '\0' && *p != ',' && !isspace((unsigned char)*p))
            p++;
        if (p == start || !fn(c, start, (size_t)(p - start), neg))
            return 0;
    }
    return 1;
}

static int name_is(const char *item, size_t len, const char *name)
{
    return strlen(name) == len && strncasecmp(item, name, len) == 0;
}

/* The names of Protocol, Options and VerifyMode lists belong to a side (both unless ONLY_*): one the
 * SSL_CONF_CTX does not declare with SSL_CONF_FLAG_CLIENT/SERVER is unknown, failing the command. */
static int side_ok(const SSL_CONF_CTX *c, unsigned int only)
{
    unsigned int sides = (only & ONLY_SERVER)   ? SSL_CONF_FLAG_SERVER
                         : (only & ONLY_CLIENT) ? SSL_CONF_FLAG_CLIENT
                                                : SSL_CONF_FLAG_SERVER | SSL_CONF_FLAG_CLIENT;
    return (c->flags & sides) != 0;
}

static int protocol_item(SSL_CONF_CTX *c, const char *item, size_t len, int neg)
{
    static const struct {
        const char *name;
        uint64_t no_op;
    } protos[] = {
        {"ALL", SSL_OP_NO_SSL_MASK},
        {"SSLv2", 0},
        {"SSLv3", SSL_OP_NO_SSLv3},
        {"TLSv1", SSL_OP_NO_TLSv1},
        {"TLSv1.1", SSL_OP_NO_TLSv1_1},
        {"TLSv1.2", SSL_OP_NO_TLSv1_2},
        {"TLSv1.3", SSL_OP_NO_TLSv1_3},
        {"DTLSv1", 0},
        {"DTLSv1.2", 0},
    };
    for (size_t i = 0; i < sizeof(protos) / sizeof(protos[0]); i++) {
        if (name_is(item, len, protos[i].name) && side_ok(c, 0)) {
            /* enabling a protocol clears its SSL_OP_NO_* bit, "-name" sets it */
            if (protos[i].no_op != 0)
                opts_set(c, protos[i].no_op, !neg);
            return 1;
        }
    }
    return 0;
}

static int cmd_protocol(SSL_CONF_CTX *c, const char *v)
{
    return for_each_item(c, v, protocol_item);
}

static int options_item(SSL_CONF_CTX *c, const char *item, size_t len, int neg)
{
    static const struct {
        const char *name;
        uint64_t op;
        int inverse; /* the option names the feature; the bit disables it */
        unsigned int only;
    } opts[] = {
        {"SessionTicket", SSL_OP_NO_TICKET, 1, 0},
        {"Compression", SSL_OP_NO_COMPRESSION, 1, 0},
        {"EmptyFragments", SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS, 1, 0},
        {"Bugs", SSL_OP_ALL, 0, 0},
        {"DHSingle", 0, 0, ONLY_SERVER},
        {"ECDHSingle", 0, 0, ONLY_SERVER},
        {"ServerPreference", SSL_OP_CIPHER_SERVER_PREFERENCE, 0, ONLY_SERVER},
        {"PrioritizeChaCha", SSL_OP_PRIORITIZE_CHACHA, 0, ONLY_SERVER},
        {"NoResumptionOnRenegotiation", SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION, 0, ONLY_SERVER},
        {"NoRenegotiation", SSL_OP_NO_RENEGOTIATION, 0, 0},
        {"UnsafeLegacyRenegotiation", SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION, 0, 0},
        {"UnsafeLegacyServerConnect", SSL_OP_LEGACY_SERVER_CONNECT, 0, ONLY_CLIENT},
        {"ClientRenegotiation", SSL_OP_ALLOW_CLIENT_RENEGOTIATION, 0, ONLY_SERVER},
        {"EncryptThenMac", SSL_OP_NO_ENCRYPT_THEN_MAC, 1, 0},
        {"AllowNoDHEKEX", SSL_OP_ALLOW_NO_DHE_KEX, 0, 0},
        {"PreferNoDHEKEX", 0, 0, ONLY_SERVER},
        {"MiddleboxCompat", SSL_OP_ENABLE_MIDDLEBOX_COMPAT, 0, 0},
        {"AntiReplay", SSL_OP_NO_ANTI_REPLAY, 1, ONLY_SERVER},
        {"ExtendedMasterSecret", SSL_OP_NO_EXTENDED_MASTER_SECRET, 1, 0},
        {"CANames", SSL_OP_DISABLE_TLSEXT_CA_NAMES, 1, 0},
        {"KTLS", SSL_OP_ENABLE_KTLS, 0, 0},
        {"IgnoreUnexpectedEOF", SSL_OP_IGNORE_UNEXPECTED_EOF, 0, 0},
    };
    for (size_t i = 0; i < sizeof(opts) / sizeof(opts[0]); i++) {
        if (!name_is(item, len, opts[i].name))
            continue;
        if (!side_ok(c, opts[i].only))
            return 0; /* an option of the other side is unknown here, as in OpenSSL */
        if (opts[i].op != 0)
            opts_set(c, opts[i].op, opts[i].inverse ? !neg : neg);
        return 1;
    }
    return 0;
}

static int cmd_options(SSL_CONF_CTX *c, const char *v)
{
    return for_each_item(c, v, options_item);
}

static int verify_item(SSL_CONF_CTX *c, const char *item, size_t len, int neg)
{
    static const struct {
        const char *name;
        int value;
        unsigned int only; /* "Peer" is the client's word, the others the server's */
    } modes[] = {
        {"Peer", SSL_VERIFY_PEER, ONLY_CLIENT},
        {"Request", SSL_VERIFY_PEER, ONLY_SERVER},
        {"Require", SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, ONLY_SERVER},
        {"Once", SSL_VERIFY_PEER | SSL_VERIFY_CLIENT_ONCE, ONLY_SERVER},
        {"RequestPostHandshake", SSL_VERIFY_PEER | SSL_VERIFY_POST_HANDSHAKE, ONLY_SERVER},
        {"RequirePostHandshake", SSL_VERIFY_PEER | SSL_VERIFY_POST_HANDSHAKE | SSL_VERIFY_FAIL_IF_NO_PEER_CERT,
         ONLY_SERVER},
    };
    for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
        if (!name_is(item, len, modes[i].name))
            continue;
        if (!side_ok(c, modes[i].only))
            return 0;
        if (c->ctx != NULL) {
            int m = SSL_CTX_get_verify_mode(c->ctx);
            m = neg ? m & ~(int)modes[i].value : m | (int)modes[i].value;
            SSL_CTX_set_verify(c->ctx, m, SSL_CTX_get_verify_callback(c->ctx));
        }
        if (c->ssl != NULL) {
            int m = SSL_get_verify_mode(c->ssl);
            m = neg ? m & ~(int)modes[i].value : m | (int)modes[i].value;
            SSL_set_verify(c->ssl, m, SSL_get_verify_callback(c->ssl));
        }
        return 1;
    }
    return 0;
}

static int cmd_verify_mode(SSL_CONF_CTX *c, const char *v)
{
    return for_each_item(c, v, verify_item);
}

static int cmd_certificate(SSL_CONF_CTX *c, const char *v)
{
    int rv = 1;
    if (c->ctx != NULL)
        rv = SSL_CTX_use_certificate_chain_file(c->ctx, v);
    if (c->ssl != NULL)
        rv = SSL_use_certificate_chain_file(c->ssl, v);
    if (rv > 0) {
        char *copy = strdup(v);
        if (copy != NULL) {
            free(c->cert_file);
            c->cert_file = copy;
        }
    }
    return rv > 0;
}

static int cmd_private_key(SSL_CONF_CTX *c, const char *v)
{
    int rv = 1;
    if (c->ctx != NULL)
        rv = SSL_CTX_use_PrivateKey_file(c->ctx, v, SSL_FILETYPE_PEM);
    if (c->ssl != NULL)
        rv = SSL_use_PrivateKey_file(c->ssl, v, SSL_FILETYPE_PEM);
    if (rv > 0)
        c->have_key = 1;
    return rv > 0;
}

/* The trust store used for the peer: the context's (or the SSL's context's)
 * X509_STORE. */
static X509_STORE *verify_store(SSL_CONF_CTX *c)
{
    if (c->ctx != NULL)
        return SSL_CTX_get_cert_store(c->ctx);
    if (c->ssl != NULL)
        return SSL_CTX_get_cert_store(SSL_get_SSL_CTX(c->ssl));
    return NULL;
}

static int cmd_verify_ca_file(SSL_CONF_CTX *c, const char *v)
{
    X509_STORE *st = verify_store(c);
    return st == NULL || X509_STORE_load_file(st, v) > 0;
}

static int cmd_verify_ca_path(SSL_CONF_CTX *c, const char *v)
{
    X509_STORE *st = verify_store(c);
    return st == NULL || X509_STORE_load_path(st, v) > 0;
}

/* Own-chain building stores: our chain is what the app configures explicitly
 * (chain file, extra chain certs), so these only check that the location is
 * usable. */
static int cmd_chain_ca_file(SSL_CONF_CTX *c, const char *v)
{
    (void)c;
    BIO *b = BIO_new_file(v, "r");
    if (b == NULL)
        return 0;
    BIO_free(b);
    return 1;
}

static int cmd_chain_ca_path(SSL_CONF_CTX *c, const char *v)
{
    (void)c;
    return v[0] != '\0';
}

static int cmd_ca_names_file(SSL_CONF_CTX *c, const char *v)
{
    if (c->canames == NULL && (c->canames = sk_X509_NAME_new_null()) == NULL)
        return 0;
    return SSL_add_file_cert_subjects_to_stack(c->canames, v);
}

static int cmd_ca_names_path(SSL_CONF_CTX *c, const char *v)
{
    if (c->canames == NULL && (c->canames = sk_X509_NAME_new_null()) == NULL)
        return 0;
    return SSL_add_dir_cert_subjects_to_stack(c->canames, v);
}

/* Finite-field DHE parameters are chosen by Mbed TLS (RFC 7919 groups): the
 * file only has to be readable DH parameters. */
static int cmd_dhparams(SSL_CONF_CTX *c, const char *v)
{
    (void)c;
    BIO *b = BIO_new_file(v, "r");
    if (b == NULL)
        return 0;
    char line[128];
    int found = 0;
    while (!found && BIO_gets(b, line, sizeof(line)) > 0)
        found = strstr(line, "-----BEGIN DH PARAMETERS-----") != NULL ||
                strstr(line, "-----BEGIN X9.42 DH PARAMETERS-----") != NULL;
    BIO_free(b);
    return found;
}

static int parse_num(const char *v, long *out)
{
    char *end;
    if (*v == '\0')
        return 0;
    long n = strtol(v, &end, 10);
    if (*end != '\0' || n < 0)
        return 0;
    *out = n;
    return 1;
}

/* Record padding is not available on Mbed TLS: the value is validated and
 * dropped. */
static int cmd_record_padding(SSL_CONF_CTX *c, const char *v)
{
    (void)c;
    long n;
    return parse_num(v, &n) && n <= 16384;
}

static int cmd_num_tickets(SSL_CONF_CTX *c, const char *v)
{
    long n;
    int rv = 1;
    if (!parse_num(v, &n))
        return 0;
    if (c->ctx != NULL)
        rv = SSL_CTX_set_num_tickets(c->ctx, (size_t)n);
    if (c->ssl != NULL)
        rv = SSL_set_num_tickets(c->ssl, (size_t)n);
    return rv;
}

static int cmd_serverinfo(SSL_CONF_CTX *c, const char *v)
{
    int rv = 1;
    if (c->ctx != NULL)
        rv = SSL_CTX_use_serverinfo_file(c->ctx, v);
    return rv > 0;
}

#define SWITCH(name, op, only)                                                                                         \
    {                                                                                                                  \
        NULL, name, only, SSL_CONF_TYPE_NONE, NULL, op, 0                                                              \
    }
#define SWITCH_OFF(name, op, only)                                                                                     \
    {                                                                                                                  \
        NULL, name, only, SSL_CONF_TYPE_NONE, NULL, op, 1                                                              \
    }
#define CMD(file, cmd, only, type, fn)                                                                                 \
    {                                                                                                                  \
        file, cmd, only, type, fn, 0, 0                                                                                \
    }

static const struct conf_cmd commands[] = {
    SWITCH("no_ssl3", SSL_OP_NO_SSLv3, 0),
    SWITCH("no_tls1", SSL_OP_NO_TLSv1, 0),
    SWITCH("no_tls1_1", SSL_OP_NO_TLSv1_1, 0),
    SWITCH("no_tls1_2", SSL_OP_NO_TLSv1_2, 0),
    SWITCH("no_tls1_3", SSL_OP_NO_TLSv1_3, 0),
    SWITCH("bugs", SSL_OP_ALL, 0),
    SWITCH("no_comp", SSL_OP_NO_COMPRESSION, 0),
    SWITCH_OFF("comp", SSL_OP_NO_COMPRESSION, 0),
    SWITCH("ecdh_single", 0, ONLY_SERVER),
    SWITCH("no_ticket", SSL_OP_NO_TICKET, 0),
    SWITCH("serverpref", SSL_OP_CIPHER_SERVER_PREFERENCE, ONLY_SERVER),
    SWITCH("legacy_renegotiation", SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION, 0),
    SWITCH("client_renegotiation", SSL_OP_ALLOW_CLIENT_RENEGOTIATION, ONLY_SERVER),
    SWITCH("legacy_server_connect", SSL_OP_LEGACY_SERVER_CONNECT, ONLY_CLIENT),
    SWITCH_OFF("no_legacy_server_connect", SSL_OP_LEGACY_SERVER_CONNECT, ONLY_CLIENT),
    SWITCH("no_renegotiation", SSL_OP_NO_RENEGOTIATION, 0),
    SWITCH("no_resumption_on_reneg", SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION, ONLY_SERVER),
    SWITCH("allow_no_dhe_kex", SSL_OP_ALLOW_NO_DHE_KEX, 0),
    SWITCH("prioritize_chacha", SSL_OP_PRIORITIZE_CHACHA, ONLY_SERVER),
    SWITCH("strict", 0, 0),
    SWITCH_OFF("no_middlebox", SSL_OP_ENABLE_MIDDLEBOX_COMPAT, 0),
    SWITCH_OFF("anti_replay", SSL_OP_NO_ANTI_REPLAY, ONLY_SERVER),
    SWITCH("no_anti_replay", SSL_OP_NO_ANTI_REPLAY, ONLY_SERVER),
    SWITCH("debug_broken_protocol", 0, 0),
    CMD("SignatureAlgorithms", "sigalgs", 0, SSL_CONF_TYPE_STRING, cmd_sigalgs),
    CMD("ClientSignatureAlgorithms", "client_sigalgs", 0, SSL_CONF_TYPE_STRING, cmd_client_sigalgs),
    CMD("Curves", "curves", 0, SSL_CONF_TYPE_STRING, cmd_groups),
    CMD("Groups", "groups", 0, SSL_CONF_TYPE_STRING, cmd_groups),
    CMD("ECDHParameters", "named_curve", ONLY_SERVER, SSL_CONF_TYPE_STRING, cmd_ecdh_params),
    CMD("CipherString", "cipher", 0, SSL_CONF_TYPE_STRING, cmd_cipher_string),
    CMD("Ciphersuites", "ciphersuites", 0, SSL_CONF_TYPE_STRING, cmd_ciphersuites),
    CMD("Protocol", NULL, 0, SSL_CONF_TYPE_STRING, cmd_protocol),
    CMD("MinProtocol", "min_protocol", 0, SSL_CONF_TYPE_STRING, cmd_min_protocol),
    CMD("MaxProtocol", "max_protocol", 0, SSL_CONF_TYPE_STRING, cmd_max_protocol),
    CMD("Options", NULL, 0, SSL_CONF_TYPE_STRING, cmd_options),
    CMD("VerifyMode", NULL, 0, SSL_CONF_TYPE_STRING, cmd_verify_mode),
    CMD("Certificate", "cert", NEEDS_CERT, SSL_CONF_TYPE_FILE, cmd_certificate),
    CMD("PrivateKey", "key", NEEDS_CERT, SSL_CONF_TYPE_FILE, cmd_private_key),
    CMD("ServerInfoFile", NULL, ONLY_SERVER | NEEDS_CERT, SSL_CONF_TYPE_FILE, cmd_serverinfo),
    CMD("ChainCAPath", "chainCApath", NEEDS_CERT, SSL_CONF_TYPE_DIR, cmd_chain_ca_path),
    CMD("ChainCAFile", "chainCAfile", NEEDS_CERT, SSL_CONF_TYPE_FILE, cmd_chain_ca_file),
    CMD("VerifyCAPath", "verifyCApath", NEEDS_CERT, SSL_CONF_TYPE_DIR, cmd_verify_ca_path),
    CMD("VerifyCAFile", "verifyCAfile", NEEDS_CERT, SSL_CONF_TYPE_FILE, cmd_verify_ca_file),
    CMD("RequestCAFile", "requestCAFile", NEEDS_CERT, SSL_CONF_TYPE_FILE, cmd_ca_names_file),
    CMD("ClientCAFile", NULL, ONLY_SERVER | NEEDS_CERT, SSL_CONF_TYPE_FILE, cmd_ca_names_file),
    CMD("RequestCAPath", NULL, NEEDS_CERT, SSL_CONF_TYPE_DIR, cmd_ca_names_path),
    CMD("ClientCAPath", NULL, ONLY_SERVER | NEEDS_CERT, SSL_CONF_TYPE_DIR, cmd_ca_names_path),
    CMD("DHParameters", "dhparam", ONLY_SERVER | NEEDS_CERT, SSL_CONF_TYPE_FILE, cmd_dhparams),
    CMD("RecordPadding", "record_padding", 0, SSL_CONF_TYPE_STRING, cmd_record_padding),
    CMD("NumTickets", "num_tickets", ONLY_SERVER, SSL_CONF_TYPE_STRING, cmd_num_tickets),
};

/* Strips the prefix ("-" by default on the command line); 0 when cmd does not
 * carry it. */
static int skip_prefix(const SSL_CONF_CTX *c, const char **cmd)
{
    if (c->prefix != NULL) {
        int match = (c->flags & SSL_CONF_FLAG_CMDLINE) ? strncmp(*cmd, c->prefix, c->prefix_len) == 0
                                                       : strncasecmp(*cmd, c->prefix, c->prefix_len) == 0;
        if (!match || strlen(*cmd) <= c->prefix_len)
            return 0;
        *cmd += c->prefix_len;
    } else if (c->flags & SSL_CONF_FLAG_CMDLINE) {
        if ((*cmd)[0] != '-' || (*cmd)[1] == '\0')
            return 0;
        *cmd += 1;
    }
    return 1;
}

static const struct conf_cmd *lookup(const SSL_CONF_CTX *c, const char *name)
{
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
        const struct conf_cmd *e = &commands[i];
        if ((e->only & ONLY_SERVER) && !(c->flags & SSL_CONF_FLAG_SERVER))
            continue;
        if ((e->only & ONLY_CLIENT) && !(c->flags & SSL_CONF_FLAG_CLIENT))
            continue;
        if ((e->only & NEEDS_CERT) && !(c->flags & SSL_CONF_FLAG_CERTIFICATE))
            continue;
        if ((c->flags & SSL_CONF_FLAG_CMDLINE) && e->cmd_name != NULL && strcmp(name, e->cmd_name) == 0)
            return e;
        if ((c->flags & SSL_CONF_FLAG_FILE) && e->file_name != NULL && strcasecmp(name, e->file_name) == 0)
            return e;
    }
    return NULL;
}

MBS_API SSL_CONF_CTX *SSL_CONF_CTX_new(void)
{
    MBS_TRACE_ENTRY();
    SSL_CONF_CTX *c = calloc(1, sizeof(*c));
    if (c == NULL)
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
    return c;
}

MBS_API void SSL_CONF_CTX_free(SSL_CONF_CTX *c)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return;
    free(c->prefix);
    free(c->cert_file);
    sk_X509_NAME_pop_free(c->canames, X509_NAME_free);
    free(c);
}

MBS_API unsigned int SSL_CONF_CTX_set_flags(SSL_CONF_CTX *c, unsigned int flags)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return 0;
    return c->flags |= flags;
}

MBS_API unsigned int SSL_CONF_CTX_clear_flags(SSL_CONF_CTX *c, unsigned int flags)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return 0;
    return c->flags &= ~flags;
}

MBS_API int SSL_CONF_CTX_set1_prefix(SSL_CONF_CTX *c, const char *pre)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(c, 0);
    char *copy = NULL;
    if (pre != NULL && (copy = strdup(pre)) == NULL) {
        MBS_RAISE(ERR_R_MALLOC_FAILURE);
        return 0;
    }
    free(c->prefix);
    c->prefix = copy;
    c->prefix_len = copy != NULL ? strlen(copy) : 0;
    return 1;
}

MBS_API void SSL_CONF_CTX_set_ssl(SSL_CONF_CTX *c, SSL *ssl)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return;
    c->ssl = ssl;
    c->ctx = NULL;
}

MBS_API void SSL_CONF_CTX_set_ssl_ctx(SSL_CONF_CTX *c, SSL_CTX *ctx)
{
    MBS_TRACE_ENTRY();
    if (c == NULL)
        return;
    c->ctx = ctx;
    c->ssl = NULL;
}

MBS_API int SSL_CONF_cmd(SSL_CONF_CTX *c, const char *cmd, const char *value)
{
    MBS_TRACE_ENTRY();
    if (cmd == NULL) {
        MBS_RAISE(SSL_R_INVALID_NULL_CMD_NAME);
        return 0;
    }
    MBS_CHECK_NULL(c, 0);
    const char *name = cmd;
    const struct conf_cmd *e = NULL;
    if (skip_prefix(c, &name))
        e = lookup(c, name);
    if (e == NULL) {
        if (c->flags & SSL_CONF_FLAG_SHOW_ERRORS)
            ERR_raise_data(ERR_LIB_SSL, SSL_R_UNKNOWN_CMD_NAME, "cmd=%s", name);
        return -2;
    }
    if (e->value_type == SSL_CONF_TYPE_NONE) {
        if (e->option != 0)
            opts_set(c, e->option, e->clear);
        return 1;
    }
    if (value == NULL) {
        if (c->flags & SSL_CONF_FLAG_SHOW_ERRORS)
            ERR_raise_data(ERR_LIB_SSL, SSL_R_BAD_VALUE, "cmd=%s", name);
        return -3;
    }
    if (e->fn(c, value) > 0)
        return 2;
    if (c->flags & SSL_CONF_FLAG_SHOW_ERRORS)
        ERR_raise_data(ERR_LIB_SSL, SSL_R_BAD_VALUE, "cmd=%s, value=%s", name, value);
    return 0;
}

MBS_API int SSL_CONF_cmd_argv(SSL_CONF_CTX *c, int *pargc, char ***pargv)
{
    MBS_TRACE_ENTRY();
    if (c == NULL || pargv == NULL || *pargv == NULL)
        return 0;
    const char *arg = (*pargv)[0];
    if (arg == NULL || (pargc != NULL && *pargc <= 0))
        return 0;
    const char *arg1 = (pargc == NULL || *pargc >= 2) ? (*pargv)[1] : NULL;
    c->flags &= ~(unsigned int)SSL_CONF_FLAG_FILE;
    c->flags |= SSL_CONF_FLAG_CMDLINE;
    int rv = SSL_CONF_cmd(c, arg, arg1);
    if (rv > 0) {
        *pargv += rv;
        if (pargc != NULL)
            *pargc -= rv;
        return rv;
    }
    if (rv == -2)
        return 0; /* not ours: the caller handles the argument */
    if (rv == 0)
        return -1;
    return rv;
}

MBS_API int SSL_CONF_cmd_value_type(SSL_CONF_CTX *c, const char *cmd)
{
    MBS_TRACE_ENTRY();
    if (c == NULL || cmd == NULL)
        return SSL_CONF_TYPE_UNKNOWN;
    const char *name = cmd;
    if (!skip_prefix(c, &name))
        return SSL_CONF_TYPE_UNKNOWN;
    const struct conf_cmd *e = lookup(c, name);
    return e != NULL ? e->value_type : SSL_CONF_TYPE_UNKNOWN;
}

MBS_API int SSL_CONF_CTX_finish(SSL_CONF_CTX *c)
{
    MBS_TRACE_ENTRY();
    MBS_CHECK_NULL(c, 0);
    /* a Certificate without PrivateKey: the key may be in the certificate file */
    if ((c->flags & SSL_CONF_FLAG_REQUIRE_PRIVATE) && c->cert_file != NULL && !c->have_key &&
        (c->ctx != NULL || c->ssl != NULL)) {
        if (!cmd_private_key(c, c->cert_file))
            return 0;
    }
    if (c->canames != NULL) {
        if (c->ssl != NULL)
            SSL_set_client_CA_list(c->ssl, c->canames);
        else if (c->ctx != NULL)
            SSL_CTX_set_client_CA_list(c->ctx, c->canames);
        else
            sk_X509_NAME_pop_free(c->canames, X509_NAME_free);
        c->canames = NULL;
    }
    return 1;
}
