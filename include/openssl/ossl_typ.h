/* mbedshim <openssl/ossl_typ.h>: pre-3.0 name of <openssl/types.h>, kept for old applications. */
#pragma GCC system_header /* like the real headers in /usr/include */
#include <openssl/types.h>
