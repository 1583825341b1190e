/* mbedshim <openssl/opensslconf.h>: configuration umbrella, as in OpenSSL 3.0. */
#ifndef OPENSSL_OPENSSLCONF_H
#define OPENSSL_OPENSSLCONF_H
#pragma GCC system_header /* like the real headers in /usr/include */

#include <openssl/configuration.h>
#include <openssl/macros.h>

#endif
