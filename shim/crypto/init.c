/* Library initialisation and version reporting.
 *
 * There is no configuration file, provider or engine to load: OPENSSL_init_crypto accepts every flag and
 * only makes sure PSA (Mbed TLS's crypto core, used by RAND and TLS 1.3) is initialised. Error strings are
 * built in, so loading them is implicit. OPENSSL_cleanup is a no-op: state lives until process exit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

#include <mbedtls/build_info.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/opensslv.h>

#include "crypto/crypto_local.h"

#define MBS_OPENSSLDIR "/usr/lib/ssl"
#define MBS_ENGINESDIR "/usr/lib/x86_64-linux-gnu/engines-3"
#define MBS_MODULESDIR "/usr/lib/x86_64-linux-gnu/ossl-modules"

MBS_API int OPENSSL_init_crypto(uint64_t opts, const OPENSSL_INIT_SETTINGS *settings)
{
    (void)opts;
    (void)settings;
    if (!mbs_psa_init()) {
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_INIT_FAIL);
        return 0;
    }
    return 1;
}

MBS_API void OPENSSL_init(void)
{
}

MBS_API void OPENSSL_cleanup(void)
{
}

/* Handlers would only run at OPENSSL_cleanup, which releases nothing here; accepted and never called,
 * like OpenSSL with OPENSSL_INIT_NO_ATEXIT and no explicit cleanup. */
MBS_API int OPENSSL_atexit(void (*handler)(void))
{
    (void)handler;
    return 1;
}

MBS_API void OPENSSL_config(const char *appname)
{
    (void)appname;
}

MBS_API OPENSSL_INIT_SETTINGS *OPENSSL_INIT_new(void)
{
    return CRYPTO_zalloc(sizeof(OPENSSL_INIT_SETTINGS), OPENSSL_FILE, OPENSSL_LINE);
}

MBS_API int OPENSSL_INIT_set_config_filename(OPENSSL_INIT_SETTINGS *settings, const char *config_filename)
{
    char *dup = NULL;

    if (settings == NULL)
        return 0;
    if (config_filename != NULL && (dup = CRYPTO_strdup(config_filename, OPENSSL_FILE, OPENSSL_LINE)) == NULL)
        return 0;
    CRYPTO_free(settings->filename, OPENSSL_FILE, OPENSSL_LINE);
    settings->filename = dup;
    return 1;
}

MBS_API int OPENSSL_INIT_set_config_appname(OPENSSL_INIT_SETTINGS *settings, const char *config_appname)
{
    char *dup = NULL;

    if (settings == NULL)
        return 0;
    if (config_appname != NULL && (dup = CRYPTO_strdup(config_appname, OPENSSL_FILE, OPENSSL_LINE)) == NULL)
        return 0;
    CRYPTO_free(settings->appname, OPENSSL_FILE, OPENSSL_LINE);
    settings->appname = dup;
    return 1;
}

MBS_API void OPENSSL_INIT_set_config_file_flags(OPENSSL_INIT_SETTINGS *settings, unsigned long flags)
{
    if (settings != NULL)
        settings->flags = flags;
}

MBS_API void OPENSSL_INIT_free(OPENSSL_INIT_SETTINGS *settings)
{
    if (settings == NULL)
        return;
    CRYPTO_free(settings->filename, OPENSSL_FILE, OPENSSL_LINE);
    CRYPTO_free(settings->appname, OPENSSL_FILE, OPENSSL_LINE);
    CRYPTO_free(settings, OPENSSL_FILE, OPENSSL_LINE);
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Versions: the OpenSSL numbers are those of the API we implement (from opensslv.h); the text names us. */

MBS_API unsigned long OpenSSL_version_num(void)
{
    return OPENSSL_VERSION_NUMBER;
}

MBS_API unsigned int OPENSSL_version_major(void)
{
    return OPENSSL_VERSION_MAJOR;
}

MBS_API unsigned int OPENSSL_version_minor(void)
{
    return OPENSSL_VERSION_MINOR;
}

MBS_API unsigned int OPENSSL_version_patch(void)
{
    return OPENSSL_VERSION_PATCH;
}

MBS_API const char *OPENSSL_version_pre_release(void)
{
    return OPENSSL_VERSION_PRE_RELEASE;
}

MBS_API const char *OPENSSL_version_build_metadata(void)
{
    return OPENSSL_VERSION_BUILD_METADATA;
}

MBS_API const char *OpenSSL_version(int type)
{
    switch (type) {
    case OPENSSL_VERSION:
        return "OpenSSL " OPENSSL_FULL_VERSION_STR " compatible (mbedshim on Mbed TLS " MBEDTLS_VERSION_STRING ")";
    case OPENSSL_VERSION_STRING:
        return OPENSSL_VERSION_STR;
    case OPENSSL_FULL_VERSION_STRING:
        return OPENSSL_FULL_VERSION_STR;
    case OPENSSL_CFLAGS:
        return "compiler: information not available";
    case OPENSSL_BUILT_ON:
        return "built on: date not available";
    case OPENSSL_PLATFORM:
        return "platform: mbedshim";
    case OPENSSL_DIR:
        return "OPENSSLDIR: \"" MBS_OPENSSLDIR "\"";
    case OPENSSL_ENGINES_DIR:
        return "ENGINESDIR: \"" MBS_ENGINESDIR "\"";
    case OPENSSL_MODULES_DIR:
        return "MODULESDIR: \"" MBS_MODULESDIR "\"";
    case OPENSSL_CPU_INFO:
        return "CPUINFO: N/A";
    default:
        return "not available";
    }
}

MBS_API const char *OPENSSL_info(int type)
{
    switch (type) {
    case OPENSSL_INFO_CONFIG_DIR:
        return MBS_OPENSSLDIR;
    case OPENSSL_INFO_ENGINES_DIR:
        return MBS_ENGINESDIR;
    case OPENSSL_INFO_MODULES_DIR:
        return MBS_MODULESDIR;
    case OPENSSL_INFO_DSO_EXTENSION:
        return ".so";
    case OPENSSL_INFO_DIR_FILENAME_SEPARATOR:
        return "/";
    case OPENSSL_INFO_LIST_SEPARATOR:
        return ":";
    case OPENSSL_INFO_SEED_SOURCE:
        return "PSA (Mbed TLS)";
    case OPENSSL_INFO_CPU_SETTINGS:
        return NULL;
    default:
        return NULL;
    }
}

/* Target of OPENSSL_assert(). */
MBS_API void OPENSSL_die(const char *message, const char *file, int line)
{
    fprintf(stderr, "%s:%d: OpenSSL internal error: %s\n", file != NULL ? file : "", line,
            message != NULL ? message : "");
    fflush(stderr);
    abort();
}

MBS_API int OPENSSL_isservice(void)
{
    return 0; /* a Windows notion */
}

/* No configuration modules exist here. */
MBS_API void OPENSSL_load_builtin_modules(void)
{
}

/* Set-user/group-ID process (or otherwise "secure" exec): environment variables must not be trusted. */
MBS_API int OPENSSL_issetugid(void)
{
    return getauxval(AT_SECURE) != 0;
}
