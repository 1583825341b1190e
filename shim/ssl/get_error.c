/*
 * SSL_get_error: the one place that decides what a failed call means, in OpenSSL's order —
 * a queued error first, then the BIO's retry state for the direction we were blocked on,
 * then a clean close_notify, and SSL_ERROR_SYSCALL for everything else.
 */
#include "ssl/ssl_local.h"

static int from_bio(BIO *bio)
{
    if (bio == NULL)
        return SSL_ERROR_SYSCALL;
    if (BIO_should_read(bio))
        return SSL_ERROR_WANT_READ;
    if (BIO_should_write(bio))
        return SSL_ERROR_WANT_WRITE;
    if (BIO_should_io_special(bio)) {
        switch (BIO_get_retry_reason(bio)) {
        case BIO_RR_CONNECT:
            return SSL_ERROR_WANT_CONNECT;
        case BIO_RR_ACCEPT:
            return SSL_ERROR_WANT_ACCEPT;
        default:
            return SSL_ERROR_SYSCALL;
        }
    }
    return -1; /* not decided by this BIO */
}

MBS_API int SSL_get_error(const SSL *s, int ret)
{
    MBS_TRACE_ENTRY();
    if (ret > 0)
        return SSL_ERROR_NONE;
    unsigned long e = ERR_peek_error();
    if (e != 0)
        return ERR_GET_LIB(e) == ERR_LIB_SYS ? SSL_ERROR_SYSCALL : SSL_ERROR_SSL;
    if (s == NULL)
        return SSL_ERROR_SSL;
    int r;
    if (s->rwstate == MBS_READING && (r = from_bio(s->rbio)) >= 0)
        return r;
    if (s->rwstate == MBS_WRITING && (r = from_bio(s->wbio)) >= 0)
        return r;
    if (s->rwstate == MBS_X509_LOOKUP)
        return SSL_ERROR_WANT_X509_LOOKUP;
    /* OpenSSL asks "received shutdown, and no other warning alert seen": the flag alone, in effect */
    if (s->shutdown & SSL_RECEIVED_SHUTDOWN)
        return SSL_ERROR_ZERO_RETURN;
    return SSL_ERROR_SYSCALL;
}
