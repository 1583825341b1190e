/* mbedshim <openssl/conftypes.h>: public CONF structures. */
#ifndef OPENSSL_CONFTYPES_H
#define OPENSSL_CONFTYPES_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/conf.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Types. */
struct conf_method_st {
    const char *name;
    CONF *(*create)(CONF_METHOD *meth);
    int (*init)(CONF *conf);
    int (*destroy)(CONF *conf);
    int (*destroy_data)(CONF *conf);
    int (*load_bio)(CONF *conf, BIO *bp, long *eline);
    int (*dump)(const CONF *conf, BIO *bp);
    int (*is_number)(const CONF *conf, char c);
    int (*to_int)(const CONF *conf, char c);
    int (*load)(CONF *conf, const char *name, long *eline);
};
struct conf_st {
    CONF_METHOD *meth;
    void *meth_data;
    LHASH_OF(CONF_VALUE) * data;
    int flag_dollarid;
    int flag_abspath;
    char *includedir;
    OSSL_LIB_CTX *libctx;
};

#ifdef __cplusplus
}
#endif
#endif
