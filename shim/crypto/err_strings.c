/* The error strings OpenSSL 3.0 prints, keyed by ERR_PACK(lib, 0, reason).
 *
 * The text is data observed from the real libcrypto 3.0 (ERR_lib_error_string/ERR_reason_error_string),
 * the numbers come from the public headers by name. Each entry is guarded by its macro so the table compiles
 * whatever subset of the *err.h constants a header set provides. Library names are entries with reason 0,
 * common ERR_R_* reasons are stored with lib 0 (the lookup falls back to lib 0), like OpenSSL.
 * SSL reasons are not here: the SSL layer registers its own table with ERR_load_strings_const(). */
#include <openssl/err.h>
#include <openssl/asn1err.h>
#include <openssl/bioerr.h>
#include <openssl/conferr.h>
#include <openssl/cryptoerr.h>
#include <openssl/ecerr.h>
#include <openssl/evperr.h>
#include <openssl/objectserr.h>
#include <openssl/pemerr.h>
#include <openssl/randerr.h>
#include <openssl/rsaerr.h>
#include <openssl/x509err.h>
#include <openssl/x509v3err.h>
#include "crypto/crypto_local.h"

/* clang-format off */
const ERR_STRING_DATA mbs_err_builtin_strings[] = {
/* library names */
#ifdef ERR_LIB_NONE
    {ERR_PACK(ERR_LIB_NONE, 0, 0), "unknown library"},
#endif
#ifdef ERR_LIB_SYS
    {ERR_PACK(ERR_LIB_SYS, 0, 0), "system library"},
#endif
#ifdef ERR_LIB_BN
    {ERR_PACK(ERR_LIB_BN, 0, 0), "bignum routines"},
#endif
#ifdef ERR_LIB_RSA
    {ERR_PACK(ERR_LIB_RSA, 0, 0), "rsa routines"},
#endif
#ifdef ERR_LIB_DH
    {ERR_PACK(ERR_LIB_DH, 0, 0), "Diffie-Hellman routines"},
#endif
#ifdef ERR_LIB_EVP
    {ERR_PACK(ERR_LIB_EVP, 0, 0), "digital envelope routines"},
#endif
#ifdef ERR_LIB_BUF
    {ERR_PACK(ERR_LIB_BUF, 0, 0), "memory buffer routines"},
#endif
#ifdef ERR_LIB_OBJ
    {ERR_PACK(ERR_LIB_OBJ, 0, 0), "object identifier routines"},
#endif
#ifdef ERR_LIB_PEM
    {ERR_PACK(ERR_LIB_PEM, 0, 0), "PEM routines"},
#endif
#ifdef ERR_LIB_DSA
    {ERR_PACK(ERR_LIB_DSA, 0, 0), "dsa routines"},
#endif
#ifdef ERR_LIB_X509
    {ERR_PACK(ERR_LIB_X509, 0, 0), "x509 certificate routines"},
#endif
#ifdef ERR_LIB_ASN1
    {ERR_PACK(ERR_LIB_ASN1, 0, 0), "asn1 encoding routines"},
#endif
#ifdef ERR_LIB_CONF
    {ERR_PACK(ERR_LIB_CONF, 0, 0), "configuration file routines"},
#endif
#ifdef ERR_LIB_CRYPTO
    {ERR_PACK(ERR_LIB_CRYPTO, 0, 0), "common libcrypto routines"},
#endif
#ifdef ERR_LIB_EC
    {ERR_PACK(ERR_LIB_EC, 0, 0), "elliptic curve routines"},
#endif
#ifdef ERR_LIB_SSL
    {ERR_PACK(ERR_LIB_SSL, 0, 0), "SSL routines"},
#endif
#ifdef ERR_LIB_BIO
    {ERR_PACK(ERR_LIB_BIO, 0, 0), "BIO routines"},
#endif
#ifdef ERR_LIB_PKCS7
    {ERR_PACK(ERR_LIB_PKCS7, 0, 0), "PKCS7 routines"},
#endif
#ifdef ERR_LIB_X509V3
    {ERR_PACK(ERR_LIB_X509V3, 0, 0), "X509 V3 routines"},
#endif
#ifdef ERR_LIB_PKCS12
    {ERR_PACK(ERR_LIB_PKCS12, 0, 0), "PKCS12 routines"},
#endif
#ifdef ERR_LIB_RAND
    {ERR_PACK(ERR_LIB_RAND, 0, 0), "random number generator"},
#endif
#ifdef ERR_LIB_DSO
    {ERR_PACK(ERR_LIB_DSO, 0, 0), "DSO support routines"},
#endif
#ifdef ERR_LIB_ENGINE
    {ERR_PACK(ERR_LIB_ENGINE, 0, 0), "engine routines"},
#endif
#ifdef ERR_LIB_OCSP
    {ERR_PACK(ERR_LIB_OCSP, 0, 0), "OCSP routines"},
#endif
#ifdef ERR_LIB_UI
    {ERR_PACK(ERR_LIB_UI, 0, 0), "UI routines"},
#endif
#ifdef ERR_LIB_ECDSA
    {ERR_PACK(ERR_LIB_ECDSA, 0, 0), "ECDSA routines"},
#endif
#ifdef ERR_LIB_ECDH
    {ERR_PACK(ERR_LIB_ECDH, 0, 0), "ECDH routines"},
#endif
#ifdef ERR_LIB_OSSL_STORE
    {ERR_PACK(ERR_LIB_OSSL_STORE, 0, 0), "STORE routines"},
#endif
#ifdef ERR_LIB_FIPS
    {ERR_PACK(ERR_LIB_FIPS, 0, 0), "FIPS routines"},
#endif
#ifdef ERR_LIB_CMS
    {ERR_PACK(ERR_LIB_CMS, 0, 0), "CMS routines"},
#endif
#ifdef ERR_LIB_TS
    {ERR_PACK(ERR_LIB_TS, 0, 0), "time stamp routines"},
#endif
#ifdef ERR_LIB_HMAC
    {ERR_PACK(ERR_LIB_HMAC, 0, 0), "HMAC routines"},
#endif
#ifdef ERR_LIB_CT
    {ERR_PACK(ERR_LIB_CT, 0, 0), "CT routines"},
#endif
#ifdef ERR_LIB_ASYNC
    {ERR_PACK(ERR_LIB_ASYNC, 0, 0), "ASYNC routines"},
#endif
#ifdef ERR_LIB_KDF
    {ERR_PACK(ERR_LIB_KDF, 0, 0), "KDF routines"},
#endif
#ifdef ERR_LIB_SM2
    {ERR_PACK(ERR_LIB_SM2, 0, 0), "SM2 routines"},
#endif
#ifdef ERR_LIB_ESS
    {ERR_PACK(ERR_LIB_ESS, 0, 0), "ESS routines"},
#endif
#ifdef ERR_LIB_CRMF
    {ERR_PACK(ERR_LIB_CRMF, 0, 0), "CRMF routines"},
#endif
#ifdef ERR_LIB_PROV
    {ERR_PACK(ERR_LIB_PROV, 0, 0), "Provider routines"},
#endif
#ifdef ERR_LIB_CMP
    {ERR_PACK(ERR_LIB_CMP, 0, 0), "CMP routines"},
#endif
#ifdef ERR_LIB_OSSL_ENCODER
    {ERR_PACK(ERR_LIB_OSSL_ENCODER, 0, 0), "ENCODER routines"},
#endif
#ifdef ERR_LIB_OSSL_DECODER
    {ERR_PACK(ERR_LIB_OSSL_DECODER, 0, 0), "DECODER routines"},
#endif
#ifdef ERR_LIB_HTTP
    {ERR_PACK(ERR_LIB_HTTP, 0, 0), "HTTP routines"},
#endif
/* ERR_R_* reasons, common to every library (looked up with lib 0) */
#ifdef ERR_R_SYS_LIB
    {ERR_PACK(0, 0, ERR_R_SYS_LIB), "system lib"},
#endif
#ifdef ERR_R_BN_LIB
    {ERR_PACK(0, 0, ERR_R_BN_LIB), "BN lib"},
#endif
#ifdef ERR_R_RSA_LIB
    {ERR_PACK(0, 0, ERR_R_RSA_LIB), "RSA lib"},
#endif
#ifdef ERR_R_DH_LIB
    {ERR_PACK(0, 0, ERR_R_DH_LIB), "DH lib"},
#endif
#ifdef ERR_R_EVP_LIB
    {ERR_PACK(0, 0, ERR_R_EVP_LIB), "EVP lib"},
#endif
#ifdef ERR_R_BUF_LIB
    {ERR_PACK(0, 0, ERR_R_BUF_LIB), "BUF lib"},
#endif
#ifdef ERR_R_OBJ_LIB
    {ERR_PACK(0, 0, ERR_R_OBJ_LIB), "OBJ lib"},
#endif
#ifdef ERR_R_PEM_LIB
    {ERR_PACK(0, 0, ERR_R_PEM_LIB), "PEM lib"},
#endif
#ifdef ERR_R_DSA_LIB
    {ERR_PACK(0, 0, ERR_R_DSA_LIB), "DSA lib"},
#endif
#ifdef ERR_R_X509_LIB
    {ERR_PACK(0, 0, ERR_R_X509_LIB), "X509 lib"},
#endif
#ifdef ERR_R_ASN1_LIB
    {ERR_PACK(0, 0, ERR_R_ASN1_LIB), "ASN1 lib"},
#endif
#ifdef ERR_R_CRYPTO_LIB
    {ERR_PACK(0, 0, ERR_R_CRYPTO_LIB), "CRYPTO lib"},
#endif
#ifdef ERR_R_EC_LIB
    {ERR_PACK(0, 0, ERR_R_EC_LIB), "EC lib"},
#endif
#ifdef ERR_R_BIO_LIB
    {ERR_PACK(0, 0, ERR_R_BIO_LIB), "BIO lib"},
#endif
#ifdef ERR_R_PKCS7_LIB
    {ERR_PACK(0, 0, ERR_R_PKCS7_LIB), "PKCS7 lib"},
#endif
#ifdef ERR_R_X509V3_LIB
    {ERR_PACK(0, 0, ERR_R_X509V3_LIB), "X509V3 lib"},
#endif
#ifdef ERR_R_ENGINE_LIB
    {ERR_PACK(0, 0, ERR_R_ENGINE_LIB), "ENGINE lib"},
#endif
#ifdef ERR_R_UI_LIB
    {ERR_PACK(0, 0, ERR_R_UI_LIB), "UI lib"},
#endif
#ifdef ERR_R_ECDSA_LIB
    {ERR_PACK(0, 0, ERR_R_ECDSA_LIB), "ECDSA lib"},
#endif
#ifdef ERR_R_OSSL_STORE_LIB
    {ERR_PACK(0, 0, ERR_R_OSSL_STORE_LIB), "OSSL_STORE lib"},
#endif
#ifdef ERR_R_OSSL_DECODER_LIB
    {ERR_PACK(0, 0, ERR_R_OSSL_DECODER_LIB), "OSSL_DECODER lib"},
#endif
#ifdef ERR_R_FATAL
    {ERR_PACK(0, 0, ERR_R_FATAL), "fatal"},
#endif
#ifdef ERR_R_MALLOC_FAILURE
    {ERR_PACK(0, 0, ERR_R_MALLOC_FAILURE), "malloc failure"},
#endif
#ifdef ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED
    {ERR_PACK(0, 0, ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED), "called a function you should not call"},
#endif
#ifdef ERR_R_PASSED_NULL_PARAMETER
    {ERR_PACK(0, 0, ERR_R_PASSED_NULL_PARAMETER), "passed a null parameter"},
#endif
#ifdef ERR_R_INTERNAL_ERROR
    {ERR_PACK(0, 0, ERR_R_INTERNAL_ERROR), "internal error"},
#endif
#ifdef ERR_R_DISABLED
    {ERR_PACK(0, 0, ERR_R_DISABLED), "called a function that was disabled at compile-time"},
#endif
#ifdef ERR_R_INIT_FAIL
    {ERR_PACK(0, 0, ERR_R_INIT_FAIL), "init fail"},
#endif
#ifdef ERR_R_PASSED_INVALID_ARGUMENT
    {ERR_PACK(0, 0, ERR_R_PASSED_INVALID_ARGUMENT), "passed invalid argument"},
#endif
#ifdef ERR_R_OPERATION_FAIL
    {ERR_PACK(0, 0, ERR_R_OPERATION_FAIL), "operation fail"},
#endif
#ifdef ERR_R_INVALID_PROVIDER_FUNCTIONS
    {ERR_PACK(0, 0, ERR_R_INVALID_PROVIDER_FUNCTIONS), "invalid provider functions"},
#endif
#ifdef ERR_R_INTERRUPTED_OR_CANCELLED
    {ERR_PACK(0, 0, ERR_R_INTERRUPTED_OR_CANCELLED), "interrupted or cancelled"},
#endif
#ifdef ERR_R_NESTED_ASN1_ERROR
    {ERR_PACK(0, 0, ERR_R_NESTED_ASN1_ERROR), "nested asn1 error"},
#endif
#ifdef ERR_R_MISSING_ASN1_EOS
    {ERR_PACK(0, 0, ERR_R_MISSING_ASN1_EOS), "missing asn1 eos"},
#endif
#ifdef ERR_R_UNSUPPORTED
    {ERR_PACK(0, 0, ERR_R_UNSUPPORTED), "unsupported"},
#endif
#ifdef ERR_R_FETCH_FAILED
    {ERR_PACK(0, 0, ERR_R_FETCH_FAILED), "fetch failed"},
#endif
#ifdef ERR_R_INVALID_PROPERTY_DEFINITION
    {ERR_PACK(0, 0, ERR_R_INVALID_PROPERTY_DEFINITION), "invalid property definition"},
#endif
#ifdef ERR_R_UNABLE_TO_GET_READ_LOCK
    {ERR_PACK(0, 0, ERR_R_UNABLE_TO_GET_READ_LOCK), "unable to get read lock"},
#endif
#ifdef ERR_R_UNABLE_TO_GET_WRITE_LOCK
    {ERR_PACK(0, 0, ERR_R_UNABLE_TO_GET_WRITE_LOCK), "unable to get write lock"},
#endif
/* per-library reasons */
#ifdef BIO_R_ACCEPT_ERROR
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_ACCEPT_ERROR), "accept error"},
#endif
#ifdef BIO_R_ADDRINFO_ADDR_IS_NOT_AF_INET
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_ADDRINFO_ADDR_IS_NOT_AF_INET), "addrinfo addr is not af inet"},
#endif
#ifdef BIO_R_AMBIGUOUS_HOST_OR_SERVICE
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_AMBIGUOUS_HOST_OR_SERVICE), "ambiguous host or service"},
#endif
#ifdef BIO_R_BAD_FOPEN_MODE
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BAD_FOPEN_MODE), "bad fopen mode"},
#endif
#ifdef BIO_R_BROKEN_PIPE
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_BROKEN_PIPE), "broken pipe"},
#endif
#ifdef BIO_R_CONNECT_ERROR
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_CONNECT_ERROR), "connect error"},
#endif
#ifdef BIO_R_CONNECT_TIMEOUT
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_CONNECT_TIMEOUT), "connect timeout"},
#endif
#ifdef BIO_R_GETHOSTBYNAME_ADDR_IS_NOT_AF_INET
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_GETHOSTBYNAME_ADDR_IS_NOT_AF_INET), "gethostbyname addr is not af inet"},
#endif
#ifdef BIO_R_GETSOCKNAME_ERROR
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_GETSOCKNAME_ERROR), "getsockname error"},
#endif
#ifdef BIO_R_GETSOCKNAME_TRUNCATED_ADDRESS
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_GETSOCKNAME_TRUNCATED_ADDRESS), "getsockname truncated address"},
#endif
#ifdef BIO_R_GETTING_SOCKTYPE
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_GETTING_SOCKTYPE), "getting socktype"},
#endif
#ifdef BIO_R_INVALID_ARGUMENT
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_INVALID_ARGUMENT), "invalid argument"},
#endif
#ifdef BIO_R_INVALID_SOCKET
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_INVALID_SOCKET), "invalid socket"},
#endif
#ifdef BIO_R_IN_USE
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_IN_USE), "in use"},
#endif
#ifdef BIO_R_LENGTH_TOO_LONG
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_LENGTH_TOO_LONG), "length too long"},
#endif
#ifdef BIO_R_LISTEN_V6_ONLY
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_LISTEN_V6_ONLY), "listen v6 only"},
#endif
#ifdef BIO_R_LOOKUP_RETURNED_NOTHING
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_LOOKUP_RETURNED_NOTHING), "lookup returned nothing"},
#endif
#ifdef BIO_R_MALFORMED_HOST_OR_SERVICE
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_MALFORMED_HOST_OR_SERVICE), "malformed host or service"},
#endif
#ifdef BIO_R_NBIO_CONNECT_ERROR
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_NBIO_CONNECT_ERROR), "nbio connect error"},
#endif
#ifdef BIO_R_NO_ACCEPT_ADDR_OR_SERVICE_SPECIFIED
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_NO_ACCEPT_ADDR_OR_SERVICE_SPECIFIED), "no accept addr or service specified"},
#endif
#ifdef BIO_R_NO_HOSTNAME_OR_SERVICE_SPECIFIED
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_NO_HOSTNAME_OR_SERVICE_SPECIFIED), "no hostname or service specified"},
#endif
#ifdef BIO_R_NO_PORT_DEFINED
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_NO_PORT_DEFINED), "no port defined"},
#endif
#ifdef BIO_R_NO_SUCH_FILE
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_NO_SUCH_FILE), "no such file"},
#endif
#ifdef BIO_R_TRANSFER_ERROR
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_TRANSFER_ERROR), "transfer error"},
#endif
#ifdef BIO_R_TRANSFER_TIMEOUT
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_TRANSFER_TIMEOUT), "transfer timeout"},
#endif
#ifdef BIO_R_UNABLE_TO_BIND_SOCKET
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNABLE_TO_BIND_SOCKET), "unable to bind socket"},
#endif
#ifdef BIO_R_UNABLE_TO_CREATE_SOCKET
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNABLE_TO_CREATE_SOCKET), "unable to create socket"},
#endif
#ifdef BIO_R_UNABLE_TO_KEEPALIVE
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNABLE_TO_KEEPALIVE), "unable to keepalive"},
#endif
#ifdef BIO_R_UNABLE_TO_LISTEN_SOCKET
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNABLE_TO_LISTEN_SOCKET), "unable to listen socket"},
#endif
#ifdef BIO_R_UNABLE_TO_NODELAY
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNABLE_TO_NODELAY), "unable to nodelay"},
#endif
#ifdef BIO_R_UNABLE_TO_REUSEADDR
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNABLE_TO_REUSEADDR), "unable to reuseaddr"},
#endif
#ifdef BIO_R_UNAVAILABLE_IP_FAMILY
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNAVAILABLE_IP_FAMILY), "unavailable ip family"},
#endif
#ifdef BIO_R_UNINITIALIZED
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNINITIALIZED), "uninitialized"},
#endif
#ifdef BIO_R_UNKNOWN_INFO_TYPE
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNKNOWN_INFO_TYPE), "unknown info type"},
#endif
#ifdef BIO_R_UNSUPPORTED_IP_FAMILY
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNSUPPORTED_IP_FAMILY), "unsupported ip family"},
#endif
#ifdef BIO_R_UNSUPPORTED_METHOD
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNSUPPORTED_METHOD), "unsupported method"},
#endif
#ifdef BIO_R_UNSUPPORTED_PROTOCOL_FAMILY
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_UNSUPPORTED_PROTOCOL_FAMILY), "unsupported protocol family"},
#endif
#ifdef BIO_R_WRITE_TO_READ_ONLY_BIO
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_WRITE_TO_READ_ONLY_BIO), "write to read only BIO"},
#endif
#ifdef BIO_R_WSASTARTUP
    {ERR_PACK(ERR_LIB_BIO, 0, BIO_R_WSASTARTUP), "WSAStartup"},
#endif
#ifdef X509_R_AKID_MISMATCH
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_AKID_MISMATCH), "akid mismatch"},
#endif
#ifdef X509_R_BAD_SELECTOR
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_BAD_SELECTOR), "bad selector"},
#endif
#ifdef X509_R_BAD_X509_FILETYPE
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_BAD_X509_FILETYPE), "bad x509 filetype"},
#endif
#ifdef X509_R_BASE64_DECODE_ERROR
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_BASE64_DECODE_ERROR), "base64 decode error"},
#endif
#ifdef X509_R_CANT_CHECK_DH_KEY
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_CANT_CHECK_DH_KEY), "cant check dh key"},
#endif
#ifdef X509_R_CERTIFICATE_VERIFICATION_FAILED
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_CERTIFICATE_VERIFICATION_FAILED), "certificate verification failed"},
#endif
#ifdef X509_R_CERT_ALREADY_IN_HASH_TABLE
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_CERT_ALREADY_IN_HASH_TABLE), "cert already in hash table"},
#endif
#ifdef X509_R_CRL_ALREADY_DELTA
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_CRL_ALREADY_DELTA), "crl already delta"},
#endif
#ifdef X509_R_CRL_SIGNATURE_ALGORITHM_MISMATCH
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_CRL_SIGNATURE_ALGORITHM_MISMATCH), "crl signature algorithm mismatch"},
#endif
#ifdef X509_R_CRL_VERIFY_FAILURE
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_CRL_VERIFY_FAILURE), "crl verify failure"},
#endif
#ifdef X509_R_DUPLICATE_ATTRIBUTE
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_DUPLICATE_ATTRIBUTE), "duplicate attribute"},
#endif
#ifdef X509_R_ERROR_GETTING_MD_BY_NID
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_ERROR_GETTING_MD_BY_NID), "error getting md by nid"},
#endif
#ifdef X509_R_ERROR_USING_SIGINF_SET
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_ERROR_USING_SIGINF_SET), "error using siginf set"},
#endif
#ifdef X509_R_IDP_MISMATCH
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_IDP_MISMATCH), "idp mismatch"},
#endif
#ifdef X509_R_INVALID_ATTRIBUTES
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_INVALID_ATTRIBUTES), "invalid attributes"},
#endif
#ifdef X509_R_INVALID_DIRECTORY
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_INVALID_DIRECTORY), "invalid directory"},
#endif
#ifdef X509_R_INVALID_DISTPOINT
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_INVALID_DISTPOINT), "invalid distpoint"},
#endif
#ifdef X509_R_INVALID_FIELD_NAME
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_INVALID_FIELD_NAME), "invalid field name"},
#endif
#ifdef X509_R_INVALID_TRUST
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_INVALID_TRUST), "invalid trust"},
#endif
#ifdef X509_R_ISSUER_MISMATCH
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_ISSUER_MISMATCH), "issuer mismatch"},
#endif
#ifdef X509_R_KEY_TYPE_MISMATCH
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_KEY_TYPE_MISMATCH), "key type mismatch"},
#endif
#ifdef X509_R_KEY_VALUES_MISMATCH
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_KEY_VALUES_MISMATCH), "key values mismatch"},
#endif
#ifdef X509_R_LOADING_CERT_DIR
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_LOADING_CERT_DIR), "loading cert dir"},
#endif
#ifdef X509_R_LOADING_DEFAULTS
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_LOADING_DEFAULTS), "loading defaults"},
#endif
#ifdef X509_R_METHOD_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_METHOD_NOT_SUPPORTED), "method not supported"},
#endif
#ifdef X509_R_NAME_TOO_LONG
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_NAME_TOO_LONG), "name too long"},
#endif
#ifdef X509_R_NEWER_CRL_NOT_NEWER
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_NEWER_CRL_NOT_NEWER), "newer crl not newer"},
#endif
#ifdef X509_R_NO_CERTIFICATE_FOUND
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_NO_CERTIFICATE_FOUND), "no certificate found"},
#endif
#ifdef X509_R_NO_CERTIFICATE_OR_CRL_FOUND
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_NO_CERTIFICATE_OR_CRL_FOUND), "no certificate or crl found"},
#endif
#ifdef X509_R_NO_CERT_SET_FOR_US_TO_VERIFY
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_NO_CERT_SET_FOR_US_TO_VERIFY), "no cert set for us to verify"},
#endif
#ifdef X509_R_NO_CRL_FOUND
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_NO_CRL_FOUND), "no crl found"},
#endif
#ifdef X509_R_NO_CRL_NUMBER
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_NO_CRL_NUMBER), "no crl number"},
#endif
#ifdef X509_R_PUBLIC_KEY_DECODE_ERROR
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_PUBLIC_KEY_DECODE_ERROR), "public key decode error"},
#endif
#ifdef X509_R_PUBLIC_KEY_ENCODE_ERROR
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_PUBLIC_KEY_ENCODE_ERROR), "public key encode error"},
#endif
#ifdef X509_R_SHOULD_RETRY
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_SHOULD_RETRY), "should retry"},
#endif
#ifdef X509_R_UNABLE_TO_FIND_PARAMETERS_IN_CHAIN
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_UNABLE_TO_FIND_PARAMETERS_IN_CHAIN), "unable to find parameters in chain"},
#endif
#ifdef X509_R_UNABLE_TO_GET_CERTS_PUBLIC_KEY
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_UNABLE_TO_GET_CERTS_PUBLIC_KEY), "unable to get certs public key"},
#endif
#ifdef X509_R_UNKNOWN_KEY_TYPE
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_UNKNOWN_KEY_TYPE), "unknown key type"},
#endif
#ifdef X509_R_UNKNOWN_NID
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_UNKNOWN_NID), "unknown nid"},
#endif
#ifdef X509_R_UNKNOWN_PURPOSE_ID
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_UNKNOWN_PURPOSE_ID), "unknown purpose id"},
#endif
#ifdef X509_R_UNKNOWN_SIGID_ALGS
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_UNKNOWN_SIGID_ALGS), "unknown sigid algs"},
#endif
#ifdef X509_R_UNKNOWN_TRUST_ID
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_UNKNOWN_TRUST_ID), "unknown trust id"},
#endif
#ifdef X509_R_UNSUPPORTED_ALGORITHM
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_UNSUPPORTED_ALGORITHM), "unsupported algorithm"},
#endif
#ifdef X509_R_WRONG_LOOKUP_TYPE
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_WRONG_LOOKUP_TYPE), "wrong lookup type"},
#endif
#ifdef X509_R_WRONG_TYPE
    {ERR_PACK(ERR_LIB_X509, 0, X509_R_WRONG_TYPE), "wrong type"},
#endif
#ifdef X509V3_R_BAD_IP_ADDRESS
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_BAD_IP_ADDRESS), "bad ip address"},
#endif
#ifdef X509V3_R_BAD_OBJECT
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_BAD_OBJECT), "bad object"},
#endif
#ifdef X509V3_R_BN_DEC2BN_ERROR
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_BN_DEC2BN_ERROR), "bn dec2bn error"},
#endif
#ifdef X509V3_R_BN_TO_ASN1_INTEGER_ERROR
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_BN_TO_ASN1_INTEGER_ERROR), "bn to asn1 integer error"},
#endif
#ifdef X509V3_R_DIRNAME_ERROR
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_DIRNAME_ERROR), "dirname error"},
#endif
#ifdef X509V3_R_DISTPOINT_ALREADY_SET
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_DISTPOINT_ALREADY_SET), "distpoint already set"},
#endif
#ifdef X509V3_R_DUPLICATE_ZONE_ID
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_DUPLICATE_ZONE_ID), "duplicate zone id"},
#endif
#ifdef X509V3_R_EMPTY_KEY_USAGE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_EMPTY_KEY_USAGE), "empty key usage"},
#endif
#ifdef X509V3_R_ERROR_CONVERTING_ZONE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_ERROR_CONVERTING_ZONE), "error converting zone"},
#endif
#ifdef X509V3_R_ERROR_CREATING_EXTENSION
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_ERROR_CREATING_EXTENSION), "error creating extension"},
#endif
#ifdef X509V3_R_ERROR_IN_EXTENSION
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_ERROR_IN_EXTENSION), "error in extension"},
#endif
#ifdef X509V3_R_EXPECTED_A_SECTION_NAME
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_EXPECTED_A_SECTION_NAME), "expected a section name"},
#endif
#ifdef X509V3_R_EXTENSION_EXISTS
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_EXTENSION_EXISTS), "extension exists"},
#endif
#ifdef X509V3_R_EXTENSION_NAME_ERROR
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_EXTENSION_NAME_ERROR), "extension name error"},
#endif
#ifdef X509V3_R_EXTENSION_NOT_FOUND
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_EXTENSION_NOT_FOUND), "extension not found"},
#endif
#ifdef X509V3_R_EXTENSION_SETTING_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_EXTENSION_SETTING_NOT_SUPPORTED), "extension setting not supported"},
#endif
#ifdef X509V3_R_EXTENSION_VALUE_ERROR
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_EXTENSION_VALUE_ERROR), "extension value error"},
#endif
#ifdef X509V3_R_ILLEGAL_EMPTY_EXTENSION
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_ILLEGAL_EMPTY_EXTENSION), "illegal empty extension"},
#endif
#ifdef X509V3_R_INCORRECT_POLICY_SYNTAX_TAG
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INCORRECT_POLICY_SYNTAX_TAG), "incorrect policy syntax tag"},
#endif
#ifdef X509V3_R_INVALID_ASNUMBER
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_ASNUMBER), "invalid asnumber"},
#endif
#ifdef X509V3_R_INVALID_ASRANGE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_ASRANGE), "invalid asrange"},
#endif
#ifdef X509V3_R_INVALID_BOOLEAN_STRING
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_BOOLEAN_STRING), "invalid boolean string"},
#endif
#ifdef X509V3_R_INVALID_CERTIFICATE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_CERTIFICATE), "invalid certificate"},
#endif
#ifdef X509V3_R_INVALID_EMPTY_NAME
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_EMPTY_NAME), "invalid empty name"},
#endif
#ifdef X509V3_R_INVALID_EXTENSION_STRING
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_EXTENSION_STRING), "invalid extension string"},
#endif
#ifdef X509V3_R_INVALID_INHERITANCE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_INHERITANCE), "invalid inheritance"},
#endif
#ifdef X509V3_R_INVALID_IPADDRESS
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_IPADDRESS), "invalid ipaddress"},
#endif
#ifdef X509V3_R_INVALID_MULTIPLE_RDNS
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_MULTIPLE_RDNS), "invalid multiple rdns"},
#endif
#ifdef X509V3_R_INVALID_NAME
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_NAME), "invalid name"},
#endif
#ifdef X509V3_R_INVALID_NULL_ARGUMENT
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_NULL_ARGUMENT), "invalid null argument"},
#endif
#ifdef X509V3_R_INVALID_NULL_VALUE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_NULL_VALUE), "invalid null value"},
#endif
#ifdef X509V3_R_INVALID_NUMBER
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_NUMBER), "invalid number"},
#endif
#ifdef X509V3_R_INVALID_NUMBERS
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_NUMBERS), "invalid numbers"},
#endif
#ifdef X509V3_R_INVALID_OBJECT_IDENTIFIER
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_OBJECT_IDENTIFIER), "invalid object identifier"},
#endif
#ifdef X509V3_R_INVALID_OPTION
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_OPTION), "invalid option"},
#endif
#ifdef X509V3_R_INVALID_POLICY_IDENTIFIER
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_POLICY_IDENTIFIER), "invalid policy identifier"},
#endif
#ifdef X509V3_R_INVALID_PROXY_POLICY_SETTING
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_PROXY_POLICY_SETTING), "invalid proxy policy setting"},
#endif
#ifdef X509V3_R_INVALID_PURPOSE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_PURPOSE), "invalid purpose"},
#endif
#ifdef X509V3_R_INVALID_SAFI
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_SAFI), "invalid safi"},
#endif
#ifdef X509V3_R_INVALID_SECTION
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_SECTION), "invalid section"},
#endif
#ifdef X509V3_R_INVALID_SYNTAX
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_INVALID_SYNTAX), "invalid syntax"},
#endif
#ifdef X509V3_R_ISSUER_DECODE_ERROR
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_ISSUER_DECODE_ERROR), "issuer decode error"},
#endif
#ifdef X509V3_R_MISSING_VALUE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_MISSING_VALUE), "missing value"},
#endif
#ifdef X509V3_R_NEED_ORGANIZATION_AND_NUMBERS
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_NEED_ORGANIZATION_AND_NUMBERS), "need organization and numbers"},
#endif
#ifdef X509V3_R_NEGATIVE_PATHLEN
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_NEGATIVE_PATHLEN), "negative pathlen"},
#endif
#ifdef X509V3_R_NO_CONFIG_DATABASE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_NO_CONFIG_DATABASE), "no config database"},
#endif
#ifdef X509V3_R_NO_ISSUER_CERTIFICATE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_NO_ISSUER_CERTIFICATE), "no issuer certificate"},
#endif
#ifdef X509V3_R_NO_ISSUER_DETAILS
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_NO_ISSUER_DETAILS), "no issuer details"},
#endif
#ifdef X509V3_R_NO_POLICY_IDENTIFIER
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_NO_POLICY_IDENTIFIER), "no policy identifier"},
#endif
#ifdef X509V3_R_NO_PROXY_CERT_POLICY_LANGUAGE_DEFINED
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_NO_PROXY_CERT_POLICY_LANGUAGE_DEFINED), "no proxy cert policy language defined"},
#endif
#ifdef X509V3_R_NO_PUBLIC_KEY
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_NO_PUBLIC_KEY), "no public key"},
#endif
#ifdef X509V3_R_NO_SUBJECT_DETAILS
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_NO_SUBJECT_DETAILS), "no subject details"},
#endif
#ifdef X509V3_R_OPERATION_NOT_DEFINED
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_OPERATION_NOT_DEFINED), "operation not defined"},
#endif
#ifdef X509V3_R_OTHERNAME_ERROR
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_OTHERNAME_ERROR), "othername error"},
#endif
#ifdef X509V3_R_POLICY_LANGUAGE_ALREADY_DEFINED
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_POLICY_LANGUAGE_ALREADY_DEFINED), "policy language already defined"},
#endif
#ifdef X509V3_R_POLICY_PATH_LENGTH
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_POLICY_PATH_LENGTH), "policy path length"},
#endif
#ifdef X509V3_R_POLICY_PATH_LENGTH_ALREADY_DEFINED
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_POLICY_PATH_LENGTH_ALREADY_DEFINED), "policy path length already defined"},
#endif
#ifdef X509V3_R_POLICY_WHEN_PROXY_LANGUAGE_REQUIRES_NO_POLICY
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_POLICY_WHEN_PROXY_LANGUAGE_REQUIRES_NO_POLICY), "policy when proxy language requires no policy"},
#endif
#ifdef X509V3_R_SECTION_NOT_FOUND
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_SECTION_NOT_FOUND), "section not found"},
#endif
#ifdef X509V3_R_UNABLE_TO_GET_ISSUER_DETAILS
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_UNABLE_TO_GET_ISSUER_DETAILS), "unable to get issuer details"},
#endif
#ifdef X509V3_R_UNABLE_TO_GET_ISSUER_KEYID
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_UNABLE_TO_GET_ISSUER_KEYID), "unable to get issuer keyid"},
#endif
#ifdef X509V3_R_UNKNOWN_BIT_STRING_ARGUMENT
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_UNKNOWN_BIT_STRING_ARGUMENT), "unknown bit string argument"},
#endif
#ifdef X509V3_R_UNKNOWN_EXTENSION
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_UNKNOWN_EXTENSION), "unknown extension"},
#endif
#ifdef X509V3_R_UNKNOWN_EXTENSION_NAME
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_UNKNOWN_EXTENSION_NAME), "unknown extension name"},
#endif
#ifdef X509V3_R_UNKNOWN_OPTION
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_UNKNOWN_OPTION), "unknown option"},
#endif
#ifdef X509V3_R_UNSUPPORTED_OPTION
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_UNSUPPORTED_OPTION), "unsupported option"},
#endif
#ifdef X509V3_R_UNSUPPORTED_TYPE
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_UNSUPPORTED_TYPE), "unsupported type"},
#endif
#ifdef X509V3_R_USER_TOO_LONG
    {ERR_PACK(ERR_LIB_X509V3, 0, X509V3_R_USER_TOO_LONG), "user too long"},
#endif
#ifdef PEM_R_BAD_BASE64_DECODE
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_BAD_BASE64_DECODE), "bad base64 decode"},
#endif
#ifdef PEM_R_BAD_DECRYPT
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_BAD_DECRYPT), "bad decrypt"},
#endif
#ifdef PEM_R_BAD_END_LINE
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_BAD_END_LINE), "bad end line"},
#endif
#ifdef PEM_R_BAD_IV_CHARS
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_BAD_IV_CHARS), "bad iv chars"},
#endif
#ifdef PEM_R_BAD_MAGIC_NUMBER
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_BAD_MAGIC_NUMBER), "bad magic number"},
#endif
#ifdef PEM_R_BAD_PASSWORD_READ
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_BAD_PASSWORD_READ), "bad password read"},
#endif
#ifdef PEM_R_BAD_VERSION_NUMBER
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_BAD_VERSION_NUMBER), "bad version number"},
#endif
#ifdef PEM_R_BIO_WRITE_FAILURE
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_BIO_WRITE_FAILURE), "bio write failure"},
#endif
#ifdef PEM_R_CIPHER_IS_NULL
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_CIPHER_IS_NULL), "cipher is null"},
#endif
#ifdef PEM_R_ERROR_CONVERTING_PRIVATE_KEY
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_ERROR_CONVERTING_PRIVATE_KEY), "error converting private key"},
#endif
#ifdef PEM_R_EXPECTING_DSS_KEY_BLOB
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_EXPECTING_DSS_KEY_BLOB), "expecting dss key blob"},
#endif
#ifdef PEM_R_EXPECTING_PRIVATE_KEY_BLOB
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_EXPECTING_PRIVATE_KEY_BLOB), "expecting private key blob"},
#endif
#ifdef PEM_R_EXPECTING_PUBLIC_KEY_BLOB
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_EXPECTING_PUBLIC_KEY_BLOB), "expecting public key blob"},
#endif
#ifdef PEM_R_EXPECTING_RSA_KEY_BLOB
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_EXPECTING_RSA_KEY_BLOB), "expecting rsa key blob"},
#endif
#ifdef PEM_R_HEADER_TOO_LONG
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_HEADER_TOO_LONG), "header too long"},
#endif
#ifdef PEM_R_INCONSISTENT_HEADER
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_INCONSISTENT_HEADER), "inconsistent header"},
#endif
#ifdef PEM_R_KEYBLOB_HEADER_PARSE_ERROR
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_KEYBLOB_HEADER_PARSE_ERROR), "keyblob header parse error"},
#endif
#ifdef PEM_R_KEYBLOB_TOO_SHORT
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_KEYBLOB_TOO_SHORT), "keyblob too short"},
#endif
#ifdef PEM_R_MISSING_DEK_IV
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_MISSING_DEK_IV), "missing dek iv"},
#endif
#ifdef PEM_R_NOT_DEK_INFO
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_NOT_DEK_INFO), "not dek info"},
#endif
#ifdef PEM_R_NOT_ENCRYPTED
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_NOT_ENCRYPTED), "not encrypted"},
#endif
#ifdef PEM_R_NOT_PROC_TYPE
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_NOT_PROC_TYPE), "not proc type"},
#endif
#ifdef PEM_R_NO_START_LINE
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_NO_START_LINE), "no start line"},
#endif
#ifdef PEM_R_PROBLEMS_GETTING_PASSWORD
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_PROBLEMS_GETTING_PASSWORD), "problems getting password"},
#endif
#ifdef PEM_R_PVK_DATA_TOO_SHORT
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_PVK_DATA_TOO_SHORT), "pvk data too short"},
#endif
#ifdef PEM_R_PVK_TOO_SHORT
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_PVK_TOO_SHORT), "pvk too short"},
#endif
#ifdef PEM_R_READ_KEY
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_READ_KEY), "read key"},
#endif
#ifdef PEM_R_SHORT_HEADER
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_SHORT_HEADER), "short header"},
#endif
#ifdef PEM_R_UNEXPECTED_DEK_IV
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_UNEXPECTED_DEK_IV), "unexpected dek iv"},
#endif
#ifdef PEM_R_UNSUPPORTED_CIPHER
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_UNSUPPORTED_CIPHER), "unsupported cipher"},
#endif
#ifdef PEM_R_UNSUPPORTED_ENCRYPTION
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_UNSUPPORTED_ENCRYPTION), "unsupported encryption"},
#endif
#ifdef PEM_R_UNSUPPORTED_KEY_COMPONENTS
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_UNSUPPORTED_KEY_COMPONENTS), "unsupported key components"},
#endif
#ifdef PEM_R_UNSUPPORTED_PUBLIC_KEY_TYPE
    {ERR_PACK(ERR_LIB_PEM, 0, PEM_R_UNSUPPORTED_PUBLIC_KEY_TYPE), "unsupported public key type"},
#endif
#ifdef ASN1_R_ADDING_OBJECT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ADDING_OBJECT), "adding object"},
#endif
#ifdef ASN1_R_ASN1_PARSE_ERROR
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ASN1_PARSE_ERROR), "asn1 parse error"},
#endif
#ifdef ASN1_R_ASN1_SIG_PARSE_ERROR
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ASN1_SIG_PARSE_ERROR), "asn1 sig parse error"},
#endif
#ifdef ASN1_R_AUX_ERROR
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_AUX_ERROR), "aux error"},
#endif
#ifdef ASN1_R_BAD_OBJECT_HEADER
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_BAD_OBJECT_HEADER), "bad object header"},
#endif
#ifdef ASN1_R_BAD_TEMPLATE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_BAD_TEMPLATE), "bad template"},
#endif
#ifdef ASN1_R_BMPSTRING_IS_WRONG_LENGTH
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_BMPSTRING_IS_WRONG_LENGTH), "bmpstring is wrong length"},
#endif
#ifdef ASN1_R_BN_LIB
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_BN_LIB), "bn lib"},
#endif
#ifdef ASN1_R_BOOLEAN_IS_WRONG_LENGTH
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_BOOLEAN_IS_WRONG_LENGTH), "boolean is wrong length"},
#endif
#ifdef ASN1_R_BUFFER_TOO_SMALL
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_BUFFER_TOO_SMALL), "buffer too small"},
#endif
#ifdef ASN1_R_CIPHER_HAS_NO_OBJECT_IDENTIFIER
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_CIPHER_HAS_NO_OBJECT_IDENTIFIER), "cipher has no object identifier"},
#endif
#ifdef ASN1_R_CONTEXT_NOT_INITIALISED
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_CONTEXT_NOT_INITIALISED), "context not initialised"},
#endif
#ifdef ASN1_R_DATA_IS_WRONG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_DATA_IS_WRONG), "data is wrong"},
#endif
#ifdef ASN1_R_DECODE_ERROR
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_DECODE_ERROR), "decode error"},
#endif
#ifdef ASN1_R_DEPTH_EXCEEDED
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_DEPTH_EXCEEDED), "depth exceeded"},
#endif
#ifdef ASN1_R_DIGEST_AND_KEY_TYPE_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_DIGEST_AND_KEY_TYPE_NOT_SUPPORTED), "digest and key type not supported"},
#endif
#ifdef ASN1_R_ENCODE_ERROR
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ENCODE_ERROR), "encode error"},
#endif
#ifdef ASN1_R_ERROR_GETTING_TIME
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ERROR_GETTING_TIME), "error getting time"},
#endif
#ifdef ASN1_R_ERROR_LOADING_SECTION
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ERROR_LOADING_SECTION), "error loading section"},
#endif
#ifdef ASN1_R_ERROR_SETTING_CIPHER_PARAMS
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ERROR_SETTING_CIPHER_PARAMS), "error setting cipher params"},
#endif
#ifdef ASN1_R_EXPECTING_AN_INTEGER
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_EXPECTING_AN_INTEGER), "expecting an integer"},
#endif
#ifdef ASN1_R_EXPECTING_AN_OBJECT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_EXPECTING_AN_OBJECT), "expecting an object"},
#endif
#ifdef ASN1_R_EXPLICIT_LENGTH_MISMATCH
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_EXPLICIT_LENGTH_MISMATCH), "explicit length mismatch"},
#endif
#ifdef ASN1_R_EXPLICIT_TAG_NOT_CONSTRUCTED
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_EXPLICIT_TAG_NOT_CONSTRUCTED), "explicit tag not constructed"},
#endif
#ifdef ASN1_R_FIELD_MISSING
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_FIELD_MISSING), "field missing"},
#endif
#ifdef ASN1_R_FIRST_NUM_TOO_LARGE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_FIRST_NUM_TOO_LARGE), "first num too large"},
#endif
#ifdef ASN1_R_HEADER_TOO_LONG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_HEADER_TOO_LONG), "header too long"},
#endif
#ifdef ASN1_R_ILLEGAL_BITSTRING_FORMAT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_BITSTRING_FORMAT), "illegal bitstring format"},
#endif
#ifdef ASN1_R_ILLEGAL_BOOLEAN
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_BOOLEAN), "illegal boolean"},
#endif
#ifdef ASN1_R_ILLEGAL_CHARACTERS
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_CHARACTERS), "illegal characters"},
#endif
#ifdef ASN1_R_ILLEGAL_FORMAT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_FORMAT), "illegal format"},
#endif
#ifdef ASN1_R_ILLEGAL_HEX
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_HEX), "illegal hex"},
#endif
#ifdef ASN1_R_ILLEGAL_IMPLICIT_TAG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_IMPLICIT_TAG), "illegal implicit tag"},
#endif
#ifdef ASN1_R_ILLEGAL_INTEGER
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_INTEGER), "illegal integer"},
#endif
#ifdef ASN1_R_ILLEGAL_NEGATIVE_VALUE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_NEGATIVE_VALUE), "illegal negative value"},
#endif
#ifdef ASN1_R_ILLEGAL_NESTED_TAGGING
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_NESTED_TAGGING), "illegal nested tagging"},
#endif
#ifdef ASN1_R_ILLEGAL_NULL
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_NULL), "illegal null"},
#endif
#ifdef ASN1_R_ILLEGAL_NULL_VALUE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_NULL_VALUE), "illegal null value"},
#endif
#ifdef ASN1_R_ILLEGAL_OBJECT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_OBJECT), "illegal object"},
#endif
#ifdef ASN1_R_ILLEGAL_OPTIONAL_ANY
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_OPTIONAL_ANY), "illegal optional any"},
#endif
#ifdef ASN1_R_ILLEGAL_OPTIONS_ON_ITEM_TEMPLATE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_OPTIONS_ON_ITEM_TEMPLATE), "illegal options on item template"},
#endif
#ifdef ASN1_R_ILLEGAL_PADDING
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_PADDING), "illegal padding"},
#endif
#ifdef ASN1_R_ILLEGAL_TAGGED_ANY
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_TAGGED_ANY), "illegal tagged any"},
#endif
#ifdef ASN1_R_ILLEGAL_TIME_VALUE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_TIME_VALUE), "illegal time value"},
#endif
#ifdef ASN1_R_ILLEGAL_ZERO_CONTENT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ILLEGAL_ZERO_CONTENT), "illegal zero content"},
#endif
#ifdef ASN1_R_INTEGER_NOT_ASCII_FORMAT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INTEGER_NOT_ASCII_FORMAT), "integer not ascii format"},
#endif
#ifdef ASN1_R_INTEGER_TOO_LARGE_FOR_LONG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INTEGER_TOO_LARGE_FOR_LONG), "integer too large for long"},
#endif
#ifdef ASN1_R_INVALID_BIT_STRING_BITS_LEFT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_BIT_STRING_BITS_LEFT), "invalid bit string bits left"},
#endif
#ifdef ASN1_R_INVALID_BMPSTRING_LENGTH
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_BMPSTRING_LENGTH), "invalid bmpstring length"},
#endif
#ifdef ASN1_R_INVALID_DIGIT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_DIGIT), "invalid digit"},
#endif
#ifdef ASN1_R_INVALID_MIME_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_MIME_TYPE), "invalid mime type"},
#endif
#ifdef ASN1_R_INVALID_MODIFIER
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_MODIFIER), "invalid modifier"},
#endif
#ifdef ASN1_R_INVALID_NUMBER
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_NUMBER), "invalid number"},
#endif
#ifdef ASN1_R_INVALID_OBJECT_ENCODING
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_OBJECT_ENCODING), "invalid object encoding"},
#endif
#ifdef ASN1_R_INVALID_SCRYPT_PARAMETERS
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_SCRYPT_PARAMETERS), "invalid scrypt parameters"},
#endif
#ifdef ASN1_R_INVALID_SEPARATOR
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_SEPARATOR), "invalid separator"},
#endif
#ifdef ASN1_R_INVALID_STRING_TABLE_VALUE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_STRING_TABLE_VALUE), "invalid string table value"},
#endif
#ifdef ASN1_R_INVALID_UNIVERSALSTRING_LENGTH
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_UNIVERSALSTRING_LENGTH), "invalid universalstring length"},
#endif
#ifdef ASN1_R_INVALID_UTF8STRING
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_UTF8STRING), "invalid utf8string"},
#endif
#ifdef ASN1_R_INVALID_VALUE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_INVALID_VALUE), "invalid value"},
#endif
#ifdef ASN1_R_LENGTH_TOO_LONG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_LENGTH_TOO_LONG), "length too long"},
#endif
#ifdef ASN1_R_LIST_ERROR
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_LIST_ERROR), "list error"},
#endif
#ifdef ASN1_R_MIME_NO_CONTENT_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_MIME_NO_CONTENT_TYPE), "mime no content type"},
#endif
#ifdef ASN1_R_MIME_PARSE_ERROR
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_MIME_PARSE_ERROR), "mime parse error"},
#endif
#ifdef ASN1_R_MIME_SIG_PARSE_ERROR
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_MIME_SIG_PARSE_ERROR), "mime sig parse error"},
#endif
#ifdef ASN1_R_MISSING_EOC
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_MISSING_EOC), "missing eoc"},
#endif
#ifdef ASN1_R_MISSING_SECOND_NUMBER
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_MISSING_SECOND_NUMBER), "missing second number"},
#endif
#ifdef ASN1_R_MISSING_VALUE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_MISSING_VALUE), "missing value"},
#endif
#ifdef ASN1_R_MSTRING_NOT_UNIVERSAL
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_MSTRING_NOT_UNIVERSAL), "mstring not universal"},
#endif
#ifdef ASN1_R_MSTRING_WRONG_TAG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_MSTRING_WRONG_TAG), "mstring wrong tag"},
#endif
#ifdef ASN1_R_NESTED_ASN1_STRING
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NESTED_ASN1_STRING), "nested asn1 string"},
#endif
#ifdef ASN1_R_NESTED_TOO_DEEP
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NESTED_TOO_DEEP), "nested too deep"},
#endif
#ifdef ASN1_R_NON_HEX_CHARACTERS
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NON_HEX_CHARACTERS), "non hex characters"},
#endif
#ifdef ASN1_R_NOT_ASCII_FORMAT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NOT_ASCII_FORMAT), "not ascii format"},
#endif
#ifdef ASN1_R_NOT_ENOUGH_DATA
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NOT_ENOUGH_DATA), "not enough data"},
#endif
#ifdef ASN1_R_NO_CONTENT_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NO_CONTENT_TYPE), "no content type"},
#endif
#ifdef ASN1_R_NO_MATCHING_CHOICE_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NO_MATCHING_CHOICE_TYPE), "no matching choice type"},
#endif
#ifdef ASN1_R_NO_MULTIPART_BODY_FAILURE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NO_MULTIPART_BODY_FAILURE), "no multipart body failure"},
#endif
#ifdef ASN1_R_NO_MULTIPART_BOUNDARY
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NO_MULTIPART_BOUNDARY), "no multipart boundary"},
#endif
#ifdef ASN1_R_NO_SIG_CONTENT_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NO_SIG_CONTENT_TYPE), "no sig content type"},
#endif
#ifdef ASN1_R_NULL_IS_WRONG_LENGTH
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_NULL_IS_WRONG_LENGTH), "null is wrong length"},
#endif
#ifdef ASN1_R_OBJECT_NOT_ASCII_FORMAT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_OBJECT_NOT_ASCII_FORMAT), "object not ascii format"},
#endif
#ifdef ASN1_R_ODD_NUMBER_OF_CHARS
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_ODD_NUMBER_OF_CHARS), "odd number of chars"},
#endif
#ifdef ASN1_R_SECOND_NUMBER_TOO_LARGE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_SECOND_NUMBER_TOO_LARGE), "second number too large"},
#endif
#ifdef ASN1_R_SEQUENCE_LENGTH_MISMATCH
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_SEQUENCE_LENGTH_MISMATCH), "sequence length mismatch"},
#endif
#ifdef ASN1_R_SEQUENCE_NOT_CONSTRUCTED
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_SEQUENCE_NOT_CONSTRUCTED), "sequence not constructed"},
#endif
#ifdef ASN1_R_SEQUENCE_OR_SET_NEEDS_CONFIG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_SEQUENCE_OR_SET_NEEDS_CONFIG), "sequence or set needs config"},
#endif
#ifdef ASN1_R_SHORT_LINE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_SHORT_LINE), "short line"},
#endif
#ifdef ASN1_R_SIG_INVALID_MIME_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_SIG_INVALID_MIME_TYPE), "sig invalid mime type"},
#endif
#ifdef ASN1_R_STREAMING_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_STREAMING_NOT_SUPPORTED), "streaming not supported"},
#endif
#ifdef ASN1_R_STRING_TOO_LONG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_STRING_TOO_LONG), "string too long"},
#endif
#ifdef ASN1_R_STRING_TOO_SHORT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_STRING_TOO_SHORT), "string too short"},
#endif
#ifdef ASN1_R_THE_ASN1_OBJECT_IDENTIFIER_IS_NOT_KNOWN_FOR_THIS_MD
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_THE_ASN1_OBJECT_IDENTIFIER_IS_NOT_KNOWN_FOR_THIS_MD), "the asn1 object identifier is not known for this md"},
#endif
#ifdef ASN1_R_TIME_NOT_ASCII_FORMAT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_TIME_NOT_ASCII_FORMAT), "time not ascii format"},
#endif
#ifdef ASN1_R_TOO_LARGE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_TOO_LARGE), "too large"},
#endif
#ifdef ASN1_R_TOO_LONG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_TOO_LONG), "too long"},
#endif
#ifdef ASN1_R_TOO_SMALL
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_TOO_SMALL), "too small"},
#endif
#ifdef ASN1_R_TYPE_NOT_CONSTRUCTED
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_TYPE_NOT_CONSTRUCTED), "type not constructed"},
#endif
#ifdef ASN1_R_TYPE_NOT_PRIMITIVE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_TYPE_NOT_PRIMITIVE), "type not primitive"},
#endif
#ifdef ASN1_R_UNEXPECTED_EOC
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNEXPECTED_EOC), "unexpected eoc"},
#endif
#ifdef ASN1_R_UNIVERSALSTRING_IS_WRONG_LENGTH
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNIVERSALSTRING_IS_WRONG_LENGTH), "universalstring is wrong length"},
#endif
#ifdef ASN1_R_UNKNOWN_DIGEST
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNKNOWN_DIGEST), "unknown digest"},
#endif
#ifdef ASN1_R_UNKNOWN_FORMAT
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNKNOWN_FORMAT), "unknown format"},
#endif
#ifdef ASN1_R_UNKNOWN_MESSAGE_DIGEST_ALGORITHM
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNKNOWN_MESSAGE_DIGEST_ALGORITHM), "unknown message digest algorithm"},
#endif
#ifdef ASN1_R_UNKNOWN_OBJECT_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNKNOWN_OBJECT_TYPE), "unknown object type"},
#endif
#ifdef ASN1_R_UNKNOWN_PUBLIC_KEY_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNKNOWN_PUBLIC_KEY_TYPE), "unknown public key type"},
#endif
#ifdef ASN1_R_UNKNOWN_SIGNATURE_ALGORITHM
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNKNOWN_SIGNATURE_ALGORITHM), "unknown signature algorithm"},
#endif
#ifdef ASN1_R_UNKNOWN_TAG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNKNOWN_TAG), "unknown tag"},
#endif
#ifdef ASN1_R_UNSUPPORTED_ANY_DEFINED_BY_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNSUPPORTED_ANY_DEFINED_BY_TYPE), "unsupported any defined by type"},
#endif
#ifdef ASN1_R_UNSUPPORTED_CIPHER
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNSUPPORTED_CIPHER), "unsupported cipher"},
#endif
#ifdef ASN1_R_UNSUPPORTED_PUBLIC_KEY_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNSUPPORTED_PUBLIC_KEY_TYPE), "unsupported public key type"},
#endif
#ifdef ASN1_R_UNSUPPORTED_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_UNSUPPORTED_TYPE), "unsupported type"},
#endif
#ifdef ASN1_R_WRONG_INTEGER_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_WRONG_INTEGER_TYPE), "wrong integer type"},
#endif
#ifdef ASN1_R_WRONG_PUBLIC_KEY_TYPE
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_WRONG_PUBLIC_KEY_TYPE), "wrong public key type"},
#endif
#ifdef ASN1_R_WRONG_TAG
    {ERR_PACK(ERR_LIB_ASN1, 0, ASN1_R_WRONG_TAG), "wrong tag"},
#endif
#ifdef EVP_R_AES_KEY_SETUP_FAILED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_AES_KEY_SETUP_FAILED), "aes key setup failed"},
#endif
#ifdef EVP_R_ARIA_KEY_SETUP_FAILED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_ARIA_KEY_SETUP_FAILED), "aria key setup failed"},
#endif
#ifdef EVP_R_BAD_ALGORITHM_NAME
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_BAD_ALGORITHM_NAME), "bad algorithm name"},
#endif
#ifdef EVP_R_BAD_DECRYPT
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_BAD_DECRYPT), "bad decrypt"},
#endif
#ifdef EVP_R_BAD_KEY_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_BAD_KEY_LENGTH), "bad key length"},
#endif
#ifdef EVP_R_BUFFER_TOO_SMALL
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_BUFFER_TOO_SMALL), "buffer too small"},
#endif
#ifdef EVP_R_CACHE_CONSTANTS_FAILED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_CACHE_CONSTANTS_FAILED), "cache constants failed"},
#endif
#ifdef EVP_R_CAMELLIA_KEY_SETUP_FAILED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_CAMELLIA_KEY_SETUP_FAILED), "camellia key setup failed"},
#endif
#ifdef EVP_R_CANNOT_GET_PARAMETERS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_CANNOT_GET_PARAMETERS), "cannot get parameters"},
#endif
#ifdef EVP_R_CANNOT_SET_PARAMETERS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_CANNOT_SET_PARAMETERS), "cannot set parameters"},
#endif
#ifdef EVP_R_CIPHER_NOT_GCM_MODE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_CIPHER_NOT_GCM_MODE), "cipher not gcm mode"},
#endif
#ifdef EVP_R_CIPHER_PARAMETER_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_CIPHER_PARAMETER_ERROR), "cipher parameter error"},
#endif
#ifdef EVP_R_COMMAND_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_COMMAND_NOT_SUPPORTED), "command not supported"},
#endif
#ifdef EVP_R_CONFLICTING_ALGORITHM_NAME
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_CONFLICTING_ALGORITHM_NAME), "conflicting algorithm name"},
#endif
#ifdef EVP_R_COPY_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_COPY_ERROR), "copy error"},
#endif
#ifdef EVP_R_CTRL_NOT_IMPLEMENTED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_CTRL_NOT_IMPLEMENTED), "ctrl not implemented"},
#endif
#ifdef EVP_R_CTRL_OPERATION_NOT_IMPLEMENTED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_CTRL_OPERATION_NOT_IMPLEMENTED), "ctrl operation not implemented"},
#endif
#ifdef EVP_R_DATA_NOT_MULTIPLE_OF_BLOCK_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_DATA_NOT_MULTIPLE_OF_BLOCK_LENGTH), "data not multiple of block length"},
#endif
#ifdef EVP_R_DECODE_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_DECODE_ERROR), "decode error"},
#endif
#ifdef EVP_R_DEFAULT_QUERY_PARSE_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_DEFAULT_QUERY_PARSE_ERROR), "default query parse error"},
#endif
#ifdef EVP_R_DIFFERENT_KEY_TYPES
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_DIFFERENT_KEY_TYPES), "different key types"},
#endif
#ifdef EVP_R_DIFFERENT_PARAMETERS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_DIFFERENT_PARAMETERS), "different parameters"},
#endif
#ifdef EVP_R_ERROR_LOADING_SECTION
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_ERROR_LOADING_SECTION), "error loading section"},
#endif
#ifdef EVP_R_EXPECTING_AN_HMAC_KEY
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_EXPECTING_AN_HMAC_KEY), "expecting an hmac key"},
#endif
#ifdef EVP_R_EXPECTING_AN_RSA_KEY
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_EXPECTING_AN_RSA_KEY), "expecting an rsa key"},
#endif
#ifdef EVP_R_EXPECTING_A_DH_KEY
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_EXPECTING_A_DH_KEY), "expecting a dh key"},
#endif
#ifdef EVP_R_EXPECTING_A_DSA_KEY
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_EXPECTING_A_DSA_KEY), "expecting a dsa key"},
#endif
#ifdef EVP_R_EXPECTING_A_ECX_KEY
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_EXPECTING_A_ECX_KEY), "expecting an ecx key"},
#endif
#ifdef EVP_R_EXPECTING_A_EC_KEY
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_EXPECTING_A_EC_KEY), "expecting an ec key"},
#endif
#ifdef EVP_R_EXPECTING_A_POLY1305_KEY
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_EXPECTING_A_POLY1305_KEY), "expecting a poly1305 key"},
#endif
#ifdef EVP_R_EXPECTING_A_SIPHASH_KEY
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_EXPECTING_A_SIPHASH_KEY), "expecting a siphash key"},
#endif
#ifdef EVP_R_FINAL_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_FINAL_ERROR), "final error"},
#endif
#ifdef EVP_R_GENERATE_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_GENERATE_ERROR), "generate error"},
#endif
#ifdef EVP_R_GET_RAW_KEY_FAILED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_GET_RAW_KEY_FAILED), "get raw key failed"},
#endif
#ifdef EVP_R_ILLEGAL_SCRYPT_PARAMETERS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_ILLEGAL_SCRYPT_PARAMETERS), "illegal scrypt parameters"},
#endif
#ifdef EVP_R_INACCESSIBLE_DOMAIN_PARAMETERS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INACCESSIBLE_DOMAIN_PARAMETERS), "inaccessible domain parameters"},
#endif
#ifdef EVP_R_INACCESSIBLE_KEY
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INACCESSIBLE_KEY), "inaccessible key"},
#endif
#ifdef EVP_R_INITIALIZATION_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INITIALIZATION_ERROR), "initialization error"},
#endif
#ifdef EVP_R_INPUT_NOT_INITIALIZED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INPUT_NOT_INITIALIZED), "input not initialized"},
#endif
#ifdef EVP_R_INVALID_CUSTOM_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_CUSTOM_LENGTH), "invalid custom length"},
#endif
#ifdef EVP_R_INVALID_DIGEST
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_DIGEST), "invalid digest"},
#endif
#ifdef EVP_R_INVALID_IV_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_IV_LENGTH), "invalid iv length"},
#endif
#ifdef EVP_R_INVALID_KEY
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_KEY), "invalid key"},
#endif
#ifdef EVP_R_INVALID_KEY_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_KEY_LENGTH), "invalid key length"},
#endif
#ifdef EVP_R_INVALID_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_LENGTH), "invalid length"},
#endif
#ifdef EVP_R_INVALID_NULL_ALGORITHM
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_NULL_ALGORITHM), "invalid null algorithm"},
#endif
#ifdef EVP_R_INVALID_OPERATION
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_OPERATION), "invalid operation"},
#endif
#ifdef EVP_R_INVALID_PROVIDER_FUNCTIONS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_PROVIDER_FUNCTIONS), "invalid provider functions"},
#endif
#ifdef EVP_R_INVALID_SALT_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_SALT_LENGTH), "invalid salt length"},
#endif
#ifdef EVP_R_INVALID_SECRET_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_SECRET_LENGTH), "invalid secret length"},
#endif
#ifdef EVP_R_INVALID_SEED_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_SEED_LENGTH), "invalid seed length"},
#endif
#ifdef EVP_R_INVALID_VALUE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_INVALID_VALUE), "invalid value"},
#endif
#ifdef EVP_R_KEYMGMT_EXPORT_FAILURE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_KEYMGMT_EXPORT_FAILURE), "keymgmt export failure"},
#endif
#ifdef EVP_R_KEY_SETUP_FAILED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_KEY_SETUP_FAILED), "key setup failed"},
#endif
#ifdef EVP_R_LOCKING_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_LOCKING_NOT_SUPPORTED), "locking not supported"},
#endif
#ifdef EVP_R_MEMORY_LIMIT_EXCEEDED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_MEMORY_LIMIT_EXCEEDED), "memory limit exceeded"},
#endif
#ifdef EVP_R_MESSAGE_DIGEST_IS_NULL
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_MESSAGE_DIGEST_IS_NULL), "message digest is null"},
#endif
#ifdef EVP_R_METHOD_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_METHOD_NOT_SUPPORTED), "method not supported"},
#endif
#ifdef EVP_R_MISSING_PARAMETERS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_MISSING_PARAMETERS), "missing parameters"},
#endif
#ifdef EVP_R_NOT_ABLE_TO_COPY_CTX
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NOT_ABLE_TO_COPY_CTX), "not able to copy ctx"},
#endif
#ifdef EVP_R_NOT_XOF_OR_INVALID_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NOT_XOF_OR_INVALID_LENGTH), "not XOF or invalid length"},
#endif
#ifdef EVP_R_NO_CIPHER_SET
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NO_CIPHER_SET), "no cipher set"},
#endif
#ifdef EVP_R_NO_DEFAULT_DIGEST
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NO_DEFAULT_DIGEST), "no default digest"},
#endif
#ifdef EVP_R_NO_DIGEST_SET
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NO_DIGEST_SET), "no digest set"},
#endif
#ifdef EVP_R_NO_IMPORT_FUNCTION
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NO_IMPORT_FUNCTION), "no import function"},
#endif
#ifdef EVP_R_NO_KEYMGMT_AVAILABLE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NO_KEYMGMT_AVAILABLE), "no keymgmt available"},
#endif
#ifdef EVP_R_NO_KEYMGMT_PRESENT
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NO_KEYMGMT_PRESENT), "no keymgmt present"},
#endif
#ifdef EVP_R_NO_KEY_SET
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NO_KEY_SET), "no key set"},
#endif
#ifdef EVP_R_NO_OPERATION_SET
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NO_OPERATION_SET), "no operation set"},
#endif
#ifdef EVP_R_NULL_MAC_PKEY_CTX
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_NULL_MAC_PKEY_CTX), "null mac pkey ctx"},
#endif
#ifdef EVP_R_ONLY_ONESHOT_SUPPORTED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_ONLY_ONESHOT_SUPPORTED), "only oneshot supported"},
#endif
#ifdef EVP_R_OPERATION_NOT_INITIALIZED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_OPERATION_NOT_INITIALIZED), "operation not initialized"},
#endif
#ifdef EVP_R_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE), "operation not supported for this keytype"},
#endif
#ifdef EVP_R_OUTPUT_WOULD_OVERFLOW
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_OUTPUT_WOULD_OVERFLOW), "output would overflow"},
#endif
#ifdef EVP_R_PARAMETER_TOO_LARGE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_PARAMETER_TOO_LARGE), "parameter too large"},
#endif
#ifdef EVP_R_PARTIALLY_OVERLAPPING
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_PARTIALLY_OVERLAPPING), "partially overlapping buffers"},
#endif
#ifdef EVP_R_PBKDF2_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_PBKDF2_ERROR), "pbkdf2 error"},
#endif
#ifdef EVP_R_PKEY_APPLICATION_ASN1_METHOD_ALREADY_REGISTERED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_PKEY_APPLICATION_ASN1_METHOD_ALREADY_REGISTERED), "pkey application asn1 method already registered"},
#endif
#ifdef EVP_R_PRIVATE_KEY_DECODE_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_PRIVATE_KEY_DECODE_ERROR), "private key decode error"},
#endif
#ifdef EVP_R_PRIVATE_KEY_ENCODE_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_PRIVATE_KEY_ENCODE_ERROR), "private key encode error"},
#endif
#ifdef EVP_R_PUBLIC_KEY_NOT_RSA
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_PUBLIC_KEY_NOT_RSA), "public key not rsa"},
#endif
#ifdef EVP_R_SETTING_XOF_FAILED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_SETTING_XOF_FAILED), "setting xof failed"},
#endif
#ifdef EVP_R_SET_DEFAULT_PROPERTY_FAILURE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_SET_DEFAULT_PROPERTY_FAILURE), "set default property failure"},
#endif
#ifdef EVP_R_TOO_MANY_RECORDS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_TOO_MANY_RECORDS), "too many records"},
#endif
#ifdef EVP_R_UNABLE_TO_ENABLE_LOCKING
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNABLE_TO_ENABLE_LOCKING), "unable to enable locking"},
#endif
#ifdef EVP_R_UNABLE_TO_GET_MAXIMUM_REQUEST_SIZE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNABLE_TO_GET_MAXIMUM_REQUEST_SIZE), "unable to get maximum request size"},
#endif
#ifdef EVP_R_UNABLE_TO_GET_RANDOM_STRENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNABLE_TO_GET_RANDOM_STRENGTH), "unable to get random strength"},
#endif
#ifdef EVP_R_UNABLE_TO_LOCK_CONTEXT
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNABLE_TO_LOCK_CONTEXT), "unable to lock context"},
#endif
#ifdef EVP_R_UNABLE_TO_SET_CALLBACKS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNABLE_TO_SET_CALLBACKS), "unable to set callbacks"},
#endif
#ifdef EVP_R_UNKNOWN_CIPHER
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNKNOWN_CIPHER), "unknown cipher"},
#endif
#ifdef EVP_R_UNKNOWN_DIGEST
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNKNOWN_DIGEST), "unknown digest"},
#endif
#ifdef EVP_R_UNKNOWN_KEY_TYPE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNKNOWN_KEY_TYPE), "unknown key type"},
#endif
#ifdef EVP_R_UNKNOWN_OPTION
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNKNOWN_OPTION), "unknown option"},
#endif
#ifdef EVP_R_UNKNOWN_PBE_ALGORITHM
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNKNOWN_PBE_ALGORITHM), "unknown pbe algorithm"},
#endif
#ifdef EVP_R_UNSUPPORTED_ALGORITHM
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNSUPPORTED_ALGORITHM), "unsupported algorithm"},
#endif
#ifdef EVP_R_UNSUPPORTED_CIPHER
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNSUPPORTED_CIPHER), "unsupported cipher"},
#endif
#ifdef EVP_R_UNSUPPORTED_KEYLENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNSUPPORTED_KEYLENGTH), "unsupported keylength"},
#endif
#ifdef EVP_R_UNSUPPORTED_KEY_DERIVATION_FUNCTION
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNSUPPORTED_KEY_DERIVATION_FUNCTION), "unsupported key derivation function"},
#endif
#ifdef EVP_R_UNSUPPORTED_KEY_SIZE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNSUPPORTED_KEY_SIZE), "unsupported key size"},
#endif
#ifdef EVP_R_UNSUPPORTED_KEY_TYPE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNSUPPORTED_KEY_TYPE), "unsupported key type"},
#endif
#ifdef EVP_R_UNSUPPORTED_NUMBER_OF_ROUNDS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNSUPPORTED_NUMBER_OF_ROUNDS), "unsupported number of rounds"},
#endif
#ifdef EVP_R_UNSUPPORTED_PRF
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNSUPPORTED_PRF), "unsupported prf"},
#endif
#ifdef EVP_R_UNSUPPORTED_PRIVATE_KEY_ALGORITHM
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNSUPPORTED_PRIVATE_KEY_ALGORITHM), "unsupported private key algorithm"},
#endif
#ifdef EVP_R_UNSUPPORTED_SALT_TYPE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UNSUPPORTED_SALT_TYPE), "unsupported salt type"},
#endif
#ifdef EVP_R_UPDATE_ERROR
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_UPDATE_ERROR), "update error"},
#endif
#ifdef EVP_R_WRAP_MODE_NOT_ALLOWED
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_WRAP_MODE_NOT_ALLOWED), "wrap mode not allowed"},
#endif
#ifdef EVP_R_WRONG_FINAL_BLOCK_LENGTH
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_WRONG_FINAL_BLOCK_LENGTH), "wrong final block length"},
#endif
#ifdef EVP_R_XTS_DATA_UNIT_IS_TOO_LARGE
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_XTS_DATA_UNIT_IS_TOO_LARGE), "xts data unit is too large"},
#endif
#ifdef EVP_R_XTS_DUPLICATED_KEYS
    {ERR_PACK(ERR_LIB_EVP, 0, EVP_R_XTS_DUPLICATED_KEYS), "xts duplicated keys"},
#endif
#ifdef CRYPTO_R_BAD_ALGORITHM_NAME
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_BAD_ALGORITHM_NAME), "bad algorithm name"},
#endif
#ifdef CRYPTO_R_CONFLICTING_NAMES
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_CONFLICTING_NAMES), "conflicting names"},
#endif
#ifdef CRYPTO_R_HEX_STRING_TOO_SHORT
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_HEX_STRING_TOO_SHORT), "hex string too short"},
#endif
#ifdef CRYPTO_R_ILLEGAL_HEX_DIGIT
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_ILLEGAL_HEX_DIGIT), "illegal hex digit"},
#endif
#ifdef CRYPTO_R_INSUFFICIENT_DATA_SPACE
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_INSUFFICIENT_DATA_SPACE), "insufficient data space"},
#endif
#ifdef CRYPTO_R_INSUFFICIENT_PARAM_SIZE
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_INSUFFICIENT_PARAM_SIZE), "insufficient param size"},
#endif
#ifdef CRYPTO_R_INSUFFICIENT_SECURE_DATA_SPACE
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_INSUFFICIENT_SECURE_DATA_SPACE), "insufficient secure data space"},
#endif
#ifdef CRYPTO_R_INVALID_NEGATIVE_VALUE
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_INVALID_NEGATIVE_VALUE), "invalid negative value"},
#endif
#ifdef CRYPTO_R_INVALID_NULL_ARGUMENT
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_INVALID_NULL_ARGUMENT), "invalid null argument"},
#endif
#ifdef CRYPTO_R_INVALID_OSSL_PARAM_TYPE
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_INVALID_OSSL_PARAM_TYPE), "invalid ossl param type"},
#endif
#ifdef CRYPTO_R_ODD_NUMBER_OF_DIGITS
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_ODD_NUMBER_OF_DIGITS), "odd number of digits"},
#endif
#ifdef CRYPTO_R_PROVIDER_ALREADY_EXISTS
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_PROVIDER_ALREADY_EXISTS), "provider already exists"},
#endif
#ifdef CRYPTO_R_PROVIDER_SECTION_ERROR
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_PROVIDER_SECTION_ERROR), "provider section error"},
#endif
#ifdef CRYPTO_R_RANDOM_SECTION_ERROR
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_RANDOM_SECTION_ERROR), "random section error"},
#endif
#ifdef CRYPTO_R_SECURE_MALLOC_FAILURE
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_SECURE_MALLOC_FAILURE), "secure malloc failure"},
#endif
#ifdef CRYPTO_R_STRING_TOO_LONG
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_STRING_TOO_LONG), "string too long"},
#endif
#ifdef CRYPTO_R_TOO_MANY_BYTES
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_TOO_MANY_BYTES), "too many bytes"},
#endif
#ifdef CRYPTO_R_TOO_MANY_RECORDS
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_TOO_MANY_RECORDS), "too many records"},
#endif
#ifdef CRYPTO_R_TOO_SMALL_BUFFER
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_TOO_SMALL_BUFFER), "too small buffer"},
#endif
#ifdef CRYPTO_R_UNKNOWN_NAME_IN_RANDOM_SECTION
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_UNKNOWN_NAME_IN_RANDOM_SECTION), "unknown name in random section"},
#endif
#ifdef CRYPTO_R_ZERO_LENGTH_NUMBER
    {ERR_PACK(ERR_LIB_CRYPTO, 0, CRYPTO_R_ZERO_LENGTH_NUMBER), "zero length number"},
#endif
#ifdef RAND_R_ADDITIONAL_INPUT_TOO_LONG
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ADDITIONAL_INPUT_TOO_LONG), "additional input too long"},
#endif
#ifdef RAND_R_ALREADY_INSTANTIATED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ALREADY_INSTANTIATED), "already instantiated"},
#endif
#ifdef RAND_R_ARGUMENT_OUT_OF_RANGE
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ARGUMENT_OUT_OF_RANGE), "argument out of range"},
#endif
#ifdef RAND_R_CANNOT_OPEN_FILE
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_CANNOT_OPEN_FILE), "Cannot open file"},
#endif
#ifdef RAND_R_DRBG_ALREADY_INITIALIZED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_DRBG_ALREADY_INITIALIZED), "drbg already initialized"},
#endif
#ifdef RAND_R_DRBG_NOT_INITIALISED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_DRBG_NOT_INITIALISED), "drbg not initialised"},
#endif
#ifdef RAND_R_ENTROPY_INPUT_TOO_LONG
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ENTROPY_INPUT_TOO_LONG), "entropy input too long"},
#endif
#ifdef RAND_R_ENTROPY_OUT_OF_RANGE
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ENTROPY_OUT_OF_RANGE), "entropy out of range"},
#endif
#ifdef RAND_R_ERROR_ENTROPY_POOL_WAS_IGNORED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ERROR_ENTROPY_POOL_WAS_IGNORED), "error entropy pool was ignored"},
#endif
#ifdef RAND_R_ERROR_INITIALISING_DRBG
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ERROR_INITIALISING_DRBG), "error initialising drbg"},
#endif
#ifdef RAND_R_ERROR_INSTANTIATING_DRBG
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ERROR_INSTANTIATING_DRBG), "error instantiating drbg"},
#endif
#ifdef RAND_R_ERROR_RETRIEVING_ADDITIONAL_INPUT
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ERROR_RETRIEVING_ADDITIONAL_INPUT), "error retrieving additional input"},
#endif
#ifdef RAND_R_ERROR_RETRIEVING_ENTROPY
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ERROR_RETRIEVING_ENTROPY), "error retrieving entropy"},
#endif
#ifdef RAND_R_ERROR_RETRIEVING_NONCE
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_ERROR_RETRIEVING_NONCE), "error retrieving nonce"},
#endif
#ifdef RAND_R_FAILED_TO_CREATE_LOCK
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_FAILED_TO_CREATE_LOCK), "failed to create lock"},
#endif
#ifdef RAND_R_FUNC_NOT_IMPLEMENTED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_FUNC_NOT_IMPLEMENTED), "Function not implemented"},
#endif
#ifdef RAND_R_FWRITE_ERROR
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_FWRITE_ERROR), "Error writing file"},
#endif
#ifdef RAND_R_GENERATE_ERROR
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_GENERATE_ERROR), "generate error"},
#endif
#ifdef RAND_R_INSUFFICIENT_DRBG_STRENGTH
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_INSUFFICIENT_DRBG_STRENGTH), "insufficient drbg strength"},
#endif
#ifdef RAND_R_INTERNAL_ERROR
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_INTERNAL_ERROR), "internal error"},
#endif
#ifdef RAND_R_IN_ERROR_STATE
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_IN_ERROR_STATE), "in error state"},
#endif
#ifdef RAND_R_NOT_A_REGULAR_FILE
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_NOT_A_REGULAR_FILE), "Not a regular file"},
#endif
#ifdef RAND_R_NOT_INSTANTIATED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_NOT_INSTANTIATED), "not instantiated"},
#endif
#ifdef RAND_R_NO_DRBG_IMPLEMENTATION_SELECTED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_NO_DRBG_IMPLEMENTATION_SELECTED), "no drbg implementation selected"},
#endif
#ifdef RAND_R_PARENT_LOCKING_NOT_ENABLED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_PARENT_LOCKING_NOT_ENABLED), "parent locking not enabled"},
#endif
#ifdef RAND_R_PARENT_STRENGTH_TOO_WEAK
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_PARENT_STRENGTH_TOO_WEAK), "parent strength too weak"},
#endif
#ifdef RAND_R_PERSONALISATION_STRING_TOO_LONG
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_PERSONALISATION_STRING_TOO_LONG), "personalisation string too long"},
#endif
#ifdef RAND_R_PREDICTION_RESISTANCE_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_PREDICTION_RESISTANCE_NOT_SUPPORTED), "prediction resistance not supported"},
#endif
#ifdef RAND_R_PRNG_NOT_SEEDED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_PRNG_NOT_SEEDED), "PRNG not seeded"},
#endif
#ifdef RAND_R_RANDOM_POOL_OVERFLOW
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_RANDOM_POOL_OVERFLOW), "random pool overflow"},
#endif
#ifdef RAND_R_RANDOM_POOL_UNDERFLOW
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_RANDOM_POOL_UNDERFLOW), "random pool underflow"},
#endif
#ifdef RAND_R_REQUEST_TOO_LARGE_FOR_DRBG
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_REQUEST_TOO_LARGE_FOR_DRBG), "request too large for drbg"},
#endif
#ifdef RAND_R_RESEED_ERROR
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_RESEED_ERROR), "reseed error"},
#endif
#ifdef RAND_R_SELFTEST_FAILURE
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_SELFTEST_FAILURE), "selftest failure"},
#endif
#ifdef RAND_R_TOO_LITTLE_NONCE_REQUESTED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_TOO_LITTLE_NONCE_REQUESTED), "too little nonce requested"},
#endif
#ifdef RAND_R_TOO_MUCH_NONCE_REQUESTED
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_TOO_MUCH_NONCE_REQUESTED), "too much nonce requested"},
#endif
#ifdef RAND_R_UNABLE_TO_CREATE_DRBG
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_UNABLE_TO_CREATE_DRBG), "unable to create drbg"},
#endif
#ifdef RAND_R_UNABLE_TO_FETCH_DRBG
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_UNABLE_TO_FETCH_DRBG), "unable to fetch drbg"},
#endif
#ifdef RAND_R_UNABLE_TO_GET_PARENT_RESEED_PROP_COUNTER
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_UNABLE_TO_GET_PARENT_RESEED_PROP_COUNTER), "unable to get parent reseed prop counter"},
#endif
#ifdef RAND_R_UNABLE_TO_GET_PARENT_STRENGTH
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_UNABLE_TO_GET_PARENT_STRENGTH), "unable to get parent strength"},
#endif
#ifdef RAND_R_UNABLE_TO_LOCK_PARENT
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_UNABLE_TO_LOCK_PARENT), "unable to lock parent"},
#endif
#ifdef RAND_R_UNSUPPORTED_DRBG_FLAGS
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_UNSUPPORTED_DRBG_FLAGS), "unsupported drbg flags"},
#endif
#ifdef RAND_R_UNSUPPORTED_DRBG_TYPE
    {ERR_PACK(ERR_LIB_RAND, 0, RAND_R_UNSUPPORTED_DRBG_TYPE), "unsupported drbg type"},
#endif
#ifdef OBJ_R_OID_EXISTS
    {ERR_PACK(ERR_LIB_OBJ, 0, OBJ_R_OID_EXISTS), "oid exists"},
#endif
#ifdef OBJ_R_UNKNOWN_NID
    {ERR_PACK(ERR_LIB_OBJ, 0, OBJ_R_UNKNOWN_NID), "unknown nid"},
#endif
#ifdef OBJ_R_UNKNOWN_OBJECT_NAME
    {ERR_PACK(ERR_LIB_OBJ, 0, OBJ_R_UNKNOWN_OBJECT_NAME), "unknown object name"},
#endif
#ifdef RSA_R_ALGORITHM_MISMATCH
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_ALGORITHM_MISMATCH), "algorithm mismatch"},
#endif
#ifdef RSA_R_BAD_E_VALUE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_BAD_E_VALUE), "bad e value"},
#endif
#ifdef RSA_R_BAD_FIXED_HEADER_DECRYPT
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_BAD_FIXED_HEADER_DECRYPT), "bad fixed header decrypt"},
#endif
#ifdef RSA_R_BAD_PAD_BYTE_COUNT
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_BAD_PAD_BYTE_COUNT), "bad pad byte count"},
#endif
#ifdef RSA_R_BAD_SIGNATURE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_BAD_SIGNATURE), "bad signature"},
#endif
#ifdef RSA_R_BLOCK_TYPE_IS_NOT_01
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_BLOCK_TYPE_IS_NOT_01), "block type is not 01"},
#endif
#ifdef RSA_R_BLOCK_TYPE_IS_NOT_02
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_BLOCK_TYPE_IS_NOT_02), "block type is not 02"},
#endif
#ifdef RSA_R_DATA_GREATER_THAN_MOD_LEN
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DATA_GREATER_THAN_MOD_LEN), "data greater than mod len"},
#endif
#ifdef RSA_R_DATA_TOO_LARGE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DATA_TOO_LARGE), "data too large"},
#endif
#ifdef RSA_R_DATA_TOO_LARGE_FOR_KEY_SIZE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DATA_TOO_LARGE_FOR_KEY_SIZE), "data too large for key size"},
#endif
#ifdef RSA_R_DATA_TOO_LARGE_FOR_MODULUS
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DATA_TOO_LARGE_FOR_MODULUS), "data too large for modulus"},
#endif
#ifdef RSA_R_DATA_TOO_SMALL
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DATA_TOO_SMALL), "data too small"},
#endif
#ifdef RSA_R_DATA_TOO_SMALL_FOR_KEY_SIZE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DATA_TOO_SMALL_FOR_KEY_SIZE), "data too small for key size"},
#endif
#ifdef RSA_R_DIGEST_DOES_NOT_MATCH
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DIGEST_DOES_NOT_MATCH), "digest does not match"},
#endif
#ifdef RSA_R_DIGEST_NOT_ALLOWED
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DIGEST_NOT_ALLOWED), "digest not allowed"},
#endif
#ifdef RSA_R_DIGEST_TOO_BIG_FOR_RSA_KEY
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DIGEST_TOO_BIG_FOR_RSA_KEY), "digest too big for rsa key"},
#endif
#ifdef RSA_R_DMP1_NOT_CONGRUENT_TO_D
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DMP1_NOT_CONGRUENT_TO_D), "dmp1 not congruent to d"},
#endif
#ifdef RSA_R_DMQ1_NOT_CONGRUENT_TO_D
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_DMQ1_NOT_CONGRUENT_TO_D), "dmq1 not congruent to d"},
#endif
#ifdef RSA_R_D_E_NOT_CONGRUENT_TO_1
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_D_E_NOT_CONGRUENT_TO_1), "d e not congruent to 1"},
#endif
#ifdef RSA_R_FIRST_OCTET_INVALID
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_FIRST_OCTET_INVALID), "first octet invalid"},
#endif
#ifdef RSA_R_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE), "illegal or unsupported padding mode"},
#endif
#ifdef RSA_R_INVALID_DIGEST
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_DIGEST), "invalid digest"},
#endif
#ifdef RSA_R_INVALID_DIGEST_LENGTH
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_DIGEST_LENGTH), "invalid digest length"},
#endif
#ifdef RSA_R_INVALID_HEADER
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_HEADER), "invalid header"},
#endif
#ifdef RSA_R_INVALID_KEYPAIR
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_KEYPAIR), "invalid keypair"},
#endif
#ifdef RSA_R_INVALID_KEY_LENGTH
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_KEY_LENGTH), "invalid key length"},
#endif
#ifdef RSA_R_INVALID_LABEL
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_LABEL), "invalid label"},
#endif
#ifdef RSA_R_INVALID_LENGTH
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_LENGTH), "invalid length"},
#endif
#ifdef RSA_R_INVALID_MESSAGE_LENGTH
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_MESSAGE_LENGTH), "invalid message length"},
#endif
#ifdef RSA_R_INVALID_MGF1_MD
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_MGF1_MD), "invalid mgf1 md"},
#endif
#ifdef RSA_R_INVALID_MODULUS
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_MODULUS), "invalid modulus"},
#endif
#ifdef RSA_R_INVALID_MULTI_PRIME_KEY
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_MULTI_PRIME_KEY), "invalid multi prime key"},
#endif
#ifdef RSA_R_INVALID_OAEP_PARAMETERS
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_OAEP_PARAMETERS), "invalid oaep parameters"},
#endif
#ifdef RSA_R_INVALID_PADDING
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_PADDING), "invalid padding"},
#endif
#ifdef RSA_R_INVALID_PADDING_MODE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_PADDING_MODE), "invalid padding mode"},
#endif
#ifdef RSA_R_INVALID_PSS_PARAMETERS
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_PSS_PARAMETERS), "invalid pss parameters"},
#endif
#ifdef RSA_R_INVALID_PSS_SALTLEN
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_PSS_SALTLEN), "invalid pss saltlen"},
#endif
#ifdef RSA_R_INVALID_REQUEST
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_REQUEST), "invalid request"},
#endif
#ifdef RSA_R_INVALID_SALT_LENGTH
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_SALT_LENGTH), "invalid salt length"},
#endif
#ifdef RSA_R_INVALID_STRENGTH
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_STRENGTH), "invalid strength"},
#endif
#ifdef RSA_R_INVALID_TRAILER
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_TRAILER), "invalid trailer"},
#endif
#ifdef RSA_R_INVALID_X931_DIGEST
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_INVALID_X931_DIGEST), "invalid x931 digest"},
#endif
#ifdef RSA_R_IQMP_NOT_INVERSE_OF_Q
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_IQMP_NOT_INVERSE_OF_Q), "iqmp not inverse of q"},
#endif
#ifdef RSA_R_KEY_PRIME_NUM_INVALID
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_KEY_PRIME_NUM_INVALID), "key prime num invalid"},
#endif
#ifdef RSA_R_KEY_SIZE_TOO_SMALL
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_KEY_SIZE_TOO_SMALL), "key size too small"},
#endif
#ifdef RSA_R_LAST_OCTET_INVALID
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_LAST_OCTET_INVALID), "last octet invalid"},
#endif
#ifdef RSA_R_MGF1_DIGEST_NOT_ALLOWED
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_MGF1_DIGEST_NOT_ALLOWED), "mgf1 digest not allowed"},
#endif
#ifdef RSA_R_MISSING_PRIVATE_KEY
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_MISSING_PRIVATE_KEY), "missing private key"},
#endif
#ifdef RSA_R_MODULUS_TOO_LARGE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_MODULUS_TOO_LARGE), "modulus too large"},
#endif
#ifdef RSA_R_MP_COEFFICIENT_NOT_INVERSE_OF_R
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_MP_COEFFICIENT_NOT_INVERSE_OF_R), "mp coefficient not inverse of r"},
#endif
#ifdef RSA_R_MP_EXPONENT_NOT_CONGRUENT_TO_D
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_MP_EXPONENT_NOT_CONGRUENT_TO_D), "mp exponent not congruent to d"},
#endif
#ifdef RSA_R_MP_R_NOT_PRIME
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_MP_R_NOT_PRIME), "mp r not prime"},
#endif
#ifdef RSA_R_NO_PUBLIC_EXPONENT
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_NO_PUBLIC_EXPONENT), "no public exponent"},
#endif
#ifdef RSA_R_NULL_BEFORE_BLOCK_MISSING
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_NULL_BEFORE_BLOCK_MISSING), "null before block missing"},
#endif
#ifdef RSA_R_N_DOES_NOT_EQUAL_PRODUCT_OF_PRIMES
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_N_DOES_NOT_EQUAL_PRODUCT_OF_PRIMES), "n does not equal product of primes"},
#endif
#ifdef RSA_R_N_DOES_NOT_EQUAL_P_Q
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_N_DOES_NOT_EQUAL_P_Q), "n does not equal p q"},
#endif
#ifdef RSA_R_OAEP_DECODING_ERROR
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_OAEP_DECODING_ERROR), "oaep decoding error"},
#endif
#ifdef RSA_R_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE), "operation not supported for this keytype"},
#endif
#ifdef RSA_R_PADDING_CHECK_FAILED
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_PADDING_CHECK_FAILED), "padding check failed"},
#endif
#ifdef RSA_R_PAIRWISE_TEST_FAILURE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_PAIRWISE_TEST_FAILURE), "pairwise test failure"},
#endif
#ifdef RSA_R_PKCS_DECODING_ERROR
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_PKCS_DECODING_ERROR), "pkcs decoding error"},
#endif
#ifdef RSA_R_PSS_SALTLEN_TOO_SMALL
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_PSS_SALTLEN_TOO_SMALL), "pss saltlen too small"},
#endif
#ifdef RSA_R_PUB_EXPONENT_OUT_OF_RANGE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_PUB_EXPONENT_OUT_OF_RANGE), "pub exponent out of range"},
#endif
#ifdef RSA_R_P_NOT_PRIME
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_P_NOT_PRIME), "p not prime"},
#endif
#ifdef RSA_R_Q_NOT_PRIME
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_Q_NOT_PRIME), "q not prime"},
#endif
#ifdef RSA_R_RANDOMNESS_SOURCE_STRENGTH_INSUFFICIENT
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_RANDOMNESS_SOURCE_STRENGTH_INSUFFICIENT), "randomness source strength insufficient"},
#endif
#ifdef RSA_R_RSA_OPERATIONS_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_RSA_OPERATIONS_NOT_SUPPORTED), "rsa operations not supported"},
#endif
#ifdef RSA_R_SLEN_CHECK_FAILED
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_SLEN_CHECK_FAILED), "salt length check failed"},
#endif
#ifdef RSA_R_SLEN_RECOVERY_FAILED
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_SLEN_RECOVERY_FAILED), "salt length recovery failed"},
#endif
#ifdef RSA_R_SSLV3_ROLLBACK_ATTACK
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_SSLV3_ROLLBACK_ATTACK), "sslv3 rollback attack"},
#endif
#ifdef RSA_R_THE_ASN1_OBJECT_IDENTIFIER_IS_NOT_KNOWN_FOR_THIS_MD
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_THE_ASN1_OBJECT_IDENTIFIER_IS_NOT_KNOWN_FOR_THIS_MD), "the asn1 object identifier is not known for this md"},
#endif
#ifdef RSA_R_UNKNOWN_ALGORITHM_TYPE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_UNKNOWN_ALGORITHM_TYPE), "unknown algorithm type"},
#endif
#ifdef RSA_R_UNKNOWN_DIGEST
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_UNKNOWN_DIGEST), "unknown digest"},
#endif
#ifdef RSA_R_UNKNOWN_MASK_DIGEST
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_UNKNOWN_MASK_DIGEST), "unknown mask digest"},
#endif
#ifdef RSA_R_UNKNOWN_PADDING_TYPE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_UNKNOWN_PADDING_TYPE), "unknown padding type"},
#endif
#ifdef RSA_R_UNSUPPORTED_ENCRYPTION_TYPE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_UNSUPPORTED_ENCRYPTION_TYPE), "unsupported encryption type"},
#endif
#ifdef RSA_R_UNSUPPORTED_LABEL_SOURCE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_UNSUPPORTED_LABEL_SOURCE), "unsupported label source"},
#endif
#ifdef RSA_R_UNSUPPORTED_MASK_ALGORITHM
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_UNSUPPORTED_MASK_ALGORITHM), "unsupported mask algorithm"},
#endif
#ifdef RSA_R_UNSUPPORTED_MASK_PARAMETER
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_UNSUPPORTED_MASK_PARAMETER), "unsupported mask parameter"},
#endif
#ifdef RSA_R_UNSUPPORTED_SIGNATURE_TYPE
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_UNSUPPORTED_SIGNATURE_TYPE), "unsupported signature type"},
#endif
#ifdef RSA_R_VALUE_MISSING
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_VALUE_MISSING), "value missing"},
#endif
#ifdef RSA_R_WRONG_SIGNATURE_LENGTH
    {ERR_PACK(ERR_LIB_RSA, 0, RSA_R_WRONG_SIGNATURE_LENGTH), "wrong signature length"},
#endif
#ifdef EC_R_ASN1_ERROR
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_ASN1_ERROR), "asn1 error"},
#endif
#ifdef EC_R_BAD_SIGNATURE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_BAD_SIGNATURE), "bad signature"},
#endif
#ifdef EC_R_BIGNUM_OUT_OF_RANGE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_BIGNUM_OUT_OF_RANGE), "bignum out of range"},
#endif
#ifdef EC_R_BUFFER_TOO_SMALL
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_BUFFER_TOO_SMALL), "buffer too small"},
#endif
#ifdef EC_R_CANNOT_INVERT
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_CANNOT_INVERT), "cannot invert"},
#endif
#ifdef EC_R_COORDINATES_OUT_OF_RANGE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_COORDINATES_OUT_OF_RANGE), "coordinates out of range"},
#endif
#ifdef EC_R_CURVE_DOES_NOT_SUPPORT_ECDH
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_CURVE_DOES_NOT_SUPPORT_ECDH), "curve does not support ecdh"},
#endif
#ifdef EC_R_CURVE_DOES_NOT_SUPPORT_ECDSA
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_CURVE_DOES_NOT_SUPPORT_ECDSA), "curve does not support ecdsa"},
#endif
#ifdef EC_R_CURVE_DOES_NOT_SUPPORT_SIGNING
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_CURVE_DOES_NOT_SUPPORT_SIGNING), "curve does not support signing"},
#endif
#ifdef EC_R_DECODE_ERROR
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_DECODE_ERROR), "decode error"},
#endif
#ifdef EC_R_DISCRIMINANT_IS_ZERO
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_DISCRIMINANT_IS_ZERO), "discriminant is zero"},
#endif
#ifdef EC_R_EC_GROUP_NEW_BY_NAME_FAILURE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_EC_GROUP_NEW_BY_NAME_FAILURE), "ec group new by name failure"},
#endif
#ifdef EC_R_EXPLICIT_PARAMS_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_EXPLICIT_PARAMS_NOT_SUPPORTED), "explicit params not supported"},
#endif
#ifdef EC_R_FAILED_MAKING_PUBLIC_KEY
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_FAILED_MAKING_PUBLIC_KEY), "failed making public key"},
#endif
#ifdef EC_R_FIELD_TOO_LARGE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_FIELD_TOO_LARGE), "field too large"},
#endif
#ifdef EC_R_GF2M_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_GF2M_NOT_SUPPORTED), "gf2m not supported"},
#endif
#ifdef EC_R_GROUP2PKPARAMETERS_FAILURE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_GROUP2PKPARAMETERS_FAILURE), "group2pkparameters failure"},
#endif
#ifdef EC_R_I2D_ECPKPARAMETERS_FAILURE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_I2D_ECPKPARAMETERS_FAILURE), "i2d ecpkparameters failure"},
#endif
#ifdef EC_R_INCOMPATIBLE_OBJECTS
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INCOMPATIBLE_OBJECTS), "incompatible objects"},
#endif
#ifdef EC_R_INVALID_A
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_A), "invalid a"},
#endif
#ifdef EC_R_INVALID_ARGUMENT
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_ARGUMENT), "invalid argument"},
#endif
#ifdef EC_R_INVALID_B
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_B), "invalid b"},
#endif
#ifdef EC_R_INVALID_COFACTOR
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_COFACTOR), "invalid cofactor"},
#endif
#ifdef EC_R_INVALID_COMPRESSED_POINT
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_COMPRESSED_POINT), "invalid compressed point"},
#endif
#ifdef EC_R_INVALID_COMPRESSION_BIT
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_COMPRESSION_BIT), "invalid compression bit"},
#endif
#ifdef EC_R_INVALID_CURVE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_CURVE), "invalid curve"},
#endif
#ifdef EC_R_INVALID_DIGEST
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_DIGEST), "invalid digest"},
#endif
#ifdef EC_R_INVALID_DIGEST_TYPE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_DIGEST_TYPE), "invalid digest type"},
#endif
#ifdef EC_R_INVALID_ENCODING
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_ENCODING), "invalid encoding"},
#endif
#ifdef EC_R_INVALID_FIELD
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_FIELD), "invalid field"},
#endif
#ifdef EC_R_INVALID_FORM
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_FORM), "invalid form"},
#endif
#ifdef EC_R_INVALID_GENERATOR
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_GENERATOR), "invalid generator"},
#endif
#ifdef EC_R_INVALID_GROUP_ORDER
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_GROUP_ORDER), "invalid group order"},
#endif
#ifdef EC_R_INVALID_KEY
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_KEY), "invalid key"},
#endif
#ifdef EC_R_INVALID_LENGTH
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_LENGTH), "invalid length"},
#endif
#ifdef EC_R_INVALID_NAMED_GROUP_CONVERSION
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_NAMED_GROUP_CONVERSION), "invalid named group conversion"},
#endif
#ifdef EC_R_INVALID_OUTPUT_LENGTH
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_OUTPUT_LENGTH), "invalid output length"},
#endif
#ifdef EC_R_INVALID_P
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_P), "invalid p"},
#endif
#ifdef EC_R_INVALID_PEER_KEY
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_PEER_KEY), "invalid peer key"},
#endif
#ifdef EC_R_INVALID_PENTANOMIAL_BASIS
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_PENTANOMIAL_BASIS), "invalid pentanomial basis"},
#endif
#ifdef EC_R_INVALID_PRIVATE_KEY
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_PRIVATE_KEY), "invalid private key"},
#endif
#ifdef EC_R_INVALID_SEED
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_SEED), "invalid seed"},
#endif
#ifdef EC_R_INVALID_TRINOMIAL_BASIS
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_INVALID_TRINOMIAL_BASIS), "invalid trinomial basis"},
#endif
#ifdef EC_R_KDF_PARAMETER_ERROR
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_KDF_PARAMETER_ERROR), "kdf parameter error"},
#endif
#ifdef EC_R_KEYS_NOT_SET
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_KEYS_NOT_SET), "keys not set"},
#endif
#ifdef EC_R_LADDER_POST_FAILURE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_LADDER_POST_FAILURE), "ladder post failure"},
#endif
#ifdef EC_R_LADDER_PRE_FAILURE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_LADDER_PRE_FAILURE), "ladder pre failure"},
#endif
#ifdef EC_R_LADDER_STEP_FAILURE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_LADDER_STEP_FAILURE), "ladder step failure"},
#endif
#ifdef EC_R_MISSING_OID
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_MISSING_OID), "missing OID"},
#endif
#ifdef EC_R_MISSING_PARAMETERS
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_MISSING_PARAMETERS), "missing parameters"},
#endif
#ifdef EC_R_MISSING_PRIVATE_KEY
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_MISSING_PRIVATE_KEY), "missing private key"},
#endif
#ifdef EC_R_NEED_NEW_SETUP_VALUES
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_NEED_NEW_SETUP_VALUES), "need new setup values"},
#endif
#ifdef EC_R_NOT_A_NIST_PRIME
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_NOT_A_NIST_PRIME), "not a NIST prime"},
#endif
#ifdef EC_R_NOT_IMPLEMENTED
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_NOT_IMPLEMENTED), "not implemented"},
#endif
#ifdef EC_R_NOT_INITIALIZED
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_NOT_INITIALIZED), "not initialized"},
#endif
#ifdef EC_R_NO_PARAMETERS_SET
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_NO_PARAMETERS_SET), "no parameters set"},
#endif
#ifdef EC_R_NO_PRIVATE_VALUE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_NO_PRIVATE_VALUE), "no private value"},
#endif
#ifdef EC_R_OPERATION_NOT_SUPPORTED
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_OPERATION_NOT_SUPPORTED), "operation not supported"},
#endif
#ifdef EC_R_PASSED_NULL_PARAMETER
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_PASSED_NULL_PARAMETER), "passed null parameter"},
#endif
#ifdef EC_R_PEER_KEY_ERROR
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_PEER_KEY_ERROR), "peer key error"},
#endif
#ifdef EC_R_POINT_ARITHMETIC_FAILURE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_POINT_ARITHMETIC_FAILURE), "point arithmetic failure"},
#endif
#ifdef EC_R_POINT_AT_INFINITY
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_POINT_AT_INFINITY), "point at infinity"},
#endif
#ifdef EC_R_POINT_COORDINATES_BLIND_FAILURE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_POINT_COORDINATES_BLIND_FAILURE), "point coordinates blind failure"},
#endif
#ifdef EC_R_POINT_IS_NOT_ON_CURVE
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_POINT_IS_NOT_ON_CURVE), "point is not on curve"},
#endif
#ifdef EC_R_RANDOM_NUMBER_GENERATION_FAILED
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_RANDOM_NUMBER_GENERATION_FAILED), "random number generation failed"},
#endif
#ifdef EC_R_SHARED_INFO_ERROR
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_SHARED_INFO_ERROR), "shared info error"},
#endif
#ifdef EC_R_SLOT_FULL
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_SLOT_FULL), "slot full"},
#endif
#ifdef EC_R_TOO_MANY_RETRIES
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_TOO_MANY_RETRIES), "too many retries"},
#endif
#ifdef EC_R_UNDEFINED_GENERATOR
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_UNDEFINED_GENERATOR), "undefined generator"},
#endif
#ifdef EC_R_UNDEFINED_ORDER
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_UNDEFINED_ORDER), "undefined order"},
#endif
#ifdef EC_R_UNKNOWN_COFACTOR
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_UNKNOWN_COFACTOR), "unknown cofactor"},
#endif
#ifdef EC_R_UNKNOWN_GROUP
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_UNKNOWN_GROUP), "unknown group"},
#endif
#ifdef EC_R_UNKNOWN_ORDER
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_UNKNOWN_ORDER), "unknown order"},
#endif
#ifdef EC_R_UNSUPPORTED_FIELD
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_UNSUPPORTED_FIELD), "unsupported field"},
#endif
#ifdef EC_R_WRONG_CURVE_PARAMETERS
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_WRONG_CURVE_PARAMETERS), "wrong curve parameters"},
#endif
#ifdef EC_R_WRONG_ORDER
    {ERR_PACK(ERR_LIB_EC, 0, EC_R_WRONG_ORDER), "wrong order"},
#endif
#ifdef CONF_R_ERROR_LOADING_DSO
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_ERROR_LOADING_DSO), "error loading dso"},
#endif
#ifdef CONF_R_INVALID_PRAGMA
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_INVALID_PRAGMA), "invalid pragma"},
#endif
#ifdef CONF_R_LIST_CANNOT_BE_NULL
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_LIST_CANNOT_BE_NULL), "list cannot be null"},
#endif
#ifdef CONF_R_MANDATORY_BRACES_IN_VARIABLE_EXPANSION
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_MANDATORY_BRACES_IN_VARIABLE_EXPANSION), "mandatory braces in variable expansion"},
#endif
#ifdef CONF_R_MISSING_CLOSE_SQUARE_BRACKET
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_MISSING_CLOSE_SQUARE_BRACKET), "missing close square bracket"},
#endif
#ifdef CONF_R_MISSING_EQUAL_SIGN
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_MISSING_EQUAL_SIGN), "missing equal sign"},
#endif
#ifdef CONF_R_MISSING_INIT_FUNCTION
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_MISSING_INIT_FUNCTION), "missing init function"},
#endif
#ifdef CONF_R_MODULE_INITIALIZATION_ERROR
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_MODULE_INITIALIZATION_ERROR), "module initialization error"},
#endif
#ifdef CONF_R_NO_CLOSE_BRACE
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_NO_CLOSE_BRACE), "no close brace"},
#endif
#ifdef CONF_R_NO_CONF
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_NO_CONF), "no conf"},
#endif
#ifdef CONF_R_NO_CONF_OR_ENVIRONMENT_VARIABLE
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_NO_CONF_OR_ENVIRONMENT_VARIABLE), "no conf or environment variable"},
#endif
#ifdef CONF_R_NO_SECTION
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_NO_SECTION), "no section"},
#endif
#ifdef CONF_R_NO_SUCH_FILE
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_NO_SUCH_FILE), "no such file"},
#endif
#ifdef CONF_R_NO_VALUE
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_NO_VALUE), "no value"},
#endif
#ifdef CONF_R_NUMBER_TOO_LARGE
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_NUMBER_TOO_LARGE), "number too large"},
#endif
#ifdef CONF_R_OPENSSL_CONF_REFERENCES_MISSING_SECTION
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_OPENSSL_CONF_REFERENCES_MISSING_SECTION), "openssl conf references missing section"},
#endif
#ifdef CONF_R_RECURSIVE_DIRECTORY_INCLUDE
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_RECURSIVE_DIRECTORY_INCLUDE), "recursive directory include"},
#endif
#ifdef CONF_R_RECURSIVE_SECTION_REFERENCE
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_RECURSIVE_SECTION_REFERENCE), "recursive section reference"},
#endif
#ifdef CONF_R_RELATIVE_PATH
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_RELATIVE_PATH), "relative path"},
#endif
#ifdef CONF_R_SSL_COMMAND_SECTION_EMPTY
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_SSL_COMMAND_SECTION_EMPTY), "ssl command section empty"},
#endif
#ifdef CONF_R_SSL_COMMAND_SECTION_NOT_FOUND
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_SSL_COMMAND_SECTION_NOT_FOUND), "ssl command section not found"},
#endif
#ifdef CONF_R_SSL_SECTION_EMPTY
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_SSL_SECTION_EMPTY), "ssl section empty"},
#endif
#ifdef CONF_R_SSL_SECTION_NOT_FOUND
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_SSL_SECTION_NOT_FOUND), "ssl section not found"},
#endif
#ifdef CONF_R_UNABLE_TO_CREATE_NEW_SECTION
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_UNABLE_TO_CREATE_NEW_SECTION), "unable to create new section"},
#endif
#ifdef CONF_R_UNKNOWN_MODULE_NAME
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_UNKNOWN_MODULE_NAME), "unknown module name"},
#endif
#ifdef CONF_R_VARIABLE_EXPANSION_TOO_LONG
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_VARIABLE_EXPANSION_TOO_LONG), "variable expansion too long"},
#endif
#ifdef CONF_R_VARIABLE_HAS_NO_VALUE
    {ERR_PACK(ERR_LIB_CONF, 0, CONF_R_VARIABLE_HAS_NO_VALUE), "variable has no value"},
#endif
    {0, NULL},
};
/* clang-format on */

const size_t mbs_err_builtin_count = sizeof(mbs_err_builtin_strings) / sizeof(mbs_err_builtin_strings[0]) - 1;
