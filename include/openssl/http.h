/* mbedshim <openssl/http.h>: HTTP client declarations. */
#ifndef OPENSSL_HTTP_H
#define OPENSSL_HTTP_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/opensslconf.h>
#include <openssl/bio.h>
#include <openssl/asn1.h>
#include <openssl/conf.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define OPENSSL_HTTPS_PROXY "HTTPS_PROXY"
#define OPENSSL_HTTP_PROXY "HTTP_PROXY"
#define OPENSSL_NO_PROXY "NO_PROXY"
#define OSSL_HTTPS_NAME "https"
#define OSSL_HTTPS_PORT "443"
#define OSSL_HTTPS_PREFIX "https://"
#define OSSL_HTTP_DEFAULT_MAX_CRL_LEN 0x2000000
#define OSSL_HTTP_DEFAULT_MAX_LINE_LEN 4096
#define OSSL_HTTP_DEFAULT_MAX_RESP_LEN 102400
#define OSSL_HTTP_NAME "http"
#define OSSL_HTTP_PORT "80"
#define OSSL_HTTP_PREFIX "http://"

/* Types. */
typedef BIO *(*OSSL_HTTP_bio_cb_t)(BIO *bio, void *arg, int connect, int detail);

/* Functions. */
int OSSL_HTTP_REQ_CTX_add1_header(OSSL_HTTP_REQ_CTX *rctx, const char *name, const char *value);
BIO *OSSL_HTTP_REQ_CTX_exchange(OSSL_HTTP_REQ_CTX *rctx);
void OSSL_HTTP_REQ_CTX_free(OSSL_HTTP_REQ_CTX *rctx);
BIO *OSSL_HTTP_REQ_CTX_get0_mem_bio(const OSSL_HTTP_REQ_CTX *rctx);
size_t OSSL_HTTP_REQ_CTX_get_resp_len(const OSSL_HTTP_REQ_CTX *rctx);
int OSSL_HTTP_REQ_CTX_nbio(OSSL_HTTP_REQ_CTX *rctx);
int OSSL_HTTP_REQ_CTX_nbio_d2i(OSSL_HTTP_REQ_CTX *rctx, ASN1_VALUE **pval, const ASN1_ITEM *it);
OSSL_HTTP_REQ_CTX *OSSL_HTTP_REQ_CTX_new(BIO *wbio, BIO *rbio, int buf_size);
int OSSL_HTTP_REQ_CTX_set1_req(OSSL_HTTP_REQ_CTX *rctx, const char *content_type, const ASN1_ITEM *it,
                               const ASN1_VALUE *req);
int OSSL_HTTP_REQ_CTX_set_expected(OSSL_HTTP_REQ_CTX *rctx, const char *content_type, int asn1, int timeout,
                                   int keep_alive);
void OSSL_HTTP_REQ_CTX_set_max_response_length(OSSL_HTTP_REQ_CTX *rctx, unsigned long len);
int OSSL_HTTP_REQ_CTX_set_request_line(OSSL_HTTP_REQ_CTX *rctx, int method_POST, const char *server,
                                       const char *port, const char *path);
const char *OSSL_HTTP_adapt_proxy(const char *proxy, const char *no_proxy, const char *server, int use_ssl);
int OSSL_HTTP_close(OSSL_HTTP_REQ_CTX *rctx, int ok);
BIO *OSSL_HTTP_exchange(OSSL_HTTP_REQ_CTX *rctx, char **redirection_url);
BIO *OSSL_HTTP_get(const char *url, const char *proxy, const char *no_proxy, BIO *bio, BIO *rbio,
                   OSSL_HTTP_bio_cb_t bio_update_fn, void *arg, int buf_size,
                   const STACK_OF(CONF_VALUE) * headers, const char *expected_content_type, int expect_asn1,
                   size_t max_resp_len, int timeout);
int OSSL_HTTP_is_alive(const OSSL_HTTP_REQ_CTX *rctx);
OSSL_HTTP_REQ_CTX *OSSL_HTTP_open(const char *server, const char *port, const char *proxy,
                                  const char *no_proxy, int use_ssl, BIO *bio, BIO *rbio,
                                  OSSL_HTTP_bio_cb_t bio_update_fn, void *arg, int buf_size,
                                  int overall_timeout);
int OSSL_HTTP_parse_url(const char *url, int *pssl, char **puser, char **phost, char **pport, int *pport_num,
                        char **ppath, char **pquery, char **pfrag);
int OSSL_HTTP_proxy_connect(BIO *bio, const char *server, const char *port, const char *proxyuser,
                            const char *proxypass, int timeout, BIO *bio_err, const char *prog);
int OSSL_HTTP_set1_request(OSSL_HTTP_REQ_CTX *rctx, const char *path, const STACK_OF(CONF_VALUE) * headers,
                           const char *content_type, BIO *req, const char *expected_content_type,
                           int expect_asn1, size_t max_resp_len, int timeout, int keep_alive);
BIO *OSSL_HTTP_transfer(OSSL_HTTP_REQ_CTX **prctx, const char *server, const char *port, const char *path,
                        int use_ssl, const char *proxy, const char *no_proxy, BIO *bio, BIO *rbio,
                        OSSL_HTTP_bio_cb_t bio_update_fn, void *arg, int buf_size,
                        const STACK_OF(CONF_VALUE) * headers, const char *content_type, BIO *req,
                        const char *expected_content_type, int expect_asn1, size_t max_resp_len, int timeout,
                        int keep_alive);
int OSSL_parse_url(const char *url, char **pscheme, char **puser, char **phost, char **pport, int *pport_num,
                   char **ppath, char **pquery, char **pfrag);

#ifdef __cplusplus
}
#endif
#endif
