/*
 * SSL_CTX_ctrl / SSL_ctrl: the numbered controls behind OpenSSL's macros. Controls that act on the
 * inherited settings are handled once here for both objects; the rest in ctx.c / ssl.c.
 */
#include <stdlib.h>
#include <string.h>

#include <openssl/conferr.h>

#include "ssl/ssl_local.h"

/* OpenSSL splits signature-algorithm lists with its CONF list parser, which rejects NULL. */
#define RAISE_NULL_LIST() mbs_err_push(ERR_LIB_CONF, CONF_R_LIST_CANNOT_BE_NULL, __FILE__, __LINE__, __func__)

static int version_ok(long v)
{
    /* TLS method bounds accept 0 (no bound) and SSL 3.0 .. TLS 1.3, as OpenSSL's TLS methods do */
    return v == 0 || (v >= SSL3_VERSION && v <= TLS1_3_VERSION);
}

long mbs_settings_ctrl(mbs_settings *s, int cmd, long larg, void *parg, int *handled)
{
    *handled = 1;
    switch (cmd) {
    case SSL_CTRL_MODE:
        return s->mode |= (uint32_t)larg;
    case SSL_CTRL_CLEAR_MODE:
        return s->mode &= ~(uint32_t)larg;
    case SSL_CTRL_SET_MIN_PROTO_VERSION:
        if (!version_ok(larg))
            return 0;
        s->min_proto = (int)larg;
        return 1;
    case SSL_CTRL_SET_MAX_PROTO_VERSION:
        if (!version_ok(larg))
            return 0;
        s->max_proto = (int)larg;
        return 1;
    case SSL_CTRL_GET_MIN_PROTO_VERSION:
        return s->min_proto;
    case SSL_CTRL_GET_MAX_PROTO_VERSION:
        return s->max_proto;
    case SSL_CTRL_GET_MAX_CERT_LIST:
        return (long)s->max_cert_list;
    case SSL_CTRL_SET_MAX_CERT_LIST: {
        if (larg < 0)
            return 0;
        long old = (long)s->max_cert_list;
        s->max_cert_list = (unsigned long)larg;
        return old;
    }
    case SSL_CTRL_SET_GROUPS_LIST: {
        mbs_id_list l = {0};
        if (parg == NULL || !mbs_groups_parse(parg, &l)) {
            MBS_RAISE(ERR_R_PASSED_INVALID_ARGUMENT);
            return 0;
        }
        mbs_id_list_free(&s->groups);
        s->groups = l;
        return 1;
    }
    case SSL_CTRL_SET_GROUPS: {
        /* NID list; only the groups we know map */
        const int *nids = parg;
        mbs_id_list l = {0};
        if (nids == NULL || larg <= 0)
            return 0;
        l.ids = malloc(sizeof(uint16_t) * (size_t)larg); /* mbs_id_list_free() uses free() */
        if (l.ids == NULL)
            return 0;
        for (long i = 0; i < larg; i++) {
            uint16_t id = nids[i] != NID_undef ? mbs_group_from_nid(nids[i]) : 0;
            if (id == 0) {
                free(l.ids);
                return 0;
            }
            l.ids[l.n++] = id;
        }
        mbs_id_list_free(&s->groups);
        s->groups = l;
        return 1;
    }
    case SSL_CTRL_SET_MAX_SEND_FRAGMENT:
        /* OpenSSL accepts 512 .. 16384; Mbed TLS keeps its full-size records */
        return larg >= 512 && larg <= SSL3_RT_MAX_PLAIN_LENGTH;
    case SSL_CTRL_SET_READ_AHEAD: {
        /* remembered and reported; Mbed TLS reads whole records whatever the flag */
        long old = s->read_ahead;
        s->read_ahead = (int)larg;
        return old;
    }
    case SSL_CTRL_GET_READ_AHEAD:
        return s->read_ahead;
    case SSL_CTRL_SET_TMP_DH:
    case SSL_CTRL_SET_TMP_ECDH:
    case SSL_CTRL_SET_DH_AUTO:
        /* accepted; Mbed TLS buffers records itself and chooses ECDHE/DHE parameters */
        return 1;
    case SSL_CTRL_SET_SIGALGS_LIST: {
        mbs_id_list l = {0};
        if (parg == NULL) {
            RAISE_NULL_LIST();
            return 0;
        }
        if (!mbs_sigalgs_parse(parg, &l))
            return 0;
        mbs_id_list_free(&s->sigalgs);
        s->sigalgs = l;
        return 1;
    }
    case SSL_CTRL_SET_CLIENT_SIGALGS_LIST: {
        /* what we accept in a CertificateRequest's answer; Mbed TLS uses one list for both */
        mbs_id_list l = {0};
        if (parg == NULL) {
            RAISE_NULL_LIST();
            return 0;
        }
        if (!mbs_sigalgs_parse(parg, &l))
            return 0;
        mbs_id_list_free(&l);
        return 1;
    }
    default:
        *handled = 0;
        return 0;
    }
}
