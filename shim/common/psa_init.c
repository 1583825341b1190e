/* One psa_crypto_init() per process: TLS 1.3 and the PSA RNG need it before any handshake. */
#include <pthread.h>
#include <psa/crypto.h>
#include "common/api.h"

static pthread_once_t psa_once = PTHREAD_ONCE_INIT;
static int psa_ok;

static void psa_init_once(void)
{
    psa_ok = psa_crypto_init() == PSA_SUCCESS;
}

int mbs_psa_init(void)
{
    pthread_once(&psa_once, psa_init_once);
    return psa_ok;
}
