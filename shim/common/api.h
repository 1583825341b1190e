/* Visibility and small shared helpers for every mbedshim source. */
#ifndef MBEDSHIM_API_H
#define MBEDSHIM_API_H

/* Exported OpenSSL-named entry points; everything else is hidden (-fvisibility=hidden). */
#define MBS_API __attribute__((visibility("default")))

/* Ensures psa_crypto_init() has run exactly once in this process (thread-safe). Returns 1 on success. */
int mbs_psa_init(void);

/* MBEDSHIM_TRACE=1: one line per entry point / stub hit on stderr. */
int mbs_trace_enabled(void);
void mbs_trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#define MBS_TRACE_ENTRY() \
    do { \
        if (mbs_trace_enabled()) \
            mbs_trace("%s", __func__); \
    } while (0)

#endif
