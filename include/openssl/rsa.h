/* mbedshim <openssl/rsa.h>: RSA key declarations. */
#ifndef OPENSSL_RSA_H
#define OPENSSL_RSA_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/macros.h>
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define HEADER_RSA_H
#endif

#include <openssl/macros.h>
#include <openssl/opensslconf.h>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/types.h>
#include <openssl/bn.h>
#include <openssl/rsaerr.h>
#include <openssl/safestack.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Constants and macros. */
#define EVP_PKEY_CTRL_GET_RSA_MGF1_MD (EVP_PKEY_ALG_CTRL + 8)
#define EVP_PKEY_CTRL_GET_RSA_OAEP_LABEL (EVP_PKEY_ALG_CTRL + 12)
#define EVP_PKEY_CTRL_GET_RSA_OAEP_MD (EVP_PKEY_ALG_CTRL + 11)
#define EVP_PKEY_CTRL_GET_RSA_PADDING (EVP_PKEY_ALG_CTRL + 6)
#define EVP_PKEY_CTRL_GET_RSA_PSS_SALTLEN (EVP_PKEY_ALG_CTRL + 7)
#define EVP_PKEY_CTRL_RSA_KEYGEN_BITS (EVP_PKEY_ALG_CTRL + 3)
#define EVP_PKEY_CTRL_RSA_KEYGEN_PRIMES (EVP_PKEY_ALG_CTRL + 13)
#define EVP_PKEY_CTRL_RSA_KEYGEN_PUBEXP (EVP_PKEY_ALG_CTRL + 4)
#define EVP_PKEY_CTRL_RSA_MGF1_MD (EVP_PKEY_ALG_CTRL + 5)
#define EVP_PKEY_CTRL_RSA_OAEP_LABEL (EVP_PKEY_ALG_CTRL + 10)
#define EVP_PKEY_CTRL_RSA_OAEP_MD (EVP_PKEY_ALG_CTRL + 9)
#define EVP_PKEY_CTRL_RSA_PADDING (EVP_PKEY_ALG_CTRL + 1)
#define EVP_PKEY_CTRL_RSA_PSS_SALTLEN (EVP_PKEY_ALG_CTRL + 2)
#define EVP_RSA_gen(bits) EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)(0 + (bits)))
#define OPENSSL_RSA_MAX_MODULUS_BITS 16384
#define RSA_3 0x3L
#define RSA_F4 0x10001L
#define RSA_FLAG_TYPE_MASK 0xF000
#define RSA_FLAG_TYPE_RSA 0x0
#define RSA_FLAG_TYPE_RSAESOAEP 0x2000
#define RSA_FLAG_TYPE_RSASSAPSS 0x1000
#define RSA_NO_PADDING 3
#define RSA_PKCS1_OAEP_PADDING 4
#define RSA_PKCS1_PADDING 1
#define RSA_PKCS1_PADDING_SIZE 11
#define RSA_PKCS1_PSS_PADDING 6
#define RSA_PKCS1_WITH_TLS_PADDING 7
#define RSA_PSS_SALTLEN_AUTO (-2)
#define RSA_PSS_SALTLEN_DIGEST (-1)
#define RSA_PSS_SALTLEN_MAX (-3)
#define RSA_PSS_SALTLEN_MAX_SIGN (-2)
#define RSA_X931_PADDING 5
#define RSA_get_app_data(s) RSA_get_ex_data(s, 0)
#define RSA_set_app_data(s, arg) RSA_set_ex_data(s, 0, arg)

/* Macros of the API deprecated in 0.9.8. */
#ifndef OPENSSL_NO_DEPRECATED_0_9_8
#define RSA_FLAG_NO_EXP_CONSTTIME RSA_FLAG_NO_CONSTTIME
#endif

/* Macros of the API deprecated in 1.1.0. */
#ifndef OPENSSL_NO_DEPRECATED_1_1_0
#define RSA_FLAG_NO_CONSTTIME 0x0
#endif

/* Macros of the API deprecated in 3.0. */
#ifndef OPENSSL_NO_DEPRECATED_3_0
#define OPENSSL_RSA_FIPS_MIN_MODULUS_BITS 2048
#define OPENSSL_RSA_MAX_PUBEXP_BITS 64
#define OPENSSL_RSA_SMALL_MODULUS_BITS 3072
#define RSA_ASN1_VERSION_DEFAULT 0
#define RSA_ASN1_VERSION_MULTI 1
#define RSA_DEFAULT_PRIME_NUM 2
#define RSA_FLAG_BLINDING 0x8
#define RSA_FLAG_CACHE_PRIVATE 0x4
#define RSA_FLAG_CACHE_PUBLIC 0x2
#define RSA_FLAG_CHECKED 0x800
#define RSA_FLAG_EXT_PKEY 0x20
#define RSA_FLAG_FIPS_METHOD 0x400
#define RSA_FLAG_NON_FIPS_ALLOW 0x400
#define RSA_FLAG_NO_BLINDING 0x80
#define RSA_FLAG_THREAD_SAFE 0x10
#define RSA_METHOD_FLAG_NO_CHECK 0x1
#define RSA_get_ex_new_index(l, p, newf, dupf, freef)                                                        \
    CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_RSA, l, p, newf, dupf, freef)
#endif

/* Types. */
struct rsa_pss_params_st {
    X509_ALGOR *hashAlgorithm;
    X509_ALGOR *maskGenAlgorithm;
    ASN1_INTEGER *saltLength;
    ASN1_INTEGER *trailerField;
    X509_ALGOR *maskHash;
};
struct rsa_oaep_params_st {
    X509_ALGOR *hashFunc;
    X509_ALGOR *maskGenFunc;
    X509_ALGOR *pSourceFunc;
    X509_ALGOR *maskHash;
};

/* Functions. */
int EVP_PKEY_CTX_get0_rsa_oaep_label(EVP_PKEY_CTX *ctx, unsigned char **label);
int EVP_PKEY_CTX_get_rsa_mgf1_md(EVP_PKEY_CTX *ctx, const EVP_MD **md);
int EVP_PKEY_CTX_get_rsa_mgf1_md_name(EVP_PKEY_CTX *ctx, char *name, size_t namelen);
int EVP_PKEY_CTX_get_rsa_oaep_md(EVP_PKEY_CTX *ctx, const EVP_MD **md);
int EVP_PKEY_CTX_get_rsa_oaep_md_name(EVP_PKEY_CTX *ctx, char *name, size_t namelen);
int EVP_PKEY_CTX_get_rsa_padding(EVP_PKEY_CTX *ctx, int *pad_mode);
int EVP_PKEY_CTX_get_rsa_pss_saltlen(EVP_PKEY_CTX *ctx, int *saltlen);
int EVP_PKEY_CTX_set0_rsa_oaep_label(EVP_PKEY_CTX *ctx, void *label, int llen);
int EVP_PKEY_CTX_set1_rsa_keygen_pubexp(EVP_PKEY_CTX *ctx, BIGNUM *pubexp);
int EVP_PKEY_CTX_set_rsa_keygen_bits(EVP_PKEY_CTX *ctx, int bits);
int EVP_PKEY_CTX_set_rsa_keygen_primes(EVP_PKEY_CTX *ctx, int primes);
int EVP_PKEY_CTX_set_rsa_mgf1_md(EVP_PKEY_CTX *ctx, const EVP_MD *md);
int EVP_PKEY_CTX_set_rsa_mgf1_md_name(EVP_PKEY_CTX *ctx, const char *mdname, const char *mdprops);
int EVP_PKEY_CTX_set_rsa_oaep_md(EVP_PKEY_CTX *ctx, const EVP_MD *md);
int EVP_PKEY_CTX_set_rsa_oaep_md_name(EVP_PKEY_CTX *ctx, const char *mdname, const char *mdprops);
int EVP_PKEY_CTX_set_rsa_padding(EVP_PKEY_CTX *ctx, int pad_mode);
int EVP_PKEY_CTX_set_rsa_pss_keygen_md(EVP_PKEY_CTX *ctx, const EVP_MD *md);
int EVP_PKEY_CTX_set_rsa_pss_keygen_md_name(EVP_PKEY_CTX *ctx, const char *mdname, const char *mdprops);
int EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md(EVP_PKEY_CTX *ctx, const EVP_MD *md);
int EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name(EVP_PKEY_CTX *ctx, const char *mdname);
int EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(EVP_PKEY_CTX *ctx, int saltlen);
int EVP_PKEY_CTX_set_rsa_pss_saltlen(EVP_PKEY_CTX *ctx, int saltlen);
extern void RSA_OAEP_PARAMS_free(RSA_OAEP_PARAMS *a);
extern const ASN1_ITEM *RSA_OAEP_PARAMS_it(void);
extern RSA_OAEP_PARAMS *RSA_OAEP_PARAMS_new(void);
extern RSA_PSS_PARAMS *RSA_PSS_PARAMS_dup(const RSA_PSS_PARAMS *a);
extern void RSA_PSS_PARAMS_free(RSA_PSS_PARAMS *a);
extern const ASN1_ITEM *RSA_PSS_PARAMS_it(void);
extern RSA_PSS_PARAMS *RSA_PSS_PARAMS_new(void);
int RSA_pkey_ctx_ctrl(EVP_PKEY_CTX *ctx, int optype, int cmd, int p1, void *p2);
extern RSA_OAEP_PARAMS *d2i_RSA_OAEP_PARAMS(RSA_OAEP_PARAMS **a, const unsigned char **in, long len);
extern RSA_PSS_PARAMS *d2i_RSA_PSS_PARAMS(RSA_PSS_PARAMS **a, const unsigned char **in, long len);
extern int i2d_RSA_OAEP_PARAMS(const RSA_OAEP_PARAMS *a, unsigned char **out);
extern int i2d_RSA_PSS_PARAMS(const RSA_PSS_PARAMS *a, unsigned char **out);

/* Deprecated in 0.9.8. */
#ifndef OPENSSL_NO_DEPRECATED_0_9_8
OSSL_DEPRECATEDIN_0_9_8 RSA *RSA_generate_key(int bits, unsigned long e, void (*callback)(int, int, void *),
                                              void *cb_arg);
#endif

/* Deprecated in 3.0. */
#ifndef OPENSSL_NO_DEPRECATED_3_0
OSSL_DEPRECATEDIN_3_0 int EVP_PKEY_CTX_set_rsa_keygen_pubexp(EVP_PKEY_CTX *ctx, BIGNUM *pubexp);
OSSL_DEPRECATEDIN_3_0 int PKCS1_MGF1(unsigned char *mask, long len, const unsigned char *seed, long seedlen,
                                     const EVP_MD *dgst);
OSSL_DEPRECATEDIN_3_0 RSA *RSAPrivateKey_dup(const RSA *a);
OSSL_DEPRECATEDIN_3_0 const ASN1_ITEM *RSAPrivateKey_it(void);
OSSL_DEPRECATEDIN_3_0 RSA *RSAPublicKey_dup(const RSA *a);
OSSL_DEPRECATEDIN_3_0 const ASN1_ITEM *RSAPublicKey_it(void);
OSSL_DEPRECATEDIN_3_0 const RSA_METHOD *RSA_PKCS1_OpenSSL(void);
OSSL_DEPRECATEDIN_3_0 int RSA_X931_derive_ex(RSA *rsa, BIGNUM *p1, BIGNUM *p2, BIGNUM *q1, BIGNUM *q2,
                                             const BIGNUM *Xp1, const BIGNUM *Xp2, const BIGNUM *Xp,
                                             const BIGNUM *Xq1, const BIGNUM *Xq2, const BIGNUM *Xq,
                                             const BIGNUM *e, BN_GENCB *cb);
OSSL_DEPRECATEDIN_3_0 int RSA_X931_generate_key_ex(RSA *rsa, int bits, const BIGNUM *e, BN_GENCB *cb);
OSSL_DEPRECATEDIN_3_0 int RSA_X931_hash_id(int nid);
OSSL_DEPRECATEDIN_3_0 int RSA_bits(const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 void RSA_blinding_off(RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int RSA_blinding_on(RSA *rsa, BN_CTX *ctx);
OSSL_DEPRECATEDIN_3_0 int RSA_check_key(const RSA *);
OSSL_DEPRECATEDIN_3_0 int RSA_check_key_ex(const RSA *, BN_GENCB *cb);
OSSL_DEPRECATEDIN_3_0 void RSA_clear_flags(RSA *r, int flags);
OSSL_DEPRECATEDIN_3_0 int RSA_flags(const RSA *r);
OSSL_DEPRECATEDIN_3_0 void RSA_free(RSA *r);
OSSL_DEPRECATEDIN_3_0 int RSA_generate_key_ex(RSA *rsa, int bits, BIGNUM *e, BN_GENCB *cb);
OSSL_DEPRECATEDIN_3_0 int RSA_generate_multi_prime_key(RSA *rsa, int bits, int primes, BIGNUM *e,
                                                       BN_GENCB *cb);
OSSL_DEPRECATEDIN_3_0 void RSA_get0_crt_params(const RSA *r, const BIGNUM **dmp1, const BIGNUM **dmq1,
                                               const BIGNUM **iqmp);
OSSL_DEPRECATEDIN_3_0 const BIGNUM *RSA_get0_d(const RSA *d);
OSSL_DEPRECATEDIN_3_0 const BIGNUM *RSA_get0_dmp1(const RSA *r);
OSSL_DEPRECATEDIN_3_0 const BIGNUM *RSA_get0_dmq1(const RSA *r);
OSSL_DEPRECATEDIN_3_0 const BIGNUM *RSA_get0_e(const RSA *d);
OSSL_DEPRECATEDIN_3_0 ENGINE *RSA_get0_engine(const RSA *r);
OSSL_DEPRECATEDIN_3_0 void RSA_get0_factors(const RSA *r, const BIGNUM **p, const BIGNUM **q);
OSSL_DEPRECATEDIN_3_0 const BIGNUM *RSA_get0_iqmp(const RSA *r);
OSSL_DEPRECATEDIN_3_0 void RSA_get0_key(const RSA *r, const BIGNUM **n, const BIGNUM **e, const BIGNUM **d);
OSSL_DEPRECATEDIN_3_0 int RSA_get0_multi_prime_crt_params(const RSA *r, const BIGNUM *exps[],
                                                          const BIGNUM *coeffs[]);
OSSL_DEPRECATEDIN_3_0 int RSA_get0_multi_prime_factors(const RSA *r, const BIGNUM *primes[]);
OSSL_DEPRECATEDIN_3_0 const BIGNUM *RSA_get0_n(const RSA *d);
OSSL_DEPRECATEDIN_3_0 const BIGNUM *RSA_get0_p(const RSA *d);
OSSL_DEPRECATEDIN_3_0 const RSA_PSS_PARAMS *RSA_get0_pss_params(const RSA *r);
OSSL_DEPRECATEDIN_3_0 const BIGNUM *RSA_get0_q(const RSA *d);
OSSL_DEPRECATEDIN_3_0 const RSA_METHOD *RSA_get_default_method(void);
OSSL_DEPRECATEDIN_3_0 void *RSA_get_ex_data(const RSA *r, int idx);
OSSL_DEPRECATEDIN_3_0 const RSA_METHOD *RSA_get_method(const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int RSA_get_multi_prime_extra_count(const RSA *r);
OSSL_DEPRECATEDIN_3_0 int RSA_get_version(RSA *r);
OSSL_DEPRECATEDIN_3_0 RSA_METHOD *RSA_meth_dup(const RSA_METHOD *meth);
OSSL_DEPRECATEDIN_3_0 void RSA_meth_free(RSA_METHOD *meth);
OSSL_DEPRECATEDIN_3_0 void *RSA_meth_get0_app_data(const RSA_METHOD *meth);
OSSL_DEPRECATEDIN_3_0 const char *RSA_meth_get0_name(const RSA_METHOD *meth);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_bn_mod_exp(const RSA_METHOD *meth))(BIGNUM *r, const BIGNUM *a,
                                                                             const BIGNUM *p, const BIGNUM *m,
                                                                             BN_CTX *ctx, BN_MONT_CTX *m_ctx);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_finish(const RSA_METHOD *meth))(RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int RSA_meth_get_flags(const RSA_METHOD *meth);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_init(const RSA_METHOD *meth))(RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_keygen(const RSA_METHOD *meth))(RSA *rsa, int bits, BIGNUM *e,
                                                                         BN_GENCB *cb);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_mod_exp(const RSA_METHOD *meth))(BIGNUM *r0, const BIGNUM *i,
                                                                          RSA *rsa, BN_CTX *ctx);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_multi_prime_keygen(const RSA_METHOD *meth))(RSA *rsa, int bits,
                                                                                     int primes, BIGNUM *e,
                                                                                     BN_GENCB *cb);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_priv_dec(const RSA_METHOD *meth))(int flen,
                                                                           const unsigned char *from,
                                                                           unsigned char *to, RSA *rsa,
                                                                           int padding);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_priv_enc(const RSA_METHOD *meth))(int flen,
                                                                           const unsigned char *from,
                                                                           unsigned char *to, RSA *rsa,
                                                                           int padding);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_pub_dec(const RSA_METHOD *meth))(int flen, const unsigned char *from,
                                                                          unsigned char *to, RSA *rsa,
                                                                          int padding);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_pub_enc(const RSA_METHOD *meth))(int flen, const unsigned char *from,
                                                                          unsigned char *to, RSA *rsa,
                                                                          int padding);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_sign(const RSA_METHOD *meth))(int type, const unsigned char *m,
                                                                       unsigned int m_length,
                                                                       unsigned char *sigret,
                                                                       unsigned int *siglen, const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int (*RSA_meth_get_verify(const RSA_METHOD *meth))(int dtype, const unsigned char *m,
                                                                         unsigned int m_length,
                                                                         const unsigned char *sigbuf,
                                                                         unsigned int siglen, const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 RSA_METHOD *RSA_meth_new(const char *name, int flags);
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set0_app_data(RSA_METHOD *meth, void *app_data);
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set1_name(RSA_METHOD *meth, const char *name);
OSSL_DEPRECATEDIN_3_0 int
RSA_meth_set_bn_mod_exp(RSA_METHOD *rsa, int (*bn_mod_exp)(BIGNUM *r, const BIGNUM *a, const BIGNUM *p,
                                                           const BIGNUM *m, BN_CTX *ctx, BN_MONT_CTX *m_ctx));
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set_finish(RSA_METHOD *rsa, int (*finish)(RSA *rsa));
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set_flags(RSA_METHOD *meth, int flags);
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set_init(RSA_METHOD *rsa, int (*init)(RSA *rsa));
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set_keygen(RSA_METHOD *rsa,
                                              int (*keygen)(RSA *rsa, int bits, BIGNUM *e, BN_GENCB *cb));
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set_mod_exp(RSA_METHOD *rsa, int (*mod_exp)(BIGNUM *r0, const BIGNUM *i,
                                                                               RSA *rsa, BN_CTX *ctx));
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set_multi_prime_keygen(RSA_METHOD *meth,
                                                          int (*keygen)(RSA *rsa, int bits, int primes,
                                                                        BIGNUM *e, BN_GENCB *cb));
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set_priv_dec(RSA_METHOD *rsa,
                                                int (*priv_dec)(int flen, const unsigned char *from,
                                                                unsigned char *to, RSA *rsa, int padding));
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set_priv_enc(RSA_METHOD *rsa,
                                                int (*priv_enc)(int flen, const unsigned char *from,
                                                                unsigned char *to, RSA *rsa, int padding));
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set_pub_dec(RSA_METHOD *rsa,
                                               int (*pub_dec)(int flen, const unsigned char *from,
                                                              unsigned char *to, RSA *rsa, int padding));
OSSL_DEPRECATEDIN_3_0 int RSA_meth_set_pub_enc(RSA_METHOD *rsa,
                                               int (*pub_enc)(int flen, const unsigned char *from,
                                                              unsigned char *to, RSA *rsa, int padding));
OSSL_DEPRECATEDIN_3_0 int
RSA_meth_set_sign(RSA_METHOD *rsa, int (*sign)(int type, const unsigned char *m, unsigned int m_length,
                                               unsigned char *sigret, unsigned int *siglen, const RSA *rsa));
OSSL_DEPRECATEDIN_3_0 int
RSA_meth_set_verify(RSA_METHOD *rsa,
                    int (*verify)(int dtype, const unsigned char *m, unsigned int m_length,
                                  const unsigned char *sigbuf, unsigned int siglen, const RSA *rsa));
OSSL_DEPRECATEDIN_3_0 RSA *RSA_new(void);
OSSL_DEPRECATEDIN_3_0 RSA *RSA_new_method(ENGINE *engine);
OSSL_DEPRECATEDIN_3_0 const RSA_METHOD *RSA_null_method(void);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_add_PKCS1_OAEP(unsigned char *to, int tlen, const unsigned char *f,
                                                     int fl, const unsigned char *p, int pl);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_add_PKCS1_OAEP_mgf1(unsigned char *to, int tlen,
                                                          const unsigned char *from, int flen,
                                                          const unsigned char *param, int plen,
                                                          const EVP_MD *md, const EVP_MD *mgf1md);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_add_PKCS1_PSS(RSA *rsa, unsigned char *EM, const unsigned char *mHash,
                                                    const EVP_MD *Hash, int sLen);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_add_PKCS1_PSS_mgf1(RSA *rsa, unsigned char *EM,
                                                         const unsigned char *mHash, const EVP_MD *Hash,
                                                         const EVP_MD *mgf1Hash, int sLen);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_add_PKCS1_type_1(unsigned char *to, int tlen, const unsigned char *f,
                                                       int fl);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_add_PKCS1_type_2(unsigned char *to, int tlen, const unsigned char *f,
                                                       int fl);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_add_X931(unsigned char *to, int tlen, const unsigned char *f, int fl);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_add_none(unsigned char *to, int tlen, const unsigned char *f, int fl);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_check_PKCS1_OAEP(unsigned char *to, int tlen, const unsigned char *f,
                                                       int fl, int rsa_len, const unsigned char *p, int pl);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_check_PKCS1_OAEP_mgf1(unsigned char *to, int tlen,
                                                            const unsigned char *from, int flen, int num,
                                                            const unsigned char *param, int plen,
                                                            const EVP_MD *md, const EVP_MD *mgf1md);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_check_PKCS1_type_1(unsigned char *to, int tlen, const unsigned char *f,
                                                         int fl, int rsa_len);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_check_PKCS1_type_2(unsigned char *to, int tlen, const unsigned char *f,
                                                         int fl, int rsa_len);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_check_X931(unsigned char *to, int tlen, const unsigned char *f, int fl,
                                                 int rsa_len);
OSSL_DEPRECATEDIN_3_0 int RSA_padding_check_none(unsigned char *to, int tlen, const unsigned char *f, int fl,
                                                 int rsa_len);
OSSL_DEPRECATEDIN_3_0 int RSA_print(BIO *bp, const RSA *r, int offset);
OSSL_DEPRECATEDIN_3_0 int RSA_print_fp(FILE *fp, const RSA *r, int offset);
OSSL_DEPRECATEDIN_3_0 int RSA_private_decrypt(int flen, const unsigned char *from, unsigned char *to,
                                              RSA *rsa, int padding);
OSSL_DEPRECATEDIN_3_0 int RSA_private_encrypt(int flen, const unsigned char *from, unsigned char *to,
                                              RSA *rsa, int padding);
OSSL_DEPRECATEDIN_3_0 int RSA_public_decrypt(int flen, const unsigned char *from, unsigned char *to, RSA *rsa,
                                             int padding);
OSSL_DEPRECATEDIN_3_0 int RSA_public_encrypt(int flen, const unsigned char *from, unsigned char *to, RSA *rsa,
                                             int padding);
OSSL_DEPRECATEDIN_3_0 int RSA_security_bits(const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int RSA_set0_crt_params(RSA *r, BIGNUM *dmp1, BIGNUM *dmq1, BIGNUM *iqmp);
OSSL_DEPRECATEDIN_3_0 int RSA_set0_factors(RSA *r, BIGNUM *p, BIGNUM *q);
OSSL_DEPRECATEDIN_3_0 int RSA_set0_key(RSA *r, BIGNUM *n, BIGNUM *e, BIGNUM *d);
OSSL_DEPRECATEDIN_3_0 int RSA_set0_multi_prime_params(RSA *r, BIGNUM *primes[], BIGNUM *exps[],
                                                      BIGNUM *coeffs[], int pnum);
OSSL_DEPRECATEDIN_3_0 void RSA_set_default_method(const RSA_METHOD *meth);
OSSL_DEPRECATEDIN_3_0 int RSA_set_ex_data(RSA *r, int idx, void *arg);
OSSL_DEPRECATEDIN_3_0 void RSA_set_flags(RSA *r, int flags);
OSSL_DEPRECATEDIN_3_0 int RSA_set_method(RSA *rsa, const RSA_METHOD *meth);
OSSL_DEPRECATEDIN_3_0 BN_BLINDING *RSA_setup_blinding(RSA *rsa, BN_CTX *ctx);
OSSL_DEPRECATEDIN_3_0 int RSA_sign(int type, const unsigned char *m, unsigned int m_length,
                                   unsigned char *sigret, unsigned int *siglen, RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int RSA_sign_ASN1_OCTET_STRING(int type, const unsigned char *m, unsigned int m_length,
                                                     unsigned char *sigret, unsigned int *siglen, RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int RSA_size(const RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int RSA_test_flags(const RSA *r, int flags);
OSSL_DEPRECATEDIN_3_0 int RSA_up_ref(RSA *r);
OSSL_DEPRECATEDIN_3_0 int RSA_verify(int type, const unsigned char *m, unsigned int m_length,
                                     const unsigned char *sigbuf, unsigned int siglen, RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int RSA_verify_ASN1_OCTET_STRING(int type, const unsigned char *m,
                                                       unsigned int m_length, unsigned char *sigbuf,
                                                       unsigned int siglen, RSA *rsa);
OSSL_DEPRECATEDIN_3_0 int RSA_verify_PKCS1_PSS(RSA *rsa, const unsigned char *mHash, const EVP_MD *Hash,
                                               const unsigned char *EM, int sLen);
OSSL_DEPRECATEDIN_3_0 int RSA_verify_PKCS1_PSS_mgf1(RSA *rsa, const unsigned char *mHash, const EVP_MD *Hash,
                                                    const EVP_MD *mgf1Hash, const unsigned char *EM,
                                                    int sLen);
OSSL_DEPRECATEDIN_3_0 RSA *d2i_RSAPrivateKey(RSA **a, const unsigned char **in, long len);
OSSL_DEPRECATEDIN_3_0 RSA *d2i_RSAPublicKey(RSA **a, const unsigned char **in, long len);
OSSL_DEPRECATEDIN_3_0 int i2d_RSAPrivateKey(const RSA *a, unsigned char **out);
OSSL_DEPRECATEDIN_3_0 int i2d_RSAPublicKey(const RSA *a, unsigned char **out);
#endif

#ifdef __cplusplus
}
#endif
#endif
