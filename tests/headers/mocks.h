/* Recording stand-ins for the functions ctrl macros expand to (tests/headers/macros.c). Each prints the
 * macro being exercised and the arguments it received, so the real and our expansions can be diffed. */
#ifndef MBS_HEADER_TEST_MOCKS_H
#define MBS_HEADER_TEST_MOCKS_H

static const char *mbs_macro = "";

#define MBS_P(v) ((unsigned long)(uintptr_t)(v))

/* Arguments are small integers; a large pointer value is a string literal the macro supplied itself. */
static const char *mbs_arg(const void *p)
{
    static char buf[2][64];
    static int n;
    n ^= 1;
    if ((uintptr_t)p > 0x100000)
        snprintf(buf[n], sizeof(buf[n]), "\"%.40s\"", (const char *)p);
    else
        snprintf(buf[n], sizeof(buf[n]), "%lx", MBS_P(p));
    return buf[n];
}

long SSL_ctrl(SSL *s, int cmd, long larg, void *parg)
{
    printf("%s: SSL_ctrl(%lx, %d, %ld, %s)\n", mbs_macro, MBS_P(s), cmd, larg, mbs_arg(parg));
    return 0;
}

long SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg)
{
    printf("%s: SSL_CTX_ctrl(%lx, %d, %ld, %s)\n", mbs_macro, MBS_P(ctx), cmd, larg, mbs_arg(parg));
    return 0;
}

long SSL_callback_ctrl(SSL *s, int cmd, void (*fp)(void))
{
    printf("%s: SSL_callback_ctrl(%lx, %d, %lx)\n", mbs_macro, MBS_P(s), cmd, MBS_P(fp));
    return 0;
}

long SSL_CTX_callback_ctrl(SSL_CTX *ctx, int cmd, void (*fp)(void))
{
    printf("%s: SSL_CTX_callback_ctrl(%lx, %d, %lx)\n", mbs_macro, MBS_P(ctx), cmd, MBS_P(fp));
    return 0;
}

long BIO_ctrl(BIO *b, int cmd, long larg, void *parg)
{
    printf("%s: BIO_ctrl(%lx, %d, %ld, %s)\n", mbs_macro, MBS_P(b), cmd, larg, mbs_arg(parg));
    return 0;
}

long BIO_callback_ctrl(BIO *b, int cmd, BIO_info_cb *fp)
{
    printf("%s: BIO_callback_ctrl(%lx, %d, %lx)\n", mbs_macro, MBS_P(b), cmd, MBS_P(fp));
    return 0;
}

long BIO_int_ctrl(BIO *b, int cmd, long larg, int iarg)
{
    printf("%s: BIO_int_ctrl(%lx, %d, %ld, %d)\n", mbs_macro, MBS_P(b), cmd, larg, iarg);
    return 0;
}

void *BIO_ptr_ctrl(BIO *b, int cmd, long larg)
{
    printf("%s: BIO_ptr_ctrl(%lx, %d, %ld)\n", mbs_macro, MBS_P(b), cmd, larg);
    return NULL;
}

void BIO_set_flags(BIO *b, int flags)
{
    printf("%s: BIO_set_flags(%lx, %d)\n", mbs_macro, MBS_P(b), flags);
}

void BIO_clear_flags(BIO *b, int flags)
{
    printf("%s: BIO_clear_flags(%lx, %d)\n", mbs_macro, MBS_P(b), flags);
}

int BIO_test_flags(const BIO *b, int flags)
{
    printf("%s: BIO_test_flags(%lx, %d)\n", mbs_macro, MBS_P(b), flags);
    return 0;
}

int CRYPTO_get_ex_new_index(int class_index, long argl, void *argp, CRYPTO_EX_new *new_func,
                            CRYPTO_EX_dup *dup_func, CRYPTO_EX_free *free_func)
{
    printf("%s: CRYPTO_get_ex_new_index(%d, %ld, %lx, %lx, %lx, %lx)\n", mbs_macro, class_index, argl,
           MBS_P(argp), MBS_P(new_func), MBS_P(dup_func), MBS_P(free_func));
    return 0;
}

#endif
