/*
 * Checked results: internal functions that can fail return MBS_RESULT, which the compiler forces the
 * caller to look at; the guard macros push the error (with our file and line) onto the ERR queue the
 * way ERR_raise() does, then propagate the failure.
 */
#ifndef MBEDSHIM_RESULT_H
#define MBEDSHIM_RESULT_H

#include <openssl/err.h>

#define MBS_RESULT __attribute__((warn_unused_result)) int
#define MBS_OK 1
#define MBS_ERR 0

/* Push (lib, reason) like ERR_raise(): ERR_new + ERR_set_debug + ERR_set_error. */
void mbs_err_push(int lib, int reason, const char *file, int line, const char *func);

#define MBS_RAISE(reason) mbs_err_push(ERR_LIB_SSL, (reason), __FILE__, __LINE__, __func__)

/* Fail with `reason` unless `cond` holds. */
#define MBS_ENSURE(cond, reason) \
    do { \
        if (!(cond)) { \
            MBS_RAISE(reason); \
            return MBS_ERR; \
        } \
    } while (0)

/* Propagate a failed MBS_RESULT (the error is already queued). */
#define MBS_GUARD(expr) \
    do { \
        if ((expr) != MBS_OK) \
            return MBS_ERR; \
    } while (0)

/* Entry-point argument check: NULL → ERR_R_PASSED_NULL_PARAMETER and the given failure value. */
#define MBS_CHECK_NULL(ptr, failval) \
    do { \
        if ((ptr) == NULL) { \
            MBS_RAISE(ERR_R_PASSED_NULL_PARAMETER); \
            return failval; \
        } \
    } while (0)

#endif
