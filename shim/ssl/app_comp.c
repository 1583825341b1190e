/*
 * TLS record compression queries. Like Debian's OpenSSL 3.0 (built without
 * zlib), mbedshim offers no compression method: the method list is an empty
 * stack, the current compression is always NULL and none of these queries
 * leaves an error behind (apps such as socat call them after every handshake
 * and then look at the error queue).
 */
#include <pthread.h>

#include <openssl/comp.h>

#include "ssl/ssl_local.h"

struct ssl_comp_st {
    int id;
    const char *name;
    COMP_METHOD *method;
};

static STACK_OF(SSL_COMP) * comp_methods;
static pthread_once_t comp_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t comp_lock = PTHREAD_MUTEX_INITIALIZER;

static void comp_init(void)
{
    comp_methods = sk_SSL_COMP_new_null();
}

MBS_API STACK_OF(SSL_COMP) * SSL_COMP_get_compression_methods(void)
{
    MBS_TRACE_ENTRY();
    pthread_once(&comp_once, comp_init);
    pthread_mutex_lock(&comp_lock);
    STACK_OF(SSL_COMP) *m = comp_methods;
    pthread_mutex_unlock(&comp_lock);
    return m;
}

MBS_API STACK_OF(SSL_COMP) * SSL_COMP_set0_compression_methods(STACK_OF(SSL_COMP) * meths)
{
    MBS_TRACE_ENTRY();
    pthread_once(&comp_once, comp_init);
    pthread_mutex_lock(&comp_lock);
    STACK_OF(SSL_COMP) *old = comp_methods;
    comp_methods = meths;
    pthread_mutex_unlock(&comp_lock);
    return old;
}

/* Returns 0 on success and 1 on failure (OpenSSL's inverted convention for this
 * one). */
MBS_API int SSL_COMP_add_compression_method(int id, COMP_METHOD *cm)
{
    MBS_TRACE_ENTRY();
    /* OpenSSL ignores a NULL method silently; that is also what a zlib-less
     * libcrypto hands out */
    if (cm == NULL)
        return 1;
    if (id < 193 || id > 255) {
        MBS_RAISE(SSL_R_COMPRESSION_ID_NOT_WITHIN_PRIVATE_RANGE);
        return 1;
    }
    /* record compression is not implemented on Mbed TLS */
    MBS_RAISE(ERR_R_UNSUPPORTED);
    return 1;
}

MBS_API const char *SSL_COMP_get_name(const COMP_METHOD *comp)
{
    MBS_TRACE_ENTRY();
    (void)comp; /* no COMP_METHOD is ever in use here */
    return NULL;
}

MBS_API const char *SSL_COMP_get0_name(const SSL_COMP *comp)
{
    MBS_TRACE_ENTRY();
    return comp != NULL ? comp->name : NULL;
}

MBS_API int SSL_COMP_get_id(const SSL_COMP *comp)
{
    MBS_TRACE_ENTRY();
    return comp != NULL ? comp->id : -1;
}

MBS_API const COMP_METHOD *SSL_get_current_compression(const SSL *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return NULL;
}

MBS_API const COMP_METHOD *SSL_get_current_expansion(const SSL *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return NULL;
}

MBS_API unsigned int SSL_SESSION_get_compress_id(const SSL_SESSION *s)
{
    MBS_TRACE_ENTRY();
    (void)s;
    return 0;
}
