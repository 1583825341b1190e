/* differential */
/* shim/crypto/err_strings.c: the built-in error strings. The expected table is OpenSSL 3.0's own output
 * (ERR_lib_error_string / ERR_reason_error_string of the real libcrypto, codes written out as numbers so the
 * check is independent of the headers); the same source runs against the real libcrypto. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/err.h>

struct expect {
    unsigned long code;
    const char *str;
};

/* clang-format off */
static const struct expect expected[] = {
/* library names */
    {0x00800000UL, "unknown library"}, /* ERR_LIB_NONE */
    {0x01000000UL, "system library"}, /* ERR_LIB_SYS */
    {0x01800000UL, "bignum routines"}, /* ERR_LIB_BN */
    {0x02000000UL, "rsa routines"}, /* ERR_LIB_RSA */
    {0x02800000UL, "Diffie-Hellman routines"}, /* ERR_LIB_DH */
    {0x03000000UL, "digital envelope routines"}, /* ERR_LIB_EVP */
    {0x03800000UL, "memory buffer routines"}, /* ERR_LIB_BUF */
    {0x04000000UL, "object identifier routines"}, /* ERR_LIB_OBJ */
    {0x04800000UL, "PEM routines"}, /* ERR_LIB_PEM */
    {0x05000000UL, "dsa routines"}, /* ERR_LIB_DSA */
    {0x05800000UL, "x509 certificate routines"}, /* ERR_LIB_X509 */
    {0x06800000UL, "asn1 encoding routines"}, /* ERR_LIB_ASN1 */
    {0x07000000UL, "configuration file routines"}, /* ERR_LIB_CONF */
    {0x07800000UL, "common libcrypto routines"}, /* ERR_LIB_CRYPTO */
    {0x08000000UL, "elliptic curve routines"}, /* ERR_LIB_EC */
    {0x0A000000UL, "SSL routines"}, /* ERR_LIB_SSL */
    {0x10000000UL, "BIO routines"}, /* ERR_LIB_BIO */
    {0x10800000UL, "PKCS7 routines"}, /* ERR_LIB_PKCS7 */
    {0x11000000UL, "X509 V3 routines"}, /* ERR_LIB_X509V3 */
    {0x11800000UL, "PKCS12 routines"}, /* ERR_LIB_PKCS12 */
    {0x12000000UL, "random number generator"}, /* ERR_LIB_RAND */
    {0x12800000UL, "DSO support routines"}, /* ERR_LIB_DSO */
    {0x13000000UL, "engine routines"}, /* ERR_LIB_ENGINE */
    {0x13800000UL, "OCSP routines"}, /* ERR_LIB_OCSP */
    {0x14000000UL, "UI routines"}, /* ERR_LIB_UI */
    {0x15000000UL, "ECDSA routines"}, /* ERR_LIB_ECDSA */
    {0x15800000UL, "ECDH routines"}, /* ERR_LIB_ECDH */
    {0x16000000UL, "STORE routines"}, /* ERR_LIB_OSSL_STORE */
    {0x16800000UL, "FIPS routines"}, /* ERR_LIB_FIPS */
    {0x17000000UL, "CMS routines"}, /* ERR_LIB_CMS */
    {0x17800000UL, "time stamp routines"}, /* ERR_LIB_TS */
    {0x18000000UL, "HMAC routines"}, /* ERR_LIB_HMAC */
    {0x19000000UL, "CT routines"}, /* ERR_LIB_CT */
    {0x19800000UL, "ASYNC routines"}, /* ERR_LIB_ASYNC */
    {0x1A000000UL, "KDF routines"}, /* ERR_LIB_KDF */
    {0x1A800000UL, "SM2 routines"}, /* ERR_LIB_SM2 */
    {0x1B000000UL, "ESS routines"}, /* ERR_LIB_ESS */
    {0x1C000000UL, "CRMF routines"}, /* ERR_LIB_CRMF */
    {0x1C800000UL, "Provider routines"}, /* ERR_LIB_PROV */
    {0x1D000000UL, "CMP routines"}, /* ERR_LIB_CMP */
    {0x1D800000UL, "ENCODER routines"}, /* ERR_LIB_OSSL_ENCODER */
    {0x1E000000UL, "DECODER routines"}, /* ERR_LIB_OSSL_DECODER */
    {0x1E800000UL, "HTTP routines"}, /* ERR_LIB_HTTP */
/* ERR_R_* reasons, common to every library (looked up with lib 0) */
    {0x00080002UL, "system lib"}, /* ERR_R_SYS_LIB */
    {0x00080003UL, "BN lib"}, /* ERR_R_BN_LIB */
    {0x00080004UL, "RSA lib"}, /* ERR_R_RSA_LIB */
    {0x00080005UL, "DH lib"}, /* ERR_R_DH_LIB */
    {0x00080006UL, "EVP lib"}, /* ERR_R_EVP_LIB */
    {0x00080007UL, "BUF lib"}, /* ERR_R_BUF_LIB */
    {0x00080008UL, "OBJ lib"}, /* ERR_R_OBJ_LIB */
    {0x00080009UL, "PEM lib"}, /* ERR_R_PEM_LIB */
    {0x0008000AUL, "DSA lib"}, /* ERR_R_DSA_LIB */
    {0x0008000BUL, "X509 lib"}, /* ERR_R_X509_LIB */
    {0x0008000DUL, "ASN1 lib"}, /* ERR_R_ASN1_LIB */
    {0x0008000FUL, "CRYPTO lib"}, /* ERR_R_CRYPTO_LIB */
    {0x00080010UL, "EC lib"}, /* ERR_R_EC_LIB */
    {0x00080020UL, "BIO lib"}, /* ERR_R_BIO_LIB */
    {0x00080021UL, "PKCS7 lib"}, /* ERR_R_PKCS7_LIB */
    {0x00080022UL, "X509V3 lib"}, /* ERR_R_X509V3_LIB */
    {0x00080026UL, "ENGINE lib"}, /* ERR_R_ENGINE_LIB */
    {0x00080028UL, "UI lib"}, /* ERR_R_UI_LIB */
    {0x0008002AUL, "ECDSA lib"}, /* ERR_R_ECDSA_LIB */
    {0x0008002CUL, "OSSL_STORE lib"}, /* ERR_R_OSSL_STORE_LIB */
    {0x0008003CUL, "OSSL_DECODER lib"}, /* ERR_R_OSSL_DECODER_LIB */
    {0x000C0000UL, "fatal"}, /* ERR_R_FATAL */
    {0x000C0100UL, "malloc failure"}, /* ERR_R_MALLOC_FAILURE */
    {0x000C0101UL, "called a function you should not call"}, /* ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED */
    {0x000C0102UL, "passed a null parameter"}, /* ERR_R_PASSED_NULL_PARAMETER */
    {0x000C0103UL, "internal error"}, /* ERR_R_INTERNAL_ERROR */
    {0x000C0104UL, "called a function that was disabled at compile-time"}, /* ERR_R_DISABLED */
    {0x000C0105UL, "init fail"}, /* ERR_R_INIT_FAIL */
    {0x00080106UL, "passed invalid argument"}, /* ERR_R_PASSED_INVALID_ARGUMENT */
    {0x000C0107UL, "operation fail"}, /* ERR_R_OPERATION_FAIL */
    {0x000C0108UL, "invalid provider functions"}, /* ERR_R_INVALID_PROVIDER_FUNCTIONS */
    {0x00080109UL, "interrupted or cancelled"}, /* ERR_R_INTERRUPTED_OR_CANCELLED */
    {0x0008010AUL, "nested asn1 error"}, /* ERR_R_NESTED_ASN1_ERROR */
    {0x0008010BUL, "missing asn1 eos"}, /* ERR_R_MISSING_ASN1_EOS */
    {0x0008010CUL, "unsupported"}, /* ERR_R_UNSUPPORTED */
    {0x0008010DUL, "fetch failed"}, /* ERR_R_FETCH_FAILED */
    {0x0008010EUL, "invalid property definition"}, /* ERR_R_INVALID_PROPERTY_DEFINITION */
    {0x000C010FUL, "unable to get read lock"}, /* ERR_R_UNABLE_TO_GET_READ_LOCK */
    {0x000C0110UL, "unable to get write lock"}, /* ERR_R_UNABLE_TO_GET_WRITE_LOCK */
/* per-library reasons */
    {0x10000064UL, "accept error"}, /* BIO_R_ACCEPT_ERROR */
    {0x1000008DUL, "addrinfo addr is not af inet"}, /* BIO_R_ADDRINFO_ADDR_IS_NOT_AF_INET */
    {0x10000081UL, "ambiguous host or service"}, /* BIO_R_AMBIGUOUS_HOST_OR_SERVICE */
    {0x10000065UL, "bad fopen mode"}, /* BIO_R_BAD_FOPEN_MODE */
    {0x1000007CUL, "broken pipe"}, /* BIO_R_BROKEN_PIPE */
    {0x10000067UL, "connect error"}, /* BIO_R_CONNECT_ERROR */
    {0x10000093UL, "connect timeout"}, /* BIO_R_CONNECT_TIMEOUT */
    {0x1000006BUL, "gethostbyname addr is not af inet"}, /* BIO_R_GETHOSTBYNAME_ADDR_IS_NOT_AF_INET */
    {0x10000084UL, "getsockname error"}, /* BIO_R_GETSOCKNAME_ERROR */
    {0x10000085UL, "getsockname truncated address"}, /* BIO_R_GETSOCKNAME_TRUNCATED_ADDRESS */
    {0x10000086UL, "getting socktype"}, /* BIO_R_GETTING_SOCKTYPE */
    {0x1000007DUL, "invalid argument"}, /* BIO_R_INVALID_ARGUMENT */
    {0x10000087UL, "invalid socket"}, /* BIO_R_INVALID_SOCKET */
    {0x1000007BUL, "in use"}, /* BIO_R_IN_USE */
    {0x10000066UL, "length too long"}, /* BIO_R_LENGTH_TOO_LONG */
    {0x10000088UL, "listen v6 only"}, /* BIO_R_LISTEN_V6_ONLY */
    {0x1000008EUL, "lookup returned nothing"}, /* BIO_R_LOOKUP_RETURNED_NOTHING */
    {0x10000082UL, "malformed host or service"}, /* BIO_R_MALFORMED_HOST_OR_SERVICE */
    {0x1000006EUL, "nbio connect error"}, /* BIO_R_NBIO_CONNECT_ERROR */
    {0x1000008FUL, "no accept addr or service specified"}, /* BIO_R_NO_ACCEPT_ADDR_OR_SERVICE_SPECIFIED */
    {0x10000090UL, "no hostname or service specified"}, /* BIO_R_NO_HOSTNAME_OR_SERVICE_SPECIFIED */
    {0x10000071UL, "no port defined"}, /* BIO_R_NO_PORT_DEFINED */
    {0x10000080UL, "no such file"}, /* BIO_R_NO_SUCH_FILE */
    {0x10000068UL, "transfer error"}, /* BIO_R_TRANSFER_ERROR */
    {0x10000069UL, "transfer timeout"}, /* BIO_R_TRANSFER_TIMEOUT */
    {0x10000075UL, "unable to bind socket"}, /* BIO_R_UNABLE_TO_BIND_SOCKET */
    {0x10000076UL, "unable to create socket"}, /* BIO_R_UNABLE_TO_CREATE_SOCKET */
    {0x10000089UL, "unable to keepalive"}, /* BIO_R_UNABLE_TO_KEEPALIVE */
    {0x10000077UL, "unable to listen socket"}, /* BIO_R_UNABLE_TO_LISTEN_SOCKET */
    {0x1000008AUL, "unable to nodelay"}, /* BIO_R_UNABLE_TO_NODELAY */
    {0x1000008BUL, "unable to reuseaddr"}, /* BIO_R_UNABLE_TO_REUSEADDR */
    {0x10000091UL, "unavailable ip family"}, /* BIO_R_UNAVAILABLE_IP_FAMILY */
    {0x10000078UL, "uninitialized"}, /* BIO_R_UNINITIALIZED */
    {0x1000008CUL, "unknown info type"}, /* BIO_R_UNKNOWN_INFO_TYPE */
    {0x10000092UL, "unsupported ip family"}, /* BIO_R_UNSUPPORTED_IP_FAMILY */
    {0x10000079UL, "unsupported method"}, /* BIO_R_UNSUPPORTED_METHOD */
    {0x10000083UL, "unsupported protocol family"}, /* BIO_R_UNSUPPORTED_PROTOCOL_FAMILY */
    {0x1000007EUL, "write to read only BIO"}, /* BIO_R_WRITE_TO_READ_ONLY_BIO */
    {0x1000007AUL, "WSAStartup"}, /* BIO_R_WSASTARTUP */
    {0x0580006EUL, "akid mismatch"}, /* X509_R_AKID_MISMATCH */
    {0x05800085UL, "bad selector"}, /* X509_R_BAD_SELECTOR */
    {0x05800064UL, "bad x509 filetype"}, /* X509_R_BAD_X509_FILETYPE */
    {0x05800076UL, "base64 decode error"}, /* X509_R_BASE64_DECODE_ERROR */
    {0x05800072UL, "cant check dh key"}, /* X509_R_CANT_CHECK_DH_KEY */
    {0x0580008BUL, "certificate verification failed"}, /* X509_R_CERTIFICATE_VERIFICATION_FAILED */
    {0x05800065UL, "cert already in hash table"}, /* X509_R_CERT_ALREADY_IN_HASH_TABLE */
    {0x0580007FUL, "crl already delta"}, /* X509_R_CRL_ALREADY_DELTA */
    {0x05800093UL, "crl signature algorithm mismatch"}, /* X509_R_CRL_SIGNATURE_ALGORITHM_MISMATCH */
    {0x05800083UL, "crl verify failure"}, /* X509_R_CRL_VERIFY_FAILURE */
    {0x0580008CUL, "duplicate attribute"}, /* X509_R_DUPLICATE_ATTRIBUTE */
    {0x0580008DUL, "error getting md by nid"}, /* X509_R_ERROR_GETTING_MD_BY_NID */
    {0x0580008EUL, "error using siginf set"}, /* X509_R_ERROR_USING_SIGINF_SET */
    {0x05800080UL, "idp mismatch"}, /* X509_R_IDP_MISMATCH */
    {0x0580008AUL, "invalid attributes"}, /* X509_R_INVALID_ATTRIBUTES */
    {0x05800071UL, "invalid directory"}, /* X509_R_INVALID_DIRECTORY */
    {0x0580008FUL, "invalid distpoint"}, /* X509_R_INVALID_DISTPOINT */
    {0x05800077UL, "invalid field name"}, /* X509_R_INVALID_FIELD_NAME */
    {0x0580007BUL, "invalid trust"}, /* X509_R_INVALID_TRUST */
    {0x05800081UL, "issuer mismatch"}, /* X509_R_ISSUER_MISMATCH */
    {0x05800073UL, "key type mismatch"}, /* X509_R_KEY_TYPE_MISMATCH */
    {0x05800074UL, "key values mismatch"}, /* X509_R_KEY_VALUES_MISMATCH */
    {0x05800067UL, "loading cert dir"}, /* X509_R_LOADING_CERT_DIR */
    {0x05800068UL, "loading defaults"}, /* X509_R_LOADING_DEFAULTS */
    {0x0580007CUL, "method not supported"}, /* X509_R_METHOD_NOT_SUPPORTED */
    {0x05800086UL, "name too long"}, /* X509_R_NAME_TOO_LONG */
    {0x05800084UL, "newer crl not newer"}, /* X509_R_NEWER_CRL_NOT_NEWER */
    {0x05800087UL, "no certificate found"}, /* X509_R_NO_CERTIFICATE_FOUND */
    {0x05800088UL, "no certificate or crl found"}, /* X509_R_NO_CERTIFICATE_OR_CRL_FOUND */
    {0x05800069UL, "no cert set for us to verify"}, /* X509_R_NO_CERT_SET_FOR_US_TO_VERIFY */
    {0x05800089UL, "no crl found"}, /* X509_R_NO_CRL_FOUND */
    {0x05800082UL, "no crl number"}, /* X509_R_NO_CRL_NUMBER */
    {0x0580007DUL, "public key decode error"}, /* X509_R_PUBLIC_KEY_DECODE_ERROR */
    {0x0580007EUL, "public key encode error"}, /* X509_R_PUBLIC_KEY_ENCODE_ERROR */
    {0x0580006AUL, "should retry"}, /* X509_R_SHOULD_RETRY */
    {0x0580006BUL, "unable to find parameters in chain"}, /* X509_R_UNABLE_TO_FIND_PARAMETERS_IN_CHAIN */
    {0x0580006CUL, "unable to get certs public key"}, /* X509_R_UNABLE_TO_GET_CERTS_PUBLIC_KEY */
    {0x05800075UL, "unknown key type"}, /* X509_R_UNKNOWN_KEY_TYPE */
    {0x0580006DUL, "unknown nid"}, /* X509_R_UNKNOWN_NID */
    {0x05800079UL, "unknown purpose id"}, /* X509_R_UNKNOWN_PURPOSE_ID */
    {0x05800090UL, "unknown sigid algs"}, /* X509_R_UNKNOWN_SIGID_ALGS */
    {0x05800078UL, "unknown trust id"}, /* X509_R_UNKNOWN_TRUST_ID */
    {0x0580006FUL, "unsupported algorithm"}, /* X509_R_UNSUPPORTED_ALGORITHM */
    {0x05800070UL, "wrong lookup type"}, /* X509_R_WRONG_LOOKUP_TYPE */
    {0x0580007AUL, "wrong type"}, /* X509_R_WRONG_TYPE */
    {0x11000076UL, "bad ip address"}, /* X509V3_R_BAD_IP_ADDRESS */
    {0x11000077UL, "bad object"}, /* X509V3_R_BAD_OBJECT */
    {0x11000064UL, "bn dec2bn error"}, /* X509V3_R_BN_DEC2BN_ERROR */
    {0x11000065UL, "bn to asn1 integer error"}, /* X509V3_R_BN_TO_ASN1_INTEGER_ERROR */
    {0x11000095UL, "dirname error"}, /* X509V3_R_DIRNAME_ERROR */
    {0x110000A0UL, "distpoint already set"}, /* X509V3_R_DISTPOINT_ALREADY_SET */
    {0x11000085UL, "duplicate zone id"}, /* X509V3_R_DUPLICATE_ZONE_ID */
    {0x110000A9UL, "empty key usage"}, /* X509V3_R_EMPTY_KEY_USAGE */
    {0x11000083UL, "error converting zone"}, /* X509V3_R_ERROR_CONVERTING_ZONE */
    {0x11000090UL, "error creating extension"}, /* X509V3_R_ERROR_CREATING_EXTENSION */
    {0x11000080UL, "error in extension"}, /* X509V3_R_ERROR_IN_EXTENSION */
    {0x11000089UL, "expected a section name"}, /* X509V3_R_EXPECTED_A_SECTION_NAME */
    {0x11000091UL, "extension exists"}, /* X509V3_R_EXTENSION_EXISTS */
    {0x11000073UL, "extension name error"}, /* X509V3_R_EXTENSION_NAME_ERROR */
    {0x11000066UL, "extension not found"}, /* X509V3_R_EXTENSION_NOT_FOUND */
    {0x11000067UL, "extension setting not supported"}, /* X509V3_R_EXTENSION_SETTING_NOT_SUPPORTED */
    {0x11000074UL, "extension value error"}, /* X509V3_R_EXTENSION_VALUE_ERROR */
    {0x11000097UL, "illegal empty extension"}, /* X509V3_R_ILLEGAL_EMPTY_EXTENSION */
    {0x11000098UL, "incorrect policy syntax tag"}, /* X509V3_R_INCORRECT_POLICY_SYNTAX_TAG */
    {0x110000A2UL, "invalid asnumber"}, /* X509V3_R_INVALID_ASNUMBER */
    {0x110000A3UL, "invalid asrange"}, /* X509V3_R_INVALID_ASRANGE */
    {0x11000068UL, "invalid boolean string"}, /* X509V3_R_INVALID_BOOLEAN_STRING */
    {0x1100009EUL, "invalid certificate"}, /* X509V3_R_INVALID_CERTIFICATE */
    {0x1100006CUL, "invalid empty name"}, /* X509V3_R_INVALID_EMPTY_NAME */
    {0x11000069UL, "invalid extension string"}, /* X509V3_R_INVALID_EXTENSION_STRING */
    {0x110000A5UL, "invalid inheritance"}, /* X509V3_R_INVALID_INHERITANCE */
    {0x110000A6UL, "invalid ipaddress"}, /* X509V3_R_INVALID_IPADDRESS */
    {0x110000A1UL, "invalid multiple rdns"}, /* X509V3_R_INVALID_MULTIPLE_RDNS */
    {0x1100006AUL, "invalid name"}, /* X509V3_R_INVALID_NAME */
    {0x1100006BUL, "invalid null argument"}, /* X509V3_R_INVALID_NULL_ARGUMENT */
    {0x1100006DUL, "invalid null value"}, /* X509V3_R_INVALID_NULL_VALUE */
    {0x1100008CUL, "invalid number"}, /* X509V3_R_INVALID_NUMBER */
    {0x1100008DUL, "invalid numbers"}, /* X509V3_R_INVALID_NUMBERS */
    {0x1100006EUL, "invalid object identifier"}, /* X509V3_R_INVALID_OBJECT_IDENTIFIER */
    {0x1100008AUL, "invalid option"}, /* X509V3_R_INVALID_OPTION */
    {0x11000086UL, "invalid policy identifier"}, /* X509V3_R_INVALID_POLICY_IDENTIFIER */
    {0x11000099UL, "invalid proxy policy setting"}, /* X509V3_R_INVALID_PROXY_POLICY_SETTING */
    {0x11000092UL, "invalid purpose"}, /* X509V3_R_INVALID_PURPOSE */
    {0x110000A4UL, "invalid safi"}, /* X509V3_R_INVALID_SAFI */
    {0x11000087UL, "invalid section"}, /* X509V3_R_INVALID_SECTION */
    {0x1100008FUL, "invalid syntax"}, /* X509V3_R_INVALID_SYNTAX */
    {0x1100007EUL, "issuer decode error"}, /* X509V3_R_ISSUER_DECODE_ERROR */
    {0x1100007CUL, "missing value"}, /* X509V3_R_MISSING_VALUE */
    {0x1100008EUL, "need organization and numbers"}, /* X509V3_R_NEED_ORGANIZATION_AND_NUMBERS */
    {0x110000A8UL, "negative pathlen"}, /* X509V3_R_NEGATIVE_PATHLEN */
    {0x11000088UL, "no config database"}, /* X509V3_R_NO_CONFIG_DATABASE */
    {0x11000079UL, "no issuer certificate"}, /* X509V3_R_NO_ISSUER_CERTIFICATE */
    {0x1100007FUL, "no issuer details"}, /* X509V3_R_NO_ISSUER_DETAILS */
    {0x1100008BUL, "no policy identifier"}, /* X509V3_R_NO_POLICY_IDENTIFIER */
    {0x1100009AUL, "no proxy cert policy language defined"}, /* X509V3_R_NO_PROXY_CERT_POLICY_LANGUAGE_DEFINED */
    {0x11000072UL, "no public key"}, /* X509V3_R_NO_PUBLIC_KEY */
    {0x1100007DUL, "no subject details"}, /* X509V3_R_NO_SUBJECT_DETAILS */
    {0x11000094UL, "operation not defined"}, /* X509V3_R_OPERATION_NOT_DEFINED */
    {0x11000093UL, "othername error"}, /* X509V3_R_OTHERNAME_ERROR */
    {0x1100009BUL, "policy language already defined"}, /* X509V3_R_POLICY_LANGUAGE_ALREADY_DEFINED */
    {0x1100009CUL, "policy path length"}, /* X509V3_R_POLICY_PATH_LENGTH */
    {0x1100009DUL, "policy path length already defined"}, /* X509V3_R_POLICY_PATH_LENGTH_ALREADY_DEFINED */
    {0x1100009FUL, "policy when proxy language requires no policy"}, /* X509V3_R_POLICY_WHEN_PROXY_LANGUAGE_REQUIRES_NO_POLICY */
    {0x11000096UL, "section not found"}, /* X509V3_R_SECTION_NOT_FOUND */
    {0x1100007AUL, "unable to get issuer details"}, /* X509V3_R_UNABLE_TO_GET_ISSUER_DETAILS */
    {0x1100007BUL, "unable to get issuer keyid"}, /* X509V3_R_UNABLE_TO_GET_ISSUER_KEYID */
    {0x1100006FUL, "unknown bit string argument"}, /* X509V3_R_UNKNOWN_BIT_STRING_ARGUMENT */
    {0x11000081UL, "unknown extension"}, /* X509V3_R_UNKNOWN_EXTENSION */
    {0x11000082UL, "unknown extension name"}, /* X509V3_R_UNKNOWN_EXTENSION_NAME */
    {0x11000078UL, "unknown option"}, /* X509V3_R_UNKNOWN_OPTION */
    {0x11000075UL, "unsupported option"}, /* X509V3_R_UNSUPPORTED_OPTION */
    {0x110000A7UL, "unsupported type"}, /* X509V3_R_UNSUPPORTED_TYPE */
    {0x11000084UL, "user too long"}, /* X509V3_R_USER_TOO_LONG */
    {0x04800064UL, "bad base64 decode"}, /* PEM_R_BAD_BASE64_DECODE */
    {0x04800065UL, "bad decrypt"}, /* PEM_R_BAD_DECRYPT */
    {0x04800066UL, "bad end line"}, /* PEM_R_BAD_END_LINE */
    {0x04800067UL, "bad iv chars"}, /* PEM_R_BAD_IV_CHARS */
    {0x04800074UL, "bad magic number"}, /* PEM_R_BAD_MAGIC_NUMBER */
    {0x04800068UL, "bad password read"}, /* PEM_R_BAD_PASSWORD_READ */
    {0x04800075UL, "bad version number"}, /* PEM_R_BAD_VERSION_NUMBER */
    {0x04800076UL, "bio write failure"}, /* PEM_R_BIO_WRITE_FAILURE */
    {0x0480007FUL, "cipher is null"}, /* PEM_R_CIPHER_IS_NULL */
    {0x04800073UL, "error converting private key"}, /* PEM_R_ERROR_CONVERTING_PRIVATE_KEY */
    {0x04800083UL, "expecting dss key blob"}, /* PEM_R_EXPECTING_DSS_KEY_BLOB */
    {0x04800077UL, "expecting private key blob"}, /* PEM_R_EXPECTING_PRIVATE_KEY_BLOB */
    {0x04800078UL, "expecting public key blob"}, /* PEM_R_EXPECTING_PUBLIC_KEY_BLOB */
    {0x04800084UL, "expecting rsa key blob"}, /* PEM_R_EXPECTING_RSA_KEY_BLOB */
    {0x04800080UL, "header too long"}, /* PEM_R_HEADER_TOO_LONG */
    {0x04800079UL, "inconsistent header"}, /* PEM_R_INCONSISTENT_HEADER */
    {0x0480007AUL, "keyblob header parse error"}, /* PEM_R_KEYBLOB_HEADER_PARSE_ERROR */
    {0x0480007BUL, "keyblob too short"}, /* PEM_R_KEYBLOB_TOO_SHORT */
    {0x04800081UL, "missing dek iv"}, /* PEM_R_MISSING_DEK_IV */
    {0x04800069UL, "not dek info"}, /* PEM_R_NOT_DEK_INFO */
    {0x0480006AUL, "not encrypted"}, /* PEM_R_NOT_ENCRYPTED */
    {0x0480006BUL, "not proc type"}, /* PEM_R_NOT_PROC_TYPE */
    {0x0480006CUL, "no start line"}, /* PEM_R_NO_START_LINE */
    {0x0480006DUL, "problems getting password"}, /* PEM_R_PROBLEMS_GETTING_PASSWORD */
    {0x0480007CUL, "pvk data too short"}, /* PEM_R_PVK_DATA_TOO_SHORT */
    {0x0480007DUL, "pvk too short"}, /* PEM_R_PVK_TOO_SHORT */
    {0x0480006FUL, "read key"}, /* PEM_R_READ_KEY */
    {0x04800070UL, "short header"}, /* PEM_R_SHORT_HEADER */
    {0x04800082UL, "unexpected dek iv"}, /* PEM_R_UNEXPECTED_DEK_IV */
    {0x04800071UL, "unsupported cipher"}, /* PEM_R_UNSUPPORTED_CIPHER */
    {0x04800072UL, "unsupported encryption"}, /* PEM_R_UNSUPPORTED_ENCRYPTION */
    {0x0480007EUL, "unsupported key components"}, /* PEM_R_UNSUPPORTED_KEY_COMPONENTS */
    {0x0480006EUL, "unsupported public key type"}, /* PEM_R_UNSUPPORTED_PUBLIC_KEY_TYPE */
    {0x068000ABUL, "adding object"}, /* ASN1_R_ADDING_OBJECT */
    {0x068000CBUL, "asn1 parse error"}, /* ASN1_R_ASN1_PARSE_ERROR */
    {0x068000CCUL, "asn1 sig parse error"}, /* ASN1_R_ASN1_SIG_PARSE_ERROR */
    {0x06800064UL, "aux error"}, /* ASN1_R_AUX_ERROR */
    {0x06800066UL, "bad object header"}, /* ASN1_R_BAD_OBJECT_HEADER */
    {0x068000E6UL, "bad template"}, /* ASN1_R_BAD_TEMPLATE */
    {0x068000D6UL, "bmpstring is wrong length"}, /* ASN1_R_BMPSTRING_IS_WRONG_LENGTH */
    {0x06800069UL, "bn lib"}, /* ASN1_R_BN_LIB */
    {0x0680006AUL, "boolean is wrong length"}, /* ASN1_R_BOOLEAN_IS_WRONG_LENGTH */
    {0x0680006BUL, "buffer too small"}, /* ASN1_R_BUFFER_TOO_SMALL */
    {0x0680006CUL, "cipher has no object identifier"}, /* ASN1_R_CIPHER_HAS_NO_OBJECT_IDENTIFIER */
    {0x068000D9UL, "context not initialised"}, /* ASN1_R_CONTEXT_NOT_INITIALISED */
    {0x0680006DUL, "data is wrong"}, /* ASN1_R_DATA_IS_WRONG */
    {0x0680006EUL, "decode error"}, /* ASN1_R_DECODE_ERROR */
    {0x068000AEUL, "depth exceeded"}, /* ASN1_R_DEPTH_EXCEEDED */
    {0x068000C6UL, "digest and key type not supported"}, /* ASN1_R_DIGEST_AND_KEY_TYPE_NOT_SUPPORTED */
    {0x06800070UL, "encode error"}, /* ASN1_R_ENCODE_ERROR */
    {0x068000ADUL, "error getting time"}, /* ASN1_R_ERROR_GETTING_TIME */
    {0x068000ACUL, "error loading section"}, /* ASN1_R_ERROR_LOADING_SECTION */
    {0x06800072UL, "error setting cipher params"}, /* ASN1_R_ERROR_SETTING_CIPHER_PARAMS */
    {0x06800073UL, "expecting an integer"}, /* ASN1_R_EXPECTING_AN_INTEGER */
    {0x06800074UL, "expecting an object"}, /* ASN1_R_EXPECTING_AN_OBJECT */
    {0x06800077UL, "explicit length mismatch"}, /* ASN1_R_EXPLICIT_LENGTH_MISMATCH */
    {0x06800078UL, "explicit tag not constructed"}, /* ASN1_R_EXPLICIT_TAG_NOT_CONSTRUCTED */
    {0x06800079UL, "field missing"}, /* ASN1_R_FIELD_MISSING */
    {0x0680007AUL, "first num too large"}, /* ASN1_R_FIRST_NUM_TOO_LARGE */
    {0x0680007BUL, "header too long"}, /* ASN1_R_HEADER_TOO_LONG */
    {0x068000AFUL, "illegal bitstring format"}, /* ASN1_R_ILLEGAL_BITSTRING_FORMAT */
    {0x068000B0UL, "illegal boolean"}, /* ASN1_R_ILLEGAL_BOOLEAN */
    {0x0680007CUL, "illegal characters"}, /* ASN1_R_ILLEGAL_CHARACTERS */
    {0x068000B1UL, "illegal format"}, /* ASN1_R_ILLEGAL_FORMAT */
    {0x068000B2UL, "illegal hex"}, /* ASN1_R_ILLEGAL_HEX */
    {0x068000B3UL, "illegal implicit tag"}, /* ASN1_R_ILLEGAL_IMPLICIT_TAG */
    {0x068000B4UL, "illegal integer"}, /* ASN1_R_ILLEGAL_INTEGER */
    {0x068000E2UL, "illegal negative value"}, /* ASN1_R_ILLEGAL_NEGATIVE_VALUE */
    {0x068000B5UL, "illegal nested tagging"}, /* ASN1_R_ILLEGAL_NESTED_TAGGING */
    {0x0680007DUL, "illegal null"}, /* ASN1_R_ILLEGAL_NULL */
    {0x068000B6UL, "illegal null value"}, /* ASN1_R_ILLEGAL_NULL_VALUE */
    {0x068000B7UL, "illegal object"}, /* ASN1_R_ILLEGAL_OBJECT */
    {0x0680007EUL, "illegal optional any"}, /* ASN1_R_ILLEGAL_OPTIONAL_ANY */
    {0x068000AAUL, "illegal options on item template"}, /* ASN1_R_ILLEGAL_OPTIONS_ON_ITEM_TEMPLATE */
    {0x068000DDUL, "illegal padding"}, /* ASN1_R_ILLEGAL_PADDING */
    {0x0680007FUL, "illegal tagged any"}, /* ASN1_R_ILLEGAL_TAGGED_ANY */
    {0x068000B8UL, "illegal time value"}, /* ASN1_R_ILLEGAL_TIME_VALUE */
    {0x068000DEUL, "illegal zero content"}, /* ASN1_R_ILLEGAL_ZERO_CONTENT */
    {0x068000B9UL, "integer not ascii format"}, /* ASN1_R_INTEGER_NOT_ASCII_FORMAT */
    {0x06800080UL, "integer too large for long"}, /* ASN1_R_INTEGER_TOO_LARGE_FOR_LONG */
    {0x068000DCUL, "invalid bit string bits left"}, /* ASN1_R_INVALID_BIT_STRING_BITS_LEFT */
    {0x06800081UL, "invalid bmpstring length"}, /* ASN1_R_INVALID_BMPSTRING_LENGTH */
    {0x06800082UL, "invalid digit"}, /* ASN1_R_INVALID_DIGIT */
    {0x068000CDUL, "invalid mime type"}, /* ASN1_R_INVALID_MIME_TYPE */
    {0x068000BAUL, "invalid modifier"}, /* ASN1_R_INVALID_MODIFIER */
    {0x068000BBUL, "invalid number"}, /* ASN1_R_INVALID_NUMBER */
    {0x068000D8UL, "invalid object encoding"}, /* ASN1_R_INVALID_OBJECT_ENCODING */
    {0x068000E3UL, "invalid scrypt parameters"}, /* ASN1_R_INVALID_SCRYPT_PARAMETERS */
    {0x06800083UL, "invalid separator"}, /* ASN1_R_INVALID_SEPARATOR */
    {0x068000DAUL, "invalid string table value"}, /* ASN1_R_INVALID_STRING_TABLE_VALUE */
    {0x06800085UL, "invalid universalstring length"}, /* ASN1_R_INVALID_UNIVERSALSTRING_LENGTH */
    {0x06800086UL, "invalid utf8string"}, /* ASN1_R_INVALID_UTF8STRING */
    {0x068000DBUL, "invalid value"}, /* ASN1_R_INVALID_VALUE */
    {0x068000E7UL, "length too long"}, /* ASN1_R_LENGTH_TOO_LONG */
    {0x068000BCUL, "list error"}, /* ASN1_R_LIST_ERROR */
    {0x068000CEUL, "mime no content type"}, /* ASN1_R_MIME_NO_CONTENT_TYPE */
    {0x068000CFUL, "mime parse error"}, /* ASN1_R_MIME_PARSE_ERROR */
    {0x068000D0UL, "mime sig parse error"}, /* ASN1_R_MIME_SIG_PARSE_ERROR */
    {0x06800089UL, "missing eoc"}, /* ASN1_R_MISSING_EOC */
    {0x0680008AUL, "missing second number"}, /* ASN1_R_MISSING_SECOND_NUMBER */
    {0x068000BDUL, "missing value"}, /* ASN1_R_MISSING_VALUE */
    {0x0680008BUL, "mstring not universal"}, /* ASN1_R_MSTRING_NOT_UNIVERSAL */
    {0x0680008CUL, "mstring wrong tag"}, /* ASN1_R_MSTRING_WRONG_TAG */
    {0x068000C5UL, "nested asn1 string"}, /* ASN1_R_NESTED_ASN1_STRING */
    {0x068000C9UL, "nested too deep"}, /* ASN1_R_NESTED_TOO_DEEP */
    {0x0680008DUL, "non hex characters"}, /* ASN1_R_NON_HEX_CHARACTERS */
    {0x068000BEUL, "not ascii format"}, /* ASN1_R_NOT_ASCII_FORMAT */
    {0x0680008EUL, "not enough data"}, /* ASN1_R_NOT_ENOUGH_DATA */
    {0x068000D1UL, "no content type"}, /* ASN1_R_NO_CONTENT_TYPE */
    {0x0680008FUL, "no matching choice type"}, /* ASN1_R_NO_MATCHING_CHOICE_TYPE */
    {0x068000D2UL, "no multipart body failure"}, /* ASN1_R_NO_MULTIPART_BODY_FAILURE */
    {0x068000D3UL, "no multipart boundary"}, /* ASN1_R_NO_MULTIPART_BOUNDARY */
    {0x068000D4UL, "no sig content type"}, /* ASN1_R_NO_SIG_CONTENT_TYPE */
    {0x06800090UL, "null is wrong length"}, /* ASN1_R_NULL_IS_WRONG_LENGTH */
    {0x068000BFUL, "object not ascii format"}, /* ASN1_R_OBJECT_NOT_ASCII_FORMAT */
    {0x06800091UL, "odd number of chars"}, /* ASN1_R_ODD_NUMBER_OF_CHARS */
    {0x06800093UL, "second number too large"}, /* ASN1_R_SECOND_NUMBER_TOO_LARGE */
    {0x06800094UL, "sequence length mismatch"}, /* ASN1_R_SEQUENCE_LENGTH_MISMATCH */
    {0x06800095UL, "sequence not constructed"}, /* ASN1_R_SEQUENCE_NOT_CONSTRUCTED */
    {0x068000C0UL, "sequence or set needs config"}, /* ASN1_R_SEQUENCE_OR_SET_NEEDS_CONFIG */
    {0x06800096UL, "short line"}, /* ASN1_R_SHORT_LINE */
    {0x068000D5UL, "sig invalid mime type"}, /* ASN1_R_SIG_INVALID_MIME_TYPE */
    {0x068000CAUL, "streaming not supported"}, /* ASN1_R_STREAMING_NOT_SUPPORTED */
    {0x06800097UL, "string too long"}, /* ASN1_R_STRING_TOO_LONG */
    {0x06800098UL, "string too short"}, /* ASN1_R_STRING_TOO_SHORT */
    {0x0680009AUL, "the asn1 object identifier is not known for this md"}, /* ASN1_R_THE_ASN1_OBJECT_IDENTIFIER_IS_NOT_KNOWN_FOR_THIS_MD */
    {0x068000C1UL, "time not ascii format"}, /* ASN1_R_TIME_NOT_ASCII_FORMAT */
    {0x068000DFUL, "too large"}, /* ASN1_R_TOO_LARGE */
    {0x0680009BUL, "too long"}, /* ASN1_R_TOO_LONG */
    {0x068000E0UL, "too small"}, /* ASN1_R_TOO_SMALL */
    {0x0680009CUL, "type not constructed"}, /* ASN1_R_TYPE_NOT_CONSTRUCTED */
    {0x068000C3UL, "type not primitive"}, /* ASN1_R_TYPE_NOT_PRIMITIVE */
    {0x0680009FUL, "unexpected eoc"}, /* ASN1_R_UNEXPECTED_EOC */
    {0x068000D7UL, "universalstring is wrong length"}, /* ASN1_R_UNIVERSALSTRING_IS_WRONG_LENGTH */
    {0x068000E5UL, "unknown digest"}, /* ASN1_R_UNKNOWN_DIGEST */
    {0x068000A0UL, "unknown format"}, /* ASN1_R_UNKNOWN_FORMAT */
    {0x068000A1UL, "unknown message digest algorithm"}, /* ASN1_R_UNKNOWN_MESSAGE_DIGEST_ALGORITHM */
    {0x068000A2UL, "unknown object type"}, /* ASN1_R_UNKNOWN_OBJECT_TYPE */
    {0x068000A3UL, "unknown public key type"}, /* ASN1_R_UNKNOWN_PUBLIC_KEY_TYPE */
    {0x068000C7UL, "unknown signature algorithm"}, /* ASN1_R_UNKNOWN_SIGNATURE_ALGORITHM */
    {0x068000C2UL, "unknown tag"}, /* ASN1_R_UNKNOWN_TAG */
    {0x068000A4UL, "unsupported any defined by type"}, /* ASN1_R_UNSUPPORTED_ANY_DEFINED_BY_TYPE */
    {0x068000E4UL, "unsupported cipher"}, /* ASN1_R_UNSUPPORTED_CIPHER */
    {0x068000A7UL, "unsupported public key type"}, /* ASN1_R_UNSUPPORTED_PUBLIC_KEY_TYPE */
    {0x068000C4UL, "unsupported type"}, /* ASN1_R_UNSUPPORTED_TYPE */
    {0x068000E1UL, "wrong integer type"}, /* ASN1_R_WRONG_INTEGER_TYPE */
    {0x068000C8UL, "wrong public key type"}, /* ASN1_R_WRONG_PUBLIC_KEY_TYPE */
    {0x068000A8UL, "wrong tag"}, /* ASN1_R_WRONG_TAG */
    {0x0300008FUL, "aes key setup failed"}, /* EVP_R_AES_KEY_SETUP_FAILED */
    {0x030000B0UL, "aria key setup failed"}, /* EVP_R_ARIA_KEY_SETUP_FAILED */
    {0x030000C8UL, "bad algorithm name"}, /* EVP_R_BAD_ALGORITHM_NAME */
    {0x03000064UL, "bad decrypt"}, /* EVP_R_BAD_DECRYPT */
    {0x030000C3UL, "bad key length"}, /* EVP_R_BAD_KEY_LENGTH */
    {0x0300009BUL, "buffer too small"}, /* EVP_R_BUFFER_TOO_SMALL */
    {0x030000E1UL, "cache constants failed"}, /* EVP_R_CACHE_CONSTANTS_FAILED */
    {0x0300009DUL, "camellia key setup failed"}, /* EVP_R_CAMELLIA_KEY_SETUP_FAILED */
    {0x030000C5UL, "cannot get parameters"}, /* EVP_R_CANNOT_GET_PARAMETERS */
    {0x030000C6UL, "cannot set parameters"}, /* EVP_R_CANNOT_SET_PARAMETERS */
    {0x030000B8UL, "cipher not gcm mode"}, /* EVP_R_CIPHER_NOT_GCM_MODE */
    {0x0300007AUL, "cipher parameter error"}, /* EVP_R_CIPHER_PARAMETER_ERROR */
    {0x03000093UL, "command not supported"}, /* EVP_R_COMMAND_NOT_SUPPORTED */
    {0x030000C9UL, "conflicting algorithm name"}, /* EVP_R_CONFLICTING_ALGORITHM_NAME */
    {0x030000ADUL, "copy error"}, /* EVP_R_COPY_ERROR */
    {0x03000084UL, "ctrl not implemented"}, /* EVP_R_CTRL_NOT_IMPLEMENTED */
    {0x03000085UL, "ctrl operation not implemented"}, /* EVP_R_CTRL_OPERATION_NOT_IMPLEMENTED */
    {0x0300008AUL, "data not multiple of block length"}, /* EVP_R_DATA_NOT_MULTIPLE_OF_BLOCK_LENGTH */
    {0x03000072UL, "decode error"}, /* EVP_R_DECODE_ERROR */
    {0x030000D2UL, "default query parse error"}, /* EVP_R_DEFAULT_QUERY_PARSE_ERROR */
    {0x03000065UL, "different key types"}, /* EVP_R_DIFFERENT_KEY_TYPES */
    {0x03000099UL, "different parameters"}, /* EVP_R_DIFFERENT_PARAMETERS */
    {0x030000A5UL, "error loading section"}, /* EVP_R_ERROR_LOADING_SECTION */
    {0x030000AEUL, "expecting an hmac key"}, /* EVP_R_EXPECTING_AN_HMAC_KEY */
    {0x0300007FUL, "expecting an rsa key"}, /* EVP_R_EXPECTING_AN_RSA_KEY */
    {0x03000080UL, "expecting a dh key"}, /* EVP_R_EXPECTING_A_DH_KEY */
    {0x03000081UL, "expecting a dsa key"}, /* EVP_R_EXPECTING_A_DSA_KEY */
    {0x030000DBUL, "expecting an ecx key"}, /* EVP_R_EXPECTING_A_ECX_KEY */
    {0x0300008EUL, "expecting an ec key"}, /* EVP_R_EXPECTING_A_EC_KEY */
    {0x030000A4UL, "expecting a poly1305 key"}, /* EVP_R_EXPECTING_A_POLY1305_KEY */
    {0x030000AFUL, "expecting a siphash key"}, /* EVP_R_EXPECTING_A_SIPHASH_KEY */
    {0x030000BCUL, "final error"}, /* EVP_R_FINAL_ERROR */
    {0x030000D6UL, "generate error"}, /* EVP_R_GENERATE_ERROR */
    {0x030000B6UL, "get raw key failed"}, /* EVP_R_GET_RAW_KEY_FAILED */
    {0x030000ABUL, "illegal scrypt parameters"}, /* EVP_R_ILLEGAL_SCRYPT_PARAMETERS */
    {0x030000CCUL, "inaccessible domain parameters"}, /* EVP_R_INACCESSIBLE_DOMAIN_PARAMETERS */
    {0x030000CBUL, "inaccessible key"}, /* EVP_R_INACCESSIBLE_KEY */
    {0x03000086UL, "initialization error"}, /* EVP_R_INITIALIZATION_ERROR */
    {0x0300006FUL, "input not initialized"}, /* EVP_R_INPUT_NOT_INITIALIZED */
    {0x030000B9UL, "invalid custom length"}, /* EVP_R_INVALID_CUSTOM_LENGTH */
    {0x03000098UL, "invalid digest"}, /* EVP_R_INVALID_DIGEST */
    {0x030000C2UL, "invalid iv length"}, /* EVP_R_INVALID_IV_LENGTH */
    {0x030000A3UL, "invalid key"}, /* EVP_R_INVALID_KEY */
    {0x03000082UL, "invalid key length"}, /* EVP_R_INVALID_KEY_LENGTH */
    {0x030000DDUL, "invalid length"}, /* EVP_R_INVALID_LENGTH */
    {0x030000DAUL, "invalid null algorithm"}, /* EVP_R_INVALID_NULL_ALGORITHM */
    {0x03000094UL, "invalid operation"}, /* EVP_R_INVALID_OPERATION */
    {0x030000C1UL, "invalid provider functions"}, /* EVP_R_INVALID_PROVIDER_FUNCTIONS */
    {0x030000BAUL, "invalid salt length"}, /* EVP_R_INVALID_SALT_LENGTH */
    {0x030000DFUL, "invalid secret length"}, /* EVP_R_INVALID_SECRET_LENGTH */
    {0x030000DCUL, "invalid seed length"}, /* EVP_R_INVALID_SEED_LENGTH */
    {0x030000DEUL, "invalid value"}, /* EVP_R_INVALID_VALUE */
    {0x030000CDUL, "keymgmt export failure"}, /* EVP_R_KEYMGMT_EXPORT_FAILURE */
    {0x030000B4UL, "key setup failed"}, /* EVP_R_KEY_SETUP_FAILED */
    {0x030000D5UL, "locking not supported"}, /* EVP_R_LOCKING_NOT_SUPPORTED */
    {0x030000ACUL, "memory limit exceeded"}, /* EVP_R_MEMORY_LIMIT_EXCEEDED */
    {0x0300009FUL, "message digest is null"}, /* EVP_R_MESSAGE_DIGEST_IS_NULL */
    {0x03000090UL, "method not supported"}, /* EVP_R_METHOD_NOT_SUPPORTED */
    {0x03000067UL, "missing parameters"}, /* EVP_R_MISSING_PARAMETERS */
    {0x030000BEUL, "not able to copy ctx"}, /* EVP_R_NOT_ABLE_TO_COPY_CTX */
    {0x030000B2UL, "not XOF or invalid length"}, /* EVP_R_NOT_XOF_OR_INVALID_LENGTH */
    {0x03000083UL, "no cipher set"}, /* EVP_R_NO_CIPHER_SET */
    {0x0300009EUL, "no default digest"}, /* EVP_R_NO_DEFAULT_DIGEST */
    {0x0300008BUL, "no digest set"}, /* EVP_R_NO_DIGEST_SET */
    {0x030000CEUL, "no import function"}, /* EVP_R_NO_IMPORT_FUNCTION */
    {0x030000C7UL, "no keymgmt available"}, /* EVP_R_NO_KEYMGMT_AVAILABLE */
    {0x030000C4UL, "no keymgmt present"}, /* EVP_R_NO_KEYMGMT_PRESENT */
    {0x0300009AUL, "no key set"}, /* EVP_R_NO_KEY_SET */
    {0x03000095UL, "no operation set"}, /* EVP_R_NO_OPERATION_SET */
    {0x030000D0UL, "null mac pkey ctx"}, /* EVP_R_NULL_MAC_PKEY_CTX */
    {0x030000B1UL, "only oneshot supported"}, /* EVP_R_ONLY_ONESHOT_SUPPORTED */
    {0x03000097UL, "operation not initialized"}, /* EVP_R_OPERATION_NOT_INITIALIZED */
    {0x03000096UL, "operation not supported for this keytype"}, /* EVP_R_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE */
    {0x030000CAUL, "output would overflow"}, /* EVP_R_OUTPUT_WOULD_OVERFLOW */
    {0x030000BBUL, "parameter too large"}, /* EVP_R_PARAMETER_TOO_LARGE */
    {0x030000A2UL, "partially overlapping buffers"}, /* EVP_R_PARTIALLY_OVERLAPPING */
    {0x030000B5UL, "pbkdf2 error"}, /* EVP_R_PBKDF2_ERROR */
    {0x030000B3UL, "pkey application asn1 method already registered"}, /* EVP_R_PKEY_APPLICATION_ASN1_METHOD_ALREADY_REGISTERED */
    {0x03000091UL, "private key decode error"}, /* EVP_R_PRIVATE_KEY_DECODE_ERROR */
    {0x03000092UL, "private key encode error"}, /* EVP_R_PRIVATE_KEY_ENCODE_ERROR */
    {0x0300006AUL, "public key not rsa"}, /* EVP_R_PUBLIC_KEY_NOT_RSA */
    {0x030000E3UL, "setting xof failed"}, /* EVP_R_SETTING_XOF_FAILED */
    {0x030000D1UL, "set default property failure"}, /* EVP_R_SET_DEFAULT_PROPERTY_FAILURE */
    {0x030000B7UL, "too many records"}, /* EVP_R_TOO_MANY_RECORDS */
    {0x030000D4UL, "unable to enable locking"}, /* EVP_R_UNABLE_TO_ENABLE_LOCKING */
    {0x030000D7UL, "unable to get maximum request size"}, /* EVP_R_UNABLE_TO_GET_MAXIMUM_REQUEST_SIZE */
    {0x030000D8UL, "unable to get random strength"}, /* EVP_R_UNABLE_TO_GET_RANDOM_STRENGTH */
    {0x030000D3UL, "unable to lock context"}, /* EVP_R_UNABLE_TO_LOCK_CONTEXT */
    {0x030000D9UL, "unable to set callbacks"}, /* EVP_R_UNABLE_TO_SET_CALLBACKS */
    {0x030000A0UL, "unknown cipher"}, /* EVP_R_UNKNOWN_CIPHER */
    {0x030000A1UL, "unknown digest"}, /* EVP_R_UNKNOWN_DIGEST */
    {0x030000CFUL, "unknown key type"}, /* EVP_R_UNKNOWN_KEY_TYPE */
    {0x030000A9UL, "unknown option"}, /* EVP_R_UNKNOWN_OPTION */
    {0x03000079UL, "unknown pbe algorithm"}, /* EVP_R_UNKNOWN_PBE_ALGORITHM */
    {0x0300009CUL, "unsupported algorithm"}, /* EVP_R_UNSUPPORTED_ALGORITHM */
    {0x0300006BUL, "unsupported cipher"}, /* EVP_R_UNSUPPORTED_CIPHER */
    {0x0300007BUL, "unsupported keylength"}, /* EVP_R_UNSUPPORTED_KEYLENGTH */
    {0x0300007CUL, "unsupported key derivation function"}, /* EVP_R_UNSUPPORTED_KEY_DERIVATION_FUNCTION */
    {0x0300006CUL, "unsupported key size"}, /* EVP_R_UNSUPPORTED_KEY_SIZE */
    {0x030000E0UL, "unsupported key type"}, /* EVP_R_UNSUPPORTED_KEY_TYPE */
    {0x03000087UL, "unsupported number of rounds"}, /* EVP_R_UNSUPPORTED_NUMBER_OF_ROUNDS */
    {0x0300007DUL, "unsupported prf"}, /* EVP_R_UNSUPPORTED_PRF */
    {0x03000076UL, "unsupported private key algorithm"}, /* EVP_R_UNSUPPORTED_PRIVATE_KEY_ALGORITHM */
    {0x0300007EUL, "unsupported salt type"}, /* EVP_R_UNSUPPORTED_SALT_TYPE */
    {0x030000BDUL, "update error"}, /* EVP_R_UPDATE_ERROR */
    {0x030000AAUL, "wrap mode not allowed"}, /* EVP_R_WRAP_MODE_NOT_ALLOWED */
    {0x0300006DUL, "wrong final block length"}, /* EVP_R_WRONG_FINAL_BLOCK_LENGTH */
    {0x030000BFUL, "xts data unit is too large"}, /* EVP_R_XTS_DATA_UNIT_IS_TOO_LARGE */
    {0x030000C0UL, "xts duplicated keys"}, /* EVP_R_XTS_DUPLICATED_KEYS */
    {0x07800075UL, "bad algorithm name"}, /* CRYPTO_R_BAD_ALGORITHM_NAME */
    {0x07800076UL, "conflicting names"}, /* CRYPTO_R_CONFLICTING_NAMES */
    {0x07800079UL, "hex string too short"}, /* CRYPTO_R_HEX_STRING_TOO_SHORT */
    {0x07800066UL, "illegal hex digit"}, /* CRYPTO_R_ILLEGAL_HEX_DIGIT */
    {0x0780006AUL, "insufficient data space"}, /* CRYPTO_R_INSUFFICIENT_DATA_SPACE */
    {0x0780006BUL, "insufficient param size"}, /* CRYPTO_R_INSUFFICIENT_PARAM_SIZE */
    {0x0780006CUL, "insufficient secure data space"}, /* CRYPTO_R_INSUFFICIENT_SECURE_DATA_SPACE */
    {0x0780007AUL, "invalid negative value"}, /* CRYPTO_R_INVALID_NEGATIVE_VALUE */
    {0x0780006DUL, "invalid null argument"}, /* CRYPTO_R_INVALID_NULL_ARGUMENT */
    {0x0780006EUL, "invalid ossl param type"}, /* CRYPTO_R_INVALID_OSSL_PARAM_TYPE */
    {0x07800067UL, "odd number of digits"}, /* CRYPTO_R_ODD_NUMBER_OF_DIGITS */
    {0x07800068UL, "provider already exists"}, /* CRYPTO_R_PROVIDER_ALREADY_EXISTS */
    {0x07800069UL, "provider section error"}, /* CRYPTO_R_PROVIDER_SECTION_ERROR */
    {0x07800077UL, "random section error"}, /* CRYPTO_R_RANDOM_SECTION_ERROR */
    {0x0780006FUL, "secure malloc failure"}, /* CRYPTO_R_SECURE_MALLOC_FAILURE */
    {0x07800070UL, "string too long"}, /* CRYPTO_R_STRING_TOO_LONG */
    {0x07800071UL, "too many bytes"}, /* CRYPTO_R_TOO_MANY_BYTES */
    {0x07800072UL, "too many records"}, /* CRYPTO_R_TOO_MANY_RECORDS */
    {0x07800074UL, "too small buffer"}, /* CRYPTO_R_TOO_SMALL_BUFFER */
    {0x07800078UL, "unknown name in random section"}, /* CRYPTO_R_UNKNOWN_NAME_IN_RANDOM_SECTION */
    {0x07800073UL, "zero length number"}, /* CRYPTO_R_ZERO_LENGTH_NUMBER */
    {0x12000066UL, "additional input too long"}, /* RAND_R_ADDITIONAL_INPUT_TOO_LONG */
    {0x12000067UL, "already instantiated"}, /* RAND_R_ALREADY_INSTANTIATED */
    {0x12000069UL, "argument out of range"}, /* RAND_R_ARGUMENT_OUT_OF_RANGE */
    {0x12000079UL, "Cannot open file"}, /* RAND_R_CANNOT_OPEN_FILE */
    {0x12000081UL, "drbg already initialized"}, /* RAND_R_DRBG_ALREADY_INITIALIZED */
    {0x12000068UL, "drbg not initialised"}, /* RAND_R_DRBG_NOT_INITIALISED */
    {0x1200006AUL, "entropy input too long"}, /* RAND_R_ENTROPY_INPUT_TOO_LONG */
    {0x1200007CUL, "entropy out of range"}, /* RAND_R_ENTROPY_OUT_OF_RANGE */
    {0x1200007FUL, "error entropy pool was ignored"}, /* RAND_R_ERROR_ENTROPY_POOL_WAS_IGNORED */
    {0x1200006BUL, "error initialising drbg"}, /* RAND_R_ERROR_INITIALISING_DRBG */
    {0x1200006CUL, "error instantiating drbg"}, /* RAND_R_ERROR_INSTANTIATING_DRBG */
    {0x1200006DUL, "error retrieving additional input"}, /* RAND_R_ERROR_RETRIEVING_ADDITIONAL_INPUT */
    {0x1200006EUL, "error retrieving entropy"}, /* RAND_R_ERROR_RETRIEVING_ENTROPY */
    {0x1200006FUL, "error retrieving nonce"}, /* RAND_R_ERROR_RETRIEVING_NONCE */
    {0x1200007EUL, "failed to create lock"}, /* RAND_R_FAILED_TO_CREATE_LOCK */
    {0x12000065UL, "Function not implemented"}, /* RAND_R_FUNC_NOT_IMPLEMENTED */
    {0x1200007BUL, "Error writing file"}, /* RAND_R_FWRITE_ERROR */
    {0x12000070UL, "generate error"}, /* RAND_R_GENERATE_ERROR */
    {0x1200008BUL, "insufficient drbg strength"}, /* RAND_R_INSUFFICIENT_DRBG_STRENGTH */
    {0x12000071UL, "internal error"}, /* RAND_R_INTERNAL_ERROR */
    {0x12000072UL, "in error state"}, /* RAND_R_IN_ERROR_STATE */
    {0x1200007AUL, "Not a regular file"}, /* RAND_R_NOT_A_REGULAR_FILE */
    {0x12000073UL, "not instantiated"}, /* RAND_R_NOT_INSTANTIATED */
    {0x12000080UL, "no drbg implementation selected"}, /* RAND_R_NO_DRBG_IMPLEMENTATION_SELECTED */
    {0x12000082UL, "parent locking not enabled"}, /* RAND_R_PARENT_LOCKING_NOT_ENABLED */
    {0x12000083UL, "parent strength too weak"}, /* RAND_R_PARENT_STRENGTH_TOO_WEAK */
    {0x12000074UL, "personalisation string too long"}, /* RAND_R_PERSONALISATION_STRING_TOO_LONG */
    {0x12000085UL, "prediction resistance not supported"}, /* RAND_R_PREDICTION_RESISTANCE_NOT_SUPPORTED */
    {0x12000064UL, "PRNG not seeded"}, /* RAND_R_PRNG_NOT_SEEDED */
    {0x1200007DUL, "random pool overflow"}, /* RAND_R_RANDOM_POOL_OVERFLOW */
    {0x12000086UL, "random pool underflow"}, /* RAND_R_RANDOM_POOL_UNDERFLOW */
    {0x12000075UL, "request too large for drbg"}, /* RAND_R_REQUEST_TOO_LARGE_FOR_DRBG */
    {0x12000076UL, "reseed error"}, /* RAND_R_RESEED_ERROR */
    {0x12000077UL, "selftest failure"}, /* RAND_R_SELFTEST_FAILURE */
    {0x12000087UL, "too little nonce requested"}, /* RAND_R_TOO_LITTLE_NONCE_REQUESTED */
    {0x12000088UL, "too much nonce requested"}, /* RAND_R_TOO_MUCH_NONCE_REQUESTED */
    {0x1200008FUL, "unable to create drbg"}, /* RAND_R_UNABLE_TO_CREATE_DRBG */
    {0x12000090UL, "unable to fetch drbg"}, /* RAND_R_UNABLE_TO_FETCH_DRBG */
    {0x1200008DUL, "unable to get parent reseed prop counter"}, /* RAND_R_UNABLE_TO_GET_PARENT_RESEED_PROP_COUNTER */
    {0x1200008AUL, "unable to get parent strength"}, /* RAND_R_UNABLE_TO_GET_PARENT_STRENGTH */
    {0x1200008CUL, "unable to lock parent"}, /* RAND_R_UNABLE_TO_LOCK_PARENT */
    {0x12000084UL, "unsupported drbg flags"}, /* RAND_R_UNSUPPORTED_DRBG_FLAGS */
    {0x12000078UL, "unsupported drbg type"}, /* RAND_R_UNSUPPORTED_DRBG_TYPE */
    {0x04000066UL, "oid exists"}, /* OBJ_R_OID_EXISTS */
    {0x04000065UL, "unknown nid"}, /* OBJ_R_UNKNOWN_NID */
    {0x04000067UL, "unknown object name"}, /* OBJ_R_UNKNOWN_OBJECT_NAME */
    {0x02000064UL, "algorithm mismatch"}, /* RSA_R_ALGORITHM_MISMATCH */
    {0x02000065UL, "bad e value"}, /* RSA_R_BAD_E_VALUE */
    {0x02000066UL, "bad fixed header decrypt"}, /* RSA_R_BAD_FIXED_HEADER_DECRYPT */
    {0x02000067UL, "bad pad byte count"}, /* RSA_R_BAD_PAD_BYTE_COUNT */
    {0x02000068UL, "bad signature"}, /* RSA_R_BAD_SIGNATURE */
    {0x0200006AUL, "block type is not 01"}, /* RSA_R_BLOCK_TYPE_IS_NOT_01 */
    {0x0200006BUL, "block type is not 02"}, /* RSA_R_BLOCK_TYPE_IS_NOT_02 */
    {0x0200006CUL, "data greater than mod len"}, /* RSA_R_DATA_GREATER_THAN_MOD_LEN */
    {0x0200006DUL, "data too large"}, /* RSA_R_DATA_TOO_LARGE */
    {0x0200006EUL, "data too large for key size"}, /* RSA_R_DATA_TOO_LARGE_FOR_KEY_SIZE */
    {0x02000084UL, "data too large for modulus"}, /* RSA_R_DATA_TOO_LARGE_FOR_MODULUS */
    {0x0200006FUL, "data too small"}, /* RSA_R_DATA_TOO_SMALL */
    {0x0200007AUL, "data too small for key size"}, /* RSA_R_DATA_TOO_SMALL_FOR_KEY_SIZE */
    {0x0200009EUL, "digest does not match"}, /* RSA_R_DIGEST_DOES_NOT_MATCH */
    {0x02000091UL, "digest not allowed"}, /* RSA_R_DIGEST_NOT_ALLOWED */
    {0x02000070UL, "digest too big for rsa key"}, /* RSA_R_DIGEST_TOO_BIG_FOR_RSA_KEY */
    {0x0200007CUL, "dmp1 not congruent to d"}, /* RSA_R_DMP1_NOT_CONGRUENT_TO_D */
    {0x0200007DUL, "dmq1 not congruent to d"}, /* RSA_R_DMQ1_NOT_CONGRUENT_TO_D */
    {0x0200007BUL, "d e not congruent to 1"}, /* RSA_R_D_E_NOT_CONGRUENT_TO_1 */
    {0x02000085UL, "first octet invalid"}, /* RSA_R_FIRST_OCTET_INVALID */
    {0x02000090UL, "illegal or unsupported padding mode"}, /* RSA_R_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE */
    {0x0200009DUL, "invalid digest"}, /* RSA_R_INVALID_DIGEST */
    {0x0200008FUL, "invalid digest length"}, /* RSA_R_INVALID_DIGEST_LENGTH */
    {0x02000089UL, "invalid header"}, /* RSA_R_INVALID_HEADER */
    {0x020000ABUL, "invalid keypair"}, /* RSA_R_INVALID_KEYPAIR */
    {0x020000ADUL, "invalid key length"}, /* RSA_R_INVALID_KEY_LENGTH */
    {0x020000A0UL, "invalid label"}, /* RSA_R_INVALID_LABEL */
    {0x020000B5UL, "invalid length"}, /* RSA_R_INVALID_LENGTH */
    {0x02000083UL, "invalid message length"}, /* RSA_R_INVALID_MESSAGE_LENGTH */
    {0x0200009CUL, "invalid mgf1 md"}, /* RSA_R_INVALID_MGF1_MD */
    {0x020000AEUL, "invalid modulus"}, /* RSA_R_INVALID_MODULUS */
    {0x020000A7UL, "invalid multi prime key"}, /* RSA_R_INVALID_MULTI_PRIME_KEY */
    {0x020000A1UL, "invalid oaep parameters"}, /* RSA_R_INVALID_OAEP_PARAMETERS */
    {0x0200008AUL, "invalid padding"}, /* RSA_R_INVALID_PADDING */
    {0x0200008DUL, "invalid padding mode"}, /* RSA_R_INVALID_PADDING_MODE */
    {0x02000095UL, "invalid pss parameters"}, /* RSA_R_INVALID_PSS_PARAMETERS */
    {0x02000092UL, "invalid pss saltlen"}, /* RSA_R_INVALID_PSS_SALTLEN */
    {0x020000AFUL, "invalid request"}, /* RSA_R_INVALID_REQUEST */
    {0x02000096UL, "invalid salt length"}, /* RSA_R_INVALID_SALT_LENGTH */
    {0x020000B0UL, "invalid strength"}, /* RSA_R_INVALID_STRENGTH */
    {0x0200008BUL, "invalid trailer"}, /* RSA_R_INVALID_TRAILER */
    {0x0200008EUL, "invalid x931 digest"}, /* RSA_R_INVALID_X931_DIGEST */
    {0x0200007EUL, "iqmp not inverse of q"}, /* RSA_R_IQMP_NOT_INVERSE_OF_Q */
    {0x020000A5UL, "key prime num invalid"}, /* RSA_R_KEY_PRIME_NUM_INVALID */
    {0x02000078UL, "key size too small"}, /* RSA_R_KEY_SIZE_TOO_SMALL */
    {0x02000086UL, "last octet invalid"}, /* RSA_R_LAST_OCTET_INVALID */
    {0x02000098UL, "mgf1 digest not allowed"}, /* RSA_R_MGF1_DIGEST_NOT_ALLOWED */
    {0x020000B3UL, "missing private key"}, /* RSA_R_MISSING_PRIVATE_KEY */
    {0x02000069UL, "modulus too large"}, /* RSA_R_MODULUS_TOO_LARGE */
    {0x020000A8UL, "mp coefficient not inverse of r"}, /* RSA_R_MP_COEFFICIENT_NOT_INVERSE_OF_R */
    {0x020000A9UL, "mp exponent not congruent to d"}, /* RSA_R_MP_EXPONENT_NOT_CONGRUENT_TO_D */
    {0x020000AAUL, "mp r not prime"}, /* RSA_R_MP_R_NOT_PRIME */
    {0x0200008CUL, "no public exponent"}, /* RSA_R_NO_PUBLIC_EXPONENT */
    {0x02000071UL, "null before block missing"}, /* RSA_R_NULL_BEFORE_BLOCK_MISSING */
    {0x020000ACUL, "n does not equal product of primes"}, /* RSA_R_N_DOES_NOT_EQUAL_PRODUCT_OF_PRIMES */
    {0x0200007FUL, "n does not equal p q"}, /* RSA_R_N_DOES_NOT_EQUAL_P_Q */
    {0x02000079UL, "oaep decoding error"}, /* RSA_R_OAEP_DECODING_ERROR */
    {0x02000094UL, "operation not supported for this keytype"}, /* RSA_R_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE */
    {0x02000072UL, "padding check failed"}, /* RSA_R_PADDING_CHECK_FAILED */
    {0x020000B1UL, "pairwise test failure"}, /* RSA_R_PAIRWISE_TEST_FAILURE */
    {0x0200009FUL, "pkcs decoding error"}, /* RSA_R_PKCS_DECODING_ERROR */
    {0x020000A4UL, "pss saltlen too small"}, /* RSA_R_PSS_SALTLEN_TOO_SMALL */
    {0x020000B2UL, "pub exponent out of range"}, /* RSA_R_PUB_EXPONENT_OUT_OF_RANGE */
    {0x02000080UL, "p not prime"}, /* RSA_R_P_NOT_PRIME */
    {0x02000081UL, "q not prime"}, /* RSA_R_Q_NOT_PRIME */
    {0x020000B4UL, "randomness source strength insufficient"}, /* RSA_R_RANDOMNESS_SOURCE_STRENGTH_INSUFFICIENT */
    {0x02000082UL, "rsa operations not supported"}, /* RSA_R_RSA_OPERATIONS_NOT_SUPPORTED */
    {0x02000088UL, "salt length check failed"}, /* RSA_R_SLEN_CHECK_FAILED */
    {0x02000087UL, "salt length recovery failed"}, /* RSA_R_SLEN_RECOVERY_FAILED */
    {0x02000073UL, "sslv3 rollback attack"}, /* RSA_R_SSLV3_ROLLBACK_ATTACK */
    {0x02000074UL, "the asn1 object identifier is not known for this md"}, /* RSA_R_THE_ASN1_OBJECT_IDENTIFIER_IS_NOT_KNOWN_FOR_THIS_MD */
    {0x02000075UL, "unknown algorithm type"}, /* RSA_R_UNKNOWN_ALGORITHM_TYPE */
    {0x020000A6UL, "unknown digest"}, /* RSA_R_UNKNOWN_DIGEST */
    {0x02000097UL, "unknown mask digest"}, /* RSA_R_UNKNOWN_MASK_DIGEST */
    {0x02000076UL, "unknown padding type"}, /* RSA_R_UNKNOWN_PADDING_TYPE */
    {0x020000A2UL, "unsupported encryption type"}, /* RSA_R_UNSUPPORTED_ENCRYPTION_TYPE */
    {0x020000A3UL, "unsupported label source"}, /* RSA_R_UNSUPPORTED_LABEL_SOURCE */
    {0x02000099UL, "unsupported mask algorithm"}, /* RSA_R_UNSUPPORTED_MASK_ALGORITHM */
    {0x0200009AUL, "unsupported mask parameter"}, /* RSA_R_UNSUPPORTED_MASK_PARAMETER */
    {0x0200009BUL, "unsupported signature type"}, /* RSA_R_UNSUPPORTED_SIGNATURE_TYPE */
    {0x02000093UL, "value missing"}, /* RSA_R_VALUE_MISSING */
    {0x02000077UL, "wrong signature length"}, /* RSA_R_WRONG_SIGNATURE_LENGTH */
    {0x08000073UL, "asn1 error"}, /* EC_R_ASN1_ERROR */
    {0x0800009CUL, "bad signature"}, /* EC_R_BAD_SIGNATURE */
    {0x08000090UL, "bignum out of range"}, /* EC_R_BIGNUM_OUT_OF_RANGE */
    {0x08000064UL, "buffer too small"}, /* EC_R_BUFFER_TOO_SMALL */
    {0x080000A5UL, "cannot invert"}, /* EC_R_CANNOT_INVERT */
    {0x08000092UL, "coordinates out of range"}, /* EC_R_COORDINATES_OUT_OF_RANGE */
    {0x080000A0UL, "curve does not support ecdh"}, /* EC_R_CURVE_DOES_NOT_SUPPORT_ECDH */
    {0x080000AAUL, "curve does not support ecdsa"}, /* EC_R_CURVE_DOES_NOT_SUPPORT_ECDSA */
    {0x0800009FUL, "curve does not support signing"}, /* EC_R_CURVE_DOES_NOT_SUPPORT_SIGNING */
    {0x0800008EUL, "decode error"}, /* EC_R_DECODE_ERROR */
    {0x08000076UL, "discriminant is zero"}, /* EC_R_DISCRIMINANT_IS_ZERO */
    {0x08000077UL, "ec group new by name failure"}, /* EC_R_EC_GROUP_NEW_BY_NAME_FAILURE */
    {0x0800007FUL, "explicit params not supported"}, /* EC_R_EXPLICIT_PARAMS_NOT_SUPPORTED */
    {0x080000A6UL, "failed making public key"}, /* EC_R_FAILED_MAKING_PUBLIC_KEY */
    {0x0800008FUL, "field too large"}, /* EC_R_FIELD_TOO_LARGE */
    {0x08000093UL, "gf2m not supported"}, /* EC_R_GF2M_NOT_SUPPORTED */
    {0x08000078UL, "group2pkparameters failure"}, /* EC_R_GROUP2PKPARAMETERS_FAILURE */
    {0x08000079UL, "i2d ecpkparameters failure"}, /* EC_R_I2D_ECPKPARAMETERS_FAILURE */
    {0x08000065UL, "incompatible objects"}, /* EC_R_INCOMPATIBLE_OBJECTS */
    {0x080000A8UL, "invalid a"}, /* EC_R_INVALID_A */
    {0x08000070UL, "invalid argument"}, /* EC_R_INVALID_ARGUMENT */
    {0x080000A9UL, "invalid b"}, /* EC_R_INVALID_B */
    {0x080000ABUL, "invalid cofactor"}, /* EC_R_INVALID_COFACTOR */
    {0x0800006EUL, "invalid compressed point"}, /* EC_R_INVALID_COMPRESSED_POINT */
    {0x0800006DUL, "invalid compression bit"}, /* EC_R_INVALID_COMPRESSION_BIT */
    {0x0800008DUL, "invalid curve"}, /* EC_R_INVALID_CURVE */
    {0x08000097UL, "invalid digest"}, /* EC_R_INVALID_DIGEST */
    {0x0800008AUL, "invalid digest type"}, /* EC_R_INVALID_DIGEST_TYPE */
    {0x08000066UL, "invalid encoding"}, /* EC_R_INVALID_ENCODING */
    {0x08000067UL, "invalid field"}, /* EC_R_INVALID_FIELD */
    {0x08000068UL, "invalid form"}, /* EC_R_INVALID_FORM */
    {0x080000ADUL, "invalid generator"}, /* EC_R_INVALID_GENERATOR */
    {0x0800007AUL, "invalid group order"}, /* EC_R_INVALID_GROUP_ORDER */
    {0x08000074UL, "invalid key"}, /* EC_R_INVALID_KEY */
    {0x08000075UL, "invalid length"}, /* EC_R_INVALID_LENGTH */
    {0x080000AEUL, "invalid named group conversion"}, /* EC_R_INVALID_NAMED_GROUP_CONVERSION */
    {0x080000A1UL, "invalid output length"}, /* EC_R_INVALID_OUTPUT_LENGTH */
    {0x080000ACUL, "invalid p"}, /* EC_R_INVALID_P */
    {0x08000085UL, "invalid peer key"}, /* EC_R_INVALID_PEER_KEY */
    {0x08000084UL, "invalid pentanomial basis"}, /* EC_R_INVALID_PENTANOMIAL_BASIS */
    {0x0800007BUL, "invalid private key"}, /* EC_R_INVALID_PRIVATE_KEY */
    {0x080000AFUL, "invalid seed"}, /* EC_R_INVALID_SEED */
    {0x08000089UL, "invalid trinomial basis"}, /* EC_R_INVALID_TRINOMIAL_BASIS */
    {0x08000094UL, "kdf parameter error"}, /* EC_R_KDF_PARAMETER_ERROR */
    {0x0800008CUL, "keys not set"}, /* EC_R_KEYS_NOT_SET */
    {0x08000088UL, "ladder post failure"}, /* EC_R_LADDER_POST_FAILURE */
    {0x08000099UL, "ladder pre failure"}, /* EC_R_LADDER_PRE_FAILURE */
    {0x080000A2UL, "ladder step failure"}, /* EC_R_LADDER_STEP_FAILURE */
    {0x080000A7UL, "missing OID"}, /* EC_R_MISSING_OID */
    {0x0800007CUL, "missing parameters"}, /* EC_R_MISSING_PARAMETERS */
    {0x0800007DUL, "missing private key"}, /* EC_R_MISSING_PRIVATE_KEY */
    {0x0800009DUL, "need new setup values"}, /* EC_R_NEED_NEW_SETUP_VALUES */
    {0x08000087UL, "not a NIST prime"}, /* EC_R_NOT_A_NIST_PRIME */
    {0x0800007EUL, "not implemented"}, /* EC_R_NOT_IMPLEMENTED */
    {0x0800006FUL, "not initialized"}, /* EC_R_NOT_INITIALIZED */
    {0x0800008BUL, "no parameters set"}, /* EC_R_NO_PARAMETERS_SET */
    {0x0800009AUL, "no private value"}, /* EC_R_NO_PRIVATE_VALUE */
    {0x08000098UL, "operation not supported"}, /* EC_R_OPERATION_NOT_SUPPORTED */
    {0x08000086UL, "passed null parameter"}, /* EC_R_PASSED_NULL_PARAMETER */
    {0x08000095UL, "peer key error"}, /* EC_R_PEER_KEY_ERROR */
    {0x0800009BUL, "point arithmetic failure"}, /* EC_R_POINT_ARITHMETIC_FAILURE */
    {0x0800006AUL, "point at infinity"}, /* EC_R_POINT_AT_INFINITY */
    {0x080000A3UL, "point coordinates blind failure"}, /* EC_R_POINT_COORDINATES_BLIND_FAILURE */
    {0x0800006BUL, "point is not on curve"}, /* EC_R_POINT_IS_NOT_ON_CURVE */
    {0x0800009EUL, "random number generation failed"}, /* EC_R_RANDOM_NUMBER_GENERATION_FAILED */
    {0x08000096UL, "shared info error"}, /* EC_R_SHARED_INFO_ERROR */
    {0x0800006CUL, "slot full"}, /* EC_R_SLOT_FULL */
    {0x080000B0UL, "too many retries"}, /* EC_R_TOO_MANY_RETRIES */
    {0x08000071UL, "undefined generator"}, /* EC_R_UNDEFINED_GENERATOR */
    {0x08000080UL, "undefined order"}, /* EC_R_UNDEFINED_ORDER */
    {0x080000A4UL, "unknown cofactor"}, /* EC_R_UNKNOWN_COFACTOR */
    {0x08000081UL, "unknown group"}, /* EC_R_UNKNOWN_GROUP */
    {0x08000072UL, "unknown order"}, /* EC_R_UNKNOWN_ORDER */
    {0x08000083UL, "unsupported field"}, /* EC_R_UNSUPPORTED_FIELD */
    {0x08000091UL, "wrong curve parameters"}, /* EC_R_WRONG_CURVE_PARAMETERS */
    {0x08000082UL, "wrong order"}, /* EC_R_WRONG_ORDER */
    {0x0700006EUL, "error loading dso"}, /* CONF_R_ERROR_LOADING_DSO */
    {0x0700007AUL, "invalid pragma"}, /* CONF_R_INVALID_PRAGMA */
    {0x07000073UL, "list cannot be null"}, /* CONF_R_LIST_CANNOT_BE_NULL */
    {0x0700007BUL, "mandatory braces in variable expansion"}, /* CONF_R_MANDATORY_BRACES_IN_VARIABLE_EXPANSION */
    {0x07000064UL, "missing close square bracket"}, /* CONF_R_MISSING_CLOSE_SQUARE_BRACKET */
    {0x07000065UL, "missing equal sign"}, /* CONF_R_MISSING_EQUAL_SIGN */
    {0x07000070UL, "missing init function"}, /* CONF_R_MISSING_INIT_FUNCTION */
    {0x0700006DUL, "module initialization error"}, /* CONF_R_MODULE_INITIALIZATION_ERROR */
    {0x07000066UL, "no close brace"}, /* CONF_R_NO_CLOSE_BRACE */
    {0x07000069UL, "no conf"}, /* CONF_R_NO_CONF */
    {0x0700006AUL, "no conf or environment variable"}, /* CONF_R_NO_CONF_OR_ENVIRONMENT_VARIABLE */
    {0x0700006BUL, "no section"}, /* CONF_R_NO_SECTION */
    {0x07000072UL, "no such file"}, /* CONF_R_NO_SUCH_FILE */
    {0x0700006CUL, "no value"}, /* CONF_R_NO_VALUE */
    {0x07000079UL, "number too large"}, /* CONF_R_NUMBER_TOO_LARGE */
    {0x0700007CUL, "openssl conf references missing section"}, /* CONF_R_OPENSSL_CONF_REFERENCES_MISSING_SECTION */
    {0x0700006FUL, "recursive directory include"}, /* CONF_R_RECURSIVE_DIRECTORY_INCLUDE */
    {0x0700007EUL, "recursive section reference"}, /* CONF_R_RECURSIVE_SECTION_REFERENCE */
    {0x0700007DUL, "relative path"}, /* CONF_R_RELATIVE_PATH */
    {0x07000075UL, "ssl command section empty"}, /* CONF_R_SSL_COMMAND_SECTION_EMPTY */
    {0x07000076UL, "ssl command section not found"}, /* CONF_R_SSL_COMMAND_SECTION_NOT_FOUND */
    {0x07000077UL, "ssl section empty"}, /* CONF_R_SSL_SECTION_EMPTY */
    {0x07000078UL, "ssl section not found"}, /* CONF_R_SSL_SECTION_NOT_FOUND */
    {0x07000067UL, "unable to create new section"}, /* CONF_R_UNABLE_TO_CREATE_NEW_SECTION */
    {0x07000071UL, "unknown module name"}, /* CONF_R_UNKNOWN_MODULE_NAME */
    {0x07000074UL, "variable expansion too long"}, /* CONF_R_VARIABLE_EXPANSION_TOO_LONG */
    {0x07000068UL, "variable has no value"}, /* CONF_R_VARIABLE_HAS_NO_VALUE */
};
/* clang-format on */
#define N_EXPECTED (sizeof(expected) / sizeof(expected[0]))

static void setup(void)
{
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CRYPTO_STRINGS, NULL);
}

START_TEST(test_library_names)
{
    for (size_t i = 0; i < N_EXPECTED; i++) {
        const char *s;

        if (ERR_GET_REASON(expected[i].code) != 0)
            continue;
        s = ERR_lib_error_string(expected[i].code);
        ck_assert_msg(s != NULL && strcmp(s, expected[i].str) == 0, "lib %d: got \"%s\", want \"%s\"",
                      ERR_GET_LIB(expected[i].code), s != NULL ? s : "(null)", expected[i].str);
    }
}
END_TEST

START_TEST(test_reasons)
{
    for (size_t i = 0; i < N_EXPECTED; i++) {
        const char *s;

        if (ERR_GET_REASON(expected[i].code) == 0)
            continue;
        s = ERR_reason_error_string(expected[i].code);
        ck_assert_msg(s != NULL && strcmp(s, expected[i].str) == 0, "%08lX: got \"%s\", want \"%s\"",
                      expected[i].code, s != NULL ? s : "(null)", expected[i].str);
    }
}
END_TEST

/* A common reason resolves under any library; the full line joins both tables. */
START_TEST(test_full_strings)
{
    char buf[256], want[256];
    const char *bio = NULL;

    for (size_t i = 0; i < N_EXPECTED; i++)
        if (expected[i].code == ERR_PACK(ERR_LIB_BIO, 0, 0))
            bio = expected[i].str;
    ck_assert_ptr_nonnull(bio);
    for (size_t i = 0; i < N_EXPECTED; i++) {
        unsigned long e = expected[i].code;

        if (ERR_GET_LIB(e) != 0 || ERR_GET_REASON(e) == 0)
            continue; /* ERR_R_* entries only */
        e |= ERR_PACK(ERR_LIB_BIO, 0, 0);
        ERR_error_string_n(e, buf, sizeof(buf));
        snprintf(want, sizeof(want), "error:%08lX:%s::%s", e, bio, expected[i].str);
        ck_assert_str_eq(buf, want);
    }
}
END_TEST

START_TEST(test_named_examples)
{
    /* the strings the SSL layer and the apps print most */
    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_SSL, 0, 0)), "SSL routines");
    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_BIO, 0, 0)), "BIO routines");
    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_SYS, 0, 0)), "system library");
    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_X509, 0, 0)), "x509 certificate routines");
    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_PEM, 0, 0)), "PEM routines");
    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_ASN1, 0, 0)), "asn1 encoding routines");
    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_CRYPTO, 0, 0)), "common libcrypto routines");
    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_EVP, 0, 0)), "digital envelope routines");
    ck_assert_str_eq(ERR_lib_error_string(ERR_PACK(ERR_LIB_X509V3, 0, 0)), "X509 V3 routines");
    ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, ERR_R_MALLOC_FAILURE)), "malloc failure");
    ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, ERR_R_PASSED_NULL_PARAMETER)),
                     "passed a null parameter");
    ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, ERR_R_UNSUPPORTED)), "unsupported");
    ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, ERR_R_INTERNAL_ERROR)), "internal error");
    ck_assert_str_eq(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED)),
                     "called a function you should not call");
    /* no libssl reasons in libcrypto: the SSL layer registers its own */
    ck_assert_ptr_null(ERR_reason_error_string(ERR_PACK(ERR_LIB_SSL, 0, 134)));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("err_strings");
    TCase *tc = tcase_create("core");
    SRunner *sr;
    int failed;

    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_library_names);
    tcase_add_test(tc, test_reasons);
    tcase_add_test(tc, test_full_strings);
    tcase_add_test(tc, test_named_examples);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
